import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n } from '../../i18n/i18n.js';
import { Button, ButtonLink } from '../../ui/Button.js';
import { Notice } from '../../ui/Notice.js';
import { dueDateText } from '../contact/due-date.js';
import { sendPendingContactRequests } from '../contact/pending-requests.js';
import { useTrackingMessages } from '../contact/tracking.messages.fr.js';
import { listMySteps, onMyStepsChange, removeMyStep, trackingPath, type MyStep } from './my-steps.store.js';
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

const OPEN_STATUSES = ['NEW', 'IN_PROGRESS'];

/**
 * "Mes démarches": the youth's contact requests and bookings, read from this device (IndexedDB).
 * When online, requests written offline are sent, then statuses are refreshed from the API
 * (refresh.ts: contact requests now, bookings once their tracking query exists).
 */
export function MyStepsPage() {
  const { t, locale, lang } = useI18n();
  const m = t.mySteps;
  const outcomes = useTrackingMessages().outcomes;
  usePageTitle(m.title);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [steps, setSteps] = useState<MyStep[] | undefined>(undefined);
  const [removed, setRemoved] = useState('');

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

  // Send what waits, then refresh statuses from the API, when online (and when the connection comes back).
  useEffect(() => {
    if (!online) return;
    let current = true;
    void sendPendingContactRequests()
      .then(() => refreshMySteps())
      .then((list) => current && setSteps(list));
    return () => {
      current = false;
    };
  }, [online]);

  const remove = async (step: MyStep) => {
    await removeMyStep(step.kind, step.id);
    setRemoved(m.removed(step.offerTitle));
    document.getElementById('contenu')?.querySelector<HTMLElement>('h1')?.focus();
  };

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
      <p role="status" className="my-steps-removed">
        {removed}
      </p>

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
                  {step.pendingSync?.failed ? (
                    <>
                      <p className="my-step__status my-step__status--failed">
                        <span aria-hidden="true">⚠ </span>
                        {m.statusLabel} <strong>{m.failed}</strong>
                      </p>
                      <p>
                        {m.failedHint} <span lang={lang === 'fr' ? undefined : 'fr'}>{step.pendingSync.failed.message || m.failedUnknown}</span>
                      </p>
                      <div className="button-row">
                        <ButtonLink variant="secondary" to={`/offres/${encodeURIComponent(step.offerId)}/rappel`} aria-describedby={headingId}>
                          {m.writeAgain}
                        </ButtonLink>
                        <Button variant="secondary" onClick={() => void remove(step)} aria-describedby={headingId}>
                          {m.remove}
                        </Button>
                      </div>
                    </>
                  ) : step.pendingSync ? (
                    <p className="my-step__status my-step__status--pending">
                      {m.statusLabel} <strong>{m.pending}</strong> — {m.pendingHint}
                    </p>
                  ) : (
                    <p className={`my-step__status my-step__status--${step.status.toLowerCase()}`}>
                      {m.statusLabel} <strong>{m.status[step.status] ?? step.status}</strong>
                    </p>
                  )}
                  {step.kind === 'contact-request' && !step.pendingSync && step.transferred ? <p>{m.transferred(step.organisationName)}</p> : null}
                  {step.kind === 'contact-request' && !step.pendingSync && step.status === 'CLOSED' && step.outcome && outcomes[step.outcome] ? (
                    <p>{outcomes[step.outcome]}</p>
                  ) : null}
                  {step.kind === 'contact-request' && !step.pendingSync && OPEN_STATUSES.includes(step.status) && dueDateText(lang, step) ? (
                    <p>{m.dueBy(step.organisationName, dueDateText(lang, step)!)}</p>
                  ) : null}
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
