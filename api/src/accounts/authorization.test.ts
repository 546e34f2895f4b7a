import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import {
  PERMISSIONS,
  can,
  canInvite,
  reachOf,
  requireOrganisationRole,
  requirePermission,
  requireViewer,
  rolesFor,
  type OrganisationScope,
  type Permission,
  type Viewer,
} from './authorization.js';
import type { MembershipRole } from './roles.js';

const landes: OrganisationScope = { id: 'org-landes', departements: ['40'] };
const pau: OrganisationScope = { id: 'org-pau', departements: ['64'] };
const adour: OrganisationScope = { id: 'org-adour', departements: ['40', '64'] };

const viewer = (...memberships: { role: MembershipRole; organisationId?: string; departements?: string[] }[]): Viewer => ({
  accountId: 'account',
  memberships: memberships.map((m) => ({ role: m.role, organisationId: m.organisationId ?? null, departements: m.departements ?? [] })),
});

const admin = viewer({ role: 'PLATFORM_ADMIN' });
const coordinator40 = viewer({ role: 'TERRITORY_COORDINATOR', departements: ['40'] });
const orgAdmin = viewer({ role: 'ORG_ADMIN', organisationId: landes.id });
const editor = viewer({ role: 'EDITOR', organisationId: landes.id });
const counsellor = viewer({ role: 'COUNSELLOR', organisationId: landes.id });
const editorAndCounsellor = viewer({ role: 'EDITOR', organisationId: landes.id }, { role: 'COUNSELLOR', organisationId: landes.id });
const counsellorPau = viewer({ role: 'COUNSELLOR', organisationId: pau.id });

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'NOT A DOMAIN ERROR';
  }
}

describe('authorization rules', () => {
  it('asks anonymous people to sign in', () => {
    expect(codeOf(() => requireViewer(null))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requirePermission(undefined, 'members.invite', landes))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireViewer(counsellor))).toBeUndefined();
  });

  // The rule table, read the other way: who may do what on the Mission Locale des Landes.
  const table: Record<Permission, Record<string, boolean>> = {
    'members.invite': { admin: true, coordinator40: true, orgAdmin: true, editor: false, counsellor: false, counsellorPau: false },
    'organisation.edit': { admin: true, coordinator40: true, orgAdmin: true, editor: false, counsellor: false, counsellorPau: false },
    'offers.edit': { admin: true, coordinator40: true, orgAdmin: true, editor: true, counsellor: false, counsellorPau: false },
    'offers.review': { admin: true, coordinator40: true, orgAdmin: false, editor: false, counsellor: false, counsellorPau: false },
    'organisations.validate': { admin: true, coordinator40: true, orgAdmin: false, editor: false, counsellor: false, counsellorPau: false },
    'contactRequests.handle': { admin: false, coordinator40: false, orgAdmin: true, editor: false, counsellor: true, counsellorPau: false },
    'bookings.manage': { admin: true, coordinator40: false, orgAdmin: true, editor: true, counsellor: true, counsellorPau: false },
    'statistics.organisation': { admin: true, coordinator40: true, orgAdmin: true, editor: false, counsellor: true, counsellorPau: false },
    'statistics.territory': { admin: true, coordinator40: true, orgAdmin: false, editor: false, counsellor: false, counsellorPau: false },
  };
  const viewers: Record<string, Viewer> = { admin, coordinator40, orgAdmin, editor, counsellor, counsellorPau };

  it('covers every permission of the rule table', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const [permission, expected] of Object.entries(table) as [Permission, Record<string, boolean>][]) {
    for (const [name, allowed] of Object.entries(expected)) {
      it(`${permission} on the Landes organisation: ${name} → ${allowed ? 'allowed' : 'FORBIDDEN'}`, () => {
        expect(can(viewers[name], permission, landes)).toBe(allowed);
        expect(codeOf(() => requirePermission(viewers[name], permission, landes))).toBe(allowed ? undefined : 'FORBIDDEN');
      });
    }
  }

  it('gives contact requests to an editor only when they are a counsellor too', () => {
    expect(can(editor, 'contactRequests.handle', landes)).toBe(false);
    expect(can(editorAndCounsellor, 'contactRequests.handle', landes)).toBe(true);
  });

  it('keeps organisation roles to their own organisation', () => {
    expect(can(orgAdmin, 'members.invite', pau)).toBe(false);
    expect(can(counsellorPau, 'contactRequests.handle', pau)).toBe(true);
    expect(can(counsellorPau, 'contactRequests.handle', landes)).toBe(false);
  });

  it('lets a coordinator act on organisations present in their départements only', () => {
    expect(canInvite(coordinator40, landes)).toBe(true);
    expect(canInvite(coordinator40, adour)).toBe(true);
    expect(canInvite(coordinator40, pau)).toBe(false);
    expect(canInvite(coordinator40, { id: 'national', departements: [] })).toBe(false);
  });

  it('lets a platform admin do everything but handle youths’ contact requests', () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) expect(can(admin, permission, pau)).toBe(permission !== 'contactRequests.handle');
  });

  it('checks a raw list of roles', () => {
    expect(codeOf(() => requireOrganisationRole(editor, landes, ['ORG_ADMIN']))).toBe('FORBIDDEN');
    expect(codeOf(() => requireOrganisationRole(editor, landes, ['ORG_ADMIN', 'EDITOR']))).toBeUndefined();
    expect(codeOf(() => requireOrganisationRole(coordinator40, landes, ['EDITOR']))).toBe('FORBIDDEN');
    expect(rolesFor('offers.edit')).toEqual(['ORG_ADMIN', 'EDITOR', 'TERRITORY_COORDINATOR']);
  });

  it('says where a permission reaches, for lists', () => {
    expect(reachOf(counsellor, 'contactRequests.handle')).toEqual({ everywhere: false, organisationIds: [landes.id], departements: [] });
    expect(reachOf(editor, 'contactRequests.handle')).toEqual({ everywhere: false, organisationIds: [], departements: [] });
    expect(reachOf(coordinator40, 'offers.edit')).toEqual({ everywhere: false, organisationIds: [], departements: ['40'] });
    expect(reachOf(coordinator40, 'contactRequests.handle').departements).toEqual([]);
    expect(reachOf(admin, 'contactRequests.handle').everywhere).toBe(false); // youths' personal data: not even platform admins
  });
});
