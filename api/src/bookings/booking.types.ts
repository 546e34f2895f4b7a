import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WorkshopSessionType } from '../workshops/workshop-session.types.js';
import { BOOKING_STATUSES, CANCELLED_BY, type BookingStatus } from './booking.entity.js';

export const BookingStatusEnum = Object.fromEntries(BOOKING_STATUSES.map((status) => [status, status])) as { [K in BookingStatus]: K };
registerEnumType(BookingStatusEnum, { name: 'BookingStatus' });

export type CancelledBy = (typeof CANCELLED_BY)[number];
export const CancelledByEnum = Object.fromEntries(CANCELLED_BY.map((who) => [who, who])) as { [K in CancelledBy]: K };
registerEnumType(CancelledByEnum, { name: 'BookingCancelledBy' });

@InputType({ description: 'A seat at a workshop session. At least one of email and phone (a French mobile).' })
export class BookWorkshopInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => String, { description: '1..60 characters' }) firstName!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'French mobile, as typed (06 12 34 56 78, +33 6…)' }) phone?: string | null;
  @Field(() => String, {
    description: 'Generated once per booking attempt on the device (crypto.randomUUID(), 20–128 URL-safe characters) and sent again on retry: the same booking and token come back. Keep it as secret as the token.',
  })
  idempotencyKey!: string;
}

@ObjectType('BookingReceipt', { simpleResolvers: true, description: 'What the confirmation screen shows. Keep `token`: it is the only way back to the booking.' })
export class BookingReceiptType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Capability token for bookingByToken, cancelBooking, bookingCalendar.' }) token!: string;
  @Field(() => BookingStatusEnum, { description: 'CONFIRMED or WAITLISTED.' }) status!: BookingStatus;
  @Field(() => Int, { nullable: true, description: '1..n while WAITLISTED.' }) waitlistPosition!: number | null;
  @Field(() => WorkshopSessionType) session!: WorkshopSessionType;
  @Field(() => ID) offerId!: string;
  @Field(() => String) offerTitle!: string;
  @Field(() => String) organisationName!: string;
}

@ObjectType('BookingTracking', { simpleResolvers: true, description: 'A booking as its youth follows it with the token.' })
export class BookingTrackingType {
  @Field(() => ID) id!: string;
  @Field(() => BookingStatusEnum) status!: BookingStatus;
  @Field(() => Int, { nullable: true, description: '1..n while WAITLISTED.' }) waitlistPosition!: number | null;
  @Field(() => String, { nullable: true, description: 'Null once erased (retention).' }) firstName!: string | null;
  @Field(() => WorkshopSessionType) session!: WorkshopSessionType;
  @Field(() => ID) offerId!: string;
  @Field(() => String) offerTitle!: string;
  @Field(() => String) organisationName!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => CancelledByEnum, { nullable: true, description: 'YOUTH, or ORGANISATION when the session was cancelled.' }) cancelledBy!: CancelledBy | null;
  @Field(() => Date, { nullable: true, description: 'When the booking left the waitlist for a seat.' }) promotedAt!: Date | null;
  @Field(() => Boolean, { description: 'cancelBooking would work now (active booking, session not started).' }) cancellable!: boolean;
}

@ObjectType('DownloadFile', { simpleResolvers: true, description: 'A file for the app to offer as a download.' })
export class DownloadFileType {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) text!: string;
}

@ObjectType('AttendanceEntry', { simpleResolvers: true, description: 'A line of a session’s attendance list. Contact details are null once erased.' })
export class AttendanceEntryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'As written in France: 06 12 34 56 78.' }) phone!: string | null;
  @Field(() => BookingStatusEnum) status!: BookingStatus;
  @Field(() => Int, { nullable: true }) waitlistPosition!: number | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) promotedAt!: Date | null;
  @Field(() => Date, { nullable: true }) attendanceMarkedAt!: Date | null;
}

@ObjectType('SessionAttendance', { simpleResolvers: true })
export class SessionAttendanceType {
  @Field(() => WorkshopSessionType) session!: WorkshopSessionType;
  @Field(() => ID) offerId!: string;
  @Field(() => String) offerTitle!: string;
  @Field(() => [AttendanceEntryType], { description: 'Seat holders by first name, then the waitlist in order; cancellations left out.' })
  entries!: AttendanceEntryType[];
  @Field(() => Int) cancelledCount!: number;
}

@ObjectType('OfferBookingStats', { simpleResolvers: true, description: 'Held sessions: scheduled and started. Cancelled sessions do not count.' })
export class OfferBookingStatsType {
  @Field(() => ID) offerId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) sessionsHeld!: number;
  @Field(() => Int) seatsOffered!: number;
  @Field(() => Int) seatsBooked!: number;
  @Field(() => Int) attended!: number;
  @Field(() => Int) noShows!: number;
  @Field(() => Float, { nullable: true, description: 'seatsBooked / seatsOffered over held sessions (0..1); null without one.' }) fillRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'noShows / (attended + noShows) (0..1); null until attendance is marked.' }) noShowRate!: number | null;
  @Field(() => Int) upcomingSessions!: number;
  @Field(() => Int) upcomingSeatsOffered!: number;
  @Field(() => Int) upcomingSeatsBooked!: number;
  @Field(() => Int, { description: 'Waitlisted on upcoming sessions.' }) waitlisted!: number;
}
