import type { EntityManager } from '@mikro-orm/core';
import { queryRows } from '../db/sql.js';
import type { Clock } from '../shared/clock.js';
import { rateLimited } from '../shared/domain-error.js';
import { SignInThrottle } from './sign-in-throttle.entity.js';
import { hashToken } from './tokens.js';

/**
 * Growing delays after failed sign-ins, per email and per client address:
 * the first FREE_FAILURES failures of a key cost nothing; from then on each failure locks the
 * key for 2^(failures − FREE_FAILURES) s (1 s, 2 s, 4 s … capped at 15 min). An attempt on a
 * locked key is refused (RATE_LIMITED, retryAfterSeconds) without checking the password and
 * without counting. A success clears the email's count (not the address's: one good account
 * must not unlock guessing at others). A key forgets its failures after a day without any.
 */
export const THROTTLE = {
  freeFailures: 5,
  maxLockSeconds: 15 * 60,
  forgetAfterMs: 24 * 60 * 60 * 1000,
} as const;

export function lockSeconds(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  return Math.min(2 ** (failures - THROTTLE.freeFailures), THROTTLE.maxLockSeconds);
}

export const emailThrottleKey = (email: string) => `email:${hashToken(email.trim().toLowerCase())}`;

/**
 * 'ip:' + the address. IPv4-mapped IPv6 addresses count as IPv4; an IPv6 address counts by
 * its /64, since one machine usually holds a whole /64.
 */
export function ipThrottleKey(address: string): string {
  const ip = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!ip.includes(':')) return `ip:${ip}`;
  const [head = '', tail] = ip.split('%')[0]!.toLowerCase().split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `ip:${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export const TOO_MANY_ATTEMPTS = 'Trop de tentatives de connexion. Patiente un peu avant de réessayer.';

export class SignInThrottler {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Refuses when any key is locked, with the longest wait. */
  async assertNotLocked(keys: readonly string[]): Promise<void> {
    const now = this.clock();
    const locked = await this.em.fork().find(SignInThrottle, { key: { $in: [...keys] }, lockedUntil: { $gt: now } });
    const until = Math.max(0, ...locked.map((row) => row.lockedUntil!.getTime()));
    if (until > now.getTime()) throw rateLimited(TOO_MANY_ATTEMPTS, Math.ceil((until - now.getTime()) / 1000));
  }

  /** Counts a failure for each key, atomically (several processes may count at once), and locks as the rule says. */
  async recordFailure(keys: readonly string[]): Promise<void> {
    const now = this.clock();
    const forgetBefore = new Date(now.getTime() - THROTTLE.forgetAfterMs);
    for (const key of keys) {
      const [row] = await queryRows<{ failures: number }>(
        this.em,
        `insert into sign_in_throttle (key, failures, last_failure_at, locked_until) values (?, 1, ?, null)
         on conflict (key) do update set
           failures = case when sign_in_throttle.last_failure_at < ? then 1 else sign_in_throttle.failures + 1 end,
           last_failure_at = excluded.last_failure_at
         returning failures`,
        [key, now, forgetBefore],
      );
      const seconds = lockSeconds(Number(row?.failures ?? 0));
      if (seconds > 0) {
        const until = new Date(now.getTime() + seconds * 1000);
        await queryRows(this.em, `update sign_in_throttle set locked_until = greatest(coalesce(locked_until, ?), ?) where key = ?`, [until, until, key]);
      }
    }
  }

  async clear(key: string): Promise<void> {
    await this.em.fork().nativeDelete(SignInThrottle, { key });
  }
}
