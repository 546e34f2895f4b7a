import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'doit commencer par postgres:// ou postgresql://')
    .optional(),
  DEMO_CATALOGUE: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  SEARCH_ENGINE: z.enum(['embedded', 'meilisearch', 'postgres-baseline']).optional(),
  MEILI_URL: z.url({ protocol: /^https?$/, error: 'doit être une URL http(s)' }).optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  MEILI_INDEX: z.string().regex(/^[\w-]+$/, 'lettres, chiffres, - et _ seulement').default('offers'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  WAITLIST_MAX: z.coerce.number().int().min(0).max(100_000).default(20),
  BOOKING_RETENTION_MONTHS: z.coerce.number().int().min(1).max(36).default(3),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'doit être une URL http(s), ex. https://balise.example.fr' }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'doit être une URL smtp:// ou smtps://, ex. smtp://utilisateur:mot-de-passe@hôte:587' }).optional(),
  SMTP_FROM: z
    .string()
    .regex(/^[^<>@\s][^<>]*<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/, 'une adresse, ex. Balise <ne-pas-repondre@balise.fr>')
    .default('Balise <ne-pas-repondre@balise.test>'),
  TOKEN_SECRET: z.string().min(32, { error: 'au moins 32 caractères aléatoires (ex. openssl rand -base64 48)' }).optional(),
  RATE_LIMIT_ENABLED: booleanFromEnv.default(true),
  CONTACT_REQUESTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(10),
  CONTACT_REQUESTS_PER_CONTACT_PER_DAY: z.coerce.number().int().min(1).max(1000).default(5),
  CONTACT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  PUBLIC_MUTATIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
  TRUSTED_PROXIES: z
    .string()
    .regex(/^[\w.:/, -]+$/, 'adresses ou plages séparées par des virgules, ex. 10.0.0.0/8, loopback')
    .optional(),
  CORS_ORIGINS: z
    .string()
    .regex(/^https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*$/, 'origines http(s) séparées par des virgules, ex. https://partenaires.example.fr')
    .optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(15_000),
  PERSISTED_DOCUMENTS_ONLY: booleanFromEnv.optional(),
  METRICS_TOKEN: z.string().min(16, { error: 'au moins 16 caractères aléatoires' }).optional(),
});

export type Config = Readonly<{
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  loadDemoCatalogue: boolean;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  webDist: string;
  shutdownTimeoutMs: number;
  searchEngine: 'embedded' | 'meilisearch' | 'postgres-baseline';
  meilisearch: { url: string; apiKey: string | undefined; indexUid: string } | undefined;
  outboxPollMs: number;
  /** Where people reach the app from outside (links in emails), without trailing slash. */
  publicUrl: string;
  /** Unset: emails go to the stored mailbox (/dev/mailbox), refused in production. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Derives youths' tracking tokens; unset outside production: a secret kept in the database. */
  tokenSecret: string | undefined;
  rateLimits: { enabled: boolean; contactRequestsPerIpPerHour: number; contactRequestsPerContactPerDay: number; publicMutationsPerIpPerHour: number };
  /** Proxies whose X-Forwarded-For is believed (Express "trust proxy" syntax); none by default: the socket's address is the client's. */
  trustedProxies: string[];
  /** Other origins allowed to call /graphql from a browser; none by default (the PWA is same-origin). */
  corsOrigins: string[];
  /** A request still unanswered after this is cut with 503. */
  requestTimeoutMs: number;
  /** Anonymous callers may only run the PWA's own documents (hash allow-list); on by default in production. */
  persistedDocumentsOnly: boolean;
  /** /metrics answers loopback callers, or callers sending this as a bearer token. */
  metricsToken: string | undefined;
  /** Personal data of ended contact requests is erased this long after they end. */
  contactRetentionMonths: number;
  bookings: {
    /** Waitlisted bookings a session takes beyond its seats (0: no waitlist). */
    waitlistMax: number;
    /** Months after a session's end before its bookings' first names and contacts are erased. */
    retentionMonths: number;
  };
}>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** Reads every setting from the environment, once, with defaults; throws a readable error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO=) means unset, as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  const isProduction = values.NODE_ENV === 'production';
  if (isProduction && values.DEMO_CATALOGUE) {
    throw new ConfigError('Configuration invalide :\n  - DEMO_CATALOGUE: le catalogue de démonstration est refusé en production');
  }
  if (isProduction && !values.SMTP_URL) {
    throw new ConfigError(
      'Configuration invalide :\n  - SMTP_URL: requis en production (sans lui, les courriels restent dans la boîte de développement /dev/mailbox et personne ne les reçoit)',
    );
  }
  if (isProduction && !values.TOKEN_SECRET) {
    throw new ConfigError(
      'Configuration invalide :\n  - TOKEN_SECRET: requis en production (le même pour tous les processus API ; ex. openssl rand -base64 48)',
    );
  }
  if (values.SEARCH_ENGINE === 'meilisearch' && !values.MEILI_URL) {
    throw new ConfigError('Configuration invalide :\n  - MEILI_URL: requis quand SEARCH_ENGINE=meilisearch');
  }
  if (values.SEARCH_ENGINE === 'postgres-baseline' && !values.DATABASE_URL) {
    throw new ConfigError('Configuration invalide :\n  - DATABASE_URL: requis quand SEARCH_ENGINE=postgres-baseline');
  }
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    // Relative to where the command was typed (pnpm runs scripts inside api/ and sets INIT_CWD).
    dataDir: path.resolve(env['INIT_CWD'] ?? process.cwd(), values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    loadDemoCatalogue: values.DEMO_CATALOGUE ?? !isProduction,
    logLevel: values.LOG_LEVEL,
    webDist: path.resolve(values.WEB_DIST ?? path.join(repositoryRoot, 'web/dist')),
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    searchEngine: values.SEARCH_ENGINE ?? (values.MEILI_URL ? 'meilisearch' : 'embedded'),
    meilisearch: values.MEILI_URL ? { url: values.MEILI_URL, apiKey: values.MEILI_API_KEY, indexUid: values.MEILI_INDEX } : undefined,
    outboxPollMs: values.OUTBOX_POLL_MS,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.SMTP_FROM,
    tokenSecret: values.TOKEN_SECRET,
    rateLimits: {
      enabled: values.RATE_LIMIT_ENABLED,
      contactRequestsPerIpPerHour: values.CONTACT_REQUESTS_PER_IP_PER_HOUR,
      contactRequestsPerContactPerDay: values.CONTACT_REQUESTS_PER_CONTACT_PER_DAY,
      publicMutationsPerIpPerHour: values.PUBLIC_MUTATIONS_PER_IP_PER_HOUR,
    },
    trustedProxies: commaList(values.TRUSTED_PROXIES),
    corsOrigins: commaList(values.CORS_ORIGINS),
    requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
    persistedDocumentsOnly: values.PERSISTED_DOCUMENTS_ONLY ?? isProduction,
    metricsToken: values.METRICS_TOKEN,
    contactRetentionMonths: values.CONTACT_RETENTION_MONTHS,
    bookings: { waitlistMax: values.WAITLIST_MAX, retentionMonths: values.BOOKING_RETENTION_MONTHS },
  };
}

function commaList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}
