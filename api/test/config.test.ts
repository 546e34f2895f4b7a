import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('runs on embedded defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, env: 'development', databaseUrl: undefined, loadDemoCatalogue: true });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('honours PORT, DATA_DIR and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/tmp/balise', DATABASE_URL: 'postgresql://u@db/balise' });
    expect(config).toMatchObject({ port: 8080, dataDir: '/tmp/balise', databaseUrl: 'postgresql://u@db/balise' });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 4000 });
  });

  it('explains every invalid setting at once', () => {
    expect(() => loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL: doit commencer par postgres/);
      expect(message).toMatch(/LOG_LEVEL/);
    }
  });

  it('never loads the demo catalogue in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).loadDemoCatalogue).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_CATALOGUE: 'true' })).toThrowError(/refusé en production/);
  });
});
