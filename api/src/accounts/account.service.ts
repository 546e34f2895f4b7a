import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { enqueueEmail } from '../notifications/email.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { Clock } from '../shared/clock.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { parseId } from '../shared/pagination.js';
import { AccountToken } from './account-token.entity.js';
import { Account } from './account.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { INVITABLE_ROLES, requirePermission, requireViewer, type Viewer } from './authorization.js';
import { Membership } from './membership.entity.js';
import { organisationScope } from './organisation-scope.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';
import type { AccountTokenPurpose, MembershipRole } from './roles.js';
import { SignInThrottler, emailThrottleKey, ipThrottleKey } from './sign-in-throttle.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Session life: 12 h after the last use (slid at most once a minute), never more than 7 days after sign-in. */
export const SESSION_LIFE = { idleMs: 12 * HOUR, slideEveryMs: MINUTE, absoluteMs: 7 * DAY } as const;
/** Emailed links: an invitation lasts 7 days, a password reset 1 hour; both serve once. */
export const TOKEN_LIFE: Record<AccountTokenPurpose, number> = { INVITATION: 7 * DAY, PASSWORD_RESET: HOUR };
/** At most one password-reset email per account per minute. */
const RESET_EMAIL_INTERVAL_MS = MINUTE;

export const WRONG_CREDENTIALS = 'Adresse ou mot de passe incorrect.';
export const INVITATION_SUBJECT = 'Ton invitation à l’espace partenaires Balise';
export const ACCESS_GRANTED_SUBJECT = 'Nouvel accès dans l’espace partenaires Balise';
export const PASSWORD_RESET_SUBJECT = 'Choisis un nouveau mot de passe Balise';

const ROLE_LABELS: Record<MembershipRole, string> = {
  PLATFORM_ADMIN: 'administration de la plateforme',
  TERRITORY_COORDINATOR: 'coordination territoriale',
  ORG_ADMIN: 'administration de l’organisation',
  EDITOR: 'édition des offres',
  COUNSELLOR: 'conseil (demandes de contact)',
};

// No control characters: PostgreSQL refuses NUL in text, and no address has one.
const EMAIL = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u;

export interface AccountSettings {
  /** Where the web app is reached from outside, for links in emails. */
  publicUrl: string;
  /** Session cookie with `Secure` (production). */
  secureCookies: boolean;
}

export interface IssuedSession {
  id: string;
  /** The cookie's value; never stored, never logged. */
  token: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  viewer: Viewer;
  sessionId: string;
  expiresAt: Date;
  /** The expiry moved: the cookie must be sent again. */
  slid: boolean;
}

export interface InviteMemberCommand {
  email: string;
  displayName: string;
  organisationId: string;
  roles: readonly MembershipRole[];
}

export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/**
 * Professionals' accounts: sign-in with growing delays, sessions, invitations, password resets.
 * Never imports GraphQL; authorization uses `authorization.ts`.
 */
