/**
 * "Mes démarches", kept on the device (IndexedDB store `my-steps` in the `balise` database):
 * the youth's contact requests and bookings with their tracking tokens. Youths have no account,
 * so this store is the only place the app remembers them; the tokens are the capabilities.
 *
 * Never throws: without storage, adding does nothing (returns false) and the list is empty.
 */
import { baliseDb, logStorageProblem } from '../offline/balise-db.js';

export type MyStepKind = 'contact-request' | 'booking';
export type ContactRequestStatus = 'NEW' | 'IN_PROGRESS' | 'CLOSED' | 'CANCELLED' | 'EXPIRED';
export type BookingStatus = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW';

interface MyStepBase {
  /** Server id; for a request written offline and not sent yet, a local id (its idempotency key). */
  id: string;
  /** Tracking token (capability). Empty while the entry waits to be sent. */
  token: string;
  offerId: string;
  offerTitle: string;
  organisationName: string;
  /** ISO date-times. */
  createdAt: string;
  statusCheckedAt?: string;
  /** Present while the mutation waits for the network: sent on reconnect with this idempotency key. */
  pendingSync?: PendingSync;
}

/** A request written offline (or whose sending failed on the network), kept until it is sent. */
export interface PendingSync {
  idempotencyKey: string;
  /** The mutation's input without the key (it holds the youth's details until it is sent). */
  input: unknown;
  /** The server refused it (invalid, offer gone…): it is not sent again; the youth sees why and may remove it. */
  failed?: { message: string; at: string };
  /** A transient refusal (too many requests): not tried again before then (ISO date-time). */
  notBefore?: string;
}

export interface ContactRequestStep extends MyStepBase {
  kind: 'contact-request';
  status: ContactRequestStatus;
  /** The organisation promised to get back by then. */
  dueAt?: string;
  /** The due day as the API says it in French ("jeudi 26 novembre"). */
  dueDateLabel?: string;
  /** How a CLOSED request ended (ContactOutcome). */
  outcome?: string;
  /** Sent on to another organisation (organisationName is then the new one). */
  transferred?: boolean;
}

export interface BookingStep extends MyStepBase {
  kind: 'booking';
  status: BookingStatus;
  sessionStartsAt?: string;
  /** 1..n while WAITLISTED. */
  waitlistPosition?: number;
  /** Who cancelled: the youth, or the organisation (the session was cancelled). */
  cancelledBy?: 'YOUTH' | 'ORGANISATION';
}

export type MyStep = ContactRequestStep | BookingStep;
export type MyStepPatch = Partial<Omit<MyStepBase, 'id'>> & {
  status?: ContactRequestStatus | BookingStatus;
  dueAt?: string;
  dueDateLabel?: string;
  outcome?: string;
  transferred?: boolean;
  sessionStartsAt?: string;
  waitlistPosition?: number;
  cancelledBy?: 'YOUTH' | 'ORGANISATION';
};

type Listener = () => void;
const listeners = new Set<Listener>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('balise-my-steps');
channel?.addEventListener('message', () => listeners.forEach((listener) => listener()));

function changed(): void {
  listeners.forEach((listener) => listener());
  channel?.postMessage('changed');
}

/** Called after any change, in this tab or another one. Returns the unsubscribe function. */
export function onMyStepsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Adds (or replaces) an entry. False when the device cannot store it. */
export async function addMyStep(step: MyStep): Promise<boolean> {
  try {
    const db = await baliseDb();
    if (!db) return false;
    await db.put('my-steps', step);
    changed();
    return true;
  } catch (error) {
    logStorageProblem('écriture my-steps', error);
    return false;
  }
}

/** Every entry, most recent first. */
export async function listMySteps(): Promise<MyStep[]> {
  try {
    const db = await baliseDb();
    if (!db) return [];
    return (await db.getAllFromIndex('my-steps', 'createdAt')).reverse();
  } catch (error) {
    logStorageProblem('lecture my-steps', error);
    return [];
  }
}

export async function getMyStep(kind: MyStepKind, id: string): Promise<MyStep | undefined> {
  try {
    const db = await baliseDb();
    return await db?.get('my-steps', [kind, id]);
  } catch (error) {
    logStorageProblem('lecture my-steps', error);
    return undefined;
  }
}

/** Merges `patch` into an entry; `pendingSync: undefined` clears it. Returns the entry as stored, or undefined. */
export async function updateMyStep(kind: MyStepKind, id: string, patch: MyStepPatch): Promise<MyStep | undefined> {
  try {
    const db = await baliseDb();
    if (!db) return undefined;
    const tx = db.transaction('my-steps', 'readwrite');
    const current = await tx.store.get([kind, id]);
    if (!current) {
      await tx.done;
      return undefined;
    }
    const next = { ...current, ...patch, kind: current.kind, id: current.id } as MyStep;
    for (const [name, value] of Object.entries(next)) if (value === undefined) delete (next as unknown as Record<string, unknown>)[name];
    await tx.store.put(next);
    await tx.done;
    changed();
    return next;
  } catch (error) {
    logStorageProblem('écriture my-steps', error);
    return undefined;
  }
}

/** Replaces the entry `id` by `step` (e.g. a request sent at last: its local id becomes the server's) in one transaction. */
export async function replaceMyStep(kind: MyStepKind, id: string, step: MyStep): Promise<boolean> {
  try {
    const db = await baliseDb();
    if (!db) return false;
    const tx = db.transaction('my-steps', 'readwrite');
    await tx.store.delete([kind, id]);
    await tx.store.put(step);
    await tx.done;
    changed();
    return true;
  } catch (error) {
    logStorageProblem('écriture my-steps', error);
    return false;
  }
}

export async function removeMyStep(kind: MyStepKind, id: string): Promise<void> {
  try {
    const db = await baliseDb();
    if (!db) return;
    await db.delete('my-steps', [kind, id]);
    changed();
  } catch (error) {
    logStorageProblem('écriture my-steps', error);
  }
}

/** Tracking page of an entry (pages delivered with the contact-request and booking issues). */
export function trackingPath(step: MyStep): string | undefined {
  if (!step.token) return undefined;
  const token = encodeURIComponent(step.token);
  return step.kind === 'booking' ? `/reservation/${token}` : `/suivi/${token}`;
}
