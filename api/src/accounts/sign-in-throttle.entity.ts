import { defineEntity, p } from '@mikro-orm/core';

/**
 * Failed sign-ins per key ('email:' + sha256(email), or 'ip:' + address), in the database so
 * that every API process sees the same counts.
 */
const SignInThrottleSchema = defineEntity({
  name: 'SignInThrottle',
  properties: {
    key: p.string().length(100).primary(),
    failures: p.integer(),
    lastFailureAt: p.datetime(),
    lockedUntil: p.datetime().nullable(),
  },
});

export class SignInThrottle extends SignInThrottleSchema.class {}
SignInThrottleSchema.setClass(SignInThrottle);
