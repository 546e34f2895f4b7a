import { defineEntity, p } from '@mikro-orm/core';

/**
 * One search, for statistics. Anonymous by construction: no IP, no session, and not the
 * typed words (a youth may type anything about themselves); only whether there were words.
 */
const SearchLogEntrySchema = defineEntity({
  name: 'SearchLogEntry',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    searchedAt: p.datetime().index(),
    communeCode: p.string().length(5).nullable(),
    departement: p.string().length(3).nullable(),
    themes: p.array().default([]),
    formats: p.array().default([]),
    hasText: p.boolean(),
    age: p.integer().nullable(),
    situation: p.string().length(30).nullable(),
    radiusKm: p.float().nullable(),
    sort: p.string().length(20),
    resultCount: p.integer(),
    durationMs: p.float(),
  },
});

export class SearchLogEntry extends SearchLogEntrySchema.class {}
SearchLogEntrySchema.setClass(SearchLogEntry);
