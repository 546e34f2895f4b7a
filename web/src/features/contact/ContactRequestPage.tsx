import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isNetworkError } from '../../app/apollo.js';
import { usePageTitle } from '../../app/page-title.js';
import type { ContactChannel, PreferredMoment } from '../../gql/graphql.js';
import { useI18n, useT } from '../../i18n/i18n.js';
import { Button, ButtonLink } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';
import { Notice } from '../../ui/Notice.js';
import { Spinner } from '../../ui/Spinner.js';
import type { OfferViewData } from '../offer/OfferPage.js';
import { OfferPageQuery } from '../offer/offer.queries.js';
import { readSeenOffer } from '../offline/seen-content.js';
import { isSituation, SITUATIONS, useProfile } from '../profile/profile.js';
import { CommuneField, useCommuneLookup } from '../search/CommuneField.js';
import { readPlace } from '../search/place.js';
import { ContactNoticeQuery } from './contact.queries.js';
import { useContactMessages } from './messages.fr.js';
import {
  CHANNELS,
  checkContactForm,
  contactInput,
  FIELD_ORDER,
  fieldOfApiError,
  FIRST_NAME_MAX,
  matchCommune,
  MESSAGE_MAX,
  MOMENTS,
  needsPhone,
  type AgeStop,
  type ContactFormValues,
  type FieldName,
} from './contact-form.js';
import { dueDateText } from './due-date.js';
import { newIdempotencyKey } from '../../shared/idempotency-key.js';
import { contactNotice, DEFAULT_RETENTION_MONTHS } from './notice.js';
import type { ContactReceipt } from './send-contact-request.js';
import './contact.css';

type Offer = OfferViewData;

/** Sending and the offline queue: their own chunk, fetched while the youth fills in the form (not needed to show it). */
const loadSending = () => import('./sending.js');

/** Where each field's control is, for the error summary's links. */
const CONTROL_ID: Record<FieldName, string> = {
  firstName: 'contact-first-name',
  age: 'contact-age',
  commune: 'contact-commune',
  situation: 'contact-situation',
  channel: 'contact-channel-PHONE_CALL',
  phone: 'contact-phone',
  email: 'contact-email',
  moments: 'contact-moment-MORNING',
  message: 'contact-message',
};

/** A problem to show: its text, and `lang="fr"` when it comes from the API (French) on the English app. */
interface Problem {
  text: string;
  lang?: 'fr';
}

function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'NOT_FOUND');
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * "Être rappelé·e" (`/offres/:id/rappel`): the youth's form, then the receipt (or, offline, the
 * request kept on the device until the network comes back). The offer comes from the same query as
 * the offer page (already in Apollo's cache when the youth comes from it), or from the offline copy.
 */
export function ContactRequestPage() {
  const { id = '' } = useParams();
  const t = useT();
  const m = useContactMessages();
  const { data, error, loading, refetch } = useQuery(OfferPageQuery, { variables: { id } });
  const [offline, setOffline] = useState<{ id: string; offer?: Offer }>();
  const networkFailed = Boolean(error && isNetworkError(error));

  useEffect(() => {
    if (!networkFailed) return;
    let current = true;
    void readSeenOffer(id).then((seen) => current && setOffline({ id, offer: seen?.data as Offer | undefined }));
    return () => {
      current = false;
    };
  }, [networkFailed, id]);

  const offlineCopy = networkFailed && offline?.id === id ? offline : undefined;
  const offer = data?.offer ?? offlineCopy?.offer;
  const notFound = (!loading && !error && data && !data.offer) || isNotFound(error);

  if (loading && !offer) return <Titled title={m.title}><Spinner label={t.common.loading} /></Titled>;
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
          <p>{offlineCopy ? t.common.offlineNothing : networkFailed ? t.common.networkError : t.common.serverError}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t.common.retry}
          </Button>
        </Notice>
      </Titled>
    );
  }
  if (!offer.engagement.includes('CONTACT_REQUEST')) return <NoCallBack offer={offer} />;
  return <ContactRequestFlow offer={offer} />;
}

