import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeBaliseDb } from './balise-db.js';
import { readSeenOffer, readSeenResults, rememberOffer, rememberResults, resultsKey } from './seen-content.js';
import { MAX_OFFERS, MAX_RESULT_SETS } from './seen-content.store.js';

let clock = Date.parse('2026-11-23T10:00:00Z');

beforeEach(async () => {
  await closeBaliseDb();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function tick(): void {
  clock += 1000;
  vi.setSystemTime(clock);
}

describe('seen offers', () => {
  it('given an offer the youth has seen, when read back by id, then the same data comes back with the time it was seen', async () => {
    await rememberOffer({ id: 'offer-1', data: { title: 'Permis à 1 € par jour', venues: [{ name: 'Mont-de-Marsan' }] } });

    const seen = await readSeenOffer('offer-1');

    expect(seen).toEqual({ id: 'offer-1', data: { title: 'Permis à 1 € par jour', venues: [{ name: 'Mont-de-Marsan' }] }, seenAt: new Date(clock).toISOString() });
    expect(await readSeenOffer('offer-unknown')).toBeUndefined();
  });

  it('given the same offer seen twice, then the latest copy replaces the first', async () => {
    await rememberOffer({ id: 'offer-1', data: { title: 'old' } });
    tick();
    await rememberOffer({ id: 'offer-1', data: { title: 'new' } });

    expect((await readSeenOffer('offer-1'))?.data).toEqual({ title: 'new' });
  });

  it(`keeps at most ${MAX_OFFERS} offers, dropping the ones seen longest ago`, async () => {
    for (let index = 0; index < MAX_OFFERS + 3; index += 1) {
      tick();
      await rememberOffer({ id: `offer-${index}`, data: { index } });
    }
    // offer-3 seen again: it becomes the most recent and survives the next eviction
    tick();
    await rememberOffer({ id: 'offer-3', data: { index: 3 } });
    tick();
    await rememberOffer({ id: 'offer-extra', data: {} });

    for (const gone of ['offer-0', 'offer-1', 'offer-2', 'offer-4']) expect(await readSeenOffer(gone)).toBeUndefined();
    for (const kept of ['offer-3', 'offer-5', `offer-${MAX_OFFERS + 2}`, 'offer-extra']) expect(await readSeenOffer(kept)).toBeDefined();
  });
});

describe('seen results', () => {
  it('given a results page stored under its search key, then the same search (any property order) reads it back', async () => {
    const key = resultsKey({ text: 'logement', communeCode: '40192', themes: ['HOUSING'], age: undefined });
    await rememberResults({ key, data: { total: 1, hits: [{ offer: { id: 'offer-1' } }] } });

    const sameSearch = resultsKey({ themes: ['HOUSING'], communeCode: '40192', text: 'logement' });
    expect((await readSeenResults(sameSearch))?.data).toEqual({ total: 1, hits: [{ offer: { id: 'offer-1' } }] });
    expect(await readSeenResults(resultsKey({ text: 'santé' }))).toBeUndefined();
  });

  it(`keeps at most ${MAX_RESULT_SETS} result sets, dropping the oldest`, async () => {
    for (let index = 0; index < MAX_RESULT_SETS + 2; index += 1) {
      tick();
      await rememberResults({ key: `search-${index}`, data: { index } });
    }
    expect(await readSeenResults('search-0')).toBeUndefined();
    expect(await readSeenResults('search-1')).toBeUndefined();
    expect(await readSeenResults('search-2')).toBeDefined();
    expect(await readSeenResults(`search-${MAX_RESULT_SETS + 1}`)).toBeDefined();
  });
});

describe('when IndexedDB is unavailable (private mode, blocked storage)', () => {
  it('never throws: remembering does nothing and reading finds nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error simulate a browser without IndexedDB
    delete globalThis.indexedDB;

    await expect(rememberOffer({ id: 'offer-1', data: {} })).resolves.toBeUndefined();
    await expect(readSeenOffer('offer-1')).resolves.toBeUndefined();
    await expect(rememberResults({ key: 'k', data: {} })).resolves.toBeUndefined();
    await expect(readSeenResults('k')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });

  it('never throws when the data cannot be stored (not cloneable)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(rememberOffer({ id: 'offer-1', data: { render: () => 'not cloneable' } })).resolves.toBeUndefined();
    expect(await readSeenOffer('offer-1')).toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });

  it('never throws when opening the database fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(rememberOffer({ id: 'offer-1', data: {} })).resolves.toBeUndefined();
    await expect(readSeenOffer('offer-1')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SecurityError'));
  });
});
