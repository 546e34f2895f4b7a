import { defineEntity, p } from '@mikro-orm/core';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';

export const BOOKING_STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Statuses holding a seat: a seat is taken from booking until the end, whether the youth came or not. */
export const SEAT_STATUSES = ['CONFIRMED', 'ATTENDED', 'NO_SHOW'] as const satisfies readonly BookingStatus[];
/** Statuses a youth may still cancel, and that a new booking with the same contact collides with. */
export const ACTIVE_STATUSES = ['CONFIRMED', 'WAITLISTED'] as const satisfies readonly BookingStatus[];

export const CANCELLED_BY = ['YOUTH', 'ORGANISATION'] as const;

/**
 * A youth's seat (or place on the waitlist) at a workshop session. No account: the youth holds
 * a capability token (emailed, and kept on the phone) whose SHA-256 only is stored.
 *
 * Personal data: first name, email and/or phone (normalised), erased `BOOKING_RETENTION_MONTHS`
 * after the session's end (`erasedAt`); status and dates stay for the organisation's figures.
 */
const BookingSchema = defineEntity({
  name: 'Booking',
  properties: {
    id: p.uuid().primary(),
    session: () => p.manyToOne(WorkshopSession).deleteRule('cascade'),
    firstName: p.string().length(60).nullable(),
    /** Lower-cased address. */
    email: p.string().length(254).nullable(),
    /** E.164 French mobile (+33612345678). */
    phone: p.string().length(20).nullable(),
    status: p.enum(BOOKING_STATUSES),
    /**
     * Arrival order on the session's waitlist (1, 2, 3… per session, never reused), set when the
     * booking is waitlisted. The position shown is the rank among the session's WAITLISTED
     * bookings, so positions are always 1..n without gaps.
     */
    queueNumber: p.integer().nullable(),
    /** SHA-256 of the client's idempotency key: a retry with the same key returns this booking. */
    idempotencyKeyHash: p.string().length(64).unique(),
    /** SHA-256 of the youth's capability token. */
    tokenHash: p.string().length(64).unique(),
    /** SEQUENCE of the booking's calendar event: raised whenever the event changes (time, place, cancellation). */
    calendarSequence: p.integer().default(0),
    createdAt: p.datetime(),
    cancelledAt: p.datetime().nullable(),
    cancelledBy: p.enum(CANCELLED_BY).nullable(),
    /** When a waitlisted booking got a seat. */
    promotedAt: p.datetime().nullable(),
    attendanceMarkedAt: p.datetime().nullable(),
    /** The reminder for the session's current start was sent (reset when the session moves). */
    reminderSentAt: p.datetime().nullable(),
    /** First name and contact erased (retention). */
    erasedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['session', 'status'] }],
  uniques: [{ properties: ['session', 'queueNumber'] }],
  checks: [{ name: 'booking_contact_check', expression: 'erased_at is not null or email is not null or phone is not null' }],
});

export class Booking extends BookingSchema.class {}
BookingSchema.setClass(Booking);
