/**
 * A booking's status in plain words (booking page), and the tone of its notice. Pure: unit-tested.
 * The tone only colours the notice: the words always say the status.
 */

export interface StatusFacts {
  status: string;
  waitlistPosition?: number | null;
  cancelledBy?: string | null;
  promotedAt?: string | null;
}

export interface StatusWords {
  statusConfirmed: string;
  statusPromoted: string;
  statusWaitlisted: (position: number | null | undefined) => string;
  statusCancelledByYouth: string;
  statusCancelledByOrganisation: string;
  statusAttended: string;
  statusNoShow: string;
}

export function bookingStatusText(booking: StatusFacts, words: StatusWords): string {
  switch (booking.status) {
    case 'CONFIRMED':
      return booking.promotedAt ? words.statusPromoted : words.statusConfirmed;
    case 'WAITLISTED':
      return words.statusWaitlisted(booking.waitlistPosition);
    case 'CANCELLED':
      return booking.cancelledBy === 'ORGANISATION' ? words.statusCancelledByOrganisation : words.statusCancelledByYouth;
    case 'ATTENDED':
      return words.statusAttended;
    case 'NO_SHOW':
      return words.statusNoShow;
    default:
      return booking.status;
  }
}

export function bookingStatusTone(status: string): 'success' | 'info' | 'warning' {
  if (status === 'CONFIRMED' || status === 'ATTENDED') return 'success';
  if (status === 'WAITLISTED') return 'info';
  return 'warning';
}

/** CONFIRMED or WAITLISTED: the booking still holds (or waits for) a seat. */
export function isActive(status: string): boolean {
  return status === 'CONFIRMED' || status === 'WAITLISTED';
}
