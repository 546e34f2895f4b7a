import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { OrganisationType } from '../organisations/organisation.types.js';
import { toOrganisationType } from '../organisations/organisation.mapper.js';
import { toConnection, type ConnectionShape } from '../graphql/common.types.js';
import type { ContactAttemptResult } from './contact-request-event.entity.js';
import type { ContactChannel, ContactOutcome } from './contact-request.entity.js';
import { contactRequestsCsv } from './contact-request-csv.js';
import { toEventType, toInboxRequest } from './contact-request.mapper.js';
import {
  ContactAttemptResultEnum, ContactChannelEnum, ContactOutcomeEnum, ContactRequestConnection, ContactRequestEventType,
  ContactRequestFilter, ContactRequestType,
} from './contact-request.types.js';

/** The counsellors' inbox (permission contactRequests.handle: COUNSELLOR and ORG_ADMIN of the organisation). */
@Resolver(() => ContactRequestType)
export class ContactRequestInboxResolver {
  @Query(() => ContactRequestConnection, { description: 'The viewer’s organisations’ requests, by due date.' })
  async contactRequests(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ContactRequestFilter, { nullable: true }) filter: ContactRequestFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<ContactRequestType>> {
    const page = await ctx.services.contactRequestInbox.list(ctx.viewer, filter, first, after);
    return toConnection(page, (request) => toInboxRequest(request, ctx.geo, ctx.clock()));
  }

  @Query(() => String, { description: 'The same list as CSV (UTF-8 with BOM, « ; »), up to 5,000 rows.' })
  async contactRequestsCsv(@Ctx() ctx: GraphQLContext, @Arg('filter', () => ContactRequestFilter, { nullable: true }) filter: ContactRequestFilter | null): Promise<string> {
    return contactRequestsCsv(await ctx.services.contactRequestInbox.listAll(ctx.viewer, filter), ctx.geo, ctx.clock());
  }

  @Query(() => ContactRequestType, { description: 'One request. NOT_FOUND, or FORBIDDEN outside the viewer’s organisations.' })
  async contactRequest(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ContactRequestType> {
    return toInboxRequest(await ctx.services.contactRequestInbox.get(ctx.viewer, id), ctx.geo, ctx.clock());
  }

  @Query(() => [OrganisationType], { description: 'Active organisations present in the youth’s département, to transfer the request to.' })
  async contactRequestTransferTargets(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<OrganisationType[]> {
    return (await ctx.services.contactRequestInbox.transferTargets(ctx.viewer, id)).map((organisation) => toOrganisationType(organisation, ctx.geo));
  }

  @FieldResolver(() => [ContactRequestEventType], { description: 'The log, oldest first.' })
  async events(@Ctx() ctx: GraphQLContext, @Root() request: ContactRequestType): Promise<ContactRequestEventType[]> {
    return (await ctx.services.contactRequestInbox.eventsOf(request.id)).map(toEventType);
  }

  @FieldResolver(() => Int, { description: 'Contact attempts logged.' })
  async attemptCount(@Ctx() ctx: GraphQLContext, @Root() request: ContactRequestType): Promise<number> {
    return ctx.services.contactRequestInbox.attemptCountOf(request.id);
  }

  @Mutation(() => ContactRequestType, { description: 'Assigns to the viewer; NEW → IN_PROGRESS.' })
  async assignContactRequestToMe(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ContactRequestType> {
    return toInboxRequest(await ctx.services.contactRequestInbox.assignToMe(ctx.viewer, id), ctx.geo, ctx.clock());
  }

  @Mutation(() => ContactRequestType, { description: 'Logs a call, SMS or email to the youth (the first one keeps the promise).' })
  async logContactAttempt(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('channel', () => ContactChannelEnum) channel: ContactChannel,
    @Arg('result', () => ContactAttemptResultEnum) result: ContactAttemptResult,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<ContactRequestType> {
    return toInboxRequest(await ctx.services.contactRequestInbox.logAttempt(ctx.viewer, id, channel, result, note), ctx.geo, ctx.clock());
  }

  @Mutation(() => ContactRequestType)
  async addContactRequestNote(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('note', () => String) note: string): Promise<ContactRequestType> {
    return toInboxRequest(await ctx.services.contactRequestInbox.addNote(ctx.viewer, id, note), ctx.geo, ctx.clock());
  }

  @Mutation(() => ContactRequestType, { description: 'CLOSED with an outcome (NO_ANSWER needs 3 logged attempts).' })
  async closeContactRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => ContactOutcomeEnum) outcome: ContactOutcome,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<ContactRequestType> {
    return toInboxRequest(await ctx.services.contactRequestInbox.close(ctx.viewer, id, outcome, note), ctx.geo, ctx.clock());
  }

  @Mutation(() => ContactRequestType, { description: 'Sends the request to another organisation: new due date from its default delay; the youth sees it.' })
  async transferContactRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<ContactRequestType> {
    return toInboxRequest(await ctx.services.contactRequestInbox.transfer(ctx.viewer, id, organisationId, note), ctx.geo, ctx.clock());
  }
}
