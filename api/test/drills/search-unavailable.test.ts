/**
 * Drill (issue #8): the search engine is unavailable.
 * (a) Meilisearch configured at an address that accepts connections and never answers: the API
 *     still starts; searchOffers answers SEARCH_UNAVAILABLE (French message) within its short
 *     timeout, then at once while the engine is known down; offers, contact requests, bookings
 *     and sign-in keep working, and emails are not held up behind index writes; the start-up
 *     build waits in the outbox to be retried.
 * (b) The embedded engine behind a fault-injecting wrapper that refuses every index write: offers
 *     published and changed meanwhile are indexed by the outbox's retries once it is back.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../e2e/src/product.js';
import { queryRows } from '../../src/db/sql.js';
import { Offer } from '../../src/offers/offer.entity.js';
import { SEARCH_OFFER_TOPIC, SEARCH_REBUILD_TOPIC } from '../../src/search/search-outbox.subscriber.js';
import { MeilisearchSearchIndex, SEARCH_UNAVAILABLE_MESSAGE } from '../../src/search/meilisearch/meilisearch-search-index.js';
import type { SearchIndex } from '../../src/search/search-index.port.js';
import { organisationId, signedIn } from '../support/accounts.js';
import { BOOK, bookableOffer, bookableSession, bookingInput } from '../support/bookings.js';
import { REQUEST_CONTACT, contactableOffer, requestInput } from '../support/contact-requests.js';
import { fixtureOffer } from '../support/portal.js';
import { FIXED_NOW, useTestServer } from '../support/test-server.js';
import { eventually, postJson, timed } from './drill-support.js';

const SEARCH = /* GraphQL */ `query($text: String!) { searchOffers(input: { text: $text }) { total hits { offer { id title } } } }`;

