import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { registerBookingJobs } from './bookings/booking-jobs.js';
import { scheduleBookingRetention } from './bookings/booking-retention.js';
import { deleteEndedWindows, SWEEP_EVERY_MS } from './rate-limits/rate-limiter.js';
import { schedulePeriodicSweep } from './shared/periodic-sweep.js';
import { ensureDemoCatalogue } from './catalogue/demo-catalogue.js';
import type { Config } from './config.js';
import { migrate, openDatabase, type Database } from './db/orm.js';
import { GeoDirectory } from './geo/geo-directory.js';
import type { ContextDeps, GraphQLContext } from './graphql/context.js';
import { DOCUMENT_LIMITS, graphqlArmor } from './graphql/armor.js';
import { errorLoggingPlugin } from './graphql/error-logging.plugin.js';
import { PersistedDocuments, persistedDocumentsPlugin } from './graphql/persisted-documents.js';
import { formatError } from './graphql/format-error.js';
import { buildAppSchema } from './graphql/schema.js';
import { createHttpApp } from './http/app.js';
import { Metrics } from './metrics/metrics.js';
import { Readiness } from './http/readiness.js';
import { createMailer } from './notifications/create-mailer.js';
import { registerEmailDelivery } from './notifications/email-delivery.js';
import type { Mailer } from './notifications/mailer.js';
import { OutboxWorker } from './outbox/outbox-worker.js';
import { registerContactRequestJobs } from './contact-requests/contact-request-jobs.js';
import { loadTokenSecret } from './shared/capability-token.js';
import { createSearchIndex } from './search/create-search-index.js';
import { scheduleDailyRefresh } from './search/daily-refresh.js';
import type { SearchIndex } from './search/search-index.port.js';
import { SearchIndexer } from './search/search-indexer.js';
import { SearchLog } from './search/search-log.js';
import { OfferViewLog } from './statistics/offer-view-log.js';
import { systemClock, type Clock } from './shared/clock.js';

