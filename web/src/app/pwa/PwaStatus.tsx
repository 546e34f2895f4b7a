import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n.js';
import { hasFormInProgress, installFormGuard, onFormActivity } from './form-guard.js';
import { applyUpdate, getPwaState, registerServiceWorker, subscribePwa } from './register.js';
import './pwa.css';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}
const isOnline = () => navigator.onLine;
const onServer = () => true;

/** Where the youth is in the update prompt. */
type Step = 'ask' | 'waiting-for-form' | 'form-done' | 'dismissed';

/**
 * The offline banner and the "update available" prompt, mounted once by the Layout. It also
 * registers the service worker (production builds) and starts watching forms.
 *
 * The page reloads only when the youth presses "Mettre à jour" and no form is in progress
 * (typed into and not sent, `data-dirty="true"`, or being sent with `aria-busy="true"`). If one is,
 * the prompt says so and waits; once the form is sent or left, it tells the youth they can update,
 * and the youth presses again. Nothing here ever reloads on its own.
 */
export function PwaStatus() {
  const t = useT().pwa;
  const online = useSyncExternalStore(subscribeOnline, isOnline, onServer);
  const pwa = useSyncExternalStore(subscribePwa, getPwaState, getPwaState);
  const [step, setStep] = useState<Step>('ask');

  useEffect(() => {
    installFormGuard();
    registerServiceWorker();
  }, []);

  // While waiting for a form, notice when it is sent, reset, or its page is left.
  useEffect(() => {
    if (step !== 'waiting-for-form') return;
    const check = () => {
      if (!hasFormInProgress()) setStep('form-done');
    };
    const unsubscribe = onFormActivity(() => window.setTimeout(check, 0));
    const timer = window.setInterval(check, 1000);
    return () => {
      unsubscribe();
      window.clearInterval(timer);
    };
  }, [step]);

  const update = useCallback(() => {
    if (pwa.updating) return;
    if (hasFormInProgress()) {
      setStep('waiting-for-form');
      return;
    }
    void applyUpdate();
  }, [pwa.updating]);

  const later = useCallback(() => {
    setStep('dismissed');
    // The prompt disappears: put the focus somewhere sensible rather than on <body>.
    document.getElementById('contenu')?.focus({ preventScroll: true });
  }, []);

  const showUpdate = pwa.updateAvailable && step !== 'dismissed';
  const message = pwa.updating ? t.updating : step === 'waiting-for-form' ? t.waitingForForm : step === 'form-done' ? t.formDone : t.updateReady;

  return (
    <>
      <div className="pwa-offline" role="status" aria-live="polite">
        {online ? null : <p>{t.offline}</p>}
      </div>
      <section className="pwa-update" aria-label={showUpdate ? t.updateRegion : undefined} hidden={!showUpdate}>
        <div className="pwa-update-card">
          {/* Kept mounted: a live region announces changes of its content. */}
          <p role="status" aria-live="polite" id="pwa-update-message">
            {showUpdate ? message : null}
          </p>
          {showUpdate ? (
            <div className="pwa-update-actions">
              <button type="button" className="pwa-primary" onClick={update} aria-disabled={pwa.updating || step === 'waiting-for-form' ? true : undefined} aria-describedby="pwa-update-message">
                {t.updateNow}
              </button>
              {pwa.updating ? null : (
                <button type="button" className="pwa-secondary" onClick={later}>
                  {t.later}
                </button>
              )}
            </div>
          ) : null}
        </div>
      </section>
    </>
  );
}
