import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchIndex, SearchPage } from '../search-index.port.js';
import { offerDocuments } from './fixture-builder.js';
import { FIXTURE_OFFERS, fixtureBatches } from './fixture.js';
import { DAX_OFFERS, q, SCENARIOS, type Scenario } from './scenarios.js';

const ids = (page: SearchPage): string[] => page.hits.map((h) => h.offerId);
const nonZero = (counts: Record<string, number | undefined>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => (n ?? 0) > 0)) as Record<string, number>;

function hitOf(page: SearchPage, offerId: string): SearchHit {
  const hit = page.hits.find((h) => h.offerId === offerId);
  if (!hit) throw new Error(`${offerId} is not among the hits: ${ids(page).join(', ')}`);
  return hit;
}

/** Checks one scenario's page; messages name the offers, not just counts. */
export function checkScenario(scenario: Scenario, page: SearchPage): void {
  const found = ids(page);
  expect(new Set(found).size, 'one hit per offer').toBe(found.length);
  if (scenario.exactly) {
    expect([...found].sort()).toEqual([...scenario.exactly].sort());
    expect(page.total).toBe(scenario.exactly.length);
  }
  if (scenario.total !== undefined) expect(page.total).toBe(scenario.total);
  if (scenario.hitCount !== undefined) expect(page.hits.length).toBe(scenario.hitCount);
  if (scenario.top) {
    const within = found.slice(0, scenario.top.within ?? found.length);
    for (const id of scenario.top.ids) expect(within, `${id} within the first ${within.length}`).toContain(id);
  }
  if (scenario.order) {
    const positions = scenario.order.map((id) => found.indexOf(id));
    expect(positions.every((p) => p >= 0), `all of ${scenario.order.join(', ')} in ${found.join(', ')}`).toBe(true);
    expect(positions, `order in ${found.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
  }
  for (const id of scenario.excludes ?? []) expect(found).not.toContain(id);
  if (scenario.facets?.themes) expect(nonZero(page.facets.themes)).toEqual(nonZero(scenario.facets.themes));
  if (scenario.facets?.formats) expect(nonZero(page.facets.formats)).toEqual(nonZero(scenario.facets.formats));
  for (const [id, km] of Object.entries(scenario.distances ?? {})) {
    const actual = hitOf(page, id).distanceKm;
    if (km === null) expect(actual, `${id} has no distance`).toBeNull();
    else {
      expect(actual, `${id} has a distance`).not.toBeNull();
      expect(Math.abs((actual as number) - km), `${id} at ${actual} km, expected ≈ ${km}`).toBeLessThanOrEqual(Math.max(0.3, km * 0.15));
    }
  }
  for (const [id, remote] of Object.entries(scenario.remote ?? {})) expect(hitOf(page, id).remote).toBe(remote);
}

/**
 * Registers the conformance suite for one SearchIndex adapter: builds it from the fixture with
 * `replaceAll`, runs every scenario, then checks paging and `replaceOffer`. Uses the port only.
 */
export function describeConformance(name: string, createIndex: () => Promise<SearchIndex>): void {
  describe(`SearchIndex conformance: ${name}`, () => {
    let index: SearchIndex;

    beforeAll(async () => {
      index = await createIndex();
      await index.replaceAll(fixtureBatches());
    });
    afterAll(async () => {
      await index?.close();
    });

    it('is ready after replaceAll', async () => {
      expect(await index.isReady()).toBe(true);
    });

    for (const scenario of SCENARIOS) {
      it(scenario.name, async () => {
        checkScenario(scenario, await index.search(scenario.query));
      });
    }

    it('pages cover every offer once, in a stable order', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < 30; offset += 7) {
        const page = await index.search(q({ at: 'dax', sort: 'DISTANCE', offset, limit: 7 }));
        expect(page.total).toBe(DAX_OFFERS.length);
        seen.push(...ids(page));
      }
      expect([...seen].sort()).toEqual([...DAX_OFFERS].sort());
      const whole = await index.search(q({ at: 'dax', sort: 'DISTANCE', limit: 50 }));
      expect(ids(whole)).toEqual(seen);
    });

    describe('replaceOffer', () => {
      const spec = FIXTURE_OFFERS.find((o) => o.id === 'dax-coloc');
      if (!spec) throw new Error('fixture offer dax-coloc is missing');

      it('updates an offer in place', async () => {
        await index.replaceOffer(spec.id, offerDocuments({ ...spec, title: 'Permanence kangourou', theme: 'DAILY_LIFE' }));
        const page = await index.search(q({ at: 'dax', text: 'kangourou' }));
        expect(ids(page)).toEqual([spec.id]);
        const housing = await index.search(q({ at: 'dax', themes: ['HOUSING'] }));
        expect(ids(housing)).not.toContain(spec.id);
        expect((await index.search(q({ at: 'dax' }))).total).toBe(DAX_OFFERS.length);
      });

      it('moves an offer to another place', async () => {
        await index.replaceOffer(spec.id, offerDocuments({ ...spec, title: 'Permanence kangourou', communes: ['amiens'], venues: [{ id: 'v-amiens', commune: 'amiens' }] }));
        expect(ids(await index.search(q({ at: 'dax', text: 'kangourou' })))).toEqual([]);
        const amiens = await index.search(q({ at: 'amiens', text: 'kangourou' }));
        expect(ids(amiens)).toEqual([spec.id]);
        expect(amiens.hits[0]?.distanceKm).toBeLessThan(0.3);
      });

      it('removes an offer with an empty list', async () => {
        await index.replaceOffer(spec.id, []);
        expect((await index.search(q({ text: 'kangourou' }))).total).toBe(0);
        expect((await index.search(q({ at: 'dax' }))).total).toBe(DAX_OFFERS.length - 1);
      });

      it('adds a new offer', async () => {
        await index.replaceOffer('new-offer', offerDocuments({ ...spec, id: 'new-offer', title: 'Ornithorynque solidaire' }));
        const page = await index.search(q({ at: 'dax', text: 'ornithorynque' }));
        expect(ids(page)).toEqual(['new-offer']);
        await index.replaceOffer(spec.id, offerDocuments(spec));
        await index.replaceOffer('new-offer', []);
        expect(ids(await index.search(q({ at: 'dax', text: 'logement' }))).sort()).toContain(spec.id);
      });
    });
  });
}
