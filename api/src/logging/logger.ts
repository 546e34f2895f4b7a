import { pino, type Logger } from 'pino';

/**
 * Paths whose values are personal data or secrets. They never reach the logs:
 * GraphQL variables may carry a youth's phone, email or first name.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.email',
  '*.phone',
  '*.firstName',
  '*.message',
  '*.token',
  // Emails: recipient and bodies (nodemailer errors also carry the recipients).
  '*.to',
  '*.text',
  '*.html',
  '*.recipient',
  '*.rejected',
  'variables',
  '*.variables',
];

/**
 * Errors are logged as their type, code and stack frames only (and their message when the error
 * says it is safe: `messageIsSafe`, e.g. SmtpDeliveryError). Their message and their other
 * properties may hold personal data: a MikroORM error carries the whole entity (a youth's
 * name and phone) and prints it in its message and stack; a driver error quotes the SQL values.
 */
const SAFE_ERROR_FIELDS = ['code', 'responseCode', 'command', 'errno', 'syscall', 'sqlState'] as const;

export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 15);
  // Short technical fields that say what failed without saying about whom (SMTP, sockets, SQL).
  const technical = Object.fromEntries(
    SAFE_ERROR_FIELDS.map((field) => [field, (error as unknown as Record<string, unknown>)[field]]).filter(
      ([, value]) => typeof value === 'number' || (typeof value === 'string' && value.length <= 40),
    ),
  );
  const safeMessage = (error as { messageIsSafe?: unknown }).messageIsSafe === true;
  return {
    type: error.constructor?.name ?? error.name,
    ...(safeMessage ? { detail: error.message } : {}), // not 'message': that key is redacted everywhere
    ...technical,
    stack: frames.join('\n'),
    ...(error.cause instanceof Error ? { cause: safeError(error.cause) } : {}),
  };
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'balise-api' },
      serializers: { err: safeError },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
