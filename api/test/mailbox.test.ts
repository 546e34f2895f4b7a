import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEmail, type EmailMessage } from '../src/notifications/email.js';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { header, SmtpCatcher } from './support/smtp-catcher.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const message: EmailMessage = {
  to: 'lea.martin@jeunes.balise.test',
  subject: 'Votre demande <b>reçue</b>',
  text: 'Bonjour Léa,\nsuivez votre demande : https://balise.test/suivi/abc123.\n<script>alert(1)</script>',
  html: '<p>Bonjour Léa</p>',
  attachments: [{ filename: 'recu.txt', contentType: 'text/plain', content: Buffer.from('reçu n° 42').toString('base64') }],
};

async function send(server: TestServer, email: EmailMessage): Promise<void> {
  const em = server.orm.em.fork();
  enqueueEmail(em, email);
  await em.flush();
}

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface MailboxJson {
  transport: string;
  messages: { id: string; to: string; subject: string; text: string; sentAt: string; attachments: { filename: string; url: string; size: number }[] }[];
}

function withServer(env: Record<string, string> | (() => Record<string, string>)) {
  const handle = {} as { server: TestServer; database: TestDatabase };
  beforeAll(async () => {
    handle.database = await freshDatabase('pglite');
    handle.server = await startTestServer(handle.database, { demo: false, clock: () => new Date(), env: typeof env === 'function' ? env() : env });
  });
  afterAll(async () => {
    await handle.server?.stop();
    await handle.database?.drop();
  });
  return handle;
}

describe('development mailbox (no SMTP_URL)', () => {
  const context = withServer({});
  const get = (path: string) => fetch(`${context.server.url}${path}`);

  it('lists stored emails as JSON, newest first', async () => {
    await send(context.server, message);
    const mailbox = await eventually(async () => {
      const body = (await (await get('/dev/mailbox.json')).json()) as MailboxJson;
      return body.messages.length ? body : undefined;
    });
    expect(mailbox.transport).toBe('stored');
    expect(mailbox.messages[0]).toMatchObject({ to: message.to, subject: message.subject, text: message.text, attachments: [{ filename: 'recu.txt', size: 12 }] });

    await send(context.server, { to: 'autre@balise.test', subject: 'Second', text: 'Deux' });
    const both = await eventually(async () => {
      const body = (await (await get('/dev/mailbox.json')).json()) as MailboxJson;
      return body.messages.length === 2 ? body : undefined;
    });
    expect(both.messages.map((m) => m.subject)).toEqual(['Second', message.subject]);
  });

  it('shows an accessible French page, the message escaped with clickable links, and its attachment', async () => {
    const list = await get('/dev/mailbox');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toMatch(/text\/html/);
    const page = await list.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toMatch(/<th scope="col">Destinataire<\/th>/);
    expect(page).toContain('Votre demande &#60;b&#62;reçue&#60;/b&#62;');
    const { messages } = (await (await get('/dev/mailbox.json')).json()) as MailboxJson;
    const first = messages.find((m) => m.to === message.to)!;
    expect(page).toContain(`href="/dev/mailbox/${first.id}"`);

    const detail = await (await get(`/dev/mailbox/${first.id}`)).text();
    expect(detail).toContain('<a href="https://balise.test/suivi/abc123">https://balise.test/suivi/abc123</a>.');
    expect(detail).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(detail).not.toContain('<script>');
    expect(detail).toContain(`href="/dev/mailbox/${first.id}/html"`);

    const attachment = await get(first.attachments[0]!.url);
    expect(attachment.headers.get('content-disposition')).toMatch(/^attachment; filename="?recu\.txt"?$/);
    expect(await attachment.text()).toBe('reçu n° 42');
    expect((await get('/dev/mailbox/999999')).status).toBe(404);
    expect((await get('/dev/nothing')).status).toBe(404);
  });
});

describe('development mailbox with SMTP_URL', () => {
  let catcher: SmtpCatcher;
  beforeAll(async () => {
    catcher = await SmtpCatcher.start();
  });
  afterAll(() => catcher.stop());
  const context = withServer(() => ({ SMTP_URL: catcher.url }));

  it('says mail goes by SMTP, and sends it there', async () => {
    const page = await (await fetch(`${context.server.url}/dev/mailbox`)).text();
    expect(page).toContain('les courriels partent par SMTP');
    await send(context.server, { to: 'lea@balise.test', subject: 'Par SMTP', text: 'Bonjour' });
    const sent = await eventually(async () => catcher.messages[0]);
    expect(header(sent.raw, 'Subject')).toBe('Par SMTP');
    const json = (await (await fetch(`${context.server.url}/dev/mailbox.json`)).json()) as MailboxJson;
    expect(json).toEqual({ transport: 'smtp', messages: [] });
  });
});

describe('mailbox in production', () => {
  let catcher: SmtpCatcher;
  beforeAll(async () => {
    catcher = await SmtpCatcher.start();
  });
  afterAll(() => catcher.stop());
  const context = withServer(() => ({ NODE_ENV: 'production', SMTP_URL: catcher.url, TOKEN_SECRET: 'un-secret-de-test-assez-long-pour-la-production' }));

  it('does not exist', async () => {
    for (const path of ['/dev/mailbox', '/dev/mailbox.json', '/dev/mailbox/1']) {
      const response = await fetch(`${context.server.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Balise test'); // not the app either
    }
  });
});
