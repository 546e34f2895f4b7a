/**
 * Migration tooling for developers and CI.
 *   tsx src/db/cli.ts create   — writes a migration for the difference between entities and migrations
 *   tsx src/db/cli.ts check    — exits 1 when the entities need a migration that is not committed
 * Both work on a throw-away in-memory PGlite with the committed migrations applied.
 */
import { migrate, openDatabase } from './orm.js';

async function main(command: string | undefined): Promise<number> {
  const orm = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(orm);
    if (command === 'create') {
      const result = await orm.migrator.create();
      console.log(result.fileName ? `migration écrite : ${result.fileName}` : 'aucune différence, aucune migration écrite');
      return 0;
    }
    if (command === 'check') {
      const needed = await orm.migrator.checkSchema();
      if (needed) {
        console.error('Les entités ont changé sans migration : lancez `pnpm --filter @balise/api migration:create` et committez le fichier.');
        return 1;
      }
      console.log('migrations à jour');
      return 0;
    }
    console.error('usage: cli.ts create|check');
    return 2;
  } finally {
    await orm.close(true);
  }
}

process.exitCode = await main(process.argv[2]);
