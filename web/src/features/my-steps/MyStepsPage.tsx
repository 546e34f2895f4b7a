import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n.js';
import { ButtonLink } from '../../ui/Button.js';
import { Notice } from '../../ui/Notice.js';
import { listMySteps, onMyStepsChange, trackingPath, type MyStep } from './my-steps.store.js';
import { refreshMySteps } from './refresh.js';
import { BookingStepExtras } from '../booking/BookingStepExtras.js';
import './my-steps.css';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * "Mes démarches": the youth's contact requests and bookings, read from this device (IndexedDB),
 * with statuses refreshed from the API when online (see refresh.ts: a no-op until the tracking
 * queries exist in the schema).
 */
export function MyStepsPage() {
  const { t, locale } = useI18n();
  const m = t.mySteps;
  usePageTitle(m.title);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [steps, setSteps] = useState<MyStep[] | undefined>(undefined);

  // Read the device's copy, and again whenever it changes (this tab or another one).
  useEffect(() => {
    let current = true;
    const load = () => void listMySteps().then((list) => current && setSteps(list));
    load();
    const unsubscribe = onMyStepsChange(load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);

  // Refresh statuses from the API when online (and when the connection comes back).
  useEffect(() => {
    if (!online) return;
    let current = true;
    void refreshMySteps().then((list) => current && setSteps(list));
    return () => {
      current = false;
    };
  }, [online]);

  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const dayAndTime = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  const format = (formatter: Intl.DateTimeFormat, iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
  };

  return (
    <>
      <h1 tabIndex={-1}>{m.title}</h1>
      <p>{m.intro}</p>
      {!online && steps && steps.length > 0 ? <Notice tone="info"><p>{m.offline}</p></Notice> : null}

      {steps === undefined ? null : steps.length === 0 ? (
        <section className="my-steps-empty" aria-labelledby="my-steps-empty-title">
          <h2 id="my-steps-empty-title">{m.emptyTitle}</h2>
          <p>{m.empty}</p>
          <ButtonLink to="/">{m.searchLink}</ButtonLink>
        </section>
      ) : (
        <ul className="my-steps" aria-label={m.listLabel}>
          {steps.map((step) => {
            const headingId = `step-${step.kind}-${step.id}`;
            const link = trackingPath(step);
            return (
              <li key={`${step.kind}:${step.id}`} className="my-step">
                <article aria-labelledby={headingId}>
                  <p className="my-step__kind">{m.kind[step.kind]}</p>
                  <h2 id={headingId} className="my-step__title">
                    <Link to={`/offres/${encodeURIComponent(step.offerId)}`}>{step.offerTitle}</Link>
                  </h2>
                  <p className="my-step__org">{step.organisationName}</p>
                  {step.pendingSync ? (
                    <p className="my-step__status my-step__status--pending">
                      <strong>{m.pending}</strong> — {m.pendingHint}
                    </p>
                  ) : (
                    <p className={`my-step__status my-step__status--${step.status.toLowerCase()}`}>
                      {m.statusLabel} <strong>{m.status[step.status] ?? step.status}</strong>
                    </p>
                  )}
                  {step.kind === 'contact-request' && step.dueAt && step.status !== 'CLOSED' ? <p>{m.dueBy(step.organisationName, format(day, step.dueAt))}</p> : null}
                  {step.kind === 'booking' && step.sessionStartsAt ? <p>{m.session(format(dayAndTime, step.sessionStartsAt))}</p> : null}
                  {step.kind === 'booking' ? <BookingStepExtras step={step} describedBy={headingId} /> : null}
                  <p className="my-step__meta">
                    {m.sentOn(format(short, step.createdAt))}
                    {step.statusCheckedAt ? <> · {m.checkedAt(format(short, step.statusCheckedAt))}</> : null}
                  </p>
                  {link ? (
                    <p>
                      <Link to={link} aria-describedby={headingId}>
                        {step.kind === 'booking' ? m.trackBooking : m.trackRequest}
                      </Link>
                    </p>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
