import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Notice } from './ui.js';
import { ApiError, request } from './api.js';
import { BOOKING_STATS, canManageBookings, type OfferBookingStats } from './booking-api.js';
import { mb } from './booking-messages.js';
import { errorText, useSession } from './ProPage.js';

/**
 * Fill rate and no-show rate per workshop offer of an organisation (`offerBookingStats`), in its
 * offers list: percentages with the counts behind them. Nothing for viewers without access.
 */
export function BookingStats({ organisationId }: { organisationId: string }) {
  const { me } = useSession();
  const allowed = canManageBookings(me, organisationId);
  const [rows, setRows] = useState<OfferBookingStats[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!allowed) return;
    let current = true;
    setRows(undefined);
    setError(undefined);
    request<{ offerBookingStats: OfferBookingStats[] }>(BOOKING_STATS, { organisationId })
      .then((d) => current && setRows(d.offerBookingStats))
      .catch((e: unknown) => current && !(e instanceof ApiError && e.code === 'FORBIDDEN') && setError(errorText(e)));
    return () => {
      current = false;
    };
  }, [organisationId, allowed]);

  if (!allowed || (!rows && !error) || rows?.length === 0) return null;
  return (
    <section aria-labelledby="booking-stats-title">
      <h2 id="booking-stats-title">{mb.statsTitle}</h2>
      {error ? (
        <div role="alert">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}
      {rows ? (
        <>
          <p>{mb.statsIntro}</p>
          <div className="pro__table-wrap">
            <table className="pro__table">
              <caption className="sr-only">{mb.statsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{mb.colOffer}</th>
                  <th scope="col">{mb.colHeld}</th>
                  <th scope="col">{mb.colFill}</th>
                  <th scope="col">{mb.colNoShow}</th>
                  <th scope="col">{mb.colUpcoming}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.offerId}>
                    <th scope="row">
                      <Link to={`/pro/offres/${encodeURIComponent(r.offerId)}`}>{r.title}</Link>
                    </th>
                    <td>{r.sessionsHeld}</td>
                    <td>{r.fillRate === null ? mb.noFigure : mb.fill(r.fillRate, r.seatsBooked, r.seatsOffered)}</td>
                    <td>{r.noShowRate === null ? mb.noMark : mb.noShow(r.noShowRate, r.noShows, r.attended + r.noShows)}</td>
                    <td>{r.upcomingSessions ? mb.upcoming(r.upcomingSessions, r.upcomingSeatsBooked, r.upcomingSeatsOffered, r.waitlisted) : mb.noUpcoming}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
