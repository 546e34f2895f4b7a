import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { repositoryRoot, startProduct, type RunningProduct } from './product.js';

describe('a newcomer opens Balise', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('sees the themes and the size of the demo catalogue on a phone-sized screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(product.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Trouve l’aide');
    // The 9 themes are buttons in the "De quoi as-tu besoin ?" group of the search form.
    const themes = page.getByRole('group', { name: 'De quoi as-tu besoin ?' }).getByRole('listitem');
    await expect.poll(() => themes.count()).toBe(9);
    expect(await themes.allTextContents()).toContain('Logement');
    // The whole demo catalogue: a search with no place and no filter.
    await page.goto(`${product.url}/recherche`);
    await expect.poll(() => page.locator('.results-status').textContent(), { timeout: 15_000 }).toMatch(/aides trouvées/);
    const count = await page.locator('.results-status').textContent();
    expect(Number(count!.split('aides')[0]!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(500);
    await page.goto(product.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Trouve l’aide');
    const artifacts = path.join(repositoryRoot, 'e2e/test-results');
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'home-360x800.png'), fullPage: true });
  });

  it('opens a deep link directly (the server falls back to the app)', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${product.url}/offres/inconnue`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
  });
});
