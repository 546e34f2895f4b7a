import { describe, expect, it } from 'vitest';
import { Offer } from '../src/offers/offer.entity.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import { enqueue } from '../src/outbox/outbox.js';
import { SearchLogEntry } from '../src/search/search-log.entity.js';
import { SEARCH_REBUILD_TOPIC } from '../src/search/search-outbox.subscriber.js';
import { DATABASE_KINDS } from './support/databases.js';
import { useTestServer } from './support/test-server.js';

const SEARCH = /* GraphQL */ `
  query Search($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      total
      hits { distanceKm remote offer { id title theme format eligibility { ageMin ageMax } organisation { name } } }
      facets { themes { value count } formats { value count } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const DAX = '40088';
const PAU = '64445';

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await probe();
  }
  return value;
}

describe('searchOffers for youths', () => {
  const context = useTestServer('pglite');
  const search = async (input: Record<string, unknown>) => {
    const response = await context.server.gql(SEARCH, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.searchOffers;
  };

  it.each(['logement', 'apart', 'logment', 'LOGEMENT'])('a 19-year-old in Dax typing "%s" sees housing offers, nearest first', async (text) => {
    const result = await search({ text, communeCode: DAX, age: 19, sort: 'DISTANCE' });
    expect(result.total).toBeGreaterThan(3);
    const housing = result.hits.filter((hit: any) => hit.offer.theme === 'HOUSING');
    expect(housing.length).toBeGreaterThanOrEqual(Math.min(3, result.hits.length));
    const distances = result.hits.map((hit: any) => hit.distanceKm).filter((d: number | null) => d !== null);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(15);
    for (const hit of result.hits) {
      expect(hit.offer.eligibility.ageMin).toBeLessThanOrEqual(19);
      expect(hit.offer.eligibility.ageMax).toBeGreaterThanOrEqual(19);
    }
  });

  it('a 17-year-old in Pau tapping Santé sees health offers open to 17, with facets for every theme', async () => {
    const result = await search({ communeCode: PAU, themes: ['HEALTH'], age: 17 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((hit: any) => hit.offer.theme === 'HEALTH')).toBe(true);
    const healthFacet = result.facets.themes.find((facet: any) => facet.value === 'HEALTH');
    expect(healthFacet.count).toBe(result.total);
    expect(result.facets.themes).toHaveLength(9);
    // The theme facet ignores the theme filter: other chips show what a tap would give.
    expect(result.facets.themes.filter((facet: any) => facet.count > 0).length).toBeGreaterThan(3);
  });

  it('pages with a cursor, without repeating an offer', async () => {
    const first = await search({ communeCode: DAX, first: 5 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ communeCode: DAX, first: 5, after: first.pageInfo.endCursor });
    const ids = [...first.hits, ...second.hits].map((hit: any) => hit.offer.id);
    expect(new Set(ids).size).toBe(10);
    expect(second.total).toBe(first.total);
  });

  it.each([
    [{ communeCode: DAX, radiusKm: 0 }, 'radiusKm'],
    [{ communeCode: DAX, radiusKm: 250 }, 'radiusKm'],
    [{ communeCode: '99999' }, 'communeCode'],
    [{ communeCode: DAX, first: 101 }, 'first'],
    [{ communeCode: DAX, after: '%%%' }, 'after'],
    [{ text: 'a'.repeat(201) }, 'text'],
    [{ near: { lat: 95, lng: 2 } }, 'near'],
    [{ near: { lat: 46, lng: -20 } }, 'near'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (input, field) => {
    const response = await context.server.gql(SEARCH, { input });
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
  });

  it('keeps an anonymous search log without the typed words', async () => {
    await search({ text: 'je cherche un appart', communeCode: DAX, themes: ['HOUSING'], age: 19 });
    await context.server.searchLog.flush();
    const rows = await context.server.orm.em.fork().find(SearchLogEntry, { communeCode: DAX, hasText: true, themes: { $contains: ['HOUSING'] } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ departement: '40', age: 19, sort: 'RELEVANCE' });
    expect(JSON.stringify(rows)).not.toMatch(/appart/);
  });
});

describe.each(DATABASE_KINDS)('search freshness on %s', (kind) => {
  const context = useTestServer(kind, { env: { OUTBOX_POLL_MS: '100' } });
  const idsFor = async (input: Record<string, unknown>) => {
    const response = await context.server.gql(SEARCH, { input: { first: 100, ...input } });
    return (response.data!.searchOffers.hits as { offer: { id: string } }[]).map((hit) => hit.offer.id);
  };

  it('shows a change to an offer within 2 seconds, and hides it once unpublished', async () => {
    const em = context.server.orm.em.fork();
    const offer = await em.findOneOrFail(Offer, { status: 'PUBLISHED', coverageDepartements: { $contains: ['40'] } }, { orderBy: { title: 'asc' } });
    offer.title = 'Atelier zéphyrin pour tester la fraîcheur';
    await em.flush();
    expect(await eventually(() => idsFor({ text: 'zéphyrin' }), (ids) => ids.includes(offer.id))).toContain(offer.id);
    offer.status = 'ARCHIVED';
    await em.flush();
    expect(await eventually(() => idsFor({ text: 'zéphyrin' }), (ids) => !ids.includes(offer.id))).not.toContain(offer.id);
  });

  it('picks up a change made behind the ORM once a rebuild is requested (what `pnpm reindex` does)', async () => {
    const em = context.server.orm.em.fork();
    const offer = await em.findOneOrFail(Offer, { status: 'PUBLISHED' }, { orderBy: { title: 'desc' } });
    await em.getConnection().execute("update offer set title = 'Atelier quenouille hors ORM' where id = ?", [offer.id]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await idsFor({ text: 'quenouille' })).not.toContain(offer.id);
    enqueue(em, SEARCH_REBUILD_TOPIC, {});
    await em.flush();
    expect(await eventually(() => idsFor({ text: 'quenouille' }), (ids) => ids.includes(offer.id))).toContain(offer.id);
  });

  it('hides the offers of an organisation that is archived, within 2 seconds', async () => {
    const em = context.server.orm.em.fork();
    const organisation = await em.findOneOrFail(Organisation, { sourceKey: 'ml-pau' });
    const before = await idsFor({ communeCode: PAU });
    const theirs = await em.find(Offer, { organisation, status: 'PUBLISHED' });
    expect(theirs.some((offer) => before.includes(offer.id))).toBe(true);
    organisation.status = 'ARCHIVED';
    await em.flush();
    const after = await eventually(() => idsFor({ communeCode: PAU }), (ids) => !theirs.some((offer) => ids.includes(offer.id)));
    expect(theirs.filter((offer) => after.includes(offer.id))).toEqual([]);
  });
});
