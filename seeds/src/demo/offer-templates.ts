import type { OfferTemplate } from './model.js';
import { CIVIC_TEMPLATES } from './offer-templates-civic.js';
import { CULTURE_SPORT_TEMPLATES } from './offer-templates-culture-sport.js';
import { DAILY_LIFE_TEMPLATES } from './offer-templates-daily-life.js';
import { EMPLOYMENT_TEMPLATES } from './offer-templates-employment.js';
import { HEALTH_TEMPLATES } from './offer-templates-health.js';
import { HOUSING_TEMPLATES } from './offer-templates-housing.js';
import { INTERNATIONAL_TEMPLATES } from './offer-templates-international.js';
import { MOBILITY_TEMPLATES } from './offer-templates-mobility.js';
import { TRAINING_TEMPLATES } from './offer-templates-training.js';

export const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  ...HEALTH_TEMPLATES,
  ...HOUSING_TEMPLATES,
  ...MOBILITY_TEMPLATES,
  ...INTERNATIONAL_TEMPLATES,
  ...CIVIC_TEMPLATES,
  ...EMPLOYMENT_TEMPLATES,
  ...TRAINING_TEMPLATES,
  ...DAILY_LIFE_TEMPLATES,
  ...CULTURE_SPORT_TEMPLATES,
];
