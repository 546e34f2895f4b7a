import { defineEntity, p } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';
import { Account } from './account.entity.js';
import { MEMBERSHIP_ROLES } from './roles.js';

/**
 * One role of an account: for an organisation (ORG_ADMIN, EDITOR, COUNSELLOR), for a set of
 * départements (TERRITORY_COORDINATOR), or for the whole platform (PLATFORM_ADMIN).
 */
const MembershipSchema = defineEntity({
  name: 'Membership',
  properties: {
    id: p.uuid().primary(),
    account: () => p.manyToOne(Account).deleteRule('cascade').index(),
    role: p.enum(MEMBERSHIP_ROLES),
    organisation: () => p.manyToOne(Organisation).nullable().deleteRule('cascade').index(),
    /** Département codes ('40', '2A', '974'), for TERRITORY_COORDINATOR only. */
    departements: p.array().default([]),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    {
      name: 'membership_scope_check',
      expression:
        "(role in ('ORG_ADMIN', 'EDITOR', 'COUNSELLOR') and organisation_id is not null and cardinality(departements) = 0)" +
        " or (role = 'TERRITORY_COORDINATOR' and organisation_id is null and cardinality(departements) > 0)" +
        " or (role = 'PLATFORM_ADMIN' and organisation_id is null and cardinality(departements) = 0)",
    },
  ],
});

export class Membership extends MembershipSchema.class {}
MembershipSchema.setClass(Membership);