function Titled({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return <>{children}</>;
}

/** An offer without "Être rappelé·e" (an old link): the organisation's own contacts. */
function NoCallBack({ offer }: { offer: Offer }) {
  const t = useT();
  const m = useContactMessages();
  const org = offer.organisation;
  usePageTitle(m.notAvailableTitle);
  return (
    <>
      <h1 tabIndex={-1}>{m.notAvailableTitle}</h1>
      <p>{m.notAvailableText}</p>
      <ul className="link-list">
        <li>
          <strong>{org.name}</strong>
        </li>
        <li>
          <a href={telHref(org.phone)}>{t.offer.call(org.phone)}</a>
        </li>
        <li>
          <a href={`mailto:${org.email}`}>{org.email}</a>
        </li>
      </ul>
      <p>
        <Link to={`/offres/${offer.id}`}>{m.backToOffer}</Link>
      </p>
    </>
  );
}

type Done = { kind: 'sent'; receipt: ContactReceipt; emailGiven: boolean } | { kind: 'queued' };

function ContactRequestFlow({ offer }: { offer: Offer }) {
  const [done, setDone] = useState<Done>();
  if (done?.kind === 'sent') return <Receipt receipt={done.receipt} offerId={offer.id} emailGiven={done.emailGiven} />;
  if (done?.kind === 'queued') return <Queued offer={offer} />;
  return <ContactForm offer={offer} onDone={setDone} />;
}

function ContactForm({ offer, onDone }: { offer: Offer; onDone: (done: Done) => void }) {
  const { t, lang } = useI18n();
  const m = useContactMessages();
  usePageTitle(m.title);
  const org = offer.organisation;
  const [profile] = useProfile();
  const lookup = useCommuneLookup();
  const { data: noticeData } = useQuery(ContactNoticeQuery);
  const retentionMonths = noticeData?.contactNotice.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const notice = contactNotice(lang, org.name, retentionMonths);

  // One key per form, reused by every try (double tap, retry, the offline queue).
  const [idempotencyKey] = useState(() => newIdempotencyKey());
  const [values, setValues] = useState<ContactFormValues>(() => {
    const place = readPlace();
    return {
      firstName: '',
      age: profile.age !== undefined ? String(profile.age) : '',
      place,
      situation: profile.situation ?? '',
      channel: 'PHONE_CALL',
      phone: '',
      email: '',
      moments: [],
      message: '',
    };
  });
  const [communeText, setCommuneText] = useState(() => (values.place ? t.commune.option(values.place.name, values.place.postcodes.join(', ')) : ''));
  const [errors, setErrors] = useState<Partial<Record<FieldName, Problem>>>({});
  const [formProblem, setFormProblem] = useState<Problem>();
  const [ageStop, setAgeStop] = useState<AgeStop>();
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(0);

  // The summary is focused after each failed submit (also when its content did not change).
  useEffect(() => {
    if (summaryShown) summaryRef.current?.focus();
  }, [summaryShown]);

  useEffect(() => {
    void loadSending().catch(() => undefined);
  }, []);

  const set = <K extends keyof ContactFormValues>(name: K, value: ContactFormValues[K]) => setValues((current) => ({ ...current, [name]: value }));

  const fail = (fieldErrors: Partial<Record<FieldName, Problem>>, problem?: Problem, stop?: AgeStop) => {
    setErrors(fieldErrors);
    setFormProblem(problem);
    setAgeStop(stop);
    setSummaryShown((n) => n + 1);
  };

  const fromApi = (text: string): Problem => (lang === 'fr' ? { text } : { text, lang: 'fr' });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sendingNow.current) return;
    sendingNow.current = true;
    setSending(true);
    try {
      await send();
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  };

  const send = async () => {
    // The commune typed but not chosen in the list: take the matching suggestion.
    let place = values.place;
    let communeError: string | undefined;
    if (!place && communeText.trim()) {
      if (!navigator.onLine) communeError = m.communeOffline;
      else {
        const places = await lookup(communeText);
        place = matchCommune(communeText, places);
        if (place) {
          set('place', place);
          setCommuneText(t.commune.option(place.name, place.postcodes.join(', ')));
        } else communeError = places.length ? m.communeMissing : m.communeUnknown;
      }
    }
    const checked = { ...values, place };
    const check = checkContactForm(checked, { ageMin: offer.eligibility.ageMin, ageMax: offer.eligibility.ageMax, organisationName: org.name }, m);
    const fieldErrors: Partial<Record<FieldName, Problem>> = {};
    for (const [name, text] of Object.entries(check.errors) as [FieldName, string][]) fieldErrors[name] = { text };
    if (communeError) fieldErrors.commune = { text: communeError };
    // Too young, too old, or outside the offer's ages: only that, kindly (nothing to correct elsewhere).
    if (check.ageStop) return fail({ age: fieldErrors.age! }, undefined, check.ageStop);
    if (Object.keys(fieldErrors).length) return fail(fieldErrors);

    const input = contactInput(checked, offer.id, idempotencyKey);
    const sendingCode = await loadSending().catch(() => undefined);
    // Its chunk could not be downloaded (offline before the service worker had it): nothing was sent or kept.
    if (!sendingCode) return fail({}, { text: navigator.onLine ? m.serverError : m.notStored });
    const { addMyStep, queueContactRequest, receiptStep, sendContactRequest } = sendingCode;
    const queue = async () => {
      const stored = await queueContactRequest(input, { offerTitle: offer.title, organisationName: org.name });
      if (stored) onDone({ kind: 'queued' });
      else fail({}, { text: m.notStored });
    };
    if (!navigator.onLine) return queue();

    const outcome = await sendContactRequest(input);
    if (outcome.kind === 'network') return queue();
    if (outcome.kind === 'sent') {
      await addMyStep(receiptStep(outcome.receipt, { offerId: offer.id, createdAt: new Date().toISOString() }));
      return onDone({ kind: 'sent', receipt: outcome.receipt, emailGiven: Boolean(input.email) });
    }
    if (outcome.kind === 'retry-later') {
      return fail({}, outcome.code === 'RATE_LIMITED' && outcome.message ? fromApi(outcome.message) : { text: m.serverError });
    }
    const field = fieldOfApiError(outcome.field);
    const text = outcome.message || m.serverError;
    if (field) return fail({ [field]: fromApi(text) });
    return fail({}, fromApi(text));
  };

  const fieldError = (name: FieldName): ReactNode => {
    const problem = errors[name];
    return problem ? <span lang={problem.lang}>{problem.text}</span> : undefined;
  };

  const listed = FIELD_ORDER.filter((name) => errors[name]);
  const hasProblems = listed.length > 0 || formProblem !== undefined;
  const phoneShown = needsPhone(values.channel);

  return (
    <>
      <p className="back-link">
        <Link to={`/offres/${offer.id}`}>
          <span aria-hidden="true">← </span>
          {m.backToOffer}
        </Link>
      </p>
      <h1 tabIndex={-1}>{m.title}</h1>
      <p className="contact-offer">{m.forOffer(offer.title)}</p>
      <p className="lead">{m.intro(org.name, offer.responseDelayDays)}</p>

      <div ref={summaryRef} tabIndex={-1} className={ageStop ? 'error-summary error-summary--kind' : 'error-summary'} hidden={!hasProblems} role="group" aria-labelledby={hasProblems ? 'contact-summary-title' : undefined}>
        {ageStop && errors.age ? (
          <>
            <h2 id="contact-summary-title" className="error-summary__title">
              {m.ageStopTitle}
            </h2>
            <p>{errors.age.text}</p>
            {ageStop === 'OFFER_AGES' ? (
              <p>
                <Link to="/">{t.offer.backToSearch}</Link>
              </p>
            ) : (
              <p>
                <a href={telHref(org.phone)}>{m.callOrganisation(org.name, org.phone)}</a>
              </p>
            )}
          </>
        ) : hasProblems ? (
          <>
            <h2 id="contact-summary-title" className="error-summary__title">
              {m.summaryTitle}
            </h2>
            {formProblem ? <p lang={formProblem.lang}>{formProblem.text}</p> : null}
            {listed.length ? (
              <>
                <p>{m.summaryFix}</p>
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

      <form className="contact-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={sending || undefined}>
        <p className="hint">{m.requiredNote}</p>

        <h2>{m.youTitle}</h2>
        <Field id={CONTROL_ID.firstName} label={m.firstName} error={fieldError('firstName')}>
          {(props) => (
            <input
              {...props}
              type="text"
              autoComplete="given-name"
              autoCapitalize="words"
              maxLength={FIRST_NAME_MAX + 20}
              value={values.firstName}
              onChange={(event) => set('firstName', event.target.value)}
            />
          )}
        </Field>
        <Field id={CONTROL_ID.age} label={m.age} description={m.ageHint} error={fieldError('age')}>
          {(props) => (
            <input
              {...props}
              className="input--short"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              value={values.age}
              onChange={(event) => set('age', event.target.value)}
            />
          )}
        </Field>
        <CommuneField
          id={CONTROL_ID.commune}
          text={communeText}
          error={fieldError('commune')}
          onTextChange={(text) => {
            setCommuneText(text);
            set('place', undefined);
          }}
          onSelect={(place) => {
            set('place', place);
            setCommuneText(t.commune.option(place.name, place.postcodes.join(', ')));
          }}
        />
        <Field id={CONTROL_ID.situation} label={m.situation} optional={t.common.optional} error={fieldError('situation')}>
          {(props) => (
            <select {...props} value={values.situation} onChange={(event) => set('situation', isSituation(event.target.value) ? event.target.value : '')}>
              <option value="">{m.situationNone}</option>
              {SITUATIONS.map((code) => (
                <option key={code} value={code}>
                  {t.situations[code]}
                </option>
              ))}
            </select>
          )}
        </Field>

        <h2>{m.reachTitle}</h2>
        <ChoiceGroup id="contact-channel" legend={m.channelLegend} error={fieldError('channel')}>
          {CHANNELS.map((channel: ContactChannel) => (
            <li key={channel}>
              <label className="choice" htmlFor={`contact-channel-${channel}`}>
                <input
                  type="radio"
                  id={`contact-channel-${channel}`}
                  name="channel"
                  value={channel}
                  checked={values.channel === channel}
                  onChange={() => set('channel', channel)}
                />
                <span>{m.channels[channel]}</span>
              </label>
            </li>
          ))}
        </ChoiceGroup>
        {phoneShown ? (
          <Field id={CONTROL_ID.phone} label={m.phone} description={m.phoneHint} error={fieldError('phone')}>
            {(props) => (
              <input {...props} type="tel" inputMode="tel" autoComplete="tel" maxLength={40} value={values.phone} onChange={(event) => set('phone', event.target.value)} />
            )}
          </Field>
        ) : null}
        <Field
          id={CONTROL_ID.email}
          label={m.email}
          optional={phoneShown ? t.common.optional : undefined}
          description={phoneShown ? m.emailOptionalHint : m.emailHint}
          error={fieldError('email')}
        >
          {(props) => (
            <input
              {...props}
              type="email"
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
        <ChoiceGroup id="contact-moments" legend={m.momentsLegend} optional={t.common.optional} hint={m.momentsHint} error={fieldError('moments')}>
          {MOMENTS.map((moment: PreferredMoment) => (
            <li key={moment}>
              <label className="choice" htmlFor={`contact-moment-${moment}`}>
                <input
                  type="checkbox"
                  id={`contact-moment-${moment}`}
                  name="moments"
                  value={moment}
                  checked={values.moments.includes(moment)}
                  onChange={(event) =>
                    set('moments', event.target.checked ? [...values.moments, moment] : values.moments.filter((chosen) => chosen !== moment))
                  }
                />
                <span>{m.moments[moment]}</span>
              </label>
            </li>
          ))}
        </ChoiceGroup>

        <h2>{m.messageTitle}</h2>
        <MessageField value={values.message} onChange={(text) => set('message', text)} error={fieldError('message')} />

        <section className="contact-notice" aria-labelledby="contact-notice-title">
          <h2 id="contact-notice-title">{notice.title}</h2>
          {notice.sections.map((section) => (
            <div key={section.heading}>
              <h3>{section.heading}</h3>
              <p>{section.text}</p>
            </div>
          ))}
          <p>{notice.offline}</p>
          <p className="contact-notice__version">{notice.version}</p>
        </section>

        <div className="button-row">
          <Button type="submit" disabled={sending} aria-describedby="contact-notice-title">
            {m.submit}
          </Button>
        </div>
        <p role="status" className="contact-sending">
          {sending ? m.sending : ''}
        </p>
      </form>
    </>
  );
}

/** Radio buttons or checkboxes: a fieldset whose legend names the group, with its hint and error. */
function ChoiceGroup({ id, legend, optional, hint, error, children }: { id: string; legend: string; optional?: string; hint?: string; error?: ReactNode; children: ReactNode }) {
  const describedBy = [error ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'choices choices--error' : 'choices'} id={id} aria-describedby={describedBy}>
      <legend className="field__label">
        {legend}
        {optional ? <span className="field__optional"> ({optional})</span> : null}
      </legend>
      {hint ? (
        <p className="field__desc" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div role="alert" className="field__error-region">
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      <ul className="choice-list">{children}</ul>
    </fieldset>
  );
}

/** The optional message, with the visible warning about health and private details tied to it. */
function MessageField({ value, onChange, error }: { value: string; onChange: (text: string) => void; error?: ReactNode }) {
  const t = useT();
  const m = useContactMessages();
  const id = CONTROL_ID.message;
  const describedBy = [error ? `${id}-error` : undefined, `${id}-warning`, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {m.message}
        <span className="field__optional"> ({t.common.optional})</span>
      </label>
      <p className="message-warning" id={`${id}-warning`}>
        <span aria-hidden="true">⚠ </span>
        {m.messageWarning}
      </p>
      <p className="field__desc" id={`${id}-hint`}>
        {m.messageHint(MESSAGE_MAX)}
      </p>
      <div role="alert" className="field__error-region">
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      <textarea id={id} rows={5} maxLength={MESSAGE_MAX + 200} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
    </div>
  );
}

/** Moves the focus to the new screen's heading (same URL: the layout does not). */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    ref.current?.focus();
  }, []);
  return ref;
}

function Receipt({ receipt, offerId, emailGiven }: { receipt: ContactReceipt; offerId: string; emailGiven: boolean }) {
  const { lang } = useI18n();
  const m = useContactMessages();
  usePageTitle(m.receiptSent);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const date = dueDateText(lang, receipt) ?? '';
  const path = `/suivi/${encodeURIComponent(receipt.token)}`;
  const url = `${window.location.origin}${path}`;
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {m.receiptTitle(receipt.organisation.name, date)}
      </h1>
      <Notice tone="success">
        <p>{m.receiptSent}</p>
        {emailGiven ? <p>{m.receiptEmail}</p> : null}
      </Notice>
      <section className="card receipt-track" aria-labelledby="receipt-track-title">
        <h2 id="receipt-track-title">{m.trackTitle}</h2>
        <p>{m.trackText}</p>
        <p className="tracking-url">{url}</p>
        <p className="receipt-private">
          <strong>{m.privateLink}</strong>
        </p>
        <div className="button-row">
          <ButtonLink to={path}>{m.trackLink}</ButtonLink>
          <CopyLink url={url} />
        </div>
      </section>
      <p>
        {m.inMySteps} <Link to="/mes-demarches">{m.seeMySteps}</Link>
      </p>
      <p>
        <Link to={`/offres/${offerId}`}>{m.backToOffer}</Link>
      </p>
    </>
  );
}

function CopyLink({ url }: { url: string }) {
  const m = useContactMessages();
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(m.copied);
    } catch {
      setMessage(m.copyFailed);
    }
  };
  return (
    <>
      <Button variant="secondary" onClick={() => void copy()}>
        {m.copy}
      </Button>
      <p role="status" className="copy-status">
        {message}
      </p>
    </>
  );
}

function Queued({ offer }: { offer: Offer }) {
  const m = useContactMessages();
  usePageTitle(m.queuedTitle);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {m.queuedTitle}
      </h1>
      <Notice tone="warning">
        <p>{m.queuedText(offer.organisation.name)}</p>
        <p>{m.queuedMySteps}</p>
      </Notice>
      <p>
        <ButtonLink to="/mes-demarches">{m.seeMySteps}</ButtonLink>
      </p>
      <p>
        <Link to={`/offres/${offer.id}`}>{m.backToOffer}</Link>
      </p>
    </>
  );
}
