/**
 * What the API benches share: a bench database dropped and recreated on the PostgreSQL server
 * of BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), and the API
 * as a child process on it, with the demo catalogue and the rate limits off.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../e2e/src/product.js';

const SERVER_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const apiDir = path.resolve(import.meta.dirname, '../api');

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recreateDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
}

export async function startApi(database: string, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(database),
    DEMO_CATALOGUE: 'true',
    RATE_LIMIT_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  delete env['SMTP_URL'];
  delete env['MEILI_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (!(await fetch(`${url}/readyz`).then((response) => response.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    if (Date.now() - started > 240_000) throw new Error('API not ready after 240 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, url };
}

/** SIGTERM (the API drains), then SIGKILL if it is still there after 15 s. */
export async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** One connection for `work`, closed whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
