/**
 * The information notice shown above the "Être rappelé·e" button, in plain words: who sees the
 * data, why, for how long, how to delete it. Its version is sent with the request and stored
 * with it (and the time), so the API knows which text the youth read: it must be one of the
 * versions the API knows (api/src/contact-requests/contact-notice.ts). Changing the text, in
 * either language, means a new version here and there.
 */
import type { Lang } from '../../i18n/i18n.js';

export const NOTICE_VERSION = '2026-11-contact-v1';

/** What the notice says when the API cannot be asked (offline): the API's default. */
export const DEFAULT_RETENTION_MONTHS = 12;

export interface NoticeText {
  title: string;
  sections: ReadonlyArray<{ heading: string; text: string }>;
  offline: string;
  version: string;
}

export function contactNotice(lang: Lang, organisation: string, retentionMonths: number = DEFAULT_RETENTION_MONTHS): NoticeText {
  return lang === 'en' ? english(organisation, retentionMonths) : french(organisation, retentionMonths);
}

function french(organisation: string, months: number): NoticeText {
  return {
    title: 'Ce que deviennent tes informations',
    sections: [
      {
        heading: 'Qui les voit ?',
        text: `Seulement les conseillers et conseillères de ${organisation}. Si une autre structure peut mieux t’aider, ${organisation} peut lui transmettre ta demande : tu le verras sur ta page de suivi. Balise ne les donne à personne d’autre et ne s’en sert jamais pour de la publicité.`,
      },
      {
        heading: 'Pourquoi ?',
        text: 'Pour te recontacter au sujet de cette aide, de la façon que tu choisis et aux moments qui te vont. Pour rien d’autre.',
      },
      {
        heading: 'Combien de temps ?',
        text: `Le temps de ta demande, puis ${months} mois après sa fin (quand elle est terminée, annulée ou expirée). Ensuite, ton prénom, tes coordonnées et ton message sont effacés. Balise garde seulement des chiffres sans ton nom, comme le nombre de demandes.`,
      },
      {
        heading: 'Comment les effacer ?',
        text: 'Quand tu veux, sur la page de suivi de ta demande (son lien s’affiche après l’envoi et reste dans Mes démarches) : bouton « Effacer mes données ». C’est immédiat.',
      },
    ],
    offline: 'Si tu n’as pas de réseau, ta demande reste sur ce téléphone jusqu’à son envoi.',
    version: `Notice d’information, version ${NOTICE_VERSION}.`,
  };
}

function english(organisation: string, months: number): NoticeText {
  return {
    title: 'What happens to your details',
    sections: [
      {
        heading: 'Who sees them?',
        text: `Only the advisers of ${organisation}. If another organisation can help you better, ${organisation} may pass your request on to them: you will see it on your tracking page. Balise gives them to nobody else and never uses them for advertising.`,
      },
      {
        heading: 'Why?',
        text: 'To contact you about this help, the way you choose and at the times that suit you. Nothing else.',
      },
      {
        heading: 'For how long?',
        text: `While your request is open, then ${months} ${months === 1 ? 'month' : 'months'} after it ends (finished, cancelled or expired). Then your first name, contact details and message are deleted. Balise only keeps figures without your name, such as the number of requests.`,
      },
      {
        heading: 'How to delete them?',
        text: 'Whenever you want, on your request’s tracking page (its link shows after sending and stays in My requests): the “Delete my data” button. It is immediate.',
      },
    ],
    offline: 'If you have no connection, your request stays on this phone until it is sent.',
    version: `Information notice, version ${NOTICE_VERSION}.`,
  };
}
