import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Organisation } from '../organisations/organisation.entity.js';
import type { Clock } from '../shared/clock.js';
import { Account } from './account.entity.js';
import { Membership } from './membership.entity.js';
import { hashPassword } from './passwords.js';
import type { MembershipRole } from './roles.js';

/** The demo accounts' password (it is public: demo accounts never exist in production). */
export const DEMO_PASSWORD = 'balise-demo';

interface DemoAccount {
  email: string;
  displayName: string;
  role: MembershipRole;
  /** sourceKey of the demo organisation, for organisation roles. */
  organisation?: string;
  departements?: string[];
}

/** As listed in DESIGN.md and the README. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@balise.test', displayName: 'Administration Balise', role: 'PLATFORM_ADMIN' },
  { email: 'coordination-landes@balise.test', displayName: 'Coordination des Landes', role: 'TERRITORY_COORDINATOR', departements: ['40'] },
  { email: 'direction@ml-landes.balise.test', displayName: 'Direction – Mission Locale des Landes', role: 'ORG_ADMIN', organisation: 'ml-landes' },
  { email: 'edition@ml-landes.balise.test', displayName: 'Édition – Mission Locale des Landes', role: 'EDITOR', organisation: 'ml-landes' },
  { email: 'conseil@ml-landes.balise.test', displayName: 'Conseil – Mission Locale des Landes', role: 'COUNSELLOR', organisation: 'ml-landes' },
  { email: 'conseil@ml-pau.balise.test', displayName: 'Conseil – Mission Locale Pau Pyrénées', role: 'COUNSELLOR', organisation: 'ml-pau' },
];

/**
 * Creates the demo accounts that do not exist yet (by email), with the demo catalogue only.
 * Refused in production, whatever the caller thought.
 */
export async function ensureDemoAccounts(em: EntityManager, clock: Clock, logger: Logger, nodeEnv = process.env['NODE_ENV']): Promise<number> {
  if (nodeEnv === 'production') throw new Error('demo accounts are refused in production');
  const existing = new Set((await em.find(Account, { email: { $in: DEMO_ACCOUNTS.map((a) => a.email) } })).map((a) => a.email));
  const missing = DEMO_ACCOUNTS.filter((demo) => !existing.has(demo.email));
  if (missing.length === 0) return 0;
  const organisations = new Map(
    (await em.find(Organisation, { sourceKey: { $in: missing.flatMap((demo) => (demo.organisation ? [demo.organisation] : [])) } })).map((o) => [o.sourceKey!, o]),
  );
  // One hash for all: the password is public anyway, and a first start stays fast.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock();
  let created = 0;
  for (const demo of missing) {
    const organisation = demo.organisation ? organisations.get(demo.organisation) : null;
    if (demo.organisation && !organisation) {
      logger.warn({ organisation: demo.organisation }, 'accounts: demo organisation missing, demo account skipped');
      continue;
    }
    const account = em.create(Account, { id: randomUUID(), email: demo.email, displayName: demo.displayName, passwordHash, createdAt: now, disabledAt: null });
    em.create(Membership, { id: randomUUID(), account, role: demo.role, organisation: organisation ?? null, departements: demo.departements ?? [], createdAt: now });
    created += 1;
  }
  await em.flush();
  logger.info({ created }, 'accounts: demo accounts created');
  return created;
}
