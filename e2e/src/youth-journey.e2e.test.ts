import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { repositoryRoot, startProduct, type RunningProduct } from './product.js';

/**
 * The youth journey of the PWA against `pnpm start` on a fresh DATA_DIR, in Debian's Chromium:
 * pointer and keyboard-only journeys, offline, axe on every youth page, reflow at 320 px,
 * and screenshots of the main screens at 360×800 (e2e/test-results/screens/).
 */

const PHONE = { width: 360, height: 800 };
const SCREENS = path.join(repositoryRoot, 'e2e/test-results/screens');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DAX = '40088';
const DAX_HOUSING = `/recherche?commune=${DAX}&themes=HOUSING`;

interface SearchHit {
  distanceKm: number | null;
  offer: { id: string; title: string; theme: string };
}

describe('a youth looks for housing help around Dax', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Offers of the demo catalogue found through the API, for the pages that need an id. */
  let offerId: string;

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    await mkdir(SCREENS, { recursive: true });
    const hits = await searchApi(product.url, { communeCode: DAX, themes: ['HOUSING'], sort: 'DISTANCE', first: 5 });
    expect(hits.length).toBeGreaterThanOrEqual(2);
    offerId = hits[0]!.offer.id;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await product?.stop();
  });

  async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', ...options });
    contexts.push(context);
    return context;
  }

  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    return (await newContext(options)).newPage();
  }

  it('pointer: types "dax", taps Logement, sees housing nearest first, opens an offer and reloads its URL', async () => {
    const page = await newPage();
    await page.goto(product.url);
    await expectHeading(page, 'Trouve l’aide qui existe pour toi, près de chez toi');
    await page.screenshot({ path: path.join(SCREENS, 'home.png') });
    await page.screenshot({ path: path.join(SCREENS, 'home-full.png'), fullPage: true });

    const commune = page.getByRole('combobox', { name: 'Ta commune ou ton code postal' });
    await commune.click();
    await commune.pressSequentially('dax', { delay: 40 });
    await page.getByRole('option', { name: 'Dax (40100)' }).click();
    await expect.poll(() => commune.inputValue()).toBe('Dax (40100)');

    const firstSearch = searchResponse(page);
    await page.getByRole('button', { name: 'Logement', exact: true }).click();
    const hits = await hitsOf(await firstSearch);
    await page.waitForURL((url) => url.pathname === '/recherche' && url.searchParams.get('commune') === DAX && url.searchParams.get('themes') === 'HOUSING');
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.every((hit) => hit.offer.theme === 'HOUSING')).toBe(true);
    await expectHeading(page, 'Les aides pour Dax');
    const cards = resultCards(page);
    await expect.poll(() => cards.count()).toBe(hits.length);
    expect(await cardTitles(page)).toEqual(hits.map((hit) => hit.offer.title));

    // Nearest first: the commune search is sorted by relevance; switch to distance.
    await page.locator('details.refine > summary').click();
    const sorted = searchResponse(page);
    await page.getByLabel('Trier par').selectOption('distance');
    const byDistance = await hitsOf(await sorted);
    await page.waitForURL((url) => url.searchParams.get('tri') === 'distance');
    expect(byDistance.every((hit) => hit.offer.theme === 'HOUSING')).toBe(true);
    await expect.poll(() => cardTitles(page)).toEqual(byDistance.map((hit) => hit.offer.title));
    const distances = await shownDistances(page);
    expect(distances.length).toBeGreaterThanOrEqual(3);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    await page.locator('details.refine > summary').click(); // close the panel for the screenshot
    await page.screenshot({ path: path.join(SCREENS, 'results.png') });
    await page.screenshot({ path: path.join(SCREENS, 'results-full.png'), fullPage: true });

    const first = byDistance[0]!.offer;
    await cards.first().getByRole('link', { name: first.title }).click();
    await page.waitForURL(`**/offres/${first.id}`);
    await expectOfferPage(page, first.title);
    await expect.poll(() => page.getByRole('link', { name: 'Retour aux résultats' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENS, 'offer.png') });
    await page.screenshot({ path: path.join(SCREENS, 'offer-full.png'), fullPage: true });

    const url = page.url();
    await page.reload();
    await expectOfferPage(page, first.title);

    // Opened directly on a device that never saw Balise (the server falls back to the app).
    const fresh = await newPage();
    const response = await fresh.goto(url);
    expect(response?.status()).toBe(200);
    await expectOfferPage(fresh, first.title);
  });

  it('keyboard only: skip link first, the same journey with Tab, arrows, Enter and Space', async () => {
    const page = await newPage();
    await page.goto(product.url);
    await expectHeading(page, 'Trouve l’aide qui existe pour toi, près de chez toi');
    let outlines = 0;
    const noteFocusRing = async () => {
      if (await focusRingVisible(page)) outlines += 1;
    };

    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    const firstStop = await focused(page);
    expect(`${firstStop.tag} "${firstStop.text}"`, 'the first Tab stop').toBe('A "Aller au contenu"');
    await noteFocusRing();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'combobox' });
    await noteFocusRing();
    await page.keyboard.type('dax', { delay: 40 });
    const option = page.getByRole('option', { name: 'Dax (40100)' });
    await option.waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: 'Ta commune ou ton code postal' }).inputValue()).toBe('Dax (40100)');

    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'Logement');
    await noteFocusRing();
    const firstSearch = searchResponse(page);
    await page.keyboard.press('Space');
    await hitsOf(await firstSearch);
    await page.waitForURL((url) => url.pathname === '/recherche' && url.searchParams.get('themes') === 'HOUSING');
    await expectHeading(page, 'Les aides pour Dax');
    // The layout moves the focus to the new page's heading.
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');

    await tabUntil(page, (f) => f.tag === 'SUMMARY');
    await noteFocusRing();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('details.refine').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await tabUntil(page, (f) => f.tag === 'SELECT' && f.label === 'Trier par');
    await noteFocusRing();
    const sorted = searchResponse(page);
    await page.keyboard.press('ArrowDown'); // "Les plus proches d’abord"
    const byDistance = await hitsOf(await sorted);
    await page.waitForURL((url) => url.searchParams.get('tri') === 'distance');
    await expect.poll(() => cardTitles(page)).toEqual(byDistance.map((hit) => hit.offer.title));
    const distances = await shownDistances(page);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const first = byDistance[0]!.offer;
    await tabUntil(page, (f) => f.tag === 'A' && f.text === first.title, 80);
    // The card shows the ring around itself (:focus-within) while its link has the focus.
    expect(await resultCards(page).first().locator('article').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/offres/${first.id}`);
    await expectOfferPage(page, first.title);
    await expect.poll(async () => (await focused(page)).text).toBe(first.title);

    // Directions link reachable with Tab.
    await tabUntil(page, (f) => f.tag === 'A' && /^Itinéraire vers /.test(f.label), 60);
    await noteFocusRing();
    expect(outlines).toBeGreaterThanOrEqual(1);

    const url = page.url();
    await page.reload();
    await expectOfferPage(page, first.title);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Aller au contenu' });
    const fresh = await newPage();
    await fresh.goto(url);
    await expectOfferPage(fresh, first.title);
  });

  it('offline: a seen offer and Mes démarches still open; an unseen offer says why it cannot', { timeout: 120_000 }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(product.url);
    await expectHeading(page, 'Trouve l’aide qui existe pour toi, près de chez toi');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    });
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    const search = searchResponse(page);
    await page.goto(`${product.url}${DAX_HOUSING}&tri=distance`);
    const hits = await hitsOf(await search);
    expect(hits.length).toBeGreaterThanOrEqual(2);
    const seen = hits[0]!.offer;
    const unseen = hits[1]!.offer;
    await resultCards(page).getByRole('link', { name: seen.title, exact: true }).first().click();
    await page.waitForURL(`**/offres/${seen.id}`);
    await expectOfferPage(page, seen.title);
    await expect.poll(() => seenOfferIds(page)).toContain(seen.id);
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes démarches' }).click();
    await expectHeading(page, 'Mes démarches');

    await context.setOffline(true);
    await page.goto(`${product.url}/offres/${seen.id}`);
    await expectHeading(page, seen.title);
    await expect.poll(() => page.getByText('Tu es hors ligne : voici ce que tu avais déjà consulté.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Tu es hors ligne. Ce que tu as déjà consulté reste disponible.').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENS, 'offer-offline.png') });

    await page.goto(`${product.url}/mes-demarches`);
    await expectHeading(page, 'Mes démarches');
    await expect.poll(() => page.getByRole('heading', { name: 'Rien pour l’instant' }).isVisible()).toBe(true);

    await page.goto(`${product.url}/offres/${unseen.id}`);
    await expect.poll(() => page.getByText('Tu es hors ligne et tu n’avais pas encore consulté cette page.', { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Réessayer' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await context.setOffline(false);
  });

  describe('axe (WCAG 2.1 A and AA) finds no violation', () => {
    const pages: Array<{ name: string; path: () => string; lang?: 'en'; ready: (page: Page) => Promise<void>; before?: (page: Page) => Promise<void> }> = [
      { name: 'home', path: () => '/', ready: heading('Trouve l’aide qui existe pour toi, près de chez toi') },
      {
        name: 'home, commune suggestions open',
        path: () => '/',
        ready: async (page) => {
          await expectHeading(page, 'Trouve l’aide qui existe pour toi, près de chez toi');
          await page.getByRole('combobox', { name: 'Ta commune ou ton code postal' }).pressSequentially('saint', { delay: 20 });
          await page.getByRole('listbox').waitFor();
        },
      },
      { name: 'results', path: () => DAX_HOUSING, ready: resultsReady('Les aides pour') },
      {
        name: 'results, filters open',
        path: () => `${DAX_HOUSING}&tri=distance`,
        ready: async (page) => {
          await resultsReady('Les aides pour')(page);
          await page.locator('details.refine > summary').click();
          await page.getByLabel('Trier par').waitFor();
        },
      },
      {
        name: 'results, empty',
        path: () => `${DAX_HOUSING}&texte=zzqxwvkj`,
        ready: async (page) => {
          await expectHeading(page, 'Les aides pour');
          await page.getByRole('heading', { name: 'Aucune aide ne correspond pour le moment' }).waitFor();
          await page.getByRole('heading', { name: 'Parle à l’Info Jeunes le plus proche' }).waitFor();
        },
      },
      { name: 'results, no place', path: () => '/recherche?themes=HOUSING', ready: resultsReady('Les aides partout en France') },
      { name: 'offer', path: () => `/offres/${offerId}`, ready: offerReady },
      { name: 'offer, unknown id', path: () => '/offres/inconnue', ready: heading('Cette aide n’existe pas ou n’est plus proposée') },
      { name: 'offer action: be called back', path: () => `/offres/${offerId}/rappel`, ready: callbackReady },
      { name: 'offer action: book a seat', path: () => `/offres/${offerId}/reserver`, ready: heading('Cet atelier ne se réserve pas sur Balise') },
      { name: 'mes démarches', path: () => '/mes-demarches', ready: heading('Mes démarches') },
      { name: 'accessibilité', path: () => '/accessibilite', ready: heading('Déclaration d’accessibilité') },
      { name: '404', path: () => '/nulle-part', ready: heading('Page introuvable') },
      { name: 'home (English)', lang: 'en', path: () => '/', ready: englishReady },
      { name: 'results (English)', lang: 'en', path: () => DAX_HOUSING, ready: async (page) => (await englishReady(page), await resultCards(page).first().waitFor()) },
      { name: 'offer (English)', lang: 'en', path: () => `/offres/${offerId}`, ready: async (page) => (await englishReady(page), await offerReady(page)) },
    ];

    for (const entry of pages) {
      it(entry.name, async () => {
        const context = await newContext({ serviceWorkers: 'block' });
        if (entry.lang) await context.addInitScript((lang) => localStorage.setItem('balise.lang', lang), entry.lang);
        const page = await context.newPage();
        await page.goto(`${product.url}${entry.path()}`);
        await entry.ready(page);
        const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(passes.length).toBeGreaterThan(5); // axe did look at the page
        const report = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
        if (report.length) console.error(`axe violations on ${entry.name} (${entry.path()}):\n${report.join('\n')}`);
        expect(report).toEqual([]);
        await context.close();
      });
    }
  });

  it('screenshots of Mes démarches and Accessibilité at 360×800', async () => {
    const page = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${product.url}/mes-demarches`);
    await expectHeading(page, 'Mes démarches');
    await page.getByRole('heading', { name: 'Rien pour l’instant' }).waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'mes-demarches.png') });
    await page.goto(`${product.url}/accessibilite`);
    await expectHeading(page, 'Déclaration d’accessibilité');
    await page.screenshot({ path: path.join(SCREENS, 'accessibilite.png') });
    await page.screenshot({ path: path.join(SCREENS, 'accessibilite-full.png'), fullPage: true });
  });

  it('zoom 200 % (320 px wide): no horizontal scrolling on home, results and offer', async () => {
    const page = await newPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, serviceWorkers: 'block' });
    const overflow = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    await page.goto(product.url);
    await expectHeading(page, 'Trouve l’aide qui existe pour toi, près de chez toi');
    let { scroll, client } = await overflow();
    expect(scroll, 'home').toBeLessThanOrEqual(client);

    await page.goto(`${product.url}${DAX_HOUSING}`);
    await resultsReady('Les aides pour')(page);
    await page.locator('details.refine > summary').click();
    await page.getByLabel('Trier par').waitFor();
    ({ scroll, client } = await overflow());
    expect(scroll, 'results').toBeLessThanOrEqual(client);

    await page.goto(`${product.url}/offres/${offerId}`);
    await offerReady(page);
    ({ scroll, client } = await overflow());
    expect(scroll, 'offer').toBeLessThanOrEqual(client);
  });
});

