import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Situation } from '@balise/seeds/catalogue-types';
import { SituationEnum } from '../graphql/enums.js';
import { connectionType } from '../graphql/common.types.js';
import { CONTACT_ATTEMPT_RESULTS, CONTACT_REQUEST_EVENT_KINDS, type ContactAttemptResult, type ContactRequestEventKind } from './contact-request-event.entity.js';
import {
  CONTACT_CHANNELS, CONTACT_OUTCOMES, CONTACT_REQUEST_STATUSES, PREFERRED_MOMENTS,
  type ContactChannel, type ContactOutcome, type ContactRequestStatus, type PreferredMoment,
} from './contact-request.entity.js';

const enumObject = <const T extends readonly string[]>(values: T) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };

export const ContactChannelEnum = enumObject(CONTACT_CHANNELS);
export const ContactRequestStatusEnum = enumObject(CONTACT_REQUEST_STATUSES);
export const ContactOutcomeEnum = enumObject(CONTACT_OUTCOMES);
export const PreferredMomentEnum = enumObject(PREFERRED_MOMENTS);
export const ContactRequestEventKindEnum = enumObject(CONTACT_REQUEST_EVENT_KINDS);
export const ContactAttemptResultEnum = enumObject(CONTACT_ATTEMPT_RESULTS);
registerEnumType(ContactChannelEnum, { name: 'ContactChannel' });
registerEnumType(ContactRequestStatusEnum, { name: 'ContactRequestStatus', description: 'NEW → IN_PROGRESS → CLOSED; CANCELLED by the youth; EXPIRED after 30 days open.' });
registerEnumType(ContactOutcomeEnum, { name: 'ContactOutcome', description: 'How a CLOSED request ended. NO_ANSWER needs 3 logged attempts.' });
registerEnumType(PreferredMomentEnum, { name: 'PreferredMoment' });
registerEnumType(ContactRequestEventKindEnum, { name: 'ContactRequestEventKind' });
registerEnumType(ContactAttemptResultEnum, { name: 'ContactAttemptResult' });

@InputType()
export class RequestContactInput {
  @Field(() => ID) offerId!: string;
  @Field(() => String) firstName!: string;
  @Field(() => Int) age!: number;
  @Field(() => String) communeCode!: string;
  @Field(() => SituationEnum, { nullable: true }) situation?: Situation | null;
  @Field(() => ContactChannelEnum) channel!: ContactChannel;
  @Field(() => String, { nullable: true, description: 'French mobile, as typed (06 12 34 56 78, +33 6…). Required for PHONE_CALL and SMS.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for EMAIL; when given with another channel, the acknowledgement is emailed.' }) email?: string | null;
  @Field(() => [PreferredMomentEnum], { nullable: true }) preferredMoments?: PreferredMoment[] | null;
  @Field(() => String, { nullable: true }) message?: string | null;
  @Field(() => String, { description: 'Version of the information notice the youth saw (contactNotice.version).' }) noticeVersion!: string;
  @Field(() => String, { description: '16–100 characters [A-Za-z0-9_-], random, made once per form: a retry with it returns the same receipt.' }) idempotencyKey!: string;
}

@ObjectType({ simpleResolvers: true })
export class RoutedOrganisation {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) phone!: string;
  @Field(() => String) email!: string;
}

@ObjectType({ simpleResolvers: true })
export class ContactRequestReceipt {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Tracking token (capability): /suivi/<token>. Keep it secret.' }) token!: string;
  @Field(() => Date, { description: 'The organisation contacts the youth by then (end of that day in France).' }) dueAt!: Date;
  @Field(() => String, { description: 'The due day in French, e.g. "jeudi 26 novembre".' }) dueDateLabel!: string;
  @Field(() => RoutedOrganisation) organisation!: RoutedOrganisation;
  @Field(() => String) offerTitle!: string;
  @Field(() => ContactRequestStatusEnum) status!: ContactRequestStatus;
}

