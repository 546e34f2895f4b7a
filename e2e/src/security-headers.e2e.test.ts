import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startProduct, type RunningProduct } from './product.js';

/**
 * The PWA under its Content-Security-Policy and the production allow-list of GraphQL documents
 * (PERSISTED_DOCUMENTS_ONLY=true), in Debian's Chromium: the youth app and the portal sign-in
 * work, the service worker registers, and the browser reports no violation on the way.
 */
const PHONE = { width: 360, height: 800 };

describe('the PWA under its security headers', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(undefined, { PERSISTED_DOCUMENTS_ONLY: 'true' }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  /** Every CSP violation the page reports, and the console's CSP errors. */
  async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR' });
    const violations: string[] = [];
    await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    return { page, violations };
  }

  it('sends a strict policy and the other helmet headers with the app', async () => {
    const response = await fetch(product.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a document that is not the PWA’s from a signed-out caller', async () => {
    const response = await fetch(`${product.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { code } }' }) });
    expect(response.status).toBe(403);
  });

  it('refuses a cross-origin browser call to /graphql (no CORS by default)', async () => {
    const response = await fetch(`${product.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('youth app (search, results, an offer, the service worker) and portal (sign-in, inbox, statistics charts) work with no violation', { timeout: 120_000 }, async () => {
    const { page, violations } = await watchedPage();
    await page.goto(product.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${product.url}/recherche?commune=40088&themes=HOUSING`);
    await expect.poll(() => page.locator('.results-status').textContent(), { timeout: 15_000 }).toMatch(/aides? trouvées?/);
    await page.locator('main a[href^="/offres/"]').first().click();
    await page.waitForURL(/\/offres\/[^/]+$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const registered = await page.evaluate(async () => {
      const registration = await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(() => resolve(null), 20_000))]);
      return registration !== null;
    });
    expect(registered).toBe(true);
    await page.goto(`${product.url}/pro`);
    await page.getByRole('heading', { level: 1, name: 'Connexion à l’espace partenaires' }).waitFor();
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('conseil@ml-landes.balise.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('balise-demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 10_000 });
    // Signed in, the portal's own documents run: the inbox lists the requests.
    await page.goto(`${product.url}/pro/demandes`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/ne fait pas partie de l’application/);
    // The coordinator's statistics draw their charts (chartist, SVG) under the same policy; the
    // searches above are in them.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('coordination-landes@balise.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('balise-demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 10_000 });
    await page.goto(`${product.url}/pro/statistiques`);
    await page.locator('figure svg').first().waitFor({ timeout: 15_000 });
    expect(violations).toEqual([]);
  });
});
