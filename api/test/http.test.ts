import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('HTTP surface', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    server = await startTestServer(database, { demo: false });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('serves the web app, with deep links falling back to index.html', async () => {
    for (const url of ['/', '/offres/123']) {
      const response = await fetch(`${server.url}${url}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Balise test');
    }
  });

  it('gives each response a request id, reusing a well-formed incoming one', async () => {
    const fresh = await fetch(`${server.url}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    const reused = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'trace-1234abcd' } });
    expect(reused.headers.get('x-request-id')).toBe('trace-1234abcd');
  });

  it('answers a syntax error with a coded error, never a stack trace', async () => {
    const response = await server.gql('{ offers(first: ');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  // Last on purpose: it closes the database under the running server.
  it('reports not ready once the database is gone', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await server.orm.close(true);
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, checks: { database: false } });
  });
});
