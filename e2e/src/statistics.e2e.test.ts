import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { expectNoAxeViolation, graphqlAt, horizontalOverflow, sessionCookie as signedInCookie, signInHere } from './portal-helpers.js';
import { repositoryRoot, startProduct, type RunningProduct } from './product.js';

/**
 * The statistics pages (issue #9) against `pnpm start`: three youths ask the Mission Locale des Landes
 * to call them back and six searches in Mont-de-Marsan find nothing (all through the public API). Its
 * counsellor sees the month's requests as "< 5" in the chart's data table and downloads the CSV; its
 * editor is refused; the coordinator of the Landes sees the territory with the unmet searches. axe on
 * both pages; the CSV button is reached and pressed with the keyboard; nothing scrolls sideways at 320 px.
 */

const LAPTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 720 };
const SCREENS = path.join(repositoryRoot, 'e2e/test-results/screens');
const COUNSELLOR = 'conseil@ml-landes.balise.test';
const EDITOR = 'edition@ml-landes.balise.test';
const COORDINATOR = 'coordination-landes@balise.test';
const NOTICE_VERSION = '2026-11-contact-v1';
const MONT_DE_MARSAN = '40192';
const REQUESTS = 3;
const UNMET_SEARCHES = 6;

/** The month it is in France, as the tables name it ("novembre 2026"). */
function thisMonthLabel(): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, 1)));
}

