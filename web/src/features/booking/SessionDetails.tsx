import { useI18n } from '../../i18n/i18n.js';
import type { BookingSessionFieldsFragment } from '../../gql/graphql.js';
import { useBookingMessages } from './messages.fr.js';
import { placeText, sessionDay, sessionTime } from './session-label.js';

/**
 * When and where a session takes place, as a description list (form, confirmation, booking page).
 * `showLink`: the video call link, for a youth holding a seat.
 */
export function SessionDetails({ session, showLink = false, seats }: { session: BookingSessionFieldsFragment; showLink?: boolean; seats?: string }) {
  const { t, locale } = useI18n();
  const b = useBookingMessages();
  return (
    <dl className="session-details">
      <div>
        <dt>{b.when}</dt>
        <dd>
          {sessionDay(session.startsAt, locale)}, {b.hours(sessionTime(session.startsAt, locale), sessionTime(session.endsAt, locale))}
        </dd>
      </div>
      <div>
        <dt>{b.where}</dt>
        <dd>
          {placeText(session, b.online)}
          {showLink && !session.venue && session.onlineUrl ? (
            <>
              {' — '}
              <a href={session.onlineUrl} target="_blank" rel="noopener noreferrer">
                {b.onlineLink} <span className="sr-only">{t.common.opensNewWindow}</span>
              </a>
            </>
          ) : null}
        </dd>
      </div>
      {seats ? (
        <div>
          <dt>{b.seats}</dt>
          <dd>{seats}</dd>
        </div>
      ) : null}
    </dl>
  );
}
