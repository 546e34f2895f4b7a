import { registerEnumType } from 'type-graphql';
import {
  ENGAGEMENT_MODES,
  OFFER_FORMATS,
  ORGANISATION_KINDS,
  SITUATIONS,
  THEME_CODES,
} from '@balise/seeds/catalogue-types';
import { OFFER_STATUSES } from '../offers/offer.entity.js';
import { ORGANISATION_STATUSES } from '../organisations/organisation.entity.js';

/** type-graphql wants an object for an enum; the domain keeps `as const` arrays. */
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const ThemeCodeEnum = enumObject(THEME_CODES);
export const OfferFormatEnum = enumObject(OFFER_FORMATS);
export const SituationEnum = enumObject(SITUATIONS);
export const EngagementModeEnum = enumObject(ENGAGEMENT_MODES);
export const OrganisationKindEnum = enumObject(ORGANISATION_KINDS);
export const OfferStatusEnum = enumObject(OFFER_STATUSES);
export const OrganisationStatusEnum = enumObject(ORGANISATION_STATUSES);

registerEnumType(ThemeCodeEnum, { name: 'ThemeCode' });
registerEnumType(OfferFormatEnum, { name: 'OfferFormat' });
registerEnumType(SituationEnum, { name: 'Situation' });
registerEnumType(EngagementModeEnum, { name: 'EngagementMode' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(OfferStatusEnum, { name: 'OfferStatus' });
registerEnumType(OrganisationStatusEnum, { name: 'OrganisationStatus' });
