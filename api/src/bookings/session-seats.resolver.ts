import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { WorkshopSessionType } from '../workshops/workshop-session.types.js';

/** Seats of a session, counted for the sessions of the whole answer in one query (DataLoader). */
@Resolver(() => WorkshopSessionType)
export class SessionSeatsResolver {
  @FieldResolver(() => Boolean, { description: 'A visio session (no venue).' })
  online(@Root() session: WorkshopSessionType): boolean {
    return session.venue === null;
  }

  @FieldResolver(() => Int, { description: 'Seats not booked yet (0 when cancelled).' })
  async seatsLeft(@Ctx() ctx: GraphQLContext, @Root() session: WorkshopSessionType): Promise<number> {
    if (session.status === 'CANCELLED') return 0;
    const { seatsTaken } = await ctx.services.bookings.seatCounts.load(session.id);
    return Math.max(0, session.capacity - seatsTaken);
  }

  @FieldResolver(() => Int, { description: 'Youths waiting for a seat.' })
  async waitlistLength(@Ctx() ctx: GraphQLContext, @Root() session: WorkshopSessionType): Promise<number> {
    return (await ctx.services.bookings.seatCounts.load(session.id)).waitlisted;
  }

  @FieldResolver(() => Boolean, { description: 'No seat left and the waitlist at its cap (WAITLIST_MAX): bookWorkshop would be refused.' })
  async waitlistFull(@Ctx() ctx: GraphQLContext, @Root() session: WorkshopSessionType): Promise<boolean> {
    const { seatsTaken, waitlisted } = await ctx.services.bookings.seatCounts.load(session.id);
    return seatsTaken >= session.capacity && waitlisted >= ctx.services.bookings.settings.waitlistMax;
  }
}
