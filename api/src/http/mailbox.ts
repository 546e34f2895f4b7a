import type { EntityManager } from '@mikro-orm/core';
import { Router, type Response } from 'express';
import { MailboxMessage } from '../notifications/mailbox-message.entity.js';
import { FRANCE_TIME_ZONE } from '../shared/clock.js';

export interface MailboxDeps {
  /** `smtp`: mail leaves by SMTP, this mailbox only shows what was stored before. */
  transport: 'smtp' | 'stored';
  /** Undefined until the database is migrated. */
  em: () => EntityManager | undefined;
}

const LIMIT = 200;
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'medium', timeZone: FRANCE_TIME_ZONE });

/**
 * /dev/mailbox: the emails kept by the stored mailbox, for developers and e2e tests
 * (`/dev/mailbox.json`). Mounted outside production only; it shows personal data.
 */
export function mailboxRouter(deps: MailboxDeps): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.set({
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    if (deps.em()) return next();
    res.status(503).set('retry-after', '2').type('text/plain').send('Balise démarre, réessaie dans quelques secondes.');
  });

  // No filter by recipient in the query string: request URLs are logged.
  router.get('/mailbox.json', async (_req, res) => {
    res.json({ transport: deps.transport, messages: (await list(deps)).map(toJson) });
  });

  router.get('/mailbox', async (_req, res) => {
    res.type('html').send(listPage(deps.transport, await list(deps)));
  });

  router.get('/mailbox/:id', async (req, res) => {
    const message = await find(deps, req.params['id']);
    if (!message) return notFound(res);
    res.type('html').send(messagePage(message));
  });

  router.get('/mailbox/:id/html', async (req, res) => {
    const message = await find(deps, req.params['id']);
    if (!message?.html) return notFound(res);
    // The email's own HTML, sandboxed: no script, no request leaves the page.
    res.set('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:").type('html').send(message.html);
  });

  router.get('/mailbox/:id/attachments/:index', async (req, res) => {
    const message = await find(deps, req.params['id']);
    const attachment = message?.attachments[Number(req.params['index'])];
    if (!attachment) return notFound(res);
    res.attachment(attachment.filename).type(attachment.contentType).send(Buffer.from(attachment.content, 'base64'));
  });

  router.use((_req, res) => notFound(res));
  return router;
}

function list(deps: MailboxDeps): Promise<MailboxMessage[]> {
  return deps.em()!.fork().find(MailboxMessage, {}, { orderBy: { sentAt: 'desc', id: 'desc' }, limit: LIMIT });
}

async function find(deps: MailboxDeps, id: string | undefined): Promise<MailboxMessage | null> {
  return id && /^\d{1,15}$/.test(id) ? deps.em()!.fork().findOne(MailboxMessage, Number(id)) : null;
}

function notFound(res: Response): void {
  res.status(404).type('text/plain').send('Introuvable.');
}

function toJson(message: MailboxMessage) {
  return {
    id: String(message.id),
    sentAt: message.sentAt.toISOString(),
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    attachments: message.attachments.map((attachment, index) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: Buffer.byteLength(attachment.content, 'base64'),
      url: `/dev/mailbox/${message.id}/attachments/${index}`,
    })),
  };
}

function listPage(transport: MailboxDeps['transport'], messages: MailboxMessage[]): string {
  const notice =
    transport === 'smtp'
      ? '<p class="notice"><strong>SMTP_URL est défini : les courriels partent par SMTP et n’arrivent plus ici.</strong> Les messages ci-dessous ont été gardés avant.</p>'
      : '<p>Sans <code>SMTP_URL</code>, les courriels de Balise ne partent pas : ils arrivent ici. Cette page n’existe pas en production.</p>';
  const rows = messages
    .map(
      (message) => `<tr><td>${escapeHtml(message.to)}</td><td><a href="/dev/mailbox/${message.id}">${escapeHtml(message.subject)}</a></td><td>${time(message.sentAt)}</td></tr>`,
    )
    .join('\n');
  const body = messages.length
    ? `<table><caption>${messages.length === 1 ? '1 message' : `${messages.length} messages`}, du plus récent au plus ancien</caption>
<thead><tr><th scope="col">Destinataire</th><th scope="col">Objet</th><th scope="col">Date</th></tr></thead>
<tbody>
${rows}
</tbody></table>`
    : '<p>Aucun message pour l’instant.</p>';
  return layout('Boîte de développement', `<h1>Boîte de développement</h1>\n${notice}\n${body}`);
}

function messagePage(message: MailboxMessage): string {
  const attachments = message.attachments.length
    ? `<h2>Pièces jointes</h2><ul>${message.attachments
        .map(
          (attachment, index) =>
            `<li><a href="/dev/mailbox/${message.id}/attachments/${index}" download>${escapeHtml(attachment.filename)}</a> (${escapeHtml(attachment.contentType)}, ${formatSize(Buffer.byteLength(attachment.content, 'base64'))})</li>`,
        )
        .join('')}</ul>`
    : '';
  const html = message.html ? `<p><a href="/dev/mailbox/${message.id}/html">Voir la version HTML</a></p>` : '';
  return layout(
    `${message.subject} — Boîte de développement`,
    `<p><a href="/dev/mailbox">← Tous les messages</a></p>
<h1>${escapeHtml(message.subject)}</h1>
<dl><dt>À</dt><dd>${escapeHtml(message.to)}</dd><dt>Date</dt><dd>${time(message.sentAt)}</dd></dl>
<h2>Texte</h2>
<pre>${linkify(message.text)}</pre>
${html}${attachments}`,
  );
}

function layout(title: string, main: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1e1e1e}
a{color:#0b4ea2}a:focus-visible{outline:3px solid #0b4ea2;outline-offset:2px}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600;padding:.5rem 0}
th,td{border-bottom:1px solid #ccc;padding:.5rem;text-align:left;vertical-align:top}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:1rem;font:inherit}
dt{font-weight:600}dd{margin:0 0 .5rem}.notice{border-left:4px solid #b34000;padding-left:.75rem}
</style></head>
<body><main>
${main}
</main></body></html>`;
}

function time(date: Date): string {
  return `<time datetime="${date.toISOString()}">${escapeHtml(dateFormat.format(date))}</time>`;
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} o` : `${Math.ceil(bytes / 1024)} Ko`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Escapes the text and turns its http(s) links into anchors (trailing punctuation stays text). */
export function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .map((part, index) => {
      if (index % 2 === 0) return escapeHtml(part);
      const [, url = part, trailing = ''] = /^(.*?)([.,;:!?)\]]*)$/.exec(part) ?? [];
      return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>${escapeHtml(trailing)}`;
    })
    .join('');
}
