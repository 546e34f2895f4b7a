/**
 * The words of a contact request's tracking page (features/contact/TrackingPage.tsx), and the
 * outcomes "Mes démarches" shows too. A catalogue of its own, apart from the form's
 * (`messages.fr.ts`): each page downloads only its words. `tracking.messages.en.ts` has the same shape.
 */
import { featureMessages } from '../../i18n/feature-messages.js';

export const fr = {
  title: 'Suivi de ta demande',
  forOffer: (title: string) => `Demande de rappel pour l’aide : ${title}`,
  statusTitle: 'Où en est ta demande ?',
  status: {
    NEW: 'Ta demande est arrivée.',
    IN_PROGRESS: 'Un·e conseiller·e s’en occupe.',
    CLOSED: 'Ta demande est terminée.',
    CANCELLED: 'Ta demande est annulée.',
    EXPIRED: 'Ta demande a expiré : elle est restée 30 jours sans être terminée.',
  } as Record<string, string>,
  outcomes: {
    REACHED_HELPED: 'Un·e conseiller·e t’a contacté·e et a répondu à ta demande.',
    REORIENTED: 'On t’a orienté·e vers une aide plus adaptée.',
    NO_ANSWER: 'Personne n’a réussi à te joindre, après 3 essais.',
    DECLINED_BY_YOUTH: 'Tu as dit que tu n’en avais plus besoin.',
    NOT_ELIGIBLE: 'Cette aide ne correspondait pas à ta situation. D’autres aides existent sur Balise.',
  } as Record<string, string>,
  transferred: (organisation: string) => `Ta demande a été transmise à ${organisation}, qui peut mieux t’aider.`,
  due: (organisation: string, date: string) => `${organisation} te contacte d’ici le ${date}.`,
  overdue: 'La date promise est passée.',
  orgTitle: 'Qui te contacte ?',
  call: (phone: string) => `Appeler le ${phone}`,
  callHint: 'Tu peux aussi appeler toi-même.',
  reportedContacted: 'Tu as dit avoir été contacté·e. Merci !',
  reportedNotContacted: 'Tu as signalé que personne ne t’a contacté·e : la coordination des aides de ton territoire est prévenue.',
  erased: 'Tes données personnelles sont effacées (prénom, coordonnées, message).',
  actionsTitle: 'Que veux-tu faire ?',
  contacted: 'J’ai été contacté·e',
  contactedHint: 'Dis-le-nous quand quelqu’un t’a appelé·e ou écrit : ça nous aide à vérifier que les promesses sont tenues.',
  contactedDone: 'Merci, c’est noté : tu as été contacté·e.',
  notContacted: 'Je n’ai pas été contacté·e',
  notContactedHint: (organisation: string) =>
    `La date promise est passée. Si ${organisation} ne t’a pas contacté·e, dis-le : nous prévenons la personne qui coordonne les aides de ton territoire, pour qu’elle relance l’organisation.`,
  notContactedLater: (date: string) => `Si personne ne t’a contacté·e d’ici le ${date} au soir, tu pourras le signaler ici.`,
  notContactedDone: 'C’est noté : la coordination des aides de ton territoire est prévenue.',
  cancel: 'Annuler ma demande',
  cancelHint: 'Si tu n’as plus besoin d’être rappelé·e.',
  cancelConfirmTitle: 'Annuler ta demande ?',
  cancelConfirmText: (organisation: string) => `${organisation} ne te contactera pas. Tu pourras refaire une demande plus tard.`,
  cancelConfirm: 'Oui, annuler ma demande',
  cancelKeep: 'Non, garder ma demande',
  cancelDone: 'Ta demande est annulée.',
  erase: 'Effacer mes données',
  eraseHint: 'Ton prénom, tes coordonnées et ton message seront supprimés tout de suite.',
  eraseConfirmTitle: 'Effacer tes données ?',
  eraseConfirmText:
    'L’effacement est immédiat et définitif : ton prénom, tes coordonnées et ton message sont supprimés, personne ne pourra les retrouver. Si ta demande est en cours, elle est annulée. Elle est aussi retirée de Mes démarches sur ce téléphone.',
  eraseConfirm: 'Oui, effacer mes données',
  eraseKeep: 'Non, ne rien effacer',
  eraseDone: 'Tes données sont effacées.',
  notFoundTitle: 'Ce lien de suivi est incomplet ou a expiré',
  notFoundText: 'Vérifie que tu as copié le lien en entier. Les demandes faites sur ce téléphone sont aussi dans Mes démarches.',
  actionFailed: 'Ça n’a pas marché. Vérifie ta connexion, puis réessaie.',
  seeOffer: 'Voir l’aide',
  seeMySteps: 'Voir Mes démarches',
};

export type TrackingMessages = typeof fr;

/** `const m = useTrackingMessages(); m.title` */
export const useTrackingMessages = featureMessages(fr, () => import('./tracking.messages.en.js').then((m) => m.en));
