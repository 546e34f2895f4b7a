import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../e2e/src/product.js';

/**
 * The real entry point, as `pnpm start` runs it: a child process on PGlite in a fresh
 * DATA_DIR. First start loads the demo catalogue; a restart keeps it and does not reload;
 * SIGTERM stops cleanly.
 */
const apiRoot = path.resolve(import.meta.dirname, '..');

interface Started {
  child: ChildProcess;
  logs: string[];
  port: number;
}


async function start(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
  return { child, logs, port };
}

async function waitReady(started: Started, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.logs.join('\n')}`);
    const ok = await fetch(`http://127.0.0.1:${started.port}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not ready in time:\n${started.logs.join('\n')}`);
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

describe('the API process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'balise-process-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz at once, loads the demo catalogue on first start, and stops cleanly on SIGTERM', async () => {
    const first = await start(dataDir);
    await waitReady(first);
    const health = await fetch(`http://127.0.0.1:${first.port}/healthz`);
    expect(await health.json()).toEqual({ status: 'alive' });
    const ready = await fetch(`http://127.0.0.1:${first.port}/readyz`).then((r) => r.json());
    expect(ready).toMatchObject({ ready: true, checks: { startup: true, database: true } });
    const offers = await fetch(`http://127.0.0.1:${first.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offers(first: 1) { totalCount } }' }),
    }).then((r) => r.json() as Promise<any>);
    expect(offers.data.offers.totalCount).toBeGreaterThanOrEqual(500);
    expect(first.logs.some((line) => line.includes('demo catalogue loaded'))).toBe(true);
    expect(await stop(first)).toBe(0);
    expect(first.logs.some((line) => line.includes('balise: stopped'))).toBe(true);
  });

  it('keeps the data on restart and does not load the catalogue again', async () => {
    const second = await start(dataDir);
    await waitReady(second);
    const offers = await fetch(`http://127.0.0.1:${second.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offers(first: 1) { totalCount } }' }),
    }).then((r) => r.json() as Promise<any>);
    expect(offers.data.offers.totalCount).toBeGreaterThanOrEqual(500);
    expect(second.logs.some((line) => line.includes('demo catalogue loaded'))).toBe(false);
    expect(await stop(second)).toBe(0);
  });

  it('refuses to start on an invalid setting, with a message naming it', async () => {
    const bad = await start(dataDir, { PORT: 'quatre-mille' });
    const code = await new Promise((resolve) => bad.child.once('exit', resolve));
    expect(code).toBe(78);
    expect(bad.logs.join('\n')).toMatch(/Configuration invalide[\s\S]*PORT/);
  });
});
