import type {
  CoverageSeed,
  EngagementMode,
  OfferFormat,
  OrganisationKind,
  OrganisationSeed,
  Situation,
  ThemeCode,
  VenueSeed,
} from '../catalogue-types.js';

/**
 * What a partner does, finer than its kind: an ASSOCIATION may be the Planning Familial or an
 * auto-école sociale. Offer templates name the profiles that carry them; the national generator
 * reuses both.
 */
export const PROFILES = [
  'mission-locale',
  'info-jeunes',
  'cpam',
  'caf',
  'health-centre',
  'habitat-jeunes',
  'adil',
  'france-travail',
  'departement',
  'region',
  'municipality',
  'france-services',
  'planning-familial',
  'youth-health',
  'addiction',
  'international',
  'civic',
  'budget',
  'food-aid',
  'legal-rights',
  'social-driving-school',
  'mobility-platform',
  'job-clothing',
  'erip',
  'e2c',
  'epide',
  'afpa',
  'training-centre',
  'sport-culture',
  'employer',
] as const;
export type Profile = (typeof PROFILES)[number];

export type SessionRhythm = 'twice-weekly' | 'weekly' | 'biweekly' | 'monthly';

export interface WorkshopPlan {
  rhythm: SessionRhythm;
  durationMinutes: number;
  startTimes: string[]; // one is picked per offer
  capacity: [number, number];
  /** 'hybrid': sessions alternate on site and online; 'online': no venue at all. */
  mode?: 'on-site' | 'hybrid' | 'online';
}

export interface OfferTemplate {
  id: string; // slug, unique across all templates
  theme: ThemeCode;
  category: string;
  format: OfferFormat;
  profiles: Profile[];
  /** May contain "{à}" (→ "à Dax", "au Havre") and "{org}". */
  title: string;
  summary: string;
  /** Two to four short paragraphs; "{org}" is replaced by the organisation name. */
  description: string[];
  ageMin: number;
  ageMax: number;
  situations: Situation[];
  conditions?: string;
  cost: string;
  remote: boolean;
  /** false: no venue (online or phone only). */
  onSite: boolean;
  engagement: EngagementMode[];
  /** Path appended to the organisation's fictitious site for EXTERNAL_LINK offers. */
  linkPath?: string;
  /** One offer per venue of the organisation (the title then names the town). */
  perVenue: boolean;
  /** Likelihood that an organisation of a matching profile carries it: 1 = every one of them. */
  share: number;
  responseDelayDays?: number;
  workshop?: WorkshopPlan;
}

export type TemplateInput = Omit<
  OfferTemplate,
  'ageMin' | 'ageMax' | 'situations' | 'cost' | 'remote' | 'onSite' | 'engagement' | 'perVenue' | 'share'
> &
  Partial<Pick<OfferTemplate, 'ageMin' | 'ageMax' | 'situations' | 'cost' | 'remote' | 'onSite' | 'engagement' | 'perVenue' | 'share'>>;

/**
 * Fills the defaults shared by most templates: 16–25, every situation, free, on site, contact request;
 * optional templates are carried by 40 % of the organisations of their profiles, workshops by 8 %.
 */
export function template(input: TemplateInput): OfferTemplate {
  return {
    ageMin: 16,
    ageMax: 25,
    situations: [],
    cost: 'Gratuit',
    remote: false,
    onSite: true,
    engagement: input.workshop ? ['BOOKING', 'CONTACT_REQUEST'] : ['CONTACT_REQUEST'],
    perVenue: false,
    share: input.workshop ? 0.08 : 0.4,
    ...input,
  };
}

export interface DemoOrganisation {
  profile: Profile;
  organisation: OrganisationSeed;
  /** Template ids this organisation always carries: the actions its activity report names. */
  signature: string[];
}

export interface DemoOrganisationInput {
  key: string;
  name: string;
  kind: OrganisationKind;
  profile: Profile;
  description: string;
  phone: string;
  venues: VenueSeed[];
  coverage: CoverageSeed;
  delay: number;
  website?: boolean;
  signature?: string[];
}

export function demoOrganisation(input: DemoOrganisationInput): DemoOrganisation {
  const organisation: OrganisationSeed = {
    key: input.key,
    name: input.name,
    kind: input.kind,
    description: input.description,
    email: `contact@${input.key}.balise.test`,
    phone: input.phone,
    venues: input.venues,
    coverage: input.coverage,
    defaultResponseDelayDays: input.delay,
  };
  if (input.website) organisation.website = `https://www.${input.key}.balise.test`;
  return { profile: input.profile, organisation, signature: input.signature ?? [] };
}

export function coverage(part: Partial<CoverageSeed>): CoverageSeed {
  return { communes: [], epcis: [], departements: [], national: false, ...part };
}

/** "à Dax", "au Havre", "aux Sables-d'Olonne", "à La Madeleine". */
export function atTown(name: string): string {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** "de Dax", "d'Amiens", "du Havre", "des Mureaux". */
export function ofTown(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÉÈÊÂÎÔH]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}

export function fill(text: string, vars: { town: string; org: string }): string {
  return text.replaceAll('{à}', atTown(vars.town)).replaceAll('{org}', vars.org);
}
