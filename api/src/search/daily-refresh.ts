import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { Logger } from 'pino';
import { FRANCE_TIME_ZONE, type Clock } from '../shared/clock.js';

/**
 * Offers enter and leave the public catalogue with their validity dates, at midnight in
 * France: rebuild then. A missed run (process down) is made up by the rebuild at start-up.
 */
export function scheduleDailyRefresh(rebuild: () => Promise<unknown>, clock: Clock, logger: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const now = clock();
    const nextMidnight = startOfDay(addDays(new TZDate(now, FRANCE_TIME_ZONE), 1));
    timer = setTimeout(() => {
      rebuild().catch((error: unknown) => logger.error({ err: error }, 'search: daily rebuild failed')).finally(arm);
    }, nextMidnight.getTime() - now.getTime() + 1000);
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
