/**
 * Drill (issue #8): the SMTP server is down while youths send contact requests and book
 * workshops. Every request is acknowledged at once; the emails wait in the outbox through
 * several failed rounds; once SMTP is back, each of them is delivered exactly once: none lost,
 * none twice.
 */
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/sql.js';
import { EMAIL_TOPIC } from '../../src/notifications/email.js';
import { organisationId } from '../support/accounts.js';
import { BOOK, bookableOffer, bookableSession, bookingInput } from '../support/bookings.js';
import { REQUEST_CONTACT, contactableOffer, requestInput } from '../support/contact-requests.js';
import { header, useSmtpDown } from '../support/smtp-catcher.js';
import { FIXED_NOW, useTestServer } from '../support/test-server.js';
import { eventually } from './drill-support.js';

const CONTACT_REQUESTS = 15;
const BOOKINGS = 5;

interface EmailEvent {
  id: string;
  attempts: number;
  delivered: boolean;
  failed: boolean;
}

describe('SMTP down under contact requests and bookings (postgresql)', () => {
  let now = FIXED_NOW;
  const smtp = useSmtpDown({ RATE_LIMIT_ENABLED: 'false', OUTBOX_POLL_MS: '50' });
  const context = useTestServer('postgresql', { clock: () => now, env: smtp.env });

  const emailEvents = async (sinceId: string): Promise<EmailEvent[]> =>
    queryRows<EmailEvent>(
      context.server.orm.em.fork(),
      `select id::text as id, attempts, delivered_at is not null as delivered, failed_at is not null as failed from outbox_event where topic = ? and id > ? order by id`,
      [EMAIL_TOPIC, sinceId],
    );

  it('acknowledges every request while SMTP is down, then delivers each email exactly once when it is back', async () => {
    const { server } = context;
    const [last] = await queryRows<{ id: string }>(server.orm.em.fork(), 'select coalesce(max(id), 0)::text as id from outbox_event');
    const offerId = (await contactableOffer(server.orm.em, 'ml-landes')).id;
    const sessionId = await bookableSession(server.orm.em, await bookableOffer(server.orm.em, await organisationId(server.orm.em, 'ml-landes')), { capacity: 50 });
    const youths = [
      ...Array.from({ length: CONTACT_REQUESTS }, (_, index) => ({ kind: 'contact', email: `rappel-${index}@jeunes.balise.test` })),
      ...Array.from({ length: BOOKINGS }, (_, index) => ({ kind: 'booking', email: `atelier-${index}@jeunes.balise.test` })),
    ];
    const answers = await Promise.all(
      youths.map((youth, index) =>
        youth.kind === 'contact'
          ? server.gql(REQUEST_CONTACT, { input: requestInput(offerId, { email: youth.email, phone: `06 20 30 40 ${String(10 + index)}` }) })
          : server.gql(BOOK, { input: bookingInput(sessionId, { email: youth.email }) }),
      ),
    );
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);

    // Every email is kept, and tried: two failed rounds (the second after the 2 s backoff).
    const events = await emailEvents(last!.id);
    expect(events.length).toBeGreaterThanOrEqual(CONTACT_REQUESTS * 2 + BOOKINGS); // counsellors + acknowledgement; confirmation
    await eventually('a first failed attempt on every email', async () => (await emailEvents(last!.id)).every((event) => event.attempts >= 1));
    now = new Date(FIXED_NOW.getTime() + 3000);
    await eventually('a second failed attempt on every email', async () => (await emailEvents(last!.id)).every((event) => event.attempts >= 2));
    const waiting = await emailEvents(last!.id);
    expect(waiting.filter((event) => event.delivered || event.failed)).toEqual([]);
    expect(smtp.catcher.messages).toHaveLength(0);

    await smtp.catcher.start(); // the same port
    now = new Date(FIXED_NOW.getTime() + 3600_000); // past every backoff
    await eventually('every email delivered', async () => (await emailEvents(last!.id)).every((event) => event.delivered), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a few more polls: nothing is sent again

    expect(smtp.catcher.messages).toHaveLength(events.length);
    const messageIds = smtp.catcher.messages.map((message) => header(message.raw, 'Message-ID'));
    expect(new Set(messageIds).size).toBe(events.length);
    for (const youth of youths) {
      expect(smtp.catcher.messages.filter((message) => message.envelopeTo.includes(youth.email)), youth.email).toHaveLength(1);
    }
  });
});