export class AccountService {
  private readonly throttle: SignInThrottler;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly settings: Pick<AccountSettings, 'publicUrl'>,
  ) {
    this.throttle = new SignInThrottler(em, clock);
  }

  /**
   * Checks the password with the same work and the same error whether the email is unknown,
   * the password wrong, the invitation not accepted or the account disabled.
   */
  async signIn(email: string, password: string, ip: string): Promise<{ account: Account; session: IssuedSession }> {
    const normalised = normaliseEmail(email);
    const emailKey = emailThrottleKey(normalised);
    const keys = [emailKey, ipThrottleKey(ip)];
    await this.throttle.assertNotLocked(keys);
    const account = EMAIL.test(normalised) ? await this.em.findOne(Account, { email: normalised }, { populate: ['passwordHash'] }) : null;
    const usableHash = account && !account.disabledAt ? account.passwordHash : null;
    const matches = await verifyPassword(usableHash, password);
    if (!matches || !account) {
      await this.throttle.recordFailure(keys);
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await this.throttle.clear(emailKey);
    return { account, session: await this.openSession(account.id) };
  }

  /** The session behind a cookie, slid forward when last seen more than a minute ago; null when unknown, expired, revoked or disabled. */
  async resolveSession(token: string): Promise<ResolvedSession | null> {
    if (!looksLikeToken(token)) return null;
    const session = await this.em.findOne(AuthSession, { tokenHash: hashToken(token) }, { populate: ['account', 'account.memberships'] });
    const now = this.clock();
    if (!session || session.revokedAt || session.expiresAt <= now || session.account.disabledAt) return null;
    let slid = false;
    if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_LIFE.slideEveryMs) {
      const expiresAt = sessionExpiry(session.createdAt, now);
      slid = expiresAt.getTime() !== session.expiresAt.getTime();
      session.lastSeenAt = now;
      session.expiresAt = expiresAt;
      await this.em.flush();
    }
    return { viewer: toViewer(session.account), sessionId: session.id, expiresAt: session.expiresAt, slid };
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.em.nativeUpdate(AuthSession, { id: sessionId, revokedAt: null }, { revokedAt: this.clock() });
  }

  /** The viewer's account with its memberships and their organisations (and venues). */
  async findAccount(accountId: string): Promise<Account | null> {
    return this.em.findOne(Account, { id: accountId, disabledAt: null }, { populate: ['memberships.organisation.venues'] });
  }

  /**
   * Gives an email access to an organisation. A new address gets an account without password
   * and an invitation link (7 days, single use); an address whose invitation is pending gets a
   * fresh link (earlier ones stop working); an active account gets the roles and a notice.
   */
  async inviteMember(viewer: Viewer | null, command: InviteMemberCommand, geo: GeoDirectory): Promise<void> {
    requireViewer(viewer);
    const organisation = await this.em.findOne(Organisation, { id: parseId('organisationId', command.organisationId) }, { populate: ['venues'] });
    if (!organisation) throw new DomainError('NOT_FOUND', 'Cette organisation n’existe pas.', 'organisationId');
    requirePermission(viewer, 'members.invite', organisationScope(organisation, geo));

    const email = normaliseEmail(command.email);
    if (!EMAIL.test(email) || email.length > 254) throw invalidInput('email', 'Indique une adresse email valide, par exemple prenom.nom@organisation.fr.');
    const displayName = command.displayName.trim().replace(/\s+/g, ' ');
    if (displayName.length < 1 || displayName.length > 120) throw invalidInput('displayName', 'Indique le nom de la personne (120 caractères au plus).');
    const roles = [...new Set(command.roles)];
    if (roles.length === 0) throw invalidInput('roles', 'Choisis au moins un rôle.');
    if (roles.some((role) => !INVITABLE_ROLES.includes(role))) {
      throw invalidInput('roles', 'Une invitation donne un rôle dans l’organisation : ORG_ADMIN, EDITOR ou COUNSELLOR.');
    }

    const now = this.clock();
    await this.em.transactional(async (tx) => {
      const existing = await tx.findOne(Account, { email }, { populate: ['passwordHash', 'memberships'] });
      if (existing?.disabledAt) throw new DomainError('CONFLICT', 'Ce compte est désactivé : contacte l’équipe Balise pour le rétablir.', 'email');
      const account = existing ?? tx.create(Account, { id: randomUUID(), email, displayName, passwordHash: null, createdAt: now, disabledAt: null });
      const held = new Set(existing?.memberships.getItems().filter((m) => m.organisation?.id === organisation.id).map((m) => m.role) ?? []);
      const added = roles.filter((role) => !held.has(role));
      const organisationRef = tx.getReference(Organisation, organisation.id);
      for (const role of added) tx.create(Membership, { id: randomUUID(), account, role, organisation: organisationRef, departements: [], createdAt: now });
      const rolesText = roles.map((role) => ROLE_LABELS[role]).join(', ');
      if (!existing?.passwordHash) {
        await tx.nativeUpdate(AccountToken, { account: account.id, purpose: 'INVITATION', usedAt: null, expiresAt: { $gt: now } }, { expiresAt: now });
        const token = this.issueToken(tx, account, 'INVITATION', now);
        enqueueEmail(tx, {
          to: email,
          subject: INVITATION_SUBJECT,
          text: [
            'Bonjour,',
            '',
            `Tu es invité·e à rejoindre l’espace partenaires de Balise pour « ${organisation.name} » (${rolesText}).`,
            '',
            'Pour choisir ton mot de passe et activer ton compte, ouvre ce lien (valable 7 jours, une seule fois) :',
            this.link('/pro/invitation', token),
            '',
            'Si tu ne t’attendais pas à ce message, ignore-le : rien ne sera activé sans toi.',
            '',
            'L’équipe Balise',
          ].join('\n'),
        });
      } else if (added.length) {
        enqueueEmail(tx, {
          to: email,
          subject: ACCESS_GRANTED_SUBJECT,
          text: [
            'Bonjour,',
            '',
            `Tu as désormais accès à « ${organisation.name} » dans l’espace partenaires de Balise (${rolesText}).`,
            '',
            `Connecte-toi : ${this.settings.publicUrl}/pro`,
            '',
            'L’équipe Balise',
          ].join('\n'),
        });
      }
    });
  }

  /** Sets the first password from an invitation link, and signs in. */
  async acceptInvitation(token: string, password: string): Promise<{ account: Account; session: IssuedSession }> {
    const record = await this.usableToken('INVITATION', token);
    checkPasswordPolicy(password, record.account.email);
    const passwordHash = await hashPassword(password);
    await this.em.transactional(async (tx) => {
      await this.consume(tx, record, 'INVITATION');
      await tx.nativeUpdate(Account, { id: record.account.id }, { passwordHash });
    });
    await this.throttle.clear(emailThrottleKey(record.account.email));
    return { account: record.account, session: await this.openSession(record.account.id) };
  }

  /**
   * Sends a reset link when the address belongs to an active account, and says nothing either
   * way (the answer is always true, so the form tells nobody who has an account).
   */
  async requestPasswordReset(email: string): Promise<true> {
    const normalised = normaliseEmail(email);
    if (!EMAIL.test(normalised)) return true;
    const account = await this.em.findOne(Account, { email: normalised, disabledAt: null }, { populate: ['passwordHash'] });
    if (!account?.passwordHash) return true;
    const now = this.clock();
    const recent = await this.em.count(AccountToken, {
      account: account.id,
      purpose: 'PASSWORD_RESET',
      createdAt: { $gt: new Date(now.getTime() - RESET_EMAIL_INTERVAL_MS) },
    });
    if (recent > 0) return true;
    const token = this.issueToken(this.em, account, 'PASSWORD_RESET', now);
    enqueueEmail(this.em, {
      to: normalised,
      subject: PASSWORD_RESET_SUBJECT,
      text: [
        'Bonjour,',
        '',
        'Quelqu’un (sans doute toi) a demandé à changer le mot de passe de ton compte Balise.',
        'Pour en choisir un nouveau, ouvre ce lien (valable 1 heure, une seule fois) :',
        this.link('/pro/mot-de-passe', token),
        '',
        'Si tu n’as rien demandé, ignore ce message : ton mot de passe ne change pas.',
        '',
        'L’équipe Balise',
      ].join('\n'),
    });
    await this.em.flush();
    return true;
  }

  /** Sets a new password from a reset link and signs the account out everywhere. */
  async resetPassword(token: string, password: string): Promise<true> {
    const record = await this.usableToken('PASSWORD_RESET', token);
    checkPasswordPolicy(password, record.account.email);
    const passwordHash = await hashPassword(password);
    await this.em.transactional(async (tx) => {
      await this.consume(tx, record, 'PASSWORD_RESET');
      const now = this.clock();
      await tx.nativeUpdate(Account, { id: record.account.id }, { passwordHash });
      await tx.nativeUpdate(AuthSession, { account: record.account.id, revokedAt: null }, { revokedAt: now });
      await tx.nativeUpdate(AccountToken, { account: record.account.id, purpose: 'PASSWORD_RESET', usedAt: null }, { expiresAt: now });
    });
    await this.throttle.clear(emailThrottleKey(record.account.email));
    return true;
  }

  private async openSession(accountId: string): Promise<IssuedSession> {
    const now = this.clock();
    const { token, hash } = newToken();
    const session = this.em.create(AuthSession, {
      id: randomUUID(),
      tokenHash: hash,
      account: this.em.getReference(Account, accountId),
      createdAt: now,
      expiresAt: sessionExpiry(now, now),
      lastSeenAt: now,
      revokedAt: null,
    });
    await this.em.flush();
    return { id: session.id, token, expiresAt: session.expiresAt };
  }

  private issueToken(em: EntityManager, account: Account, purpose: AccountTokenPurpose, now: Date): string {
    const { token, hash } = newToken();
    em.create(AccountToken, { id: randomUUID(), purpose, tokenHash: hash, account, createdAt: now, expiresAt: new Date(now.getTime() + TOKEN_LIFE[purpose]), usedAt: null });
    return token;
  }

  private link(path: string, token: string): string {
    return `${this.settings.publicUrl}${path}?jeton=${encodeURIComponent(token)}`;
  }

  private async usableToken(purpose: AccountTokenPurpose, token: string): Promise<AccountToken> {
    const record = looksLikeToken(token)
      ? await this.em.findOne(AccountToken, { tokenHash: hashToken(token), purpose }, { populate: ['account'] })
      : null;
    const now = this.clock();
    if (!record || record.usedAt || record.expiresAt <= now || record.account.disabledAt) throw invalidToken(purpose);
    return record;
  }

  /** Marks the token used, atomically: of two requests racing with one link, one wins. */
  private async consume(tx: EntityManager, record: AccountToken, purpose: AccountTokenPurpose): Promise<void> {
    const now = this.clock();
    const updated = await tx.nativeUpdate(AccountToken, { id: record.id, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    if (updated !== 1) throw invalidToken(purpose);
  }
}

function invalidToken(purpose: AccountTokenPurpose): DomainError {
  return invalidInput(
    'token',
    purpose === 'INVITATION'
      ? 'Ce lien d’invitation ne marche plus : il a déjà servi ou il a expiré. Demande à la personne qui t’a invité·e de t’en renvoyer un.'
      : 'Ce lien ne marche plus : il a déjà servi ou il a expiré. Demande un nouveau lien depuis « Mot de passe oublié ».',
  );
}

/** 12 h from now, but never beyond 7 days after the sign-in. */
export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_LIFE.idleMs, createdAt.getTime() + SESSION_LIFE.absoluteMs));
}

export function toViewer(account: Account): Viewer {
  return {
    accountId: account.id,
    memberships: account.memberships.getItems().map((membership) => ({
      role: membership.role,
      organisationId: membership.organisation?.id ?? null,
      departements: [...membership.departements],
    })),
  };
}
