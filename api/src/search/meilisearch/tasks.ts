import type { EnqueuedTaskPromise, Task } from 'meilisearch';

export const DEFAULT_TASK_TIMEOUT_MS = 60_000;

export interface WaitOptions {
  timeoutMs?: number;
  /** Error codes that count as success (e.g. `index_not_found` when deleting). */
  tolerate?: readonly string[];
}

export class MeilisearchTaskError extends Error {
  override name = 'MeilisearchTaskError';
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error message'}`);
  }
}

/** Waits until Meilisearch has processed the task; a failed or cancelled task throws. */
export async function waitFor(enqueued: EnqueuedTaskPromise, options: WaitOptions = {}): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS, interval: 50 });
  if (task.status === 'succeeded') return task;
  if (task.status === 'failed' && task.error && options.tolerate?.includes(task.error.code)) return task;
  throw new MeilisearchTaskError(task);
}
