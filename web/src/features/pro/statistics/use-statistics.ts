import { useEffect, useState } from 'react';
import { ApiError, request } from '../api.js';
import { errorText, useSession } from '../ProPage.js';

export type Loaded<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'forbidden' }
  | { status: 'error'; message: string; retry: () => void };

/**
 * Runs a statistics query whenever its variables change (`key` is their text), the latest answer winning.
 * FORBIDDEN is a state of its own (the page explains who may see it); a lost session shows the sign-in form.
 */
export function useStatistics<T>(query: string, variables: Record<string, unknown>, key: string, enabled: boolean): Loaded<T> {
  const { sessionEnded } = useSession();
  const [state, setState] = useState<Loaded<T>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return setState({ status: 'idle' });
    let current = true;
    setState({ status: 'loading' });
    request<T>(query, variables)
      .then((data) => current && setState({ status: 'ready', data }))
      .catch((e: unknown) => {
        if (!current) return;
        if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') return sessionEnded();
        if (e instanceof ApiError && e.code === 'FORBIDDEN') return setState({ status: 'forbidden' });
        setState({ status: 'error', message: errorText(e), retry: () => setAttempt((n) => n + 1) });
      });
    return () => {
      current = false;
    };
    // `variables` is described by `key`; `sessionEnded` is stable.
  }, [query, key, enabled, attempt]);

  return state;
}
