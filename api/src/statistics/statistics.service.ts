import type { EntityManager } from '@mikro-orm/core';
import { requirePermission, requireViewer, type Viewer } from '../accounts/authorization.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationNotFound } from '../portal/portal-offer.service.js';
import { organisationsInReach } from '../portal/reach.js';
import type { Clock } from '../shared/clock.js';
import { DomainError } from '../shared/domain-error.js';
import { parseId } from '../shared/pagination.js';
import { organisationStatistics } from './organisation-statistics.js';
import { territoryScope, type TerritoryScope } from './statistics-access.js';
import { isOrganisationTable, statisticsCsv, type CsvFile } from './statistics-csv.js';
import { parsePeriod, type StatisticsPeriod } from './statistics-period.js';
import type { OrganisationStatistics, StatisticsTable, TerritoryStatistics } from './statistics.model.js';
import { territoryStatistics } from './territory-statistics.js';

export interface PeriodInput {
  fromMonth: string;
  toMonth: string;
}

/** Issue #9: the organisation and territory views, and their CSV exports. Counts only, small counts masked. */
export class StatisticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
  ) {}

  /** `statistics.organisation`: its ORG_ADMIN and COUNSELLOR, coordinators of its territory, platform admins. */
  async organisation(viewer: Viewer | null, rawOrganisationId: string, periodInput: PeriodInput): Promise<OrganisationStatistics> {
    requireViewer(viewer);
    const id = parseId('organisationId', rawOrganisationId);
    const organisation = await this.em.findOne(Organisation, id, { populate: ['venues'] });
    if (!organisation) throw organisationNotFound();
    requirePermission(viewer, 'statistics.organisation', organisationScope(organisation, this.geo));
    return organisationStatistics(this.em, organisation, parsePeriod(periodInput), this.clock());
  }

  /** `statistics.territory`: a coordinator's départements, or any (or all) for a platform admin. */
  async territory(viewer: Viewer | null, periodInput: PeriodInput, departement: string | null | undefined): Promise<TerritoryStatistics> {
    const scope = territoryScope(viewer, departement);
    return this.territoryOf(scope, parsePeriod(periodInput));
  }

  async csv(viewer: Viewer | null, table: StatisticsTable, periodInput: PeriodInput, organisationId: string | null | undefined, departement: string | null | undefined): Promise<CsvFile> {
    if (isOrganisationTable(table)) {
      if (!organisationId) {
        requireViewer(viewer);
        throw new DomainError('BAD_USER_INPUT', 'Choisis l’organisation dont tu veux exporter les chiffres.', 'organisationId');
      }
      const stats = await this.organisation(viewer, organisationId, periodInput);
      return statisticsCsv(table, stats, stats);
    }
    const stats = await this.territory(viewer, periodInput, departement);
    return statisticsCsv(table, stats, stats);
  }

  private async territoryOf(scope: TerritoryScope, period: StatisticsPeriod): Promise<TerritoryStatistics> {
    const organisationIds = scope.departements ? await this.organisationsIn(scope.departements) : null;
    return territoryStatistics(this.em, this.geo, scope, { period, departements: scope.departements, organisationIds, now: this.clock() });
  }

  /** Organisations present in the départements (same rule as a coordinator's reach). */
  private async organisationsIn(departements: string[]): Promise<string[]> {
    const where = organisationsInReach({ everywhere: false, organisationIds: [], departements }, this.geo);
    if (!where) return [];
    const rows = await this.em.find(Organisation, where, { fields: ['id'] });
    return rows.map((row) => row.id);
  }
}
