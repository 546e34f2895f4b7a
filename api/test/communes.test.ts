import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const COMMUNES = 'query($query: String!, $first: Int) { communes(query: $query, first: $first) { code name postcodes departement epci population point { lat lng } } }';

describe('communes(query)', () => {
  const context = useTestServer('pglite', { demo: false });

  const search = async (query: string, first?: number) => {
    const response = await context.server.gql(COMMUNES, { query, first });
    expect(response.errors).toBeUndefined();
    return response.data!.communes as { code: string; name: string; population: number; postcodes: string[] }[];
  };

  it('finds a commune whatever the accents, hyphens and case', async () => {
    expect((await search('saint paul les dax'))[0]).toMatchObject({ code: '40279', name: 'Saint-Paul-lès-Dax' });
    expect((await search('SAINT-PAUL-LÈS'))[0]?.code).toBe('40279');
    expect((await search('lambersart'))[0]?.code).toBe('59328');
  });

  it('ignores apostrophes', async () => {
    const names = (await search("l'hopital", 10)).map((commune) => commune.code);
    expect(names).toContain('57336');
    expect((await search('l hopital', 10)).map((commune) => commune.code)).toContain('57336');
  });

  it('finds a commune by postcode', async () => {
    const [dax] = await search('40100');
    expect(dax).toMatchObject({ code: '40088', name: 'Dax', departement: '40', postcodes: ['40100'] });
  });

  it('returns at most `first` results, biggest population first', async () => {
    const results = await search('saint', 7);
    expect(results).toHaveLength(7);
    const populations = results.map((commune) => commune.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('gives every commune a centre point', async () => {
    const [dax] = await context.server.gql(COMMUNES, { query: 'dax', first: 1 }).then((response) => response.data!.communes);
    expect(dax.point.lat).toBeCloseTo(43.71, 1);
    expect(dax.point.lng).toBeCloseTo(-1.05, 1);
  });

  it('refuses a first outside 1..50 and an overlong query with coded errors', async () => {
    const tooMany = await context.server.gql(COMMUNES, { query: 'dax', first: 500 });
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const tooLong = await context.server.gql(COMMUNES, { query: 'x'.repeat(101) });
    expect(tooLong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('answers an unknown name with an empty list', async () => {
    expect(await search('zzzzqqq')).toEqual([]);
  });
});
