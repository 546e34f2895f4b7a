import type { CatalogueSeed, OfferSeed, OrganisationSeed, ThemeCode, VenueSeed } from '../catalogue-types.js';
import { coverage, fill, type OfferTemplate, type Profile } from '../demo/model.js';
import { buildOffer } from '../demo/offer-factory.js';
import { OFFER_TEMPLATES } from '../demo/offer-templates.js';
import { createRandom, deriveSeed, type Random } from '../random.js';
import { departementInfo } from './departements.js';
import { buildNationalOrganisations } from './national-organisations.js';
import { CORE_PROFILES, LOCAL_PROFILES, buildOrganisation, type DepartementInfo, type OrganisationPlan } from './organisations.js';

/** A commune as the generator needs it (e.g. from @etalab/decoupage-administratif). */
export interface NationalCommune {
  code: string;
  name: string;
  departement: string;
  epci: string | null;
  population: number;
}

export interface NationalCatalogueOptions {
  offers: number;
  seed?: number;
  communes: NationalCommune[];
}

/** Realistic proportions of a national catalogue: employment and training first. */
export const THEME_WEIGHTS: Record<ThemeCode, number> = {
  EMPLOYMENT: 24,
  TRAINING: 18,
  HEALTH: 12,
  HOUSING: 10,
  DAILY_LIFE: 10,
  MOBILITY: 9,
  CULTURE_SPORT: 7,
  CIVIC_ENGAGEMENT: 6,
  INTERNATIONAL_MOBILITY: 4,
};

/** Offers per organisation the generator aims for; bigger départements get more local structures. */
const OFFERS_PER_ORGANISATION = 8;
/** Towns of a département that host venues. */
const SEAT_TOWNS = 60;
/** About one national offer per thousand, at most this many. */
const MAX_NATIONAL_OFFERS = 40;

/**
 * Generates a synthetic national catalogue of exactly `offers` offers, one batch per
 * département (organisations with their offers), plus a first batch of national services.
 * Only the current batch is held in memory; the same seed gives the same catalogue.
 */
export function* generateNationalCatalogue(options: NationalCatalogueOptions): Generator<CatalogueSeed> {
  const seed = options.seed ?? 1;
  const byDepartement = groupByDepartement(options.communes);
  const codes = [...byDepartement.keys()].sort();
  if (codes.length === 0 || options.offers <= 0) return;

  const nationalTarget = Math.min(MAX_NATIONAL_OFFERS, Math.floor(options.offers / 1000));
  const seat = options.communes.reduce((best, c) => (byPopulation(c, best) < 0 ? c : best));
  const national = nationalTarget > 0 ? buildNationalOrganisations(nationalTarget, seat, createRandom(deriveSeed(seed, 'national'))) : undefined;
  const quotas = apportion(
    options.offers - (national?.offers.length ?? 0),
    codes.map((code) => (byDepartement.get(code) ?? []).reduce((sum, c) => sum + c.population, 0)),
  );
  if (national) yield national;
  for (const [i, code] of codes.entries()) {
    const quota = quotas[i] ?? 0;
    if (quota === 0) continue;
    const communes = byDepartement.get(code) ?? [];
    yield buildDepartement(departementInfo(code), communes, quota, createRandom(deriveSeed(seed, code)));
  }
}

function byPopulation(a: NationalCommune, b: NationalCommune): number {
  return b.population - a.population || a.code.localeCompare(b.code);
}

function groupByDepartement(communes: NationalCommune[]): Map<string, NationalCommune[]> {
  const map = new Map<string, NationalCommune[]>();
  for (const commune of communes) {
    const list = map.get(commune.departement);
    if (list) list.push(commune);
    else map.set(commune.departement, [commune]);
  }
  for (const list of map.values()) list.sort(byPopulation);
  return map;
}

