import type { GeoDirectory } from '../geo/geo-directory.js';
import { toOrganisationType } from '../organisations/organisation.mapper.js';
import type { Account } from './account.entity.js';
import { MEMBERSHIP_ROLES } from './roles.js';
import type { AccountType } from './account.types.js';

/** Memberships must be loaded with their organisations' venues. */
export function toAccountType(account: Account, geo: GeoDirectory): AccountType {
  const memberships = account.memberships
    .getItems()
    .map((membership) => ({
      role: membership.role,
      organisation: membership.organisation ? toOrganisationType(membership.organisation, geo) : null,
      departements: [...membership.departements],
    }))
    .sort((a, b) => MEMBERSHIP_ROLES.indexOf(a.role) - MEMBERSHIP_ROLES.indexOf(b.role) || (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '', 'fr'));
  return { id: account.id, email: account.email, displayName: account.displayName, memberships };
}
