import type { EntityManager } from '@mikro-orm/core';
import { Membership } from '../accounts/membership.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';

/**
 * Who hears about an organisation's offers: its editors and organisation admins with an active
 * account; when it has none yet, its public contact address.
 */
export async function offerEditorsOf(em: EntityManager, organisation: Organisation): Promise<string[]> {
  const memberships = await em.find(
    Membership,
    { organisation: organisation.id, role: { $in: ['EDITOR', 'ORG_ADMIN'] }, account: { disabledAt: null } },
    { populate: ['account'] },
  );
  const emails = [...new Set(memberships.map((membership) => membership.account.email))].sort();
  return emails.length ? emails : [organisation.email];
}