/** Splits `total` proportionally to `weights` (largest remainder), summing exactly to `total`. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (sum === 0) return weights.map((_, i) => (i < total ? Math.floor(total / weights.length) + (i < total % weights.length ? 1 : 0) : 0));
  const exact = weights.map((w) => (Math.max(0, w) / sum) * total);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left--;
  }
  return result;
}

const THEMES = Object.keys(THEME_WEIGHTS) as ThemeCode[];

function pickTheme(rng: Random, exhausted: ReadonlySet<ThemeCode>): ThemeCode | undefined {
  const open = THEMES.filter((t) => !exhausted.has(t));
  let x = rng.next() * open.reduce((sum, t) => sum + THEME_WEIGHTS[t], 0);
  for (const theme of open) {
    x -= THEME_WEIGHTS[theme];
    if (x < 0) return theme;
  }
  return open[open.length - 1];
}

function templatesFor(profile: Profile, theme: ThemeCode): OfferTemplate[] {
  return OFFER_TEMPLATES.filter((t) => t.theme === theme && t.profiles.includes(profile));
}

/** Roughly one Mission Locale per 150,000 inhabitants, each with antennas in a few towns. */
const INHABITANTS_PER_MISSION_LOCALE = 150_000;

function planOrganisations(dep: DepartementInfo, communes: NationalCommune[], quota: number, rng: Random): OrganisationPlan[] {
  const towns = communes.slice(0, SEAT_TOWNS);
  const biggest = towns.slice(0, 4);
  const slug = dep.code.toLowerCase();
  const plans: OrganisationPlan[] = CORE_PROFILES.filter((p) => p !== 'mission-locale').map((profile) => ({
    key: `nat-${slug}-${profile}`,
    profile,
    core: true,
    // Département-wide structures keep antennas in the biggest towns.
    towns: biggest.slice(0, rng.int(1, Math.max(1, biggest.length - 1))),
  }));

  const population = communes.reduce((sum, c) => sum + c.population, 0);
  const missionLocales = Math.max(1, Math.min(towns.length, Math.round(population / INHABITANTS_PER_MISSION_LOCALE)));
  for (let m = 0; m < missionLocales; m++) {
    const own = towns.filter((_, i) => i % missionLocales === m).slice(0, 4);
    plans.push({ key: `nat-${slug}-mission-locale-${m + 1}`, profile: 'mission-locale', core: missionLocales === 1, towns: own });
  }
  if (towns.length > 2 && rng.next() < 0.25) {
    plans.push({ key: `nat-${slug}-epide`, profile: 'epide', core: true, towns: [towns[rng.int(1, towns.length - 1)] as NationalCommune] });
  }
  // Local structures (PIJ, agencies, employers…) grow with the offers, even in a small département.
  const extra = Math.max(Math.ceil(quota / 12), Math.ceil(quota / OFFERS_PER_ORGANISATION) - plans.length);
  for (let i = 0; i < extra; i++) {
    const profile = LOCAL_PROFILES[i % LOCAL_PROFILES.length] as Profile;
    const seat = towns[(1 + i) % towns.length] as NationalCommune;
    plans.push({ key: `nat-${slug}-${profile}-${i + 1}`, profile, core: false, towns: [seat] });
  }
  return plans;
}

interface Slot {
  template: OfferTemplate;
  venues: VenueSeed[];
  town: string;
  title: string;
}

interface Holder {
  plan: OrganisationPlan;
  organisation: OrganisationSeed;
  titles: Set<string>;
  offers: number;
  slots: Map<ThemeCode, Slot[]>;
}

/**
 * The distinct offers an organisation can still publish in a theme, most typical first:
 * a weighted random order (Efraimidis–Spirakis) on the templates' shares.
 */
function slotsFor(holder: Holder, theme: ThemeCode, names: Map<string, string>, rng: Random): Slot[] {
  let slots = holder.slots.get(theme);
  if (slots) return slots;
  const { organisation } = holder;
  const ranked = templatesFor(holder.plan.profile, theme)
    .map((template) => ({ template, rank: Math.pow(rng.next(), 1 / template.share) }))
    .sort((a, b) => b.rank - a.rank);
  slots = [];
  for (const { template } of ranked) {
    const groups = template.onSite && template.perVenue ? organisation.venues.map((v) => [v]) : [organisation.venues];
    for (const venues of groups) {
      const seat = venues[0] ?? organisation.venues[0];
      const town = seat ? (names.get(seat.communeCode) ?? '') : '';
      slots.push({ template, venues, town, title: fill(template.title, { town, org: organisation.name }) });
    }
  }
  holder.slots.set(theme, slots);
  return slots;
}

