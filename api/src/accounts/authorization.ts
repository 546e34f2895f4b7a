import { DomainError } from '../shared/domain-error.js';
import { ORGANISATION_ROLES, type MembershipRole, type OrganisationRole } from './roles.js';

/**
 * Who asks: the signed-in account and its memberships. Built from the session on each request;
 * resolvers and services receive it, never a raw account.
 */
export interface Viewer {
  accountId: string;
  memberships: readonly ViewerMembership[];
}

export interface ViewerMembership {
  role: MembershipRole;
  /** For ORG_ADMIN, EDITOR, COUNSELLOR. */
  organisationId: string | null;
  /** For TERRITORY_COORDINATOR. */
  departements: readonly string[];
}

/** What an organisation-level rule needs to know about the organisation: its id and the départements where it is present. */
export interface OrganisationScope {
  id: string;
  departements: readonly string[];
}

interface Rule {
  /** Members of the organisation holding one of these roles may. */
  organisationRoles: readonly OrganisationRole[];
  /** A TERRITORY_COORDINATOR may, for organisations present in one of their départements. */
  coordinator: boolean;
  /** False: not even a PLATFORM_ADMIN (youths' personal data stays with the organisation). */
  platformAdmin?: boolean;
}

/**
 * The rule table: who may do what on an organisation. A PLATFORM_ADMIN may do everything.
 * Every protected operation names one of these permissions; the README prints this table,
 * and test/authorization-matrix.test.ts checks every operation against every role.
 */
export const PERMISSIONS = {
  /** inviteMember: give someone access to the organisation (ORG_ADMIN, EDITOR, COUNSELLOR). */
  'members.invite': { organisationRoles: ['ORG_ADMIN'], coordinator: true },
  /** The organisation's public profile, venues and coverage (partner portal). */
  'organisation.edit': { organisationRoles: ['ORG_ADMIN'], coordinator: true },
  /** Create, edit, submit for review, duplicate, archive offers; workshop sessions (partner portal). */
  'offers.edit': { organisationRoles: ['ORG_ADMIN', 'EDITOR'], coordinator: true },
  /** Review offers: publish, or send back with a comment; remind owners of stale offers. */
  'offers.review': { organisationRoles: [], coordinator: true },
  /** Create organisations of one's territory (PENDING) and validate them (ACTIVE). */
  'organisations.validate': { organisationRoles: [], coordinator: true },
  /**
   * contactRequests and what counsellors do with them (assign, log calls, close, transfer, export):
   * youths' personal data, so the organisation's counsellors and admins only — no coordinator,
   * no platform admin (they are alerted about overdue requests without the youth's details).
   */
  'contactRequests.handle': { organisationRoles: ['COUNSELLOR', 'ORG_ADMIN'], coordinator: false, platformAdmin: false },
  /**
   * Workshop bookings of the organisation's sessions: attendance lists (youths' first names and
   * contacts), marking attended / no-show, CSV export, fill and no-show rates. The members who
   * run workshops: ORG_ADMIN, EDITOR (who creates the sessions) and COUNSELLOR (who often leads
   * them). Not coordinators: they oversee a territory's catalogue and need no youth's contact.
   */
  'bookings.manage': { organisationRoles: ['ORG_ADMIN', 'EDITOR', 'COUNSELLOR'], coordinator: false },
  /** organisationStatistics and its CSV tables: counts only (no youth's data), so coordinators of its territory too. */
  'statistics.organisation': { organisationRoles: ['ORG_ADMIN', 'COUNSELLOR'], coordinator: true },
  /** territoryStatistics and its CSV tables: a coordinator's own départements (statistics-access.ts), platform admins anywhere. */
  'statistics.territory': { organisationRoles: [], coordinator: true },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

export const NOT_SIGNED_IN = 'Connecte-toi à l’espace partenaires.';
export const NO_ACCESS = 'Tu n’as pas accès à cette organisation.';

/** UNAUTHENTICATED when nobody is signed in. */
export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw new DomainError('UNAUTHENTICATED', NOT_SIGNED_IN);
  return viewer;
}