@ObjectType({ simpleResolvers: true, description: 'What the youth sees from the tracking link: no personal data is sent back.' })
export class ContactRequestTracking {
  @Field(() => ID) id!: string;
  @Field(() => ContactRequestStatusEnum) status!: ContactRequestStatus;
  @Field(() => ContactOutcomeEnum, { nullable: true }) outcome!: ContactOutcome | null;
  @Field(() => RoutedOrganisation) organisation!: RoutedOrganisation;
  @Field(() => ID) offerId!: string;
  @Field(() => String) offerTitle!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) dueAt!: Date;
  @Field(() => String) dueDateLabel!: string;
  @Field(() => Boolean, { description: 'The due date passed without a first contact.' }) overdue!: boolean;
  @Field(() => Boolean, { description: '"Je n’ai pas été contacté·e" is open (after the due date, request open).' }) canReportNotContacted!: boolean;
  @Field(() => Boolean) reportedContacted!: boolean;
  @Field(() => Boolean) reportedNotContacted!: boolean;
  @Field(() => Boolean, { description: 'Sent on to another organisation (the organisation and due date are the new ones).' }) transferred!: boolean;
  @Field(() => Boolean, { description: 'The youth’s personal data is erased.' }) erased!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class ContactNotice {
  @Field(() => String) version!: string;
  @Field(() => Int, { description: 'Months the personal data is kept after the request ends.' }) retentionMonths!: number;
}

@ObjectType({ simpleResolvers: true })
export class InboxAccount {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType({ simpleResolvers: true })
export class ContactRequestEventType {
  @Field(() => ContactRequestEventKindEnum) kind!: ContactRequestEventKind;
  @Field(() => Date) at!: Date;
  @Field(() => InboxAccount, { nullable: true }) actor!: InboxAccount | null;
  @Field(() => ContactChannelEnum, { nullable: true }) attemptChannel!: ContactChannel | null;
  @Field(() => ContactAttemptResultEnum, { nullable: true }) attemptResult!: ContactAttemptResult | null;
  @Field(() => String, { nullable: true }) fromOrganisationName!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class InboxCommune {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType('ContactRequest', { description: 'A request as its organisation’s counsellors see it.' })
export class ContactRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ContactRequestStatusEnum) status!: ContactRequestStatus;
  @Field(() => ContactOutcomeEnum, { nullable: true }) outcome!: ContactOutcome | null;
  @Field(() => RoutedOrganisation) organisation!: RoutedOrganisation;
  @Field(() => ID) offerId!: string;
  @Field(() => String) offerTitle!: string;
  @Field(() => String, { nullable: true, description: 'Null once erased.' }) firstName!: string | null;
  @Field(() => Int) age!: number;
  @Field(() => InboxCommune) commune!: InboxCommune;
  @Field(() => SituationEnum, { nullable: true }) situation!: Situation | null;
  @Field(() => ContactChannelEnum) channel!: ContactChannel;
  @Field(() => String, { nullable: true, description: 'As written in France: 06 12 34 56 78.' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'E.164, for tel: and sms: links.' }) phoneE164!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => [PreferredMomentEnum]) preferredMoments!: PreferredMoment[];
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => InboxAccount, { nullable: true }) assignee!: InboxAccount | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) dueAt!: Date;
  @Field(() => String) dueDateLabel!: string;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Date, { nullable: true }) firstContactAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => Boolean) youthReportedContacted!: boolean;
  @Field(() => Boolean) youthReportedNotContacted!: boolean;
  @Field(() => Int) transferCount!: number;
  @Field(() => Boolean) erased!: boolean;
}

export const ContactRequestConnection = connectionType('ContactRequest', ContactRequestType);

export const INBOX_ASSIGNEE_HELP = "'ME', 'UNASSIGNED' or an account id";

@InputType()
export class ContactRequestFilter {
  @Field(() => ID, { nullable: true, description: 'One of the viewer’s organisations; all of them by default.' }) organisationId?: string | null;
  @Field(() => [ContactRequestStatusEnum], { nullable: true }) statuses?: ContactRequestStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Open, past the due date, no contact yet (true), or the others (false).' }) overdue?: boolean | null;
  @Field(() => ID, { nullable: true }) offerId?: string | null;
  @Field(() => String, { nullable: true, description: INBOX_ASSIGNEE_HELP }) assignee?: string | null;
}
