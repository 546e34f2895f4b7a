import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestContactInput } from '../../gql/graphql.js';
import { addMyStep, getMyStep, listMySteps } from '../my-steps/my-steps.store.js';
import { closeBaliseDb } from '../offline/balise-db.js';
import { isWaitingToSend, queueContactRequest, sendPendingContactRequests } from './pending-requests.js';
import type { ContactReceipt, SendOutcome } from './send-contact-request.js';

const KEY = 'AAECAwQFBgcICQoLDA0ODw';
const input: RequestContactInput = {
  offerId: '0b8e6b2e-1c1e-4a53-9a57-1b2f1c0d9e01',
  firstName: 'Léa',
  age: 19,
  communeCode: '40088',
  situation: 'JOB_SEEKER',
  channel: 'SMS',
  phone: '06 12 34 56 78',
  email: null,
  preferredMoments: ['MORNING'],
  message: 'Je cherche un premier emploi.',
  noticeVersion: '2026-11-contact-v1',
  idempotencyKey: KEY,
};
const receipt: ContactReceipt = {
  id: 'cr-42',
  token: 'T'.repeat(43),
  status: 'NEW',
  dueAt: '2026-11-26T22:59:59.000Z',
  dueDateLabel: 'jeudi 26 novembre',
  offerTitle: 'Premier emploi',
  organisation: { id: 'org-1', name: 'Mission Locale des Landes', phone: '05 58 00 00 00' },
};
const NOW = new Date('2026-11-23T09:00:00.000Z');
const online = () => true;

async function queue(key = KEY, at = NOW): Promise<void> {
  expect(await queueContactRequest({ ...input, idempotencyKey: key }, { offerTitle: 'Premier emploi', organisationName: 'Mission Locale des Landes', now: at })).toBe(true);
}

beforeEach(async () => {
  await closeBaliseDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
});

