import type { EntityManager } from '@mikro-orm/core';
import { enqueueEmail } from '../notifications/email.js';
import type { ContactRequest } from './contact-request.entity.js';
import { frenchDayLabel } from './due-date.js';

/**
 * The emails of a contact request. Professionals' emails carry no personal data at all (the
 * youth's details are in the portal, behind sign-in); subjects and URLs never do. Only the
 * youth's own emails name them.
 */
export class ContactRequestEmails {
  constructor(
    private readonly em: EntityManager,
    private readonly publicUrl: string,
  ) {}

  private requestLink(request: ContactRequest): string {
    return `${this.publicUrl}/pro/demandes/${request.id}`;
  }

  private trackingLink(token: string): string {
    return `${this.publicUrl}/suivi/${token}`;
  }

  newRequest(request: ContactRequest, to: readonly string[]): void {
    const due = frenchDayLabel(request.dueAt);
    for (const address of to) {
      enqueueEmail(this.em, {
        to: address,
        subject: `Nouvelle demande de rappel, à traiter d’ici le ${due}`,
        text: [
          'Bonjour,',
          '',
          `Un ou une jeune demande à être rappelé·e au sujet de l’offre « ${request.offer.title} ».`,
          `${request.organisation.name} s’est engagée à le ou la contacter d’ici le ${due}.`,
          '',
          `Ouvrir la demande (connexion à l’espace partenaires) : ${this.requestLink(request)}`,
          '',
          'Les coordonnées du ou de la jeune ne sont pas dans ce courriel : elles sont dans l’espace partenaires.',
          '— Balise',
        ].join('\n'),
      });
    }
  }

  reminder(request: ContactRequest, to: readonly string[]): void {
    const due = frenchDayLabel(request.dueAt);
    for (const address of to) {
      enqueueEmail(this.em, {
        to: address,
        subject: `Rappel : une demande de rappel est à traiter d’ici le ${due}`,
        text: [
          'Bonjour,',
          '',
          `Une demande de rappel pour l’offre « ${request.offer.title} » n’a pas encore eu de premier contact.`,
          `${request.organisation.name} a promis de contacter le ou la jeune d’ici le ${due} (demain soir).`,
          '',
          `Ouvrir la demande : ${this.requestLink(request)}`,
          '— Balise',
        ].join('\n'),
      });
    }
  }

  /** To the territory's coordinators: the promise was not kept (overdue, or the youth says nobody called). */
  promiseBroken(request: ContactRequest, to: readonly string[], reason: 'OVERDUE' | 'YOUTH_NOT_CONTACTED'): void {
    const due = frenchDayLabel(request.dueAt);
    const what =
      reason === 'OVERDUE'
        ? `n’a eu aucun premier contact à la date promise (le ${due})`
        : `a été signalée par le ou la jeune : personne ne l’a contacté·e, alors que la date promise (le ${due}) est passée`;
    for (const address of to) {
      enqueueEmail(this.em, {
        to: address,
        subject: `Demande de rappel en retard : ${request.organisation.name}`,
        text: [
          'Bonjour,',
          '',
          `Une demande de rappel adressée à ${request.organisation.name} (offre « ${request.offer.title} ») ${what}.`,
          `Organisation à relancer : ${request.organisation.name}, ${request.organisation.phone}, ${request.organisation.email}.`,
          '',
          `Référence de la demande : ${request.id}`,
          '— Balise',
        ].join('\n'),
      });
    }
  }

  /** To the youth, when they gave an email. */
  acknowledgement(request: ContactRequest, token: string): void {
    if (!request.email) return;
    enqueueEmail(this.em, {
      to: request.email,
      subject: 'Ta demande de rappel est bien reçue',
      text: [
        `Bonjour ${request.firstName ?? ''},`,
        '',
        `${request.organisation.name} te contacte d’ici le ${frenchDayLabel(request.dueAt)} au sujet de « ${request.offer.title} ».`,
        '',
        `Suivre ta demande, l’annuler ou effacer tes données : ${this.trackingLink(token)}`,
        'Garde ce lien pour toi : il donne accès à ta demande.',
        '— Balise',
      ].join('\n'),
    });
  }

  transferredToYouth(request: ContactRequest): void {
    if (!request.email) return;
    enqueueEmail(this.em, {
      to: request.email,
      subject: 'Ta demande de rappel a été transmise',
      text: [
        `Bonjour ${request.firstName ?? ''},`,
        '',
        `Ta demande a été transmise à ${request.organisation.name}, qui te contacte d’ici le ${frenchDayLabel(request.dueAt)}.`,
        'Tu peux toujours la suivre avec le lien reçu dans le premier courriel, ou dans « Mes démarches » sur Balise.',
        '— Balise',
      ].join('\n'),
    });
  }

  expiredToYouth(request: ContactRequest): void {
    if (!request.email) return;
    enqueueEmail(this.em, {
      to: request.email,
      subject: 'Ta demande de rappel a expiré',
      text: [
        `Bonjour ${request.firstName ?? ''},`,
        '',
        `Ta demande à ${request.organisation.name} au sujet de « ${request.offer.title} » est restée sans suite pendant 30 jours : elle est close.`,
        `Tu peux appeler directement l’organisation au ${request.organisation.phone}, ou refaire une recherche sur Balise : ${this.publicUrl}/`,
        'Nous sommes désolés de ce retard.',
        '— Balise',
      ].join('\n'),
    });
  }
}
