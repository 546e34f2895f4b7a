/**
 * Abuse and faults around requestContact: rate limits per connection and per phone/email
 * (RATE_LIMITED with the wait, nothing written), switchable off for benchmarks; and with the
 * SMTP server down, requests are still accepted and their emails delivered once it is back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ContactRequest } from '../src/contact-requests/contact-request.entity.js';
import { EMAIL_TOPIC } from '../src/notifications/email.js';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { REQUEST_CONTACT, contactableOffer, readEmails, requestInput } from './support/contact-requests.js';
import { useSmtpDown } from './support/smtp-catcher.js';
import { FIXED_NOW, useTestServer } from './support/test-server.js';

const HOUR = 3600_000;

describe('rate limits on requestContact (postgresql)', () => {
  let now = FIXED_NOW;
  const context = useTestServer('postgresql', {
    clock: () => now,
    env: { CONTACT_REQUESTS_PER_CONTACT_PER_DAY: '2', CONTACT_REQUESTS_PER_IP_PER_HOUR: '4' },
  });
  let offerId: string;
  beforeAll(async () => {
    offerId = (await contactableOffer(context.server.orm.em, 'ml-landes')).id;
  });
  const count = () => context.server.orm.em.fork().count(ContactRequest, {});
  const send = (overrides: Record<string, unknown>) => context.server.gql(REQUEST_CONTACT, { input: requestInput(offerId, overrides) });

  it('refuses a third request with the same phone number in a day, saying how long to wait', async () => {
    expect((await send({ phone: '06 10 00 00 01', email: null })).errors).toBeUndefined();
    now = new Date(FIXED_NOW.getTime() + 10 * 60_000);
    expect((await send({ phone: '0610000001', email: null })).errors).toBeUndefined(); // the same number, written differently
    const before = await count();
    const refused = await send({ phone: '+33 6 10 00 00 01', email: null });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 24 * 3600 - 600 });
    expect(refused.errors?.[0]?.message).toMatch(/plusieurs demandes aujourd’hui.*Réessaie dans 24 heures/);
    expect(await count()).toBe(before);
  });

  it('refuses the fifth request from one connection in an hour, then accepts again after the hour', async () => {
    now = FIXED_NOW;
    // 3 hits so far from this address (the refused one counts): one more passes, then refused.
    expect((await send({ phone: '06 10 00 00 02', email: null })).errors).toBeUndefined();
    const refused = await send({ phone: '06 10 00 00 03', email: null });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 });
    now = new Date(FIXED_NOW.getTime() + HOUR);
    expect((await send({ phone: '06 10 00 00 03', email: null })).errors).toBeUndefined();
  });

  it('still answers a retry of an accepted request (same key) when the limit is reached', async () => {
    const input = requestInput(offerId, { phone: '06 10 00 00 04', email: null });
    now = new Date(FIXED_NOW.getTime() + 2 * HOUR);
    const first = await context.server.gql(REQUEST_CONTACT, { input });
    for (let index = 0; index < 4; index += 1) await send({ phone: `06 10 00 01 0${index}`, email: null });
    const retry = await context.server.gql(REQUEST_CONTACT, { input });
    expect(retry.data?.['requestContact']?.id).toBe(first.data?.['requestContact']?.id);
  });
});

describe('rate limits switched off (RATE_LIMIT_ENABLED=false, for benchmarks)', () => {
  const context = useTestServer('pglite', { env: { RATE_LIMIT_ENABLED: 'false', CONTACT_REQUESTS_PER_CONTACT_PER_DAY: '1' } });
  it('accepts as many requests as asked', async () => {
    const offerId = (await contactableOffer(context.server.orm.em, 'ml-landes')).id;
    for (let index = 0; index < 3; index += 1) {
      const answer = await context.server.gql(REQUEST_CONTACT, { input: requestInput(offerId, { phone: '06 10 00 00 09', email: null }) });
      expect(answer.errors).toBeUndefined();
    }
  });
});

describe('SMTP down (postgresql)', () => {
  let now = FIXED_NOW;
  const smtp = useSmtpDown();
  const context = useTestServer('postgresql', { clock: () => now, env: smtp.env });

  it('accepts the request, keeps its emails, and delivers them with backoff once SMTP is back', async () => {
    await context.server.outbox.stop();
    const offerId = (await contactableOffer(context.server.orm.em, 'ml-landes')).id;
    const answer = await context.server.gql(REQUEST_CONTACT, { input: requestInput(offerId) });
    expect(answer.data?.['requestContact']?.token).toMatch(/^[\w-]{43}$/);
    await context.server.outbox.drain();
    const pending = await context.server.orm.em.fork().find(OutboxEvent, { topic: EMAIL_TOPIC, deliveredAt: null });
    expect(pending.length).toBeGreaterThanOrEqual(2); // counsellors and the youth's acknowledgement
    expect(pending.every((event) => event.attempts === 1 && event.failedAt === null)).toBe(true);
    expect(pending.every((event) => event.availableAt.getTime() === now.getTime() + 2000)).toBe(true); // backoff

    now = new Date(FIXED_NOW.getTime() + 1000);
    await context.server.outbox.drain(); // not yet due: no new attempt
    expect((await context.server.orm.em.fork().find(OutboxEvent, { topic: EMAIL_TOPIC, deliveredAt: null })).every((event) => event.attempts === 1)).toBe(true);

    await smtp.catcher.start(); // the same port
    now = new Date(FIXED_NOW.getTime() + 2000);
    await context.server.outbox.drain();
    expect(await context.server.orm.em.fork().count(OutboxEvent, { topic: EMAIL_TOPIC, deliveredAt: null })).toBe(0);
    const subjects = (await readEmails(smtp.catcher)).map((email) => email.subject);
    expect(subjects).toContain('Ta demande de rappel est bien reçue');
    expect(subjects.some((subject) => subject.startsWith('Nouvelle demande de rappel'))).toBe(true);
  });
});
