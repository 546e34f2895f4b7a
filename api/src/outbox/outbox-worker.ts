import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Clock } from '../shared/clock.js';
import { OutboxEvent } from './outbox-event.entity.js';

export type OutboxHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface OutboxTopicOptions {
  /**
   * Retention: the payload kept once the event is delivered, written in the same update that
   * marks it delivered (e.g. `() => ({ redacted: true })` for a payload holding personal data).
   */
  payloadOnceDelivered?: (payload: Record<string, unknown>) => Record<string, unknown>;
}

export interface OutboxWorkerOptions {
  pollIntervalMs?: number;
  batchSize?: number;
  /** A claimed event comes back to the queue after this long if its worker died. */
  leaseMs?: number;
  maxAttempts?: number;
}

/**
 * Delivers outbox events: claims a batch (FOR UPDATE SKIP LOCKED, so several processes can
 * share the queue), runs each topic's handler, marks it delivered, or schedules a retry with
 * exponential backoff. Handlers must be idempotent: an event may run twice after a crash.
 */
export class OutboxWorker {
  private readonly handlers = new Map<string, { handler: OutboxHandler; options: OutboxTopicOptions }>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private readonly options: Required<OutboxWorkerOptions>;

  constructor(
    private readonly em: EntityManager,
    private readonly logger: Logger,
    private readonly clock: Clock,
    options: OutboxWorkerOptions = {},
  ) {
    this.options = { pollIntervalMs: 200, batchSize: 50, leaseMs: 60_000, maxAttempts: 25, ...options };
  }

  on(topic: string, handler: OutboxHandler, options: OutboxTopicOptions = {}): this {
    this.handlers.set(topic, { handler, options });
    return this;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Finishes the batch in hand, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Delivers what is due now, until nothing is left; returns how many were delivered. */
  async drain(): Promise<number> {
    let delivered = 0;
    for (let count = await this.runOnce(); count > 0; count = await this.runOnce()) delivered += count;
    return delivered;
  }

  /** Pending events (not delivered, not given up). */
  pendingCount(): Promise<number> {
    return this.em.fork().count(OutboxEvent, { deliveredAt: null, failedAt: null });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'outbox: batch failed');
          return 0;
        })
        .then((count) => this.schedule(count > 0 ? 0 : this.options.pollIntervalMs));
    }, delayMs);
  }

  private async runOnce(): Promise<number> {
    const events = await this.claim();
    for (const event of events) await this.deliver(event);
    return events.length;
  }

  private async claim(): Promise<OutboxEvent[]> {
    const now = this.clock();
    return this.em.fork().transactional(async (tx) => {
      const events = await tx.find(
        OutboxEvent,
        { deliveredAt: null, failedAt: null, availableAt: { $lte: now } },
        { orderBy: { id: 'asc' }, limit: this.options.batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE /* FOR UPDATE SKIP LOCKED */ },
      );
      for (const event of events) event.availableAt = new Date(now.getTime() + this.options.leaseMs);
      return events;
    });
  }

  private async deliver(event: OutboxEvent): Promise<void> {
    const em = this.em.fork();
    const registered = this.handlers.get(event.topic);
    try {
      if (!registered) throw new Error(`no handler for topic ${event.topic}`);
      await registered.handler(event.payload);
      const retained = registered.options.payloadOnceDelivered?.(event.payload);
      await em.nativeUpdate(
        OutboxEvent,
        { id: event.id },
        { deliveredAt: this.clock(), attempts: event.attempts + 1, lastError: null, ...(retained ? { payload: retained } : {}) },
      );
    } catch (error) {
      const attempts = event.attempts + 1;
      const giveUp = attempts >= this.options.maxAttempts;
      const backoffMs = Math.min(2 ** attempts * 1000, 15 * 60_000);
      // Never the payload: it may hold personal data (an email's recipient).
      this.logger.warn({ topic: event.topic, eventId: event.id, attempts, err: error }, 'outbox: delivery failed');
      await em.nativeUpdate(
        OutboxEvent,
        { id: event.id },
        {
          attempts,
          lastError: String((error as Error).message ?? error).slice(0, 1000),
          availableAt: new Date(this.clock().getTime() + backoffMs),
          ...(giveUp ? { failedAt: this.clock() } : {}),
        },
      );
    }
  }
}
