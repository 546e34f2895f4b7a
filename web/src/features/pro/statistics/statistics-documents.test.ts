import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_STATISTICS, STATISTICS_CSV, TERRITORY_STATISTICS } from './statistics-api.js';

// The portal's documents are plain strings (kept out of the generated map of the youth entry), so
// codegen does not see them: this checks them against the committed schema instead.
const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../../../../../schema/schema.graphql'), 'utf8'));

describe('the statistics queries', () => {
  it.each([
    ['organisationStatistics', ORGANISATION_STATISTICS],
    ['territoryStatistics', TERRITORY_STATISTICS],
    ['statisticsCsv', STATISTICS_CSV],
  ])('%s is valid against schema/schema.graphql', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
