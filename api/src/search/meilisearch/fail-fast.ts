import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

/** The server did not answer (refused, timed out), or answered that it is broken (5xx). */
export function isServerDown(error: unknown): boolean {
  return error instanceof MeilisearchRequestError || (error instanceof MeilisearchApiError && error.response.status >= 500);
}

export class SearchEngineDownError extends Error {
  override name = 'SearchEngineDownError';
  constructor() {
    super('Meilisearch did not answer a moment ago: failing fast');
  }
}

/**
 * Once the server failed to answer, calls fail at once for a while instead of each waiting for
 * its timeout: a search answers SEARCH_UNAVAILABLE at once, and the outbox's other events (the
 * emails) are not held up behind index writes timing out one after the other.
 */
export class FailFast {
  private downUntil = 0;

  constructor(
    private readonly periodMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get down(): boolean {
    return this.now() < this.downUntil;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.down) throw new SearchEngineDownError();
    try {
      return await work();
    } catch (error) {
      if (isServerDown(error)) this.downUntil = this.now() + this.periodMs;
      throw error;
    }
  }
}
