import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntryType } from '../audit/audit.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { toConnection } from '../graphql/common.types.js';
import { OfferStatusEnum } from '../graphql/enums.js';
import type { OfferStatus } from '../offers/offer.entity.js';
import { toWorkshopSessionType } from '../workshops/workshop-session.mapper.js';
import { WorkshopSessionType } from '../workshops/workshop-session.types.js';
import { toAuditEntryType, toPortalOfferType } from './portal.mapper.js';
import { OfferInput, PortalOfferConnection, PortalOfferType } from './portal.types.js';

/** The partner portal's offers (editors, organisation admins) and their review (coordinators, admins). */
@Resolver(() => PortalOfferType)
export class PortalOfferResolver {
  @Query(() => PortalOfferConnection, { description: 'An organisation’s offers in every status, last updated first. Editors of the organisation, coordinators of its territory, admins.' })
  async portalOffers(
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('status', () => OfferStatusEnum, { nullable: true }) status: OfferStatus | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await ctx.services.portalOffers.list(ctx.viewer, organisationId, status, first, after);
    return toConnection(page, (offer) => toPortalOfferType(offer, ctx.geo));
  }

  @Query(() => PortalOfferType, { nullable: true, description: 'Any offer the viewer may edit, whatever its status; null when unknown.' })
  async portalOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<PortalOfferType | null> {
    const offer = await ctx.services.portalOffers.find(ctx.viewer, id);
    return offer ? toPortalOfferType(offer, ctx.geo) : null;
  }

  @Query(() => PortalOfferConnection, { description: 'Offers waiting for review in the coordinator’s territory (admin: everywhere), oldest first.' })
  async reviewQueue(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await ctx.services.offerReview.reviewQueue(ctx.viewer, first, after);
    return toConnection(page, (offer) => toPortalOfferType(offer, ctx.geo));
  }

  @Query(() => PortalOfferConnection, { description: 'Published offers not updated for 6 months, of the organisations the viewer may edit, oldest first.' })
  async staleOffers(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await ctx.services.offerReview.staleOffers(ctx.viewer, first, after);
    return toConnection(page, (offer) => toPortalOfferType(offer, ctx.geo));
  }

  @Mutation(() => PortalOfferType, { description: 'A new DRAFT offer of the organisation.' })
  async createOffer(
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('input', () => OfferInput) input: OfferInput,
  ): Promise<PortalOfferType> {
    return toPortalOfferType(await ctx.services.portalOffers.create(ctx.viewer, organisationId, input), ctx.geo);
  }

  @Mutation(() => PortalOfferType, { description: 'Replaces every field. A PUBLISHED offer goes back IN_REVIEW unless the viewer may publish it.' })
  async updateOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('input', () => OfferInput) input: OfferInput): Promise<PortalOfferType> {
    return toPortalOfferType(await ctx.services.portalOffers.update(ctx.viewer, id, input), ctx.geo);
  }

  @Mutation(() => PortalOfferType, { description: 'DRAFT → IN_REVIEW.' })
  async submitOfferForReview(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<PortalOfferType> {
    return toPortalOfferType(await ctx.services.portalOffers.submitForReview(ctx.viewer, id), ctx.geo);
  }

  @Mutation(() => PortalOfferType, { description: 'A DRAFT copy titled “… (copie)”, same venues, no sessions.' })
  async duplicateOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<PortalOfferType> {
    return toPortalOfferType(await ctx.services.portalOffers.duplicate(ctx.viewer, id), ctx.geo);
  }

  @Mutation(() => PortalOfferType, { description: 'Takes the offer out of search for good (kept with its history).' })
  async archiveOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<PortalOfferType> {
    return toPortalOfferType(await ctx.services.portalOffers.archive(ctx.viewer, id), ctx.geo);
  }

  @Mutation(() => PortalOfferType, { description: 'DRAFT or IN_REVIEW → PUBLISHED (search follows within a second). Coordinators of the territory, admins.' })
  async publishOffer(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<PortalOfferType> {
    return toPortalOfferType(await ctx.services.offerReview.publish(ctx.viewer, id), ctx.geo);
  }

  @Mutation(() => PortalOfferType, { description: 'IN_REVIEW → DRAFT with a comment the editors see (and receive by email). Coordinators of the territory, admins.' })
  async sendOfferBack(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('comment', () => String) comment: string): Promise<PortalOfferType> {
    return toPortalOfferType(await ctx.services.offerReview.sendBack(ctx.viewer, id, comment), ctx.geo);
  }

  @Mutation(() => Int, { description: 'Emails the organisation’s editors the list of its stale offers; returns how many were listed (0: no email). Coordinators of the territory, admins.' })
  remindStaleOffers(@Ctx() ctx: GraphQLContext, @Arg('organisationId', () => ID) organisationId: string): Promise<number> {
    return ctx.services.offerReview.remindStaleOffers(ctx.viewer, organisationId);
  }

  @FieldResolver(() => [WorkshopSessionType], { description: 'Every session, cancelled ones included, by start.' })
  async sessions(@Ctx() ctx: GraphQLContext, @Root() offer: PortalOfferType): Promise<WorkshopSessionType[]> {
    const sessions = await ctx.services.portalOffers.sessionsOf(offer.id);
    return sessions.map((session) => toWorkshopSessionType(session, ctx.geo));
  }

  @FieldResolver(() => [AuditEntryType], { description: 'Who changed the offer and its sessions, what and when; newest first.' })
  async audit(@Ctx() ctx: GraphQLContext, @Root() offer: PortalOfferType): Promise<AuditEntryType[]> {
    return (await ctx.services.portalOffers.auditOf(offer.id)).map(toAuditEntryType);
  }
}
