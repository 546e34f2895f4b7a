import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EngagementMode, OfferFormat, OrganisationKind, Situation, ThemeCode } from '@balise/seeds/catalogue-types';
import { connectionType } from '../graphql/common.types.js';
import { EngagementModeEnum, OfferFormatEnum, OrganisationKindEnum, SituationEnum, ThemeCodeEnum } from '../graphql/enums.js';
import { OfferType } from '../offers/offer.types.js';

@ObjectType('PortalOffer', { description: 'An offer as its editors and reviewers see it: every status, the review comment, sessions and history.' })
export class PortalOfferType extends OfferType {
  @Field(() => String, { nullable: true, description: 'The reviewer’s comment when the offer was sent back; null otherwise.' }) reviewComment!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => OfferType, { description: 'Exactly what a youth would see on the offer page once published.' }) preview!: OfferType;
  // `sessions` and `audit` are resolved on demand (PortalOfferResolver).
}

export const PortalOfferConnection = connectionType('PortalOffer', PortalOfferType);

@InputType()
export class EligibilityInput {
  @Field(() => Int, { description: '15..30' }) ageMin!: number;
  @Field(() => Int, { description: 'ageMin..30' }) ageMax!: number;
  @Field(() => [SituationEnum], { defaultValue: [], description: 'Empty: every situation.' }) situations!: Situation[];
  @Field(() => String, { nullable: true, description: 'Free-text conditions, plain text (≤ 1000).' }) conditions?: string | null;
}

@InputType()
export class CoverageInput {
  @Field(() => [String], { defaultValue: [], description: 'INSEE commune codes' }) communes!: string[];
  @Field(() => [String], { defaultValue: [], description: 'SIREN codes of EPCI' }) epcis!: string[];
  @Field(() => [String], { defaultValue: [], description: 'Département codes' }) departements!: string[];
  @Field(() => Boolean, { defaultValue: false }) national!: boolean;
}

@InputType({
  description:
    'Every field of an offer. Text is stored as typed and always shown as text (HTML is not interpreted); the description’s only formatting is paragraphs separated by a blank line.',
})
export class OfferInput {
  @Field(() => String, { description: '≤ 160' }) title!: string;
  @Field(() => String, { description: 'Plain-language summary, ≤ 400' }) summary!: string;
  @Field(() => String, { description: 'Plain text, paragraphs separated by a blank line, ≤ 5000' }) description!: string;
  @Field(() => ThemeCodeEnum) theme!: ThemeCode;
  @Field(() => String, { description: '≤ 120' }) category!: string;
  @Field(() => OfferFormatEnum) format!: OfferFormat;
  @Field(() => EligibilityInput) eligibility!: EligibilityInput;
  @Field(() => CoverageInput, { nullable: true, description: 'Null: the organisation’s coverage.' }) coverage?: CoverageInput | null;
  @Field(() => [ID], { defaultValue: [], description: 'Venues of the organisation; at least one unless remote.' }) venueIds!: string[];
  @Field(() => Boolean, { defaultValue: false }) remote!: boolean;
  @Field(() => String, { description: '"Gratuit", "Reste à charge : 20 €"…, ≤ 200' }) cost!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before validFrom' }) validUntil?: string | null;
  @Field(() => Int, { nullable: true, description: '1..7; null: the organisation’s default delay.' }) responseDelayDays?: number | null;
  @Field(() => [EngagementModeEnum], { description: 'EXTERNAL_LINK needs externalUrl (https), PHONE a French phone, BOOKING the WORKSHOP format.' })
  engagement!: EngagementMode[];
  @Field(() => String, { nullable: true }) externalUrl?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType({ description: 'A venue: with `id` to change it, without to add one. No lat/lng: the commune’s centre.' })
export class VenueInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String) address!: string;
  @Field(() => String, { description: 'INSEE code' }) communeCode!: string;
  @Field(() => Float, { nullable: true }) lat?: number | null;
  @Field(() => Float, { nullable: true }) lng?: number | null;
}

@InputType({ description: 'An organisation’s public profile. `venues` is the full list: a venue left out is removed.' })
export class OrganisationProfileInput {
  @Field(() => String) email!: string;
  @Field(() => String, { description: 'French number' }) phone!: string;
  @Field(() => String, { nullable: true, description: 'https://…' }) website?: string | null;
  @Field(() => String, { description: 'Plain text, ≤ 2000' }) description!: string;
  @Field(() => Int, { description: '1..7 days' }) defaultResponseDelayDays!: number;
  @Field(() => CoverageInput) coverage!: CoverageInput;
  @Field(() => [VenueInput]) venues!: VenueInput[];
}

@InputType()
export class NewOrganisationInput extends OrganisationProfileInput {
  @Field(() => String) name!: string;
  @Field(() => OrganisationKindEnum) kind!: OrganisationKind;
}
