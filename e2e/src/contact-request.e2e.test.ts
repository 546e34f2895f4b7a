import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { repositoryRoot, startProduct, type RunningProduct } from './product.js';

/**
 * "Être rappelé·e", the youth's side, against `pnpm start` on a fresh DATA_DIR in Debian's Chromium:
 * the form filled with the keyboard only, the receipt, the tracking page and "J'ai été contacté·e";
 * under 15 nothing is sent; written offline, the request waits in Mes démarches and leaves on
 * reconnect with the same idempotency key; axe on the form (empty, with errors), the receipt and
 * the tracking page; no horizontal scrolling at 320 px.
 */

const PHONE = { width: 360, height: 800 };
const SCREENS = path.join(repositoryRoot, 'e2e/test-results/screens');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DAX = '40088';
const ORGANISATION = 'Mission Locale des Landes';

interface ContactableOffer {
  id: string;
  title: string;
  organisation: { name: string; phone: string };
}

interface Receipt {
  id: string;
  token: string;
  dueAt: string;
  dueDateLabel: string;
  organisation: { name: string };
}

describe('a youth asks to be called back', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let offer: ContactableOffer;

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
    await mkdir(SCREENS, { recursive: true });
    offer = await contactableOffer(product.url);
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

  /** Every requestContact the page sends. */
  function watchRequestContact(page: Page): Request[] {
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST' && (request.postData() ?? '').includes('mutation RequestContact')) sent.push(request);
    });
    return sent;
  }

  it('keyboard only: fills the form, gets the receipt with the organisation and the day, follows the request and says "J’ai été contacté·e"', { timeout: 120_000 }, async () => {
    const page = await (await newContext()).newPage();
    const sent = watchRequestContact(page);
    await page.goto(`${product.url}/offres/${offer.id}`);
    await expectHeading(page, offer.title);
    await page.waitForLoadState('networkidle');

    await tabUntil(page, (f) => f.tag === 'A' && f.text === 'Être rappelé·e', 60);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/offres/${offer.id}/rappel`);
    await expectHeading(page, 'Être rappelé·e');
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    await expect.poll(() => page.getByText(offer.organisation.name, { exact: false }).first().isVisible()).toBe(true);

    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'Ton prénom');
    await page.keyboard.type('Léa');
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'Ton âge');
    await page.keyboard.type('19');
    await tabUntil(page, (f) => f.role === 'combobox');
    await page.keyboard.type('dax', { delay: 40 });
    const option = page.getByRole('option', { name: 'Dax (40100)' });
    await option.waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: 'Ta commune ou ton code postal' }).inputValue()).toBe('Dax (40100)');
    await tabUntil(page, (f) => f.tag === 'SELECT' && f.label.startsWith('Ta situation'));
    await page.keyboard.press('ArrowDown'); // "Je suis au collège ou au lycée"
    // The channel: radio buttons move with the arrows.
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'Par un appel');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('radio', { name: 'Par SMS' }).isChecked()).toBe(true);
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'Ton numéro de portable');
    await page.keyboard.type('06.12.34.56.78');
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'Le matin');
    await page.keyboard.press('Space');
    await tabUntil(page, (f) => f.tag === 'INPUT' && f.label === 'En fin de journée');
    await page.keyboard.press('Space');
    await tabUntil(page, (f) => f.tag === 'TEXTAREA');
    await page.keyboard.type('Je voudrais en savoir plus.');
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'Envoyer ma demande');
    const answer = requestContactResponse(page);
    await page.keyboard.press('Enter');
    const receipt = await receiptOf(await answer);

    expect(sent).toHaveLength(1);
    const input = (sent[0]!.postDataJSON() as { variables: { input: Record<string, unknown> } }).variables.input;
    expect(input).toMatchObject({
      offerId: offer.id,
      firstName: 'Léa',
      age: 19,
      communeCode: DAX,
      situation: 'SCHOOL',
      channel: 'SMS',
      phone: '06.12.34.56.78',
      email: null,
      preferredMoments: ['MORNING', 'EVENING'],
      message: 'Je voudrais en savoir plus.',
      noticeVersion: '2026-11-contact-v1',
    });
    expect(input['idempotencyKey']).toMatch(/^[A-Za-z0-9_-]{22}$/);

    // The receipt: the organisation and the promised day, the focus on it, the private tracking link.
    expect(receipt.organisation.name).toBe(offer.organisation.name);
    await expectHeading(page, `${offer.organisation.name} te contacte d’ici le ${receipt.dueDateLabel}`);
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    const trackingUrl = `${product.url}/suivi/${receipt.token}`;
    await expect.poll(() => page.getByText(trackingUrl, { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Ce lien est privé', { exact: false }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENS, 'contact-receipt.png'), fullPage: true });

    await tabUntil(page, (f) => f.tag === 'A' && f.text === 'Ouvrir le suivi de ma demande');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/suivi/${receipt.token}`);
    await expectHeading(page, 'Suivi de ta demande');
    await expect.poll(() => page.getByText('Ta demande est arrivée.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`${offer.organisation.name} te contacte d’ici le ${receipt.dueDateLabel}.`).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENS, 'contact-tracking.png'), fullPage: true });

    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'J’ai été contacté·e');
    const reported = page.waitForResponse((response) => isOperation(response, 'ReportContacted'));
    await page.keyboard.press('Enter');
    expect((await (await reported).json()) as object).toMatchObject({ data: { reportContacted: { reportedContacted: true } } });
    await expect.poll(() => page.getByText('Merci, c’est noté : tu as été contacté·e.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Tu as dit avoir été contacté·e. Merci !').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'J’ai été contacté·e' }).count()).toBe(0);

    // Saved in Mes démarches with its token.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mes démarches' }).click();
    await expectHeading(page, 'Mes démarches');
    const entry = page.locator('.my-step', { hasText: offer.title });
    await expect.poll(() => entry.getByRole('link', { name: 'Suivre ma demande' }).getAttribute('href')).toBe(`/suivi/${receipt.token}`);
    await expect.poll(() => entry.textContent()).toContain(`${offer.organisation.name} te contacte d’ici le ${receipt.dueDateLabel}.`);
  });

  it('under 15: a kind message with the organisation’s phone, and nothing is sent', async () => {
    const page = await (await newContext()).newPage();
    const sent = watchRequestContact(page);
    await page.goto(`${product.url}/offres/${offer.id}/rappel`);
    await expectHeading(page, 'Être rappelé·e');
    await page.getByLabel('Ton prénom').fill('Noé');
    await page.getByLabel('Ton âge').fill('13');
    await chooseDax(page);
    await page.getByLabel('Ton numéro de portable').fill('06 98 76 54 32');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => summary.textContent()).toContain('Balise ne peut pas envoyer de demande pour les moins de 15 ans');
    const age = page.getByLabel('Ton âge');
    expect(await age.getAttribute('aria-invalid')).toBe('true');
    const description = await age.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(description).toContain('Demande à un parent ou à un adulte de confiance');
    expect(description).toContain('Nous n’avons rien envoyé.');
    const call = page.getByRole('link', { name: `Appeler ${offer.organisation.name} au ${offer.organisation.phone}` });
    expect(await call.getAttribute('href')).toBe(`tel:${offer.organisation.phone.replace(/[^\d+]/g, '')}`);
    await page.screenshot({ path: path.join(SCREENS, 'contact-under-15.png') });

    await page.waitForTimeout(500);
    expect(sent).toHaveLength(0);
    expect(await myStepsCount(page)).toBe(0);
  });

  it('offline: the request waits in Mes démarches ("En attente d’envoi") and leaves on reconnect with the same key', { timeout: 120_000 }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    const sent = watchRequestContact(page);
    await page.goto(`${product.url}/offres/${offer.id}/rappel`);
    await expectHeading(page, 'Être rappelé·e');
    await waitForServiceWorker(page); // the app's code stays available offline
    await page.getByLabel('Ton prénom').fill('Inès');
    await page.getByLabel('Ton âge').fill('22');
    await chooseDax(page);
    await page.getByLabel('Par un appel').check();
    await page.getByLabel('Ton numéro de portable').fill('+33 7 81 22 33 44');

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await expectHeading(page, 'Ta demande partira dès que tu auras du réseau');
    await expect.poll(() => page.getByText('Tu es hors ligne. Ta demande à', { exact: false }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENS, 'contact-queued.png') });
    expect(sent).toHaveLength(0);

    await page.getByRole('link', { name: 'Voir Mes démarches' }).click();
    await expectHeading(page, 'Mes démarches');
    const entry = page.locator('.my-step', { hasText: offer.title });
    await expect.poll(() => entry.textContent()).toContain('En attente d’envoi');
    expect(await entry.getByRole('link', { name: 'Suivre ma demande' }).count()).toBe(0);
    const pending = await pendingKeys(page);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const answer = requestContactResponse(page);
    await context.setOffline(false);
    const receipt = await receiptOf(await answer);
    expect(sent).toHaveLength(1);
    expect((sent[0]!.postDataJSON() as { variables: { input: { idempotencyKey: string; firstName: string } } }).variables.input).toMatchObject({ idempotencyKey: pending[0], firstName: 'Inès' });

    // Sent: the entry is the real one now (status, due day, tracking link), nothing waits any more.
    await expect.poll(() => entry.textContent(), { timeout: 15_000 }).toContain('Envoyée : la structure va la lire');
    await expect.poll(() => entry.textContent()).toContain(`${offer.organisation.name} te contacte d’ici le ${receipt.dueDateLabel}.`);
    expect(await entry.getByRole('link', { name: 'Suivre ma demande' }).getAttribute('href')).toBe(`/suivi/${receipt.token}`);
    expect(await pendingKeys(page)).toEqual([]);
    await expect.poll(() => page.getByText('Tu as retrouvé du réseau : ta demande à', { exact: false }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENS, 'contact-sent-on-reconnect.png') });
  });

  it('offline: a queued request the API refuses is marked "Pas envoyée" with its reason, never sent again, and can be removed', { timeout: 120_000 }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    const sent = watchRequestContact(page);
    await page.goto(`${product.url}/offres/${offer.id}/rappel`);
    await expectHeading(page, 'Être rappelé·e');
    await waitForServiceWorker(page);
    await page.getByLabel('Ton prénom').fill('Yanis');
    await page.getByLabel('Ton âge').fill('20');
    await chooseDax(page);
    await page.getByLabel('Ton numéro de portable').fill('07 00 00 00 00'); // written like a mobile, but no French mobile starts so

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await expectHeading(page, 'Ta demande partira dès que tu auras du réseau');
    await page.getByRole('link', { name: 'Voir Mes démarches' }).click();
    await expectHeading(page, 'Mes démarches');
    const entry = page.locator('.my-step', { hasText: offer.title });
    await expect.poll(() => entry.textContent()).toContain('En attente d’envoi');

    const answer = requestContactResponse(page);
    await context.setOffline(false);
    const refused = (await (await answer).json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    await expect.poll(() => entry.textContent(), { timeout: 15_000 }).toContain('Pas envoyée');
    expect(await entry.textContent()).toContain(refused.errors![0]!.message);

    // Not sent again: not on reload (app start), not on the next reconnect.
    await page.reload();
    await expectHeading(page, 'Mes démarches');
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => entry.textContent()).toContain('Pas envoyée');
    await page.waitForTimeout(1000);
    expect(sent).toHaveLength(1);
    await page.screenshot({ path: path.join(SCREENS, 'contact-refused-in-queue.png') });

    await entry.getByRole('button', { name: 'Retirer de Mes démarches' }).click();
    await expect.poll(() => page.getByText(`La demande « ${offer.title} » est retirée de Mes démarches.`).isVisible()).toBe(true);
    await expect.poll(() => entry.count()).toBe(0);
    expect(await pendingKeys(page)).toEqual([]);
  });

  describe('axe (WCAG 2.1 A and AA) finds no violation', () => {
    async function axe(page: Page, name: string): Promise<void> {
      const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(passes.length).toBeGreaterThan(5);
      const report = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
      if (report.length) console.error(`axe violations on ${name}:\n${report.join('\n')}`);
      expect(report).toEqual([]);
    }

    it('the form, empty then with errors', async () => {
      const page = await (await newContext({ serviceWorkers: 'block' })).newPage();
      await page.goto(`${product.url}/offres/${offer.id}/rappel`);
      await expectHeading(page, 'Être rappelé·e');
      await page.getByRole('heading', { name: 'Ce que deviennent tes informations' }).waitFor();
      await axe(page, 'form, empty');

      await page.getByLabel('Ton âge').fill('quinze');
      await page.getByRole('radio', { name: 'Par e-mail' }).check();
      await page.getByLabel('Ton adresse e-mail').fill('pas-une-adresse');
      await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await summary.getByRole('link').allTextContents()).toEqual([
        'Écris ton prénom.',
        'Écris ton âge en chiffres, par exemple 19.',
        'Écris ta commune ou ton code postal, puis choisis-la dans la liste.',
        'Cette adresse e-mail n’est pas valide. Écris-la par exemple prenom@exemple.fr.',
      ]);
      // Each error is tied to its field; a summary link takes the focus there.
      for (const label of ['Ton prénom', 'Ton âge', 'Ton adresse e-mail']) {
        const field = page.getByLabel(label, { exact: false }).first();
        expect(await field.getAttribute('aria-invalid'), label).toBe('true');
      }
      await summary.getByRole('link', { name: 'Écris ton prénom.' }).click();
      await expect.poll(async () => (await focused(page)).label).toBe('Ton prénom');
      await page.screenshot({ path: path.join(SCREENS, 'contact-form-errors.png') });
      await axe(page, 'form, with errors');
    });

    it('the form in English', async () => {
      const context = await newContext({ serviceWorkers: 'block' });
      await context.addInitScript(() => localStorage.setItem('balise.lang', 'en'));
      const page = await context.newPage();
      await page.goto(`${product.url}/offres/${offer.id}/rappel`);
      await expectHeading(page, 'Get a call back');
      await page.getByRole('heading', { name: 'What happens to your details' }).waitFor();
      await axe(page, 'form (English)');
    });

    it('a server refusal lands on its field; then the receipt and the tracking page', async () => {
      const page = await (await newContext({ serviceWorkers: 'block' })).newPage();
      await page.goto(`${product.url}/offres/${offer.id}/rappel`);
      await expectHeading(page, 'Être rappelé·e');
      await page.getByLabel('Ton prénom').fill('Sam');
      await page.getByLabel('Ton âge').fill('20');
      await chooseDax(page);
      // Looks like a mobile to the light check, but is not a real one: the API says which field.
      await page.getByLabel('Ton numéro de portable').fill('07 00 00 00 00');
      let answer = requestContactResponse(page);
      await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
      const refused = (await (await answer).json()) as { errors?: Array<{ message: string; extensions: { field?: string } }> };
      expect(refused.errors?.[0]?.extensions.field).toBe('input.phone');
      const phone = page.getByLabel('Ton numéro de portable');
      await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => page.locator('.error-summary').textContent()).toContain(refused.errors![0]!.message);
      await axe(page, 'form, refused by the API');

      await phone.fill('06 55 44 33 22');
      answer = requestContactResponse(page);
      await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
      const receipt = await receiptOf(await answer);
      await expectHeading(page, `te contacte d’ici le ${receipt.dueDateLabel}`);
      await axe(page, 'receipt');

      await page.goto(`${product.url}/suivi/${receipt.token}`);
      await expectHeading(page, 'Suivi de ta demande');
      await page.getByRole('button', { name: 'Annuler ma demande' }).waitFor();
      await axe(page, 'tracking page');
      await page.getByRole('button', { name: 'Effacer mes données' }).click();
      await page.getByRole('heading', { name: 'Effacer tes données ?' }).waitFor();
      await expect.poll(async () => (await focused(page)).text).toBe('Effacer tes données ?');
      await axe(page, 'tracking page, confirming the erasure');

      await page.goto(`${product.url}/suivi/pas-un-vrai-lien`);
      await expectHeading(page, 'Ce lien de suivi est incomplet ou a expiré');
      await axe(page, 'tracking page, unknown link');
    });
  });

  it('zoom 200 % (320 px wide): no horizontal scrolling on the form and the tracking page', async () => {
    const page = await (await newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, serviceWorkers: 'block' })).newPage();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto(`${product.url}/offres/${offer.id}/rappel`);
    await expectHeading(page, 'Être rappelé·e');
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await overflow(), 'form').toBeLessThanOrEqual(0);
    await page.goto(`${product.url}/suivi/${'x'.repeat(43)}`);
    await expectHeading(page, 'Ce lien de suivi est incomplet ou a expiré');
    expect(await overflow(), 'tracking').toBeLessThanOrEqual(0);
  });
});

