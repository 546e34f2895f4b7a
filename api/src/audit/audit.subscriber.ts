import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { AuditEntry, type AuditedEntityType } from './audit-entry.entity.js';
import { auditScopeOf } from './audit-context.js';

/** Bookkeeping columns that change with everything and say nothing. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'sourceKey', 'organisation', 'offer']);

interface Pending {
  entityType: AuditedEntityType;
  entityId: string;
  offerId: string | null;
  kind: 'CREATED' | 'UPDATED' | 'DELETED';
  fields: Set<string>;
}

/**
 * Writes an `AuditEntry` for every organisation (venues included), offer and workshop session
 * changed by a flush of an entity manager that carries an actor (`audit-context.ts`), in that
 * same flush: the trace exists exactly when the change does. The summary lists field names only.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const scope = auditScopeOf(em);
    if (!scope) return;
    const pending = new Map<string, Pending>();
    const touch = (entityType: AuditedEntityType, entityId: string, offerId: string | null, kind: Pending['kind']) => {
      const key = `${entityType}:${entityId}`;
      const entry = pending.get(key) ?? { entityType, entityId, offerId, kind, fields: new Set<string>() };
      if (kind === 'CREATED' || kind === 'DELETED') entry.kind = kind;
      pending.set(key, entry);
      return entry;
    };
    for (const changeSet of uow.getChangeSets()) {
      const entity = changeSet.entity as object;
      const kind = changeSet.type === 'create' ? 'CREATED' : changeSet.type === 'delete' ? 'DELETED' : 'UPDATED';
      const fields = Object.keys(changeSet.payload ?? {}).filter((field) => !IGNORED.has(field));
      if (entity instanceof Offer) {
        const entry = touch('OFFER', entity.id, entity.id, kind);
        if (kind === 'UPDATED') fields.forEach((field) => entry.fields.add(field));
      } else if (entity instanceof Organisation) {
        const entry = touch('ORGANISATION', entity.id, null, kind);
        if (kind === 'UPDATED') fields.forEach((field) => entry.fields.add(field));
      } else if (entity instanceof Venue) {
        // A venue is part of its organisation's profile: "venues (ajout|modification|retrait)".
        const entry = touch('ORGANISATION', entity.organisation.id, null, 'UPDATED');
        entry.fields.add(kind === 'CREATED' ? 'venues (ajout)' : kind === 'DELETED' ? 'venues (retrait)' : `venues (${fields.join(', ')})`);
      } else if (entity instanceof WorkshopSession) {
        const entry = touch('SESSION', entity.id, entity.offer.id, kind);
        if (kind === 'UPDATED') fields.forEach((field) => entry.fields.add(field));
      }
    }
    for (const collection of uow.getCollectionUpdates()) {
      const owner = collection.owner as object;
      if (owner instanceof Offer) touch('OFFER', owner.id, owner.id, 'UPDATED').fields.add(collection.property.name);
    }
    if (pending.size === 0) return;
    // Wall time, like `updatedAt`: the trail's order is the order things happened in.
    const at = new Date();
    const actor = em.getReference(Account, scope.accountId);
    for (const entry of pending.values()) {
      if (entry.kind === 'UPDATED' && entry.fields.size === 0) continue;
      const action = scope.actions.get(entry.entityId) ?? entry.kind;
      const summary = entry.kind === 'UPDATED' ? [...entry.fields].sort().join(', ') : '';
      const row = em.create(AuditEntry, {
        id: randomUUID(),
        at,
        actorAccount: actor,
        entityType: entry.entityType,
        entityId: entry.entityId,
        offerId: entry.offerId,
        action,
        summary,
      });
      uow.computeChangeSet(row);
    }
    scope.actions.clear();
  }
}
