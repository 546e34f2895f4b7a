/**
 * A refusal a person can act on. Services throw it; the GraphQL layer turns it into an
 * error whose `extensions.code` is `code` (and `extensions.field` when a field is at fault).
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** The search engine does not answer (the rest of Balise works). */
  | 'SEARCH_UNAVAILABLE';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    /** More for the client to act on, e.g. `retryAfterSeconds` with RATE_LIMITED. */
    readonly extensions?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

export const invalidInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', message, undefined, { retryAfterSeconds });
