/**
 * Lighthouse bench: the built app served by `pnpm start` (fresh DATA_DIR, free port), audited by
 * Lighthouse with Debian's Chromium, mobile emulation and simulated throttling (Lighthouse's
 * defaults), on the youth's three main routes: home, results, offer.
 *
 * Prints per page (median of the runs): performance, accessibility and best-practices scores, LCP,
 * TBT, CLS and the JavaScript the page loaded (bytes on the wire, and gzip), then the output of
 * web/scripts/initial-js-size.mjs, then the budgets met or missed and the audits that cost points.
 * JSON reports go to bench/.bench/lighthouse/ (gitignored).
 *
 * Usage: pnpm --filter @balise/bench lighthouse [runs per page, default 3]
 * Budgets (issue): performance ≥ 90, accessibility 100, best practices ≥ 95, LCP ≤ 2.5 s,
 * initial JS of a youth route ≤ 170 KB gzip.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse, { type Result } from 'lighthouse';
import { freePort, repositoryRoot, startProduct } from '../e2e/src/product.js';

const RUNS = Math.max(1, Number(process.argv[2] ?? 3) || 3);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const REPORTS = path.join(repositoryRoot, 'bench/.bench/lighthouse');
const BUDGET = { performance: 90, accessibility: 100, 'best-practices': 95, lcpMs: 2500, initialJsKb: 170 };

interface Figures {
  performance: number;
  accessibility: number;
  'best-practices': number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsTransferKb: number;
  jsGzipKb: number;
  jsFiles: number;
}

async function firstOfferId(base: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ searchOffers(input: { communeCode: "40088", themes: [HOUSING], sort: DISTANCE, first: 1 }) { hits { offer { id } } } }' }),
  });
  const body = (await response.json()) as { data?: { searchOffers: { hits: Array<{ offer: { id: string } }> } } };
  const id = body.data?.searchOffers.hits[0]?.offer.id;
  if (!id) throw new Error(`no offer found: ${JSON.stringify(body)}`);
  return id;
}

/** Debian's Chromium with a DevTools port for Lighthouse; resolves once the port answers. */
async function launchChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(tmpdir(), 'balise-lh-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false)) return { port, close };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await close();
  throw new Error('Chromium did not open its DevTools port');
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
  sessionTargetType?: string;
  statusCode?: number;
}

/** JavaScript the page itself loaded (not the service worker's precaching): wire bytes and gzip -9. */
async function pageScripts(lhr: Result): Promise<{ transfer: number; gzip: number; files: number }> {
  const details = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined;
  const scripts = (details?.items ?? []).filter((item) => item.resourceType === 'Script' && (item.sessionTargetType ?? 'page') === 'page' && item.statusCode === 200);
  let gzip = 0;
  for (const script of scripts) gzip += gzipSync(Buffer.from(await (await fetch(script.url)).arrayBuffer()), { level: 9 }).length;
  return { transfer: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0), gzip, files: scripts.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The audits that cost points in a category (weighted ones under 1), plus performance insights that fail. */
function lostPoints(lhr: Result): string[] {
  const lines: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (ref.weight === 0 && !(id === 'performance' && ref.group && /insights|diagnostics/.test(ref.group) && audit.score < 0.9)) continue;
      const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
      lines.push(`    [${id}${ref.weight ? `, weight ${ref.weight}` : ''}] ${ref.id}: ${audit.title}${value} (score ${audit.score})`);
      const items = (audit.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
      for (const item of items.slice(0, 4)) {
        const node = item['node'] as { snippet?: string; selector?: string } | undefined;
        const what = node?.snippet ?? (item['url'] as string | undefined) ?? (item['source'] as { url?: string } | undefined)?.url ?? (item['description'] as string | undefined);
        if (what) lines.push(`        ${String(what).slice(0, 160)}`);
      }
    }
  }
  return lines;
}

const kb = (bytes: number) => bytes / 1024;

