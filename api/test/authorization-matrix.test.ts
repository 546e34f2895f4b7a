/**
 * Every protected operation × every kind of person: allowed, or refused with FORBIDDEN /
 * UNAUTHENTICATED and nothing written. Adding a query or a mutation to the schema fails the
 * last test until it gets a row here (or is declared public, with the reason).
 *
 * A row: the GraphQL document, its variables (made fresh for each person, so that allowed
 * calls do not collide), the expected outcome per person, and a `written` probe counting the
 * rows the operation would write.
 */
import type { EntityManager } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccountToken } from '../src/accounts/account-token.entity.js';
import { Account } from '../src/accounts/account.entity.js';
import { Membership } from '../src/accounts/membership.entity.js';
import { SignInThrottle } from '../src/accounts/sign-in-throttle.entity.js';
import { buildAppSchema } from '../src/graphql/schema.js';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { INVITE, ME, organisationId, signedIn } from './support/accounts.js';
import { DATABASE_KINDS } from './support/databases.js';
import { useTestServer, type TestClient } from './support/test-server.js';

/** Who asks. Each is a demo account (README), except anonymous. */
const PEOPLE = {
  anonymous: null,
  'PLATFORM_ADMIN': 'admin@balise.test',
  'TERRITORY_COORDINATOR (40)': 'coordination-landes@balise.test',
  'ORG_ADMIN ml-landes': 'direction@ml-landes.balise.test',
  'EDITOR ml-landes': 'edition@ml-landes.balise.test',
  'COUNSELLOR ml-landes': 'conseil@ml-landes.balise.test',
  'COUNSELLOR ml-pau (another organisation)': 'conseil@ml-pau.balise.test',
} as const;
type Person = keyof typeof PEOPLE;

type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';

interface MatrixContext {
  organisations: { mlLandes: string; mlPau: string };
  /** Unique per (row, person): for emails and other unique values. */
  unique: string;
}

interface MatrixRow {
  operation: string;
  /** The schema field it exercises, e.g. 'Mutation.inviteMember'. */
  field: string;
  document: string;
  variables: (context: MatrixContext) => Record<string, unknown>;
  expected: Record<Person, Outcome>;
  /** Counts what the operation writes; must not move on refusal (and must move when an allowed mutation writes). */
  written: (em: EntityManager) => Promise<number>;
  writesWhenAllowed: boolean;
}

const accountsWritten = async (em: EntityManager) =>
  (await em.count(Account, {})) + (await em.count(Membership, {})) + (await em.count(AccountToken, {})) + (await em.count(OutboxEvent, {}));

const everybody = (outcome: Outcome): Record<Person, Outcome> =>
  Object.fromEntries(Object.keys(PEOPLE).map((person) => [person, outcome])) as Record<Person, Outcome>;

const MATRIX: MatrixRow[] = [
  {
    operation: 'me',
    field: 'Query.me',
    document: ME,
    variables: () => ({}),
    expected: everybody('ALLOWED'), // public: null when signed out
    written: accountsWritten,
    writesWhenAllowed: false,
  },
  {
    operation: 'inviteMember (into ml-landes)',
    field: 'Mutation.inviteMember',
    document: INVITE,
    variables: ({ organisations, unique }) => ({
      input: { email: `matrix-${unique}@example.org`, displayName: 'Matrice', organisationId: organisations.mlLandes, roles: ['EDITOR'] },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      'PLATFORM_ADMIN': 'ALLOWED',
      'TERRITORY_COORDINATOR (40)': 'ALLOWED',
      'ORG_ADMIN ml-landes': 'ALLOWED',
      'EDITOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-pau (another organisation)': 'FORBIDDEN',
    },
    written: accountsWritten,
    writesWhenAllowed: true,
  },
  {
    operation: 'inviteMember (into ml-pau, outside the Landes)',
    field: 'Mutation.inviteMember',
    document: INVITE,
    variables: ({ organisations, unique }) => ({
      input: { email: `matrix-${unique}@example.org`, displayName: 'Matrice', organisationId: organisations.mlPau, roles: ['COUNSELLOR'] },
    }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      'PLATFORM_ADMIN': 'ALLOWED',
      'TERRITORY_COORDINATOR (40)': 'FORBIDDEN',
      'ORG_ADMIN ml-landes': 'FORBIDDEN',
      'EDITOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-landes': 'FORBIDDEN',
      'COUNSELLOR ml-pau (another organisation)': 'FORBIDDEN',
    },
    written: accountsWritten,
    writesWhenAllowed: true,
  },
];

/** Operations anybody may call, and why; everything else needs a row above. */
const PUBLIC_OPERATIONS: Record<string, string> = {
  'Query.themes': 'catalogue',
  'Query.communes': 'catalogue',
  'Query.offers': 'catalogue',
  'Query.offer': 'catalogue',
  'Query.organisations': 'catalogue',
  'Query.searchOffers': 'catalogue',
  'Mutation.signIn': 'how one gets a session',
  'Mutation.signOut': 'ends the caller’s own session, if any',
  'Mutation.acceptInvitation': 'the emailed token is the credential',
  'Mutation.requestPasswordReset': 'answers true for anyone, sends only to the address',
  'Mutation.resetPassword': 'the emailed token is the credential',
};

describe.each(DATABASE_KINDS)('authorization matrix on %s', (kind) => {
  const context = useTestServer(kind);
  const clients = new Map<Person, TestClient>();
  const organisations = { mlLandes: '', mlPau: '' };

  beforeAll(async () => {
    organisations.mlLandes = await organisationId(context.server.orm.em, 'ml-landes');
    organisations.mlPau = await organisationId(context.server.orm.em, 'ml-pau');
    for (const [person, email] of Object.entries(PEOPLE) as [Person, string | null][]) {
      const client = context.server.client();
      clients.set(person, email ? await signedIn(client, email) : client);
    }
    await context.server.orm.em.fork().nativeDelete(SignInThrottle, {});
  });

  const cases = MATRIX.flatMap((row, rowIndex) =>
    (Object.keys(PEOPLE) as Person[]).map((person, personIndex) => ({ row, person, outcome: row.expected[person], unique: `${kind}-${rowIndex}-${personIndex}` })),
  );

  it.each(cases)('$row.operation as $person → $outcome', async ({ row, person, outcome, unique }) => {
    const em = () => context.server.orm.em.fork();
    const before = await row.written(em());
    const answer = await clients.get(person)!.gql(row.document, row.variables({ organisations, unique }));
    const after = await row.written(em());
    if (outcome === 'ALLOWED') {
      expect(answer.errors).toBeUndefined();
      if (row.writesWhenAllowed) expect(after).toBeGreaterThan(before);
    } else {
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual([outcome]);
      expect(after, 'nothing written on refusal').toBe(before);
    }
  });
});

describe('authorization matrix coverage', () => {
  it('has a row for every query and mutation that is not public', async () => {
    const schema = await buildAppSchema();
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    const covered = new Set(MATRIX.map((row) => row.field));
    const missing = operations.filter((operation) => !PUBLIC_OPERATIONS[operation] && !covered.has(operation));
    expect(missing).toEqual([]);
    expect(Object.keys(PUBLIC_OPERATIONS).filter((operation) => !operations.includes(operation))).toEqual([]);
  });
});