// ——— helpers ———

async function searchApi(base: string, input: Record<string, unknown>): Promise<SearchHit[]> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($input: SearchOffersInput!) { searchOffers(input: $input) { hits { distanceKm offer { id title theme } } } }',
      variables: { input },
    }),
  });
  const body = (await response.json()) as { data?: { searchOffers: { hits: SearchHit[] } }; errors?: unknown };
  if (!body.data) throw new Error(`searchOffers failed: ${JSON.stringify(body.errors)}`);
  return body.data.searchOffers.hits;
}

/** The next answer to the results page's search query (the first page of results, no cursor). */
function searchResponse(page: Page): Promise<Response> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return false;
    const body = response.request().postDataJSON() as { operationName?: string; variables?: { input?: { after?: string; text?: string } } } | null;
    return body?.operationName === 'SearchResults' && !body.variables?.input?.after;
  });
}

async function hitsOf(response: Response): Promise<SearchHit[]> {
  const body = (await response.json()) as { data?: { searchOffers: { hits: SearchHit[] } } };
  if (!body.data) throw new Error(`search failed: ${JSON.stringify(body)}`);
  return body.data.searchOffers.hits;
}

function resultCards(page: Page): Locator {
  return page.locator('main ul.results > li');
}

function cardTitles(page: Page): Promise<string[]> {
  return resultCards(page).locator('h2').allTextContents();
}

