import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database-unavailable.js';
import { DomainError } from '../shared/domain-error.js';

const PASSTHROUGH_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // Raised by the persisted-documents rule (graphql/persisted-documents.ts).
  'FORBIDDEN',
]);

export const INTERNAL_MESSAGE = 'Une erreur inattendue est survenue de notre côté. Réessaie dans un instant.';

/**
 * Every error leaves with a code. Domain errors keep their message and field; errors
 * Apollo raised about the request keep theirs; anything else is masked (no stack, no SQL).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.extensions },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: DATABASE_UNAVAILABLE_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'DATABASE_UNAVAILABLE' } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    const reason = formatted.extensions?.['reason'];
    return { message: frenchRequestMessage(formatted.message), ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code, ...(typeof reason === 'string' ? { reason } : {}) } };
  }
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * For errors while building a request's context (a signed-in request looks its session up
 * first): the database out of reach answers 503 DATABASE_UNAVAILABLE rather than a 500.
 */
export function contextCreationError(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    ...(error instanceof Error ? { originalError: error } : {}),
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** Apollo's own refusals of a malformed request, said in French (the rest of its messages are technical). */
const REQUEST_MESSAGES: ReadonlyArray<[RegExp, string]> = [
  [/^Operation batching disabled/, 'Une seule opération GraphQL par requête.'],
  [/Cross-Site Request Forgery/, 'Requête refusée (protection contre la falsification de requête) : envoie-la en JSON, avec l’en-tête content-type: application/json.'],
];

function frenchRequestMessage(message: string): string {
  return REQUEST_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? message;
}
