import type { EntityManager } from '@mikro-orm/core';
import { OutboxEvent } from './outbox-event.entity.js';

/**
 * Adds an event to the unit of work: it is written by the same flush (transaction) as the change.
 * With `availableAt`, the event is scheduled: the worker delivers it from then on (reminders, expiries).
 */
export function enqueue(em: EntityManager, topic: string, payload: Record<string, unknown>, availableAt?: Date): OutboxEvent {
  const event = em.create(OutboxEvent, { topic, payload, ...(availableAt ? { availableAt } : {}) });
  em.persist(event);
  return event;
}
