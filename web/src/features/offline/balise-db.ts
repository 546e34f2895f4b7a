/**
 * The device's own database (IndexedDB, via idb): what the youth has seen, and "Mes démarches".
 * One database, `balise`, so that one version number describes every store.
 *
 * IndexedDB can be missing or refuse to open (private browsing, storage blocked, quota): callers
 * get `undefined` and degrade — nothing here throws to the page.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MyStep } from '../my-steps/my-steps.store.js';
import type { SeenOffer, SeenResults } from './seen-content.js';

export const DB_NAME = 'balise';
const DB_VERSION = 1;

export interface BaliseDB extends DBSchema {
  'seen-offers': { key: string; value: SeenOffer; indexes: { seenAt: string } };
  'seen-results': { key: string; value: SeenResults; indexes: { seenAt: string } };
  /** Keyed by [kind, id]: a contact request and a booking may share an id. */
  'my-steps': { key: [string, string]; value: MyStep; indexes: { createdAt: string } };
}

let opening: Promise<IDBPDatabase<BaliseDB> | undefined> | undefined;
let warned = false;

/** Logs once per page load, without the data (which may be personal). */
export function logStorageProblem(what: string, error: unknown): void {
  if (warned) return;
  warned = true;
  const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.warn(`[balise] stockage local indisponible (${what}) — ${name}`);
}

/** The open database, or undefined when this browser cannot give us one. */
export function baliseDb(): Promise<IDBPDatabase<BaliseDB> | undefined> {
  opening ??= open();
  return opening;
}

async function open(): Promise<IDBPDatabase<BaliseDB> | undefined> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB absent');
    const db = await openDB<BaliseDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('seen-offers', { keyPath: 'id' }).createIndex('seenAt', 'seenAt');
          database.createObjectStore('seen-results', { keyPath: 'key' }).createIndex('seenAt', 'seenAt');
          database.createObjectStore('my-steps', { keyPath: ['kind', 'id'] }).createIndex('createdAt', 'createdAt');
        }
      },
      // A newer version of the app (another tab, after an update) wants to upgrade: let it.
      blocking() {
        db.close();
        opening = undefined;
      },
      terminated() {
        opening = undefined;
      },
    });
    return db;
  } catch (error) {
    logStorageProblem('ouverture', error);
    opening = undefined; // try again next time: the failure may be transient
    return undefined;
  }
}

/** Tests only: close the connection so the next call opens a fresh database. */
export async function closeBaliseDb(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = undefined;
  warned = false;
}
