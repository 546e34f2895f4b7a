import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

describe('HTTP surface', () => {
  const context = useTestServer('pglite', { demo: false });

  it('serves the web app, with deep links falling back to index.html', async () => {
    for (const url of ['/', '/offres/123']) {
      const response = await fetch(`${context.server.url}${url}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Balise test');
    }
  });

  it('answers a missing asset with 404, not the app', async () => {
    const response = await fetch(`${context.server.url}/assets/index-old.js`);
    expect(response.status).toBe(404);
  });

  it('gives each response a request id, reusing a well-formed incoming one', async () => {
    const fresh = await fetch(`${context.server.url}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    const reused = await fetch(`${context.server.url}/healthz`, { headers: { 'x-request-id': 'trace-1234abcd' } });
    expect(reused.headers.get('x-request-id')).toBe('trace-1234abcd');
  });

  it('answers a syntax error with a coded error, never a stack trace', async () => {
    const response = await context.server.gql('{ offers(first: ');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  // Last on purpose: it closes the database under the running context.server.
  it('reports not ready once the database is gone', async () => {
    expect((await fetch(`${context.server.url}/readyz`)).status).toBe(200);
    // Stop the outbox worker first: its next poll would open a new connection.
    await context.server.outbox.stop();
    await context.server.orm.close(true);
    const response = await fetch(`${context.server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, checks: { database: false } });
  });
});
