import type { EntityManager } from '@mikro-orm/core';

/**
 * Who is changing things through an entity manager. The GraphQL context binds the signed-in
 * viewer to its request's entity manager; `AuditSubscriber` reads it on every flush of that
 * entity manager, so no service can change an audited entity without leaving a trace.
 * Flushes of an entity manager with no actor (catalogue import, tests) are the platform's own
 * and are not audited.
 */
interface AuditScope {
  accountId: string;
  /** The action a service named for an entity's next flush (e.g. PUBLISHED); CREATED/UPDATED/DELETED otherwise. */
  actions: Map<string, string>;
}

const scopes = new WeakMap<EntityManager, AuditScope>();

export function bindAuditActor(em: EntityManager, accountId: string): void {
  scopes.set(em, { accountId, actions: new Map() });
}

export function auditScopeOf(em: EntityManager): AuditScope | undefined {
  return scopes.get(em);
}

/** Names what the next flush does to an entity, for the audit trail (e.g. 'PUBLISHED' rather than 'UPDATED'). */
export function nameAuditAction(em: EntityManager, entityId: string, action: string): void {
  scopes.get(em)?.actions.set(entityId, action);
}

/** `em.transactional` works on a fork: the fork acts for the same actor, with the same named actions. */
export function shareAuditScope(from: EntityManager, to: EntityManager): void {
  const scope = scopes.get(from);
  if (scope) scopes.set(to, scope);
}
