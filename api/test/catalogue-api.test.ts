import { describe, expect, it } from 'vitest';
import { Offer } from '../src/offers/offer.entity.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import { DATABASE_KINDS } from './support/databases.js';
import { useTestServer, type GraphQLResponse } from './support/test-server.js';

const OFFER_PAGE = /* GraphQL */ `
  query Offers($first: Int, $after: String, $filter: OfferFilter) {
    offers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title theme status organisation { id name kind } venues { commune { code name } point { lat lng } } eligibility { ageMin ageMax situations } engagement responseDelayDays } }
    }
  }
`;

describe.each(DATABASE_KINDS)('catalogue over GraphQL on %s', (kind) => {
  const context = useTestServer(kind);

  it('lists the 9 themes with French labels', async () => {
    const { data } = await context.server.gql('{ themes { code label } }');
    expect(data?.themes).toHaveLength(9);
    expect(data?.themes).toContainEqual({ code: 'HOUSING', label: 'Logement' });
    expect(data?.themes).toContainEqual({ code: 'HEALTH', label: 'Santé' });
  });

  it('walks every published offer page by page, without gap or repeat', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let totalCount = 0;
    let pages = 0;
    do {
      const response: GraphQLResponse = await context.server.gql(OFFER_PAGE, { first: 100, after });
      expect(response.errors).toBeUndefined();
      const connection: any = response.data!.offers;
      totalCount = connection.totalCount;
      for (const edge of connection.edges) seen.add(edge.node.id);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 20);
    expect(totalCount).toBeGreaterThanOrEqual(500);
    expect(seen.size).toBe(totalCount);
  });

  it('filters by theme and keeps the count consistent', async () => {
    const { data } = await context.server.gql(OFFER_PAGE, { first: 5, filter: { themes: ['HOUSING'] } });
    expect(data!.offers.totalCount).toBeGreaterThan(5);
    expect(data!.offers.edges).toHaveLength(5);
    expect(data!.offers.edges.every((edge: any) => edge.node.theme === 'HOUSING')).toBe(true);
  });

  it('lists organisations with their total count', async () => {
    const { data, errors } = await context.server.gql('{ organisations(first: 3) { totalCount edges { node { name kind venues { name } } } pageInfo { hasNextPage } } }');
    expect(errors).toBeUndefined();
    expect(data!.organisations.totalCount).toBeGreaterThanOrEqual(80);
    expect(data!.organisations.edges).toHaveLength(3);
    expect(data!.organisations.pageInfo.hasNextPage).toBe(true);
  });

  it('returns an offer by id, null for an unknown id, BAD_USER_INPUT for a malformed one', async () => {
    const first = await context.server.gql(OFFER_PAGE, { first: 1 });
    const id = first.data!.offers.edges[0].node.id;
    const found = await context.server.gql('query($id: ID!) { offer(id: $id) { id title summary description } }', { id });
    expect(found.data!.offer.id).toBe(id);
    const unknown = await context.server.gql('query($id: ID!) { offer(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.offer).toBeNull();
    const malformed = await context.server.gql('query($id: ID!) { offer(id: $id) { id } }', { id: 'not-an-id' });
    expect(malformed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses bad paging input with a coded error naming the field', async () => {
    for (const first of [0, 101, -5]) {
      const response = await context.server.gql(OFFER_PAGE, { first });
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(response.errors?.[0]?.message).toMatch(/entre 1 et 100/);
    }
    const badCursor = await context.server.gql(OFFER_PAGE, { first: 5, after: 'garbage' });
    expect(badCursor.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const badTheme = await context.server.gql(OFFER_PAGE, { first: 5, filter: { themes: ['NOPE'] } });
    expect(badTheme.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides offers that are not published, out of their dates, or of an inactive organisation', async () => {
    const em = context.server.orm.em.fork();
    const [draft, expired, ofArchived] = await em.find(Offer, { status: 'PUBLISHED' }, { limit: 3, orderBy: { title: 'desc' }, populate: ['organisation'] });
    draft!.status = 'DRAFT';
    expired!.validUntil = '2026-11-22';
    const archived = await em.findOneOrFail(Organisation, { id: ofArchived!.organisation.id });
    archived.status = 'ARCHIVED';
    await em.flush();
    const query = 'query($id: ID!) { offer(id: $id) { id } }';
    for (const offer of [draft!, expired!, ofArchived!]) {
      expect((await context.server.gql(query, { id: offer.id })).data!.offer).toBeNull();
    }
    const archivedOffers = await context.server.gql(OFFER_PAGE, { first: 5, filter: { organisationId: archived.id } });
    expect(archivedOffers.data!.offers.totalCount).toBe(0);
  });
});
