import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { OfferFormat, Situation, ThemeCode } from '@balise/seeds/catalogue-types';
import { PageInfo } from '../graphql/common.types.js';
import { OfferFormatEnum, SituationEnum, ThemeCodeEnum } from '../graphql/enums.js';
import { OfferType } from '../offers/offer.types.js';
import type { SearchSort } from './search-index.port.js';

export const SearchSortEnum = { RELEVANCE: 'RELEVANCE', DISTANCE: 'DISTANCE' } as const;
registerEnumType(SearchSortEnum, { name: 'SearchSort' });

@InputType()
export class GeoPointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@InputType()
export class SearchOffersInput {
  @Field(() => String, { nullable: true, description: 'Words, 200 characters at most.' }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'INSEE code of the youth’s commune.' }) communeCode?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'The youth’s position (“autour de moi”).' }) near?: GeoPointInput | null;
  @Field(() => Float, { nullable: true, description: 'Maximum distance to a venue, 0 < r ≤ 200 km; remote offers stay.' }) radiusKm?: number | null;
  @Field(() => [ThemeCodeEnum], { nullable: true }) themes?: ThemeCode[] | null;
  @Field(() => [OfferFormatEnum], { nullable: true }) formats?: OfferFormat[] | null;
  @Field(() => Int, { nullable: true }) age?: number | null;
  @Field(() => SituationEnum, { nullable: true }) situation?: Situation | null;
  @Field(() => SearchSortEnum, { defaultValue: 'RELEVANCE' }) sort!: SearchSort;
  @Field(() => Int, { defaultValue: 20 }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class OfferHit {
  @Field(() => OfferType) offer!: OfferType;
  @Field(() => Float, { nullable: true, description: 'Kilometres to the nearest venue; null without place or venue.' }) distanceKm!: number | null;
  @Field(() => Boolean, { description: 'Can be followed online or by phone.' }) remote!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class FacetCount {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ simpleResolvers: true })
export class SearchFacets {
  @Field(() => [FacetCount], { description: 'Per theme, ignoring the themes filter.' }) themes!: FacetCount[];
  @Field(() => [FacetCount], { description: 'Per format, ignoring the formats filter.' }) formats!: FacetCount[];
}

@ObjectType({ simpleResolvers: true })
export class OfferSearchResult {
  @Field(() => Int) total!: number;
  @Field(() => [OfferHit]) hits!: OfferHit[];
  @Field(() => SearchFacets) facets!: SearchFacets;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
