import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { SearchQuery } from './search-index.port.js';
import { SearchLogEntry } from './search-log.entity.js';
import { addToSearchMonthStats } from '../statistics/search-month-rollup.js';

/**
 * Buffers search-log entries and writes them in batches, off the request path. Statistics
 * may lose the last second of searches on a crash; nothing else depends on them.
 */
export class SearchLog {
  private buffer: Omit<SearchLogEntry, 'id'>[] = [];
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly logger: Logger,
    flushIntervalMs = 2000,
  ) {
    this.timer = setInterval(() => void this.flush(), flushIntervalMs);
    this.timer.unref();
  }

  record(query: SearchQuery, resultCount: number, durationMs: number, at: Date): void {
    this.buffer.push({
      searchedAt: at,
      communeCode: query.place?.communeCode ?? null,
      departement: query.place?.departement ?? null,
      themes: query.themes ?? [],
      formats: query.formats ?? [],
      hasText: Boolean(query.text),
      age: query.age ?? null,
      situation: query.situation ?? null,
      radiusKm: query.radiusKm ?? null,
      sort: query.sort,
      resultCount,
      durationMs,
    });
    if (this.buffer.length >= 500) void this.flush();
  }

  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const entries = this.buffer;
      if (entries.length === 0) return;
      this.buffer = [];
      try {
        // The monthly rollup the statistics read moves with the log, in the same transaction.
        await this.em.fork().transactional(async (tx) => {
          await tx.insertMany(SearchLogEntry, entries);
          await addToSearchMonthStats(tx, entries);
        });
      } catch (error) {
        this.logger.warn({ err: error, lost: entries.length }, 'search log: write failed');
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
