import type { EntityManager } from '@mikro-orm/core';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { requirePermission, requireViewer, type Viewer } from '../accounts/authorization.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { FRANCE_TIME_ZONE, type Clock } from '../shared/clock.js';
import { displayPhone } from '../shared/contact-details.js';
import { toCsv } from '../shared/csv.js';
import { DomainError } from '../shared/domain-error.js';
import { parseId } from '../shared/pagination.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { Booking, SEAT_STATUSES, type BookingStatus } from './booking.entity.js';
import { attendanceNotASeat, attendanceTooEarly, sessionCancelled, sessionNotFound } from './booking-errors.js';
import { offerBookingFigures, type OfferBookingFigures } from './booking-stats.js';
import type { DownloadFile } from './booking.service.js';

/** One line of a session's attendance list. Contact details are null once erased (retention). */
export interface AttendanceLine {
  booking: Booking;
  /** 1..n, for WAITLISTED bookings. */
  waitlistPosition: number | null;
}

export interface Attendance {
  session: WorkshopSession;
  /** Seat holders (confirmed, attended, no-show) by first name, then the waitlist in order; cancellations left out. */
  lines: AttendanceLine[];
  cancelledCount: number;
}

export const STATUS_LABELS: Record<BookingStatus, string> = {
  CONFIRMED: 'Inscrit·e',
  ATTENDED: 'Présent·e',
  NO_SHOW: 'Absent·e',
  WAITLISTED: 'Liste d’attente',
  CANCELLED: 'Annulé',
};

/**
 * The organisation's side of bookings (`bookings.manage`): attendance list per session,
 * attended / no-show, CSV export, fill and no-show rates per offer.
 */
export class AttendanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
  ) {}

  async attendance(viewer: Viewer | null, rawSessionId: string): Promise<Attendance> {
    const session = await this.loadSession(viewer, rawSessionId);
    const bookings = await this.em.find(Booking, { session: session.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const seats = bookings
      .filter((booking) => (SEAT_STATUSES as readonly string[]).includes(booking.status))
      .sort((a, b) => (a.firstName ?? '').localeCompare(b.firstName ?? '', 'fr'));
    const waitlist = bookings.filter((booking) => booking.status === 'WAITLISTED').sort((a, b) => (a.queueNumber ?? 0) - (b.queueNumber ?? 0));
    return {
      session,
      lines: [...seats.map((booking) => ({ booking, waitlistPosition: null })), ...waitlist.map((booking, index) => ({ booking, waitlistPosition: index + 1 }))],
      cancelledCount: bookings.filter((booking) => booking.status === 'CANCELLED').length,
    };
  }

  /** ATTENDED or NO_SHOW, once the session has started; a mark can be corrected. */
  async markAttendance(viewer: Viewer | null, rawBookingId: string, attended: boolean): Promise<Booking> {
    const booking = await this.em.findOne(Booking, { id: parseId('bookingId', rawBookingId) }, { populate: ['session.venue', 'session.offer.organisation.venues'] });
    if (!booking) {
      requireViewer(viewer);
      throw new DomainError('NOT_FOUND', 'Cette réservation n’existe pas.', 'bookingId');
    }
    requirePermission(viewer, 'bookings.manage', organisationScope(booking.session.offer.organisation, this.geo));
    if (booking.session.status === 'CANCELLED') throw sessionCancelled('bookingId');
    if (this.clock().getTime() < booking.session.startsAt.getTime()) throw attendanceTooEarly();
    if (!(SEAT_STATUSES as readonly string[]).includes(booking.status)) throw attendanceNotASeat();
    booking.status = attended ? 'ATTENDED' : 'NO_SHOW';
    booking.attendanceMarkedAt = this.clock();
    await this.em.flush();
    return booking;
  }

  /** The attendance list as a CSV file for French spreadsheets. */
  async attendanceCsv(viewer: Viewer | null, rawSessionId: string): Promise<DownloadFile> {
    const { session, lines } = await this.attendance(viewer, rawSessionId);
    const rows = lines.map(({ booking, waitlistPosition }) => [
      booking.firstName,
      booking.email,
      booking.phone ? displayPhone(booking.phone) : null,
      STATUS_LABELS[booking.status],
      waitlistPosition,
      parisText(booking.createdAt, 'dd/MM/yyyy HH:mm'),
    ]);
    const text = toCsv(['Prénom', 'E-mail', 'Téléphone', 'Statut', 'Position en liste d’attente', 'Réservé le'], rows);
    return { filename: `presences-${parisText(session.startsAt, 'yyyy-MM-dd-HH-mm')}.csv`, contentType: 'text/csv; charset=utf-8', text };
  }

  /** Per offer of the organisation with sessions: fill rate and no-show rate of the sessions held, and what is booked ahead. */
  async offerStats(viewer: Viewer | null, rawOrganisationId: string): Promise<OfferBookingFigures[]> {
    const organisation = await this.em.findOne(Organisation, { id: parseId('organisationId', rawOrganisationId) }, { populate: ['venues'] });
    if (!organisation) {
      requireViewer(viewer);
      throw new DomainError('NOT_FOUND', 'Cette organisation n’existe pas.', 'organisationId');
    }
    requirePermission(viewer, 'bookings.manage', organisationScope(organisation, this.geo));
    return offerBookingFigures(this.em, organisation.id, this.clock());
  }

  private async loadSession(viewer: Viewer | null, rawSessionId: string): Promise<WorkshopSession> {
    const session = await this.em.findOne(WorkshopSession, { id: parseId('sessionId', rawSessionId) }, { populate: ['venue', 'offer.organisation.venues'] });
    if (!session) {
      requireViewer(viewer);
      throw sessionNotFound('sessionId');
    }
    requirePermission(viewer, 'bookings.manage', organisationScope(session.offer.organisation, this.geo));
    return session;
  }
}

function parisText(instant: Date, pattern: string): string {
  return format(new TZDate(instant, FRANCE_TIME_ZONE), pattern);
}
