/**
 * The portal's booking calls (attendance lists, attendance marks, CSV export, fill and no-show
 * rates): plain strings like api.ts, so they stay in the lazy pro chunk.
 */
import type { Me } from './api.js';

export type BookingStatus = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW';

export interface AttendanceEntry {
  id: string;
  firstName: string | null;
  email: string | null;
  phone: string | null;
  status: BookingStatus;
  waitlistPosition: number | null;
  createdAt: string;
  promotedAt: string | null;
  attendanceMarkedAt: string | null;
}

export interface AttendanceSession {
  id: string;
  startsAt: string;
  endsAt: string;
  status: 'SCHEDULED' | 'CANCELLED';
  capacity: number;
  seatsLeft: number;
  waitlistLength: number;
  onlineUrl: string | null;
  venue: { id: string; name: string; address: string; commune: { code: string; name: string } } | null;
}

export interface SessionAttendance {
  offerId: string;
  offerTitle: string;
  cancelledCount: number;
  session: AttendanceSession;
  entries: AttendanceEntry[];
}

export interface OfferBookingStats {
  offerId: string;
  title: string;
  sessionsHeld: number;
  seatsOffered: number;
  seatsBooked: number;
  fillRate: number | null;
  attended: number;
  noShows: number;
  noShowRate: number | null;
  upcomingSessions: number;
  upcomingSeatsOffered: number;
  upcomingSeatsBooked: number;
  waitlisted: number;
}

export interface DownloadFile {
  filename: string;
  contentType: string;
  text: string;
}

const ENTRY = `id firstName email phone status waitlistPosition createdAt promotedAt attendanceMarkedAt`;
export const SESSION_ATTENDANCE = `query ProSessionAttendance($sessionId: ID!) { sessionAttendance(sessionId: $sessionId) {
  offerId offerTitle cancelledCount
  session { id startsAt endsAt status capacity seatsLeft waitlistLength onlineUrl venue { id name address commune { code name } } }
  entries { ${ENTRY} } } }`;
export const ATTENDANCE_CSV = `query ProSessionAttendanceCsv($sessionId: ID!) { sessionAttendanceCsv(sessionId: $sessionId) { filename contentType text } }`;
export const MARK_ATTENDANCE = `mutation ProMarkAttendance($bookingId: ID!, $attended: Boolean!) { markAttendance(bookingId: $bookingId, attended: $attended) { ${ENTRY} } }`;
export const BOOKING_STATS = `query ProOfferBookingStats($organisationId: ID!) { offerBookingStats(organisationId: $organisationId) {
  offerId title sessionsHeld seatsOffered seatsBooked fillRate attended noShows noShowRate upcomingSessions upcomingSeatsOffered upcomingSeatsBooked waitlisted } }`;

/** Who sees attendance lists and booking figures (the API's `bookings.manage`): the organisation's members, and admins. */
export function canManageBookings(me: Me, organisationId: string): boolean {
  return me.memberships.some(
    (ms) => ms.role === 'PLATFORM_ADMIN' || ((ms.role === 'ORG_ADMIN' || ms.role === 'EDITOR' || ms.role === 'COUNSELLOR') && ms.organisation?.id === organisationId),
  );
}

