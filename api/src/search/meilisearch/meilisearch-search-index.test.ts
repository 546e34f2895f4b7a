/**
 * The Meilisearch server cannot be installed on our machines (not in Debian, not on npm), so
 * these tests run the real `meilisearch` client against a small fake HTTP server on 127.0.0.1
 * that records the requests and answers canned task and search JSON. They check only how
 * requests are built and answers mapped; search behaviour itself is checked by the conformance
 * suite in meilisearch.integration.test.ts, which runs when MEILI_URL points to a real server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfferSearchDocument, SearchPlace, SearchQuery } from '../search-index.port.js';
import { MeilisearchSearchIndex } from './meilisearch-search-index.js';
import { INDEX_SETTINGS } from './settings.js';

interface TaskFailure {
  code: string;
  message: string;
}

class FakeMeilisearch {
  /** One line per request: `METHOD path`, plus `→ task N` for writes and the status for task polls. */
  readonly log: string[] = [];
  readonly bodies = new Map<string, unknown[]>();
  readonly indexes = new Set<string>();
  settings: Record<string, unknown> = {};
  /** Decides the outcome of the task a write creates; undefined: it succeeds. */
  failWrite: (method: string, path: string) => TaskFailure | undefined = () => undefined;
  /** Polls a task answers `processing` before its final status. */
  processingPolls = 1;
  multiSearch: (body: { queries: Record<string, unknown>[] }) => unknown = () => ({ results: [] });
  private readonly tasks = new Map<number, { polls: number; failure: TaskFailure | undefined }>();
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  bodiesOf(line: string): unknown[] {
    return this.bodies.get(line) ?? [];
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of request) raw += String(chunk);
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const line = `${method} ${path}`;
    this.bodies.set(line, [...this.bodiesOf(line), body]);
    const send = (status: number, json: unknown, note?: string) => {
      this.log.push(note ? `${line} ${note}` : line);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };

    const task = /^\/tasks\/(\d+)$/.exec(path);
    const index = /^\/indexes\/([\w-]+)$/.exec(path);
    if (method === 'GET' && path === '/health') return send(200, { status: 'available' });
    if (method === 'GET' && task) {
      const uid = Number(task[1]);
      const state = this.tasks.get(uid);
      if (!state) return send(404, { message: 'no task', code: 'task_not_found', type: 'invalid_request', link: '' });
      const status = state.polls++ < this.processingPolls ? 'processing' : state.failure ? 'failed' : 'succeeded';
      return send(200, { uid, indexUid: null, status, type: 'x', error: status === 'failed' ? state.failure : null }, status);
    }
    if (method === 'GET' && index) {
      const uid = index[1] ?? '';
      if (this.indexes.has(uid)) return send(200, { uid, primaryKey: 'id', createdAt: '', updatedAt: '' });
      return send(404, { message: `Index \`${uid}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: '' });
    }
    if (method === 'GET' && path.endsWith('/settings')) return send(200, this.settings);
    if (method === 'POST' && path === '/multi-search') return send(200, this.multiSearch(body as never));
    if (method === 'GET') return send(404, { message: 'not faked', code: 'not_faked', type: 'invalid_request', link: '' });

    const failure = this.failWrite(method, path) ?? this.applyToIndexes(method, path, body);
    const uid = this.tasks.size + 1;
    this.tasks.set(uid, { polls: 0, failure });
    send(202, { taskUid: uid, indexUid: null, status: 'enqueued', type: 'x', enqueuedAt: new Date().toISOString() }, `→ task ${uid}`);
  }

  private applyToIndexes(method: string, path: string, body: unknown): TaskFailure | undefined {
    if (method === 'POST' && path === '/indexes') {
      const uid = (body as { uid: string }).uid;
      if (this.indexes.has(uid)) return { code: 'index_already_exists', message: `Index \`${uid}\` already exists.` };
      this.indexes.add(uid);
    }
    const deleted = method === 'DELETE' ? /^\/indexes\/([\w-]+)$/.exec(path)?.[1] : undefined;
    if (deleted !== undefined && !this.indexes.delete(deleted)) {
      return { code: 'index_not_found', message: `Index \`${deleted}\` not found.` };
    }
    return undefined;
  }
}

const place: SearchPlace = { communeCode: '40192', epci: '244000865', departement: '40', point: { lat: 43.8935, lng: -0.4997 } };

