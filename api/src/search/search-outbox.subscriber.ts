import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';

export const SEARCH_OFFER_TOPIC = 'search.offer';
export const SEARCH_ORGANISATION_TOPIC = 'search.organisation';
export const SEARCH_REBUILD_TOPIC = 'search.rebuild';

/**
 * Whatever code changes an offer, an organisation or a venue, the same flush (one
 * transaction) writes the outbox event that will bring the search index up to date.
 * Nobody can forget it, and nothing is indexed that was not committed.
 */
export class SearchOutboxSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const offerIds = new Set<string>();
    const organisationIds = new Set<string>();
    for (const changeSet of uow.getChangeSets()) {
      const entity = changeSet.entity as object;
      if (entity instanceof Offer) offerIds.add(entity.id);
      else if (entity instanceof Organisation) organisationIds.add(entity.id);
      else if (entity instanceof Venue) organisationIds.add(entity.organisation.id);
    }
    for (const collection of uow.getCollectionUpdates()) {
      const owner = collection.owner as object;
      if (owner instanceof Offer) offerIds.add(owner.id);
    }
    const add = (topic: string, payload: Record<string, unknown>) => {
      const event = em.create(OutboxEvent, { topic, payload });
      uow.computeChangeSet(event);
    };
    for (const offerId of offerIds) add(SEARCH_OFFER_TOPIC, { offerId });
    for (const organisationId of organisationIds) add(SEARCH_ORGANISATION_TOPIC, { organisationId });
  }
}
