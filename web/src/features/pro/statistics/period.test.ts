import { describe, expect, it } from 'vitest';
import { addMonths, currentMonth, defaultPeriod, monthChoices, monthLabel, monthSpan, periodError, periodLabel, periodParams, readPeriod } from './period.js';

// 2026-11-23, noon in Paris.
const NOW = new Date('2026-11-23T11:00:00Z');
const read = (query: string) => readPeriod(new URLSearchParams(query), NOW);

describe('the statistics period', () => {
  it('is the last 12 months up to the current one by default', () => {
    expect(defaultPeriod(NOW)).toEqual({ fromMonth: '2025-12', toMonth: '2026-11' });
    expect(read('')).toEqual({ fromMonth: '2025-12', toMonth: '2026-11' });
    expect(monthSpan(defaultPeriod(NOW))).toBe(12);
  });

  it('counts months in France, not in UTC', () => {
    expect(currentMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12'); // 00:30 on 1 December in Paris
    expect(currentMonth(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06'); // 23:59 in Paris (summer time)
    expect(currentMonth(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07');
  });

  it('steps over years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -23)).toBe('2024-12');
    expect(monthSpan({ fromMonth: '2024-12', toMonth: '2026-11' })).toBe(24);
    expect(monthSpan({ fromMonth: '2026-03', toMonth: '2026-02' })).toBe(0);
  });

  it('reads the months of the URL and ignores what is not a month', () => {
    expect(read('du=2026-01&au=2026-06')).toEqual({ fromMonth: '2026-01', toMonth: '2026-06' });
    expect(read('du=2026-13&au=juin')).toEqual({ fromMonth: '2025-12', toMonth: '2026-11' });
    // Only an end: the 12 months up to it.
    expect(read('au=2026-06')).toEqual({ fromMonth: '2025-07', toMonth: '2026-06' });
  });

  it('refuses a reversed, too long or future period, in French', () => {
    expect(periodError({ fromMonth: '2026-01', toMonth: '2026-11' }, NOW)).toBeUndefined();
    expect(periodError({ fromMonth: '2026-11', toMonth: '2026-11' }, NOW)).toBeUndefined();
    expect(periodError({ fromMonth: '2026-06', toMonth: '2026-05' }, NOW)).toMatch(/début doit précéder/);
    expect(periodError({ fromMonth: '2024-12', toMonth: '2026-11' }, NOW)).toBeUndefined(); // 24 months
    expect(periodError({ fromMonth: '2024-11', toMonth: '2026-11' }, NOW)).toMatch(/24 mois au plus/); // 25
    expect(periodError({ fromMonth: '2026-11', toMonth: '2026-12' }, NOW)).toMatch(/futur/);
  });

  it('writes only what differs from the default in the URL', () => {
    expect(periodParams(defaultPeriod(NOW), '', NOW).toString()).toBe('');
    expect(periodParams({ fromMonth: '2026-01', toMonth: '2026-06' }, '40', NOW).toString()).toBe('du=2026-01&au=2026-06&departement=40');
    expect(read(periodParams({ fromMonth: '2026-01', toMonth: '2026-06' }, '', NOW).toString())).toEqual({ fromMonth: '2026-01', toMonth: '2026-06' });
  });

  it('names months in French', () => {
    expect(monthLabel('2026-01')).toBe('janvier 2026');
    expect(monthLabel('2026-08')).toBe('août 2026');
    expect(monthLabel('2026-02', 'short')).toBe('févr. 2026');
    expect(periodLabel({ fromMonth: '2025-12', toMonth: '2026-11' })).toBe('de décembre 2025 à novembre 2026');
    expect(periodLabel({ fromMonth: '2026-03', toMonth: '2026-03' })).toBe('mars 2026');
  });

  it('offers the current month and the 47 before it, newest first', () => {
    const choices = monthChoices(NOW);
    expect(choices).toHaveLength(48);
    expect(choices[0]).toBe('2026-11');
    expect(choices[1]).toBe('2026-10');
    expect(choices.at(-1)).toBe('2022-12');
  });
});
