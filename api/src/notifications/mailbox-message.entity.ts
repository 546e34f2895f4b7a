import { defineEntity, p } from '@mikro-orm/core';
import type { EmailAttachment } from './email.js';

/**
 * An email kept by the stored mailbox (no SMTP configured, never in production), readable at
 * /dev/mailbox. It holds personal data: it exists only on development and test databases.
 */
const MailboxMessageSchema = defineEntity({
  name: 'MailboxMessage',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    sentAt: p.datetime().index(),
    to: p.string().length(320),
    subject: p.string().length(500),
    text: p.text(),
    html: p.text().nullable(),
    attachments: p.json<EmailAttachment[]>(),
  },
});

export class MailboxMessage extends MailboxMessageSchema.class {}
MailboxMessageSchema.setClass(MailboxMessage);