function nextSlot(holder: Holder, theme: ThemeCode, names: Map<string, string>, rng: Random): Slot | undefined {
  const slots = slotsFor(holder, theme, names, rng);
  while (slots.length > 0) {
    const slot = slots.shift() as Slot;
    if (!holder.titles.has(slot.title)) return slot;
  }
  return undefined;
}

function buildDepartement(dep: DepartementInfo, communes: NationalCommune[], quota: number, rng: Random): CatalogueSeed {
  const names = new Map(communes.slice(0, SEAT_TOWNS).map((c) => [c.code, c.name]));
  const holders: Holder[] = planOrganisations(dep, communes, quota, rng).map((plan) => ({
    plan,
    organisation: buildOrganisation(plan, dep, rng),
    titles: new Set<string>(),
    offers: 0,
    slots: new Map(),
  }));
  // An organisation comes up in proportion to what it can offer in the theme (a Mission Locale more than a CAF).
  const candidates = new Map<ThemeCode, Holder[]>(
    THEMES.map((theme) => [
      theme,
      rng.shuffle(
        holders.flatMap((h) => Array.from({ length: Math.min(4, templatesFor(h.plan.profile, theme).length) }, () => h)),
      ),
    ]),
  );
  const cursors = new Map<ThemeCode, number>(THEMES.map((theme) => [theme, rng.int(0, 1000)]));

  const offers: OfferSeed[] = [];
  // A theme whose organisations have published every distinct offer they can is closed for the
  // rest of the département; the others absorb its share.
  const exhausted = new Set<ThemeCode>();
  for (let i = 0; i < quota; i++) {
    let holder: Holder | undefined;
    let slot: Slot | undefined;
    let theme = pickTheme(rng, exhausted);
    while (theme && !slot) {
      const list = candidates.get(theme) ?? [];
      // Round robin over the organisations able to carry the theme, skipping those with nothing new to offer.
      for (let tries = 0; tries < list.length && !slot; tries++) {
        const cursor = cursors.get(theme) ?? 0;
        cursors.set(theme, cursor + 1);
        holder = list[cursor % list.length];
        if (holder) slot = nextSlot(holder, theme, names, rng);
      }
      if (!slot) {
        exhausted.add(theme);
        theme = pickTheme(rng, exhausted);
      }
    }
    holder ??= rng.pick(holders);
    if (!slot) {
      // Every distinct offer of every theme is taken: repeat one, told apart by a number.
      const profile = holder.plan.profile;
      const template = rng.pick(OFFER_TEMPLATES.filter((t) => t.profiles.includes(profile)));
      const venues = holder.organisation.venues;
      const town = names.get(venues[0]?.communeCode ?? '') ?? '';
      const base = fill(template.title, { town, org: holder.organisation.name });
      slot = { template, venues, town, title: `${base} (${holder.offers + 1})` };
    }
    const { organisation } = holder;
    const seat = slot.venues[0];
    const local = slot.template.onSite && holder.plan.core && seat !== undefined && rng.next() < 0.1;
    const offer = buildOffer({
      key: `${organisation.key}--${holder.offers + 1}`,
      template: slot.template,
      organisation,
      venues: slot.venues,
      town: slot.town,
      rng,
      ...(local && seat ? { coverage: coverage({ communes: [seat.communeCode] }) } : {}),
    });
    offer.title = slot.title;
    holder.titles.add(offer.title);
    holder.offers++;
    offers.push(offer);
  }
  return { organisations: holders.filter((h) => h.offers > 0).map((h) => h.organisation), offers };
}
