import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrganisationKind } from '@balise/seeds/catalogue-types';
import { GeoPoint, connectionType } from '../graphql/common.types.js';
import { OrganisationKindEnum, OrganisationStatusEnum } from '../graphql/enums.js';
import type { OrganisationStatus } from './organisation.entity.js';

@ObjectType({ description: 'A commune as shown beside an address.', simpleResolvers: true })
export class CommuneRef {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ simpleResolvers: true })
export class VenueType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) address!: string;
  @Field(() => CommuneRef) commune!: CommuneRef;
  @Field(() => GeoPoint) point!: GeoPoint;
}

@ObjectType({ description: 'Where an organisation or an offer is available.', simpleResolvers: true })
export class Coverage {
  @Field(() => [String], { description: 'INSEE codes' }) communes!: string[];
  @Field(() => [String], { description: 'SIREN codes of EPCI' }) epcis!: string[];
  @Field(() => [String]) departements!: string[];
  @Field(() => Boolean) national!: boolean;
}

@ObjectType('Organisation', { simpleResolvers: true })
export class OrganisationType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganisationKindEnum) kind!: OrganisationKind;
  @Field(() => String) description!: string;
  @Field(() => String) email!: string;
  @Field(() => String) phone!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => [VenueType]) venues!: VenueType[];
  @Field(() => Coverage) coverage!: Coverage;
  @Field(() => Int) defaultResponseDelayDays!: number;
  @Field(() => OrganisationStatusEnum) status!: OrganisationStatus;
}

export const OrganisationConnection = connectionType('Organisation', OrganisationType);
