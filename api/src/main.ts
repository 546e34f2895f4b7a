import { loadConfig, ConfigError } from './config.js';
import { createLogger } from './logging/logger.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  server.ready.catch((error: unknown) => {
    logger.fatal({ err: error }, 'balise: start-up failed');
    process.exit(1);
  });

  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'balise: shutting down');
    const timer = setTimeout(() => {
      logger.error('balise: shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    server.stop().then(
      () => {
        logger.info('balise: stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'balise: error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

await main();
