// Fails when the committed src/gql/ differs from what codegen generates now (schema or documents changed
// without `pnpm --filter @balise/web codegen`). Run from web/ (the `codegen:check` script does).
import { generate } from '@graphql-codegen/cli';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import config from '../codegen.ts';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const outputs = await generate({ ...config, silent: true }, false);
const problems = [];
const expected = new Set();
for (const { filename, content } of outputs) {
  const file = path.resolve(root, filename);
  expected.add(file);
  if (!existsSync(file)) problems.push(`missing: ${path.relative(root, file)}`);
  else if (readFileSync(file, 'utf8') !== content) problems.push(`differs: ${path.relative(root, file)}`);
}
for (const name of readdirSync(path.join(root, 'src/gql'))) {
  const file = path.join(root, 'src/gql', name);
  if (!expected.has(file)) problems.push(`not generated any more: ${path.relative(root, file)}`);
}
if (problems.length) {
  console.error(`web: generated GraphQL client is out of date — run \`pnpm --filter @balise/web codegen\` and commit src/gql/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`web: generated GraphQL client up to date (${outputs.length} files)`);
