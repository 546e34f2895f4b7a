import type { CatalogueSeed, OfferSeed, VenueSeed } from '../catalogue-types.js';
import { createRandom } from '../random.js';
import type { DemoOrganisation } from './model.js';
import { buildOffer } from './offer-factory.js';
import { OFFER_TEMPLATES } from './offer-templates.js';
import { HAUTS_DE_FRANCE_ORGANISATIONS } from './organisations-hauts-de-france.js';
import { LANDES_ORGANISATIONS } from './organisations-landes.js';
import { LILLE_ORGANISATIONS } from './organisations-lille.js';
import { NOUVELLE_AQUITAINE_ORGANISATIONS } from './organisations-nouvelle-aquitaine.js';
import { PAU_ORGANISATIONS } from './organisations-pau.js';
import { PLACE_NAMES } from './places.js';

const DEMO_SEED = 20_240_915;

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  ...LANDES_ORGANISATIONS,
  ...PAU_ORGANISATIONS,
  ...LILLE_ORGANISATIONS,
  ...HAUTS_DE_FRANCE_ORGANISATIONS,
  ...NOUVELLE_AQUITAINE_ORGANISATIONS,
];

/** The realistic demo catalogue: Landes, Pau & Pays de Nay, Métropole Nord-Ouest, Amiens, Arras, Roubaix-Tourcoing. */
export function buildDemoCatalogue(): CatalogueSeed {
  const rng = createRandom(DEMO_SEED);
  const offers: OfferSeed[] = [];
  for (const { profile, organisation, signature } of DEMO_ORGANISATIONS) {
    const titles = new Set<string>();
    for (const template of OFFER_TEMPLATES) {
      const chosen = signature.includes(template.id) || (template.profiles.includes(profile) && rng.next() < template.share);
      if (!chosen) continue;
      const groups: VenueSeed[][] =
        template.onSite && template.perVenue ? organisation.venues.map((v) => [v]) : [organisation.venues];
      for (const venues of groups) {
        const seat = venues[0] ?? organisation.venues[0];
        const town = seat ? (PLACE_NAMES.get(seat.communeCode) ?? '') : '';
        const suffix = template.perVenue && venues.length === 1 ? `--${venues[0]?.key}` : '';
        const offer = buildOffer({ key: `${organisation.key}--${template.id}${suffix}`, template, organisation, venues, town, rng });
        if (titles.has(offer.title)) continue;
        titles.add(offer.title);
        offers.push(offer);
      }
    }
  }
  return {
    organisations: DEMO_ORGANISATIONS.map((d) => structuredClone(d.organisation)),
    offers,
  };
}
