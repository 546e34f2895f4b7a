/**
 * Refreshes the status of "Mes démarches" from the API when the device is online: one batched
 * request for every tracked entry (aliases s0, s1…), so the query text is assembled at run time
 * (a codegen document cannot have a variable number of fields).
 *
 * Per kind: an entry is asked about only when the committed schema has its tracking query. The
 * build sets `__BALISE_TRACKING_QUERIES__` from schema/schema.graphql (see vite.config.ts):
 * `contactRequestByToken` and `bookingByToken` exist (status, due date, waitlist position, who
 * cancelled, the session's start). If the server rejects the query anyway, the stored entries are
 * returned unchanged.
 *
 * Entries waiting to be sent (`pendingSync`) have no token yet and are skipped here; they are
 * sent by features/contact/pending-requests.ts.
 */
import { fetchGraphql, type GraphqlFetch, type GraphqlResponse } from './graphql-fetch.js';
import { listMySteps, updateMyStep, type MyStep, type MyStepKind, type MyStepPatch } from './my-steps.store.js';
import { bookingPatch } from '../booking/booking-step.js';

export type { GraphqlFetch, GraphqlResponse } from './graphql-fetch.js';

declare const __BALISE_TRACKING_QUERIES__: Partial<Record<MyStepKind, boolean>> | undefined;

/** Which kinds have their tracking query in the committed schema (decided at build time; none outside the Vite build). */
export const TRACKING_QUERIES: Readonly<Record<MyStepKind, boolean>> = {
  'contact-request': typeof __BALISE_TRACKING_QUERIES__ === 'object' && __BALISE_TRACKING_QUERIES__?.['contact-request'] === true,
  booking: typeof __BALISE_TRACKING_QUERIES__ === 'object' && __BALISE_TRACKING_QUERIES__?.booking === true,
};

const SELECTIONS = {
  'contact-request': { field: 'contactRequestByToken', fields: 'status dueAt dueDateLabel outcome transferred organisation { name }' },
  booking: { field: 'bookingByToken', fields: 'status waitlistPosition cancelledBy session { startsAt }' },
} as const;

export interface RefreshOptions {
  fetchGraphql?: GraphqlFetch;
  /** Overrides the build-time schema check, per kind (tests). */
  available?: Partial<Record<MyStepKind, boolean>>;
  online?: () => boolean;
  now?: () => Date;
}

interface FreshStatus {
  status?: string;
  dueAt?: string | null;
  dueDateLabel?: string | null;
  outcome?: string | null;
  transferred?: boolean | null;
  organisation?: { name?: string } | null;
}

/** What a contact request's tracking answer changes in its entry (also used by the tracking page). */
export function contactRequestPatch(fresh: FreshStatus): MyStepPatch {
  const patch: MyStepPatch = {};
  if (typeof fresh.status === 'string') patch.status = fresh.status as MyStepPatch['status'];
  if (typeof fresh.dueAt === 'string') patch.dueAt = fresh.dueAt;
  if (typeof fresh.dueDateLabel === 'string') patch.dueDateLabel = fresh.dueDateLabel;
  if (fresh.outcome !== undefined) patch.outcome = fresh.outcome ?? undefined;
  if (typeof fresh.transferred === 'boolean') patch.transferred = fresh.transferred;
  if (typeof fresh.organisation?.name === 'string') patch.organisationName = fresh.organisation.name;
  return patch;
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
  const available = { ...TRACKING_QUERIES, ...options.available };
  const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine);
  if (!online()) return stored;

  const trackable = stored.filter((step) => available[step.kind] && step.token && !step.pendingSync);
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
    const fresh = response.data[`s${index}`] as FreshStatus | null | undefined;
    if (!fresh || typeof fresh.status !== 'string') continue; // unknown or purged token: keep what we know
    const patch: MyStepPatch = { status: fresh.status as MyStepPatch['status'], statusCheckedAt: checkedAt };
    if (step.kind === 'contact-request') Object.assign(patch, contactRequestPatch(fresh));
    if (step.kind === 'booking') Object.assign(patch, bookingPatch(fresh));
    await updateMyStep(step.kind, step.id, patch);
    updated = true;
  }
  return updated ? listMySteps() : stored;
}
