import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeBaliseDb } from '../offline/balise-db.js';
import { addMyStep, getMyStep, listMySteps, onMyStepsChange, removeMyStep, replaceMyStep, trackingPath, updateMyStep, type MyStep } from './my-steps.store.js';
import { buildRefreshQuery, refreshMySteps, TRACKING_QUERIES } from './refresh.js';

const request: MyStep = {
  kind: 'contact-request',
  id: 'cr-1',
  token: 'tok/en+1',
  offerId: 'offer-1',
  offerTitle: 'Trouver un logement',
  organisationName: 'Mission Locale des Landes',
  createdAt: '2026-11-20T09:00:00.000Z',
  dueAt: '2026-11-23T09:00:00.000Z',
  status: 'NEW',
};
const booking: MyStep = {
  kind: 'booking',
  id: 'bk-1',
  token: 'booking-token',
  offerId: 'offer-2',
  offerTitle: 'Atelier CV',
  organisationName: 'Info Jeunes Landes',
  createdAt: '2026-11-21T09:00:00.000Z',
  sessionStartsAt: '2026-12-01T14:00:00.000Z',
  status: 'CONFIRMED',
};
const pending: MyStep = {
  kind: 'contact-request',
  id: 'idem-1',
  token: '',
  offerId: 'offer-3',
  offerTitle: 'Aide santé',
  organisationName: 'CPAM des Landes',
  createdAt: '2026-11-22T09:00:00.000Z',
  status: 'NEW',
  pendingSync: { idempotencyKey: 'idem-1', input: { offerId: 'offer-3', firstName: 'Léa' } },
};

beforeEach(async () => {
  await closeBaliseDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
});

