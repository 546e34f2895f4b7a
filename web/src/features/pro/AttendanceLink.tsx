import { Link } from 'react-router';
import { canManageBookings } from './booking-api.js';
import { mb } from './booking-messages.js';
import { formatDateTime, useSession } from './ProPage.js';

/** "Liste de présence" of one session, in the offer's sessions list (for those who may see it). */
export function AttendanceLink({ session, organisationId }: { session: { id: string; startsAt: string }; organisationId: string }) {
  const { me } = useSession();
  if (!canManageBookings(me, organisationId)) return null;
  return (
    <Link to={`/pro/seances/${encodeURIComponent(session.id)}`}>
      {mb.attendance}
      <span className="sr-only"> — {mb.attendanceFor(formatDateTime(session.startsAt))}</span>
    </Link>
  );
}
