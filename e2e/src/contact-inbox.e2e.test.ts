import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { repositoryRoot, startProduct, type RunningProduct } from './product.js';

/**
 * The counsellors' inbox against `pnpm start`: a youth's contact request (made through the public
 * API) reaches the Mission Locale des Landes; its counsellor follows the emailed link (sign-in first,
 * then straight back to the request), finds it in the list, assigns it, logs a call and closes it,
 * and the youth's tracking query shows it closed. An editor of the same organisation and a
 * counsellor of another one are refused. axe runs on the list and the request page.
 */

const LAPTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 720 };
const SCREENS = path.join(repositoryRoot, 'e2e/test-results/screens');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PASSWORD = 'balise-demo';
const COUNSELLOR = 'conseil@ml-landes.balise.test';
const ORG_ADMIN = 'direction@ml-landes.balise.test';
const EDITOR = 'edition@ml-landes.balise.test';
const OTHER_COUNSELLOR = 'conseil@ml-pau.balise.test';
const NOTICE_VERSION = '2026-11-contact-v1';
const MONT_DE_MARSAN = '40192';

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('counsellor inbox: from the emailed link to a closed request', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const suffix = randomBytes(3).toString('hex');
  const firstName = `Inès ${suffix}`;
  const otherName = `Noé ${suffix}`;
  let requestId = '';
  let token = '';
  let otherRequestId = '';

  async function graphql<T>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<GraphQLBody<T>> {
    const response = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLBody<T>;
  }

  async function sessionCookie(email: string): Promise<string> {
    const response = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: PASSWORD } }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  /** What a youth's phone sends from the "Être rappelé·e" form. */
  async function requestContact(offerId: string, overrides: Record<string, unknown>): Promise<{ id: string; token: string }> {
    const body = await graphql<{ requestContact: { id: string; token: string; status: string } }>(
      'mutation($input: RequestContactInput!) { requestContact(input: $input) { id token status dueDateLabel organisation { name } } }',
      {
        input: {
          offerId,
          firstName,
          age: 19,
          communeCode: MONT_DE_MARSAN,
          situation: 'JOB_SEEKER',
          channel: 'PHONE_CALL',
          phone: '06 12 34 56 78',
          email: `ines.${suffix}@jeunes.balise.test`,
          preferredMoments: ['MORNING', 'EVENING'],
          message: 'Je cherche un premier emploi.\n\n<b>pas du HTML</b>',
          noticeVersion: NOTICE_VERSION,
          idempotencyKey: randomBytes(16).toString('base64url'), // 22 characters
          ...overrides,
        },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.requestContact.status).toBe('NEW');
    return body.data!.requestContact;
  }

  /** The link of the email the organisation's counsellors receive (stored at /dev/mailbox outside production). */
  async function emailedRequestPath(to: string, id: string): Promise<string> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mailbox = (await (await fetch(`${product.url}/dev/mailbox.json`)).json()) as { messages: { to: unknown; subject: string; text: string }[] };
      const pattern = new RegExp(`https?://[^\\s"<>)]+(/pro/demandes/${id})\\b`);
      const message = mailbox.messages.find((m) => JSON.stringify(m.to).includes(to) && pattern.test(m.text));
      if (message) {
        expect(message.subject).not.toContain(firstName); // no personal data in the subject
        return pattern.exec(message.text)![1]!;
      }
      if (Date.now() > deadline) throw new Error(`no email to ${to} linking to /pro/demandes/${id}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    // The Mission Locale des Landes, and one of its published offers taking contact requests.
    const cookie = await sessionCookie(COUNSELLOR);
    const me = await graphql<{ me: { memberships: { role: string; organisation: { id: string; name: string } | null }[] } }>(
      '{ me { memberships { role organisation { id name } } } }',
      {},
      cookie,
    );
    const organisationId = me.data?.me.memberships.find((ms) => ms.role === 'COUNSELLOR')?.organisation?.id;
    expect(organisationId).toBeTruthy();
    const offers = await graphql<{ offers: { edges: { node: { id: string; title: string; engagement: string[]; eligibility: { ageMin: number; ageMax: number } } }[] } }>(
      'query($id: ID!) { offers(first: 100, filter: { organisationId: $id }) { edges { node { id title engagement eligibility { ageMin ageMax } } } } }',
      { id: organisationId },
    );
    const offer = offers.data?.offers.edges.map((e) => e.node).find((o) => o.engagement.includes('CONTACT_REQUEST') && o.eligibility.ageMin <= 19 && o.eligibility.ageMax >= 19);
    if (!offer) throw new Error('no published offer of ml-landes takes contact requests');
    ({ id: requestId, token } = await requestContact(offer.id, {}));
    ({ id: otherRequestId } = await requestContact(offer.id, { firstName: otherName, phone: '07 81 23 45 67', email: null, channel: 'SMS' }));
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await product?.stop();
  });

  async function newPage(viewport = LAPTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', serviceWorkers: 'block', acceptDownloads: true });
    contexts.push(context);
    return context.newPage();
  }

  async function signInHere(page: Page, email: string) {
    await page.getByRole('heading', { level: 1, name: 'Connexion à l’espace partenaires' }).waitFor();
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 10_000 });
  }

  async function expectNoAxeViolation(page: Page, name: string) {
    const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(passes.length).toBeGreaterThan(5);
    const report = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
    if (report.length) console.error(`axe violations on ${name}:\n${report.join('\n')}`);
    expect(report).toEqual([]);
  }

  const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('the counsellor follows the emailed link: sign-in first, then back on the request, assigns it, logs a call and closes it', async () => {
    const link = await emailedRequestPath(COUNSELLOR, requestId);
    const page = await newPage();
    await page.goto(`${product.url}${link}`);
    await page.getByText('Connecte-toi pour ouvrir cette demande de rappel').waitFor();
    await signInHere(page, COUNSELLOR);
    const title = page.getByRole('heading', { level: 1, name: `Demande d’${firstName}, 19 ans` });
    await title.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/pro/demandes/${requestId}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The profile; the message is text, not HTML.
    await page.getByText('Mont-de-Marsan (40192)').waitFor();
    await page.getByText('Matin, Soir').waitFor();
    await page.getByText('<b>pas du HTML</b>').waitFor();
    expect(await page.locator('main b', { hasText: 'pas du HTML' }).count()).toBe(0);
    // One-tap contact: real links.
    expect(await page.getByRole('link', { name: 'Appeler le 06 12 34 56 78' }).getAttribute('href')).toBe('tel:+33612345678');
    expect(await page.getByRole('link', { name: 'Envoyer un SMS au 06 12 34 56 78' }).getAttribute('href')).toBe('sms:+33612345678');
    expect(await page.getByRole('link', { name: /^Écrire à / }).getAttribute('href')).toBe(`mailto:ines.${suffix}@jeunes.balise.test`);
    await page.getByRole('list', { name: 'Avancement' }).locator('[aria-current="step"]', { hasText: 'Nouvelle' }).waitFor();
    await expectNoAxeViolation(page, 'request page (new)');

    // The list: the menu entry, the request in it, axe.
    await page.getByRole('navigation', { name: 'Menu de l’espace partenaires' }).getByRole('link', { name: /^Demandes de rappel/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Demandes de rappel' }).waitFor();
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${firstName}, 19 ans` }) });
    await row.waitFor();
    await row.getByText(/^À contacter avant le \S+ \d+ \S+$/).waitFor();
    await expectNoAxeViolation(page, 'inbox list');
    // Filters live in the URL.
    await page.getByLabel('Suivie par', { exact: true }).selectOption({ label: 'Personne (non attribuées)' });
    await expect.poll(() => new URL(page.url()).searchParams.get('suivi')).toBe('personne');
    await row.waitFor();
    // The CSV export: same filter, today's name, the BOM for French spreadsheets.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^demandes-de-rappel-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(firstName);
    await page.getByRole('status').filter({ hasText: /Le fichier demandes-de-rappel-.*\.csv est téléchargé\./ }).waitFor();

    // Open it from the list, assign it.
    await row.getByRole('link', { name: `${firstName}, 19 ans` }).click();
    await title.waitFor();
    await page.getByRole('button', { name: 'Me l’attribuer' }).click();
    await page.getByRole('status').filter({ hasText: 'La demande t’est attribuée.' }).waitFor();
    await page.getByText('Tu suis cette demande.').waitFor();
    await page.getByRole('list', { name: 'Avancement' }).locator('[aria-current="step"]', { hasText: 'En cours' }).waitFor();

    // "Sans réponse" needs 3 attempts: the API's refusal lands next to the outcome, announced.
    const close = page.getByRole('form', { name: 'Clore la demande' });
    await close.getByRole('radio', { name: 'Sans réponse après 3 tentatives' }).check();
    await close.getByRole('button', { name: 'Clore la demande' }).click();
    await close.getByRole('group', { name: 'Résultat' }).getByRole('alert').filter({ hasText: /« Sans réponse » demande 3 tentatives/ }).waitFor();

    // Log a call, with the keyboard.
    const attempt = page.getByRole('form', { name: 'Noter une tentative de contact' });
    expect(await attempt.getByRole('radio', { name: 'Appel' }).isChecked()).toBe(true); // the preferred channel
    await attempt.getByRole('radio', { name: 'Joint·e', exact: true }).focus();
    await page.keyboard.press('Space');
    await attempt.getByLabel(/^Note/).focus();
    await page.keyboard.type('Premier rendez-vous fixé mardi.');
    await attempt.getByRole('button', { name: 'Noter la tentative' }).focus();
    await page.keyboard.press('Enter');
    await attempt.getByRole('status').filter({ hasText: 'Tentative notée : Appel, Joint·e.' }).waitFor();
    await page.getByText('Tentative de contact : Appel, Joint·e').waitFor();
    await page.getByText('Premier rendez-vous fixé mardi.').waitFor();

    // Close it.
    await close.getByRole('radio', { name: 'Joint·e et accompagné·e' }).check();
    await close.getByRole('button', { name: 'Clore la demande' }).click();
    await page.getByRole('status').filter({ hasText: 'Demande close : Joint·e et accompagné·e.' }).waitFor();
    await page.getByRole('list', { name: 'Avancement' }).locator('[aria-current="step"]', { hasText: 'Close' }).waitFor();
    expect(await page.getByRole('form', { name: 'Clore la demande' }).count()).toBe(0);
    // The log, oldest first.
    const log = await page.getByRole('region', { name: 'Historique' }).locator('.pro__log-what').allInnerTexts();
    expect(log[0]).toBe('Demande envoyée');
    expect(log.slice(-3)).toEqual(['Prise en charge', 'Tentative de contact : Appel, Joint·e', 'Demande close : Joint·e et accompagné·e']);
    await expectNoAxeViolation(page, 'request page (closed)');
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS, 'contact-request-closed.png'), fullPage: true });

    // The youth's tracking query shows it.
    const tracking = await graphql<{ contactRequestByToken: { status: string; outcome: string } | null }>(
      'query($token: String!) { contactRequestByToken(token: $token) { status outcome } }',
      { token },
    );
    expect(tracking.data?.contactRequestByToken).toEqual({ status: 'CLOSED', outcome: 'REACHED_HELPED' });
  });

  it('at 320 px the list and a request reflow; a transfer leaves the list with a confirmation', async () => {
    const page = await newPage(NARROW);
    await page.goto(`${product.url}/pro/demandes`);
    await signInHere(page, COUNSELLOR);
    await page.getByRole('heading', { level: 1, name: 'Demandes de rappel' }).waitFor();
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${otherName}, 19 ans` }) });
    await row.waitFor();
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENS, 'inbox-320.png'), fullPage: true });
    // The closed one is under "Closes", not "À traiter".
    expect(await page.getByRole('link', { name: `${firstName}, 19 ans` }).count()).toBe(0);

    await row.getByRole('link', { name: `${otherName}, 19 ans` }).click();
    await page.getByRole('heading', { level: 1, name: `Demande de ${otherName}, 19 ans` }).waitFor();
    expect(await page.getByRole('link', { name: /^Écrire à / }).count()).toBe(0); // no email given: no mailto link
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENS, 'contact-request-320.png'), fullPage: true });

    const transfer = page.getByRole('form', { name: 'Transférer à une autre organisation' });
    await transfer.getByRole('button', { name: 'Transférer la demande' }).click();
    await expect.poll(() => transfer.getByLabel('Organisation', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    const target = transfer.getByLabel('Organisation', { exact: true });
    const firstTarget = await target.locator('option').nth(1).getAttribute('value');
    await target.selectOption(firstTarget!);
    await transfer.getByRole('button', { name: 'Transférer la demande' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demandes de rappel' }).waitFor();
    await page.getByRole('status').filter({ hasText: /^La demande est transférée à .+, qui la traitera avant le .+\. Elle ne figure plus dans ta liste\.$/ }).waitFor();
    expect(await page.getByRole('link', { name: `${otherName}, 19 ans` }).count()).toBe(0);

    const cookie = await sessionCookie(COUNSELLOR);
    const after = await graphql('query($id: ID!) { contactRequest(id: $id) { id } }', { id: otherRequestId }, cookie);
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the organisation’s admin sees the menu entry; its editor does not, and is refused the request', async () => {
    const admin = await newPage();
    await admin.goto(`${product.url}/pro`);
    await signInHere(admin, ORG_ADMIN);
    await admin.getByRole('navigation', { name: 'Menu de l’espace partenaires' }).getByRole('link', { name: /^Demandes de rappel/ }).waitFor();

    const page = await newPage();
    await page.goto(`${product.url}/pro`);
    await signInHere(page, EDITOR);
    await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
    expect(await page.getByRole('link', { name: /Demandes de rappel/ }).count()).toBe(0);
    await page.goto(`${product.url}/pro/demandes/${requestId}`);
    await page.getByRole('alert').filter({ hasText: 'Tu n’as pas accès à cette organisation.' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Les demandes de rappel sont réservées' }).waitFor();
    expect(await page.getByText(firstName).count()).toBe(0);
    await page.goto(`${product.url}/pro/demandes`);
    await page.getByRole('alert').filter({ hasText: 'réservées aux conseillers' }).waitFor();
  });

  it('a counsellor of another organisation is refused the request, on the page and through the API', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/pro/demandes/${requestId}`);
    await signInHere(page, OTHER_COUNSELLOR);
    await page.getByRole('alert').filter({ hasText: 'Tu n’as pas accès à cette organisation.' }).waitFor();
    expect(await page.getByText(firstName).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Menu de l’espace partenaires' }).getByRole('link', { name: /^Demandes de rappel/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Demandes de rappel' }).waitFor();
    await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Toutes' });
    await page.locator('.pro__result-count').filter({ hasText: /demande/ }).waitFor();
    expect(await page.getByText(firstName).count()).toBe(0);

    const cookie = await sessionCookie(OTHER_COUNSELLOR);
    const body = await graphql('query($id: ID!) { contactRequest(id: $id) { id firstName } }', { id: requestId }, cookie);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
