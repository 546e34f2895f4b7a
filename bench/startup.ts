/**
 * Start-up bench: time from `pnpm start` to a green /readyz on a first start (fresh DATA_DIR,
 * migrations + demo catalogue) and on a restart (same DATA_DIR), and the API process's RSS
 * once ready. Prints one line per run and a summary. Usage: pnpm --filter @balise/bench startup [runs]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../e2e/src/product.js';

const root = path.resolve(import.meta.dirname, '..');


/** Descendants of `pid` (pnpm → sh → node), found through /proc. */
async function descendants(pid: number): Promise<number[]> {
  const all = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry)).map(Number);
  const parents = new Map<number, number>();
  for (const candidate of all) {
    const stat = await readFile(`/proc/${candidate}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(candidate, ppid);
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid !== parent) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/** RSS of the API process: the largest process running main.ts under pnpm (tsx runs it in a child). */
async function apiRssMb(pnpmPid: number): Promise<number> {
  let largestKb = 0;
  for (const pid of await descendants(pnpmPid)) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.includes('src/main.ts')) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    largestKb = Math.max(largestKb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
  }
  return largestKb ? largestKb / 1024 : Number.NaN;
}

async function run(dataDir: string): Promise<{ seconds: number; rssMb: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    while (!(await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null) throw new Error('pnpm start exited before being ready');
      if (performance.now() - started > 300_000) throw new Error('not ready after 300 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, rssMb: await apiRssMb(child.pid!) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

const runs = Number(process.argv[2] ?? 3);
const first: number[] = [];
const restart: number[] = [];
const rss: number[] = [];
for (let index = 0; index < runs; index += 1) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'balise-bench-'));
  try {
    const cold = await run(dataDir);
    const warm = await run(dataDir);
    first.push(cold.seconds);
    restart.push(warm.seconds);
    rss.push(cold.rssMb, warm.rssMb);
    console.log(`run ${index + 1}: first start ${cold.seconds.toFixed(2)} s (RSS ${cold.rssMb.toFixed(0)} MB), restart ${warm.seconds.toFixed(2)} s (RSS ${warm.rssMb.toFixed(0)} MB)`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`median over ${runs} runs: first start ${median(first).toFixed(2)} s, restart ${median(restart).toFixed(2)} s, RSS after start ${median(rss).toFixed(0)} MB`);
