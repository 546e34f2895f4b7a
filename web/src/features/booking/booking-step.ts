/**
 * A booking in "Mes démarches" (IndexedDB, features/my-steps): the entry written by the
 * confirmation screen or the booking page, and what a fresh `bookingByToken` answer changes in it.
 */
import type { BookingStatus, BookingStep, MyStepPatch } from '../my-steps/my-steps.store.js';

/** The fields of a `BookingReceipt` or `BookingTracking` an entry keeps. */
export interface BookingFacts {
  id: string;
  status: string;
  waitlistPosition?: number | null;
  cancelledBy?: string | null;
  offerId: string;
  offerTitle: string;
  organisationName: string;
  session: { startsAt: string };
}

const STATUSES: readonly string[] = ['CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW'] satisfies BookingStatus[];

/** The Mes démarches entry of a booking the youth just made (or opened with its link). */
export function bookingStep(booking: BookingFacts, token: string, createdAt: string): BookingStep {
  return {
    kind: 'booking',
    id: booking.id,
    token,
    offerId: booking.offerId,
    offerTitle: booking.offerTitle,
    organisationName: booking.organisationName,
    createdAt,
    ...bookingPatch(booking),
    status: STATUSES.includes(booking.status) ? (booking.status as BookingStatus) : 'CONFIRMED',
  } as BookingStep;
}

/**
 * What a fresh answer changes: status, waitlist position (cleared once off the waitlist), who
 * cancelled, the session's start (the organisation may move it). Unknown values are left out.
 */
export function bookingPatch(fresh: {
  status?: string | null;
  waitlistPosition?: number | null;
  cancelledBy?: string | null;
  session?: { startsAt?: string | null } | null;
}): MyStepPatch {
  const patch: MyStepPatch = {};
  if (typeof fresh.status === 'string' && STATUSES.includes(fresh.status)) patch.status = fresh.status as BookingStatus;
  if ('waitlistPosition' in fresh) patch.waitlistPosition = typeof fresh.waitlistPosition === 'number' ? fresh.waitlistPosition : undefined;
  if ('cancelledBy' in fresh) patch.cancelledBy = fresh.cancelledBy === 'YOUTH' || fresh.cancelledBy === 'ORGANISATION' ? fresh.cancelledBy : undefined;
  if (typeof fresh.session?.startsAt === 'string') patch.sessionStartsAt = fresh.session.startsAt;
  return patch;
}

/** Still ahead and active: Mes démarches offers "Annuler ma réservation" (the booking page confirms with the server). */
export function mayCancel(step: Pick<BookingStep, 'status' | 'sessionStartsAt' | 'token'>, now: Date = new Date()): boolean {
  if (!step.token || (step.status !== 'CONFIRMED' && step.status !== 'WAITLISTED')) return false;
  return !step.sessionStartsAt || new Date(step.sessionStartsAt).getTime() > now.getTime();
}
