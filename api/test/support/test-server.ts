import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSetCookie } from 'cookie';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import type { Clock } from '../../src/shared/clock.js';
import { afterAll, beforeAll } from 'vitest';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './databases.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; retryAfterSeconds?: number } }[];
}

export interface TestServer extends RunningServer {
  /** An anonymous request (no cookies kept). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** A client that keeps cookies between its requests, like a browser. */
  client(): TestClient;
}

/** A browser-like GraphQL client: keeps the cookies the server sets (and drops those it deletes). */
export interface TestClient {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The raw Set-Cookie headers of the last response. */
  lastSetCookies: string[];
  cookies: Map<string, string>;
}

function cookieClient(url: string): TestClient {
  const client: TestClient = {
    lastSetCookies: [],
    cookies: new Map(),
    async gql(query, variables) {
      const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      client.lastSetCookies = response.headers.getSetCookie();
      for (const header of client.lastSetCookies) {
        const set = parseSetCookie(header);
        if (set.maxAge === 0 || !set.value) client.cookies.delete(set.name);
        else client.cookies.set(set.name, set.value);
      }
      return (await response.json()) as GraphQLResponse<any>;
    },
  };
  return client;
}

export const FIXED_NOW = new Date('2026-11-23T09:00:00Z');

export async function startTestServer(
  database: TestDatabase,
  options: { demo?: boolean; clock?: Clock; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const webDist = path.join(database.dataDir, 'web');
  await mkdir(webDist, { recursive: true });
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Balise</title><p>Balise test</p>');
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    DEMO_CATALOGUE: options.demo === false ? 'false' : 'true',
    LOG_LEVEL: 'silent',
    WEB_DIST: webDist,
    ...options.env,
  });
  const server = await startServer(config, createLogger('silent'), options.clock ?? (() => FIXED_NOW));
  await server.ready;
  return {
    ...server,
    async gql(query, variables) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    client: () => cookieClient(server.url),
  };
}

/** Registers beforeAll/afterAll that start a server on a fresh database; read `.server` inside tests. */
export function useTestServer(kind: DatabaseKind, options: Parameters<typeof startTestServer>[1] = {}) {
  const handle = {} as { server: TestServer; database: TestDatabase };
  beforeAll(async () => {
    handle.database = await freshDatabase(kind);
    handle.server = await startTestServer(handle.database, options);
  });
  afterAll(async () => {
    await handle.server?.stop();
    await handle.database?.drop();
  });
  return handle;
}
