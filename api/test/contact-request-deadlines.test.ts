/**
 * The promise kept over time, with a clock the test moves and the outbox delivered by hand:
 * the organisation is reminded the day before the due day, the territory's coordinator is
 * alerted when it passes without a first contact, an open request expires after 30 days (the
 * youth is told), and personal data is erased 12 months after a request ends. Each job runs
 * once: delivering the outbox again sends nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactRequestEvent } from '../src/contact-requests/contact-request-event.entity.js';
import { ContactRequest } from '../src/contact-requests/contact-request.entity.js';
import { signedIn } from './support/accounts.js';
import { CLOSE_REQUEST, LOG_ATTEMPT, REPORT_NOT_CONTACTED, REQUEST_CONTACT, TRACK, contactableOffer, readEmails, requestInput, type ReadEmail } from './support/contact-requests.js';
import { DATABASE_KINDS } from './support/databases.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { FIXED_NOW, useTestServer } from './support/test-server.js';

const catcher = await SmtpCatcher.start();
afterAll(() => catcher.stop());

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const PERSONAL = ['Léa', 'lea.martin', '06 12 34 56 78', '+33612345678'];

describe.each(DATABASE_KINDS)('contact request deadlines on %s', (kind) => {
  let now = FIXED_NOW; // Monday 23 November 2026, 10:00 in France
  const context = useTestServer(kind, { clock: () => now, env: { SMTP_URL: catcher.url, PUBLIC_URL: 'https://balise.example.fr' } });
  let offerId: string;
  let delayDays: number;

  beforeAll(async () => {
    const offer = await contactableOffer(context.server.orm.em, 'ml-landes', 2);
    offerId = offer.id;
    delayDays = offer.responseDelayDays;
    await context.server.outbox.stop();
    await context.server.outbox.drain();
  });

  const at = async (instant: Date): Promise<ReadEmail[]> => {
    now = instant;
    const before = catcher.messages.length;
    await context.server.outbox.drain();
    return (await readEmails(catcher)).slice(before);
  };
  const submit = async (overrides: Record<string, unknown> = {}) => {
    now = FIXED_NOW;
    const answer = await context.server.gql(REQUEST_CONTACT, { input: requestInput(offerId, overrides) });
    expect(answer.errors).toBeUndefined();
    await at(FIXED_NOW); // routing emails and acknowledgement
    return answer.data!['requestContact'] as { id: string; token: string; dueAt: string; dueDateLabel: string };
  };
  const toCoordinator = (emails: ReadEmail[]) => emails.filter((email) => email.to.includes('coordination-landes@balise.test'));
  const toCounsellor = (emails: ReadEmail[]) => emails.filter((email) => email.to.includes('conseil@ml-landes.balise.test'));

  it('reminds the organisation at 9:00 the day before the due day, once, then alerts the coordinator when it passes', async () => {
    const request = await submit();
    const dueAt = new Date(request.dueAt);
    // 9:00 in France (8:00 UTC in winter) the day before the due day.
    const reminderAt = new Date(Date.UTC(2026, 10, 23 + delayDays - 1, 8, 0, 0));
    expect(toCounsellor(await at(new Date(reminderAt.getTime() - 60_000)))).toEqual([]);
    const reminders = toCounsellor(await at(reminderAt));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toBe(`Rappel : une demande de rappel est à traiter d’ici le ${request.dueDateLabel}`);
    expect(reminders[0]!.urls).toEqual([`https://balise.example.fr/pro/demandes/${request.id}`]);
    expect(toCounsellor(await at(new Date(reminderAt.getTime() + HOUR)))).toEqual([]);

    expect(toCoordinator(await at(new Date(dueAt.getTime() - 1000)))).toEqual([]);
    const alerts = toCoordinator(await at(new Date(dueAt.getTime() + 1000)));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.subject).toBe('Demande de rappel en retard : Mission Locale des Landes');
    for (const value of PERSONAL) expect(`${alerts[0]!.subject}${alerts[0]!.text}`).not.toContain(value);
    expect(toCoordinator(await at(new Date(dueAt.getTime() + HOUR)))).toEqual([]);
    const tracked = (await context.server.gql(TRACK, { token: request.token })).data!['contactRequestByToken'];
    expect(tracked).toMatchObject({ overdue: true, canReportNotContacted: true });
  });

  it('neither reminds nor alerts when the counsellor made a first contact in time', async () => {
    const request = await submit({ phone: '06 22 33 44 55', email: null });
    now = new Date(FIXED_NOW.getTime() + HOUR);
    const counsellor = await signedIn(context.server.client(), 'conseil@ml-landes.balise.test');
    expect((await counsellor.gql(LOG_ATTEMPT, { id: request.id, channel: 'PHONE_CALL', result: 'NO_ANSWER' })).errors).toBeUndefined();
    const emails = await at(new Date(new Date(request.dueAt).getTime() + HOUR));
    expect(emails.filter((email) => email.text.includes(request.id) || email.urls.some((url) => url.includes(request.id)))).toEqual([]);
  });

  it('alerts the coordinator when the youth says nobody called after the due date, once', async () => {
    const request = await submit({ phone: '06 33 44 55 66', email: null });
    now = new Date(new Date(request.dueAt).getTime() + 2 * HOUR);
    const first = await context.server.gql(REPORT_NOT_CONTACTED, { token: request.token });
    expect(first.data?.['reportNotContacted']).toMatchObject({ reportedNotContacted: true });
    await context.server.gql(REPORT_NOT_CONTACTED, { token: request.token });
    const alerts = toCoordinator(await at(now)).filter((email) => email.text.includes('signalée par le ou la jeune'));
    expect(alerts).toHaveLength(1);
  });

  it('expires a request left open for 30 days and tells the youth, then erases its personal data 12 months later', async () => {
    const request = await submit({ phone: '06 44 55 66 77', email: 'expire@jeunes.balise.test', message: 'Mon histoire personnelle' });
    expect(await at(new Date(FIXED_NOW.getTime() + 30 * DAY - 60_000))).not.toContainEqual(expect.objectContaining({ to: ['expire@jeunes.balise.test'] }));
    const expiredAt = new Date(FIXED_NOW.getTime() + 30 * DAY);
    const told = (await at(expiredAt)).filter((email) => email.to.includes('expire@jeunes.balise.test'));
    expect(told.map((email) => email.subject)).toEqual(['Ta demande de rappel a expiré']);
    expect((await context.server.gql(TRACK, { token: request.token })).data!['contactRequestByToken']).toMatchObject({ status: 'EXPIRED', erased: false });

    const em = () => context.server.orm.em.fork();
    await at(new Date(Date.UTC(2027, 11, 23, 8, 0, 0) - 60_000)); // a minute before 12 months after the end
    expect(await em().findOneOrFail(ContactRequest, { id: request.id })).toMatchObject({ firstName: 'Léa', erasedAt: null });
    await at(new Date(Date.UTC(2027, 11, 23, 9, 0, 0)));
    const erased = await em().findOneOrFail(ContactRequest, { id: request.id });
    expect(erased).toMatchObject({ firstName: null, phone: null, email: null, message: null, status: 'EXPIRED', age: 19, communeCode: '40192' });
    expect(erased.erasedAt).not.toBeNull();
    expect((await em().find(ContactRequestEvent, { request: request.id }, { orderBy: { id: 'asc' } })).map((event) => event.kind)).toEqual(['CREATED', 'REMINDER_SENT', 'OVERDUE_ALERT', 'EXPIRED', 'ERASED']);
    expect((await context.server.gql(TRACK, { token: request.token })).data!['contactRequestByToken']).toMatchObject({ erased: true });
  });

  it('erases a closed request’s data and notes after the retention period, keeping the anonymous figures', async () => {
    const request = await submit({ phone: '06 55 66 77 88', email: null });
    now = new Date(FIXED_NOW.getTime() + HOUR);
    const counsellor = await signedIn(context.server.client(), 'conseil@ml-landes.balise.test');
    await counsellor.gql(LOG_ATTEMPT, { id: request.id, channel: 'PHONE_CALL', result: 'REACHED', note: 'Sa mère répond au 05 58 00 00 00' });
    expect((await counsellor.gql(CLOSE_REQUEST, { id: request.id, outcome: 'REORIENTED' })).errors).toBeUndefined();
    await at(new Date(Date.UTC(2027, 10, 23, 10, 1, 0))); // 12 months after closing (10:00 UTC) and a minute
    const em = context.server.orm.em.fork();
    expect(await em.findOneOrFail(ContactRequest, { id: request.id })).toMatchObject({ firstName: null, phone: null, outcome: 'REORIENTED', status: 'CLOSED' });
    const notes = (await em.find(ContactRequestEvent, { request: request.id })).map((event) => event.note);
    expect(notes.filter(Boolean)).toEqual([]);
  });
});
