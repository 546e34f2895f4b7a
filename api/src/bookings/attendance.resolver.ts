import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { toAttendanceEntry, toSessionAttendance } from './booking.mapper.js';
import { AttendanceEntryType, DownloadFileType, OfferBookingStatsType, SessionAttendanceType } from './booking.types.js';

/** The organisation's side of bookings, permission `bookings.manage` (ORG_ADMIN, EDITOR, COUNSELLOR). */
@Resolver()
export class AttendanceResolver {
  @Query(() => SessionAttendanceType, { description: 'The printable attendance list of a session.' })
  async sessionAttendance(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID) sessionId: string): Promise<SessionAttendanceType> {
    return toSessionAttendance(await ctx.services.attendance.attendance(ctx.viewer, sessionId), ctx.geo);
  }

  @Query(() => DownloadFileType, { description: 'The attendance list as CSV (UTF-8 with BOM, semicolons) for spreadsheets.' })
  sessionAttendanceCsv(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID) sessionId: string): Promise<DownloadFileType> {
    return ctx.services.attendance.attendanceCsv(ctx.viewer, sessionId);
  }

  @Mutation(() => AttendanceEntryType, { description: 'ATTENDED (true) or NO_SHOW (false), once the session has started; can be corrected.' })
  async markAttendance(
    @Ctx() ctx: GraphQLContext,
    @Arg('bookingId', () => ID) bookingId: string,
    @Arg('attended', () => Boolean) attended: boolean,
  ): Promise<AttendanceEntryType> {
    const booking = await ctx.services.attendance.markAttendance(ctx.viewer, bookingId, attended);
    return toAttendanceEntry({ booking, waitlistPosition: null });
  }

  @Query(() => [OfferBookingStatsType], { description: 'Fill and no-show rates per offer of the organisation (offers with sessions), by title.' })
  offerBookingStats(@Ctx() ctx: GraphQLContext, @Arg('organisationId', () => ID) organisationId: string): Promise<OfferBookingStatsType[]> {
    return ctx.services.attendance.offerStats(ctx.viewer, organisationId);
  }
}
