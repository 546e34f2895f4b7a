import { CatalogueLoad } from '../catalogue/catalogue-load.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { SearchLogEntry } from '../search/search-log.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';

/** Every entity, listed explicitly (no folder discovery). */
export const entities = [Organisation, Venue, Offer, WorkshopSession, CatalogueLoad, OutboxEvent, SearchLogEntry];