export interface RunningServer {
  url: string;
  orm: Database;
  searchIndex: SearchIndex;
  searchLog: SearchLog;
  offerViews: OfferViewLog;
  outbox: OutboxWorker;
  mailer: Mailer;
  /** Resolves when migrations ran and the catalogue is loaded. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts HTTP first (so /healthz answers during start-up), then opens and migrates the
 * database, loads the demo catalogue when asked, and only then reports ready.
 */
export async function startServer(config: Config, logger: Logger, clock: Clock = systemClock): Promise<RunningServer> {
  const readiness = new Readiness();
  let contextDeps: ContextDeps | undefined;
  let startedEm: EntityManager | undefined;
  const schema = await buildAppSchema();
  const httpServer = await import('node:http').then(({ createServer }) => createServer());
  const production = config.env === 'production';
  const armor = graphqlArmor(production);
  const persistedDocuments = PersistedDocuments.load();
  const metrics = new Metrics(() => startedEm, clock);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    // One operation per request: a batch array would multiply everything the limits allow.
    allowBatchedHttpRequests: false,
    // Simple (non-preflighted) POSTs and GETs without a JSON content type are refused (CSRF).
    csrfPrevention: true,
    validationRules: armor.validationRules,
    // A document of too many tokens stops the parser early: 400 GRAPHQL_PARSE_FAILED.
    parseOptions: { maxTokens: DOCUMENT_LIMITS.maxTokens },
    // A hash sent alone is answered from the PWA's manifest; nothing is ever registered.
    persistedQueries: { cache: persistedDocuments.asCache() },
    plugins: [
      errorLoggingPlugin,
      metrics.plugin(),
      ...armor.plugins,
      ...(config.persistedDocumentsOnly ? [persistedDocumentsPlugin(persistedDocuments)] : []),
    ],
  });
  await apollo.start();
  // The development mailbox shows personal data: never in production.
  const mailbox = production ? undefined : { transport: config.smtpUrl ? ('smtp' as const) : ('stored' as const), em: () => startedEm };
  const http = { production, trustedProxies: config.trustedProxies, corsOrigins: config.corsOrigins, requestTimeoutMs: config.requestTimeoutMs };
  httpServer.on('request', createHttpApp({ apollo, readiness, logger, webDist: config.webDist, contextDeps: () => contextDeps, mailbox, http, metrics, metricsToken: config.metricsToken }));
  // Slow senders (slowloris) cannot hold a socket longer than a request may take.
  httpServer.requestTimeout = config.requestTimeoutMs;
  httpServer.headersTimeout = Math.min(config.requestTimeoutMs, 10_000);
  await listen(httpServer, config.port, config.host);
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  logger.info({ url, database: config.databaseUrl ? 'postgresql' : 'pglite' }, 'http: listening');

  const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const searchIndex = createSearchIndex(config, orm.em);
  const searchLog = new SearchLog(orm.em, logger);
  const offerViews = new OfferViewLog(orm.em, clock, logger);
  const outbox = new OutboxWorker(orm.em, logger, clock, { pollIntervalMs: config.outboxPollMs });
  const mailer = createMailer(config, orm.em, clock);
  registerEmailDelivery(outbox, mailer);
  let stopDailyRefresh = () => {};
  let stopBookingRetention = async () => {};
  let stopRateLimitSweep = async () => {};
  const ready = (async () => {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'db: migrations applied');
    const geo = GeoDirectory.load();
    if (config.loadDemoCatalogue) await ensureDemoCatalogue(orm.em.fork(), geo, clock, logger);
    const tokenSecret = await loadTokenSecret(orm.em.fork(), config.tokenSecret);
    registerContactRequestJobs(outbox, orm.em, geo, clock, { publicUrl: config.publicUrl, retentionMonths: config.contactRetentionMonths }, logger);
    const indexer = new SearchIndexer(orm.em, searchIndex, geo, clock, logger);
    await indexer.buildAtStartup();
    indexer.subscribe(outbox);
    registerBookingJobs(outbox, { em: orm.em, geo, clock, publicUrl: config.publicUrl });
    startedEm = orm.em;
    outbox.start();
    stopDailyRefresh = scheduleDailyRefresh(() => indexer.rebuild(), clock, logger);
    stopBookingRetention = scheduleBookingRetention(orm.em, clock, config.bookings.retentionMonths, logger);
    stopRateLimitSweep = schedulePeriodicSweep(() => deleteEndedWindows(orm.em.fork(), clock()), SWEEP_EVERY_MS, logger, {
      done: 'rate limits: ended windows deleted',
      failed: 'rate limits: sweep failed',
    });
    readiness.add('database', async () => orm.isConnected());
    // Reported, not required: a load balancer must not take every process out when only search is down.
    readiness.add('search', () => searchIndex.isReady(), { required: false });
    contextDeps = {
      em: orm.em, geo, clock, searchIndex, searchLog, offerViews,
      accounts: { publicUrl: config.publicUrl, secureCookies: config.env === 'production' },
      contactRequests: {
        tokenSecret,
        retentionMonths: config.contactRetentionMonths,
        rateLimitsEnabled: config.rateLimits.enabled,
        contactRequestsPerIpPerHour: config.rateLimits.contactRequestsPerIpPerHour,
        contactRequestsPerContactPerDay: config.rateLimits.contactRequestsPerContactPerDay,
        publicMutationsPerIpPerHour: config.rateLimits.publicMutationsPerIpPerHour,
      },
      bookings: { ...config.bookings, publicUrl: config.publicUrl, tokenSecret },
    };
    readiness.markStarted();
    logger.info('balise: ready');
  })();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await ready.catch(() => undefined);
      stopDailyRefresh();
      await stopBookingRetention();
      await stopRateLimitSweep();
      logger.debug('stop: http');
      await closeHttp(httpServer, config.shutdownTimeoutMs / 2);
      await apollo.stop();
      logger.debug('stop: outbox');
      await outbox.stop();
      await mailer.close();
      logger.debug('stop: search log');
      await searchLog.close();
      await offerViews.close();
      await searchIndex.close();
      logger.debug('stop: database');
      await orm.close(true);
    })();
    return stopping;
  };
  return { url, orm, searchIndex, searchLog, offerViews, outbox, mailer, ready, stop };
}

/** Stops accepting, lets in-flight requests finish (closing idle keep-alive sockets), then cuts what is left. */
function closeHttp(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
