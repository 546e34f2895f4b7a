import type { MiddlewareFn } from 'type-graphql';
import { ipThrottleKey } from '../accounts/sign-in-throttle.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { RateLimiter, RateLimitRule } from './rate-limiter.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A second key for a mutation, beside the caller's address: who or what it targets. */
interface TargetRule {
  limit: number;
  windowMs: number;
  message: string;
  subject(args: Record<string, unknown>): string | undefined;
}

/**
 * Public mutations beyond requestContact (whose limits live in its service) and signIn (growing
 * delays per address and per email, accounts/sign-in-throttle.ts). Each one is counted per client
 * address (an IPv6 /64 counts as one), and some per target too.
 */
export const TARGET_RULES: Readonly<Record<string, TargetRule>> = {
  bookWorkshop: {
    limit: 10,
    windowMs: DAY,
    message: 'Tu as déjà fait beaucoup de réservations aujourd’hui avec ces coordonnées.',
    subject: (args) => {
      const input = (args['input'] ?? {}) as { email?: unknown; phone?: unknown };
      const contact = typeof input.email === 'string' && input.email ? input.email : input.phone;
      return typeof contact === 'string' && contact ? contact.trim().toLowerCase().replace(/[\s.-]/g, '') : undefined;
    },
  },
  requestPasswordReset: {
    limit: 5,
    windowMs: HOUR,
    message: 'Plusieurs liens de réinitialisation ont déjà été demandés pour cette adresse.',
    subject: (args) => (typeof args['email'] === 'string' ? args['email'].trim().toLowerCase() : undefined),
  },
};

export class PublicMutationLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly perIpPerHour: number,
  ) {}

  async check(mutation: string, args: Record<string, unknown>, ip: string): Promise<void> {
    const perIp: RateLimitRule = { name: `${mutation}-ip`, limit: this.perIpPerHour, windowMs: HOUR, message: 'Beaucoup de demandes sont parties de cette connexion.' };
    const checks = [{ rule: perIp, subject: ipThrottleKey(ip) }];
    const target = TARGET_RULES[mutation];
    const subject = target?.subject(args);
    if (target && subject) checks.push({ rule: { name: `${mutation}-target`, ...target }, subject });
    await this.limiter.hit(checks);
  }
}

/** On a public mutation: counts the call before it runs; RATE_LIMITED (retryAfterSeconds) past the limit, nothing written. */
export const RateLimitedPublicMutation: MiddlewareFn<GraphQLContext> = async ({ context, info, args }, next) => {
  await context.publicMutationLimits.check(info.fieldName, args, context.ip);
  return next();
};
