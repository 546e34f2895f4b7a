import type { GeoDirectory } from '../geo/geo-directory.js';
import { toVenueType } from '../organisations/organisation.mapper.js';
import type { WorkshopSession } from './workshop-session.entity.js';
import type { WorkshopSessionType } from './workshop-session.types.js';

/** Expects `venue` to be loaded. */
export function toWorkshopSessionType(session: WorkshopSession, geo: GeoDirectory): WorkshopSessionType {
  return {
    id: session.id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    venue: session.venue ? toVenueType(session.venue, geo) : null,
    onlineUrl: session.onlineUrl ?? null,
    capacity: session.capacity,
    status: session.status,
  };
}
