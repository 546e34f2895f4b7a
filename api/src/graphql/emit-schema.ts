/**
 * Writes schema/schema.graphql from the code (sorted), or with --check fails when the
 * committed file differs from what the code generates.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

const target = path.resolve(import.meta.dirname, '../../../schema/schema.graphql');

export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}

async function main(check: boolean): Promise<number> {
  const generated = await printAppSchema();
  if (!check) {
    await writeFile(target, generated);
    console.log(`schéma écrit : ${target}`);
    return 0;
  }
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error('schema/schema.graphql ne correspond plus au code : lancez `pnpm --filter @balise/api schema:emit` et committez le fichier.');
    return 1;
  }
  console.log('schema.graphql à jour');
  return 0;
}

process.exitCode = await main(process.argv.includes('--check'));
