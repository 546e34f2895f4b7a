import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isNetworkError } from '../../app/apollo.js';
import { usePageTitle } from '../../app/page-title.js';
import { useI18n, useT } from '../../i18n/i18n.js';
import { Button, ButtonLink } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { Notice } from '../../ui/Notice.js';
import { Spinner } from '../../ui/Spinner.js';
import type { OfferViewData } from '../offer/OfferPage.js';
import { OfferPageQuery } from '../offer/offer.queries.js';
import { readSeenOffer } from '../offline/seen-content.js';
import { BookWorkshopMutation as BookWorkshopDoc, WorkshopSessionsQuery } from './booking.queries.js';
import { bookingInput, checkBookingForm, FIELD_ORDER, fieldOfApiError, FIRST_NAME_MAX, type BookingFormValues, type FieldName } from './booking-form.js';
import { newIdempotencyKey } from '../../shared/idempotency-key.js';
import { useOnline } from './online.js';
import { useBookingMessages } from './messages.fr.js';
import { SessionDetails } from './SessionDetails.js';
import { SessionPickerSlot } from './SessionPickerSlot.js';
import type { Receipt } from './BookingConfirmation.js';
import { availability, bookable, seatsText } from './session-label.js';
import './booking-pages.css';

type Offer = OfferViewData;

/** The confirmation screen: its own chunk, fetched while the youth fills in the form (not needed to show it). */
const loadConfirmation = () => import('./BookingConfirmation.js');
const BookingConfirmation = lazy(() => loadConfirmation().then((m) => ({ default: m.BookingConfirmation })));

/** Where each field's control is, for the error summary's links. */
const CONTROL_ID: Record<FieldName, string> = {
  session: 'booking-session',
  firstName: 'booking-first-name',
  email: 'booking-email',
  phone: 'booking-phone',
};

/** A problem to show: its text, and `lang="fr"` when it comes from the API (French) on the English app. */
interface Problem {
  text: string;
  lang?: 'fr';
}

