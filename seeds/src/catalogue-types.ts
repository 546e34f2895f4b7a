/**
 * Plain data shapes of a catalogue, independent of the ORM: the demo catalogue and the
 * national generator produce them; api/ persists them.
 */
export const THEME_CODES = [
  'HEALTH',
  'HOUSING',
  'MOBILITY',
  'INTERNATIONAL_MOBILITY',
  'CIVIC_ENGAGEMENT',
  'EMPLOYMENT',
  'TRAINING',
  'DAILY_LIFE',
  'CULTURE_SPORT',
] as const;
export type ThemeCode = (typeof THEME_CODES)[number];

export const OFFER_FORMATS = ['INDIVIDUAL_APPOINTMENT', 'WORKSHOP', 'DROP_IN', 'FINANCIAL_AID', 'ONLINE'] as const;
export type OfferFormat = (typeof OFFER_FORMATS)[number];

export const SITUATIONS = [
  'SCHOOL',
  'HIGHER_EDUCATION',
  'APPRENTICESHIP',
  'TRAINING',
  'EMPLOYED',
  'JOB_SEEKER',
  'NO_ACTIVITY',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const ENGAGEMENT_MODES = ['CONTACT_REQUEST', 'BOOKING', 'EXTERNAL_LINK', 'PHONE'] as const;
export type EngagementMode = (typeof ENGAGEMENT_MODES)[number];

export const ORGANISATION_KINDS = [
  'MISSION_LOCALE',
  'INFO_JEUNES',
  'CPAM',
  'CAF',
  'HABITAT_JEUNES',
  'ADIL',
  'FRANCE_TRAVAIL',
  'ASSOCIATION',
  'LOCAL_AUTHORITY',
  'HEALTH_SERVICE',
  'TRAINING_CENTRE',
  'EMPLOYER',
  'STATE_SERVICE',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Where an offer or an organisation is available. Empty lists + national=false means nowhere. */
export interface CoverageSeed {
  communes: string[]; // INSEE codes
  epcis: string[]; // SIREN codes of EPCI
  departements: string[]; // '40', '64', '2A'…
  national: boolean;
}

export interface VenueSeed {
  key: string; // unique within its organisation
  name: string;
  address: string; // street address, e.g. "12 rue Victor Hugo"
  communeCode: string; // INSEE code of a real commune
  /** Optional precise point; when absent the loader derives one from the commune centre. */
  lat?: number;
  lng?: number;
}

export interface OrganisationSeed {
  key: string; // stable slug, unique across the catalogue, e.g. "ml-landes"
  name: string;
  kind: OrganisationKind;
  description: string;
  email: string; // public contact, fictitious domain (.balise.test or example.org)
  phone: string; // French format, e.g. "05 58 46 00 00"
  website?: string;
  venues: VenueSeed[];
  coverage: CoverageSeed;
  defaultResponseDelayDays: number; // 1..7
}

/** One workshop session, relative to the day the catalogue is loaded (Europe/Paris local time). */
export interface SessionSeed {
  dayOffset: number; // 1..56 days after the load day
  startTime: string; // "HH:MM" local time in Europe/Paris
  durationMinutes: number;
  capacity: number; // 8..15
  venueKey?: string; // one of the organisation's venues; absent when online
  onlineUrl?: string;
}

export interface OfferSeed {
  key: string; // stable slug, unique across the catalogue
  organisationKey: string;
  title: string; // plain-language French
  summary: string; // one or two short sentences, plain French
  description: string; // a few paragraphs of plain text (no HTML)
  theme: ThemeCode;
  category: string; // finer label in French, e.g. "Permis de conduire"
  format: OfferFormat;
  ageMin: number; // 15..30
  ageMax: number; // ageMin..30
  situations: Situation[]; // empty = every situation
  conditions?: string; // free-text eligibility in plain French
  coverage?: CoverageSeed; // defaults to the organisation's coverage
  venueKeys: string[]; // subset of the organisation's venue keys; may be empty for remote-only offers
  remote: boolean; // can be followed online / by phone
  cost: string; // "Gratuit", "Reste à charge : 20 €"…
  validFrom?: string; // ISO date (YYYY-MM-DD); absent = always
  validUntil?: string;
  responseDelayDays: number; // 1..7
  engagement: EngagementMode[]; // at least one
  externalUrl?: string; // required when engagement has EXTERNAL_LINK
  phone?: string; // required when engagement has PHONE
  sessions?: SessionSeed[]; // workshops only (format WORKSHOP with BOOKING)
}

export interface CatalogueSeed {
  organisations: OrganisationSeed[];
  offers: OfferSeed[];
}
