import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import { Offer } from '../src/offers/offer.entity.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { OutboxWorker } from '../src/outbox/outbox-worker.js';
import { enqueue } from '../src/outbox/outbox.js';
import { DATABASE_KINDS, useFreshOrm } from './support/databases.js';

const silent = createLogger('silent');

describe.each(DATABASE_KINDS)('outbox on %s', (kind) => {
  const { open } = useFreshOrm(kind);

  it('writes the search event in the same transaction as the change, and nothing when it rolls back', async () => {
    const db = await open();
    const em = db.em.fork();
    const organisation = em.create(Organisation, {
      id: crypto.randomUUID(), name: 'Mission Locale test', kind: 'MISSION_LOCALE', email: 'a@b.balise.test', phone: '05 58 00 00 00', defaultResponseDelayDays: 3, status: 'ACTIVE',
    });
    await em.flush();
    expect(await db.em.fork().count(OutboxEvent, { topic: 'search.organisation', payload: { organisationId: organisation.id } })).toBe(1);

    await expect(
      db.em.fork().transactional(async (tx) => {
        const org = await tx.findOneOrFail(Organisation, organisation.id);
        org.status = 'ARCHIVED';
        await tx.flush();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.em.fork().count(OutboxEvent, { topic: 'search.organisation' })).toBe(1);
    expect(await db.em.fork().count(Offer)).toBe(0);
  });

  it('retries a failing delivery with growing delays, then delivers', async () => {
    const db = await open();
    let now = new Date('2026-11-23T10:00:00Z');
    const worker = new OutboxWorker(db.em, silent, () => now);
    let calls = 0;
    worker.on('test.flaky', async () => {
      calls += 1;
      if (calls < 3) throw new Error('SMTP down');
    });
    const em = db.em.fork();
    const event = enqueue(em, 'test.flaky', { n: 1 });
    await em.flush();

    expect(await worker.drain()).toBe(1); // attempt 1 fails, retry in 2 s
    expect(await worker.drain()).toBe(0); // not due yet
    now = new Date(now.getTime() + 2_000);
    await worker.drain(); // attempt 2 fails, retry in 4 s
    now = new Date(now.getTime() + 3_000);
    expect(await worker.drain()).toBe(0);
    now = new Date(now.getTime() + 1_000);
    await worker.drain(); // attempt 3 succeeds
    const stored = await db.em.fork().findOneOrFail(OutboxEvent, event.id);
    expect(calls).toBe(3);
    expect(stored.attempts).toBe(3);
    expect(stored.deliveredAt).not.toBeNull();
    expect(stored.lastError).toBeNull();
  });

  it('replaces the payload once delivered when the topic asks, and only then', async () => {
    const db = await open();
    const now = new Date('2026-11-23T10:00:00Z');
    let fail = true;
    const worker = new OutboxWorker(db.em, silent, () => now)
      .on('test.private', async () => {
        if (fail) throw new Error('down');
      }, { payloadOnceDelivered: (payload) => ({ redacted: true, kind: payload['kind'] }) })
      .on('test.public', async () => {});
    const em = db.em.fork();
    const privateEvent = enqueue(em, 'test.private', { kind: 'reminder', to: 'someone@balise.test' });
    const publicEvent = enqueue(em, 'test.public', { offerId: 'o1' });
    await em.flush();

    await worker.drain();
    const read = (id: number) => db.em.fork().findOneOrFail(OutboxEvent, id);
    expect((await read(privateEvent.id)).payload).toEqual({ kind: 'reminder', to: 'someone@balise.test' }); // failed: kept for the retry
    expect((await read(publicEvent.id)).payload).toEqual({ offerId: 'o1' }); // no retention rule
    fail = false;
    await db.em.fork().nativeUpdate(OutboxEvent, { id: privateEvent.id }, { availableAt: now });
    await worker.drain();
    expect(await read(privateEvent.id)).toMatchObject({ payload: { redacted: true, kind: 'reminder' }, attempts: 2 });
    expect((await read(privateEvent.id)).deliveredAt).not.toBeNull();
  });

  it('delivers each event once even with two workers racing', async () => {
    const db = await open();
    const delivered: number[] = [];
    const makeWorker = () => new OutboxWorker(db.em, silent, () => new Date(), { batchSize: 5 }).on('test.count', async (payload) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      delivered.push(Number(payload['n']));
    });
    const em = db.em.fork();
    for (let n = 0; n < 60; n += 1) enqueue(em, 'test.count', { n });
    await em.flush();
    await Promise.all([makeWorker().drain(), makeWorker().drain()]);
    expect(delivered.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, n) => n));
  });
});
