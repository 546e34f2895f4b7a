import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { toWorkshopSessionType } from './workshop-session.mapper.js';
import { SessionSeriesInput, SessionUpdateInput, WorkshopSessionType } from './workshop-session.types.js';

/** Workshop sessions in the partner portal (same access as the offer: `offers.edit`). */
@Resolver()
export class WorkshopSessionResolver {
  @Mutation(() => [WorkshopSessionType], { description: 'Creates the sessions of a series (Europe/Paris wall-clock times), by start.' })
  async createSessionSeries(@Ctx() ctx: GraphQLContext, @Arg('input', () => SessionSeriesInput) input: SessionSeriesInput): Promise<WorkshopSessionType[]> {
    return (await ctx.services.workshopSessions.createSeries(ctx.viewer, input)).map((session) => toWorkshopSessionType(session, ctx.geo));
  }

  @Mutation(() => WorkshopSessionType, { description: 'Moves or changes one session.' })
  async updateSession(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SessionUpdateInput) input: SessionUpdateInput,
  ): Promise<WorkshopSessionType> {
    return toWorkshopSessionType(await ctx.services.workshopSessions.update(ctx.viewer, id, input), ctx.geo);
  }

  @Mutation(() => WorkshopSessionType, { description: 'Status CANCELLED (kept in the list).' })
  async cancelSession(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<WorkshopSessionType> {
    return toWorkshopSessionType(await ctx.services.workshopSessions.cancel(ctx.viewer, id), ctx.geo);
  }
}