/** The distance on each card that shows one, in km ("à 350 m", "à 1,2 km"). */
async function shownDistances(page: Page): Promise<number[]> {
  const texts = await resultCards(page).locator('.offer-card__facts li').allTextContents();
  return texts
    .map((text) => text.replace(/\u00a0/g, ' ').match(/^à ([\d\s,]+) (m|km)$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => Number(match[1]!.replace(/\s/g, '').replace(',', '.')) / (match[2] === 'm' ? 1000 : 1));
}

async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain(text);
}

function heading(text: string) {
  return (page: Page) => expectHeading(page, text);
}

function resultsReady(title: string) {
  return async (page: Page) => {
    await expectHeading(page, title);
    await expect.poll(() => page.locator('.results-status').textContent(), { timeout: 15_000 }).toMatch(/trouvée/);
  };
}

/** Title, organisation, a venue's address and a link to directions in a maps app. */
async function expectOfferPage(page: Page, title: string): Promise<void> {
  await expectHeading(page, title);
  await expect.poll(() => page.locator('.offer__org').textContent()).toMatch(/^Proposé par \S/);
  const where = page.getByRole('region', { name: 'Où ?' });
  const address = await where.locator('.venue p').nth(1).textContent();
  expect(address).toMatch(/\S.*, \S/); // "12 rue …, Dax"
  const directions = where.getByRole('link', { name: /^Itinéraire vers / }).first();
  expect(await directions.getAttribute('href')).toMatch(/^(https:\/\/www\.openstreetmap\.org\/directions\?to=|geo:|https:\/\/maps\.apple\.com\/)/);
}

