import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { toConnection } from '../graphql/common.types.js';
import { toOrganisationType } from './organisation.mapper.js';
import { OrganisationConnection } from './organisation.types.js';

@Resolver()
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Active partner organisations, by name.' })
  async organisations(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await ctx.services.organisations.listActive(first, after);
    return toConnection(page, (organisation) => toOrganisationType(organisation, ctx.geo));
  }
}
