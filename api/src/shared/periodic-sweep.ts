import type { Logger } from 'pino';

/**
 * Runs `sweep` now and every `everyMs` (the timer does not keep the process alive); logs what it
 * did when it did something. Returns a function that stops it, after the sweep in hand.
 */
export function schedulePeriodicSweep(sweep: () => Promise<number>, everyMs: number, logger: Logger, messages: { done: string; failed: string }): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = sweep()
      .then((count) => void (count && logger.info({ count }, messages.done)))
      .catch((error: unknown) => logger.error({ err: error }, messages.failed));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
