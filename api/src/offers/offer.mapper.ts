import type { GeoDirectory } from '../geo/geo-directory.js';
import { toCoverage, toOrganisationType, toVenueType } from '../organisations/organisation.mapper.js';
import type { Offer } from './offer.entity.js';
import type { OfferType } from './offer.types.js';

/** Expects `organisation.venues` and `venues` to be populated. */
export function toOfferType(offer: Offer, geo: GeoDirectory): OfferType {
  return {
    id: offer.id,
    title: offer.title,
    summary: offer.summary,
    description: offer.description,
    theme: offer.theme,
    category: offer.category,
    format: offer.format,
    status: offer.status,
    organisation: toOrganisationType(offer.organisation, geo),
    responseDelayDays: offer.responseDelayDays,
    eligibility: {
      ageMin: offer.ageMin,
      ageMax: offer.ageMax,
      situations: offer.situations as OfferType['eligibility']['situations'],
      conditions: offer.conditions ?? null,
    },
    venues: offer.venues.getItems().map((venue) => toVenueType(venue, geo)),
    remote: offer.remote,
    coverage: toCoverage(offer),
    cost: offer.cost,
    validFrom: offer.validFrom ?? null,
    validUntil: offer.validUntil ?? null,
    engagement: offer.engagement as OfferType['engagement'],
    externalUrl: offer.externalUrl ?? null,
    phone: offer.phone ?? null,
    updatedAt: offer.updatedAt,
  };
}
