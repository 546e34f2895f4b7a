import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { OfferSearchResult, SearchOffersInput } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => OfferSearchResult, { description: 'Offers a youth can use: by place, need, words, age and situation.' })
  async searchOffers(@Ctx() ctx: GraphQLContext, @Arg('input', () => SearchOffersInput) input: SearchOffersInput): Promise<OfferSearchResult> {
    return ctx.services.search.searchOffers(input);
  }
}
