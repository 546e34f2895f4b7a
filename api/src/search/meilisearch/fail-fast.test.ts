import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { FailFast, SearchEngineDownError } from './fail-fast.js';

describe('FailFast', () => {
  const refused = () => Promise.reject(new MeilisearchRequestError('http://127.0.0.1:7700/multi-search', new Error('ECONNREFUSED')));

  it('after the server failed to answer, fails at once without calling it, until the period is over', async () => {
    let now = 0;
    const failFast = new FailFast(10_000, () => now);
    await expect(failFast.run(refused)).rejects.toBeInstanceOf(MeilisearchRequestError);
    let called = 0;
    const work = async () => {
      called += 1;
      return 'ok';
    };
    now = 9_999;
    await expect(failFast.run(work)).rejects.toBeInstanceOf(SearchEngineDownError);
    expect(called).toBe(0);
    now = 10_000;
    expect(await failFast.run(work)).toBe('ok');
    expect(called).toBe(1);
  });

  it('trips on a 5xx answer, not on a refusal of our request (4xx: a bug of ours, the server is fine)', async () => {
    const failFast = new FailFast(10_000, () => 0);
    const answer = (status: number) => () => Promise.reject(new MeilisearchApiError(new Response('{}', { status })));
    await expect(failFast.run(answer(400))).rejects.toBeInstanceOf(MeilisearchApiError);
    expect(failFast.down).toBe(false);
    await expect(failFast.run(answer(503))).rejects.toBeInstanceOf(MeilisearchApiError);
    expect(failFast.down).toBe(true);
  });
});
