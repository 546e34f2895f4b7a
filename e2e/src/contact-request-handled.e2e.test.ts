import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startProduct, type RunningProduct } from './product.js';

/**
 * Issue #6's whole loop, through the two apps a person uses: a youth asks to be called back in
 * the PWA; the counsellor of the Mission Locale des Landes finds the request in the portal's
 * inbox, assigns it to herself, logs the call and closes it; the youth's tracking page then
 * says it is done. (The youth's and the counsellor's screens are each tested in depth in
 * contact-request.e2e.test.ts and contact-inbox.e2e.test.ts.)
 */

const ORGANISATION = 'Mission Locale des Landes';

describe('a request from the youth to the counsellor and back', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('the youth submits, the counsellor assigns and closes, the youth’s page shows it closed', { timeout: 180_000 }, async () => {
    const offer = await contactableOffer(product.url);
    const firstName = 'Maëlys';

    // The youth, on her phone.
    const youth = await (await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'fr-FR' })).newPage();
    await youth.goto(`${product.url}/offres/${offer.id}`);
    await youth.getByRole('link', { name: 'Être rappelé·e' }).click();
    await youth.getByRole('heading', { level: 1, name: 'Être rappelé·e' }).waitFor();
    await youth.getByLabel('Ton prénom').fill(firstName);
    await youth.getByLabel('Ton âge').fill('20');
    const commune = youth.getByRole('combobox', { name: 'Ta commune ou ton code postal' });
    await commune.fill('');
    await commune.pressSequentially('dax', { delay: 30 });
    await youth.getByRole('option', { name: 'Dax (40100)' }).click();
    await youth.getByLabel('Ton numéro de portable').fill('07 81 23 45 67');
    await youth.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const receiptHeading = youth.getByRole('heading', { level: 1, name: new RegExp(`^${ORGANISATION} te contacte d’ici le `) });
    await receiptHeading.waitFor({ timeout: 20_000 });
    const trackingLink = youth.getByRole('link', { name: 'Ouvrir le suivi de ma demande' });
    const trackingPath = (await trackingLink.getAttribute('href'))!;
    expect(trackingPath).toMatch(/^\/suivi\/[A-Za-z0-9_-]{43}$/);

    // The counsellor, from the email's link to the inbox.
    const counsellor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await counsellor.goto(`${product.url}/pro/demandes`);
    await counsellor.getByRole('heading', { level: 1, name: 'Connexion à l’espace partenaires' }).waitFor();
    await counsellor.getByLabel('Adresse e-mail', { exact: true }).fill('conseil@ml-landes.balise.test');
    await counsellor.getByLabel('Mot de passe', { exact: true }).fill('balise-demo');
    await counsellor.getByRole('button', { name: 'Se connecter' }).click();
    await counsellor.getByRole('heading', { level: 1, name: 'Demandes de rappel' }).waitFor({ timeout: 15_000 });
    await counsellor.getByRole('link', { name: `${firstName}, 20 ans` }).click();
    await counsellor.getByRole('heading', { level: 1, name: new RegExp(`^Demande d(e |’)${firstName}, 20 ans$`) }).waitFor();
    expect(await counsellor.getByRole('link', { name: 'Appeler le 07 81 23 45 67' }).getAttribute('href')).toBe('tel:+33781234567');
    await counsellor.getByRole('button', { name: 'Me l’attribuer' }).click();
    await counsellor.getByRole('status').filter({ hasText: 'La demande t’est attribuée.' }).waitFor();
    const attempt = counsellor.getByRole('form', { name: 'Noter une tentative de contact' });
    await attempt.getByRole('radio', { name: 'Joint·e', exact: true }).check();
    await attempt.getByRole('button', { name: 'Noter la tentative' }).click();
    await attempt.getByRole('status').filter({ hasText: 'Tentative notée' }).waitFor();
    const close = counsellor.getByRole('form', { name: 'Clore la demande' });
    await close.getByRole('radio', { name: 'Joint·e et accompagné·e' }).check();
    await close.getByRole('button', { name: 'Clore la demande' }).click();
    await counsellor.getByRole('status').filter({ hasText: 'Demande close : Joint·e et accompagné·e.' }).waitFor();

    // The youth comes back to her tracking page.
    await youth.goto(`${product.url}${trackingPath}`);
    await youth.getByRole('heading', { level: 1, name: 'Suivi de ta demande' }).waitFor();
    await youth.getByText('Ta demande est terminée.').waitFor();
    await youth.getByText('Un·e conseiller·e t’a contacté·e et a répondu à ta demande.').waitFor();
  });
});

async function contactableOffer(base: string): Promise<{ id: string; title: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($input: SearchOffersInput!) { searchOffers(input: $input) { hits { offer { id title engagement eligibility { ageMin ageMax } organisation { name } } } } }`,
      variables: { input: { text: ORGANISATION, communeCode: '40088', first: 50 } },
    }),
  });
  const body = (await response.json()) as {
    data?: { searchOffers: { hits: { offer: { id: string; title: string; engagement: string[]; eligibility: { ageMin: number; ageMax: number }; organisation: { name: string } } }[] } };
  };
  const found = body.data?.searchOffers.hits
    .map((hit) => hit.offer)
    .find((offer) => offer.organisation.name === ORGANISATION && offer.engagement.includes('CONTACT_REQUEST') && offer.eligibility.ageMin <= 20 && offer.eligibility.ageMax >= 20);
  if (!found) throw new Error('no contactable offer of the Mission Locale des Landes in the demo catalogue');
  return found;
}
