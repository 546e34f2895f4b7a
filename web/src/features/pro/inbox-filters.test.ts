import { describe, expect, it } from 'vitest';
import { parisDay, readInboxParams, toApiFilter } from './inbox-filters.js';

const filterOf = (query: string) => toApiFilter(readInboxParams(new URLSearchParams(query)));

describe('the inbox filters kept in the URL', () => {
  it('lists the requests to handle (NEW and IN_PROGRESS) by default', () => {
    expect(filterOf('')).toEqual({ statuses: ['NEW', 'IN_PROGRESS'] });
    expect(filterOf('statut=nimporte')).toEqual({ statuses: ['NEW', 'IN_PROGRESS'] });
  });

  it('maps each choice to the API filter', () => {
    expect(filterOf('statut=closes')).toEqual({ statuses: ['CLOSED'] });
    expect(filterOf('statut=terminees')).toEqual({ statuses: ['CANCELLED', 'EXPIRED'] });
    expect(filterOf('statut=toutes')).toEqual({});
    expect(filterOf('statut=toutes&retard=oui&offre=o1&suivi=moi&organisation=org1')).toEqual({ overdue: true, offerId: 'o1', assignee: 'ME', organisationId: 'org1' });
    expect(filterOf('statut=toutes&suivi=personne')).toEqual({ assignee: 'UNASSIGNED' });
    // Anything else is ignored rather than sent as an account id.
    expect(filterOf('statut=toutes&suivi=quelquun&retard=non')).toEqual({});
  });
});

describe('parisDay (the export file name)', () => {
  it('is the day in France, not in UTC', () => {
    expect(parisDay(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26'); // 00:30 in Paris (winter)
    expect(parisDay(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14'); // 23:59 in Paris (summer)
    expect(parisDay(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });
});
