import { describe, expect, it } from 'vitest';
import { parseSetCookie } from 'cookie';
import { AccountToken } from '../src/accounts/account-token.entity.js';
import { Account } from '../src/accounts/account.entity.js';
import { AccountService, INVITATION_SUBJECT, PASSWORD_RESET_SUBJECT, WRONG_CREDENTIALS } from '../src/accounts/account.service.js';
import { AuthSession } from '../src/accounts/auth-session.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from '../src/accounts/demo-accounts.js';
import { SignInThrottle } from '../src/accounts/sign-in-throttle.entity.js';
import { hashToken } from '../src/accounts/tokens.js';
import { createLogger } from '../src/logging/logger.js';
import { DomainError } from '../src/shared/domain-error.js';
import {
  ACCEPT,
  INVITE,
  ME,
  REQUEST_RESET,
  RESET,
  SIGN_IN,
  SIGN_OUT,
  createAccount,
  emailsTo,
  linkToken,
  organisationId,
  signedIn,
} from './support/accounts.js';
import { DATABASE_KINDS } from './support/databases.js';
import { FIXED_NOW, useTestServer, type TestClient } from './support/test-server.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function sessionCookieOf(client: TestClient) {
  const header = client.lastSetCookies.find((cookie) => cookie.startsWith('balise_session='));
  return header === undefined ? undefined : { header, ...parseSetCookie(header) };
}

