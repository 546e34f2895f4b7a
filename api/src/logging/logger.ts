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

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'balise-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
