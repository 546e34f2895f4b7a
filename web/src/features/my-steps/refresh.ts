/**
 * Refreshes the status of "Mes démarches" from the API when the device is online.
 *
 * WIRED BUT A NO-OP FOR NOW: the queries `contactRequestByToken(token)` and `bookingByToken(token)`
 * are in the design's GraphQL contract but not in schema/schema.graphql yet (they come with the
 * contact-request and booking issues). The build sets `__BALISE_TRACKING_QUERIES__` from the committed
 * schema (see vite.config.ts): while the schema lacks them, `refreshMySteps` sends nothing and returns
 * the stored entries unchanged. When they land, it starts asking — one batched request for all entries —
 * and still returns the stored entries unchanged if the server rejects the query (e.g. the tracking
 * types' fields differ from the ones selected below: adjust `SELECTIONS` then, ideally as a typed
 * codegen document).
 *
 * The query text is assembled at run time on purpose: codegen must not see a document that the
 * current schema cannot validate.
 *
 * Entries waiting to be sent (`pendingSync`) have no token yet and are skipped here; sending them
 * with their idempotency key belongs to the contact-request issue (`requestContact` is not in the
 * schema either).
 */
import { listMySteps, updateMyStep, type MyStep, type MyStepPatch } from './my-steps.store.js';

declare const __BALISE_TRACKING_QUERIES__: boolean | undefined;

/** True when the committed schema has both tracking queries (decided at build time). */
export const TRACKING_QUERIES_AVAILABLE = typeof __BALISE_TRACKING_QUERIES__ === 'boolean' && __BALISE_TRACKING_QUERIES__;

const SELECTIONS = {
  'contact-request': { field: 'contactRequestByToken', fields: 'status dueAt' },
  booking: { field: 'bookingByToken', fields: 'status' },
} as const;

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message?: string }>;
}
export type GraphqlFetch = (query: string, variables: Record<string, unknown>) => Promise<GraphqlResponse>;

/** Plain POST to /graphql: never cached by the service worker, short timeout for poor connections. */
export const fetchGraphql: GraphqlFetch = async (query, variables) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    credentials: 'same-origin',
    signal: AbortSignal.timeout(15_000),
  });
  return (await response.json()) as GraphqlResponse;
};

export interface RefreshOptions {
  fetchGraphql?: GraphqlFetch;
  /** Overrides the build-time schema check (tests). */
  available?: boolean;
  online?: () => boolean;
  now?: () => Date;
}

/** Builds one query asking for every entry's status, aliased s0, s1… */
export function buildRefreshQuery(steps: readonly MyStep[]): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const selections: string[] = [];
  steps.forEach((step, index) => {
    const { field, fields } = SELECTIONS[step.kind];
    variables[`t${index}`] = step.token;
    declarations.push(`$t${index}: String!`);
    selections.push(`s${index}: ${field}(token: $t${index}) { ${fields} }`);
  });
  return { query: `query MyStepsRefresh(${declarations.join(', ')}) { ${selections.join(' ')} }`, variables };
}

/** The stored entries, with fresh statuses when the API can give them. Never throws. */
export async function refreshMySteps(options: RefreshOptions = {}): Promise<MyStep[]> {
  const stored = await listMySteps();
  const available = options.available ?? TRACKING_QUERIES_AVAILABLE;
  const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine);
  if (!available || !online()) return stored;

  const trackable = stored.filter((step) => step.token && !step.pendingSync);
  if (trackable.length === 0) return stored;

  let response: GraphqlResponse;
  try {
    const { query, variables } = buildRefreshQuery(trackable);
    response = await (options.fetchGraphql ?? fetchGraphql)(query, variables);
  } catch (error) {
    console.warn('[balise] Mes démarches : actualisation impossible', error instanceof Error ? error.name : error);
    return stored;
  }
  if (!response.data) {
    console.warn('[balise] Mes démarches : le serveur a refusé l’actualisation', response.errors?.[0]?.message);
    return stored;
  }

  const checkedAt = (options.now?.() ?? new Date()).toISOString();
  let updated = false;
  for (const [index, step] of trackable.entries()) {
    const fresh = response.data[`s${index}`] as { status?: string; dueAt?: string | null } | null | undefined;
    if (!fresh || typeof fresh.status !== 'string') continue; // unknown or purged token: keep what we know
    const patch: MyStepPatch = { status: fresh.status as MyStepPatch['status'], statusCheckedAt: checkedAt };
    if (step.kind === 'contact-request' && typeof fresh.dueAt === 'string') patch.dueAt = fresh.dueAt;
    await updateMyStep(step.kind, step.id, patch);
    updated = true;
  }
  return updated ? listMySteps() : stored;
}
