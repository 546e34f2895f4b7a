import type { GeoDirectory } from '../geo/geo-directory.js';
import type { Offer } from '../offers/offer.entity.js';
import { toOfferType } from '../offers/offer.mapper.js';
import type { AuditEntry } from '../audit/audit-entry.entity.js';
import type { AuditEntryType } from '../audit/audit.types.js';
import type { PortalOfferType } from './portal.types.js';

/** Expects `organisation.venues` and `venues` to be populated. */
export function toPortalOfferType(offer: Offer, geo: GeoDirectory): PortalOfferType {
  const view = toOfferType(offer, geo);
  return { ...view, reviewComment: offer.reviewComment ?? null, createdAt: offer.createdAt, preview: view };
}

/** Expects `actorAccount` to be populated. */
export function toAuditEntryType(entry: AuditEntry): AuditEntryType {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actorAccount ? { displayName: entry.actorAccount.displayName } : null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    summary: entry.summary,
  };
}
