import { ConnectionException } from '@mikro-orm/core';

/** Socket errors, and PostgreSQL's "shutting down" / "starting up" (57P0x) and connection classes (08xxx). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03']);
const CONNECTION_MESSAGES = /connection terminated|terminating connection|timeout exceeded when trying to connect|connection (?:is )?closed|client has encountered a connection error/i;

export const DATABASE_UNAVAILABLE_MESSAGE = 'Balise est momentanément indisponible. Réessaie dans un instant.';

/**
 * The database could not be reached (restart, failover, network): not a bug of ours, and the
 * caller may retry. Looks through the wrapping (`cause`, the driver's `previous`, GraphQL's `originalError`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof ConnectionException) return true;
    const { code, sqlState, message } = current as { code?: unknown; sqlState?: unknown; message?: unknown };
    for (const value of [code, sqlState]) {
      if (typeof value === 'string' && (CONNECTION_CODES.has(value) || /^08\w{3}$/.test(value))) return true;
    }
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    const wrapping = current as { cause?: unknown; previous?: unknown; originalError?: unknown };
    current = wrapping.cause ?? wrapping.previous ?? wrapping.originalError;
  }
  return false;
}