function document(offerId: string, venueId: string | null, extra: Partial<OfferSearchDocument> = {}): OfferSearchDocument {
  return {
    id: `${offerId}:${venueId ?? 'remote'}`,
    offerId,
    venueId,
    title: 'Aide au logement',
    summary: 'Un studio pour commencer',
    description: 'Accompagnement vers un premier logement.',
    category: 'Logement autonome',
    organisationName: 'Habitat Jeunes des Landes',
    theme: 'HOUSING',
    themeLabel: 'Logement',
    format: 'INDIVIDUAL_APPOINTMENT',
    ageMin: 16,
    ageMax: 30,
    situations: [],
    coverageCommunes: [],
    coverageEpcis: [],
    coverageDepartements: ['40'],
    coverageNational: false,
    remote: false,
    point: venueId ? { lat: 43.89, lng: -0.5 } : null,
    venueCommuneCode: venueId ? '40192' : null,
    venuePostcode: venueId ? '40000' : null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  };
}

async function* batches(...lists: OfferSearchDocument[][]): AsyncGenerator<OfferSearchDocument[]> {
  yield* lists;
}

const pollsUntilDone = (uid: number) => [`GET /tasks/${uid} processing`, `GET /tasks/${uid} succeeded`];

describe('MeilisearchSearchIndex against a fake server', () => {
  let fake: FakeMeilisearch;
  let url: string;
  let index: MeilisearchSearchIndex;

  beforeEach(async () => {
    fake = new FakeMeilisearch();
    url = await fake.start();
    index = new MeilisearchSearchIndex({ url, indexUid: 'offers', taskTimeoutMs: 2_000 });
  });
  afterEach(async () => {
    await index.close();
    await fake.stop();
  });

  describe('replaceOffer', () => {
    it('creates the index with its settings once, then adds before removing the stale documents, each write waiting for its task', async () => {
      await index.replaceOffer('o1', [document('o1', 'v1'), document('o1', null, { remote: true })]);
      await index.replaceOffer('o2', []);

      expect(fake.log).toEqual([
        'POST /indexes → task 1',
        ...pollsUntilDone(1),
        'GET /indexes/offers/settings',
        'PATCH /indexes/offers/settings → task 2',
        ...pollsUntilDone(2),
        'POST /indexes/offers/documents?primaryKey=id → task 3',
        ...pollsUntilDone(3),
        'POST /indexes/offers/documents/delete → task 4',
        ...pollsUntilDone(4),
        'POST /indexes/offers/documents/delete → task 5',
        ...pollsUntilDone(5),
      ]);
      expect(fake.bodiesOf('PATCH /indexes/offers/settings')).toEqual([JSON.parse(JSON.stringify(INDEX_SETTINGS))]);
      expect(fake.bodiesOf('POST /indexes/offers/documents/delete')).toEqual([
        { filter: 'offerId = "o1" AND NOT id IN ["o1_v1", "o1_remote"]' },
        { filter: 'offerId = "o2"' },
      ]);
    });

    it('stores the port fields only, with `point` as `_geo` and no `_geo` without a venue', async () => {
      const withExtra = { ...document('o1', 'v1'), email: 'someone@example.org' } as OfferSearchDocument;
      await index.replaceOffer('o1', [withExtra, document('o1', null)]);

      const [stored] = fake.bodiesOf('POST /indexes/offers/documents?primaryKey=id') as Record<string, unknown>[][];
      expect(stored?.[0]).toMatchObject({ id: 'o1_v1', offerId: 'o1', venueId: 'v1', _geo: { lat: 43.89, lng: -0.5 } });
      expect(stored?.[0]).not.toHaveProperty('email');
      expect(stored?.[0]).not.toHaveProperty('point');
      expect(stored?.[1]).toMatchObject({ id: 'o1_remote', venueId: null });
      expect(stored?.[1]).not.toHaveProperty('_geo');
    });

    it('leaves settings alone when the server already has them', async () => {
      fake.indexes.add('offers');
      fake.settings = { ...JSON.parse(JSON.stringify(INDEX_SETTINGS)), displayedAttributes: ['*'] };
      await index.replaceOffer('o1', [document('o1', 'v1')]);
      expect(fake.log.filter((line) => line.includes('settings'))).toEqual(['GET /indexes/offers/settings']);
    });

    it('rejects a document of another offer before writing anything', async () => {
      await expect(index.replaceOffer('o1', [document('o2', 'v1')])).rejects.toThrow('not of offer o1');
      expect(fake.log).toEqual([]);
    });

    it('throws when a task fails', async () => {
      fake.failWrite = (method, path) =>
        path.startsWith('/indexes/offers/documents?') ? { code: 'invalid_document_geo_field', message: 'bad _geo' } : undefined;
      await expect(index.replaceOffer('o1', [document('o1', 'v1')])).rejects.toThrow(/failed: bad _geo/);
      expect(fake.log.some((line) => line.includes('documents/delete'))).toBe(false);
    });

    it('gives up waiting after the task timeout', async () => {
      fake.processingPolls = Number.POSITIVE_INFINITY;
      const impatient = new MeilisearchSearchIndex({ url, taskTimeoutMs: 200 });
      await expect(impatient.replaceOffer('o1', [])).rejects.toThrow(/timeout|timed out/i);
    });
  });

  describe('replaceAll', () => {
    it('builds a fresh index with the settings, then swaps it in and drops the old one', async () => {
      fake.indexes.add('offers');
      await index.replaceAll(batches([document('o1', 'v1'), document('o1', 'v2')], [], [document('o2', null)]));

      expect(fake.log).toEqual([
        'DELETE /indexes/offers_next → task 1',
        'GET /tasks/1 processing',
        'GET /tasks/1 failed', // index_not_found: nothing to clean up
        'POST /indexes → task 2',
        ...pollsUntilDone(2),
        'GET /indexes/offers_next/settings',
        'PATCH /indexes/offers_next/settings → task 3',
        ...pollsUntilDone(3),
        'POST /indexes/offers_next/documents?primaryKey=id → task 4',
        ...pollsUntilDone(4),
        'POST /indexes/offers_next/documents?primaryKey=id → task 5',
        ...pollsUntilDone(5),
        'POST /indexes → task 6',
        'GET /tasks/6 processing',
        'GET /tasks/6 failed', // index_already_exists: fine
        'POST /swap-indexes → task 7',
        ...pollsUntilDone(7),
        'DELETE /indexes/offers_next → task 8',
        ...pollsUntilDone(8),
      ]);
      expect(fake.bodiesOf('POST /indexes')).toEqual([
        { uid: 'offers_next', primaryKey: 'id' },
        { uid: 'offers', primaryKey: 'id' },
      ]);
      expect(fake.bodiesOf('POST /swap-indexes')).toEqual([[{ indexes: ['offers', 'offers_next'], rename: false }]]);
    });

    it('does not swap when a batch fails', async () => {
      fake.failWrite = (method, path) => (path.includes('/documents') ? { code: 'internal', message: 'disk full' } : undefined);
      await expect(index.replaceAll(batches([document('o1', 'v1')]))).rejects.toThrow(/disk full/);
      expect(fake.log.some((line) => line.includes('swap'))).toBe(false);
    });
  });

  describe('search', () => {
    const query: SearchQuery = { place, radiusKm: 20, themes: ['HOUSING'], sort: 'DISTANCE', offset: 0, limit: 2 };
    const coverage =
      '(coverageCommunes = "40192" OR coverageEpcis = "244000865" OR coverageDepartements = "40" OR coverageNational = true)';
    const radius = '(_geoRadius(43.8935, -0.4997, 20000) OR remote = true)';

    function answer(hits: Record<string, unknown>[], totalHits: number) {
      fake.multiSearch = ({ queries }) => ({
        results: queries.map((q, i) =>
          i === 0
            ? { indexUid: 'offers', hits, totalHits, page: q['page'], hitsPerPage: q['hitsPerPage'], totalPages: 1 }
            : {
                indexUid: 'offers',
                hits: [],
                totalHits: 9,
                facetDistribution: i === 1 ? { theme: { HOUSING: 3, HEALTH: 2, UNKNOWN: 1 } } : { format: { WORKSHOP: 4 } },
              },
        ),
      });
    }

    it('sends the page, then one query per facet without its own filter', async () => {
      answer([], 0);
      await index.search(query);
      expect(fake.bodiesOf('POST /multi-search')).toEqual([
        {
          queries: [
            {
              indexUid: 'offers',
              q: '',
              filter: `${coverage} AND ${radius} AND theme IN ["HOUSING"]`,
              sort: ['_geoPoint(43.8935, -0.4997):asc'],
              page: 1,
              hitsPerPage: 2,
              attributesToRetrieve: ['offerId', 'remote', '_geo'],
            },
            { indexUid: 'offers', q: '', filter: `${coverage} AND ${radius}`, facets: ['theme'], page: 1, hitsPerPage: 0 },
            {
              indexUid: 'offers',
              q: '',
              filter: `${coverage} AND ${radius} AND theme IN ["HOUSING"]`,
              facets: ['format'],
              page: 1,
              hitsPerPage: 0,
            },
          ],
        },
      ]);
    });

    it('maps hits, distances in km (null without venue), the distinct total and known facet values', async () => {
      answer(
        [
          { offerId: 'o1', remote: false, _geo: { lat: 43.9, lng: -0.5 }, _geoDistance: 1250 },
          { offerId: 'o2', remote: true },
        ],
        7,
      );
      expect(await index.search(query)).toEqual({
        total: 7,
        hits: [
          { offerId: 'o1', remote: false, distanceKm: 1.25 },
          { offerId: 'o2', remote: true, distanceKm: null },
        ],
        facets: { themes: { HOUSING: 3, HEALTH: 2 }, formats: { WORKSHOP: 4 } },
      });
    });

    it('turns offset/limit into a page, or into a longer first page when it does not fall on one', async () => {
      answer([], 0);
      await index.search({ ...query, offset: 4, limit: 2 });
      answer([{ offerId: 'a' }, { offerId: 'b' }, { offerId: 'c' }, { offerId: 'd' }, { offerId: 'e' }], 12);
      const page = await index.search({ ...query, offset: 3, limit: 2 });

      const [first, second] = fake.bodiesOf('POST /multi-search') as { queries: Record<string, unknown>[] }[];
      expect(first?.queries[0]).toMatchObject({ page: 3, hitsPerPage: 2 });
      expect(second?.queries[0]).toMatchObject({ page: 1, hitsPerPage: 5 });
      expect(page.hits.map((hit) => hit.offerId)).toEqual(['d', 'e']);
      expect(page.total).toBe(12);
    });

    it('sorts nothing for a text search by relevance, then asks each offer’s nearest venue', async () => {
      fake.multiSearch = ({ queries }) => {
        if (queries.length === 1) {
          return { results: [{ indexUid: 'offers', hits: [{ offerId: 'o2', _geoDistance: 3400 }], estimatedTotalHits: 1 }] };
        }
        return {
          results: [
            { indexUid: 'offers', hits: [{ offerId: 'o1', _geoDistance: 99_000 }, { offerId: 'o2' }], totalHits: 2 },
            { indexUid: 'offers', hits: [], totalHits: 2, facetDistribution: {} },
            { indexUid: 'offers', hits: [], totalHits: 2, facetDistribution: {} },
          ],
        };
      };
      const page = await index.search({ text: 'studio', place, sort: 'RELEVANCE', offset: 0, limit: 20 });

      const [first, second] = fake.bodiesOf('POST /multi-search') as { queries: Record<string, unknown>[] }[];
      for (const q of first?.queries ?? []) expect(q).toMatchObject({ q: 'studio', matchingStrategy: 'all', filter: coverage });
      expect(first?.queries[0]).not.toHaveProperty('sort');
      expect(second?.queries).toEqual([
        {
          indexUid: 'offers',
          q: '',
          filter: `offerId IN ["o1", "o2"] AND ${coverage}`,
          sort: ['_geoPoint(43.8935, -0.4997):asc'],
          limit: 2,
          attributesToRetrieve: ['offerId', 'remote', '_geo'],
        },
      ]);
      expect(page.hits).toEqual([
        { offerId: 'o1', remote: false, distanceKm: null },
        { offerId: 'o2', remote: false, distanceKm: 3.4 },
      ]);
    });

    it('sorts a text search by distance under DISTANCE, a browse by place under both, and nothing without a place', async () => {
      answer([], 0);
      await index.search({ text: 'studio', place, sort: 'DISTANCE', offset: 0, limit: 20 });
      await index.search({ place, sort: 'RELEVANCE', offset: 0, limit: 20 });
      await index.search({ text: 'studio', sort: 'DISTANCE', offset: 0, limit: 20 });
      const [distance, browse, noPlace] = fake.bodiesOf('POST /multi-search') as { queries: Record<string, unknown>[] }[];
      expect(distance?.queries[0]).toMatchObject({ q: 'studio', sort: ['_geoPoint(43.8935, -0.4997):asc'] });
      expect(browse?.queries[0]).toMatchObject({ q: '', sort: ['_geoPoint(43.8935, -0.4997):asc'] });
      expect(browse?.queries[0]).not.toHaveProperty('matchingStrategy');
      expect(noPlace?.queries[0]).toEqual({
        indexUid: 'offers',
        q: 'studio',
        matchingStrategy: 'all',
        page: 1,
        hitsPerPage: 20,
        attributesToRetrieve: ['offerId', 'remote', '_geo'],
      });
      expect(fake.bodiesOf('POST /multi-search')).toHaveLength(3); // no distance look-up needed
    });
  });

  describe('isReady', () => {
    it('is true once the server answers and the index exists', async () => {
      expect(await index.isReady()).toBe(false);
      fake.indexes.add('offers');
      expect(await index.isReady()).toBe(true);
    });

    it('is false when the server does not answer', async () => {
      await fake.stop();
      expect(await new MeilisearchSearchIndex({ url, requestTimeoutMs: 500 }).isReady()).toBe(false);
      await fake.start(); // for afterEach
    });
  });
});
