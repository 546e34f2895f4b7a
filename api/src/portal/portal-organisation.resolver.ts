import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { toOrganisationType } from '../organisations/organisation.mapper.js';
import { OrganisationType } from '../organisations/organisation.types.js';
import { NewOrganisationInput, OrganisationProfileInput } from './portal.types.js';

/** Organisations in the partner portal: profiles, and their creation and validation by coordinators. */
@Resolver()
export class PortalOrganisationResolver {
  @Query(() => [OrganisationType], { description: 'The organisations the viewer works on: their own; a coordinator’s territory; everything for admins.' })
  async portalOrganisations(@Ctx() ctx: GraphQLContext): Promise<OrganisationType[]> {
    return (await ctx.services.organisationProfiles.mine(ctx.viewer)).map((organisation) => toOrganisationType(organisation, ctx.geo));
  }

  @Query(() => [OrganisationType], { description: 'Organisations waiting for validation in the coordinator’s territory (admin: all).' })
  async pendingOrganisations(@Ctx() ctx: GraphQLContext): Promise<OrganisationType[]> {
    return (await ctx.services.organisationProfiles.pending(ctx.viewer)).map((organisation) => toOrganisationType(organisation, ctx.geo));
  }

  @Mutation(() => OrganisationType, { description: 'Contacts, description, default delay, coverage and venues. ORG_ADMIN of the organisation, coordinators of its territory, admins.' })
  async updateOrganisationProfile(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganisationProfileInput) input: OrganisationProfileInput,
  ): Promise<OrganisationType> {
    return toOrganisationType(await ctx.services.organisationProfiles.updateProfile(ctx.viewer, id, input), ctx.geo);
  }

  @Mutation(() => OrganisationType, { description: 'A new PENDING organisation of the coordinator’s territory (admin: anywhere); then inviteMember and validateOrganisation.' })
  async createOrganisation(@Ctx() ctx: GraphQLContext, @Arg('input', () => NewOrganisationInput) input: NewOrganisationInput): Promise<OrganisationType> {
    return toOrganisationType(await ctx.services.organisationProfiles.create(ctx.viewer, input), ctx.geo);
  }

  @Mutation(() => OrganisationType, { description: 'PENDING → ACTIVE. Coordinators of its territory, admins.' })
  async validateOrganisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<OrganisationType> {
    return toOrganisationType(await ctx.services.organisationProfiles.validate(ctx.viewer, id), ctx.geo);
  }
}