describe('my steps store', () => {
  it('given requests and bookings added, then the list shows them most recent first', async () => {
    expect(await listMySteps()).toEqual([]);
    expect(await addMyStep(request)).toBe(true);
    await addMyStep(pending);
    await addMyStep(booking);

    expect((await listMySteps()).map((step) => step.id)).toEqual(['idem-1', 'bk-1', 'cr-1']);
    expect(await getMyStep('booking', 'bk-1')).toEqual(booking);
  });

  it('keeps a request and a booking with the same id apart', async () => {
    await addMyStep(request);
    await addMyStep({ ...booking, id: 'cr-1' });
    expect(await listMySteps()).toHaveLength(2);
  });

  it('updates an entry, and clears pendingSync once sent', async () => {
    await addMyStep(pending);
    const updated = await updateMyStep('contact-request', 'idem-1', { status: 'IN_PROGRESS', token: 'new-token', pendingSync: undefined });

    expect(updated).toMatchObject({ kind: 'contact-request', id: 'idem-1', status: 'IN_PROGRESS', token: 'new-token' });
    expect(updated).not.toHaveProperty('pendingSync');
    expect(await getMyStep('contact-request', 'idem-1')).toEqual(updated);
    expect(await updateMyStep('booking', 'missing', { status: 'CANCELLED' })).toBeUndefined();
  });

  it('replaces an entry by another in one go (a request sent at last gets its server id)', async () => {
    await addMyStep(pending);
    const listener = vi.fn();
    const unsubscribe = onMyStepsChange(listener);
    expect(await replaceMyStep('contact-request', 'idem-1', { ...request, id: 'cr-9' })).toBe(true);
    unsubscribe();
    expect((await listMySteps()).map((step) => step.id)).toEqual(['cr-9']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('removes an entry', async () => {
    await addMyStep(request);
    await addMyStep(booking);
    await removeMyStep('contact-request', 'cr-1');
    expect((await listMySteps()).map((step) => step.id)).toEqual(['bk-1']);
  });

  it('tells listeners about changes', async () => {
    const listener = vi.fn();
    const unsubscribe = onMyStepsChange(listener);
    await addMyStep(request);
    await updateMyStep('contact-request', 'cr-1', { status: 'CLOSED' });
    unsubscribe();
    await removeMyStep('contact-request', 'cr-1');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('links each entry to its tracking page, none while waiting to be sent', () => {
    expect(trackingPath(request)).toBe('/suivi/tok%2Fen%2B1');
    expect(trackingPath(booking)).toBe('/reservation/booking-token');
    expect(trackingPath(pending)).toBeUndefined();
  });

  it('never throws without IndexedDB', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    expect(await addMyStep(request)).toBe(false);
    expect(await listMySteps()).toEqual([]);
    expect(await updateMyStep('contact-request', 'cr-1', { status: 'CLOSED' })).toBeUndefined();
    await expect(removeMyStep('contact-request', 'cr-1')).resolves.toBeUndefined();
  });
});

describe('refreshing statuses', () => {
  const CONTACT_FIELDS = 'status dueAt dueDateLabel outcome transferred organisation { name }';

  it('knows no tracking query outside the Vite build (the build reads them from the schema)', async () => {
    expect(TRACKING_QUERIES).toEqual({ 'contact-request': false, booking: false });
    await addMyStep(request);
    const fetchGraphql = vi.fn();

    expect(await refreshMySteps({ fetchGraphql, online: () => true })).toEqual([request]);
    expect(fetchGraphql).not.toHaveBeenCalled();
  });

  it('per kind: contact requests refresh while bookings keep their stored status until bookingByToken exists', async () => {
    await addMyStep(request);
    await addMyStep(booking);
    await addMyStep(pending);
    const fetchGraphql = vi.fn(async () => ({
      data: { s0: { status: 'IN_PROGRESS', dueAt: '2026-11-24T22:59:59.000Z', dueDateLabel: 'mardi 24 novembre', outcome: null, transferred: false, organisation: { name: 'Mission Locale des Landes' } } },
    }));

    const steps = await refreshMySteps({ fetchGraphql, available: { 'contact-request': true, booking: false }, online: () => true, now: () => new Date('2026-11-22T12:00:00Z') });

    expect(fetchGraphql).toHaveBeenCalledTimes(1);
    expect(fetchGraphql).toHaveBeenCalledWith(`query MyStepsRefresh($t0: String!) { s0: contactRequestByToken(token: $t0) { ${CONTACT_FIELDS} } }`, { t0: 'tok/en+1' });
    expect(steps.find((step) => step.id === 'cr-1')).toEqual({
      ...request,
      status: 'IN_PROGRESS',
      dueAt: '2026-11-24T22:59:59.000Z',
      dueDateLabel: 'mardi 24 novembre',
      transferred: false,
      statusCheckedAt: '2026-11-22T12:00:00.000Z',
    });
    expect(steps.find((step) => step.id === 'bk-1')).toEqual(booking);
    expect(steps.find((step) => step.id === 'idem-1')).toEqual(pending);
  });

  it('stores the outcome of a closed request, and the new organisation of a transferred one', async () => {
    await addMyStep(request);
    const fetchGraphql = vi.fn(async () => ({
      data: { s0: { status: 'CLOSED', dueAt: '2026-11-27T22:59:59.000Z', dueDateLabel: 'vendredi 27 novembre', outcome: 'REACHED_HELPED', transferred: true, organisation: { name: 'Info Jeunes Landes' } } },
    }));

    const [step] = await refreshMySteps({ fetchGraphql, available: { 'contact-request': true }, online: () => true });

    expect(step).toMatchObject({ status: 'CLOSED', outcome: 'REACHED_HELPED', transferred: true, organisationName: 'Info Jeunes Landes', dueDateLabel: 'vendredi 27 novembre' });
  });

  it('once both exist, asks for every tracked entry in one request and stores the new statuses', async () => {
    await addMyStep(request);
    await addMyStep(booking);
    await addMyStep(pending);
    const fetchGraphql = vi.fn(async () => ({
      data: { s0: { status: 'CANCELLED' }, s1: { status: 'IN_PROGRESS', dueAt: '2026-11-24T09:00:00.000Z' } },
    }));

    const steps = await refreshMySteps({ fetchGraphql, available: { 'contact-request': true, booking: true }, online: () => true, now: () => new Date('2026-11-22T12:00:00Z') });

    expect(fetchGraphql).toHaveBeenCalledTimes(1);
    expect(fetchGraphql).toHaveBeenCalledWith(
      `query MyStepsRefresh($t0: String!, $t1: String!) { s0: bookingByToken(token: $t0) { status waitlistPosition cancelledBy session { startsAt } } s1: contactRequestByToken(token: $t1) { ${CONTACT_FIELDS} } }`,
      { t0: 'booking-token', t1: 'tok/en+1' },
    );
    expect(steps.find((step) => step.id === 'bk-1')).toMatchObject({ status: 'CANCELLED', statusCheckedAt: '2026-11-22T12:00:00.000Z' });
    expect(steps.find((step) => step.id === 'cr-1')).toMatchObject({ status: 'IN_PROGRESS', dueAt: '2026-11-24T09:00:00.000Z' });
    expect(steps.find((step) => step.id === 'idem-1')).toEqual(pending);
  });

  it('keeps what it knows for an unknown token (null)', async () => {
    await addMyStep(request);
    const fetchGraphql = vi.fn(async () => ({ data: { s0: null } }));
    expect(await refreshMySteps({ fetchGraphql, available: { 'contact-request': true }, online: () => true })).toEqual([request]);
  });

  it('returns the stored entries unchanged when the server rejects the query or the network fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await addMyStep(request);
    const rejected = vi.fn(async () => ({ errors: [{ message: 'Cannot query field "contactRequestByToken" on type "Query".' }] }));
    expect(await refreshMySteps({ fetchGraphql: rejected, available: { 'contact-request': true, booking: true }, online: () => true })).toEqual([request]);
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await refreshMySteps({ fetchGraphql: failing, available: { 'contact-request': true, booking: true }, online: () => true })).toEqual([request]);
  });

  it('sends nothing while offline', async () => {
    await addMyStep(request);
    const fetchGraphql = vi.fn();
    expect(await refreshMySteps({ fetchGraphql, available: { 'contact-request': true, booking: true }, online: () => false })).toEqual([request]);
    expect(fetchGraphql).not.toHaveBeenCalled();
  });

  it('numbers the variables after the given entries only', () => {
    expect(buildRefreshQuery([request]).variables).toEqual({ t0: 'tok/en+1' });
  });
});
