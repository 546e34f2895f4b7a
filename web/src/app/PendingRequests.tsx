import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/i18n.js';
import { afterPageSettled } from './after-load.js';

/**
 * Sends the "Être rappelé·e" requests written offline, at app start and whenever the connection
 * comes back, and says so when some left. The queue's code (features/contact/pending-requests.ts,
 * which reads Mes démarches) is a small lazy chunk, precached by the service worker: it stays out of
 * the entry and off the first frame.
 */
export function PendingRequests() {
  const t = useT();
  const [sentTo, setSentTo] = useState<string[]>([]);
  const onMySteps = useLocation().pathname.startsWith('/mes-demarches');

  useEffect(() => {
    let mounted = true;
    let unsubscribe: (() => void) | undefined;
    let loading: Promise<typeof import('../features/contact/pending-requests.js')> | undefined;
    // Loaded when online only; a failed load (offline before the service worker cached it) is tried again next time.
    const load = () =>
      (loading ??= import('../features/contact/pending-requests.js').then(
        (module) => {
          if (mounted) unsubscribe ??= module.onContactRequestsSent((sent) => setSentTo(sent.map((step) => step.organisationName)));
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));
    const send = () => {
      if (navigator.onLine) void load().then((module) => module.sendPendingContactRequests()).catch(() => {});
    };
    afterPageSettled(send); // never while the page itself loads
    window.addEventListener('online', send);
    return () => {
      mounted = false;
      unsubscribe?.();
      window.removeEventListener('online', send);
    };
  }, []);

  return (
    <div role="status" className="pending-sent">
      {sentTo.length ? (
        <div className="notice notice--success pending-sent__card">
          <p>
            {t.contactQueue.sentWhenOnline(sentTo)} {onMySteps ? null : <Link to="/mes-demarches">{t.contactQueue.sentWhenOnlineLink}</Link>}
          </p>
          <button type="button" className="btn btn--quiet" onClick={() => setSentTo([])}>
            {t.contactQueue.close}
          </button>
        </div>
      ) : null}
    </div>
  );
}
