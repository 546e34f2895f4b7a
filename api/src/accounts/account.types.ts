import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationType } from '../organisations/organisation.types.js';
import { MEMBERSHIP_ROLES, type MembershipRole } from './roles.js';

export const MembershipRoleEnum = Object.fromEntries(MEMBERSHIP_ROLES.map((role) => [role, role])) as { [K in MembershipRole]: K };
registerEnumType(MembershipRoleEnum, {
  name: 'MembershipRole',
  description: 'PLATFORM_ADMIN: everything. TERRITORY_COORDINATOR: organisations of their départements. ORG_ADMIN, EDITOR, COUNSELLOR: one organisation.',
});

@ObjectType('Membership', { simpleResolvers: true })
export class MembershipType {
  @Field(() => MembershipRoleEnum) role!: MembershipRole;
  @Field(() => OrganisationType, { nullable: true, description: 'For ORG_ADMIN, EDITOR and COUNSELLOR.' }) organisation!: OrganisationType | null;
  @Field(() => [String], { description: 'Département codes, for TERRITORY_COORDINATOR.' }) departements!: string[];
}

@ObjectType('Account', { description: 'A professional’s account (partners, counsellors, coordinators, admins).', simpleResolvers: true })
export class AccountType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [MembershipType]) memberships!: MembershipType[];
}

@InputType()
export class InviteMemberInput {
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => [MembershipRoleEnum], { description: 'ORG_ADMIN, EDITOR and/or COUNSELLOR.' }) roles!: MembershipRole[];
}
