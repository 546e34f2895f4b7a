import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isNetworkError } from '../../app/apollo.js';
import { useI18n } from '../../i18n/i18n.js';
import { Button } from '../../ui/Button.js';
import { Spinner } from '../../ui/Spinner.js';
import { WorkshopSessionsQuery } from './booking.queries.js';
import { useBookingMessages } from './messages.fr.js';
import { bookable, placeText, seatsText, sessionDay, sessionTime } from './session-label.js';
import './booking.css';

/**
 * The session picker of a workshop offer (offer page, and the booking form when no date is chosen):
 * upcoming sessions as a radio group (date, hours in Paris, place, seats left), then
 * `/offres/:id/reserver?session=<id>`. A lazy chunk of its own on the offer page (SessionPickerSlot).
 */
export function SessionPicker({ offerId, idPrefix = 'picker' }: { offerId: string; idPrefix?: string }) {
  const { t, locale } = useI18n();
  const b = useBookingMessages();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(WorkshopSessionsQuery, { variables: { offerId }, fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const sessions = data?.workshopSessions;
  const legendId = `${idPrefix}-legend`;
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;

  if (!sessions) {
    if (loading) return <Spinner label={t.bookingPicker.pickerLoading} />;
    return (
      <div className="session-picker__problem">
        <p>{error && isNetworkError(error) ? t.bookingPicker.pickerOffline : b.pickerError}</p>
        <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
          {t.common.retry}
        </Button>
      </div>
    );
  }
  if (sessions.length === 0) return <p className="session-picker__problem">{b.pickerNone}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const session = sessions.find((s) => s.id === chosen && bookable(s));
    if (!session) {
      setMissing(true);
      listRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
      return;
    }
    void navigate(`/offres/${encodeURIComponent(offerId)}/reserver?session=${encodeURIComponent(session.id)}`);
  };

  return (
    <form className="session-picker" onSubmit={submit} noValidate>
      <fieldset aria-describedby={[missing ? errorId : undefined, hintId].filter(Boolean).join(' ')}>
        <legend id={legendId} className="field__label">
          {b.pickerLegend}
        </legend>
        <p id={hintId} className="field__desc">
          {b.pickerHint}
        </p>
        <div role="alert" className="field__error-region">
          {missing ? (
            <p id={errorId} className="field__error">
              <span aria-hidden="true">⚠ </span>
              {b.pickerMissing}
            </p>
          ) : null}
        </div>
        <ul className="session-list" ref={listRef}>
          {sessions.map((session) => {
            const open = bookable(session);
            const id = `${idPrefix}-${session.id}`;
            return (
              <li key={session.id}>
                <label className={open ? 'session-choice' : 'session-choice session-choice--closed'} htmlFor={id}>
                  <input
                    type="radio"
                    id={id}
                    name={`${idPrefix}-session`}
                    value={session.id}
                    checked={chosen === session.id}
                    disabled={!open}
                    aria-invalid={missing || undefined}
                    onChange={() => {
                      setChosen(session.id);
                      setMissing(false);
                    }}
                  />
                  <span className="session-choice__text">
                    <span className="session-choice__when">
                      {sessionDay(session.startsAt, locale)}, {b.hours(sessionTime(session.startsAt, locale), sessionTime(session.endsAt, locale))}
                    </span>
                    <span>{placeText(session, b.online)}</span>
                    <span className="session-choice__seats">{seatsText(session, b)}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Button type="submit">{b.pickerSubmit}</Button>
    </form>
  );
}
