// Prints the JavaScript a youth downloads before a route shows (gzip): the entry and its static
// imports (home, results and offer ship in it), plus each other youth route's chunk and its static imports.
// Budget: 170 KB gzip for every youth route's initial JS.
// Usage (after `vite build`): node scripts/initial-js-size.mjs
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../dist');
const assets = path.join(dist, 'assets');
const BUDGET_KB = 170;

function staticImports(file) {
  const code = readFileSync(path.join(assets, file), 'utf8');
  const found = new Set();
  for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) found.add(match[1]);
  return [...found];
}

function closure(start) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

const gz = (file) => gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const entrySet = closure(entry);
const entryBytes = [...entrySet].reduce((sum, file) => sum + gz(file), 0);
let failed = entryBytes > BUDGET_KB * 1024;
console.log(`entry: home, results, offer (${[...entrySet].join(', ')}): ${kb(entryBytes)} gzip (budget ${BUDGET_KB} KB${failed ? ', OVER' : ''})`);

const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
for (const page of ['AccessibilityPage', 'ContactRequestPage', 'MyStepsPage', 'NotFoundPage', 'OfferActionPage', 'TrackingPage', 'BookingFormPage', 'BookingPage', 'SessionPicker']) {
  const chunk = files.find((f) => f.startsWith(`${page}-`));
  if (!chunk) continue;
  const extra = [...closure([chunk])].filter((f) => !entrySet.has(f));
  const bytes = extra.reduce((sum, file) => sum + gz(file), 0);
  const total = entryBytes + bytes;
  const over = total > BUDGET_KB * 1024;
  failed ||= over;
  console.log(`${page}: +${kb(bytes)} → ${kb(total)} gzip${over ? ', OVER' : ''}`);
}
const pro = files.filter((f) => /ProPage/.test(f));
console.log(`pro chunks (lazy, not precached): ${pro.join(', ') || readdirSync(path.join(assets, 'pro')).join(', ')}`);
process.exit(failed ? 1 : 0);
