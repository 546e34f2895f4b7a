import { defineEntity, p } from '@mikro-orm/core';

/**
 * A side effect to deliver (index an offer, send an email…), written in the same
 * transaction as the change that causes it, delivered by the outbox worker with retries.
 */
const OutboxEventSchema = defineEntity({
  name: 'OutboxEvent',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    topic: p.string().length(60),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /**
     * Not delivered before this time: set for retries (backoff), while a worker holds it (lease),
     * or for a planned event (a reminder). A new event is due at once: by default the epoch, not
     * the wall clock, which a worker on an injected clock (tests) may be behind.
     */
    availableAt: p.datetime().onCreate(() => new Date(0)),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
    deliveredAt: p.datetime().nullable(),
    /** Given up after too many attempts; kept for inspection. */
    failedAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'outbox_event_pending_index', properties: ['deliveredAt', 'failedAt', 'availableAt'] }],
});

export class OutboxEvent extends OutboxEventSchema.class {}
OutboxEventSchema.setClass(OutboxEvent);
