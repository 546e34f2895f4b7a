import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST } from '../src/graphql/persisted-documents.js';
import { useTestServer } from './support/test-server.js';

const manifest = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;
// The portal's documents are string constants in the web app; imported by a computed path so
// that the API's type-check does not compile the web app's React files.
const portalModules = ['api.ts', 'booking-api.ts'].map((file) => new URL(`../../web/src/features/pro/${file}`, import.meta.url).href);
const proDocuments = (await import(portalModules[0]!)) as Record<string, unknown>;
const portalDocuments = (await Promise.all(portalModules.map((file) => import(file) as Promise<Record<string, unknown>>)))
  .flatMap((module) => Object.values(module))
  .filter((value): value is string => typeof value === 'string' && /^\s*(query|mutation)\s/.test(value));

async function post(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  let json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, codes: json?.errors?.map((error) => error.extensions?.['code']) ?? [] };
}

const query = (text: string) => JSON.stringify({ query: text });
/** What a limit answers; anything else (a missing variable, not signed in) comes after validation passed. */
const SHAPE_REFUSALS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR']);

describe('the limits let every document of the PWA and the portal through', () => {
  const context = useTestServer('pglite', { demo: false });

  it('parses and validates each one with the armor rules (nothing is refused for its shape)', async () => {
    const documents = [...Object.values(manifest), ...portalDocuments].filter((text) => !text.startsWith('mutation ProSignOut'));
    expect(Object.keys(manifest).length).toBeGreaterThan(15);
    expect(portalDocuments.length).toBeGreaterThan(40);
    for (const text of documents) {
      // Without variables nothing runs: the request stops at variable coercion, after validation.
      const answer = await post(context.server.url, query(text));
      const refusals = (answer.json?.errors ?? []).filter((error) => SHAPE_REFUSALS.has(String(error.extensions?.['code'])));
      expect(refusals.map((error) => `${error.message} in ${text.slice(0, 60)}`)).toEqual([]);
    }
  });
});

describe('abusive documents are refused with a code (development settings)', () => {
  const context = useTestServer('pglite', { demo: false });

  it('refuses deep nesting', async () => {
    const deep = `{ offers { ${'edges { node { '.repeat(15)}id${' } }'.repeat(15)} } }`;
    const answer = await post(context.server.url, query(deep));
    expect(answer.status).toBe(400);
    expect(answer.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).toMatch(/depth limit/i);
  });

  it('refuses 200 aliases', async () => {
    const aliases = Array.from({ length: 200 }, (_, index) => `a${index}: themes { code }`).join(' ');
    const answer = await post(context.server.url, query(`{ ${aliases} }`));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/aliases limit/i);
  });

  it('refuses fragment cycles, and keeps answering afterwards', async () => {
    const cycle = 'query Q { ...A } fragment A on Query { themes { code } ...B } fragment B on Query { ...A }';
    const answer = await post(context.server.url, query(cycle));
    expect(answer.status).toBe(400);
    expect(answer.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(answer.json?.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    const after = await post(context.server.url, query('{ themes { code } }'));
    expect(after.status).toBe(200);
  });

  it('refuses a 1 MB document before parsing it', async () => {
    const big = `{ themes { code } } # ${'x'.repeat(1024 * 1024)}`;
    const answer = await post(context.server.url, query(big));
    expect(answer.status).toBe(413);
    expect(answer.codes).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('refuses a document made of too many tokens', async () => {
    const answer = await post(context.server.url, query(`{ themes { ${'code '.repeat(3000)}} }`));
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.text).toMatch(/2000 tokens/);
  });

  it('refuses a document too costly to answer, though within the depth and alias limits', async () => {
    const venue = 'id name address commune { code name } point { lat lng }';
    const offer = `id title summary description organisation { id name kind phone email website venues { ${venue} } } venues { ${venue} } eligibility { ageMin ageMax situations conditions }`;
    const aliases = Array.from({ length: 9 }, (_, index) => `o${index}: offers(first: 100) { totalCount edges { node { ${offer} } } }`).join(' ');
    const answer = await post(context.server.url, query(`{ ${aliases} }`));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/Cost limit of 15000 exceeded/);
  });

  it('refuses a pile of directives', async () => {
    const answer = await post(context.server.url, query(`{ themes ${'@include(if: true) '.repeat(50)}{ code } }`));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/directives limit/i);
  });

  it('refuses a batch array', async () => {
    const answer = await post(context.server.url, JSON.stringify([{ query: '{ themes { code } }' }, { query: '{ themes { code } }' }]));
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['BAD_REQUEST']);
    expect(answer.json?.errors?.[0]?.message).toBe('Une seule opération GraphQL par requête.');
    expect(answer.text).not.toContain('"themes"');
  });

  it('refuses a simple non-JSON POST (the kind a foreign page can send without asking)', async () => {
    const form = await post(context.server.url, query('{ themes { code } }'), { 'content-type': 'text/plain' });
    expect(form.status).toBe(400);
    expect(form.codes).toEqual(['BAD_REQUEST']);
    expect(form.json?.errors?.[0]?.message).toMatch(/^Requête refusée \(protection contre la falsification de requête\)/);
    expect(form.text).not.toContain('"themes"');
    const urlencoded = await post(context.server.url, 'query=%7B%20themes%20%7B%20code%20%7D%20%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(urlencoded.status).toBe(400);
    expect(urlencoded.codes).toEqual(['BAD_REQUEST']);
    expect(urlencoded.text).not.toContain('"themes"');
  });

  it('answers broken JSON with a coded error, not an HTML page', async () => {
    const answer = await post(context.server.url, '{"query": ');
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['BAD_REQUEST']);
  });

  it('suggests field names outside production (a developer convenience)', async () => {
    const answer = await post(context.server.url, query('{ themse { code } }'));
    expect(answer.text).toMatch(/Did you mean/);
  });
});