describe('the offline queue of contact requests', () => {
  it('keeps a request written offline in Mes démarches, waiting to be sent, with its key', async () => {
    await queue();
    const [step] = await listMySteps();
    expect(step).toMatchObject({ kind: 'contact-request', id: KEY, token: '', status: 'NEW', offerTitle: 'Premier emploi', createdAt: NOW.toISOString() });
    expect(step!.pendingSync).toEqual({ idempotencyKey: KEY, input: { ...input, idempotencyKey: undefined } });
    expect(step!.pendingSync!.input).not.toHaveProperty('idempotencyKey');
    expect(isWaitingToSend(step!)).toBe(true);
  });

  it('sends it on reconnect with the same key, and replaces the pending entry by the real one', async () => {
    await queue();
    const send = vi.fn(async (): Promise<SendOutcome> => ({ kind: 'sent', receipt }));

    const run = await sendPendingContactRequests({ send, online, now: () => NOW });

    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(input);
    const steps = await listMySteps();
    expect(steps).toEqual([
      {
        kind: 'contact-request',
        id: 'cr-42',
        token: receipt.token,
        offerId: input.offerId,
        offerTitle: 'Premier emploi',
        organisationName: 'Mission Locale des Landes',
        createdAt: NOW.toISOString(),
        status: 'NEW',
        dueAt: receipt.dueAt,
        dueDateLabel: 'jeudi 26 novembre',
      },
    ]);
    expect(run).toEqual({ sent: steps, refused: 0 });
    // The youth's details left the device with the pending entry.
    expect(JSON.stringify(steps)).not.toContain('Léa');
    expect(await getMyStep('contact-request', KEY)).toBeUndefined();
  });

  it('sends nothing while offline', async () => {
    await queue();
    const send = vi.fn();
    expect(await sendPendingContactRequests({ send, online: () => false })).toEqual({ sent: [], refused: 0 });
    expect(send).not.toHaveBeenCalled();
  });

  it('on a network failure, keeps it waiting and stops there (the next reconnect tries again, same key)', async () => {
    await queue('first-key-aaaaaaaaaaa', new Date('2026-11-23T08:00:00Z'));
    await queue('second-key-bbbbbbbbbb', new Date('2026-11-23T08:30:00Z'));
    const send = vi.fn(async (_input: RequestContactInput): Promise<SendOutcome> => ({ kind: 'network' }));

    expect(await sendPendingContactRequests({ send, online, now: () => NOW })).toEqual({ sent: [], refused: 0 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ idempotencyKey: 'first-key-aaaaaaaaaaa' }); // oldest first
    expect((await listMySteps()).every(isWaitingToSend)).toBe(true);

    const later = vi.fn(async (sent: RequestContactInput): Promise<SendOutcome> => ({ kind: 'sent', receipt: { ...receipt, id: `cr-${sent.idempotencyKey}` } }));
    const run = await sendPendingContactRequests({ send: later, online, now: () => NOW });
    expect(later.mock.calls.map(([sent]) => sent.idempotencyKey)).toEqual(['first-key-aaaaaaaaaaa', 'second-key-bbbbbbbbbb']);
    expect(run.sent.map((step) => step.id)).toEqual(['cr-first-key-aaaaaaaaaaa', 'cr-second-key-bbbbbbbbbb']);
    expect((await listMySteps()).some((step) => step.pendingSync)).toBe(false);
  });

  it('marks a refused request as failed with the server’s message, and never sends it again', async () => {
    await queue();
    const refused = vi.fn(async (): Promise<SendOutcome> => ({
      kind: 'refused',
      code: 'BAD_USER_INPUT',
      field: 'input.age',
      message: 'Cette offre est réservée aux 16–25 ans. Nous n’avons rien enregistré : d’autres offres t’attendent sur Balise.',
    }));

    expect(await sendPendingContactRequests({ send: refused, online, now: () => NOW })).toEqual({ sent: [], refused: 1 });
    const [step] = await listMySteps();
    expect(step!.pendingSync).toMatchObject({
      idempotencyKey: KEY,
      failed: { message: expect.stringContaining('réservée aux 16–25 ans'), at: NOW.toISOString() },
    });
    expect(isWaitingToSend(step!)).toBe(false);

    const again = vi.fn();
    await sendPendingContactRequests({ send: again, online, now: () => new Date('2026-12-01T00:00:00Z') });
    await sendPendingContactRequests({ send: again, online, now: () => new Date('2026-12-02T00:00:00Z') });
    expect(again).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('after RATE_LIMITED, waits the time the server said before trying again', async () => {
    await queue();
    const limited = vi.fn(async (): Promise<SendOutcome> => ({ kind: 'retry-later', code: 'RATE_LIMITED', message: 'Réessaie dans 10 minutes.', retryAfterSeconds: 600 }));
    await sendPendingContactRequests({ send: limited, online, now: () => NOW });
    const [step] = await listMySteps();
    expect(step!.pendingSync).toMatchObject({ notBefore: '2026-11-23T09:10:00.000Z' });
    expect(isWaitingToSend(step!)).toBe(true);

    const send = vi.fn(async (): Promise<SendOutcome> => ({ kind: 'sent', receipt }));
    await sendPendingContactRequests({ send, online, now: () => new Date('2026-11-23T09:05:00Z') });
    expect(send).not.toHaveBeenCalled();
    await sendPendingContactRequests({ send, online, now: () => new Date('2026-11-23T09:10:00Z') });
    expect(send).toHaveBeenCalledTimes(1);
    expect((await listMySteps())[0]).toMatchObject({ id: 'cr-42', token: receipt.token });
  });

  it('runs once at a time: a reconnect during a run does not send the same request twice', async () => {
    await queue();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const send = vi.fn(async (): Promise<SendOutcome> => {
      await gate;
      return { kind: 'sent', receipt };
    });
    const first = sendPendingContactRequests({ send, online, now: () => NOW });
    const second = sendPendingContactRequests({ send, online, now: () => NOW });
    release();
    expect(await first).toEqual(await second);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('leaves other entries alone (sent requests, bookings, failed ones)', async () => {
    await addMyStep({ kind: 'booking', id: 'bk-1', token: 'b', offerId: 'o', offerTitle: 'Atelier', organisationName: 'Info Jeunes', createdAt: NOW.toISOString(), status: 'CONFIRMED' });
    await addMyStep({ kind: 'contact-request', id: 'cr-1', token: 't', offerId: 'o', offerTitle: 'Logement', organisationName: 'ADIL', createdAt: NOW.toISOString(), status: 'NEW' });
    const send = vi.fn();
    expect(await sendPendingContactRequests({ send, online })).toEqual({ sent: [], refused: 0 });
    expect(send).not.toHaveBeenCalled();
  });
});