function Titled({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return <>{children}</>;
}

/**
 * "Réserver ta place" (`/offres/:id/reserver?session=<id>`, a lazy chunk): the chosen session
 * recalled, first name, email or mobile, then the confirmation screen. Never queued offline:
 * seats are counted by the server, so the button waits for a connection.
 */
export function BookingFormPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const sessionId = params.get('session') ?? '';
  const t = useT();
  const b = useBookingMessages();
  const { data, error, loading, refetch } = useQuery(OfferPageQuery, { variables: { id } });
  const [offline, setOffline] = useState<{ id: string; offer?: Offer }>();
  const [receipt, setReceipt] = useState<{ receipt: Receipt; emailGiven: boolean }>();
  const networkFailed = Boolean(error && isNetworkError(error));

  useEffect(() => {
    if (!networkFailed) return;
    let current = true;
    void readSeenOffer(id).then((seen) => current && setOffline({ id, offer: seen?.data as Offer | undefined }));
    return () => {
      current = false;
    };
  }, [networkFailed, id]);

  const offer = data?.offer ?? (networkFailed && offline?.id === id ? offline.offer : undefined);
  const notFound = (!loading && !error && data && !data.offer) || (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT' || e.extensions?.['code'] === 'NOT_FOUND'));

  if (receipt)
    return (
      <Suspense fallback={<Spinner label={t.common.loading} />}>
        <BookingConfirmation {...receipt} />
      </Suspense>
    );
  if (loading && !offer) return <Titled title={b.formTitle}><Spinner label={t.common.loading} /></Titled>;
  if (notFound) {
    return (
      <Titled title={t.offer.notFoundTitle}>
        <h1 tabIndex={-1}>{t.offer.notFoundTitle}</h1>
        <p>{t.offer.notFoundText}</p>
        <ButtonLink to="/">{t.offer.backToSearch}</ButtonLink>
      </Titled>
    );
  }
  if (!offer) {
    return (
      <Titled title={t.shell.pageError}>
        <h1 tabIndex={-1}>{t.shell.pageError}</h1>
        <Notice tone="error" live="assertive">
          <p>{networkFailed ? b.offline : t.common.serverError}</p>
          <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
            {t.common.retry}
          </Button>
        </Notice>
      </Titled>
    );
  }
  if (!offer.engagement.includes('BOOKING')) return <NotBookable offer={offer} />;
  return <BookingForm key={sessionId} offer={offer} sessionId={sessionId} onBooked={setReceipt} />;
}

/** An offer that takes no bookings (an old link): the organisation's own contacts. */
function NotBookable({ offer }: { offer: Offer }) {
  const t = useT();
  const b = useBookingMessages();
  const org = offer.organisation;
  usePageTitle(b.notBookableTitle);
  return (
    <>
      <h1 tabIndex={-1}>{b.notBookableTitle}</h1>
      <p>{b.notBookableText}</p>
      <ul className="link-list">
        <li>
          <strong>{org.name}</strong>
        </li>
        {org.phone ? (
          <li>
            <a href={`tel:${org.phone.replace(/[^\d+]/g, '')}`}>{t.offer.call(org.phone)}</a>
          </li>
        ) : null}
        {org.email ? (
          <li>
            <a href={`mailto:${org.email}`}>{org.email}</a>
          </li>
        ) : null}
      </ul>
      <p>
        <Link to={`/offres/${encodeURIComponent(offer.id)}`}>{b.backToOffer}</Link>
      </p>
    </>
  );
}

function BookingForm({ offer, sessionId, onBooked }: { offer: Offer; sessionId: string; onBooked: (done: { receipt: Receipt; emailGiven: boolean }) => void }) {
  const { t, lang } = useI18n();
  const b = useBookingMessages();
  usePageTitle(b.formTitle);
  const online = useOnline();
  const sessions = useQuery(WorkshopSessionsQuery, { variables: { offerId: offer.id }, fetchPolicy: 'cache-and-network' });
  const session = sessions.data?.workshopSessions.find((s) => s.id === sessionId);
  const sessionsKnown = Boolean(sessions.data);
  const { refetch: refetchSessions } = sessions;

  // Back online: the session's details and seats, if they could not be read.
  useEffect(() => {
    if (online && !sessionsKnown) void refetchSessions().catch(() => undefined);
  }, [online, sessionsKnown, refetchSessions]);

  // One key per form, reused by every try (double tap, retry after a lost answer).
  const idempotencyKey = useRef<string>('');
  if (!idempotencyKey.current) idempotencyKey.current = newIdempotencyKey();
  const [values, setValues] = useState<BookingFormValues>({ firstName: '', email: '', phone: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldName, Problem>>>({});
  const [formProblem, setFormProblem] = useState<Problem>();
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(0);
  const [book] = useMutation(BookWorkshopDoc);

  useEffect(() => {
    void loadConfirmation().catch(() => undefined);
  }, []);

  // The summary is focused after each failed submit (also when its content did not change).
  useEffect(() => {
    if (summaryShown) summaryRef.current?.focus();
  }, [summaryShown]);

  const set = (name: keyof BookingFormValues, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const fail = (fieldErrors: Partial<Record<FieldName, Problem>>, problem?: Problem) => {
    setErrors(fieldErrors);
    setFormProblem(problem);
    setSummaryShown((n) => n + 1);
  };
  const fromApi = (text: string): Problem => (lang === 'fr' ? { text } : { text, lang: 'fr' });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Offline, nothing is sent (the button is disabled too; Enter in a field lands here).
    if (!navigator.onLine || sendingNow.current) return;
    const checked = checkBookingForm(values, b);
    const fieldErrors: Partial<Record<FieldName, Problem>> = {};
    for (const [name, text] of Object.entries(checked) as [FieldName, string][]) fieldErrors[name] = { text };
    if (sessionsKnown && (!session || !bookable(session))) fieldErrors.session = { text: b.sessionGone };
    if (Object.keys(fieldErrors).length) return fail(fieldErrors);

    sendingNow.current = true;
    setSending(true);
    setErrors({});
    setFormProblem(undefined);
    try {
      const input = bookingInput(values, sessionId, idempotencyKey.current);
      const { data } = await book({ variables: { input } });
      if (!data) throw new Error('no data');
      onBooked({ receipt: data.bookWorkshop, emailGiven: Boolean(input.email) });
    } catch (error) {
      if (CombinedGraphQLErrors.is(error)) {
        const first = error.errors[0];
        const extensions = (first?.extensions ?? {}) as { code?: string; field?: string; reason?: string };
        if (extensions.reason === 'IDEMPOTENCY_KEY_REUSED') {
          idempotencyKey.current = newIdempotencyKey();
          return fail({}, { text: b.keyReused });
        }
        const field = fieldOfApiError(extensions.field);
        const text = first?.message ? fromApi(first.message) : { text: b.serverError };
        if (field === 'session') void refetchSessions().catch(() => undefined);
        if (extensions.code === 'INTERNAL_SERVER_ERROR') return fail({}, { text: b.serverError });
        if (field) return fail({ [field]: text });
        return fail({}, text);
      }
      return fail({}, { text: isNetworkError(error) ? b.networkError : b.serverError });
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  };

  const listed = FIELD_ORDER.filter((name) => errors[name]);
  const hasProblems = listed.length > 0 || formProblem !== undefined;
  const fieldError = (name: FieldName): ReactNode => (errors[name] ? <span lang={errors[name].lang}>{errors[name].text}</span> : undefined);
  const waitlist = session ? availability(session).kind === 'waitlist' : false;

  if (!sessionId || (sessionsKnown && !session && !errors.session)) {
    return (
      <>
        <BackToOffer offer={offer} />
        <h1 tabIndex={-1}>{b.formTitle}</h1>
        <p className="lead">{b.forOffer(offer.title, offer.organisation.name)}</p>
        <Notice tone={sessionId ? 'warning' : 'info'}>
          <p>{sessionId ? b.sessionGone : b.chooseFirst}</p>
        </Notice>
        <SessionPickerSlot offerId={offer.id} idPrefix="form-picker" />
      </>
    );
  }

  return (
    <>
      <BackToOffer offer={offer} />
      <h1 tabIndex={-1}>{b.formTitle}</h1>
      <p className="lead">{b.forOffer(offer.title, offer.organisation.name)}</p>

      <div ref={summaryRef} tabIndex={-1} className="error-summary" hidden={!hasProblems} role="group" aria-labelledby={hasProblems ? 'booking-summary-title' : undefined}>
        {hasProblems ? (
          <>
            <h2 id="booking-summary-title" className="error-summary__title">
              {b.summaryTitle}
            </h2>
            {formProblem ? <p lang={formProblem.lang}>{formProblem.text}</p> : null}
            {listed.length ? (
              <>
                <p>{b.summaryFix}</p>
                <ul>
                  {listed.map((name) => (
                    <li key={name}>
                      <a
                        href={`#${CONTROL_ID[name]}`}
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(CONTROL_ID[name])?.focus();
                        }}
                        lang={errors[name]!.lang}
                      >
                        {errors[name]!.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>

      <section
        id={CONTROL_ID.session}
        tabIndex={-1}
        className="card booking-session"
        aria-labelledby="booking-session-title"
        aria-describedby={errors.session ? 'booking-session-error' : undefined}
      >
        <h2 id="booking-session-title">{b.chosenTitle}</h2>
        <div role="alert" className="field__error-region">
          {errors.session ? (
            <p className="field__error" id="booking-session-error">
              <span aria-hidden="true">⚠ </span>
              {fieldError('session')}
            </p>
          ) : null}
        </div>
        {session ? <SessionDetails session={session} seats={seatsText(session, b)} /> : <p>{sessionsKnown ? b.sessionGone : sessions.loading ? t.common.loading : b.sessionUnknownOffline}</p>}
        {waitlist ? <p>{b.waitlistNote}</p> : null}
        <p>
          <Link to={`/offres/${encodeURIComponent(offer.id)}`}>{b.changeSession}</Link>
        </p>
      </section>

      {!online ? (
        <Notice tone="warning" title={b.offlineTitle} id="booking-offline">
          <p>{b.offline}</p>
        </Notice>
      ) : null}

      <form className="booking-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={sending || undefined}>
        <p className="hint">{b.requiredNote}</p>
        <Field id={CONTROL_ID.firstName} label={b.firstName} error={fieldError('firstName')}>
          {(props) => (
            <input
              {...props}
              type="text"
              name="firstName"
              autoComplete="given-name"
              autoCapitalize="words"
              maxLength={FIRST_NAME_MAX + 20}
              value={values.firstName}
              onChange={(event) => set('firstName', event.target.value)}
            />
          )}
        </Field>
        <fieldset className="choices" aria-describedby="booking-contact-hint">
          <legend className="field__label">{b.contactLegend}</legend>
          <p className="field__desc" id="booking-contact-hint">
            {b.contactHint}
          </p>
          <Field id={CONTROL_ID.email} label={b.email} description={b.emailHint} error={fieldError('email')}>
            {(props) => (
              <input
                {...props}
                type="email"
                name="email"
                inputMode="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={300}
                value={values.email}
                onChange={(event) => set('email', event.target.value)}
              />
            )}
          </Field>
          <Field id={CONTROL_ID.phone} label={b.phone} description={b.phoneHint} error={fieldError('phone')}>
            {(props) => (
              <input {...props} type="tel" name="phone" inputMode="tel" autoComplete="tel" maxLength={40} value={values.phone} onChange={(event) => set('phone', event.target.value)} />
            )}
          </Field>
        </fieldset>
        <p className="privacy-note">{b.privacy}</p>
        <div className="button-row">
          <Button type="submit" disabled={sending || !online} aria-describedby={!online ? 'booking-offline' : undefined}>
            {waitlist ? b.submitWaitlist : b.submit}
          </Button>
        </div>
        <p role="status" className="booking-status">
          {sending ? b.sending : ''}
        </p>
      </form>
    </>
  );
}

function BackToOffer({ offer }: { offer: Offer }) {
  const b = useBookingMessages();
  return (
    <p className="back-link">
      <Link to={`/offres/${encodeURIComponent(offer.id)}`}>
        <span aria-hidden="true">← </span>
        {b.backToOffer}
      </Link>
    </p>
  );
}