const PRODUCTION_ENV = { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9', TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters' };

describe('in production', () => {
  const context = useTestServer('pglite', { demo: false, env: PRODUCTION_ENV });

  it('answers no introspection and no field suggestion', async () => {
    const introspection = await post(context.server.url, query('{ __schema { types { name } } }'));
    expect(introspection.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(context.server.url, query('{ themse { code } }'));
    expect(typo.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(typo.text).not.toMatch(/Did you mean|themes/);
  });

  it('runs only the PWA’s own documents for a signed-out caller: FORBIDDEN otherwise, before anything runs', async () => {
    const crafted = await post(context.server.url, query('query Crafted { themes { code label } }'));
    expect(crafted.status).toBe(403);
    expect(crafted.json?.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'PERSISTED_DOCUMENT_REQUIRED' });
    expect(crafted.json?.data).toBeUndefined();
  });

  it('accepts a PWA document however it is spaced, with the __typename fields Apollo Client adds', async () => {
    const [text] = Object.values(manifest).filter((document) => document.startsWith('query ContactNotice'));
    const asSent = text!.replace('{ contactNotice {', '{\n  contactNotice {\n    __typename').replace(/ \}/g, '\n}');
    const answer = await post(context.server.url, query(asSent));
    expect(answer.status).toBe(200);
    expect(answer.json?.data).toMatchObject({ contactNotice: { __typename: 'ContactNotice' } });
  });

  it('accepts a PWA document sent as its hash alone', async () => {
    const [hash] = Object.entries(manifest).find(([, document]) => document.startsWith('query ContactNotice'))!;
    const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace('sha256:', '') } } });
    const answer = await post(context.server.url, body);
    expect(answer.status).toBe(200);
    expect(answer.json?.data).toHaveProperty('contactNotice.version');
    const unknown = await post(context.server.url, JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }));
    expect(unknown.codes).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('signed-in partners are not held to the allow-list (PERSISTED_DOCUMENTS_ONLY=true)', () => {
  const context = useTestServer('pglite', { env: { PERSISTED_DOCUMENTS_ONLY: 'true' } });

  it('lets the portal’s own queries through once signed in, and not before', async () => {
    const document = 'query Mine { me { email } }';
    expect((await context.server.gql(document)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const counsellor = context.server.client();
    // The portal's own sign-in document: it is in the manifest, a test's hand-written one is not.
    const signIn = await counsellor.gql(String(proDocuments['SIGN_IN']), { email: 'conseil@ml-landes.balise.test', password: 'balise-demo' });
    expect(signIn.errors).toBeUndefined();
    const answer = await counsellor.gql<{ me: { email: string } }>(document);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me.email).toBe('conseil@ml-landes.balise.test');
  });
});

describe('a request that takes too long (REQUEST_TIMEOUT_MS=1000)', () => {
  const context = useTestServer('pglite', { demo: false, env: { REQUEST_TIMEOUT_MS: '1000' } });

  it('is cut with 503 TIMEOUT: a slow sender cannot hold the connection', async () => {
    const { request } = await import('node:http');
    const { port } = new URL(context.server.url);
    const started = Date.now();
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const slow = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 1000 } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      slow.on('error', reject);
      slow.write('{"query": "{ themes { code } }"'); // and never the rest
    });
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