async function main(): Promise<void> {
  await mkdir(REPORTS, { recursive: true });
  console.log('starting the product (pnpm start, fresh DATA_DIR)…');
  const product = await startProduct();
  const chromium = await launchChromium();
  const results: Array<{ name: string; url: string; figures: Figures; lost: string[] }> = [];
  try {
    const offerId = await firstOfferId(product.url);
    const pages = [
      { name: 'home', path: '/' },
      { name: 'results', path: '/recherche?commune=40088&themes=HOUSING' },
      { name: 'offer', path: `/offres/${offerId}` },
    ];
    // Warm-up (not measured): the server's first answers, lazily compiled code.
    await lighthouse(`${product.url}/`, { port: chromium.port, logLevel: 'error', onlyCategories: ['performance'] });

    for (const page of pages) {
      const url = `${product.url}${page.path}`;
      const runs: Array<{ figures: Figures; lhr: Result }> = [];
      for (let run = 1; run <= RUNS; run++) {
        const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        await writeFile(path.join(REPORTS, `${page.name}-${run}.json`), JSON.stringify(lhr));
        const js = await pageScripts(lhr);
        const figures: Figures = {
          performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
          'best-practices': Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
          jsTransferKb: kb(js.transfer),
          jsGzipKb: kb(js.gzip),
          jsFiles: js.files,
        };
        console.log(`  ${page.name} run ${run}: perf ${figures.performance}, a11y ${figures.accessibility}, bp ${figures['best-practices']}, LCP ${(figures.lcpMs / 1000).toFixed(2)} s, TBT ${Math.round(figures.tbtMs)} ms, CLS ${figures.cls.toFixed(3)}, JS ${figures.jsTransferKb.toFixed(1)} KB on the wire / ${figures.jsGzipKb.toFixed(1)} KB gzip (${figures.jsFiles} files)`);
        runs.push({ figures, lhr });
      }
      const keys = Object.keys(runs[0]!.figures) as Array<keyof Figures>;
      const figures = Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r.figures[key]))])) as unknown as Figures;
      // Audits of the run whose performance score is the median one.
      const byScore = [...runs].sort((a, b) => a.figures.performance - b.figures.performance);
      const typical = byScore[Math.floor(byScore.length / 2)]!;
      results.push({ name: page.name, url: page.path, figures, lost: lostPoints(typical.lhr) });
    }
  } finally {
    await chromium.close();
    await product.stop();
  }

  const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`\nLighthouse 13 (mobile emulation, simulated throttling), ${chromiumVersion}, median of ${RUNS} run(s) per page:\n`);
  console.log('| page | performance | accessibility | best practices | LCP | TBT | CLS | JS loaded (wire) | JS loaded (gzip) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { name, url, figures: f } of results) {
    console.log(`| ${name} \`${url.replace(/\/offres\/.*/, '/offres/:id')}\` | ${f.performance} | ${f.accessibility} | ${f['best-practices']} | ${(f.lcpMs / 1000).toFixed(2)} s | ${Math.round(f.tbtMs)} ms | ${f.cls.toFixed(3)} | ${f.jsTransferKb.toFixed(1)} KB | ${f.jsGzipKb.toFixed(1)} KB |`);
  }

  console.log('\nnode web/scripts/initial-js-size.mjs:');
  let sizeOutput: string;
  let sizeOk = true;
  try {
    sizeOutput = execFileSync(process.execPath, [path.join(repositoryRoot, 'web/scripts/initial-js-size.mjs')], { encoding: 'utf8' });
  } catch (error) {
    sizeOk = false;
    sizeOutput = String((error as { stdout?: string }).stdout ?? error);
  }
  console.log(sizeOutput.trimEnd());

  console.log('\ntargets:');
  let missed = 0;
  const check = (label: string, ok: boolean, detail: string) => {
    if (!ok) missed += 1;
    console.log(`  ${ok ? 'met   ' : 'MISSED'} ${label}: ${detail}`);
  };
  for (const { name, figures: f } of results) {
    check(`${name} performance ≥ ${BUDGET.performance}`, f.performance >= BUDGET.performance, String(f.performance));
    check(`${name} accessibility = ${BUDGET.accessibility}`, f.accessibility >= BUDGET.accessibility, String(f.accessibility));
    check(`${name} best practices ≥ ${BUDGET['best-practices']}`, f['best-practices'] >= BUDGET['best-practices'], String(f['best-practices']));
    check(`${name} LCP ≤ ${BUDGET.lcpMs / 1000} s`, f.lcpMs <= BUDGET.lcpMs, `${(f.lcpMs / 1000).toFixed(2)} s`);
    check(`${name} JS loaded ≤ ${BUDGET.initialJsKb} KB gzip`, f.jsGzipKb <= BUDGET.initialJsKb, `${f.jsGzipKb.toFixed(1)} KB gzip (${f.jsTransferKb.toFixed(1)} KB on the wire)`);
  }
  check('initial-js-size.mjs (every youth route ≤ 170 KB gzip)', sizeOk, sizeOk ? 'exit 0' : 'exit 1');

  const withLosses = results.filter((r) => r.lost.length);
  if (withLosses.length) {
    console.log('\naudits that cost points (median run):');
    for (const { name, lost } of withLosses) console.log(`  ${name}:\n${lost.join('\n')}`);
  }
  console.log(`\n${missed ? `${missed} target(s) missed` : 'all targets met'}; reports in ${path.relative(process.cwd(), REPORTS) || REPORTS}`);
  process.exitCode = missed ? 1 : 0;
}

await main();
