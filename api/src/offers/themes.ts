import { THEME_CODES, type ThemeCode } from '@balise/seeds/catalogue-types';

/** French labels shown to youths, in the order of the home screen. */
export const THEME_LABELS: Record<ThemeCode, string> = {
  HEALTH: 'Santé',
  HOUSING: 'Logement',
  MOBILITY: 'Se déplacer',
  INTERNATIONAL_MOBILITY: 'Partir à l’étranger',
  CIVIC_ENGAGEMENT: 'S’engager',
  EMPLOYMENT: 'Emploi',
  TRAINING: 'Formation et orientation',
  DAILY_LIFE: 'Vie quotidienne',
  CULTURE_SPORT: 'Culture et sport',
};

export const listThemes = () => THEME_CODES.map((code) => ({ code, label: THEME_LABELS[code] }));