// ——— helpers ———

/** An offer of the Mission Locale des Landes that offers "Être rappelé·e" to a 19- and 22-year-old. */
async function contactableOffer(base: string): Promise<ContactableOffer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($input: SearchOffersInput!) { searchOffers(input: $input) { hits { offer { id title engagement eligibility { ageMin ageMax } organisation { name phone } } } } }`,
      variables: { input: { text: ORGANISATION, communeCode: DAX, first: 50 } },
    }),
  });
  const body = (await response.json()) as {
    data?: { searchOffers: { hits: Array<{ offer: ContactableOffer & { engagement: string[]; eligibility: { ageMin: number; ageMax: number } } }> } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`searchOffers failed: ${JSON.stringify(body.errors)}`);
  const found = body.data.searchOffers.hits
    .map((hit) => hit.offer)
    .find((o) => o.organisation.name === ORGANISATION && o.engagement.includes('CONTACT_REQUEST') && o.eligibility.ageMin <= 19 && o.eligibility.ageMax >= 22);
  if (!found) throw new Error('no contactable offer of the Mission Locale des Landes in the demo catalogue');
  return found;
}

function isOperation(response: Response, name: string): boolean {
  if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return false;
  const body = response.request().postDataJSON() as { operationName?: string; query?: string } | null;
  return body?.operationName === name || (body?.query ?? '').includes(`mutation ${name}(`);
}

function requestContactResponse(page: Page): Promise<Response> {
  return page.waitForResponse((response) => isOperation(response, 'RequestContact'), { timeout: 30_000 });
}

async function receiptOf(response: Response): Promise<Receipt> {
  const body = (await response.json()) as { data?: { requestContact: Receipt }; errors?: unknown };
  if (!body.data) throw new Error(`requestContact failed: ${JSON.stringify(body.errors)}`);
  return body.data.requestContact;
}

async function chooseDax(page: Page): Promise<void> {
  const commune = page.getByRole('combobox', { name: 'Ta commune ou ton code postal' });
  await commune.fill('');
  await commune.pressSequentially('dax', { delay: 30 });
  await page.getByRole('option', { name: 'Dax (40100)' }).click();
  await expect.poll(() => commune.inputValue()).toBe('Dax (40100)');
}

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/** Entries of Mes démarches on this device, read from IndexedDB. */
function myStepsOnDevice(page: Page): Promise<Array<{ id: string; pendingSync?: { idempotencyKey: string } }>> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'balise')) return [];
    return new Promise((resolve) => {
      const open = indexedDB.open('balise');
      open.onerror = () => resolve([]);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('my-steps')) return resolve([]);
        const request = db.transaction('my-steps').objectStore('my-steps').getAll();
        request.onsuccess = () => (resolve(request.result), db.close());
        request.onerror = () => (resolve([]), db.close());
      };
    });
  });
}

async function myStepsCount(page: Page): Promise<number> {
  return (await myStepsOnDevice(page)).length;
}

async function pendingKeys(page: Page): Promise<string[]> {
  return (await myStepsOnDevice(page)).filter((step) => step.pendingSync).map((step) => step.pendingSync!.idempotencyKey);
}

async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toContain(text);
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
