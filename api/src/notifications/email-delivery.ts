import { z } from 'zod';
import type { OutboxWorker } from '../outbox/outbox-worker.js';
import { EMAIL_TOPIC, type EmailMessage } from './email.js';
import type { Mailer } from './mailer.js';
import { SmtpDeliveryError } from './smtp-mailer.js';

const emailPayload = z.object({
  to: z.string().min(3),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string().optional(),
  attachments: z.array(z.object({ filename: z.string().min(1), contentType: z.string().min(1), content: z.string() })).optional(),
});

/** What a delivered email event keeps: nothing personal. */
export const REDACTED_EMAIL_PAYLOAD = { redacted: true };

/**
 * Sends `email.send` outbox events through the mailer. A failure is retried by the worker with
 * backoff; once delivered, the event's payload (recipient, text) is replaced by `{ redacted: true }`.
 */
export function registerEmailDelivery(worker: OutboxWorker, mailer: Mailer): void {
  worker.on(
    EMAIL_TOPIC,
    async (payload) => {
      const parsed = emailPayload.safeParse(payload);
      if (!parsed.success) {
        throw new Error(`invalid email payload (${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')})`);
      }
      try {
        await mailer.send(parsed.data satisfies EmailMessage);
      } catch (error) {
        throw withoutPersonalData(error);
      }
    },
    { payloadOnceDelivered: () => REDACTED_EMAIL_PAYLOAD },
  );
}

/**
 * The worker logs and stores the error: keep its kind, never its message's details nor its
 * properties (SMTP replies, ORM messages with the query's values, driver `detail`s).
 */
function withoutPersonalData(error: unknown): Error {
  if (error instanceof SmtpDeliveryError) return error;
  const { name, code } = error as { name?: unknown; code?: unknown };
  const kind = [name, code].filter((part) => typeof part === 'string' && /^[\w.-]{1,60}$/.test(part)).join(', ');
  return new Error(`email delivery failed${kind ? ` (${kind})` : ''}`);
}
