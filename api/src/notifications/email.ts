import type { EntityManager } from '@mikro-orm/core';
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
 */
export function enqueueEmail(em: EntityManager, message: EmailMessage): void {
  enqueue(em, EMAIL_TOPIC, { ...message });
}
