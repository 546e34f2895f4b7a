import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Database } from '../src/db/orm.js';
import { createLogger } from '../src/logging/logger.js';
import { EMAIL_TOPIC, enqueueEmail, type EmailMessage } from '../src/notifications/email.js';
import { registerEmailDelivery } from '../src/notifications/email-delivery.js';
import { MailboxMessage } from '../src/notifications/mailbox-message.entity.js';
import type { Mailer } from '../src/notifications/mailer.js';
import { SmtpMailer } from '../src/notifications/smtp-mailer.js';
import { StoredMailbox } from '../src/notifications/stored-mailbox.js';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { OutboxWorker } from '../src/outbox/outbox-worker.js';
import { DATABASE_KINDS, freshDatabase, type TestDatabase } from './support/databases.js';
import { header, SmtpCatcher } from './support/smtp-catcher.js';

const RECIPIENT = 'lea.martin@jeunes.balise.test';
const ICS = Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').toString('base64');
const message: EmailMessage = {
  to: RECIPIENT,
  subject: 'Votre atelier CV est confirme',
  text: 'Bonjour, votre place est reservee. Suivi : https://balise.test/suivi/abc',
  attachments: [{ filename: 'atelier.ics', contentType: 'text/calendar', content: ICS }],
};

describe.each(DATABASE_KINDS)('email delivery on %s', (kind) => {
  let database: TestDatabase | undefined;
  let orm: Database | undefined;
  let catcher: SmtpCatcher | undefined;
  let mailer: Mailer | undefined;
  afterEach(async () => {
    await mailer?.close();
    await catcher?.stop();
    await orm?.close(true);
    await database?.drop();
    mailer = catcher = orm = database = undefined;
  });

  let now = new Date('2026-11-23T10:00:00Z');
  const setUp = async (options: { logger?: ReturnType<typeof createLogger>; rejectRecipients?: boolean } = {}) => {
    now = new Date('2026-11-23T10:00:00Z');
    database = await freshDatabase(kind);
    orm = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    await migrate(orm);
    catcher = await SmtpCatcher.start({ rejectRecipients: options.rejectRecipients ?? false });
    mailer = new SmtpMailer({ url: catcher.url, from: 'Balise <ne-pas-repondre@balise.test>', connectTimeoutMs: 2_000 });
    const worker = new OutboxWorker(orm.em, options.logger ?? createLogger('silent'), () => now);
    registerEmailDelivery(worker, mailer);
    return { db: orm, catcher, worker };
  };
  const emailEvents = () => orm!.em.fork().find(OutboxEvent, { topic: EMAIL_TOPIC });

  it('sends nothing when the transaction rolls back, and delivers by SMTP once committed', async () => {
    const { db, catcher, worker } = await setUp();
    await expect(
      db.em.fork().transactional(async (tx) => {
        enqueueEmail(tx, message);
        await tx.flush();
        throw new Error('booking refused');
      }),
    ).rejects.toThrow('booking refused');
    expect(await worker.drain()).toBe(0);
    expect(catcher.messages).toHaveLength(0);

    await db.em.fork().transactional(async (tx) => {
      enqueueEmail(tx, message);
    });
    expect(await worker.drain()).toBe(1);
    expect(catcher.messages).toHaveLength(1);
    const [sent] = catcher.messages;
    expect(sent!.envelopeTo).toEqual([RECIPIENT]);
    expect(header(sent!.raw, 'To')).toBe(RECIPIENT);
    expect(header(sent!.raw, 'From')).toBe('Balise <ne-pas-repondre@balise.test>');
    expect(header(sent!.raw, 'Subject')).toBe(message.subject);
    expect(sent!.raw).toContain(message.text);
    expect(sent!.raw).toMatch(/Content-Type: text\/calendar; name=atelier\.ics/);
    expect(sent!.raw).toMatch(/Content-Disposition: attachment; filename=atelier\.ics/);
    expect(sent!.raw).toContain(ICS);
  });

  it('keeps the email pending with backoff while SMTP is down, then delivers it', async () => {
    const { db, catcher, worker } = await setUp();
    await catcher.stop();
    const em = db.em.fork();
    enqueueEmail(em, message);
    await em.flush();

    expect(await worker.drain()).toBe(1); // attempt 1: connection refused, retry in 2 s
    let [event] = await emailEvents();
    expect(event).toMatchObject({ attempts: 1, deliveredAt: null, failedAt: null });
    expect(event!.availableAt.getTime()).toBe(now.getTime() + 2_000);
    expect(event!.lastError).toMatch(/^SMTP delivery failed \(.*ECONNREFUSED/);
    expect(event!.payload).toMatchObject({ to: RECIPIENT });

    await catcher.start(); // back, on the same port
    expect(await worker.drain()).toBe(0); // not due yet
    now = new Date(now.getTime() + 2_000);
    expect(await worker.drain()).toBe(1);
    [event] = await emailEvents();
    expect(event).toMatchObject({ attempts: 2, lastError: null });
    expect(event!.deliveredAt).not.toBeNull();
    expect(catcher.messages.map((sent) => sent.envelopeTo)).toEqual([[RECIPIENT]]);
  });

  it('keeps no personal data in a delivered event', async () => {
    const { db, worker } = await setUp();
    const em = db.em.fork();
    enqueueEmail(em, message);
    await em.flush();
    await worker.drain();
    const [event] = await emailEvents();
    expect(event!.deliveredAt).not.toBeNull();
    expect(event!.payload).toEqual({ redacted: true });
  });

  it('never logs nor stores the recipient when delivery fails', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const { db, catcher, worker } = await setUp({ logger, rejectRecipients: true });
    const em = db.em.fork();
    enqueueEmail(em, message);
    await em.flush();
    await worker.drain(); // the server refuses the recipient, naming it
    await catcher.stop();
    now = new Date(now.getTime() + 60_000);
    await worker.drain(); // the server is gone

    const [event] = await emailEvents();
    expect(event).toMatchObject({ attempts: 2, deliveredAt: null });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(JSON.parse(line)).toMatchObject({ level: 40, topic: EMAIL_TOPIC, eventId: event!.id, msg: 'outbox: delivery failed' });
      expect(line).not.toContain('lea.martin');
      expect(line).not.toContain(message.text);
    }
    expect(lines[0]).toMatch(/EENVELOPE, 550, RCPT TO/);
    expect(event!.lastError).not.toContain('lea.martin');
  });

  it('stores the email in the mailbox when there is no SMTP server', async () => {
    database = await freshDatabase(kind);
    orm = await openDatabase({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    await migrate(orm);
    const worker = new OutboxWorker(orm.em, createLogger('silent'), () => now);
    registerEmailDelivery(worker, new StoredMailbox(orm.em, () => now));
    const em = orm.em.fork();
    enqueueEmail(em, { ...message, html: '<p>Bonjour</p>' });
    await em.flush();
    expect(await worker.drain()).toBe(1);
    const [stored] = await orm.em.fork().find(MailboxMessage, {});
    expect(stored).toMatchObject({ to: RECIPIENT, subject: message.subject, text: message.text, html: '<p>Bonjour</p>', attachments: message.attachments });
    expect(stored!.sentAt).toEqual(now);
    expect((await emailEvents())[0]!.payload).toEqual({ redacted: true });
  });
});