describe('search engine unavailable: Meilisearch accepts connections and never answers', () => {
  const silent = { server: undefined as Server | undefined, sockets: new Set<Socket>(), url: '' };
  beforeAll(async () => {
    const port = await freePort();
    silent.server = createServer((socket) => {
      silent.sockets.add(socket);
      socket.on('close', () => silent.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.server!.listen(port, '127.0.0.1', resolve));
    silent.url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    for (const socket of silent.sockets) socket.destroy();
    await new Promise((resolve) => silent.server?.close(resolve));
  });
  const context = useTestServer('postgresql', { env: { RATE_LIMIT_ENABLED: 'false', get MEILI_URL() { return silent.url; } } as Record<string, string> });

  it('answers searchOffers with SEARCH_UNAVAILABLE quickly, not a 500 and not a hang', async () => {
    const { value: answer, ms } = await timed(() => postJson(`${context.server.url}/graphql`, { query: SEARCH, variables: { text: 'logement' } }));
    expect(answer.status).toBe(200);
    expect(answer.body.errors?.[0]).toMatchObject({ message: SEARCH_UNAVAILABLE_MESSAGE, extensions: { code: 'SEARCH_UNAVAILABLE' } });
    expect(ms).toBeLessThan(4000); // at most the search client's 2 s timeout, not the request's 15 s
  });

  it('the adapter: a search gives up after its 2 s timeout, then fails at once while the engine is known down', async () => {
    const index = new MeilisearchSearchIndex({ url: silent.url });
    const query = { text: 'logement', sort: 'RELEVANCE', offset: 0, limit: 10 } as const;
    const first = await timed(() => index.search(query).catch((error: unknown) => error));
    expect(first.value).toMatchObject({ code: 'SEARCH_UNAVAILABLE', message: SEARCH_UNAVAILABLE_MESSAGE });
    expect(first.ms).toBeGreaterThan(1900);
    expect(first.ms).toBeLessThan(3000);
    const second = await timed(() => index.search(query).catch((error: unknown) => error));
    expect(second.value).toMatchObject({ code: 'SEARCH_UNAVAILABLE' });
    expect(second.ms).toBeLessThan(100);
    expect(await index.isReady()).toBe(false);
  });

  it('keeps the rest working: offers, contact requests, bookings, sign-in', async () => {
    const { server } = context;
    const { value: offers, ms } = await timed(() => server.gql(`{ offers(first: 3) { totalCount edges { node { title } } } }`));
    expect(offers.data?.['offers']?.totalCount).toBeGreaterThanOrEqual(500);
    expect(ms).toBeLessThan(2000);

    const offerId = (await contactableOffer(server.orm.em, 'ml-landes')).id;
    const receipt = await server.gql(REQUEST_CONTACT, { input: requestInput(offerId) });
    expect(receipt.errors).toBeUndefined();
    expect(receipt.data?.['requestContact']?.token).toMatch(/^[\w-]{43}$/);

    const sessionId = await bookableSession(server.orm.em, await bookableOffer(server.orm.em, await organisationId(server.orm.em, 'ml-landes')));
    const booking = await server.gql(BOOK, { input: bookingInput(sessionId) });
    expect(booking.data?.['bookWorkshop']?.status).toBe('CONFIRMED');

    const client = await signedIn(server.client(), 'conseil@ml-landes.balise.test');
    expect((await client.gql('{ me { email } }')).data?.['me']?.email).toBe('conseil@ml-landes.balise.test');
  });

  it('does not hold the emails up behind index writes that would each time out', async () => {
    const { server } = context;
    const [last] = await queryRows<{ id: string }>(server.orm.em.fork(), 'select coalesce(max(id), 0)::text as id from outbox_event');
    const em = server.orm.em.fork();
    for (const offer of await em.find(Offer, { status: 'PUBLISHED' }, { limit: 5, orderBy: { title: 'asc' } })) offer.title = `${offer.title} (exercice)`;
    await em.flush(); // five index writes queued ahead
    const offerId = (await contactableOffer(server.orm.em, 'ml-landes')).id;
    expect((await server.gql(REQUEST_CONTACT, { input: requestInput(offerId) })).errors).toBeUndefined();
    const emailsDelivered = async () =>
      (await queryRows<{ delivered: boolean }>(server.orm.em.fork(), `select delivered_at is not null as delivered from outbox_event where topic = 'email.send' and id > ?`, [last!.id])).every((row) => row.delivered);
    const { ms } = await timed(() => eventually('the request’s emails delivered', emailsDelivered, 40_000));
    // At most one write waits for its 10 s timeout; then the engine is known down and the others fail at once.
    expect(ms).toBeLessThan(15_000);
  });

  it('counts it as an error of ours in /metrics, not as a refusal of the caller', async () => {
    await postJson(`${context.server.url}/graphql`, { query: SEARCH.replace('query(', 'query DrillSearch('), variables: { text: 'logement' } });
    const metrics = await fetch(`${context.server.url}/metrics`).then((response) => response.text());
    expect(metrics).toMatch(/balise_graphql_request_duration_seconds_count\{operation="DrillSearch",outcome="error"\} 1/);
  });

  it('says so on /readyz, still ready (the rest works: a balancer keeps the process), and keeps the start-up build in the outbox to retry', async () => {
    const { value: ready, ms } = await timed(() => fetch(`${context.server.url}/readyz`).then(async (response) => ({ status: response.status, body: await response.json() })));
    expect(ready).toMatchObject({ status: 200, body: { ready: true, checks: { startup: true, database: true, search: false } } });
    expect(ms).toBeLessThan(4000);
    const [pending] = await queryRows<{ count: string }>(context.server.orm.em.fork(), `select count(*) as count from outbox_event where topic = ? and delivered_at is null and failed_at is null`, [SEARCH_REBUILD_TOPIC]);
    expect(Number(pending!.count)).toBe(1);
  });
});

describe('search index writes failing (embedded engine behind a fault-injecting wrapper)', () => {
  let now = FIXED_NOW;
  const context = useTestServer('postgresql', { clock: () => now });
  const fault = { down: false, refusedWrites: 0 };

  beforeAll(() => {
    const index: SearchIndex = context.server.searchIndex;
    const replaceOffer = index.replaceOffer.bind(index);
    index.replaceOffer = async (offerId, documents) => {
      if (fault.down) {
        fault.refusedWrites += 1;
        throw new Error('search engine unavailable (drill)');
      }
      return replaceOffer(offerId, documents);
    };
  });

  const titlesFound = async (text: string) =>
    ((await context.server.gql(SEARCH, { text })).data?.['searchOffers']?.hits ?? []).map((hit: { offer: { title: string } }) => hit.offer.title);
  const pendingSearchEvents = async () =>
    Number((await queryRows<{ count: string }>(context.server.orm.em.fork(), `select count(*) as count from outbox_event where topic = ? and delivered_at is null`, [SEARCH_OFFER_TOPIC]))[0]!.count);

  it('indexes what was published and changed during the outage once the engine is back', async () => {
    const em = context.server.orm.em.fork();
    fault.down = true;
    // Changed: an existing published offer gets a new title.
    const changed = (await contactableOffer(em, 'ml-landes')).id;
    const offer = await em.findOneOrFail(Offer, { id: changed });
    offer.title = 'Permanence Zéphyrin pour l’emploi';
    await em.flush();
    // Published: a draft goes live.
    const draftId = await fixtureOffer(em, await organisationId(em, 'ml-pau'), 'DRAFT');
    const draft = await em.findOneOrFail(Offer, { id: draftId });
    draft.title = 'Atelier Zéphyrin : écrire son CV';
    draft.status = 'PUBLISHED';
    await em.flush();

    // The worker tries, fails, and schedules a retry (backoff on the frozen clock: not before it moves).
    await eventually('the outbox tried both offers', async () => fault.refusedWrites >= 2);
    expect(await pendingSearchEvents()).toBeGreaterThanOrEqual(2); // the draft's creation, its publication, the change
    expect(await titlesFound('Zéphyrin')).toEqual([]);

    fault.down = false;
    now = new Date(FIXED_NOW.getTime() + 60_000);
    await eventually('the retries delivered the search events', async () => (await pendingSearchEvents()) === 0);
    expect((await titlesFound('Zéphyrin')).sort()).toEqual(['Atelier Zéphyrin : écrire son CV', 'Permanence Zéphyrin pour l’emploi']);
  });
});
