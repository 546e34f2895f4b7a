import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isNetworkError } from '../../app/apollo.js';
import { usePageTitle } from '../../app/page-title.js';
import type { BookingTrackingFieldsFragment } from '../../gql/graphql.js';
import { useI18n, useT } from '../../i18n/i18n.js';
import { Button, ButtonLink } from '../../ui/Button.js';
import { Notice } from '../../ui/Notice.js';
import { Spinner } from '../../ui/Spinner.js';
import { addMyStep, getMyStep, listMySteps, updateMyStep, type BookingStep } from '../my-steps/my-steps.store.js';
import { BookingByTokenQuery, CancelBookingMutation } from './booking.queries.js';
import { bookingStatusText, bookingStatusTone, isActive } from './booking-status.js';
import { bookingPatch, bookingStep } from './booking-step.js';
import { CalendarButton } from './CalendarButton.js';
import { useOnline } from './online.js';
import { useBookingMessages } from './messages.fr.js';
import { SessionDetails } from './SessionDetails.js';
import { sessionDay, sessionTime } from './session-label.js';
import './booking-pages.css';

type Booking = BookingTrackingFieldsFragment;

/** Keeps the Mes démarches entry in step with what the server says (adds it when this device did not have it). */
async function syncMyStep(booking: Booking, token: string): Promise<void> {
  const patch = { ...bookingPatch(booking), token, statusCheckedAt: new Date().toISOString() };
  if (await getMyStep('booking', booking.id)) await updateMyStep('booking', booking.id, patch);
  else await addMyStep({ ...bookingStep(booking, token, booking.createdAt), statusCheckedAt: patch.statusCheckedAt });
}

/**
 * The booking page (`/reservation/<token>`, or `/reservation?jeton=<token>` from the emails; a lazy
 * chunk): the status in plain words, the session, "Ajouter à mon agenda" and "Annuler ma réservation".
 * Offline, what Mes démarches knows of it.
 */
