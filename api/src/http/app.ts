import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createContext, type ContextDeps, type GraphQLContext } from '../graphql/context.js';
import { contextCreationError } from '../graphql/format-error.js';
import { loggableUrl } from '../logging/loggable-url.js';
import { metricsEndpoint } from '../metrics/metrics-endpoint.js';
import type { Metrics } from '../metrics/metrics.js';
import { mailboxRouter, type MailboxDeps } from './mailbox.js';
import type { Readiness } from './readiness.js';
import { bodyErrors, corsPolicy, lastResortErrors, requestTimeout, securityHeaders } from './security.js';

export interface HttpDeps {
  apollo: ApolloServer<GraphQLContext>;
  readiness: Readiness;
  logger: Logger;
  webDist: string;
  contextDeps: () => ContextDeps | undefined;
  /** The development mailbox at /dev/mailbox; never given in production. */
  mailbox?: MailboxDeps | undefined;
  http: HttpSettings;
  metrics: Metrics;
  metricsToken: string | undefined;
}

export interface HttpSettings {
  production: boolean;
  trustedProxies: readonly string[];
  corsOrigins: readonly string[];
  requestTimeoutMs: number;
}

/** A GraphQL request is a few hundred bytes; 100 kB leaves room for the longest form and nothing more. */
export const GRAPHQL_BODY_LIMIT = '100kb';

const REQUEST_ID = /^[\w-]{8,64}$/;

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Without trusted proxies, X-Forwarded-For is ignored: any client can write it.
  app.set('trust proxy', deps.http.trustedProxies.length ? [...deps.http.trustedProxies] : false);
  app.use(securityHeaders(deps.http.production));
  // Youths are on slow mobile connections: gzip the app and the GraphQL answers.
  app.use(compression());
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
      serializers: { req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggableUrl(req.url) }) },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'alive' });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await deps.readiness.report();
    res.status(report.ready ? 200 : 503).json(report);
  });

  app.get('/metrics', metricsEndpoint(deps.metrics, deps.metricsToken));

  app.use(
    '/graphql',
    corsPolicy(deps.http.corsOrigins),
    requestTimeout(deps.http.requestTimeoutMs),
    startingGate(deps.readiness),
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    bodyErrors,
    expressMiddleware(deps.apollo, {
      context: async ({ req, res }) => {
        const contextDeps = deps.contextDeps();
        if (!contextDeps) throw new Error('GraphQL context requested before start-up completed');
        return createContext(contextDeps, String(req.id), req.log, { req, res }).catch((error: unknown) => {
          throw contextCreationError(error);
        });
      },
    }),
  );

  if (deps.mailbox) app.use('/dev', mailboxRouter(deps.mailbox));

  serveWeb(app, deps.webDist, deps.logger);
  app.use(lastResortErrors((error) => deps.logger.error({ err: error }, 'http: unhandled error')));
  return app;
}

/** Until start-up completes, GraphQL answers 503 with a retry hint. */
function startingGate(readiness: Readiness): RequestHandler {
  return (_req, res, next) => {
    if (readiness.started) return next();
    res.status(503).setHeader('retry-after', '2').json({ errors: [{ message: 'Balise démarre, réessaie dans quelques secondes.', extensions: { code: 'SERVICE_STARTING' } }] });
  };
}

/** The built PWA, with index.html for any other GET so that deep links work. */
function serveWeb(app: Express, webDist: string, logger: Logger): void {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ webDist }, 'web: no built app found; run `pnpm --filter @balise/web build`');
    return;
  }
  app.use(
    express.static(webDist, {
      index: false,
      setHeaders: (res, filePath) => {
        // Hashed assets never change; the service worker and the manifest must be re-checked at once.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  // A missing asset is a 404, never the app's HTML (a stale chunk must fail cleanly).
  app.get(/^\/assets\//, (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.get(/^(?!\/graphql|\/healthz|\/readyz|\/metrics|\/dev\/).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
