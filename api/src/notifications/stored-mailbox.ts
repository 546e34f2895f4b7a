import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../shared/clock.js';
import type { EmailMessage } from './email.js';
import { MailboxMessage } from './mailbox-message.entity.js';
import type { Mailer } from './mailer.js';

/** The default without SMTP_URL (refused in production): emails land in `mailbox_message`, shown at /dev/mailbox. */
export class StoredMailbox implements Mailer {
  readonly transport = 'stored';

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async send(message: EmailMessage): Promise<void> {
    const em = this.em.fork();
    em.create(MailboxMessage, {
      sentAt: this.clock(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      attachments: message.attachments ?? [],
    });
    await em.flush();
  }

  async close(): Promise<void> {}
}
