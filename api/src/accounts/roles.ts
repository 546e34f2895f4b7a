/** Roles a professional's account can hold. Youths never have an account. */
export const MEMBERSHIP_ROLES = ['PLATFORM_ADMIN', 'TERRITORY_COORDINATOR', 'ORG_ADMIN', 'EDITOR', 'COUNSELLOR'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles held for one organisation (the membership names it). */
export const ORGANISATION_ROLES = ['ORG_ADMIN', 'EDITOR', 'COUNSELLOR'] as const satisfies readonly MembershipRole[];
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export function isOrganisationRole(role: MembershipRole): role is OrganisationRole {
  return (ORGANISATION_ROLES as readonly string[]).includes(role);
}

export const ACCOUNT_TOKEN_PURPOSES = ['INVITATION', 'PASSWORD_RESET'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];
