import type { EntityManager } from '@mikro-orm/core';
import { requirePermission, requireViewer, type Viewer } from '../accounts/authorization.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import { queryRows } from '../db/sql.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationNotFound } from '../portal/portal-offer.service.js';
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

  /**
   * Organisations present in the départements: the rule of a coordinator's reach (portal/reach.ts),
   * in one SQL statement with array parameters (a region has thousands of communes).
   */
  private async organisationsIn(departements: string[]): Promise<string[]> {
    const wanted = new Set(departements);
    const communes = this.geo.all().filter((commune) => wanted.has(commune.departement));
    const epcis = [...new Set(communes.flatMap((commune) => (commune.epci ? [commune.epci] : [])))];
    const literal = (values: string[]) => `{${values.join(',')}}`;
    const rows = await queryRows<{ id: string }>(
      this.em,
      `select o.id from organisation o
        where o.coverage_departements && ?::text[] or o.coverage_communes && ?::text[] or o.coverage_epcis && ?::text[]
           or exists (select 1 from venue v where v.organisation_id = o.id and v.commune_code = any(?::text[]))`,
      [literal(departements), literal(communes.map((commune) => commune.code)), literal(epcis), literal(communes.map((commune) => commune.code))],
    );
    return rows.map((row) => row.id);
  }
}
