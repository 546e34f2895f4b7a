import { Field, Int, ObjectType } from 'type-graphql';
import { GeoPoint } from '../graphql/common.types.js';

@ObjectType('Commune', { simpleResolvers: true })
export class CommuneType {
  @Field(() => String, { description: 'INSEE code' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) postcodes!: string[];
  @Field(() => String) departement!: string;
  @Field(() => String, { nullable: true, description: 'SIREN code of the EPCI' }) epci!: string | null;
  @Field(() => Int) population!: number;
  @Field(() => GeoPoint, { description: 'Centre of the commune (see README: where coordinates come from).' })
  point!: GeoPoint;
}
