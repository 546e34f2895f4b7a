import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VenueType } from '../organisations/organisation.types.js';
import { SESSION_STATUSES } from './workshop-session.entity.js';

export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SessionStatusEnum = Object.fromEntries(SESSION_STATUSES.map((status) => [status, status])) as { [K in SessionStatus]: K };
registerEnumType(SessionStatusEnum, { name: 'SessionStatus' });

@ObjectType('WorkshopSession', { simpleResolvers: true })
export class WorkshopSessionType {
  @Field(() => ID) id!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => VenueType, { nullable: true, description: 'Null for an online session.' }) venue!: VenueType | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => Int) capacity!: number;
  @Field(() => SessionStatusEnum) status!: SessionStatus;
}

@InputType({ description: 'A series of sessions: same weekday and Europe/Paris wall-clock time, every `everyWeeks` weeks, at most 12 months.' })
export class SessionSeriesInput {
  @Field(() => ID) offerId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, the first session (its weekday is the series’)' }) firstDate!: string;
  @Field(() => String, { description: 'HH:MM, Europe/Paris' }) startTime!: string;
  @Field(() => Int, { description: '15..720' }) durationMinutes!: number;
  @Field(() => Int, { description: '1 = every week, 2 = every other week… (1..4)' }) everyWeeks!: number;
  @Field(() => String, { description: 'YYYY-MM-DD, last possible day (≤ 12 months after firstDate)' }) until!: string;
  @Field(() => Int, { description: '1..500' }) capacity!: number;
  @Field(() => ID, { nullable: true, description: 'One of the organisation’s venues, or…' }) venueId?: string | null;
  @Field(() => String, { nullable: true, description: '…an https link for an online session.' }) onlineUrl?: string | null;
}

@InputType({ description: 'One session, every field given again.' })
export class SessionUpdateInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String, { description: 'HH:MM, Europe/Paris' }) startTime!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => Int) capacity!: number;
  @Field(() => ID, { nullable: true }) venueId?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
}
