import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { invalidInput } from '../shared/domain-error.js';
import { CommuneType } from './commune.types.js';

const MAX_COMMUNES = 50;

@Resolver()
export class CommuneResolver {
  @Query(() => [CommuneType], { description: 'Communes whose name starts with the query (ignoring case, accents, hyphens, apostrophes) or whose postcode starts with it; biggest first.' })
  communes(
    @Ctx() ctx: GraphQLContext,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ): CommuneType[] {
    if (query.length > 100) throw invalidInput('query', 'La recherche de commune ne doit pas dépasser 100 caractères.');
    if (!Number.isInteger(first) || first < 1 || first > MAX_COMMUNES) {
      throw invalidInput('first', `« first » doit être un entier entre 1 et ${MAX_COMMUNES}.`);
    }
    return ctx.geo.search(query, first).map((commune) => ({
      code: commune.code,
      name: commune.name,
      postcodes: commune.postcodes,
      departement: commune.departement,
      epci: commune.epci,
      population: commune.population,
      point: { lat: commune.lat, lng: commune.lng },
    }));
  }
}
