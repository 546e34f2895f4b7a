import type { EmailMessage } from './email.js';

/**
 * Where emails go. `send` resolves once the message is accepted (by the SMTP server, or
 * stored); it throws when it was not, and the outbox worker retries.
 */
export interface Mailer {
  /** `smtp` or `stored`, for the development mailbox page. */
  readonly transport: 'smtp' | 'stored';
  send(message: EmailMessage): Promise<void>;
  close(): Promise<void>;
}