export function BookingPage() {
  const { token: pathToken } = useParams();
  const [params] = useSearchParams();
  const token = pathToken ?? params.get('jeton') ?? '';
  const t = useT();
  const b = useBookingMessages();
  const { data, error, loading, refetch } = useQuery(BookingByTokenQuery, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [stored, setStored] = useState<BookingStep | null>();
  const booking = data?.bookingByToken;
  const networkFailed = Boolean(error && isNetworkError(error));

  useEffect(() => {
    let current = true;
    void listMySteps().then((list) => current && setStored((list.find((step) => step.kind === 'booking' && step.token === token) as BookingStep | undefined) ?? null));
    return () => {
      current = false;
    };
  }, [token]);

  useEffect(() => {
    if (booking) void syncMyStep(booking, token);
  }, [booking, token]);

  const notFound = !token || (!loading && !error && data && !booking) || (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT'));
  usePageTitle(notFound ? b.notFoundTitle : b.pageTitle);

  if (notFound) {
    return (
      <>
        <h1 tabIndex={-1}>{b.notFoundTitle}</h1>
        <p>{b.notFoundText}</p>
        <div className="button-row">
          <ButtonLink to="/mes-demarches">{b.seeMySteps}</ButtonLink>
        </div>
      </>
    );
  }
  if (booking) return <BookingView booking={booking} token={token} openCancel={params.get('annuler') === '1'} />;
  if (loading || (networkFailed && stored === undefined)) return <Spinner label={t.common.loading} />;
  if (networkFailed && stored) return <StoredBooking step={stored} />;
  return (
    <>
      <h1 tabIndex={-1}>{b.pageTitle}</h1>
      <Notice tone="error" live="assertive">
        <p>{b.loadError}</p>
        <p>{networkFailed ? t.common.networkError : t.common.serverError}</p>
        <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
          {t.common.retry}
        </Button>
      </Notice>
    </>
  );
}

/** Offline: the entry this device keeps (status as last seen, the session's day). */
function StoredBooking({ step }: { step: BookingStep }) {
  const { t, locale } = useI18n();
  const b = useBookingMessages();
  return (
    <>
      <h1 tabIndex={-1}>{b.pageTitle}</h1>
      <Notice tone="warning">
        <p>{b.offlineCopy}</p>
      </Notice>
      <section className="card booking-session" aria-labelledby="stored-booking-title">
        <h2 id="stored-booking-title">{step.offerTitle}</h2>
        <p>{step.organisationName}</p>
        <p>
          {t.mySteps.statusLabel} <strong>{bookingStatusText(step, b)}</strong>
        </p>
        {step.sessionStartsAt ? (
          <p>
            {b.when} {sessionDay(step.sessionStartsAt, locale)}, {sessionTime(step.sessionStartsAt, locale)}
          </p>
        ) : null}
      </section>
      <p>
        <Link to="/mes-demarches">{b.seeMySteps}</Link>
      </p>
    </>
  );
}

function BookingView({ booking, token, openCancel }: { booking: Booking; token: string; openCancel: boolean }) {
  const { t, lang } = useI18n();
  const b = useBookingMessages();
  const online = useOnline();
  const [confirming, setConfirming] = useState(openCancel && booking.cancellable);
  const [focusPanel, setFocusPanel] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<{ text: string; lang?: 'fr' }>();
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const statusHeading = useRef<HTMLHeadingElement>(null);
  const [cancel, { loading: cancelling }] = useMutation(CancelBookingMutation);
  const active = isActive(booking.status);
  const offerPath = `/offres/${encodeURIComponent(booking.offerId)}`;

  useEffect(() => {
    if (confirming && focusPanel) panelHeading.current?.focus();
  }, [confirming, focusPanel]);

  const confirmCancel = async () => {
    setProblem(undefined);
    setMessage(b.cancelling);
    try {
      await cancel({ variables: { token } });
      setConfirming(false);
      setMessage(b.cancelledNow);
      statusHeading.current?.focus();
    } catch (error) {
      setMessage('');
      if (CombinedGraphQLErrors.is(error) && error.errors[0]?.message && error.errors[0].extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') {
        const text = error.errors[0].message;
        setProblem(lang === 'fr' ? { text } : { text, lang: 'fr' });
      } else setProblem({ text: isNetworkError(error) ? t.common.networkError : t.common.serverError });
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{b.pageTitle}</h1>
      <p className="lead">
        {booking.offerTitle} — {booking.organisationName}
      </p>

      <section aria-labelledby="booking-status-title">
        <h2 id="booking-status-title" tabIndex={-1} ref={statusHeading}>
          {b.statusTitle}
        </h2>
        <Notice tone={bookingStatusTone(booking.status)}>
          <p>
            <strong>{bookingStatusText(booking, b)}</strong>
          </p>
          {active && !booking.cancellable ? <p>{b.tooLate}</p> : null}
        </Notice>
        <p role="status" className="booking-status">
          {message}
        </p>
        <div role="alert">
          {problem ? (
            <Notice tone="error">
              <p lang={problem.lang}>{problem.text}</p>
            </Notice>
          ) : null}
        </div>
      </section>

      <section className="card booking-session" aria-labelledby="booking-session-title">
        <h2 id="booking-session-title">{booking.offerTitle}</h2>
        <p>{booking.organisationName}</p>
        <SessionDetails session={booking.session} showLink={booking.status === 'CONFIRMED'} />
        {active ? <CalendarButton token={token} /> : null}
        <p>
          <Link to={offerPath}>{b.backToOffer}</Link>
        </p>
      </section>

      {booking.status === 'CANCELLED' ? (
        <p>
          <ButtonLink to={offerPath}>{b.bookAgain}</ButtonLink>
        </p>
      ) : null}

      {booking.cancellable ? (
        confirming ? (
          <section className="card booking-cancel" aria-labelledby="booking-cancel-title">
            <h2 id="booking-cancel-title" tabIndex={-1} ref={panelHeading}>
              {b.cancelTitle}
            </h2>
            <p>{booking.status === 'CONFIRMED' ? b.cancelSeat : b.cancelWaitlist}</p>
            {!online ? <p id="booking-cancel-offline">{b.cancelOffline}</p> : null}
            <div className="button-row">
              <Button onClick={() => void confirmCancel()} disabled={cancelling || !online} aria-describedby={!online ? 'booking-cancel-offline' : undefined}>
                {b.cancelConfirm}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setConfirming(false);
                  setProblem(undefined);
                  window.setTimeout(() => document.getElementById('booking-cancel-open')?.focus(), 0);
                }}
              >
                {b.cancelKeep}
              </Button>
            </div>
          </section>
        ) : (
          <div className="button-row">
            <Button
              id="booking-cancel-open"
              variant="secondary"
              onClick={() => {
                setConfirming(true);
                setFocusPanel(true);
              }}
            >
              {b.cancel}
            </Button>
          </div>
        )
      ) : null}

      <p>
        <Link to="/mes-demarches">{b.seeMySteps}</Link>
      </p>
    </>
  );
}