describe('statistics: an organisation’s figures and a territory’s', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const suffix = randomBytes(3).toString('hex');
  let organisationId = '';
  let organisationName = '';

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}, cookie?: string) => graphqlAt<T>(product.url, query, variables, cookie);
  const sessionCookie = (email: string) => signedInCookie(product.url, email);

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    const cookie = await sessionCookie(COUNSELLOR);
    const me = await graphql<{ me: { memberships: { role: string; organisation: { id: string; name: string } | null }[] } }>('{ me { memberships { role organisation { id name } } } }', {}, cookie);
    const organisation = me.data?.me.memberships.find((ms) => ms.role === 'COUNSELLOR')?.organisation;
    organisationId = organisation?.id ?? '';
    organisationName = organisation?.name ?? '';
    expect(organisationId).toBeTruthy();
    const offers = await graphql<{ offers: { edges: { node: { id: string; engagement: string[]; eligibility: { ageMin: number; ageMax: number } } }[] } }>(
      'query($id: ID!) { offers(first: 100, filter: { organisationId: $id }) { edges { node { id engagement eligibility { ageMin ageMax } } } } }',
      { id: organisationId },
    );
    const offer = offers.data?.offers.edges.map((e) => e.node).find((o) => o.engagement.includes('CONTACT_REQUEST') && o.eligibility.ageMin <= 19 && o.eligibility.ageMax >= 19);
    if (!offer) throw new Error('no published offer of ml-landes takes contact requests');
    // What youths' phones send: three contact requests (a masked "< 5" this month), six searches that find nothing.
    for (let i = 0; i < REQUESTS; i++) {
      const body = await graphql<{ requestContact: { status: string } }>('mutation($input: RequestContactInput!) { requestContact(input: $input) { status } }', {
        input: {
          offerId: offer.id,
          firstName: `Lou ${suffix} ${i}`,
          age: 19,
          communeCode: MONT_DE_MARSAN,
          situation: 'JOB_SEEKER',
          channel: 'PHONE_CALL',
          phone: `06 12 34 56 7${i}`,
          email: null,
          preferredMoments: ['MORNING'],
          message: null,
          noticeVersion: NOTICE_VERSION,
          idempotencyKey: randomBytes(16).toString('base64url'),
        },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.requestContact.status).toBe('NEW');
    }
    for (let i = 0; i < UNMET_SEARCHES; i++) {
      const body = await graphql<{ searchOffers: { total: number } }>('query($input: SearchOffersInput!) { searchOffers(input: $input) { total } }', {
        input: { communeCode: MONT_DE_MARSAN, themes: ['HOUSING'], text: `zqxwv ${suffix}` },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.searchOffers.total).toBe(0);
    }
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

  /** The cells of a table's row, the row found by its header (`th scope="row"`). */
  function row(table: Locator, header: string): Locator {
    return table.locator('tr').filter({ has: table.page().locator('th[scope="row"]', { hasText: header }) });
  }

  /** Tabs through the page until `target` has the focus (it is reachable with the keyboard). */
  async function tabTo(page: Page, target: Locator, most = 80) {
    for (let i = 0; i < most; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error('not reached with Tab');
  }

  it('the counsellor sees the month’s requests masked, in the data table of the chart, and downloads the CSV with the keyboard', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/pro`);
    await signInHere(page, COUNSELLOR);
    await page.getByRole('navigation', { name: 'Menu de l’espace partenaires' }).getByRole('link', { name: 'Statistiques' }).click();
    await page.getByRole('heading', { level: 1, name: `Statistiques — ${organisationName}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/pro/organisation/${organisationId}/statistiques`);

    // The chart: in a figure with its caption, a summary for screen readers, then its data table.
    const figure = page.getByRole('figure', { name: 'Demandes de rappel reçues et traitées dans le délai promis, par mois' });
    await figure.getByRole('img', { name: /^Graphique en barres sur 12 mois : < 5 demandes reçues au total/ }).waitFor();
    await expect.poll(() => figure.locator('svg .ct-bar').count()).toBeGreaterThan(0);
    const months = page.getByRole('table', { name: 'Chiffres par mois' });
    expect(await months.locator('th[scope="col"]').first().innerText()).toBe('Mois');
    expect(await months.locator('tbody tr').count()).toBe(12);
    const thisMonth = row(months, thisMonthLabel());
    expect(await thisMonth.locator('td').first().innerText()).toBe('< 5'); // 3 requests: statistical secrecy
    expect(await row(months, 'Total').locator('td').first().innerText()).toBe('< 5');
    await page.getByRole('figure', { name: 'Issue des demandes closes, par mois' }).waitFor();
    await page.getByRole('table', { name: 'Demandes closes par issue et par mois' }).waitFor();
    await page.getByRole('table', { name: 'Chiffres par offre sur la période' }).waitFor();
    await expectNoAxeViolation(page, 'organisation statistics');
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS, 'statistics-organisation.png'), fullPage: true });
    await page.getByRole('region', { name: 'Chiffres par mois' }).screenshot({ path: path.join(SCREENS, 'statistics-organisation-table.png') });

    // The CSV of the month table, reached and pressed with the keyboard.
    const csvButton = page.getByRole('button', { name: 'Télécharger (CSV) — Chiffres par mois' });
    await page.locator('main h1').focus();
    await tabTo(page, csvButton);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile((await download.path())!)).toString('utf8');
    expect(csv).toContain('< 5');
    expect(csv).not.toContain(`Lou ${suffix}`); // counts only, never a first name
    await page.getByRole('status').filter({ hasText: `Le fichier ${download.suggestedFilename()} est téléchargé.` }).waitFor();

    // Another period, from the picker: kept in the URL, the table follows.
    await page.getByLabel('Du mois de', { exact: true }).selectOption({ label: thisMonthLabel() });
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('du')).toBeTruthy();
    await expect.poll(() => months.locator('tbody tr').count()).toBe(1);
  });

  it('at 320 px the organisation page reflows: the wide tables scroll in their own region', async () => {
    const page = await newPage(NARROW);
    await page.goto(`${product.url}/pro/organisation/${organisationId}/statistiques`);
    await signInHere(page, COUNSELLOR);
    await page.getByRole('table', { name: 'Chiffres par mois' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENS, 'statistics-organisation-320.png'), fullPage: true });
  });

  it('the editor of the same organisation has no menu entry and is refused the page and the CSV', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/pro`);
    await signInHere(page, EDITOR);
    await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
    expect(await page.getByRole('link', { name: 'Statistiques' }).count()).toBe(0);
    await page.goto(`${product.url}/pro/organisation/${organisationId}/statistiques`);
    await page.getByRole('alert').filter({ hasText: 'Tu n’as pas accès aux statistiques de cette organisation.' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    const cookie = await sessionCookie(EDITOR);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    const body = await graphql(
      'query($id: ID!, $p: StatisticsPeriodInput!) { statisticsCsv(table: ORGANISATION_MONTHS, period: $p, organisationId: $id) { filename } }',
      { id: organisationId, p: { fromMonth: month, toMonth: month } },
      cookie,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the coordinator of the Landes sees the territory: searches per month and the unmet searches by commune', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/pro`);
    await signInHere(page, COORDINATOR);
    await page.getByRole('navigation', { name: 'Menu de l’espace partenaires' }).getByRole('link', { name: 'Statistiques' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistiques du territoire' }).waitFor();
    await page.getByText(/^Territoire : .*Landes/).waitFor();

    // The search log is written every 2 s: reload until the six searches are counted.
    const unmet = page.getByRole('table', { name: /^Communes et thèmes des recherches sans résultat/ });
    await expect
      .poll(
        async () => {
          if (await unmet.count()) return row(unmet, 'Mont-de-Marsan').locator('td').allInnerTexts();
          await page.reload();
          await page.getByRole('heading', { level: 1, name: 'Statistiques du territoire' }).waitFor();
          await page.getByText(/^Période : /).waitFor();
          return [];
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toEqual(['Logement', String(UNMET_SEARCHES)]);
    const figure = page.getByRole('figure', { name: 'Recherches des jeunes et recherches sans résultat, par mois' });
    await figure.getByRole('img', { name: /^Graphique en barres sur 12 mois/ }).waitFor();
    await page.getByRole('table', { name: 'Recherches et demandes de rappel par mois' }).waitFor();
    const organisations = page.getByRole('table', { name: 'Demandes de rappel et délais par organisation' });
    expect(await row(organisations, organisationName).locator('td').first().innerText()).toBe('< 5');
    await expectNoAxeViolation(page, 'territory statistics');
    await page.screenshot({ path: path.join(SCREENS, 'statistics-territory.png'), fullPage: true });
    await figure.screenshot({ path: path.join(SCREENS, 'statistics-territory-chart.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Télécharger \(CSV\) — Communes et thèmes des recherches sans résultat/ }).click(),
    ]);
    const csv = (await readFile((await download.path())!)).toString('utf8');
    expect(csv).toContain('Mont-de-Marsan');
    expect(csv).not.toContain('zqxwv'); // never the words searched
  });
});
