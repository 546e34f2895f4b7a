// Builds web/dist when it is missing or older than any source file, so `pnpm start` never serves a stale app.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist/index.html');
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'codegen.ts', 'package.json', '../schema/schema.graphql'].map((entry) => path.join(root, entry));

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((child) => newestMtime(path.join(entry, child))));
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
if (builtAt >= Math.max(...sources.map(newestMtime))) {
  console.log('web: build up to date');
} else {
  console.log('web: building the app…');
  // Always a production build, whatever NODE_ENV the caller has (a test runner sets `test`).
  execSync('pnpm run build', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