export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.memberships.some((membership) => membership.role === 'PLATFORM_ADMIN');
}

/** The départements a viewer coordinates. */
export function coordinatedDepartements(viewer: Viewer): Set<string> {
  return new Set(viewer.memberships.filter((m) => m.role === 'TERRITORY_COORDINATOR').flatMap((m) => m.departements));
}

/**
 * Whether the viewer holds one of `roles` for the organisation. PLATFORM_ADMIN always does;
 * TERRITORY_COORDINATOR in `roles` means a coordinator of one of the organisation's départements.
 */
export function hasOrganisationRole(viewer: Viewer, organisation: OrganisationScope, roles: readonly MembershipRole[]): boolean {
  if (isPlatformAdmin(viewer)) return true;
  const member = viewer.memberships.some((m) => m.organisationId === organisation.id && roles.includes(m.role));
  if (member) return true;
  if (!roles.includes('TERRITORY_COORDINATOR')) return false;
  const territory = coordinatedDepartements(viewer);
  return organisation.departements.some((departement) => territory.has(departement));
}

/** UNAUTHENTICATED when signed out, FORBIDDEN without one of `roles` for the organisation. */
export function requireOrganisationRole(
  viewer: Viewer | null | undefined,
  organisation: OrganisationScope,
  roles: readonly MembershipRole[],
): Viewer {
  const signedIn = requireViewer(viewer);
  if (!hasOrganisationRole(signedIn, organisation, roles)) throw new DomainError('FORBIDDEN', NO_ACCESS);
  return signedIn;
}

/** The roles a permission allows, as `requireOrganisationRole` wants them. */
export function rolesFor(permission: Permission): MembershipRole[] {
  const rule: Rule = PERMISSIONS[permission];
  return [...rule.organisationRoles, ...(rule.coordinator ? (['TERRITORY_COORDINATOR'] as const) : [])];
}

export function can(viewer: Viewer | null | undefined, permission: Permission, organisation: OrganisationScope): boolean {
  if (!viewer) return false;
  const rule: Rule = PERMISSIONS[permission];
  if (rule.platformAdmin !== false) return hasOrganisationRole(viewer, organisation, rolesFor(permission));
  const adminless = { ...viewer, memberships: viewer.memberships.filter((membership) => membership.role !== 'PLATFORM_ADMIN') };
  return hasOrganisationRole(adminless, organisation, rolesFor(permission));
}

/** UNAUTHENTICATED when signed out, FORBIDDEN when the rule does not allow it on this organisation. */
export function requirePermission(viewer: Viewer | null | undefined, permission: Permission, organisation: OrganisationScope): Viewer {
  const signedIn = requireViewer(viewer);
  if (!can(signedIn, permission, organisation)) throw new DomainError('FORBIDDEN', NO_ACCESS);
  return signedIn;
}

export function canInvite(viewer: Viewer | null | undefined, organisation: OrganisationScope): boolean {
  return can(viewer, 'members.invite', organisation);
}

/** Roles that inviteMember may grant: organisation roles only (coordinators and admins are named by the platform). */
export const INVITABLE_ROLES: readonly MembershipRole[] = ORGANISATION_ROLES;

/**
 * Where a permission reaches, for lists (e.g. the contact requests a counsellor sees):
 * everything, or these organisations plus the organisations present in these départements.
 */
export interface PermissionReach {
  everywhere: boolean;
  organisationIds: string[];
  departements: string[];
}

export function reachOf(viewer: Viewer, permission: Permission): PermissionReach {
  const rule: Rule = PERMISSIONS[permission];
  return {
    everywhere: rule.platformAdmin !== false && isPlatformAdmin(viewer),
    organisationIds: [
      ...new Set(
        viewer.memberships
          .filter((m) => m.organisationId && (rule.organisationRoles as readonly string[]).includes(m.role))
          .map((m) => m.organisationId!),
      ),
    ].sort(),
    departements: rule.coordinator ? [...coordinatedDepartements(viewer)].sort() : [],
  };
}
