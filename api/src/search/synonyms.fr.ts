/**
 * The words youths type, mapped to the words offers use. Each group is a set of
 * equivalent words or phrases (lower case, accents allowed: engines fold them).
 * Keep groups small and unambiguous; add a conformance scenario when you add a group.
 */
export const FRENCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['logement', 'appartement', 'appart', 'apart', 'studio', 'hébergement', 'loyer', 'coloc', 'colocation'],
  ['psychologue', 'psy', 'psychologique', 'écoute', 'mal-être'],
  ['permis', 'permis de conduire', 'code de la route', 'auto-école', 'conduite'],
  ['emploi', 'travail', 'job', 'taf', 'boulot', 'taff', 'embauche'],
  ['étranger', 'international', 'erasmus', 'europe', 'abroad'],
  ['argent', 'sous', 'thunes', 'aide financière', 'allocation', 'financement', 'fric'],
  ['santé', 'médecin', 'soins', 'docteur', 'bilan de santé'],
  ['formation', 'apprendre', 'diplôme', 'qualification'],
  ['alternance', 'apprentissage', 'contrat pro'],
  ['cv', 'curriculum vitae', 'lettre de motivation', 'candidature'],
  ['stage', 'immersion', 'pmsmp'],
  ['bénévolat', 'volontariat', 'engagement', 'service civique'],
  ['transport', 'bus', 'vélo', 'scooter', 'mobilité'],
  ['manger', 'alimentaire', 'repas', 'nourriture', 'colis'],
  ['sport', 'pass sport', 'club'],
  ['orientation', 'métier', 'projet professionnel', 'avenir'],
  ['contraception', 'sexualité', 'planning familial', 'ist', 'dépistage'],
  ['addiction', 'drogue', 'alcool', 'cannabis', 'tabac'],
];
