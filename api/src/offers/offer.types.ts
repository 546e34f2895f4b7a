import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EngagementMode, OfferFormat, Situation, ThemeCode } from '@balise/seeds/catalogue-types';
import { connectionType } from '../graphql/common.types.js';
import {
  EngagementModeEnum,
  OfferFormatEnum,
  OfferStatusEnum,
  SituationEnum,
  ThemeCodeEnum,
} from '../graphql/enums.js';
import { Coverage, OrganisationType, VenueType } from '../organisations/organisation.types.js';
import type { OfferStatus } from './offer.entity.js';

@ObjectType('Theme', { simpleResolvers: true })
export class ThemeType {
  @Field(() => ThemeCodeEnum) code!: ThemeCode;
  @Field(() => String) label!: string;
}

@ObjectType({ simpleResolvers: true })
export class Eligibility {
  @Field(() => Int) ageMin!: number;
  @Field(() => Int) ageMax!: number;
  @Field(() => [SituationEnum], { description: 'Empty: every situation.' }) situations!: Situation[];
  @Field(() => String, { nullable: true }) conditions!: string | null;
}

@ObjectType('Offer', { simpleResolvers: true })
export class OfferType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String) description!: string;
  @Field(() => ThemeCodeEnum) theme!: ThemeCode;
  @Field(() => String) category!: string;
  @Field(() => OfferFormatEnum) format!: OfferFormat;
  @Field(() => OfferStatusEnum) status!: OfferStatus;
  @Field(() => OrganisationType) organisation!: OrganisationType;
  @Field(() => Int) responseDelayDays!: number;
  @Field(() => Eligibility) eligibility!: Eligibility;
  @Field(() => [VenueType]) venues!: VenueType[];
  @Field(() => Boolean, { description: 'Can be followed online or by phone.' }) remote!: boolean;
  @Field(() => Coverage) coverage!: Coverage;
  @Field(() => String) cost!: string;
  @Field(() => String, { nullable: true, description: 'ISO date' }) validFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) validUntil!: string | null;
  @Field(() => [EngagementModeEnum]) engagement!: EngagementMode[];
  @Field(() => String, { nullable: true }) externalUrl!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Date) updatedAt!: Date;
}

export const OfferConnection = connectionType('Offer', OfferType);

@InputType()
export class OfferFilter {
  @Field(() => [ThemeCodeEnum], { nullable: true }) themes?: ThemeCode[] | null;
  @Field(() => [OfferFormatEnum], { nullable: true }) formats?: OfferFormat[] | null;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
}
