import { Arg, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RateLimitedPublicMutation } from '../rate-limits/public-mutation-limits.js';
import type { GraphQLContext } from '../graphql/context.js';
import { ContactNotice, ContactRequestReceipt, ContactRequestTracking, RequestContactInput } from './contact-request.types.js';
import { toReceipt, toTracking } from './contact-request.mapper.js';

/** The youth's side: public (no account); the tracking token is the capability. */
@Resolver()
export class ContactRequestResolver {
  @Query(() => ContactNotice, { description: 'The information notice version to send with requestContact, and the retention period it states.' })
  contactNotice(@Ctx() ctx: GraphQLContext): ContactNotice {
    return ctx.services.contactRequests.notice();
  }

  @Mutation(() => ContactRequestReceipt, { description: 'Idempotent on input.idempotencyKey. RATE_LIMITED (extensions.retryAfterSeconds) per connection and per phone/email.' })
  async requestContact(@Ctx() ctx: GraphQLContext, @Arg('input', () => RequestContactInput) input: RequestContactInput): Promise<ContactRequestReceipt> {
    const { request, token } = await ctx.services.contactRequests.request(input, ctx.ip);
    return toReceipt(request, token);
  }

  @Query(() => ContactRequestTracking, { nullable: true, description: 'Null for an unknown token.' })
  async contactRequestByToken(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<ContactRequestTracking | null> {
    const request = await ctx.services.contactRequests.track(token);
    return request ? toTracking(request, ctx.clock()) : null;
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => ContactRequestTracking, { description: '"J’ai été contacté·e".' })
  async reportContacted(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<ContactRequestTracking> {
    return toTracking(await ctx.services.contactRequests.reportContacted(token), ctx.clock());
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => ContactRequestTracking, { description: '"Je n’ai pas été contacté·e": after the due date; alerts the territory’s coordinator.' })
  async reportNotContacted(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<ContactRequestTracking> {
    return toTracking(await ctx.services.contactRequests.reportNotContacted(token), ctx.clock());
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => ContactRequestTracking)
  async cancelContactRequest(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<ContactRequestTracking> {
    return toTracking(await ctx.services.contactRequests.cancel(token), ctx.clock());
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => ContactRequestTracking, { description: 'Erases the youth’s personal data now (and cancels the request if open).' })
  async eraseContactRequest(@Ctx() ctx: GraphQLContext, @Arg('token', () => String) token: string): Promise<ContactRequestTracking> {
    return toTracking(await ctx.services.contactRequests.erase(token), ctx.clock());
  }
}
