import { describe, expect, it } from 'vitest';
import { statCount, statHours, statRate } from './stat-figures.js';

describe('statistical secrecy', () => {
  it('shows 0 and 5 or more, masks 1 to 4', () => {
    expect(statCount(0)).toEqual({ value: 0, label: '0' });
    expect(statCount(1)).toEqual({ value: null, label: '< 5' });
    expect(statCount(4)).toEqual({ value: null, label: '< 5' });
    expect(statCount(5)).toEqual({ value: 5, label: '5' });
    expect(statCount(1204)).toEqual({ value: 1204, label: new Intl.NumberFormat('fr-FR').format(1204) });
  });

  it('masks rates and durations computed from fewer than 5 youths, and says "—" when there is nothing to compute from', () => {
    expect(statRate(3, 4)).toEqual({ value: null, label: '< 5' });
    expect(statRate(4, 5)).toEqual({ value: 0.8, label: '80 %' });
    expect(statRate(0, 0)).toEqual({ value: null, label: '—' });
    expect(statRate(0, 12, 0)).toEqual({ value: 0, label: '0 %' });
    expect(statHours(10, 4)).toEqual({ value: null, label: '< 5' });
    expect(statHours(12.25, 5)).toEqual({ value: 12.25, label: '12,3 h' });
    expect(statHours(null, 0)).toEqual({ value: null, label: '—' });
  });
});
