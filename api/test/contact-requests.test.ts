/**
 * "Être rappelé·e", end to end through GraphQL on both databases, with an in-process SMTP
 * server receiving every email and a clock the test moves: a youth asks to be called back, the
 * organisation's counsellors are told (no personal data in subjects or links), the counsellor
 * assigns, calls and closes, and the youth's tracking page follows. Other people get FORBIDDEN.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactRequest } from '../src/contact-requests/contact-request.entity.js';
import { ContactRequestEvent } from '../src/contact-requests/contact-request-event.entity.js';
import { hashToken } from '../src/accounts/tokens.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import { organisationId, signedIn } from './support/accounts.js';
import {
  ADD_NOTE, ASSIGN_TO_ME, CANCEL_REQUEST, CLOSE_REQUEST, ERASE_REQUEST, INBOX, INBOX_CSV, INBOX_REQUEST, LOG_ATTEMPT, REPORT_CONTACTED,
  REPORT_NOT_CONTACTED, REQUEST_CONTACT, TRACK, TRANSFER_REQUEST, TRANSFER_TARGETS, contactableOffer, readEmails, requestInput, type ReadEmail,
} from './support/contact-requests.js';
import { DATABASE_KINDS } from './support/databases.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { FIXED_NOW, useTestServer, type TestClient } from './support/test-server.js';

const catcher = await SmtpCatcher.start();
afterAll(() => catcher.stop());

const PERSONAL = ['Léa', 'lea.martin', '06 12 34 56 78', '0612345678', '+33612345678', 'premier emploi'];

describe.each(DATABASE_KINDS)('contact requests on %s', (kind) => {
  let now = FIXED_NOW; // Monday 23 November 2026, 10:00 in France
  const context = useTestServer(kind, { clock: () => now, env: { SMTP_URL: catcher.url, PUBLIC_URL: 'https://balise.example.fr' } });
  let offer: { id: string; title: string; responseDelayDays: number; organisationName: string };
  let counsellor: TestClient;
  let counsellorPau: TestClient;
  let editor: TestClient;
  let admin: TestClient;
  let receipt: { id: string; token: string; dueAt: string; dueDateLabel: string };

  const ok = async (client: { gql: TestClient['gql'] }, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await client.gql(query, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };
  const deliver = async () => {
    catcher.messages.length = 0;
    await context.server.outbox.drain();
    return readEmails(catcher);
  };
  const written = async () => {
    const em = context.server.orm.em.fork();
    return (await em.count(ContactRequest, {})) + (await em.count(ContactRequestEvent, {}));
  };

  beforeAll(async () => {
    const found = await contactableOffer(context.server.orm.em, 'ml-landes');
    offer = { id: found.id, title: found.title, responseDelayDays: found.responseDelayDays, organisationName: found.organisation.name };
    counsellor = await signedIn(context.server.client(), 'conseil@ml-landes.balise.test');
    counsellorPau = await signedIn(context.server.client(), 'conseil@ml-pau.balise.test');
    editor = await signedIn(context.server.client(), 'edition@ml-landes.balise.test');
    admin = await signedIn(context.server.client(), 'admin@balise.test');
    // The test delivers the outbox itself (deliver()), so that it knows which emails an action sent.
    await context.server.outbox.stop();
    await context.server.outbox.drain();
  });

  it('gives a receipt with the organisation and the promised day, and emails the counsellors without personal data', async () => {
    catcher.messages.length = 0;
    const data = await ok(context.server, REQUEST_CONTACT, { input: requestInput(offer.id) });
    receipt = data['requestContact'];
    expect(receipt).toMatchObject({ status: 'NEW', offerTitle: offer.title, organisation: { name: offer.organisationName } });
    expect(receipt.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Requested on Monday 23 November: due at the end of the N-th day after, in France.
    const dueDay = new Date(Date.UTC(2026, 10, 23 + offer.responseDelayDays, 22, 59, 59));
    expect(new Date(receipt.dueAt).toISOString()).toBe(dueDay.toISOString());
    expect(receipt.dueDateLabel).toMatch(/^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} novembre$/);

    const stored = await context.server.orm.em.fork().findOneOrFail(ContactRequest, { id: receipt.id });
    expect(stored.tokenHash).toBe(hashToken(receipt.token));
    expect(JSON.stringify(stored)).not.toContain(receipt.token);
    expect(stored).toMatchObject({ phone: '+33612345678', email: 'lea.martin@jeunes.balise.test', noticeVersion: expect.any(String) });
    expect(stored.noticeAcceptedAt.getTime()).toBe(now.getTime());

    const emails = await deliver();
    const toCounsellor = emails.filter((email) => email.to.includes('conseil@ml-landes.balise.test'));
    expect(toCounsellor).toHaveLength(1);
    expect(toCounsellor[0]!.subject).toContain(receipt.dueDateLabel);
    expect(toCounsellor[0]!.urls).toEqual([`https://balise.example.fr/pro/demandes/${receipt.id}`]);
    expect(emails.some((email) => email.to.includes('direction@ml-landes.balise.test'))).toBe(true); // ORG_ADMIN too
    expect(emails.some((email) => email.to.includes('edition@ml-landes.balise.test'))).toBe(false); // editors do not handle requests
    for (const email of emails.filter((candidate) => !candidate.to.includes('lea.martin@jeunes.balise.test'))) {
      for (const value of PERSONAL) expect(`${email.subject}\n${email.text}`).not.toContain(value);
    }
    const acknowledgement = emails.find((email) => email.to.includes('lea.martin@jeunes.balise.test'))!;
    expect(acknowledgement.subject).toBe('Ta demande de rappel est bien reçue');
    expect(acknowledgement.text).toContain(`${offer.organisationName} te contacte d’ici le ${receipt.dueDateLabel}`);
    expect(acknowledgement.urls).toEqual([`https://balise.example.fr/suivi/${receipt.token}`]);
    for (const email of emails) for (const value of PERSONAL) expect(email.subject).not.toContain(value);
  });

  it('creates one request for a double tap or a retry with the same key, with the same token', async () => {
    const input = requestInput(offer.id, { firstName: 'Tom', phone: '07 81 23 45 67', email: null });
    const before = await written();
    const [first, second] = await Promise.all([context.server.gql(REQUEST_CONTACT, { input }), context.server.gql(REQUEST_CONTACT, { input })]);
    const third = await context.server.gql(REQUEST_CONTACT, { input });
    const ids = [first, second, third].map((answer) => answer.data?.['requestContact']?.id);
    expect(new Set(ids).size).toBe(1);
    expect(new Set([first, second, third].map((answer) => answer.data?.['requestContact']?.token)).size).toBe(1);
    expect((await written()) - before).toBe(2); // one request, one CREATED event
  });

  it('refuses bad input with a coded error naming the field, and writes nothing', async () => {
    const before = await written();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ age: 14 }, 'input.age', /moins de 15 ans.*parent ou à un adulte de confiance.*rien enregistré/],
      [{ age: 31 }, 'input.age', /15–30 ans/],
      [{ phone: '01 23 45 67 89' }, 'input.phone', /portable n’est pas valide/],
      [{ phone: null, channel: 'SMS' }, 'input.phone', /numéro de portable/],
      [{ channel: 'EMAIL', email: 'lea@' }, 'input.email', /adresse e-mail n’est pas valide/],
      [{ channel: 'EMAIL', email: null }, 'input.email', /adresse e-mail/],
      [{ firstName: '   ' }, 'input.firstName', /prénom est obligatoire/],
      [{ communeCode: '99999' }, 'input.communeCode', /commune/],
      [{ noticeVersion: '2020-old' }, 'input.noticeVersion', /notice/],
      [{ idempotencyKey: 'court' }, 'input.idempotencyKey', /idempotencyKey/],
      [{ message: 'x'.repeat(1001) }, 'input.message', /1000 caractères/],
    ];
    for (const [overrides, field, message] of cases) {
      const answer = await context.server.gql(REQUEST_CONTACT, { input: requestInput(offer.id, overrides) });
      expect(answer.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    const unknown = await context.server.gql(REQUEST_CONTACT, { input: requestInput('00000000-0000-4000-8000-000000000000') });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await written()).toBe(before);
  });

  it('shows the youth their request from the token, and nothing for a wrong one', async () => {
    const tracked = (await ok(context.server, TRACK, { token: receipt.token }))['contactRequestByToken'];
    expect(tracked).toMatchObject({ id: receipt.id, status: 'NEW', overdue: false, canReportNotContacted: false, erased: false, organisation: { name: offer.organisationName } });
    expect(JSON.stringify(tracked)).not.toContain('Léa');
    expect((await ok(context.server, TRACK, { token: 'A'.repeat(43) }))['contactRequestByToken']).toBeNull();
    expect((await ok(context.server, TRACK, { token: 'pas-un-jeton' }))['contactRequestByToken']).toBeNull();
  });

  it('lets only the organisation’s counsellors and admins see it', async () => {
    const list = (await ok(counsellor, INBOX, { filter: {} }))['contactRequests'];
    const mine = list.edges.map((edge: { node: { id: string } }) => edge.node).find((node: { id: string }) => node.id === receipt.id);
    expect(mine).toMatchObject({ firstName: 'Léa', age: 19, phone: '06 12 34 56 78', phoneE164: '+33612345678', commune: { name: 'Mont-de-Marsan' }, preferredMoments: ['MORNING', 'EVENING'] });
    for (const outsider of [counsellorPau, editor, admin]) {
      const one = await outsider.gql(INBOX_REQUEST, { id: receipt.id });
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(one)).not.toContain('Léa');
    }
    const pauList = (await ok(counsellorPau, INBOX, {}))['contactRequests'];
    expect(pauList.edges.some((edge: { node: { id: string } }) => edge.node.id === receipt.id)).toBe(false);
    expect((await editor.gql(INBOX, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await editor.gql(INBOX_CSV, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await context.server.gql(INBOX, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pauCsv = (await ok(counsellorPau, INBOX_CSV, {}))['contactRequestsCsv'] as string;
    expect(pauCsv).not.toContain('Léa');
    const mlLandes = await organisationId(context.server.orm.em, 'ml-landes');
    expect((await counsellorPau.gql(INBOX, { filter: { organisationId: mlLandes } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const search = await context.server.gql(`{ searchOffers(input: { text: "Léa Martin" }) { total } }`);
    expect(JSON.stringify(search)).not.toContain('lea.martin');
  });

  it('lets the counsellor assign, log calls, note and close; the youth sees it closed', async () => {
    expect((await ok(counsellor, ASSIGN_TO_ME, { id: receipt.id }))['assignContactRequestToMe']).toMatchObject({ status: 'IN_PROGRESS', assignee: { displayName: expect.any(String) } });
    await ok(counsellor, LOG_ATTEMPT, { id: receipt.id, channel: 'PHONE_CALL', result: 'NO_ANSWER', note: 'Messagerie pleine' });
    const early = await counsellor.gql(CLOSE_REQUEST, { id: receipt.id, outcome: 'NO_ANSWER' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect(early.errors?.[0]?.message).toContain('3 tentatives');
    await ok(counsellor, LOG_ATTEMPT, { id: receipt.id, channel: 'SMS', result: 'REACHED' });
    await ok(counsellor, ADD_NOTE, { id: receipt.id, note: 'Rendez-vous pris le 2 décembre.' });
    const detail = (await ok(counsellor, INBOX_REQUEST, { id: receipt.id }))['contactRequest'];
    expect(detail.attemptCount).toBe(2);
    expect(detail.firstContactAt).toBe(now.toISOString());
    expect(detail.events.map((event: { kind: string }) => event.kind)).toEqual(['CREATED', 'ASSIGNED', 'CONTACT_ATTEMPT', 'CONTACT_ATTEMPT', 'NOTE']);
    expect((await ok(counsellor, CLOSE_REQUEST, { id: receipt.id, outcome: 'REACHED_HELPED' }))['closeContactRequest']).toMatchObject({ status: 'CLOSED', outcome: 'REACHED_HELPED' });
    expect((await ok(context.server, TRACK, { token: receipt.token }))['contactRequestByToken']).toMatchObject({ status: 'CLOSED', outcome: 'REACHED_HELPED' });
    const again = await counsellor.gql(LOG_ATTEMPT, { id: receipt.id, channel: 'SMS', result: 'REACHED' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('exports the inbox as CSV for spreadsheets, with what the counsellor sees', async () => {
    const csv = (await ok(counsellor, INBOX_CSV, { filter: { statuses: ['CLOSED'] } }))['contactRequestsCsv'] as string;
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Reçue le;À contacter avant;En retard;Statut;Résultat;Offre/);
    expect(lines.slice(1).some((line) => line.includes('Léa') && line.includes('06 12 34 56 78') && line.includes('Joint·e et accompagné·e'))).toBe(true);
  });

  it('transfers to another organisation with a new due date, and the youth sees the new one', async () => {
    const input = requestInput(offer.id, { firstName: 'Inès', phone: '06 98 76 54 32', email: 'ines@jeunes.balise.test' });
    const created = (await ok(context.server, REQUEST_CONTACT, { input }))['requestContact'];
    await deliver();
    const targets = (await ok(counsellor, TRANSFER_TARGETS, { id: created.id }))['contactRequestTransferTargets'] as { id: string; name: string }[];
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.some((target) => target.id === created.organisation.id)).toBe(false);
    const target = targets.find((candidate) => /Info Jeunes|BIJ|PIJ/i.test(candidate.name)) ?? targets[0]!;
    now = new Date(FIXED_NOW.getTime() + 10 * 3600_000); // 20:00 the same day in France
    const moved = (await ok(counsellor, TRANSFER_REQUEST, { id: created.id, organisationId: target.id, note: 'Plutôt pour le BIJ' }))['transferContactRequest'];
    expect(moved).toMatchObject({ status: 'NEW', organisation: { id: target.id } });
    const targetDelay = (await context.server.orm.em.fork().findOneOrFail(Organisation, { id: target.id })).defaultResponseDelayDays;
    expect(moved.dueAt).toBe(new Date(Date.UTC(2026, 10, 23 + targetDelay, 22, 59, 59)).toISOString()); // from the transfer's day
    expect((await ok(context.server, TRACK, { token: created.token }))['contactRequestByToken']).toMatchObject({ transferred: true, organisation: { id: target.id }, dueAt: moved.dueAt });
    const emails: ReadEmail[] = await deliver();
    expect(emails.find((email) => email.to.includes('ines@jeunes.balise.test'))?.text).toContain(`transmise à ${target.name}`);
    expect((await counsellor.gql(INBOX_REQUEST, { id: created.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // not ours any more
    now = FIXED_NOW;
  });

  it('lets the youth say they were contacted, cancel, and erase their data', async () => {
    const created = (await ok(context.server, REQUEST_CONTACT, { input: requestInput(offer.id, { firstName: 'Yanis', phone: '06 11 22 33 44', email: null }) }))['requestContact'];
    const tooEarly = await context.server.gql(REPORT_NOT_CONTACTED, { token: created.token });
    expect(tooEarly.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooEarly.errors?.[0]?.message).toContain(created.dueDateLabel);
    expect((await ok(context.server, REPORT_CONTACTED, { token: created.token }))['reportContacted']).toMatchObject({ reportedContacted: true, status: 'NEW' });
    expect((await ok(context.server, CANCEL_REQUEST, { token: created.token }))['cancelContactRequest']).toMatchObject({ status: 'CANCELLED' });
    expect((await ok(context.server, ERASE_REQUEST, { token: created.token }))['eraseContactRequest']).toMatchObject({ erased: true });
    const stored = await context.server.orm.em.fork().findOneOrFail(ContactRequest, { id: created.id });
    expect(stored).toMatchObject({ firstName: null, phone: null, email: null, message: null, age: 19, communeCode: '40192' });
    const unknown = await context.server.gql(CANCEL_REQUEST, { token: 'B'.repeat(43) });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
