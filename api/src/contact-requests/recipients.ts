import type { EntityManager } from '@mikro-orm/core';
import { Membership } from '../accounts/membership.entity.js';
import type { OrganisationScope } from '../accounts/authorization.js';
import type { Organisation } from '../organisations/organisation.entity.js';

const activeEmails = (memberships: Membership[]) => [...new Set(memberships.map((membership) => membership.account.email))].sort();

/** Who handles an organisation's contact requests: its counsellors and organisation admins; else its public address. */
export async function counsellorsOf(em: EntityManager, organisation: Organisation): Promise<string[]> {
  const memberships = await em.find(
    Membership,
    { organisation: organisation.id, role: { $in: ['COUNSELLOR', 'ORG_ADMIN'] }, account: { disabledAt: null } },
    { populate: ['account'] },
  );
  const emails = activeEmails(memberships);
  return emails.length ? emails : [organisation.email];
}

/**
 * Who is alerted when an organisation does not keep its promise: the coordinators of the
 * départements where it is present; when there are none, the platform admins.
 */
export async function coordinatorsOf(em: EntityManager, scope: OrganisationScope): Promise<string[]> {
  const coordinators = await em.find(
    Membership,
    { role: 'TERRITORY_COORDINATOR', departements: { $overlap: [...scope.departements] }, account: { disabledAt: null } },
    { populate: ['account'] },
  );
  if (coordinators.length) return activeEmails(coordinators);
  return activeEmails(await em.find(Membership, { role: 'PLATFORM_ADMIN', account: { disabledAt: null } }, { populate: ['account'] }));
}
