import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { Button, buttonClass } from '../../ui/Button.js';
import {
  ADD_NOTE, ApiError, ASSIGN_TO_ME, CLOSE_REQUEST, CONTACT_REQUEST, LOG_ATTEMPT, request, TRANSFER_REQUEST, TRANSFER_TARGETS,
  type ContactAttemptResult, type ContactChannel, type ContactOutcome, type InboxEvent, type InboxRequest,
} from './api.js';
import { LateBadge, StatusBadge } from './ContactInbox.js';
import { ATTEMPT_RESULT, CONTACT_CHANNEL, CONTACT_EVENT, CONTACT_MOMENT, CONTACT_OUTCOME, CONTACT_STATUS, m, mc, SITUATIONS } from './messages.js';
import { errorText, formatDateTime, useSession } from './ProPage.js';
import { Field, Notice, Spinner } from './ui.js';

const CHANNELS: ContactChannel[] = ['PHONE_CALL', 'SMS', 'EMAIL'];
const RESULTS: ContactAttemptResult[] = ['REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER'];
const OUTCOMES: ContactOutcome[] = ['REACHED_HELPED', 'REORIENTED', 'NO_ANSWER', 'DECLINED_BY_YOUTH', 'NOT_ELIGIBLE'];
const STEPS = ['NEW', 'IN_PROGRESS', 'CLOSED'] as const;
const YOUTH_EVENTS = new Set(['CREATED', 'YOUTH_CONTACTED', 'YOUTH_NOT_CONTACTED', 'CANCELLED']);

const isOpen = (r: InboxRequest) => r.status === 'NEW' || r.status === 'IN_PROGRESS';
const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

type Fail = (e: unknown) => string;

/**
 * `/pro/demandes/:id` (the link of the counsellors' emails): the youth's profile, one-tap contact,
 * assign, log attempts, notes, close with an outcome, transfer, and the log.
 * The tab's title carries no personal data (it stays in the browser's history).
 */
