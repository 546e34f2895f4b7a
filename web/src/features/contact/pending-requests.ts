/**
 * The offline queue of "Être rappelé·e": a request written without network is kept in Mes démarches
 * (`pendingSync`, shown "En attente d'envoi") and sent when the connection comes back (the `online`
 * event, app start, opening Mes démarches), always with the idempotency key of its form, so a
 * request that did reach the server before the connection dropped is not created twice.
 *
 * - sent → the pending entry is replaced by the real one (server id, token, due date, status), and
 *   the youth's details it held leave the device;
 * - no network → left as it is, the next ones are not tried either (the next event will);
 * - RATE_LIMITED or a fault on our side → left pending, not tried again before the wait is over;
 * - refused (BAD_USER_INPUT, NOT_FOUND…) → marked failed with the server's message and never sent
 *   again: Mes démarches shows why and lets the youth remove it or write it again.
 */
import type { RequestContactInput } from '../../gql/graphql.js';
import { addMyStep, listMySteps, replaceMyStep, updateMyStep, type ContactRequestStep, type PendingSync } from '../my-steps/my-steps.store.js';
import { sendContactRequest, type ContactReceipt, type SendOutcome } from './send-contact-request.js';

export type PendingInput = Omit<RequestContactInput, 'idempotencyKey'>;

/** Wait before trying again after a fault on our side (no retryAfterSeconds). */
const SERVER_FAULT_WAIT_SECONDS = 60;

export interface QueueOptions {
  send?: (input: RequestContactInput) => Promise<SendOutcome>;
  online?: () => boolean;
  now?: () => Date;
}

export interface QueueRun {
  /** The entries that left the queue, as now stored. */
  sent: ContactRequestStep[];
  /** How many the server refused during this run. */
  refused: number;
}

/** The entry of a request the server accepted. */
export function receiptStep(receipt: ContactReceipt, details: { offerId: string; createdAt: string }): ContactRequestStep {
  return {
    kind: 'contact-request',
    id: receipt.id,
    token: receipt.token,
    offerId: details.offerId,
    offerTitle: receipt.offerTitle,
    organisationName: receipt.organisation.name,
    createdAt: details.createdAt,
    status: receipt.status,
    dueAt: receipt.dueAt,
    dueDateLabel: receipt.dueDateLabel,
  };
}

/** Keeps a request on the device until it can be sent. False when the device cannot store it. */
export function queueContactRequest(
  input: RequestContactInput,
  details: { offerTitle: string; organisationName: string; now?: Date },
): Promise<boolean> {
  const { idempotencyKey, ...rest } = input;
  const pendingSync: PendingSync = { idempotencyKey, input: rest satisfies PendingInput };
  return addMyStep({
    kind: 'contact-request',
    id: idempotencyKey,
    token: '',
    offerId: String(input.offerId),
    offerTitle: details.offerTitle,
    organisationName: details.organisationName,
    createdAt: (details.now ?? new Date()).toISOString(),
    status: 'NEW',
    pendingSync,
  });
}

/** True for an entry the queue will still try to send. */
export function isWaitingToSend(step: { kind: string; pendingSync?: PendingSync }): boolean {
  return step.kind === 'contact-request' && Boolean(step.pendingSync) && !step.pendingSync?.failed;
}

let running: Promise<QueueRun> | undefined;
const sentListeners = new Set<(sent: ContactRequestStep[]) => void>();

/** Called after each run that sent something, whoever started it (the layout says so to the youth). */
export function onContactRequestsSent(listener: (sent: ContactRequestStep[]) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

/** Sends what waits in the queue (one run at a time in this tab, and across tabs where Web Locks exist). Never throws. */
export function sendPendingContactRequests(options: QueueOptions = {}): Promise<QueueRun> {
  running ??= withLock(() => run(options))
    .then((result) => {
      if (result.sent.length) sentListeners.forEach((listener) => listener(result.sent));
      return result;
    })
    .catch((error: unknown) => {
      console.warn('[balise] envoi des demandes en attente impossible', error instanceof Error ? error.name : error);
      return { sent: [], refused: 0 };
    })
    .finally(() => {
      running = undefined;
    });
  return running;
}

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('balise-contact-request-queue', work) as Promise<T>) : work();
}

async function run(options: QueueOptions): Promise<QueueRun> {
  const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine);
  const send = options.send ?? ((input: RequestContactInput) => sendContactRequest(input));
  const now = options.now ?? (() => new Date());
  const result: QueueRun = { sent: [], refused: 0 };
  if (!online()) return result;

  // Oldest first: the order the youth wrote them in.
  const waiting = (await listMySteps())
    .filter((step): step is ContactRequestStep => isWaitingToSend(step))
    .filter((step) => !step.pendingSync?.notBefore || new Date(step.pendingSync.notBefore) <= now())
    .reverse();

  for (const step of waiting) {
    const pending = step.pendingSync!;
    const input = { ...(pending.input as PendingInput), idempotencyKey: pending.idempotencyKey };
    const outcome = await send(input);
    if (outcome.kind === 'network') break;
    if (outcome.kind === 'sent') {
      const sent = receiptStep(outcome.receipt, { offerId: step.offerId, createdAt: step.createdAt });
      if (await replaceMyStep('contact-request', step.id, sent)) result.sent.push(sent);
    } else if (outcome.kind === 'retry-later') {
      const wait = outcome.retryAfterSeconds ?? SERVER_FAULT_WAIT_SECONDS;
      await updateMyStep('contact-request', step.id, { pendingSync: { ...pending, notBefore: new Date(now().getTime() + wait * 1000).toISOString() } });
    } else {
      const failed: PendingSync = { idempotencyKey: pending.idempotencyKey, input: pending.input, failed: { message: outcome.message, at: now().toISOString() } };
      await updateMyStep('contact-request', step.id, { pendingSync: failed });
      result.refused += 1;
    }
  }
  return result;
}
