import type { OfferSearchDocument } from '../search-index.port.js';

const DOCUMENT_ID = /^[a-zA-Z0-9_-]{1,511}$/;

/** Meilisearch ids allow only `[a-zA-Z0-9_-]`: `${offerId}:${venueId}` becomes `${offerId}_${venueId}` (ids are UUIDs). */
export function toMeilisearchId(id: string): string {
  const mapped = id.replace(/:/g, '_');
  if (!DOCUMENT_ID.test(mapped)) throw new Error(`search document id not usable by Meilisearch: ${JSON.stringify(id)}`);
  return mapped;
}

/** What is stored: the port's fields only (catalogue data, nothing personal), `point` as `_geo`. */
export type MeilisearchDocument = Omit<OfferSearchDocument, 'point'> & { _geo?: { lat: number; lng: number } };

export function toMeilisearchDocument(document: OfferSearchDocument): MeilisearchDocument {
  // Copy the port's fields one by one so nothing else a caller attached can reach the index.
  const stored: MeilisearchDocument = {
    id: toMeilisearchId(document.id),
    offerId: document.offerId,
    venueId: document.venueId,
    title: document.title,
    summary: document.summary,
    description: document.description,
    category: document.category,
    organisationName: document.organisationName,
    theme: document.theme,
    themeLabel: document.themeLabel,
    format: document.format,
    ageMin: document.ageMin,
    ageMax: document.ageMax,
    situations: document.situations,
    coverageCommunes: document.coverageCommunes,
    coverageEpcis: document.coverageEpcis,
    coverageDepartements: document.coverageDepartements,
    coverageNational: document.coverageNational,
    remote: document.remote,
    venueCommuneCode: document.venueCommuneCode,
    venuePostcode: document.venuePostcode,
    updatedAt: document.updatedAt,
  };
  // No `_geo` at all for the venue-less document: it then sorts after every venue by distance.
  if (document.point) stored._geo = { lat: document.point.lat, lng: document.point.lng };
  return stored;
}
