import { DomainError } from '../shared/domain-error.js';

/**
 * Refusals of the booking rules. Each carries `extensions.reason` so that the app can say more
 * than the code (CONFLICT covers several situations a youth handles differently).
 */
export type BookingRefusal =
  | 'SESSION_CANCELLED'
  | 'SESSION_STARTED'
  | 'NOT_BOOKABLE'
  | 'WAITLIST_FULL'
  | 'ALREADY_BOOKED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'NOT_CANCELLABLE'
  | 'NOT_STARTED'
  | 'NOT_A_SEAT';

const refused = (code: 'CONFLICT' | 'BAD_USER_INPUT', reason: BookingRefusal, message: string, field?: string) =>
  new DomainError(code, message, field, { reason });

export const sessionNotFound = (field = 'input.sessionId') => new DomainError('NOT_FOUND', 'Cette séance n’existe pas.', field);
export const bookingNotFound = (field = 'token') => new DomainError('NOT_FOUND', 'Cette réservation est introuvable : vérifie le lien reçu.', field);

export const sessionCancelled = (field = 'input.sessionId') =>
  refused('CONFLICT', 'SESSION_CANCELLED', 'Cette séance a été annulée par l’organisme : choisis-en une autre.', field);
export const sessionStarted = (field = 'input.sessionId') =>
  refused('CONFLICT', 'SESSION_STARTED', 'Cette séance a déjà commencé : choisis-en une autre.', field);
export const notBookable = (field = 'input.sessionId') =>
  refused('CONFLICT', 'NOT_BOOKABLE', 'Cet atelier ne se réserve pas en ligne : contacte l’organisme.', field);
export const waitlistFull = () =>
  refused('CONFLICT', 'WAITLIST_FULL', 'Cette séance est complète et sa liste d’attente aussi : choisis une autre date.', 'input.sessionId');
export const alreadyBooked = (field: string) =>
  refused('CONFLICT', 'ALREADY_BOOKED', 'Tu as déjà une place (ou une place en liste d’attente) pour cette séance avec ce contact. Retrouve-la dans Mes démarches.', field);
export const idempotencyKeyReused = () =>
  refused('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'Cette clé a déjà servi pour une autre réservation : l’application doit en créer une nouvelle.', 'input.idempotencyKey');
export const tooLateToCancel = () =>
  refused('CONFLICT', 'SESSION_STARTED', 'La séance a commencé : tu ne peux plus annuler en ligne. Préviens l’organisme si tu ne viens pas.', 'token');
export const notCancellable = () => refused('CONFLICT', 'NOT_CANCELLABLE', 'Cette réservation ne peut plus être annulée.', 'token');
export const attendanceTooEarly = () =>
  refused('CONFLICT', 'NOT_STARTED', 'La présence se note une fois la séance commencée.', 'bookingId');
export const attendanceNotASeat = () =>
  refused('CONFLICT', 'NOT_A_SEAT', 'Seules les places confirmées se notent présentes ou absentes (pas la liste d’attente ni les annulations).', 'bookingId');
