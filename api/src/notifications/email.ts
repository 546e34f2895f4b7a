import type { EntityManager } from '@mikro-orm/core';
import type { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { enqueue } from '../outbox/outbox.js';

export const EMAIL_TOPIC = 'email.send';

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

/** An email to send. Subjects never carry personal data; links never carry it in their URL. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
}

/**
 * Schedules an email in the same transaction as the change that causes it: it is sent by the
 * outbox worker (retried with backoff while SMTP is down), never lost, never sent for a
 * change that rolled back. Call `em.flush()` (or be inside a transaction) as usual.
 * Returns the event, e.g. to set `availableAt` from the caller's clock.
 */
export function enqueueEmail(em: EntityManager, message: EmailMessage): OutboxEvent {
  return enqueue(em, EMAIL_TOPIC, { ...message });
}
