import { Arg, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RateLimitedPublicMutation } from '../rate-limits/public-mutation-limits.js';
import type { GraphQLContext } from '../graphql/context.js';
import { toWorkshopSessionType } from '../workshops/workshop-session.mapper.js';
import { WorkshopSessionType } from '../workshops/workshop-session.types.js';
import { toReceipt, toTracking } from './booking.mapper.js';
import { BookingReceiptType, BookingTrackingType, BookWorkshopInput, DownloadFileType } from './booking.types.js';

/** Youths' booking operations: public, no account; the token is the credential. */
@Resolver()
export class BookingResolver {
  @Query(() => [WorkshopSessionType], {
    description: 'Upcoming scheduled sessions of a published workshop offer taking bookings, by start; [] for an unknown offer. onlineUrl is null here (`online` says it is a visio): the link comes with a seat.',
  })
  async workshopSessions(@Ctx() ctx: GraphQLContext, @Arg('offerId', () => ID) offerId: string): Promise<WorkshopSessionType[]> {
    return (await ctx.services.bookings.upcomingSessions(offerId)).map((session) => ({ ...toWorkshopSessionType(session, ctx.geo), onlineUrl: null }));
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => BookingReceiptType, {
    description:
      'CONFIRMED while seats remain, then WAITLISTED with a position. Same idempotencyKey again: the same booking. Same contact on the same session: CONFLICT (reason ALREADY_BOOKED). Refusals carry extensions.reason.',
  })
  async bookWorkshop(@Ctx() ctx: GraphQLContext, @Arg('input', () => BookWorkshopInput) input: BookWorkshopInput): Promise<BookingReceiptType> {
    return toReceipt(await ctx.services.bookings.book(input), ctx.geo);
  }

  @Query(() => BookingTrackingType, { nullable: true, description: 'Null for an unknown token.' })
  async bookingByToken(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<BookingTrackingType | null> {
    const view = await ctx.services.bookings.findByToken(token);
    return view ? toTracking(view, ctx.geo) : null;
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => BookingTrackingType, { description: 'Until the session starts (then CONFLICT, reason SESSION_STARTED); the first waitlisted youth gets the seat.' })
  async cancelBooking(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<BookingTrackingType> {
    return toTracking(await ctx.services.bookings.cancel(token), ctx.geo);
  }

  @Query(() => DownloadFileType, { nullable: true, description: 'The booking’s .ics file (RFC 5545, Europe/Paris), the same as the email’s; null for an unknown token.' })
  bookingCalendar(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<DownloadFileType | null> {
    return ctx.services.bookings.calendar(token);
  }
}
