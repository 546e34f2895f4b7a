/**
 * The words of the accessibility statement (AccessibilityPage.tsx). They ship with its lazy page,
 * not in the entry; `messages.en.ts` has the same shape, loaded when the youth reads English.
 */
import { featureMessages } from '../../i18n/feature-messages.js';

export const fr = {
  title: 'Déclaration d’accessibilité',
  intro: 'Balise s’engage à rendre son service accessible à toutes et à tous, conformément à l’article 47 de la loi du 11 février 2005.',
  scopeTitle: 'Ce que couvre cette déclaration',
  scope: 'Cette déclaration concerne les pages pour les jeunes : accueil, résultats, pages des aides, demande de rappel et son suivi, Mes démarches et cette page.',
  statusTitle: 'État de conformité',
  status: 'Balise est partiellement conforme au Référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, car un audit complet n’a pas encore été fait.',
  testsTitle: 'Ce que nous avons vérifié',
  tests: [
    'Toutes les pages se parcourent au clavier seul, avec un focus visible.',
    'Les pages ont des titres, des zones (en-tête, contenu, pied de page) et un lien pour aller au contenu.',
    'Les champs ont une étiquette ; les erreurs sont annoncées et reliées à leur champ.',
    'Les résultats et les erreurs sont annoncés aux lecteurs d’écran.',
    'Les pages restent lisibles avec un zoom à 200 % et sur un écran de 320 pixels de large.',
    'Les animations sont coupées quand ton téléphone le demande.',
    'Les couleurs du texte sont assez contrastées.',
    'Un outil automatique (axe) ne trouve aucune erreur sur les pages pour les jeunes.',
  ],
  limitsTitle: 'Limites connues',
  limits: [
    'Les descriptions des aides sont écrites par les partenaires : certaines peuvent être longues ou difficiles à lire.',
    'L’espace partenaires n’est pas encore couvert par cette déclaration.',
  ],
  envTitle: 'Environnement de test',
  env: 'Chromium avec les outils d’accessibilité, navigation au clavier, lecteurs d’écran NVDA et TalkBack.',
  contactTitle: 'Nous signaler un problème',
  contact: 'Si tu n’arrives pas à utiliser une page, écris-nous : nous t’aiderons à trouver l’information autrement.',
  contactEmail: 'accessibilite@balise.example',
  remedyTitle: 'Si tu n’as pas de réponse',
  remedy: 'Tu peux contacter le Défenseur des droits (autorité indépendante qui défend tes droits) : par son formulaire en ligne, ou par courrier gratuit à Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
  remedyLink: 'Formulaire du Défenseur des droits',
  date: 'Déclaration établie le 23 novembre 2026.',
};

export type A11yMessages = typeof fr;

/** `const a = useA11yMessages(); a.title` */
export const useA11yMessages = featureMessages(fr, () => import('./messages.en.js').then((m) => m.en));
