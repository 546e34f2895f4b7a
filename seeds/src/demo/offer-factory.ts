import type { CoverageSeed, OfferSeed, OrganisationSeed, SessionSeed, VenueSeed } from '../catalogue-types.js';
import type { Random } from '../random.js';
import { fill, type OfferTemplate, type SessionRhythm, type WorkshopPlan } from './model.js';

/** Sessions are planned over the coming eight weeks. */
export const SESSION_HORIZON_DAYS = 56;

const STEPS: Record<SessionRhythm, number[]> = {
  'twice-weekly': [3, 4],
  weekly: [7],
  biweekly: [14],
  monthly: [28],
};

export function onlineUrl(offerKey: string): string {
  return `https://visio.balise.test/${offerKey}`;
}

export function buildSessions(plan: WorkshopPlan, venueKeys: string[], offerKey: string, rng: Random): SessionSeed[] {
  const steps = STEPS[plan.rhythm];
  const capacity = rng.int(plan.capacity[0], plan.capacity[1]);
  const startTime = rng.pick(plan.startTimes);
  const mode = venueKeys.length === 0 ? 'online' : (plan.mode ?? 'on-site');
  const sessions: SessionSeed[] = [];
  // A monthly workshop starts within two weeks so that at least two sessions fall in the horizon.
  let day = rng.int(1, Math.min(steps[0] ?? 7, 14));
  for (let i = 0; day <= SESSION_HORIZON_DAYS; i++) {
    const online = mode === 'online' || (mode === 'hybrid' && i % 2 === 1);
    const session: SessionSeed = { dayOffset: day, startTime, durationMinutes: plan.durationMinutes, capacity };
    if (online) session.onlineUrl = onlineUrl(offerKey);
    else session.venueKey = venueKeys[i % venueKeys.length] as string;
    sessions.push(session);
    day += steps[i % steps.length] ?? 7;
  }
  return sessions;
}

export interface OfferBuildInput {
  key: string;
  template: OfferTemplate;
  organisation: OrganisationSeed;
  venues: VenueSeed[];
  /** Name of the town the offer is attached to (its first venue, or the organisation's seat). */
  town: string;
  rng: Random;
  coverage?: CoverageSeed;
}

export function buildOffer({ key, template: t, organisation, venues, town, rng, coverage }: OfferBuildInput): OfferSeed {
  const vars = { town, org: organisation.name };
  const venueKeys = t.onSite ? venues.map((v) => v.key) : [];
  const offer: OfferSeed = {
    key,
    organisationKey: organisation.key,
    title: fill(t.title, vars),
    summary: fill(t.summary, vars),
    description: t.description.map((p) => fill(p, vars)).join('\n\n'),
    theme: t.theme,
    category: t.category,
    format: t.format,
    ageMin: t.ageMin,
    ageMax: t.ageMax,
    situations: [...t.situations],
    venueKeys,
    remote: t.remote || venueKeys.length === 0,
    cost: t.cost,
    responseDelayDays: clampDelay((t.responseDelayDays ?? organisation.defaultResponseDelayDays) + rng.int(-1, 1)),
    engagement: [...t.engagement],
  };
  if (t.conditions) offer.conditions = t.conditions;
  if (coverage) offer.coverage = coverage;
  if (t.engagement.includes('EXTERNAL_LINK')) {
    offer.externalUrl = `https://www.${organisation.key}.balise.test/${t.linkPath ?? t.id}`;
  }
  if (t.engagement.includes('PHONE')) offer.phone = organisation.phone;
  if (t.workshop) offer.sessions = buildSessions(t.workshop, venueKeys, key, rng);
  return offer;
}

function clampDelay(days: number): number {
  return Math.min(7, Math.max(1, days));
}
