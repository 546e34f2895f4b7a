import { describe, expect, it } from 'vitest';
import { addCalendarDays, parisInstant, seriesOccurrences } from './session-series.js';

describe('workshop series in Europe/Paris wall-clock time', () => {
  it('keeps 14:00 at 14:00 across the end of summer time (last Sunday of October)', () => {
    const sessions = seriesOccurrences({ firstDate: '2026-10-20', startTime: '14:00', durationMinutes: 90, everyWeeks: 1, until: '2026-11-03' });
    expect(sessions.map((s) => s.day)).toEqual(['2026-10-20', '2026-10-27', '2026-11-03']);
    // 25 October 2026: CEST (UTC+2) → CET (UTC+1).
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual(['2026-10-20T12:00:00.000Z', '2026-10-27T13:00:00.000Z', '2026-11-03T13:00:00.000Z']);
    expect(sessions.map((s) => s.endsAt.toISOString())).toEqual(['2026-10-20T13:30:00.000Z', '2026-10-27T14:30:00.000Z', '2026-11-03T14:30:00.000Z']);
  });

  it('keeps 14:00 at 14:00 across the start of summer time (last Sunday of March), every other week', () => {
    const sessions = seriesOccurrences({ firstDate: '2027-03-16', startTime: '14:00', durationMinutes: 90, everyWeeks: 2, until: '2027-04-13' });
    expect(sessions.map((s) => s.day)).toEqual(['2027-03-16', '2027-03-30', '2027-04-13']);
    // 28 March 2027: CET (UTC+1) → CEST (UTC+2).
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual(['2027-03-16T13:00:00.000Z', '2027-03-30T12:00:00.000Z', '2027-04-13T12:00:00.000Z']);
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(addCalendarDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addCalendarDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addCalendarDays('2026-12-29', 14)).toBe('2027-01-12');
    expect(parisInstant('2026-10-25', '09:30').toISOString()).toBe('2026-10-25T08:30:00.000Z');
  });
});
