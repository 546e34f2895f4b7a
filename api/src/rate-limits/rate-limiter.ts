import type { EntityManager } from '@mikro-orm/core';
import { createHmac } from 'node:crypto';
import { queryRows } from '../db/sql.js';
import type { Clock } from '../shared/clock.js';
import { rateLimited } from '../shared/domain-error.js';

export interface RateLimitRule {
  /** Names the rule in keys: 'contact-ip'. */
  name: string;
  limit: number;
  windowMs: number;
  message: string;
}

/** The longest window of any rule: a counter older than this counts for nothing. */
export const LONGEST_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How often ended counters are deleted. */
export const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Fixed-window counters (key → hits since window start), one atomic upsert per hit, stored in
 * the database so that several API processes share them. Keys are HMACs under the server's
 * secret: a phone number, an email or an address never sits in this table in clear, nor as a
 * plain hash one could reverse by trying every French mobile number; and the rows go once their
 * window is over (`deleteEndedWindows`).
 */
export class RateLimiter {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly enabled: boolean,
    private readonly keySecret: Buffer,
  ) {}

  /** Counts one hit for each (rule, subject); RATE_LIMITED with the longest wait when one is over its limit. */
  async hit(checks: ReadonlyArray<{ rule: RateLimitRule; subject: string }>): Promise<void> {
    if (!this.enabled) return;
    const now = this.clock();
    let waitSeconds = 0;
    let refused: RateLimitRule | undefined;
    for (const { rule, subject } of checks) {
      const key = `${rule.name}:${createHmac('sha256', this.keySecret).update(subject, 'utf8').digest('hex').slice(0, 40)}`;
      const windowOpenAfter = new Date(now.getTime() - rule.windowMs);
      const [row] = await queryRows<{ hits: number; window_start: Date | string }>(
        this.em,
        `insert into rate_limit_window (key, window_start, hits) values (?, ?, 1)
         on conflict (key) do update set
           hits = case when rate_limit_window.window_start <= ? then 1 else rate_limit_window.hits + 1 end,
           window_start = case when rate_limit_window.window_start <= ? then excluded.window_start else rate_limit_window.window_start end
         returning hits, window_start`,
        [key, now, windowOpenAfter, windowOpenAfter],
      );
      if (!row || Number(row.hits) <= rule.limit) continue;
      const endsAt = new Date(row.window_start).getTime() + rule.windowMs;
      const wait = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
      if (wait > waitSeconds) [waitSeconds, refused] = [wait, rule];
    }
    if (refused) throw rateLimited(`${refused.message} Réessaie ${waitPhrase(waitSeconds)}.`, waitSeconds);
  }
}

/** "dans 3 minutes", "dans 2 heures". */
export function waitPhrase(seconds: number): string {
  if (seconds < 90) return `dans ${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `dans ${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return `dans ${hours} heures`;
}

/** Deletes the counters whose window is over (nothing of them is needed any more); returns how many. */
export async function deleteEndedWindows(em: EntityManager, now: Date): Promise<number> {
  const rows = await queryRows<{ key: string }>(em, `delete from rate_limit_window where window_start < ? returning key`, [new Date(now.getTime() - LONGEST_WINDOW_MS)]);
  return rows.length;
}
