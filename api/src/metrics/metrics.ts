import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/core';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphQLContext } from '../graphql/context.js';
import type { Clock } from '../shared/clock.js';
import { outboxBacklog, type OutboxBacklog } from './outbox-backlog.js';

/** Operation names kept as labels; past this many distinct ones, the rest count as "other". */
const MAX_OPERATIONS = 200;
const OPERATION_NAME = /^[A-Za-z_]\w{0,63}$/;

/** Codes that are failures on our side, not refusals of the caller: a bug, or the database or the search engine out of reach. */
const OUR_FAILURES = new Set(['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'SEARCH_UNAVAILABLE']);

/**
 * The process's Prometheus metrics: GraphQL requests per operation (rate, latency, errors), the
 * outbox's backlog (lag, emails pending, search index lag), and Node's own (memory, event loop).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly duration = new Histogram({
    name: 'balise_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation and outcome (ok, refused: a coded error for the caller, error: ours).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly rateLimited = new Counter({
    name: 'balise_rate_limited_total',
    help: 'Requests refused with RATE_LIMITED, by operation.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  constructor(em: () => EntityManager | undefined, clock: Clock) {
    collectDefaultMetrics({ register: this.registry, prefix: 'balise_' });
    // The five gauges are collected together at each scrape: they share one query.
    let reading: Promise<OutboxBacklog | undefined> | undefined;
    const backlog = () => {
      const manager = em();
      if (!manager) return Promise.resolve(undefined);
      reading ??= outboxBacklog(manager.fork(), clock()).finally(() => (reading = undefined));
      return reading;
    };
    gauge(this.registry, 'balise_outbox_lag_seconds', 'Age of the oldest outbox event that is due and not delivered (0: none).', async () => (await backlog())?.lagSeconds);
    gauge(this.registry, 'balise_outbox_events_due', 'Outbox events due and not yet delivered.', async () => (await backlog())?.due);
    gauge(this.registry, 'balise_outbox_events_failed', 'Outbox events given up after too many attempts (kept for inspection).', async () => (await backlog())?.failed);
    gauge(this.registry, 'balise_emails_pending', 'Emails accepted and not yet handed to SMTP (scheduled reminders excluded until due).', async () => (await backlog())?.emailsPending);
    gauge(this.registry, 'balise_search_index_lag_seconds', 'Age of the oldest catalogue change not yet in the search index (0: up to date).', async () => (await backlog())?.searchLagSeconds);
  }

  /** Records each GraphQL request once it has answered. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ operationName, response }) => {
            const operation = this.label(operationName);
            // The errors as the caller sees them, after formatError gave each its code.
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const codes = errors.map((error) => error.extensions?.['code']);
            const outcome = codes.length === 0 ? 'ok' : codes.every((code) => typeof code === 'string' && !OUR_FAILURES.has(code)) ? 'refused' : 'error';
            this.duration.observe({ operation, outcome }, (performance.now() - started) / 1000);
            if (codes.includes('RATE_LIMITED')) this.rateLimited.inc({ operation });
          },
        };
      },
    };
  }

  private label(operationName: string | null | undefined): string {
    if (!operationName || !OPERATION_NAME.test(operationName)) return 'anonymous';
    if (this.operations.has(operationName)) return operationName;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(operationName);
    return operationName;
  }
}

/** A gauge read from the database at scrape time; no sample when the database is not open yet. */
function gauge(registry: Registry, name: string, help: string, read: () => Promise<number | undefined>): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      const value = await read();
      if (value !== undefined) this.set(value);
    },
  });
}
