import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { toConnection } from '../graphql/common.types.js';
import { toOfferType } from './offer.mapper.js';
import { listThemes } from './themes.js';
import { OfferConnection, OfferFilter, OfferType, ThemeType } from './offer.types.js';

@Resolver()
export class OfferResolver {
  @Query(() => [ThemeType], { description: 'The 9 themes, in the order of the home screen.' })
  themes(): ThemeType[] {
    return listThemes();
  }

  @Query(() => OfferConnection, { description: 'Published offers, by title.' })
  async offers(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => OfferFilter, { nullable: true }) filter: OfferFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await ctx.services.offers.listVisible(filter, first, after);
    return toConnection(page, (offer) => toOfferType(offer, ctx.geo));
  }

  @Query(() => OfferType, { nullable: true, description: 'Null when unknown or not published.' })
  async offer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<OfferType | null> {
    const offer = await ctx.services.offers.openVisible(id);
    return offer ? toOfferType(offer, ctx.geo) : null;
  }
}
