import { Arg, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RateLimitedPublicMutation } from '../rate-limits/public-mutation-limits.js';
import type { GraphQLContext } from '../graphql/context.js';
import { DomainError } from '../shared/domain-error.js';
import type { Account } from './account.entity.js';
import { toAccountType } from './account.mapper.js';
import type { IssuedSession } from './account.service.js';
import { AccountType, InviteMemberInput } from './account.types.js';

@Resolver()
export class AccountResolver {
  @Query(() => AccountType, { nullable: true, description: 'The signed-in professional; null when signed out.' })
  async me(@Ctx() ctx: GraphQLContext): Promise<AccountType | null> {
    if (!ctx.viewer) return null;
    const account = await ctx.services.accounts.findAccount(ctx.viewer.accountId);
    return account ? toAccountType(account, ctx.geo) : null;
  }

  @Mutation(() => AccountType, { description: 'Opens a session (HttpOnly cookie). Wrong email or password: UNAUTHENTICATED; too many failures: RATE_LIMITED with retryAfterSeconds.' })
  async signIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<AccountType> {
    const { account, session } = await ctx.services.accounts.signIn(email, password, ctx.ip);
    return startSession(ctx, account, session);
  }

  @Mutation(() => Boolean, { description: 'Ends the session and clears its cookie; true even when nobody was signed in.' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (ctx.sessionId) await ctx.services.accounts.revokeSession(ctx.sessionId);
    ctx.sessionCookie.clear();
    return true;
  }

  @Mutation(() => Boolean, { description: 'Gives an email access to an organisation and sends an invitation link. ORG_ADMIN of the organisation, a coordinator of its territory, or PLATFORM_ADMIN.' })
  async inviteMember(@Ctx() ctx: GraphQLContext, @Arg('input', () => InviteMemberInput) input: InviteMemberInput): Promise<boolean> {
    await ctx.services.accounts.inviteMember(ctx.viewer, input, ctx.geo);
    return true;
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => AccountType, { description: 'Sets the first password from an invitation link (single use, 7 days) and signs in.' })
  async acceptInvitation(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
  ): Promise<AccountType> {
    const { account, session } = await ctx.services.accounts.acceptInvitation(token, password);
    return startSession(ctx, account, session);
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => Boolean, { description: 'Emails a reset link if the address has an account; always true.' })
  async requestPasswordReset(@Ctx() ctx: GraphQLContext, @Arg('email', () => String) email: string): Promise<boolean> {
    return ctx.services.accounts.requestPasswordReset(email);
  }

  @UseMiddleware(RateLimitedPublicMutation)
  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link (single use, 1 hour) and ends every session of the account.' })
  async resetPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
  ): Promise<boolean> {
    await ctx.services.accounts.resetPassword(token, password);
    if (ctx.sessionId) ctx.sessionCookie.clear();
    return true;
  }
}

/** Replaces any session this browser had by the new one. */
async function startSession(ctx: GraphQLContext, account: Account, session: IssuedSession): Promise<AccountType> {
  if (ctx.sessionId) await ctx.services.accounts.revokeSession(ctx.sessionId);
  ctx.sessionCookie.set(session.token, session.expiresAt);
  const loaded = await ctx.services.accounts.findAccount(account.id);
  if (!loaded) throw new DomainError('UNAUTHENTICATED', 'Ce compte n’est plus actif.');
  return toAccountType(loaded, ctx.geo);
}
