import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

describe('graceful shutdown', () => {
  const context = useTestServer('pglite', { demo: false });

  it('finishes a request already under way, refuses new connections, then stops', async () => {
    const { server } = context;
    const body = JSON.stringify({ query: 'query Themes { themes { code label } }' });
    const { port } = new URL(server.url);
    // A request whose body is still arriving when the stop begins: it is in flight.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const inFlight = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      inFlight.on('error', reject);
      inFlight.write(body.slice(0, 10));
      setTimeout(() => {
        stopped = server.stop();
        setTimeout(() => inFlight.end(body.slice(10)), 300);
      }, 200);
    });
    let stopped: Promise<void> | undefined;
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.themes).toHaveLength(9);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await stopped;
  });
});
