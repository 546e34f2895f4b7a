import { displayPhone } from '../shared/contact-details.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { toWorkshopSessionType } from '../workshops/workshop-session.mapper.js';
import type { Attendance, AttendanceLine } from './attendance.service.js';
import { holdsSeat } from './booking-details.js';
import type { BookingView } from './booking.service.js';
import type { AttendanceEntryType, BookingReceiptType, BookingTrackingType, SessionAttendanceType } from './booking.types.js';

function common({ booking, waitlistPosition }: BookingView, geo: GeoDirectory) {
  const { session } = booking;
  return {
    id: booking.id,
    status: booking.status,
    waitlistPosition,
    // The visio link only with a seat: anyone holding it could join.
    session: { ...toWorkshopSessionType(session, geo), onlineUrl: holdsSeat(booking) ? (session.onlineUrl ?? null) : null },
    offerId: session.offer.id,
    offerTitle: session.offer.title,
    organisationName: session.offer.organisation.name,
  };
}

export function toReceipt(view: BookingView, geo: GeoDirectory): BookingReceiptType {
  return { ...common(view, geo), token: view.token! };
}

export function toTracking(view: BookingView, geo: GeoDirectory): BookingTrackingType {
  const { booking } = view;
  return {
    ...common(view, geo),
    firstName: booking.firstName ?? null,
    createdAt: booking.createdAt,
    cancelledAt: booking.cancelledAt ?? null,
    cancelledBy: booking.cancelledBy ?? null,
    promotedAt: booking.promotedAt ?? null,
    cancellable: view.cancellable,
  };
}

export function toAttendanceEntry({ booking, waitlistPosition }: AttendanceLine): AttendanceEntryType {
  return {
    id: booking.id,
    firstName: booking.firstName ?? null,
    email: booking.email ?? null,
    phone: booking.phone ? displayPhone(booking.phone) : null,
    status: booking.status,
    waitlistPosition,
    createdAt: booking.createdAt,
    promotedAt: booking.promotedAt ?? null,
    attendanceMarkedAt: booking.attendanceMarkedAt ?? null,
  };
}

export function toSessionAttendance(attendance: Attendance, geo: GeoDirectory): SessionAttendanceType {
  return {
    session: toWorkshopSessionType(attendance.session, geo),
    offerId: attendance.session.offer.id,
    offerTitle: attendance.session.offer.title,
    entries: attendance.lines.map(toAttendanceEntry),
    cancelledCount: attendance.cancelledCount,
  };
}
