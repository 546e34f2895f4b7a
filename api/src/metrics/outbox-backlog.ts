import type { EntityManager } from '@mikro-orm/core';
import { queryRows } from '../db/sql.js';

export interface OutboxBacklog {
  due: number;
  failed: number;
  lagSeconds: number;
  emailsPending: number;
  searchLagSeconds: number;
}

/** An event is late from when it became due: its creation, or its scheduled time. */
const SQL = `
  select count(*) filter (where due)::int as due,
         count(*) filter (where failed_at is not null)::int as failed,
         coalesce(extract(epoch from ?::timestamptz - min(due_since) filter (where due)), 0)::float as lag_seconds,
         count(*) filter (where due and topic = 'email.send')::int as emails_pending,
         coalesce(extract(epoch from ?::timestamptz - min(due_since) filter (where due and topic like 'search.%')), 0)::float as search_lag_seconds
    from (select topic, failed_at, greatest(created_at, available_at) as due_since,
                 (delivered_at is null and failed_at is null and available_at <= ?::timestamptz) as due
            from outbox_event
           where delivered_at is null) pending`;

export async function outboxBacklog(em: EntityManager, now: Date): Promise<OutboxBacklog> {
  const [row] = await queryRows<{ due: number; failed: number; lag_seconds: number; emails_pending: number; search_lag_seconds: number }>(em, SQL, [now, now, now]);
  return {
    due: Number(row?.due ?? 0),
    failed: Number(row?.failed ?? 0),
    lagSeconds: Math.max(0, Number(row?.lag_seconds ?? 0)),
    emailsPending: Number(row?.emails_pending ?? 0),
    searchLagSeconds: Math.max(0, Number(row?.search_lag_seconds ?? 0)),
  };
}