async function offerReady(page: Page): Promise<void> {
  await page.locator('.offer__org').waitFor({ timeout: 15_000 });
  await page.locator('.venue').first().waitFor();
}

/** The "Être rappelé·e" form (contact-request.e2e.test.ts covers it), or the organisation's contacts when the offer has no call-back. */
async function callbackReady(page: Page): Promise<void> {
  await page.locator('main h1').waitFor({ timeout: 15_000 });
  await page.locator('main form.contact-form, main .link-list').first().waitFor({ timeout: 15_000 });
}

async function englishReady(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
  await page.locator('main h1').waitFor();
}

interface Focused {
  tag: string;
  role: string | null;
  text: string;
  label: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelled = el?.getAttribute('aria-label') ?? (el && 'labels' in el ? ((el as HTMLInputElement).labels?.[0]?.textContent ?? '') : '');
    return { tag: el?.tagName ?? '', role: el?.getAttribute('role') ?? null, text: (el?.textContent ?? '').trim(), label: labelled.trim() };
  });
}

async function focusRingVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || !el.matches(':focus-visible')) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

async function tabUntil(page: Page, wanted: (f: Focused) => boolean, max = 40): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (wanted(f)) return f;
    path.push(`${f.tag}${f.role ? `[${f.role}]` : ''} "${(f.label || f.text).slice(0, 40)}"`);
  }
  throw new Error(`not reached with ${max} Tab presses; focus went through: ${path.join(' → ')}`);
}

function seenOfferIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Never create the database ourselves (the app's upgrade would then be skipped).
    if (!(await indexedDB.databases()).some((db) => db.name === 'balise')) return [];
    return new Promise<string[]>((resolve) => {
      const open = indexedDB.open('balise');
      open.onerror = () => resolve([]);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('seen-offers')) return resolve([]);
        const request = db.transaction('seen-offers').objectStore('seen-offers').getAllKeys();
        request.onsuccess = () => (resolve(request.result.map(String)), db.close());
        request.onerror = () => (resolve([]), db.close());
      };
    });
  });
}
