import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Clock } from '../shared/clock.js';
import type { Mailer } from './mailer.js';
import { SmtpMailer } from './smtp-mailer.js';
import { StoredMailbox } from './stored-mailbox.js';

/** SMTP when SMTP_URL is set; otherwise the stored mailbox (config refuses that in production). */
export function createMailer(config: Config, em: EntityManager, clock: Clock): Mailer {
  return config.smtpUrl ? new SmtpMailer({ url: config.smtpUrl, from: config.mailFrom }) : new StoredMailbox(em, clock);
}
