import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Account } from '../../src/accounts/account.entity.js';
import { Membership } from '../../src/accounts/membership.entity.js';
import { hashPassword } from '../../src/accounts/passwords.js';
import type { MembershipRole } from '../../src/accounts/roles.js';
import { EMAIL_TOPIC, type EmailMessage } from '../../src/notifications/email.js';
import { Organisation } from '../../src/organisations/organisation.entity.js';
import { OutboxEvent } from '../../src/outbox/outbox-event.entity.js';
import { MailboxMessage } from '../../src/notifications/mailbox-message.entity.js';
import type { RunningServer } from '../../src/server.js';
import type { TestClient } from './test-server.js';

export const ME = /* GraphQL */ `{ me { id email displayName memberships { role organisation { id name } departements } } }`;
export const SIGN_IN = /* GraphQL */ `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email memberships { role organisation { name } departements } } }`;
export const SIGN_OUT = /* GraphQL */ `mutation { signOut }`;
export const INVITE = /* GraphQL */ `mutation($input: InviteMemberInput!) { inviteMember(input: $input) }`;
export const ACCEPT = /* GraphQL */ `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email memberships { role organisation { name } } } }`;
export const REQUEST_RESET = /* GraphQL */ `mutation($email: String!) { requestPasswordReset(email: $email) }`;
export const RESET = /* GraphQL */ `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;

export async function signedIn(client: TestClient, email: string, password = 'balise-demo'): Promise<TestClient> {
  const response = await client.gql(SIGN_IN, { email, password });
  if (response.errors) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
  return client;
}

export async function organisationId(em: EntityManager, sourceKey: string): Promise<string> {
  return (await em.fork().findOneOrFail(Organisation, { sourceKey })).id;
}

/** An account with a password, made directly in the database. */
export async function createAccount(
  em: EntityManager,
  email: string,
  password: string,
  memberships: { role: MembershipRole; organisationId?: string; departements?: string[] }[] = [],
): Promise<string> {
  const fork = em.fork();
  const account = fork.create(Account, { id: randomUUID(), email, displayName: email, passwordHash: await hashPassword(password), createdAt: new Date(), disabledAt: null });
  for (const m of memberships) {
    fork.create(Membership, {
      id: randomUUID(),
      account,
      role: m.role,
      organisation: m.organisationId ? fork.getReference(Organisation, m.organisationId) : null,
      departements: m.departements ?? [],
      createdAt: new Date(),
    });
  }
  await fork.flush();
  return account.id;
}

/**
 * Emails sent to `to`, oldest first: waits for the outbox to deliver every pending email, then
 * reads the stored mailbox (the outbox keeps no payload once delivered).
 */
export async function emailsTo(server: RunningServer, to: string): Promise<EmailMessage[]> {
  const em = server.orm.em.fork();
  const deadline = Date.now() + 10_000;
  while ((await em.count(OutboxEvent, { topic: EMAIL_TOPIC, deliveredAt: null, failedAt: null })) > 0) {
    if (Date.now() > deadline) throw new Error('emails still pending in the outbox after 10 s');
    await server.outbox.drain();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const messages = await em.find(MailboxMessage, { to }, { orderBy: { id: 'asc' } });
  return messages.map((message) => ({ to: message.to, subject: message.subject, text: message.text }));
}

export function linkToken(message: EmailMessage, path: string): string {
  const match = new RegExp(`https://balise\\.example\\.fr${path.replace(/\//g, '\\/')}\\?jeton=([A-Za-z0-9_-]+)`).exec(message.text);
  if (!match) throw new Error(`no ${path} link in: ${message.text}`);
  return match[1]!;
}
