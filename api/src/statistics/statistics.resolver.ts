import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DownloadFileType } from '../bookings/booking.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { StatisticsTable } from './statistics.model.js';
import { OrganisationStatisticsType, StatisticsPeriodInput, StatisticsTableEnum, TerritoryStatisticsType } from './statistics.types.js';

/** Issue #9: is the promise kept? Counts only; 1 to 4 youths shown as "< 5". */
@Resolver()
export class StatisticsResolver {
  @Query(() => OrganisationStatisticsType, { description: 'An organisation’s figures per month and per offer (ORG_ADMIN, COUNSELLOR, coordinators of its territory, platform admins).' })
  organisationStatistics(
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('period', () => StatisticsPeriodInput) period: StatisticsPeriodInput,
  ): Promise<OrganisationStatisticsType> {
    return ctx.services.statistics.organisation(ctx.viewer, organisationId, period);
  }

  @Query(() => TerritoryStatisticsType, { description: 'Searches, requests and services of a territory. departement null: all of a coordinator’s départements, or the whole platform for a platform admin.' })
  territoryStatistics(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => StatisticsPeriodInput) period: StatisticsPeriodInput,
    @Arg('departement', () => String, { nullable: true }) departement: string | null,
  ): Promise<TerritoryStatisticsType> {
    return ctx.services.statistics.territory(ctx.viewer, period, departement);
  }

  @Query(() => DownloadFileType, { description: 'A table of a statistics view as CSV (UTF-8 with BOM, semicolons), masked as shown; same access as the view.' })
  statisticsCsv(
    @Ctx() ctx: GraphQLContext,
    @Arg('table', () => StatisticsTableEnum) table: StatisticsTable,
    @Arg('period', () => StatisticsPeriodInput) period: StatisticsPeriodInput,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Arg('departement', () => String, { nullable: true }) departement: string | null,
  ): Promise<DownloadFileType> {
    return ctx.services.statistics.csv(ctx.viewer, table, period, organisationId, departement);
  }
}
