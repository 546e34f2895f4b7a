import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { queryRows } from '../db/sql.js';
import { frenchDay, type Clock } from '../shared/clock.js';

/**
 * Counts offer page views in memory and adds them to the daily counters in batches, off the
 * request path. A crash may lose the last seconds of views; nothing else depends on them.
 */
export class OfferViewLog {
  private pending = new Map<string, { offerId: string; day: string; views: number }>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly logger: Logger,
    flushIntervalMs = 2000,
  ) {
    this.timer = setInterval(() => void this.flush(), flushIntervalMs);
    this.timer.unref();
  }

  record(offerId: string): void {
    const day = frenchDay(this.clock());
    const key = `${offerId}|${day}`;
    const counter = this.pending.get(key) ?? { offerId, day, views: 0 };
    counter.views += 1;
    this.pending.set(key, counter);
  }

  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const counters = [...this.pending.values()];
      if (counters.length === 0) return;
      this.pending = new Map();
      try {
        await queryRows(
          this.em,
          `insert into offer_view_day (offer_id, day, views) values ${counters.map(() => '(?, ?::date, ?)').join(', ')}
           on conflict (offer_id, day) do update set views = offer_view_day.views + excluded.views`,
          counters.flatMap((counter) => [counter.offerId, counter.day, counter.views]),
        );
      } catch (error) {
        this.logger.warn({ err: error, lost: counters.length }, 'offer views: write failed');
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
