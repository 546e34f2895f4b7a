import { useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import { Button } from '../../ui/Button.js';

/** Web Share API where the phone has it; otherwise copies the link (and shows it if copying fails). */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const t = useT();
  const [message, setMessage] = useState<{ text: string; showUrl: boolean }>();

  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text: t.offer.shareText(title), url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ text: t.offer.copied, showUrl: false });
    } catch {
      setMessage({ text: t.offer.copyFailed, showUrl: true });
    }
  };

  return (
    <div className="share">
      <Button variant="secondary" onClick={() => void share()}>
        <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true" focusable="false">
          <circle cx="18" cy="5" r="3" />
          <circle cx="6" cy="12" r="3" />
          <circle cx="18" cy="19" r="3" />
          <path d="M8.6 13.5l6.8 4M15.4 6.5l-6.8 4" />
        </svg>
        {t.offer.share}
      </Button>
      <div role="status" className="share__status">
        {message ? (
          <p>
            {message.text} {message.showUrl ? <span className="share__url">{url}</span> : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
