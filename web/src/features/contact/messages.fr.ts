/**
 * The words of "Être rappelé·e" (features/contact/ContactRequestPage.tsx): the form, its checks,
 * the receipt and the offline queue's screen. Same tone as i18n/fr.ts. They ship with the page's
 * chunk, not in the entry; `messages.en.ts` has the same shape, loaded when the youth reads English.
 * (The message the layout shows once queued requests left is in the core catalogue: `contactQueue`.)
 */
import { featureMessages } from '../../i18n/feature-messages.js';

export const fr = {
  title: 'Être rappelé·e',
  intro: (organisation: string, days: number) =>
    `Laisse tes coordonnées : ${organisation} te recontacte ${days <= 1 ? 'sous 1 jour' : `sous ${days} jours`} pour parler de cette aide avec toi. C’est gratuit.`,
  forOffer: (title: string) => `Pour l’aide : ${title}`,
  requiredNote: 'Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».',
  youTitle: 'Qui es-tu ?',
  firstName: 'Ton prénom',
  firstNameMissing: 'Écris ton prénom.',
  firstNameLetters: 'Écris ton prénom avec des lettres.',
  firstNameTooLong: (max: number) => `Ton prénom : ${max} caractères au plus.`,
  age: 'Ton âge',
  ageHint: 'En chiffres, par exemple 19.',
  ageMissing: 'Écris ton âge, en chiffres.',
  ageNotNumber: 'Écris ton âge en chiffres, par exemple 19.',
  under15: (organisation: string) =>
    `Balise ne peut pas envoyer de demande pour les moins de 15 ans. Demande à un parent ou à un adulte de confiance de contacter ${organisation} avec toi. Nous n’avons rien envoyé.`,
  over30: (organisation: string) => `Balise est fait pour les 15–30 ans, alors nous ne pouvons pas envoyer ta demande. Tu peux contacter ${organisation} directement. Nous n’avons rien envoyé.`,
  offerAges: (min: number, max: number) => `Cette aide est réservée aux ${min}–${max} ans. Nous n’avons rien envoyé : d’autres aides t’attendent sur Balise.`,
  ageStopTitle: 'Nous ne pouvons pas envoyer cette demande',
  callOrganisation: (organisation: string, phone: string) => `Appeler ${organisation} au ${phone}`,
  communeMissing: 'Écris ta commune ou ton code postal, puis choisis-la dans la liste.',
  communeUnknown: 'Nous ne trouvons pas cette commune. Vérifie l’orthographe ou écris ton code postal.',
  communeOffline: 'Sans réseau, nous ne pouvons pas chercher ta commune. Réessaie quand tu auras du réseau.',
  situation: 'Ta situation',
  situationNone: 'Je préfère ne pas dire',
  reachTitle: 'Comment te joindre ?',
  channelLegend: 'Tu préfères être contacté·e…',
  channels: { PHONE_CALL: 'Par un appel', SMS: 'Par SMS', EMAIL: 'Par e-mail' } as Record<'PHONE_CALL' | 'SMS' | 'EMAIL', string>,
  phone: 'Ton numéro de portable',
  phoneHint: 'Par exemple : 06 12 34 56 78.',
  phoneMissing: 'Écris ton numéro de portable pour être appelé·e ou recevoir un SMS.',
  phoneInvalid: 'Ce numéro de portable n’est pas valide. Écris-le par exemple 06 12 34 56 78.',
  email: 'Ton adresse e-mail',
  emailHint: 'Par exemple : prenom@exemple.fr.',
  emailOptionalHint: 'Pour recevoir une confirmation de ta demande. Par exemple : prenom@exemple.fr.',
  emailMissing: 'Écris ton adresse e-mail pour être contacté·e par e-mail.',
  emailInvalid: 'Cette adresse e-mail n’est pas valide. Écris-la par exemple prenom@exemple.fr.',
  momentsLegend: 'Quand es-tu disponible ?',
  momentsHint: 'Coche tous les moments qui te vont.',
  moments: { MORNING: 'Le matin', LUNCH: 'Le midi', AFTERNOON: 'L’après-midi', EVENING: 'En fin de journée', SATURDAY: 'Le samedi' } as Record<
    'MORNING' | 'LUNCH' | 'AFTERNOON' | 'EVENING' | 'SATURDAY',
    string
  >,
  messageTitle: 'Un message pour la personne qui va te contacter',
  message: 'Ton message',
  messageHint: (max: number) => `Par exemple : ce que tu cherches, ce qui presse. ${max} caractères au plus.`,
  messageWarning: 'N’écris rien sur ta santé ni sur ta vie privée (maladie, traitement, religion, vie de famille…). Tu pourras en parler de vive voix si tu le souhaites.',
  messageTooLong: (max: number) => `Ton message : ${max} caractères au plus.`,
  submit: 'Envoyer ma demande',
  sending: 'Envoi de ta demande…',
  summaryTitle: 'Ta demande n’est pas partie',
  summaryFix: 'Corrige ceci, puis envoie-la de nouveau :',
  serverError: 'Un problème est survenu de notre côté. Ta demande n’est pas partie : réessaie dans un instant.',
  notAvailableTitle: 'Cette aide ne propose pas d’être rappelé·e',
  notAvailableText: 'Contacte directement l’organisation :',
  backToOffer: 'Retour à l’aide',
  receiptTitle: (organisation: string, date: string) => `${organisation} te contacte d’ici le ${date}`,
  receiptSent: 'C’est envoyé : ta demande est bien arrivée.',
  receiptEmail: 'Tu vas aussi recevoir une confirmation par e-mail.',
  trackTitle: 'Suivre ta demande',
  trackText: 'Avec ce lien, tu vois où en est ta demande, tu peux dire si on t’a contacté·e, l’annuler ou effacer tes données.',
  trackLink: 'Ouvrir le suivi de ma demande',
  copy: 'Copier le lien',
  copied: 'Le lien est copié.',
  copyFailed: 'Le lien n’a pas pu être copié : sélectionne-le ci-dessus pour le copier.',
  privateLink: 'Ce lien est privé : ne le partage pas. Toute personne qui l’a peut voir ta demande, l’annuler ou effacer tes données.',
  inMySteps: 'Ta demande est aussi gardée dans Mes démarches, sur ce téléphone.',
  seeMySteps: 'Voir Mes démarches',
  queuedTitle: 'Ta demande partira dès que tu auras du réseau',
  queuedText: (organisation: string) =>
    `Tu es hors ligne. Ta demande à ${organisation} est gardée sur ce téléphone : elle sera envoyée toute seule quand la connexion reviendra, pendant que Balise est ouvert.`,
  queuedMySteps: 'Dans Mes démarches, elle est marquée « En attente d’envoi » jusqu’à son départ.',
  notStored: 'Tu es hors ligne et ce téléphone ne peut pas garder ta demande. Réessaie quand tu auras du réseau.',
};

export type ContactMessages = typeof fr;

/** `const m = useContactMessages(); m.title` */
export const useContactMessages = featureMessages(fr, () => import('./messages.en.js').then((m) => m.en));
