import type { EntityManager } from '@mikro-orm/core';
import { OutboxEvent } from './outbox-event.entity.js';

/** Adds an event to the unit of work: it is written by the same flush (transaction) as the change. */
export function enqueue(em: EntityManager, topic: string, payload: Record<string, unknown>): OutboxEvent {
  const event = em.create(OutboxEvent, { topic, payload });
  em.persist(event);
  return event;
}
