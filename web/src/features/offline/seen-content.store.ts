/**
 * IndexedDB implementation of the seen-content contract (see seen-content.ts).
 * Bounded: at most MAX_OFFERS offers and MAX_RESULT_SETS result sets, the oldest seen dropped first.
 * Never throws: when storage is unavailable, remembering does nothing and reading finds nothing.
 */
import { baliseDb, logStorageProblem } from './balise-db.js';
import type { SeenOffer, SeenResults } from './seen-content.js';

export const MAX_OFFERS = 200;
export const MAX_RESULT_SETS = 50;

type StoreName = 'seen-offers' | 'seen-results';

async function remember<S extends StoreName>(store: S, value: S extends 'seen-offers' ? SeenOffer : SeenResults, max: number): Promise<void> {
  try {
    const db = await baliseDb();
    if (!db) return;
    const tx = db.transaction(store, 'readwrite');
    await tx.store.put(value as SeenOffer & SeenResults);
    let excess = (await tx.store.count()) - max;
    if (excess > 0) {
      let cursor = await tx.store.index('seenAt').openCursor();
      while (cursor && excess > 0) {
        await cursor.delete();
        excess -= 1;
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  } catch (error) {
    logStorageProblem(`écriture ${store}`, error);
  }
}

async function read<S extends StoreName>(store: S, key: string): Promise<(S extends 'seen-offers' ? SeenOffer : SeenResults) | undefined> {
  try {
    const db = await baliseDb();
    if (!db) return undefined;
    return (await db.get(store, key)) as (S extends 'seen-offers' ? SeenOffer : SeenResults) | undefined;
  } catch (error) {
    logStorageProblem(`lecture ${store}`, error);
    return undefined;
  }
}

export async function rememberOffer(offer: Omit<SeenOffer, 'seenAt'>): Promise<void> {
  await remember('seen-offers', { id: offer.id, data: offer.data, seenAt: new Date().toISOString() }, MAX_OFFERS);
}

export async function readSeenOffer(id: string): Promise<SeenOffer | undefined> {
  return read('seen-offers', id);
}

export async function rememberResults(results: Omit<SeenResults, 'seenAt'>): Promise<void> {
  await remember('seen-results', { key: results.key, data: results.data, seenAt: new Date().toISOString() }, MAX_RESULT_SETS);
}

export async function readSeenResults(key: string): Promise<SeenResults | undefined> {
  return read('seen-results', key);
}
