import { describe, expect, it } from 'vitest';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { FIXED_NOW, useTestServer } from './support/test-server.js';

const TOKEN = 'a-metrics-token-for-the-test';

async function scrape(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/metrics`, { headers });
  return { status: response.status, text: await response.text() };
}

function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${name}${labels}`) && /\s[\d.e+-]+$/.test(row));
  return line === undefined ? undefined : Number(line.split(/\s+/).pop());
}

describe('/metrics', () => {
  // Trusting loopback as a proxy makes X-Forwarded-For the client's address: a scrape "from outside".
  const context = useTestServer('postgresql', { demo: false, env: { METRICS_TOKEN: TOKEN, TRUSTED_PROXIES: 'loopback', OUTBOX_POLL_MS: '60000' } });

  it('answers the machine itself in Prometheus format, and nobody else without the token', async () => {
    const local = await scrape(context.server.url);
    expect(local.status).toBe(200);
    expect(local.text).toContain('# TYPE balise_graphql_request_duration_seconds histogram');
    const outside = await scrape(context.server.url, { 'x-forwarded-for': '203.0.113.9' });
    expect(outside.status).toBe(404);
    expect(outside.text).not.toContain('balise_');
    const wrongToken = await scrape(context.server.url, { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer not-the-token-at-all-no' });
    expect(wrongToken.status).toBe(404);
    const withToken = await scrape(context.server.url, { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${TOKEN}` });
    expect(withToken.status).toBe(200);
  });

  it('counts GraphQL requests per operation and outcome', async () => {
    for (let index = 0; index < 3; index += 1) await context.server.gql('query Themes { themes { code } }');
    await context.server.gql('query Unknown($id: ID!) { offer(id: $id) { id } }', { id: 'not-a-uuid' });
    const { text } = await scrape(context.server.url);
    expect(sample(text, 'balise_graphql_request_duration_seconds_count', '{operation="Themes",outcome="ok"}')).toBe(3);
    expect(sample(text, 'balise_graphql_request_duration_seconds_count', '{operation="Unknown",outcome="refused"}')).toBe(1);
  });

  it('reports the outbox backlog: due events, emails pending and how late the oldest is', async () => {
    const em = context.server.orm.em.fork();
    // The worker polls once a minute here: what is enqueued stays due while we scrape.
    await context.server.outbox.stop();
    const minutesAgo = (minutes: number) => new Date(FIXED_NOW.getTime() - minutes * 60_000);
    em.create(OutboxEvent, { topic: 'email.send', payload: { template: 'test' }, createdAt: minutesAgo(2) });
    em.create(OutboxEvent, { topic: 'email.send', payload: { template: 'test' }, createdAt: minutesAgo(1) });
    em.create(OutboxEvent, { topic: 'search.offer', payload: { offerId: '00000000-0000-4000-8000-000000000000' }, createdAt: minutesAgo(5) });
    // Scheduled for later: not due, so neither pending nor late.
    em.create(OutboxEvent, { topic: 'email.send', payload: { template: 'later' }, createdAt: minutesAgo(30), availableAt: new Date('2030-01-01T00:00:00Z') });
    await em.flush();
    const { text } = await scrape(context.server.url);
    expect(sample(text, 'balise_emails_pending')).toBe(2);
    expect(sample(text, 'balise_outbox_events_due')).toBe(3);
    expect(sample(text, 'balise_outbox_lag_seconds')).toBe(300);
    expect(sample(text, 'balise_search_index_lag_seconds')).toBe(300);
  });
});