describe.each(DATABASE_KINDS)('accounts on %s', (kind) => {
  let now = FIXED_NOW.getTime();
  const advance = (ms: number) => {
    now += ms;
  };
  const context = useTestServer(kind, { clock: () => new Date(now), env: { PUBLIC_URL: 'https://balise.example.fr/' } });
  const em = () => context.server.orm.em.fork();
  const clearThrottle = () => em().nativeDelete(SignInThrottle, {});

  it('signs in with an HttpOnly, SameSite=Lax session cookie (not Secure outside production), answers me, signs out', async () => {
    await clearThrottle();
    const browser = context.server.client();
    expect((await browser.gql(ME)).data).toEqual({ me: null });

    const signIn = await browser.gql(SIGN_IN, { email: 'conseil@ml-landes.balise.test', password: DEMO_PASSWORD });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data!.signIn.memberships).toEqual([{ role: 'COUNSELLOR', organisation: { name: 'Mission Locale des Landes' }, departements: [] }]);
    const cookie = sessionCookieOf(browser)!;
    expect(cookie.header).toMatch(/; HttpOnly/);
    expect(cookie.header).toMatch(/; SameSite=Lax/);
    expect(cookie.header).toMatch(/; Path=\//);
    expect(cookie.header).not.toMatch(/Secure/);
    expect(cookie.maxAge).toBe(12 * 3600);
    const token = cookie.value!;
    // Only the hash is stored.
    const stored = await em().findOneOrFail(AuthSession, { tokenHash: hashToken(token) });
    expect(stored.tokenHash).not.toContain(token);

    const me = await browser.gql(ME);
    expect(me.data!.me.email).toBe('conseil@ml-landes.balise.test');
    expect(me.data!.me.displayName).toBe('Conseil – Mission Locale des Landes');

    expect((await browser.gql(SIGN_OUT)).data).toEqual({ signOut: true });
    expect(sessionCookieOf(browser)!.maxAge).toBe(0);
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    // The old token is dead on the server, not only forgotten by the browser.
    const replay = context.server.client();
    replay.cookies.set('balise_session', token);
    expect((await replay.gql(ME)).data).toEqual({ me: null });
    expect(sessionCookieOf(replay)!.maxAge).toBe(0);
    expect((await em().findOneOrFail(AuthSession, { id: stored.id })).revokedAt).not.toBeNull();
  });

  it('accepts the email in any case, and ignores a garbage cookie', async () => {
    await clearThrottle();
    const browser = context.server.client();
    await signedIn(browser, '  Edition@ML-Landes.balise.test ');
    expect((await browser.gql(ME)).data!.me.email).toBe('edition@ml-landes.balise.test');
    const garbage = context.server.client();
    garbage.cookies.set('balise_session', 'not-a-token');
    expect((await garbage.gql(ME)).data).toEqual({ me: null });
  });

  it('expires a session after 12 h without use, slides it at most once a minute, never beyond 7 days', async () => {
    await clearThrottle();
    const browser = await signedIn(context.server.client(), 'edition@ml-landes.balise.test');
    advance(30 * SECOND);
    expect((await browser.gql(ME)).data!.me).not.toBeNull();
    expect(sessionCookieOf(browser)).toBeUndefined(); // less than a minute: not slid
    advance(11 * HOUR);
    expect((await browser.gql(ME)).data!.me).not.toBeNull();
    expect(sessionCookieOf(browser)!.maxAge).toBe(12 * 3600); // slid: the cookie is sent again
    advance(12 * HOUR + SECOND);
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    expect(sessionCookieOf(browser)!.maxAge).toBe(0);

    const steady = await signedIn(context.server.client(), 'edition@ml-landes.balise.test');
    const signedInAt = now;
    while (now + 11 * HOUR < signedInAt + 7 * DAY) {
      advance(11 * HOUR);
      expect((await steady.gql(ME)).data!.me, `after ${(now - signedInAt) / HOUR} h`).not.toBeNull();
    }
    expect(sessionCookieOf(steady)!.maxAge).toBe((signedInAt + 7 * DAY - now) / SECOND); // capped
    advance(11 * HOUR);
    expect((await steady.gql(ME)).data).toEqual({ me: null });
  });

  it('revokes a session at once', async () => {
    await clearThrottle();
    const browser = await signedIn(context.server.client(), 'edition@ml-landes.balise.test');
    await em().nativeUpdate(AuthSession, { tokenHash: hashToken(browser.cookies.get('balise_session')!) }, { revokedAt: new Date(now) });
    expect((await browser.gql(ME)).data).toEqual({ me: null });
  });

  it('gives the same error for a wrong password, an unknown email and an invitation not accepted yet', async () => {
    await clearThrottle();
    await createAccount(context.server.orm.em, 'en-attente@example.org', 'x'.repeat(12));
    await em().nativeUpdate(Account, { email: 'en-attente@example.org' }, { passwordHash: null });
    const answers = await Promise.all(
      [
        { email: 'conseil@ml-landes.balise.test', password: 'pas le bon mot de passe' },
        { email: 'personne@nulle-part.test', password: 'pas le bon mot de passe' },
        { email: 'en-attente@example.org', password: 'pas le bon mot de passe' },
        { email: 'pas une adresse', password: DEMO_PASSWORD },
      ].map((variables) => context.server.gql(SIGN_IN, variables)),
    );
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([expect.objectContaining({ message: WRONG_CREDENTIALS, extensions: { code: 'UNAUTHENTICATED' } })]);
    }
  });

  it('answers the 6th failure with RATE_LIMITED and retryAfterSeconds, with growing delays, and a success resets the email', async () => {
    await clearThrottle();
    const email = 'direction@ml-landes.balise.test';
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answer = await context.server.gql(SIGN_IN, { email, password: `mauvais ${attempt}` });
      expect(answer.errors?.[0]?.extensions?.code, `attempt ${attempt}`).toBe('UNAUTHENTICATED');
    }
    const sixth = await context.server.gql(SIGN_IN, { email, password: DEMO_PASSWORD }); // even the right password waits
    expect(sixth.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(sixth.errors?.[0]?.message).toMatch(/Trop de tentatives/);
    advance(SECOND);
    expect((await context.server.gql(SIGN_IN, { email, password: 'mauvais 6' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await context.server.gql(SIGN_IN, { email, password: DEMO_PASSWORD })).errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 2 });
    advance(2 * SECOND);
    expect((await context.server.gql(SIGN_IN, { email, password: 'mauvais 7' })).errors?.[0]?.extensions?.retryAfterSeconds).toBeUndefined();
    expect((await context.server.gql(SIGN_IN, { email, password: DEMO_PASSWORD })).errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 4 });
    advance(4 * SECOND);
    // Nothing written while locked: the count stayed at 7.
    const row = await em().findOneOrFail(SignInThrottle, { key: { $like: 'email:%' } });
    expect(row.failures).toBe(7);
    expect((await context.server.gql(SIGN_IN, { email, password: DEMO_PASSWORD })).errors).toBeUndefined();
    expect(await em().count(SignInThrottle, { key: { $like: 'email:%' } })).toBe(0);
  });

  it('counts failures per email and per client address (several processes share the counts)', async () => {
    await clearThrottle();
    // Two services on separate entity managers stand for two API processes.
    const processA = new AccountService(em(), () => new Date(now), { publicUrl: 'https://balise.example.fr' });
    const processB = new AccountService(em(), () => new Date(now), { publicUrl: 'https://balise.example.fr' });
    const codeOf = (work: Promise<unknown>) => work.then(() => 'OK', (error: unknown) => (error instanceof DomainError ? error.code : String(error)));

    // Per email: five failures from five addresses lock the email, from any address.
    for (let i = 1; i <= 5; i++) expect(await codeOf((i % 2 ? processA : processB).signIn('conseil@ml-pau.balise.test', 'faux', `192.0.2.${i}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(processB.signIn('conseil@ml-pau.balise.test', DEMO_PASSWORD, '198.51.100.1'))).toBe('RATE_LIMITED');

    // Per address: five failures on five emails lock the address, for any email.
    for (let i = 1; i <= 5; i++) expect(await codeOf(processA.signIn(`inconnu-${i}@example.org`, 'faux', '203.0.113.9'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(processB.signIn('edition@ml-landes.balise.test', DEMO_PASSWORD, '203.0.113.9'))).toBe('RATE_LIMITED');
    expect(await codeOf(processB.signIn('edition@ml-landes.balise.test', DEMO_PASSWORD, '203.0.113.10'))).toBe('OK');
    await clearThrottle();
  });

  it('invites by a single-use link, emailed with no personal data in the subject', async () => {
    await clearThrottle();
    const landes = await organisationId(context.server.orm.em, 'ml-landes');
    const director = await signedIn(context.server.client(), 'direction@ml-landes.balise.test');
    const invited = await director.gql(INVITE, { input: { email: 'Lea.Martin@Example.org', displayName: 'Léa Martin', organisationId: landes, roles: ['EDITOR', 'COUNSELLOR'] } });
    expect(invited.errors).toBeUndefined();
    expect(invited.data).toEqual({ inviteMember: true });

    const [email] = await emailsTo(context.server, 'lea.martin@example.org');
    expect(email!.subject).toBe(INVITATION_SUBJECT);
    expect(email!.subject).not.toMatch(/Léa|Martin|lea|example/i);
    expect(email!.text).toContain('Mission Locale des Landes');
    const token = linkToken(email!, '/pro/invitation');
    const stored = await em().findOneOrFail(AccountToken, { tokenHash: hashToken(token) });
    expect(stored.purpose).toBe('INVITATION');
    expect(stored.expiresAt.getTime() - now).toBe(7 * DAY);

    // No password yet: signing in fails like a wrong password.
    expect((await context.server.gql(SIGN_IN, { email: 'lea.martin@example.org', password: 'trois chats sur un toit' })).errors?.[0]?.message).toBe(WRONG_CREDENTIALS);

    const browser = context.server.client();
    const weak = await browser.gql(ACCEPT, { token, password: 'motdepasse123' });
    expect(weak.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    const short = await browser.gql(ACCEPT, { token, password: 'court' });
    expect(short.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });

    const accepted = await browser.gql(ACCEPT, { token, password: 'trois chats sur un toit' });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['COUNSELLOR', 'EDITOR']);
    expect(sessionCookieOf(browser)!.header).toMatch(/HttpOnly/);
    expect((await browser.gql(ME)).data!.me.email).toBe('lea.martin@example.org');

    const again = await context.server.client().gql(ACCEPT, { token, password: 'une autre phrase longue' });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await context.server.gql(SIGN_IN, { email: 'lea.martin@example.org', password: 'trois chats sur un toit' })).errors).toBeUndefined();
  });

  it('lets an invitation expire after 7 days; inviting again sends a new link and kills the old one', async () => {
    const landes = await organisationId(context.server.orm.em, 'ml-landes');
    const admin = await signedIn(context.server.client(), 'admin@balise.test');
    const input = { email: 'retard@example.org', displayName: 'Retard', organisationId: landes, roles: ['COUNSELLOR'] };
    expect((await admin.gql(INVITE, { input })).data).toEqual({ inviteMember: true });
    const first = linkToken((await emailsTo(context.server, 'retard@example.org'))[0]!, '/pro/invitation');
    advance(7 * DAY + SECOND);
    const expired = await context.server.client().gql(ACCEPT, { token: first, password: 'trois chats sur un toit' });
    expect(expired.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(expired.errors?.[0]?.message).toMatch(/expiré/);

    const admin2 = await signedIn(context.server.client(), 'admin@balise.test');
    expect((await admin2.gql(INVITE, { input })).data).toEqual({ inviteMember: true });
    const emails = await emailsTo(context.server, 'retard@example.org');
    expect(emails).toHaveLength(2);
    const second = linkToken(emails[1]!, '/pro/invitation');
    expect(second).not.toBe(first);
    expect(await em().count(Account, { email: 'retard@example.org' })).toBe(1);
    expect((await context.server.client().gql(ACCEPT, { token: second, password: 'trois chats sur un toit' })).errors).toBeUndefined();
  });

  it('refuses an invitation with bad input, naming the field', async () => {
    const landes = await organisationId(context.server.orm.em, 'ml-landes');
    const admin = await signedIn(context.server.client(), 'admin@balise.test');
    const base = { email: 'ok@example.org', displayName: 'Ok', organisationId: landes, roles: ['EDITOR'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'pas-une-adresse' }, 'email'],
      [{ displayName: '   ' }, 'displayName'],
      [{ roles: [] }, 'roles'],
      [{ roles: ['PLATFORM_ADMIN'] }, 'roles'],
      [{ organisationId: 'nope' }, 'organisationId'],
    ];
    for (const [change, field] of cases) {
      const answer = await admin.gql(INVITE, { input: { ...base, ...change } });
      expect(answer.errors?.[0]?.extensions?.field, JSON.stringify(change)).toBe(field);
    }
    const unknown = await admin.gql(INVITE, { input: { ...base, organisationId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await em().count(Account, { email: 'ok@example.org' })).toBe(0);
  });

  it('resets a password by a 1-hour single-use link, without telling who has an account, and signs out everywhere', async () => {
    await clearThrottle();
    const email = 'oubli@example.org';
    await createAccount(context.server.orm.em, email, 'ancienne phrase de passe', []);
    const outboxBefore = (await emailsTo(context.server, 'inconnu@example.org')).length;
    expect((await context.server.gql(REQUEST_RESET, { email: 'inconnu@example.org' })).data).toEqual({ requestPasswordReset: true });
    expect(await emailsTo(context.server, 'inconnu@example.org')).toHaveLength(outboxBefore);

    const laptop = await signedIn(context.server.client(), email, 'ancienne phrase de passe');
    const phone = await signedIn(context.server.client(), email, 'ancienne phrase de passe');
    expect((await context.server.gql(REQUEST_RESET, { email: 'OUBLI@example.org' })).data).toEqual({ requestPasswordReset: true });
    // A second request within a minute sends nothing more.
    expect((await context.server.gql(REQUEST_RESET, { email })).data).toEqual({ requestPasswordReset: true });
    const emails = await emailsTo(context.server, email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe(PASSWORD_RESET_SUBJECT);
    const token = linkToken(emails[0]!, '/pro/mot-de-passe');

    const weak = await context.server.gql(RESET, { token, password: 'oubli@example.org' });
    expect(weak.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await context.server.gql(RESET, { token, password: 'nouvelle phrase de passe' })).data).toEqual({ resetPassword: true });
    expect((await laptop.gql(ME)).data).toEqual({ me: null });
    expect((await phone.gql(ME)).data).toEqual({ me: null });
    expect((await context.server.gql(SIGN_IN, { email, password: 'ancienne phrase de passe' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await context.server.gql(SIGN_IN, { email, password: 'nouvelle phrase de passe' })).errors).toBeUndefined();
    expect((await context.server.gql(RESET, { token, password: 'encore une autre phrase' })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });

    advance(2 * MINUTE);
    await context.server.gql(REQUEST_RESET, { email });
    const late = linkToken((await emailsTo(context.server, email))[1]!, '/pro/mot-de-passe');
    advance(HOUR + SECOND);
    expect((await context.server.gql(RESET, { token: late, password: 'encore une autre phrase' })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('has the demo accounts, password balise-demo, created once and never in production', async () => {
    await clearThrottle();
    const expected: Record<string, { role: string; organisation?: string; departements?: string[] }> = {
      'admin@balise.test': { role: 'PLATFORM_ADMIN' },
      'coordination-landes@balise.test': { role: 'TERRITORY_COORDINATOR', departements: ['40'] },
      'direction@ml-landes.balise.test': { role: 'ORG_ADMIN', organisation: 'Mission Locale des Landes' },
      'edition@ml-landes.balise.test': { role: 'EDITOR', organisation: 'Mission Locale des Landes' },
      'conseil@ml-landes.balise.test': { role: 'COUNSELLOR', organisation: 'Mission Locale des Landes' },
      'conseil@ml-pau.balise.test': { role: 'COUNSELLOR', organisation: 'Mission Locale pour les Jeunes Pau Pyrénées' },
    };
    expect(DEMO_ACCOUNTS.map((a) => a.email).sort()).toEqual(Object.keys(expected).sort());
    for (const [email, membership] of Object.entries(expected)) {
      const browser = await signedIn(context.server.client(), email, DEMO_PASSWORD);
      const [only, ...others] = (await browser.gql(ME)).data!.me.memberships;
      expect(others, email).toEqual([]);
      expect(only.role, email).toBe(membership.role);
      expect(only.organisation?.name, email).toBe(membership.organisation);
      expect(only.departements, email).toEqual(membership.departements ?? []);
    }
    const logger = createLogger('silent');
    expect(await ensureDemoAccounts(em(), () => new Date(now), logger, 'test')).toBe(0);
    await expect(ensureDemoAccounts(em(), () => new Date(now), logger, 'production')).rejects.toThrow(/production/);
  });
});

describe.each(DATABASE_KINDS)('accounts in production mode on %s', (kind) => {
  // The test's own documents are not the PWA's: the allow-list is tested in graphql-protections.test.ts.
  const context = useTestServer(kind, {
    demo: false,
    env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9', DEMO_CATALOGUE: 'false', TOKEN_SECRET: 'un-secret-de-test-assez-long-pour-la-production', PERSISTED_DOCUMENTS_ONLY: 'false' },
  });

  it('has no demo account, and marks the session cookie Secure', async () => {
    expect(await context.server.orm.em.fork().count(Account, {})).toBe(0);
    await createAccount(context.server.orm.em, 'prod@example.org', 'une phrase de passe solide');
    const browser = await signedIn(context.server.client(), 'prod@example.org', 'une phrase de passe solide');
    const cookie = sessionCookieOf(browser)!.header;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect((await browser.gql(SIGN_OUT)).data).toEqual({ signOut: true });
    expect(sessionCookieOf(browser)!.header).toMatch(/Max-Age=0.*; Secure/);
  });
});
