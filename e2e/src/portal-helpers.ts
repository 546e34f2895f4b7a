import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What the partner-portal e2e tests share: the demo accounts' password, GraphQL calls with or without
 * a session, signing in on the page, axe at WCAG 2.1 AA and the reflow check. (The older test files
 * still hold their own copies.)
 */
export const DEMO_PASSWORD = 'balise-demo';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphqlAt<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<GraphQLBody<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** Signs a demo account in through the API; the session cookie to send along. */
export async function sessionCookie(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: DEMO_PASSWORD } }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Fills the portal's sign-in form shown on the current page. */
export async function signInHere(page: Page, email: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Connexion à l’espace partenaires' }).waitFor();
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 10_000 });
}

export async function expectNoAxeViolation(page: Page, name: string): Promise<void> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(passes.length).toBeGreaterThan(5);
  const report = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`);
  if (report.length) console.error(`axe violations on ${name}:\n${report.join('\n')}`);
  expect(report).toEqual([]);
}

/** How far the page scrolls sideways (0 or less: it reflows). */
export const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
