import type { EntityManager } from '@mikro-orm/core';
import { keysetPage } from '../shared/keyset-page.js';
import type { Page } from '../shared/pagination.js';
import { Organisation } from './organisation.entity.js';

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** Active organisations by name, with keyset pagination. */
  listActive(first: number | null | undefined, after?: string | null): Promise<Page<Organisation>> {
    return keysetPage(this.em, Organisation, { where: { status: 'ACTIVE' }, sortKey: 'name', first, after, populate: ['venues'] });
  }
}
