import type { GeoDirectory } from '../geo/geo-directory.js';
import { toCsv } from '../shared/csv.js';
import type { ContactRequest } from './contact-request.entity.js';
import { toInboxRequest } from './contact-request.mapper.js';

const STATUS = { NEW: 'Nouvelle', IN_PROGRESS: 'En cours', CLOSED: 'Close', CANCELLED: 'Annulée par le ou la jeune', EXPIRED: 'Expirée' } as const;
export const OUTCOME = {
  REACHED_HELPED: 'Joint·e et accompagné·e',
  REORIENTED: 'Réorienté·e',
  NO_ANSWER: 'Sans réponse après 3 tentatives',
  DECLINED_BY_YOUTH: 'Refus du ou de la jeune',
  NOT_ELIGIBLE: 'Non éligible',
} as const;
const CHANNEL = { PHONE_CALL: 'Appel', SMS: 'SMS', EMAIL: 'E-mail' } as const;
const MOMENT = { MORNING: 'Matin', LUNCH: 'Midi', AFTERNOON: 'Après-midi', EVENING: 'Soir', SATURDAY: 'Samedi' } as const;

const parisTime = (date: Date | null) =>
  date ? date.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }) : '';

/** The inbox as a spreadsheet: the same requests and fields the counsellor sees on screen. */
export function contactRequestsCsv(requests: readonly ContactRequest[], geo: GeoDirectory, now: Date): string {
  const header = [
    'Reçue le', 'À contacter avant', 'En retard', 'Statut', 'Résultat', 'Offre', 'Organisation', 'Prénom', 'Âge', 'Commune',
    'Situation', 'Canal', 'Téléphone', 'E-mail', 'Moments préférés', 'Message', 'Suivie par', 'Premier contact',
  ];
  const rows = requests.map((request) => {
    const shown = toInboxRequest(request, geo, now);
    return [
      parisTime(shown.createdAt), parisTime(shown.dueAt), shown.overdue ? 'oui' : 'non', STATUS[shown.status], shown.outcome ? OUTCOME[shown.outcome] : '',
      shown.offerTitle, shown.organisation.name, shown.firstName, shown.age, `${shown.commune.name} (${shown.commune.code})`,
      shown.situation ?? '', CHANNEL[shown.channel], shown.phone, shown.email, shown.preferredMoments.map((moment) => MOMENT[moment]).join(', '),
      shown.message, shown.assignee?.displayName, parisTime(shown.firstContactAt),
    ];
  });
  return toCsv(header, rows);
}
