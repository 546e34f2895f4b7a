import { describe, expect, it } from 'vitest';
import { toMeilisearchId } from './documents.js';

describe('toMeilisearchId', () => {
  it('replaces the colon Meilisearch refuses in ids', () => {
    expect(toMeilisearchId('2f1c0b7e-9d1a-4c53-8f7e-0a1b2c3d4e5f:remote')).toBe('2f1c0b7e-9d1a-4c53-8f7e-0a1b2c3d4e5f_remote');
  });

  it('refuses an id it cannot map', () => {
    expect(() => toMeilisearchId('o1:v 1')).toThrow(/not usable by Meilisearch/);
    expect(() => toMeilisearchId('')).toThrow(/not usable by Meilisearch/);
  });
});
