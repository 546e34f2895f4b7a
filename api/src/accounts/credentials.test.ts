import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { sessionExpiry } from './account.service.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';
import { clearedSessionSetCookie, readSessionToken, sessionSetCookie } from './session-cookie.js';
import { ipThrottleKey, lockSeconds } from './sign-in-throttle.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';

describe('tokens', () => {
  it('are 256 random bits in base64url, stored as their SHA-256', () => {
    const { token, hash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toBe(hashToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken().token).not.toBe(token);
    expect(looksLikeToken(token)).toBe(true);
    expect(looksLikeToken(`${token}x`)).toBe(false);
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('une phrase assez longue');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'une phrase assez longue')).toBe(true);
    expect(await verifyPassword(hash, 'autre chose')).toBe(false);
    expect(await verifyPassword(null, 'une phrase assez longue')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('refuses short, obvious or email passwords on the password field', () => {
    for (const bad of ['court', 'motdepasse123', 'AZERTYUIOP123', 'aaaaaaaaaaaaaaa', 'abababababababab', 'lea@example.org']) {
      let error: unknown;
      try {
        checkPasswordPolicy(bad, 'lea@example.org');
      } catch (caught) {
        error = caught;
      }
      expect(error, bad).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).field).toBe('password');
    }
    expect(() => checkPasswordPolicy('trois chats sur un toit', 'lea@example.org')).not.toThrow();
  });
});

describe('sign-in throttling', () => {
  it('locks 2^(failures − 5) s after the fifth failure, capped at 15 min', () => {
    expect([1, 4, 5, 6, 7, 10, 14, 15, 40].map(lockSeconds)).toEqual([0, 0, 1, 2, 4, 32, 512, 900, 900]);
  });

  it('keys addresses, IPv6 by /64', () => {
    expect(ipThrottleKey('127.0.0.1')).toBe('ip:127.0.0.1');
    expect(ipThrottleKey('::ffff:192.0.2.7')).toBe('ip:192.0.2.7');
    expect(ipThrottleKey('2001:db8:0:12:abcd::1')).toBe('ip:2001:db8:0:12::/64');
    expect(ipThrottleKey('2001:0db8::1')).toBe('ip:2001:db8:0:0::/64');
    expect(ipThrottleKey('::1')).toBe('ip:0:0:0:0::/64');
  });
});

describe('sessions', () => {
  it('last 12 h after the last use, never beyond 7 days', () => {
    const start = new Date('2026-11-23T09:00:00Z');
    expect(sessionExpiry(start, start).toISOString()).toBe('2026-11-23T21:00:00.000Z');
    expect(sessionExpiry(start, new Date('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  it('travel in an HttpOnly, SameSite=Lax cookie, Secure when asked', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    const cookie = sessionSetCookie('abc', new Date(now.getTime() + 3_600_000), now, false);
    expect(cookie).toBe('balise_session=abc; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax');
    expect(sessionSetCookie('abc', now, now, true)).toContain('; Secure');
    expect(clearedSessionSetCookie(false)).toContain('Max-Age=0');
    expect(readSessionToken('a=1; balise_session=xyz; b=2')).toBe('xyz');
    expect(readSessionToken(undefined)).toBeUndefined();
  });
});
