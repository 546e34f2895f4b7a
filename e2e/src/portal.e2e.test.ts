import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { repositoryRoot, startProduct, type RunningProduct } from './product.js';

/**
 * The partner portal against `pnpm start`: an editor writes a workshop offer with a series of
 * sessions and submits it, the territory's coordinator publishes it, youths' search finds it,
 * and a member of another organisation cannot open it. axe runs on the sign-in page, the list
 * and the editor.
 */

const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 800 };
const SCREENS = path.join(repositoryRoot, 'e2e/test-results/screens');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PASSWORD = 'balise-demo';
const EDITOR = 'edition@ml-landes.balise.test';
const COORDINATOR = 'coordination-landes@balise.test';
const ORG_ADMIN = 'direction@ml-landes.balise.test';
const OTHER_ORG = 'conseil@ml-pau.balise.test';
const DAX = '40088';

const isoDay = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

describe('partner portal: write, review, publish', () => {
  let product: RunningProduct;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const title = `Atelier CV express ${Date.now().toString(36)}`;
  let offerId = '';
  let invitee = ''; // the account the invitation test creates

  async function mailedLink(to: string, pathname: string): Promise<string> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const mailbox = (await (await fetch(`${product.url}/dev/mailbox.json`)).json()) as { messages: { to: unknown; text: string }[] };
      const pattern = new RegExp(`${pathname.replace(/[/?]/g, '\\$&')}\\?jeton=[^\\s"<>)]+`);
      const message = mailbox.messages.find((m) => JSON.stringify(m.to).includes(to) && pattern.test(m.text));
      const link = message ? pattern.exec(message.text)?.[0] : undefined;
      if (link) return link;
      if (Date.now() > deadline) throw new Error(`no email to ${to} with ${pathname}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchChromium()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await product?.stop();
  });

  async function newPage(viewport = LAPTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', serviceWorkers: 'block' });
    contexts.push(context);
    return context.newPage();
  }

  async function signIn(page: Page, email: string) {
    await page.goto(`${product.url}/pro`);
    await page.getByRole('heading', { level: 1, name: 'Connexion à l’espace partenaires' }).waitFor();
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page
      .getByRole('button', { name: 'Se déconnecter' })
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        throw new Error(`${email} could not sign in: ${await page.locator('main').innerText().catch(() => '?')}`, { cause: error });
      });
  }

  async function expectNoAxeViolation(page: Page, name: string) {
    const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(passes.length).toBeGreaterThan(5);
    const report = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
    if (report.length) console.error(`axe violations on ${name}:\n${report.join('\n')}`);
    expect(report).toEqual([]);
  }

  it('sign-in page: errors are tied to their field, the API refusal is announced, axe is clean', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${product.url}/pro`);
    await page.getByRole('heading', { level: 1, name: 'Connexion à l’espace partenaires' }).waitFor();
    await expectNoAxeViolation(page, 'sign-in');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByLabel('Adresse e-mail', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(EDITOR);
    await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'Adresse ou mot de passe incorrect.' }).waitFor();
    await expectNoAxeViolation(page, 'sign-in with an error');
  });

  it('an editor creates a workshop offer with a series of sessions and submits it', async () => {
    const page = await newPage();
    await signIn(page, EDITOR);
    await page.getByRole('link', { name: /Voir les offres/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Offres — / }).waitFor();
    await page.getByRole('table').first().waitFor(); // the offers (then the booking figures)
    await expectNoAxeViolation(page, 'offers list');

    await page.getByRole('button', { name: 'Nouvelle offre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle offre' }).waitFor();
    await expectNoAxeViolation(page, 'editor (new)');
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page.getByLabel('Résumé en mots simples', { exact: true }).fill('Deux heures pour refaire ton CV avec une conseillère, en petit groupe.');
    await page.getByLabel('Description', { exact: true }).fill('Apporte ton ancien CV si tu en as un.\n\nOn repart avec un CV clair et une lettre type.');
    await page.getByLabel('Thème', { exact: true }).selectOption('EMPLOYMENT');
    await page.getByLabel('Catégorie', { exact: true }).fill('Atelier CV');
    await page.getByLabel('Format', { exact: true }).selectOption('WORKSHOP');
    await page.getByLabel('Âge minimum', { exact: true }).fill('16');
    await page.getByLabel('Âge maximum', { exact: true }).fill('25');
    await page.getByRole('checkbox', { name: 'En recherche d’emploi' }).check();
    await page.getByRole('checkbox', { name: /Couverture propre à cette offre/ }).check();
    await page.getByLabel('Chercher une commune à ajouter').fill('dax');
    await page.getByRole('button', { name: /^Ajouter Dax \(/ }).click();
    await expect.poll(() => page.getByLabel('Communes (codes INSEE)').inputValue()).toBe(DAX);
    await page.getByLabel('Départements (codes)').fill('40');
    const venues = page.getByRole('group', { name: 'Lieux d’accueil' }).getByRole('checkbox');
    await venues.first().check();
    await page.getByRole('checkbox', { name: 'Demande de rappel' }).uncheck();
    await page.getByRole('checkbox', { name: 'Réservation d’une place en atelier' }).check();

    // An API refusal lands on its field (extensions.field), announced.
    await page.getByLabel('Âge maximum', { exact: true }).fill('40');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.getByLabel('Âge maximum', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('offer-eligibility-ageMax');
    await page.getByLabel('Âge maximum', { exact: true }).fill('25');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL((url) => /^\/pro\/offres\/(?!nouvelle)[^/]+$/.test(url.pathname));
    offerId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: `Modifier « ${title} »` }).waitFor();
    await expectNoAxeViolation(page, 'editor (saved draft, workshop)');

    await page.getByLabel('Première séance (date)', { exact: true }).fill(isoDay(7));
    await page.getByLabel('Heure de début', { exact: true }).fill('14:00');
    await page.getByLabel('Durée (minutes)', { exact: true }).fill('120');
    await page.getByLabel('Toutes les N semaines (1 à 4)', { exact: true }).fill('1');
    await page.getByLabel('Jusqu’au', { exact: true }).fill(isoDay(28));
    await page.getByLabel('Places (1 à 500)', { exact: true }).fill('8');
    await page.getByRole('button', { name: 'Créer une série' }).click();
    await page.getByRole('status').filter({ hasText: /séances? créées?/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Annuler la séance/ }).count()).toBeGreaterThanOrEqual(3);
    // Edit one session: its capacity and start time.
    await page.getByRole('button', { name: /^Modifier la séance/ }).first().click();
    const sessionForm = page.getByRole('group', { name: /^Modifier la séance du / });
    await sessionForm.getByLabel('Places (1 à 500)', { exact: true }).fill('12');
    await sessionForm.getByLabel('Heure de début', { exact: true }).fill('15:30');
    await sessionForm.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Séance modifiée.' }).waitFor();
    await page.getByText(/15:30 — .* — 12 places/).first().waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: /^Annuler la séance/ }).last().click();
    await page.getByText('Annulée', { exact: true }).waitFor();
  });

  it('on a phone, the editor submits it for review; the audit trail shows it', async () => {
    const page = await newPage(PHONE);
    await signIn(page, EDITOR);
    await page.goto(`${product.url}/pro/offres/${offerId}`);
    await page.getByRole('heading', { level: 1, name: `Modifier « ${title} »` }).waitFor();
    await page.getByRole('button', { name: 'Envoyer en relecture' }).click();
    await page.getByRole('status').filter({ hasText: 'Offre envoyée en relecture.' }).waitFor();
    await page.getByText('En relecture', { exact: true }).waitFor();
    await page.getByText(/Envoi en relecture/).first().waitFor(); // the audit trail
    await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
    await page.locator('.pro__preview').getByRole('heading', { name: title }).waitFor();
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS, 'portal-editor-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0); // no horizontal scrolling at 360 px
  });

  it('the coordinator publishes it from the review queue; search finds it', async () => {
    const page = await newPage();
    await signIn(page, COORDINATOR);
    await page.getByRole('link', { name: 'Relecture des offres' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Relecture des offres' }).waitFor();
    await page.getByRole('button', { name: `Publier « ${title} »` }).waitFor();
    await expectNoAxeViolation(page, 'review queue');
    await page.getByRole('button', { name: `Publier « ${title} »` }).click();
    await page.getByRole('status').filter({ hasText: 'Offre publiée.' }).waitFor();

    const deadline = Date.now() + 5_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      const response = await fetch(`${product.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($input: SearchOffersInput!) { searchOffers(input: $input) { hits { offer { id title } } } }', variables: { input: { text: title, communeCode: DAX } } }),
      });
      const body = (await response.json()) as { data?: { searchOffers: { hits: { offer: { id: string } }[] } } };
      found = body.data?.searchOffers.hits.some((h) => h.offer.id === offerId) ?? false;
      if (!found) await new Promise((r) => setTimeout(r, 250));
    }
    expect(found).toBe(true);
  });

  it('a duplicate is sent back with a comment, which the editor then sees', async () => {
    const editor = await newPage();
    await signIn(editor, EDITOR);
    await editor.goto(`${product.url}/pro/offres/${offerId}`);
    await editor.getByRole('heading', { level: 1, name: `Modifier « ${title} »` }).waitFor();
    await editor.getByRole('button', { name: 'Dupliquer' }).click();
    await editor.getByRole('heading', { level: 1, name: `Modifier « ${title} (copie) »` }).waitFor();
    const copyUrl = editor.url();
    await editor.getByRole('button', { name: 'Envoyer en relecture' }).click();
    await editor.getByRole('status').filter({ hasText: 'Offre envoyée en relecture.' }).waitFor();

    const coordinator = await newPage(PHONE);
    await signIn(coordinator, COORDINATOR);
    await coordinator.goto(`${product.url}/pro/revue`);
    await coordinator.getByRole('button', { name: `Renvoyer avec un commentaire « ${title} (copie) »` }).click();
    await coordinator.getByLabel('Commentaire pour l’équipe', { exact: true }).fill('Précise le lieu exact du rendez-vous.');
    await coordinator.getByRole('button', { name: 'Renvoyer avec un commentaire', exact: true }).click();
    await coordinator.getByRole('status').filter({ hasText: 'Offre renvoyée avec ton commentaire.' }).waitFor();

    await editor.goto(copyUrl);
    await editor.getByText('Précise le lieu exact du rendez-vous.').waitFor();
    await editor.getByText('Brouillon', { exact: true }).waitFor();
  });

  it('a member of another organisation cannot open it for editing', async () => {
    const page = await newPage(PHONE);
    await signIn(page, OTHER_ORG);
    await page.goto(`${product.url}/pro/offres/${offerId}`);
    await page.getByRole('alert').filter({ hasText: 'Tu n’as pas accès à cette offre' }).waitFor();
    expect(await page.getByLabel('Titre', { exact: true }).count()).toBe(0);

    const signInResponse = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: OTHER_ORG, p: PASSWORD } }),
    });
    const cookie = (signInResponse.headers.get('set-cookie') ?? '').split(';')[0]!;
    const response = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'query($id: ID!) { portalOffer(id: $id) { id title } }', variables: { id: offerId } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
  it('an ORG_ADMIN invites a new editor, who sets a password from the emailed link and lands signed in', async () => {
    const admin = await newPage();
    await signIn(admin, ORG_ADMIN);
    await admin.getByRole('link', { name: /^Modifier le profil/ }).first().click();
    await admin.getByRole('heading', { level: 1, name: /^Profil — / }).waitFor();
    invitee = `nouvelle-${Date.now().toString(36)}@ml-landes.balise.test`;
    await admin.getByRole('region', { name: 'Inviter un membre' }).getByLabel('Adresse e-mail', { exact: true }).fill(invitee);
    await admin.getByLabel('Nom de la personne', { exact: true }).fill('Nouvelle Éditrice');
    await admin.getByRole('checkbox', { name: 'Édition' }).check();
    await admin.getByRole('button', { name: 'Inviter un membre' }).click();
    await admin.getByRole('status').filter({ hasText: `Invitation envoyée à ${invitee}.` }).waitFor();

    const link = await mailedLink(invitee, '/pro/invitation');

    const page = await newPage(PHONE);
    await page.goto(`${product.url}${link}`);
    await page.getByRole('heading', { level: 1, name: 'Choisir ton mot de passe' }).waitFor();
    await expectNoAxeViolation(page, 'invitation');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
    await page.getByLabel('Répète le mot de passe', { exact: true }).fill('court');
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await expect.poll(() => page.getByLabel('Nouveau mot de passe', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/au moins 12 caractères/).first().waitFor();
    const password = 'une phrase assez longue pour Balise';
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
    await page.getByLabel('Répète le mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour Nouvelle Éditrice' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/pro');
  });

  it('an ORG_ADMIN edits the organisation’s phone and adds a venue; axe is clean', async () => {
    const page = await newPage();
    await signIn(page, ORG_ADMIN);
    await page.getByRole('link', { name: /^Modifier le profil/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Profil — / }).waitFor();
    await expectNoAxeViolation(page, 'organisation profile');
    const venueName = `Antenne ${Date.now().toString(36)}`;
    // An API refusal lands on its field (extensions.field), which gets the focus.
    await page.getByLabel('Téléphone', { exact: true }).fill('pas un numéro');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.getByLabel('Téléphone', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('org-phone');
    await page.getByLabel('Téléphone', { exact: true }).fill('05 58 12 34 56');
    await page.getByRole('button', { name: 'Ajouter un lieu' }).click();
    const last = page.locator('fieldset.pro__venue').last();
    await last.getByLabel('Nom du lieu', { exact: true }).fill(venueName);
    await last.getByLabel('Adresse', { exact: true }).fill('12 rue des Carmes');
    await last.getByLabel('Chercher la commune du lieu').fill('dax');
    await last.getByRole('button', { name: /^Choisir Dax \(/ }).click();
    await expect.poll(() => last.getByLabel('Commune (code INSEE)', { exact: true }).inputValue()).toBe(DAX);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();
    await page.getByRole('group', { name: new RegExp(`^Lieu \\d+ — ${venueName}$`) }).waitFor();
    await expectNoAxeViolation(page, 'organisation profile (saved)');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Profil — / }).waitFor();
    expect(await page.getByLabel('Téléphone', { exact: true }).inputValue()).toMatch(/05 ?58 ?12 ?34 ?56|\+33 ?5 ?58 ?12 ?34 ?56/);
    await page.getByRole('group', { name: new RegExp(`^Lieu \\d+ — ${venueName}$`) }).waitFor();
  });

  it('a password-reset request shows the same neutral confirmation', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${product.url}/pro`);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await expectNoAxeViolation(page, 'forgotten password');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('personne@inconnu.balise.test');
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    const neutral = 'Si un compte existe avec cette adresse';
    await page.getByRole('status').filter({ hasText: neutral }).waitFor();

    const other = await newPage(PHONE);
    await other.goto(`${product.url}/pro/mot-de-passe-oublie`);
    await other.getByLabel('Adresse e-mail', { exact: true }).fill(EDITOR);
    await other.getByRole('button', { name: 'Envoyer le lien' }).click();
    await other.getByRole('status').filter({ hasText: neutral }).waitFor();
    expect(await other.locator('main').innerText()).toBe(await page.locator('main').innerText());

    // The invited editor resets their password from the emailed link, then signs in with it.
    expect(invitee).not.toBe('');
    const reset = await newPage(PHONE);
    await reset.goto(`${product.url}/pro/mot-de-passe-oublie`);
    await reset.getByLabel('Adresse e-mail', { exact: true }).fill(invitee);
    await reset.getByRole('button', { name: 'Envoyer le lien' }).click();
    await reset.getByRole('status').filter({ hasText: neutral }).waitFor();
    await reset.goto(`${product.url}${await mailedLink(invitee, '/pro/mot-de-passe')}`);
    await reset.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await expectNoAxeViolation(reset, 'new password');
    const password = 'encore une phrase longue pour Balise';
    await reset.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
    await reset.getByLabel('Répète le mot de passe', { exact: true }).fill(`${password}!`);
    await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect.poll(() => reset.getByLabel('Répète le mot de passe', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await reset.getByLabel('Répète le mot de passe', { exact: true }).fill(password);
    await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await reset.getByRole('status').filter({ hasText: 'Ton mot de passe est changé.' }).waitFor();
    await reset.getByRole('link', { name: 'Retour à la connexion' }).click();
    await reset.getByLabel('Adresse e-mail', { exact: true }).fill(invitee);
    await reset.getByLabel('Mot de passe', { exact: true }).fill(password);
    await reset.getByRole('button', { name: 'Se connecter' }).click();
    await reset.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  });
  it('a coordinator validates a pending organisation from the dashboard', async () => {
    const signInResponse = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: COORDINATOR, p: PASSWORD } }),
    });
    const cookie = (signInResponse.headers.get('set-cookie') ?? '').split(';')[0]!;
    const name = `Association Test ${Date.now().toString(36)}`;
    const created = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: 'mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { id status } }',
        variables: {
          input: {
            name,
            kind: 'ASSOCIATION',
            email: 'contact@asso-test.balise.test',
            phone: '05 58 00 11 22',
            description: 'Une association de test.',
            defaultResponseDelayDays: 3,
            coverage: { communes: [DAX], departements: [], epcis: [], national: false },
            venues: [{ name: 'Local', address: '1 place de la Mairie', communeCode: DAX }],
          },
        },
      }),
    });
    const body = (await created.json()) as { data?: { createOrganisation: { status: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.createOrganisation.status).toBe('PENDING');

    const page = await newPage();
    await signIn(page, COORDINATOR);
    await page.getByRole('heading', { level: 2, name: 'Organisations à valider' }).waitFor();
    await page.getByRole('button', { name: `Valider — ${name}` }).click();
    await page.getByRole('status').filter({ hasText: `${name} est validée.` }).waitFor();
    expect(await page.getByRole('button', { name: `Valider — ${name}` }).count()).toBe(0);
    await expectNoAxeViolation(page, 'dashboard (coordinator)');
  });

  it('a coordinator adds an organisation of the Landes from the dashboard; it waits for validation', async () => {
    const page = await newPage();
    await signIn(page, COORDINATOR);
    const form = page.getByRole('form', { name: 'Ajouter une organisation' });
    const name = `Point Jeunes Test ${Date.now().toString(36)}`;
    await form.getByLabel('Nom', { exact: true }).fill(name);
    await form.getByLabel('Type de structure').selectOption('INFO_JEUNES');
    await form.getByLabel('Adresse de contact publique').fill('contact@pj-test.balise.test');
    await form.getByLabel('Téléphone public').fill('pas un numéro');
    await form.getByLabel('Départements couverts').fill('40');
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-org-phone');
    await form.getByLabel('Téléphone public').fill('05 58 00 22 33');
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await page.getByRole('status').filter({ hasText: `${name} est créée.` }).waitFor();
    await expectNoAxeViolation(page, 'dashboard with the new organisation form');
    await page.getByRole('link', { name: 'Compléter son profil et inviter ses membres' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.goto(`${product.url}/pro`);
    await page.getByRole('link', { name }).first().waitFor();
  });
});
