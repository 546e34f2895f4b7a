import type { GeoDirectory } from '../geo/geo-directory.js';
import { THEME_LABELS } from '../offers/themes.js';
import type { OfferSearchDocument } from './search-index.port.js';
import type { IndexableOffer } from './indexable-offers.js';

/** One document per venue of the offer; one venue-less document when it has none. */
export function toSearchDocuments(offer: IndexableOffer, geo: GeoDirectory): OfferSearchDocument[] {
  const base = {
    offerId: offer.id,
    title: offer.title,
    summary: offer.summary,
    description: offer.description,
    category: offer.category,
    organisationName: offer.organisationName,
    theme: offer.theme,
    themeLabel: THEME_LABELS[offer.theme],
    format: offer.format,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    situations: offer.situations,
    coverageCommunes: offer.coverageCommunes,
    coverageEpcis: offer.coverageEpcis,
    coverageDepartements: offer.coverageDepartements,
    coverageNational: offer.coverageNational,
    remote: offer.remote,
    updatedAt: offer.updatedAt,
  };
  if (offer.venues.length === 0) {
    return [{ ...base, id: `${offer.id}:remote`, venueId: null, point: null, venueCommuneCode: null, venuePostcode: null }];
  }
  return offer.venues.map((venue) => ({
    ...base,
    id: `${offer.id}:${venue.id}`,
    venueId: venue.id,
    point: { lat: venue.lat, lng: venue.lng },
    venueCommuneCode: venue.communeCode,
    venuePostcode: geo.byCode(venue.communeCode)?.postcodes[0] ?? null,
  }));
}
