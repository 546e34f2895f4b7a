import type { EntityManager } from '@mikro-orm/core';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { enqueueEmail, type EmailAttachment } from '../notifications/email.js';
import type { Booking } from './booking.entity.js';
import { holdsSeat, placeText, trackingLink, whenText } from './booking-details.js';
import { bookingCalendar, calendarAttachment } from './booking-ics.js';

/** Subjects name no workshop (its title can say much about a youth) and no person. */
export const BOOKING_SUBJECTS = {
  confirmed: 'Ta place à l’atelier est réservée',
  waitlisted: 'Tu es sur la liste d’attente de l’atelier',
  promoted: 'Une place s’est libérée : ta place à l’atelier est réservée',
  cancelled: 'Ta réservation d’atelier est annulée',
  sessionCancelled: 'Atelier annulé par l’organisme',
  sessionChanged: 'Ton atelier change d’horaire ou de lieu',
  reminder: 'Rappel : ton atelier a lieu demain',
} as const;

export interface MailSettings {
  geo: GeoDirectory;
  publicUrl: string;
  /** The clock's now: the calendar file's DTSTAMP. */
  now: Date;
}

/**
 * The youth's emails about a booking, queued in the caller's transaction (outbox). A booking
 * with a phone only gets none: there is no SMS provider yet, the app's tracking page
 * (Mes démarches) shows the same news. Expects the booking's session, venue, offer and
 * organisation loaded. `token` is known only when the youth is the one acting (booking,
 * cancelling): the other emails point to Mes démarches instead of the link.
 */
export class BookingMails {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: MailSettings,
  ) {}

  booked(booking: Booking, token: string, waitlistPosition: number | null): void {
    if (booking.status === 'WAITLISTED') {
      this.send(booking, 'waitlisted', [
        `La séance de l’atelier est complète : tu es n° ${waitlistPosition} sur la liste d’attente.`,
        'Si une place se libère, elle est à toi : on te prévient par e-mail, sans que tu aies rien à faire.',
        ...this.details(booking),
        `Suivre ou annuler ta demande : ${trackingLink(this.settings.publicUrl, token)}`,
      ], false, token);
      return;
    }
    this.send(booking, 'confirmed', [
      'Ta place est réservée.',
      ...this.details(booking),
      'Le fichier joint ajoute l’atelier à ton agenda.',
      `Tu ne peux plus venir ? Annule avant le début pour laisser ta place : ${trackingLink(this.settings.publicUrl, token)}`,
    ], true, token);
  }

  promoted(booking: Booking): void {
    this.send(booking, 'promoted', [
      'Bonne nouvelle : une place s’est libérée et elle est pour toi. Ta place est réservée.',
      ...this.details(booking),
      'Le fichier joint ajoute l’atelier à ton agenda.',
      'Tu ne peux plus venir ? Annule dans Mes démarches sur Balise (ou avec le lien de ton premier e-mail) pour laisser ta place.',
    ], true);
  }

  cancelledByYouth(booking: Booking, token: string): void {
    this.send(booking, 'cancelled', [
      'C’est noté : ta réservation est annulée. Merci d’avoir libéré ta place.',
      ...this.details(booking),
      'Le fichier joint retire l’atelier de ton agenda si tu l’y avais ajouté.',
    ], true, token);
  }

  sessionCancelled(booking: Booking, hadSeat: boolean): void {
    this.send(booking, 'sessionCancelled', [
      `L’organisme a annulé cette séance : ta ${hadSeat ? 'réservation' : 'place en liste d’attente'} est annulée.`,
      ...this.details(booking),
      'D’autres dates sont peut-être proposées sur la page de l’atelier, sur Balise.',
    ], hadSeat);
  }

  sessionChanged(booking: Booking): void {
    this.send(booking, 'sessionChanged', [
      'L’organisme a changé l’horaire ou le lieu de ta séance. Voici les nouvelles informations :',
      ...this.details(booking),
      booking.status === 'WAITLISTED' ? 'Tu restes sur la liste d’attente.' : 'Ta place est gardée. Le fichier joint met ton agenda à jour.',
      'Tu ne peux plus venir ? Annule dans Mes démarches sur Balise pour laisser ta place.',
    ], booking.status !== 'WAITLISTED');
  }

  reminder(booking: Booking): void {
    this.send(booking, 'reminder', [
      'Petit rappel : ton atelier a lieu demain.',
      ...this.details(booking),
      'Tu ne peux plus venir ? Annule dans Mes démarches sur Balise pour laisser ta place à quelqu’un sur la liste d’attente.',
    ], true);
  }

  private details(booking: Booking): string[] {
    const { session } = booking;
    return [
      '',
      `Atelier : ${session.offer.title}`,
      `Proposé par : ${session.offer.organisation.name}`,
      `Quand : ${whenText(session)} (heure de Paris)`,
      `Où : ${placeText(session, this.settings.geo, holdsSeat(booking))}`,
      '',
    ];
  }

  private send(booking: Booking, kind: keyof typeof BOOKING_SUBJECTS, lines: string[], withCalendar: boolean, token?: string): void {
    if (!booking.email) return;
    const attachments: EmailAttachment[] = [];
    if (withCalendar) {
      const trackingUrl = token ? trackingLink(this.settings.publicUrl, token) : undefined;
      attachments.push(calendarAttachment(bookingCalendar(booking, this.settings.geo, this.settings.now, trackingUrl)));
    }
    const text = [`Bonjour ${booking.firstName ?? ''},`.replace(' ,', ','), '', ...lines, '', 'L’équipe Balise'].join('\n');
    enqueueEmail(this.em, { to: booking.email, subject: BOOKING_SUBJECTS[kind], text, ...(attachments.length ? { attachments } : {}) });
  }
}
