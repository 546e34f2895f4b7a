import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');

export interface RunningProduct {
  url: string;
  logs: string[];
  /** Stops the product, then fails if its logs hold an email, a mobile number or a token. */
  stop(): Promise<void>;
}

/**
 * What must never reach a log, whatever the journey typed: emails, French mobile numbers (as
 * typed or E.164) and 256-bit capability tokens (43 base64url characters). The sender address
 * of Balise's own emails is not personal data.
 */
const PERSONAL_DATA = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /(?:\+33|\b0)[\s.]?[67](?:[\s.-]?\d{2}){4}\b/g,
  /(?<![\w-])[A-Za-z0-9_-]{43}(?![\w-])/g,
];
const NOT_PERSONAL = /^ne-pas-repondre@/;

export function personalDataIn(logs: readonly string[]): string[] {
  const text = logs.join('\n');
  return PERSONAL_DATA.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0])).filter((value) => !NOT_PERSONAL.test(value));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** `pnpm start` on a fresh DATA_DIR, as a newcomer runs it; resolves once /readyz is green. */
export async function startProduct(timeoutMs = 180_000, extraEnv: Record<string, string> = {}): Promise<RunningProduct> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'balise-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn('pnpm', ['start'], {
    cwd: repositoryRoot,
    // As a newcomer runs it: no NODE_ENV (the test runner's `test` must not leak into the product).
    // info: every request is logged, so that the check in stop() covers them all.
    env: { ...withoutNodeEnv(process.env), PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const logs: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
    const leaked = personalDataIn(logs);
    if (leaked.length) throw new Error(`personal data in the product's logs: ${[...new Set(leaked)].join(', ')}`);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return { url, logs, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`pnpm start did not become ready:\n${logs.join('')}`);
}

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _ignored, ...rest } = env;
  return rest;
}
