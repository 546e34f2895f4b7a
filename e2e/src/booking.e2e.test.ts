import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { repositoryRoot, startProduct, type RunningProduct } from './product.js';

/**
 * Workshop booking against `pnpm start` on a fresh DATA_DIR, in Debian's Chromium: a youth books a
 * seat with the keyboard only, downloads the calendar file, finds the booking in Mes démarches and
 * cancels it; offline, the form says it needs a connection and sends nothing; the organisation's
 * editor opens the session's attendance list. axe on the picker, the form with errors, the
 * confirmation, the booking page and the attendance list (any violation fails).
 */

const PHONE = { width: 360, height: 800 };
const LAPTOP = { width: 1280, height: 900 };
const SCREENS = path.join(repositoryRoot, 'e2e/test-results/screens');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PASSWORD = 'balise-demo';
const EDITOR = 'edition@ml-landes.balise.test';
const ML_LANDES = 'Mission Locale des Landes';

interface Session {
  id: string;
  startsAt: string;
  seatsLeft: number;
  waitlistFull: boolean;
}
interface Offer {
  id: string;
  title: string;
  engagement: string[];
}

describe('a youth books a seat at a workshop', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** A workshop of the Mission Locale des Landes taking bookings, and two of its upcoming sessions with seats. */
  let offer: Offer;
  let sessions: Session[];

  async function api<T>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<T> {
    const response = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    await mkdir(SCREENS, { recursive: true });
    const { organisations } = await api<{ organisations: { edges: { node: { id: string; name: string } }[] } }>('{ organisations(first: 100) { edges { node { id name } } } }');
    const organisationId = organisations.edges.find((e) => e.node.name === ML_LANDES)?.node.id;
    expect(organisationId, ML_LANDES).toBeDefined();
    const { offers } = await api<{ offers: { edges: { node: Offer }[] } }>(
      'query($id: ID!) { offers(first: 100, filter: { organisationId: $id, formats: [WORKSHOP] }) { edges { node { id title engagement } } } }',
      { id: organisationId },
    );
    for (const { node } of offers.edges.filter((e) => e.node.engagement.includes('BOOKING'))) {
      const found = await api<{ workshopSessions: Session[] }>('query($id: ID!) { workshopSessions(offerId: $id) { id startsAt seatsLeft waitlistFull } }', { id: node.id });
      const open = found.workshopSessions.filter((s) => s.seatsLeft >= 2 && new Date(s.startsAt).getTime() > Date.now() + 86_400_000);
      if (open.length >= 2) {
        offer = node;
        sessions = open;
        break;
      }
    }
    expect(offer, 'a demo workshop of the Mission Locale des Landes with two upcoming sessions').toBeDefined();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await product?.stop();
  });

  async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', serviceWorkers: 'block', ...options });
    contexts.push(context);
    return context;
  }
  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    return (await newContext(options)).newPage();
  }

  async function expectNoAxeViolation(page: Page, name: string) {
    const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(passes.length).toBeGreaterThan(5); // axe did look at the page
    const report = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
    if (report.length) console.error(`axe violations on ${name}:\n${report.join('\n')}`);
    expect(report).toEqual([]);
  }

  async function noHorizontalScroll(page: Page, name: string) {
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, name).toBeLessThanOrEqual(client);
  }

  it('the offer page lists the sessions as a radio group; choosing none says so; axe is clean', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/offres/${offer.id}`);
    await expectHeading(page, offer.title);
    const group = page.getByRole('group', { name: 'Choisis une date d’atelier' });
    await group.getByRole('radio').first().waitFor();
    expect(await group.getByRole('radio').count()).toBeGreaterThanOrEqual(2);
    expect(await group.textContent()).toMatch(/\d+ places? restantes?/);
    await expectNoAxeViolation(page, 'offer page with the session picker');
    await page.screenshot({ path: path.join(SCREENS, 'booking-picker.png'), fullPage: true });

    await page.getByRole('button', { name: 'Réserver cette date' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choisis une date dans la liste.' }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await expectNoAxeViolation(page, 'session picker with its error');
  });

  it('keyboard only: books a seat, adds it to the calendar, finds it in Mes démarches, cancels it', { timeout: 120_000 }, async () => {
    const page = await newPage();
    await page.goto(`${product.url}/offres/${offer.id}`);
    await expectHeading(page, offer.title);
    await page.getByRole('group', { name: 'Choisis une date d’atelier' }).getByRole('radio').first().waitFor();
    await page.waitForLoadState('networkidle');

    // Tab to the first session, Space to choose it, Tab to the button, Enter.
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.type === 'radio');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'Réserver cette date');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/offres/${offer.id}/reserver` && Boolean(url.searchParams.get('session')));
    await expectHeading(page, 'Réserver ta place');
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    await page.getByRole('region', { name: 'Ta date' }).getByText(/places? restantes?/).waitFor();

    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'Ton prénom');
    await page.keyboard.type('Léa');
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'Ton adresse e-mail');
    await page.keyboard.type('lea.clavier@exemple.fr');
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'Réserver ma place');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'Ta place est réservée');
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    await page.getByText(`Ta place est réservée : « ${offer.title} », avec ${ML_LANDES}.`).waitFor();
    await expectNoAxeViolation(page, 'confirmation');
    await page.screenshot({ path: path.join(SCREENS, 'booking-confirmation.png'), fullPage: true });
    await noHorizontalScroll(page, 'confirmation at 360 px');

    // "Ajouter à mon agenda" downloads the .ics file.
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'Ajouter à mon agenda');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const ics = await readFile((await file.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('TZID=Europe/Paris');
    await page.getByRole('status').filter({ hasText: /est téléchargé/ }).waitFor();

    const trackHref = await page.getByRole('link', { name: 'Voir ma réservation' }).getAttribute('href');
    expect(trackHref).toMatch(/^\/reservation\/[A-Za-z0-9_-]{43}$/);
    const token = decodeURIComponent(trackHref!.split('/').pop()!);

    // Mes démarches lists it, with its status and a way to cancel.
    await tabUntil(page, (f) => f.tag === 'A' && f.text === 'Voir Mes démarches');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Mes démarches');
    const entry = page.locator('.my-step').filter({ hasText: offer.title });
    await entry.getByText('Ta place est réservée').waitFor();
    expect(await entry.textContent()).toContain('Réservation d’atelier');
    await tabUntil(page, (f) => f.tag === 'A' && f.text === 'Annuler ma réservation', 60);
    await page.keyboard.press('Enter');

    // The booking page opens on the confirmation step.
    await page.waitForURL((url) => url.pathname === trackHref);
    await expectHeading(page, 'Ma réservation');
    await page.getByRole('region', { name: 'Annuler ta réservation ?' }).getByText(/Ta place ira à la première personne de la liste d’attente/).waitFor();
    await expectNoAxeViolation(page, 'booking page, cancelling');
    await page.screenshot({ path: path.join(SCREENS, 'booking-page.png'), fullPage: true });
    await noHorizontalScroll(page, 'booking page at 360 px');
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'Oui, annuler ma réservation', 60);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'C’est fait : ta réservation est annulée.' }).waitFor();
    await page.getByText('Tu as annulé cette réservation.').waitFor();
    expect(await page.getByRole('button', { name: 'Annuler ma réservation' }).count()).toBe(0);
    await expectNoAxeViolation(page, 'booking page, cancelled');

    const { bookingByToken } = await api<{ bookingByToken: { status: string; cancelledBy: string } }>('query($t: String!) { bookingByToken(token: $t) { status cancelledBy } }', { t: token });
    expect(bookingByToken).toEqual({ status: 'CANCELLED', cancelledBy: 'YOUTH' });

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes démarches' }).click();
    await expectHeading(page, 'Mes démarches');
    await entry.getByText('Annulée', { exact: true }).waitFor();
    expect(await entry.getByRole('link', { name: 'Annuler ma réservation' }).count()).toBe(0);
  });

  it('the form with errors: a focused summary, each error tied to its field; axe is clean', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/offres/${offer.id}/reserver?session=${sessions[1]!.id}`);
    await expectHeading(page, 'Réserver ta place');
    await page.getByRole('region', { name: 'Ta date' }).getByText(/places? restantes?/).waitFor();
    await page.getByRole('button', { name: 'Réserver ma place' }).click();
    const summary = page.getByRole('group', { name: 'Ta réservation n’est pas partie' });
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    const firstName = page.getByLabel('Ton prénom', { exact: true });
    expect(await firstName.getAttribute('aria-invalid')).toBe('true');
    expect(await firstName.getAttribute('aria-describedby')).toContain('booking-first-name-error');
    expect(await page.getByLabel('Ton adresse e-mail', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: 'Écris ton prénom.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('booking-first-name');
    await expectNoAxeViolation(page, 'booking form with errors');

    // A refusal of the server lands on the field it names (extensions.field): a phone that is not a mobile.
    await firstName.fill('Sam');
    await page.getByLabel('Ton numéro de portable', { exact: true }).fill('05 58 12 34 56');
    await page.getByRole('button', { name: 'Réserver ma place' }).click();
    await expect.poll(() => page.getByLabel('Ton numéro de portable', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#booking-phone-error').textContent()).toMatch(/\S/);
    await expectNoAxeViolation(page, 'booking form with a server error');
    await page.screenshot({ path: path.join(SCREENS, 'booking-form-errors.png'), fullPage: true });
  });

  it('offline: the form says it needs a connection, its button is disabled and nothing is sent', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push((request.postDataJSON() as { operationName?: string } | null)?.operationName ?? '?');
    });
    await page.goto(`${product.url}/offres/${offer.id}/reserver?session=${sessions[1]!.id}`);
    await expectHeading(page, 'Réserver ta place');
    await page.getByRole('region', { name: 'Ta date' }).getByText(/places? restantes?/).waitFor();
    await page.getByLabel('Ton prénom', { exact: true }).fill('Noé');
    await page.getByLabel('Ton adresse e-mail', { exact: true }).fill('noe.hors-ligne@exemple.fr');

    await context.setOffline(true);
    await page.getByText('Il faut une connexion pour réserver').waitFor();
    await page.getByText(/une réservation ne peut pas partir plus tard toute seule/).waitFor();
    const button = page.getByRole('button', { name: 'Réserver ma place' });
    expect(await button.isDisabled()).toBe(true);
    await page.getByLabel('Ton prénom', { exact: true }).press('Enter');
    await page.waitForTimeout(500);
    expect(sent).not.toContain('BookWorkshop');
    await page.screenshot({ path: path.join(SCREENS, 'booking-form-offline.png'), fullPage: true });

    await context.setOffline(false);
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(await page.getByText('Il faut une connexion pour réserver').count()).toBe(0);
  });

  it('at 320 px (200 % zoom), the picker and the form need no horizontal scrolling', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
    await page.goto(`${product.url}/offres/${offer.id}`);
    await page.getByRole('group', { name: 'Choisis une date d’atelier' }).getByRole('radio').first().waitFor();
    await noHorizontalScroll(page, 'picker at 320 px');
    await page.goto(`${product.url}/offres/${offer.id}/reserver?session=${sessions[1]!.id}`);
    await page.getByRole('region', { name: 'Ta date' }).getByText(/places? restantes?/).waitFor();
    await noHorizontalScroll(page, 'form at 320 px');
  });

  it('an unknown link says it is incomplete or expired; the emails’ ?jeton= link opens the booking', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/reservation/pas-un-vrai-jeton`);
    await expectHeading(page, 'Lien incomplet ou expiré');
    await expectNoAxeViolation(page, 'booking page, unknown link');

    const { bookWorkshop } = await api<{ bookWorkshop: { token: string } }>(
      'mutation($input: BookWorkshopInput!) { bookWorkshop(input: $input) { token } }',
      { input: { sessionId: sessions[1]!.id, firstName: 'Inès', email: 'ines.lien@exemple.fr', idempotencyKey: `e2e-link-${Date.now().toString(36)}-key` } },
    );
    await page.goto(`${product.url}/reservation?jeton=${encodeURIComponent(bookWorkshop.token)}`);
    await expectHeading(page, 'Ma réservation');
    await page.getByText('Ta place est réservée.').waitFor();
    await page.getByRole('button', { name: 'Annuler ma réservation' }).waitFor();
  });

  it('the editor of the organisation opens the session’s attendance list and sees the youth; axe is clean; it prints alone', { timeout: 120_000 }, async () => {
    const session = sessions[1]!;
    const firstName = `Camille${Date.now().toString(36)}`;
    await api('mutation($input: BookWorkshopInput!) { bookWorkshop(input: $input) { id status } }', {
      input: { sessionId: session.id, firstName, phone: '06 12 34 56 78', idempotencyKey: `e2e-attendance-${Date.now().toString(36)}-key` },
    });

    const page = await newPage({ viewport: LAPTOP, serviceWorkers: 'block' });
    await page.goto(`${product.url}/pro`);
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(EDITOR);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();

    // The organisation's offers list shows fill and no-show rates per workshop offer.
    await page.getByRole('link', { name: new RegExp(`Voir les offres.*${ML_LANDES}`) }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Réservations des ateliers' }).waitFor();
    const stats = page.getByRole('table', { name: 'Remplissage et absences par offre' });
    await stats.getByRole('rowheader', { name: offer.title }).waitFor();
    await expectNoAxeViolation(page, 'offers list with booking figures');

    await page.goto(`${product.url}/pro/offres/${offer.id}`);
    await page.getByRole('heading', { level: 1, name: `Modifier « ${offer.title} »` }).waitFor();
    const link = page.locator(`a[href="/pro/seances/${session.id}"]`);
    expect(await link.evaluate((a) => a.textContent)).toMatch(/^Liste de présence — séance du \d/);
    await link.click();
    await page.waitForURL(`**/pro/seances/${session.id}`);
    await page.getByRole('heading', { level: 1, name: `Liste de présence — ${offer.title}` }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: firstName }).waitFor();
    const row = table.getByRole('row').filter({ hasText: firstName });
    expect(await row.textContent()).toContain('06 12 34 56 78');
    expect(await row.textContent()).toContain('Inscrit·e');
    // Before the session starts, attendance cannot be marked yet.
    await page.getByText('Les présences se notent une fois la séance commencée.').waitFor();
    expect(await page.getByRole('button', { name: /^Présent·e/ }).count()).toBe(0);
    await expectNoAxeViolation(page, 'attendance list');
    await page.screenshot({ path: path.join(SCREENS, 'attendance.png'), fullPage: true });

    // CSV export.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en CSV (tableur)' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv.replace(/^\ufeff/, '').split(/\r?\n/)[0]).toMatch(/^Prénom;/);
    expect(csv).toContain(firstName);

    // Printed: no menu, header, footer or buttons; the one table.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.banner').isVisible()).toBe(false);
    expect(await page.locator('.pro__nav').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer la liste' }).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await page.locator('main table:visible').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENS, 'attendance-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});

// ——— helpers ———

async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain(text);
}

interface Focused {
  tag: string;
  type: string;
  text: string;
  label: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelled = el?.getAttribute('aria-label') ?? (el && 'labels' in el ? ((el as HTMLInputElement).labels?.[0]?.textContent ?? '') : '');
    return { tag: el?.tagName ?? '', type: (el as HTMLInputElement | null)?.type ?? '', text: (el?.textContent ?? '').trim(), label: labelled.trim() };
  });
}

async function tabUntil(page: Page, wanted: (f: Focused) => boolean, max = 40): Promise<Focused> {
  const steps: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (wanted(f)) return f;
    steps.push(`${f.tag}${f.type ? `[${f.type}]` : ''} "${(f.label || f.text).slice(0, 40)}"`);
  }
  throw new Error(`not reached with ${max} Tab presses; focus went through: ${steps.join(' → ')}`);
}
