import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.js';
import { Field } from './ui.js';
import { Notice } from './ui.js';
import { ApiError, CANCEL_SESSION, CREATE_SERIES, UPDATE_SESSION, request, type PortalOffer, type Session } from './api.js';
import { m, ma } from './messages.js';
import { errorText, formatDateTime } from './ProPage.js';
import { AttendanceLink } from './AttendanceLink.js';

const KEYS = ['firstDate', 'startTime', 'durationMinutes', 'everyWeeks', 'until', 'capacity', 'venueId', 'onlineUrl'] as const;
type Key = (typeof KEYS)[number];

/** Workshop sessions: the list (cancelled ones too), a series form, cancel one. */
export function SessionsPanel({ offer, onChange }: { offer: PortalOffer; onChange: () => Promise<void> }) {
  const venues = offer.organisation.venues;
  const [form, setForm] = useState<Record<Key, string>>({
    firstDate: '',
    startTime: '14:00',
    durationMinutes: '90',
    everyWeeks: '1',
    until: '',
    capacity: '10',
    venueId: venues[0]?.id ?? '',
    onlineUrl: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<string>();
  const set = (key: Key, value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      const online = form.venueId === '';
      const { createSessionSeries } = await request<{ createSessionSeries: { id: string }[] }>(CREATE_SERIES, {
        input: {
          offerId: offer.id,
          firstDate: form.firstDate,
          startTime: form.startTime,
          durationMinutes: Number.parseInt(form.durationMinutes, 10) || 0,
          everyWeeks: Number.parseInt(form.everyWeeks, 10) || 0,
          until: form.until,
          capacity: Number.parseInt(form.capacity, 10) || 0,
          venueId: online ? null : form.venueId,
          onlineUrl: online ? form.onlineUrl.trim() || null : null,
        },
      });
      await onChange();
      setMessage({ tone: 'success', text: m.seriesCreated(createSessionSeries.length) });
    } catch (e) {
      const key = e instanceof ApiError ? (e.field?.replace(/^input\./, '') as Key | undefined) : undefined;
      if (key && KEYS.includes(key)) {
        setErrors({ [key]: errorText(e) });
        window.setTimeout(() => document.getElementById(`series-${key}`)?.focus(), 0);
      } else setMessage({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  async function onCancel(id: string) {
    if (!window.confirm(m.confirmCancel)) return;
    try {
      await request(CANCEL_SESSION, { id });
      await onChange();
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(e) });
    }
  }

  const input = (key: Key, label: string, type: string, description?: string) => (
    <Field id={`series-${key}`} label={label} description={description} error={errors[key]}>
      {(p) => <input {...p} type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <section aria-labelledby="pro-sessions">
      <h2 id="pro-sessions">{m.sessions}</h2>
      {offer.sessions.length === 0 ? <p>{m.noSessions}</p> : null}
      <ul className="pro__sessions">
        {offer.sessions.map((s) => (
          <li key={s.id}>
            <span className={s.status === 'CANCELLED' ? 'pro__cancelled' : undefined}>
              {formatDateTime(s.startsAt)} — {s.venue?.name ?? s.onlineUrl ?? ''} — {s.capacity} places
            </span>
            <span>{s.status === 'CANCELLED' ? m.cancelled : m.scheduled}</span>
            <AttendanceLink session={s} organisationId={offer.organisation.id} />
            {s.status === 'SCHEDULED' ? (
              <Button variant="quiet" aria-expanded={editing === s.id} onClick={() => setEditing(editing === s.id ? undefined : s.id)}>
                {ma.editSession}
                <span className="sr-only"> du {formatDateTime(s.startsAt)}</span>
              </Button>
            ) : null}
            {s.status === 'SCHEDULED' ? (
              <Button variant="quiet" onClick={() => void onCancel(s.id)}>
                {m.cancelSession}
                <span className="sr-only"> du {formatDateTime(s.startsAt)}</span>
              </Button>
            ) : null}
            {editing === s.id ? (
              <SessionEditor
                session={s}
                venues={venues}
                onClose={() => setEditing(undefined)}
                onSaved={async () => {
                  await onChange();
                  setEditing(undefined);
                  setMessage({ tone: 'success', text: ma.sessionSaved });
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <div role="status">{message?.tone === 'success' ? <Notice tone="success">{message.text}</Notice> : null}</div>
      <div role="alert">{message?.tone === 'error' ? <Notice tone="error">{message.text}</Notice> : null}</div>
      <form className="pro__form" onSubmit={(e) => void onCreate(e)} noValidate aria-labelledby="pro-series">
        <fieldset>
          <legend id="pro-series">{m.createSeries}</legend>
          <div className="pro__row">
            {input('firstDate', 'Première séance (date)', 'date')}
            {input('startTime', 'Heure de début', 'time')}
            {input('durationMinutes', 'Durée (minutes)', 'number')}
            {input('everyWeeks', 'Toutes les N semaines (1 à 4)', 'number')}
            {input('until', 'Jusqu’au', 'date')}
            {input('capacity', 'Places (1 à 500)', 'number')}
          </div>
          <Field id="series-venueId" label="Lieu" error={errors.venueId}>
            {(p) => (
              <select {...p} value={form.venueId} onChange={(e) => set('venueId', e.target.value)}>
                {venues.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name} — {v.commune.name}
                  </option>
                ))}
                <option value="">En ligne (visio)</option>
              </select>
            )}
          </Field>
          {form.venueId === '' ? input('onlineUrl', 'Lien de la visio (https://…)', 'url') : null}
          <Button type="submit" disabled={busy}>
            {m.createSeries}
          </Button>
        </fieldset>
      </form>
    </section>
  );
}

const EDIT_KEYS = ['date', 'startTime', 'durationMinutes', 'capacity', 'venueId', 'onlineUrl'] as const;
type EditKey = (typeof EDIT_KEYS)[number];

/** Europe/Paris wall-clock date and time of an instant. */
function parisParts(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** Moves or changes one session (updateSession). */
function SessionEditor({
  session,
  venues,
  onClose,
  onSaved,
}: {
  session: Session;
  venues: PortalOffer['organisation']['venues'];
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const start = parisParts(session.startsAt);
  const [form, setForm] = useState<Record<EditKey, string>>({
    date: start.date,
    startTime: start.time,
    durationMinutes: String(Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000)),
    capacity: String(session.capacity),
    venueId: session.venue?.id ?? '',
    onlineUrl: session.onlineUrl ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<EditKey, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (key: EditKey, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const prefix = `session-${session.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(undefined);
    try {
      const online = form.venueId === '';
      await request(UPDATE_SESSION, {
        id: session.id,
        input: {
          date: form.date,
          startTime: form.startTime,
          durationMinutes: Number.parseInt(form.durationMinutes, 10) || 0,
          capacity: Number.parseInt(form.capacity, 10) || 0,
          venueId: online ? null : form.venueId,
          onlineUrl: online ? form.onlineUrl.trim() || null : null,
        },
      });
      await onSaved();
    } catch (e) {
      const key = e instanceof ApiError ? (e.field?.replace(/^input\./, '') as EditKey | undefined) : undefined;
      if (key && EDIT_KEYS.includes(key)) {
        setErrors({ [key]: errorText(e) });
        window.setTimeout(() => document.getElementById(`${prefix}-${key}`)?.focus(), 0);
      } else setFormError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const input = (key: EditKey, label: string, type: string) => (
    <Field id={`${prefix}-${key}`} label={label} error={errors[key]}>
      {(p) => <input {...p} type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  return (
    <form className="pro__form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <fieldset>
        <legend>
          {ma.editSession} du {formatDateTime(session.startsAt)}
        </legend>
        <div className="pro__row">
          {input('date', ma.sessionDate, 'date')}
          {input('startTime', 'Heure de début', 'time')}
          {input('durationMinutes', 'Durée (minutes)', 'number')}
          {input('capacity', 'Places (1 à 500)', 'number')}
        </div>
        <Field id={`${prefix}-venueId`} label="Lieu" error={errors.venueId}>
          {(p) => (
            <select {...p} value={form.venueId} onChange={(e) => set('venueId', e.target.value)}>
              {venues.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} — {v.commune.name}
                </option>
              ))}
              <option value="">En ligne (visio)</option>
            </select>
          )}
        </Field>
        {form.venueId === '' ? input('onlineUrl', 'Lien de la visio (https://…)', 'url') : null}
        <div role="alert">{formError ? <Notice tone="error">{formError}</Notice> : null}</div>
        <Button type="submit" disabled={busy}>
          {m.save}
        </Button>{' '}
        <Button variant="quiet" onClick={onClose}>
          {ma.closeEdit}
        </Button>
      </fieldset>
    </form>
  );
}