export function ContactRequestPage() {
  const { id = '' } = useParams();
  const { me, sessionEnded, refreshInbox } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const listUrl = `/pro/demandes${from}`;
  usePageTitle(mc.requestFallbackTitle);

  const [req, setReq] = useState<InboxRequest>();
  const [loadError, setLoadError] = useState<{ text: string; forbidden: boolean }>();
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string }>();

  const fail: Fail = useCallback(
    (e: unknown) => {
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') sessionEnded();
      return errorText(e);
    },
    [sessionEnded],
  );

  const load = useCallback(async () => {
    try {
      setReq((await request<{ contactRequest: InboxRequest }>(CONTACT_REQUEST, { id })).contactRequest);
      setLoadError(undefined);
    } catch (e) {
      const gone = e instanceof ApiError && (e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND');
      // Transferred or erased meanwhile: what is on screen may no longer be shown.
      if (gone) setReq(undefined);
      setLoadError({ text: fail(e), forbidden: e instanceof ApiError && e.code === 'FORBIDDEN' });
    }
  }, [id, fail]);
  useEffect(() => {
    setReq(undefined);
    setLoadError(undefined);
    void load();
  }, [load]);

  /** A mutation's error: someone else may have closed or transferred it meanwhile, so read it again. */
  const failAndReload: Fail = (e) => {
    if (e instanceof ApiError && (e.code === 'CONFLICT' || e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) void load();
    return fail(e);
  };

  if (loadError && !req)
    return (
      <>
        <h1 tabIndex={-1}>{mc.requestFallbackTitle}</h1>
        <div role="alert">
          <Notice tone="error">
            <p>{loadError.text}</p>
            {loadError.forbidden ? <p>{mc.forbidden}</p> : null}
          </Notice>
        </div>
        <p className="back-link">
          <Link to={loadError.forbidden ? '/pro' : listUrl}>{loadError.forbidden ? m.dashboard : mc.back}</Link>
        </p>
      </>
    );
  if (!req) return <Spinner label={m.loading} />;

  const open = isOpen(req);
  const mine = req.assignee?.id === me.id;

  async function assign() {
    setStatus(undefined);
    try {
      setReq((await request<{ assignContactRequestToMe: InboxRequest }>(ASSIGN_TO_ME, { id })).assignContactRequestToMe);
      setStatus({ tone: 'success', text: mc.assigned });
      // The button is gone: the focus goes to the section's heading, above the confirmation.
      focusLater('request-follow');
    } catch (e) {
      setStatus({ tone: 'error', text: failAndReload(e) });
    }
  }

  return (
    <>
      <p className="back-link">
        <Link to={listUrl}>
          <span aria-hidden="true">← </span>
          {mc.back}
        </Link>
      </p>
      <h1 tabIndex={-1}>{mc.requestTitle(req.erased ? null : req.firstName, req.age)}</h1>

      <section aria-labelledby="request-follow" className="pro__section">
        <h2 id="request-follow" tabIndex={-1}>
          {mc.follow}
        </h2>
        <Progress req={req} />
        {req.overdue ? (
          <p>
            <LateBadge /> {mc.lateExplained}
          </p>
        ) : null}
        <p className={open ? 'pro__due' : undefined}>{open ? mc.dueBefore(req.dueDateLabel) : mc.contactedBy(req.dueDateLabel)}</p>
        {req.outcome ? (
          <p>
            <strong>{mc.outcome} :</strong> {CONTACT_OUTCOME[req.outcome] ?? req.outcome}
          </p>
        ) : null}
        {req.youthReportedContacted ? <p>{mc.youthContacted}</p> : null}
        {req.youthReportedNotContacted ? <p>{mc.youthNotContacted}</p> : null}
        <p>{mine ? mc.assignedToMe : req.assignee ? mc.assignedTo(req.assignee.displayName) : mc.unassigned}</p>
        {open && !mine ? (
          <Button variant={req.assignee ? 'secondary' : 'primary'} onClick={() => void assign()}>
            {mc.assignToMe}
          </Button>
        ) : null}
        <div role="status">{status?.tone === 'success' ? <Notice tone="success">{status.text}</Notice> : null}</div>
        <div role="alert">{status?.tone === 'error' ? <Notice tone="error">{status.text}</Notice> : null}</div>
      </section>

      <Profile req={req} />
      <ContactLinks req={req} />

      {open ? <AttemptForm req={req} onUpdated={setReq} fail={failAndReload} /> : null}
      {open ? (
        <CloseForm
          req={req}
          fail={failAndReload}
          onClosed={(closed) => {
            setReq(closed);
            setStatus({ tone: 'success', text: mc.closed(CONTACT_OUTCOME[closed.outcome ?? ''] ?? '') });
            refreshInbox();
            focusLater('request-follow');
          }}
        />
      ) : null}
      {open ? (
        <TransferForm
          req={req}
          fail={failAndReload}
          onTransferred={(name, dueDateLabel) => {
            refreshInbox();
            void navigate(listUrl, { state: { flash: mc.transferredTo(name, dueDateLabel) } });
          }}
        />
      ) : null}
      {!req.erased ? <NoteForm req={req} onUpdated={setReq} fail={failAndReload} /> : null}

      <EventLog req={req} />
    </>
  );
}

/** NEW → IN_PROGRESS → CLOSED, the current step in words (not only by its style). */
function Progress({ req }: { req: InboxRequest }) {
  const current = STEPS.indexOf(req.status as (typeof STEPS)[number]);
  if (current < 0)
    return (
      <p>
        {mc.ended} <StatusBadge status={req.status} />
      </p>
    );
  return (
    <ol className="pro__steps" aria-label={mc.progress}>
      {STEPS.map((step, index) => (
        <li key={step} className={index === current ? 'pro__step pro__step--current' : index < current ? 'pro__step pro__step--done' : 'pro__step'} aria-current={index === current ? 'step' : undefined}>
          {index < current ? <span aria-hidden="true">✓ </span> : null}
          {CONTACT_STATUS[step]}
          {index === current ? <span className="pro__step-note"> {mc.currentStep}</span> : index < current ? <span className="sr-only"> {mc.doneStep}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function Profile({ req }: { req: InboxRequest }) {
  const erased = req.erased;
  const personal = (value: string | null | undefined, empty = mc.notGiven) => (erased ? <em>{mc.erased}</em> : value || empty);
  const rows: [string, ReactNode][] = [
    [mc.firstName, personal(req.firstName)],
    [mc.age, mc.years(req.age)],
    [mc.commune, `${req.commune.name} (${req.commune.code})`],
    [mc.situation, req.situation ? (SITUATIONS[req.situation] ?? req.situation) : mc.notGiven],
    [mc.channel, CONTACT_CHANNEL[req.channel] ?? req.channel],
    [mc.moments, req.preferredMoments.length ? req.preferredMoments.map((p) => CONTACT_MOMENT[p] ?? p).join(', ') : mc.noMoment],
    [mc.phone, personal(req.phone)],
    [mc.email, personal(req.email)],
    [mc.offer, <Link to={`/offres/${encodeURIComponent(req.offerId)}`}>{req.offerTitle}</Link>],
    [mc.receivedAt, <time dateTime={req.createdAt}>{formatDateTime(req.createdAt)}</time>],
  ];
  return (
    <section aria-labelledby="request-profile" className="pro__section">
      <h2 id="request-profile">{mc.profile}</h2>
      {erased ? <Notice tone="info">{mc.erasedNotice}</Notice> : null}
      <dl className="pro__facts pro__facts--wide">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{mc.message}</h3>
      {/* Typed by the youth: shown as text, never as HTML. */}
      {erased ? (
        <p>
          <em>{mc.erased}</em>
        </p>
      ) : req.message ? (
        <p className="pro__message">{req.message}</p>
      ) : (
        <p>{mc.noMessage}</p>
      )}
    </section>
  );
}

function ContactLinks({ req }: { req: InboxRequest }) {
  const links: { href: string; label: string }[] = [];
  if (req.phoneE164 && req.phone) {
    links.push({ href: `tel:${req.phoneE164}`, label: mc.call(req.phone) });
    links.push({ href: `sms:${req.phoneE164}`, label: mc.sms(req.phone) });
  }
  if (req.email) links.push({ href: `mailto:${req.email}`, label: mc.mail(req.email) });
  if (!links.length && !req.erased) return null;
  return (
    <section aria-labelledby="request-contact" className="pro__section">
      <h2 id="request-contact">{mc.contact}</h2>
      {links.length ? (
        <ul className="pro__contact">
          {links.map((link, index) => (
            <li key={link.href}>
              <a className={buttonClass(index === 0 ? 'primary' : 'secondary')} href={link.href}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{mc.noContact}</p>
      )}
    </section>
  );
}

/** A group of radio buttons with its legend and an error region (announced) tied to it. */
function RadioGroup<T extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  hints = {},
}: {
  id: string;
  legend: string;
  options: { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
  hints?: Partial<Record<T, string>>;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset className={error ? 'pro__radios field--error' : 'pro__radios'} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div role="alert" className="field__error-region">
        {error ? (
          <p className="field__error" id={errorId}>
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      {options.map((option) => {
        const hint = hints[option.value];
        return (
          <div key={option.value} className="pro__radio">
            <label className="pro__check">
              <input
                id={`${id}-${option.value}`}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={hint ? `${id}-${option.value}-hint` : undefined}
              />
              {option.label}
            </label>
            {hint ? (
              <p className="field__desc pro__radio-hint" id={`${id}-${option.value}-hint`}>
                {hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function FormMessages({ done, error }: { done?: string; error?: string }) {
  return (
    <>
      <div role="status">{done ? <Notice tone="success">{done}</Notice> : null}</div>
      <div role="alert">{error ? <Notice tone="error">{error}</Notice> : null}</div>
    </>
  );
}

function NoteField({ id, value, onChange, error, optional }: { id: string; value: string; onChange: (v: string) => void; error?: string; optional: boolean }) {
  return (
    <Field id={id} label={mc.note} description={mc.noteHint} error={error} optional={optional ? mc.noteOptional : undefined}>
      {(p) => <textarea {...p} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

function AttemptForm({ req, onUpdated, fail }: { req: InboxRequest; onUpdated: (r: InboxRequest) => void; fail: Fail }) {
  const [channel, setChannel] = useState<ContactChannel>(req.channel);
  const [result, setResult] = useState<ContactAttemptResult | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ result?: string; note?: string; form?: string }>({});
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    if (!result) {
      setErrors({ result: mc.chooseResult });
      return focusLater(`attempt-result-${RESULTS[0]}`);
    }
    setErrors({});
    setBusy(true);
    try {
      const updated = (await request<{ logContactAttempt: InboxRequest }>(LOG_ATTEMPT, { id: req.id, channel, result, note: note.trim() || null })).logContactAttempt;
      onUpdated(updated);
      setDone(mc.attemptSaved(`${CONTACT_CHANNEL[channel]}, ${ATTEMPT_RESULT[result]}`));
      setResult('');
      setNote('');
    } catch (e) {
      const field = e instanceof ApiError ? e.field : undefined;
      if (field === 'note') {
        setErrors({ note: errorText(e) });
        focusLater('attempt-note');
      } else if (field === 'channel' || field === 'result') {
        setErrors({ result: errorText(e) });
        focusLater(`attempt-result-${result}`);
      } else setErrors({ form: fail(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="request-attempt" className="pro__section">
      <h2 id="request-attempt">{mc.logAttempt}</h2>
      <p>{mc.attempts(req.attemptCount)}</p>
      <form className="pro__form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="request-attempt">
        <RadioGroup id="attempt-channel" legend={mc.attemptChannel} options={CHANNELS.map((c) => ({ value: c, label: CONTACT_CHANNEL[c]! }))} value={channel} onChange={setChannel} />
        <RadioGroup
          id="attempt-result"
          legend={mc.attemptResult}
          options={RESULTS.map((r) => ({ value: r, label: ATTEMPT_RESULT[r]! }))}
          value={result}
          onChange={setResult}
          error={errors.result}
        />
        <NoteField id="attempt-note" value={note} onChange={setNote} error={errors.note} optional />
        <FormMessages done={done} error={errors.form} />
        <Button type="submit" disabled={busy}>
          {mc.saveAttempt}
        </Button>
      </form>
    </section>
  );
}

function NoteForm({ req, onUpdated, fail }: { req: InboxRequest; onUpdated: (r: InboxRequest) => void; fail: Fail }) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ note?: string; form?: string }>({});
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    if (!note.trim()) {
      setErrors({ note: mc.noteRequired });
      return focusLater('note-text');
    }
    setErrors({});
    setBusy(true);
    try {
      onUpdated((await request<{ addContactRequestNote: InboxRequest }>(ADD_NOTE, { id: req.id, note })).addContactRequestNote);
      setDone(mc.noteSaved);
      setNote('');
    } catch (e) {
      if (e instanceof ApiError && e.field === 'note') {
        setErrors({ note: errorText(e) });
        focusLater('note-text');
      } else setErrors({ form: fail(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="request-note" className="pro__section">
      <h2 id="request-note">{mc.addNote}</h2>
      <form className="pro__form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="request-note">
        <NoteField id="note-text" value={note} onChange={setNote} error={errors.note} optional={false} />
        <FormMessages done={done} error={errors.form} />
        <Button type="submit" variant="secondary" disabled={busy}>
          {mc.addNote}
        </Button>
      </form>
    </section>
  );
}

function CloseForm({ req, onClosed, fail }: { req: InboxRequest; onClosed: (r: InboxRequest) => void; fail: Fail }) {
  const [outcome, setOutcome] = useState<ContactOutcome | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; note?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) {
      setErrors({ outcome: mc.chooseOutcome });
      return focusLater(`close-outcome-${OUTCOMES[0]}`);
    }
    setErrors({});
    setBusy(true);
    try {
      onClosed((await request<{ closeContactRequest: InboxRequest }>(CLOSE_REQUEST, { id: req.id, outcome, note: note.trim() || null })).closeContactRequest);
    } catch (e) {
      const field = e instanceof ApiError ? e.field : undefined;
      // "« Sans réponse » demande 3 tentatives…": next to the outcome, where it can be changed.
      if (field === 'outcome') {
        setErrors({ outcome: errorText(e) });
        focusLater(`close-outcome-${outcome}`);
      } else if (field === 'note') {
        setErrors({ note: errorText(e) });
        focusLater('close-note');
      } else setErrors({ form: fail(e) });
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="request-close" className="pro__section">
      <h2 id="request-close">{mc.close}</h2>
      <form className="pro__form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="request-close">
        <RadioGroup
          id="close-outcome"
          legend={mc.closeOutcome}
          options={OUTCOMES.map((o) => ({ value: o, label: CONTACT_OUTCOME[o]! }))}
          value={outcome}
          onChange={setOutcome}
          error={errors.outcome}
          hints={{ NO_ANSWER: mc.noAnswerHint(req.attemptCount) }}
        />
        <NoteField id="close-note" value={note} onChange={setNote} error={errors.note} optional />
        <FormMessages error={errors.form} />
        <Button type="submit" disabled={busy}>
          {mc.close}
        </Button>
      </form>
    </section>
  );
}

function TransferForm({ req, onTransferred, fail }: { req: InboxRequest; onTransferred: (name: string, dueDateLabel: string) => void; fail: Fail }) {
  const [targets, setTargets] = useState<{ id: string; name: string; defaultResponseDelayDays: number }[]>();
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ target?: string; note?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const failRef = useRef(fail);
  failRef.current = fail;

  useEffect(() => {
    let cancelled = false;
    request<{ contactRequestTransferTargets: { id: string; name: string; defaultResponseDelayDays: number }[] }>(TRANSFER_TARGETS, { id: req.id })
      .then((d) => !cancelled && setTargets(d.contactRequestTransferTargets))
      .catch((e: unknown) => !cancelled && setErrors({ form: failRef.current(e) }));
    return () => {
      cancelled = true;
    };
  }, [req.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!target) {
      setErrors({ target: mc.targetRequired });
      return focusLater('transfer-target');
    }
    setErrors({});
    setBusy(true);
    try {
      const { transferContactRequest: moved } = await request<{ transferContactRequest: { organisation: { name: string }; dueDateLabel: string } }>(TRANSFER_REQUEST, {
        id: req.id,
        organisationId: target,
        note: note.trim() || null,
      });
      onTransferred(moved.organisation.name, moved.dueDateLabel);
    } catch (e) {
      const field = e instanceof ApiError ? e.field : undefined;
      if (field === 'organisationId') {
        setErrors({ target: errorText(e) });
        focusLater('transfer-target');
      } else if (field === 'note') {
        setErrors({ note: errorText(e) });
        focusLater('transfer-note');
      } else setErrors({ form: fail(e) });
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="request-transfer" className="pro__section">
      <h2 id="request-transfer">{mc.transfer}</h2>
      <p>{mc.transferIntro}</p>
      {!targets && !errors.form ? <Spinner label={m.loading} /> : null}
      {targets && targets.length === 0 ? <p>{mc.noTargets}</p> : null}
      {targets?.length || errors.form ? (
        <form className="pro__form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="request-transfer">
          {targets?.length ? (
            <>
              <Field id="transfer-target" label={mc.transferTarget} error={errors.target}>
                {(p) => (
                  <select {...p} value={target} onChange={(e) => setTarget(e.target.value)}>
                    <option value="">{mc.chooseTarget}</option>
                    {targets.map((t) => (
                      <option key={t.id} value={t.id}>
                        {mc.targetDelay(t.name, t.defaultResponseDelayDays)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <NoteField id="transfer-note" value={note} onChange={setNote} error={errors.note} optional />
            </>
          ) : null}
          <FormMessages error={errors.form} />
          {targets?.length ? (
            <Button type="submit" variant="secondary" disabled={busy}>
              {mc.doTransfer}
            </Button>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}

function eventText(event: InboxEvent, req: InboxRequest): string {
  switch (event.kind) {
    case 'CONTACT_ATTEMPT':
      return `${CONTACT_EVENT.CONTACT_ATTEMPT} : ${CONTACT_CHANNEL[event.attemptChannel ?? ''] ?? ''}, ${ATTEMPT_RESULT[event.attemptResult ?? ''] ?? ''}`;
    case 'TRANSFERRED':
      return event.fromOrganisationName ? mc.transferredFrom(event.fromOrganisationName) : CONTACT_EVENT.TRANSFERRED!;
    case 'CLOSED':
      return req.outcome ? `${CONTACT_EVENT.CLOSED} : ${CONTACT_OUTCOME[req.outcome] ?? req.outcome}` : CONTACT_EVENT.CLOSED!;
    default:
      return CONTACT_EVENT[event.kind] ?? event.kind;
  }
}

/** Who did what, when (Europe/Paris), oldest first: as the API gives it. */
function EventLog({ req }: { req: InboxRequest }) {
  return (
    <section aria-labelledby="request-log" className="pro__section">
      <h2 id="request-log">{mc.log}</h2>
      {req.events.length === 0 ? <p>{mc.logEmpty}</p> : null}
      <ol className="pro__log">
        {req.events.map((event, index) => {
          const who = event.actor?.displayName ?? (YOUTH_EVENTS.has(event.kind) ? mc.byYouth : event.kind === 'ERASED' ? null : mc.byBalise);
          return (
            <li key={index}>
              <p>
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                {who ? <> — {who}</> : null}
              </p>
              <p className="pro__log-what">{eventText(event, req)}</p>
              {event.note ? <p className="pro__message">{event.note}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
