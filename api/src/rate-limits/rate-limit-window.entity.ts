import { defineEntity, p } from '@mikro-orm/core';

/** Hits per key in the current fixed window, in the database so every API process counts together. */
const RateLimitWindowSchema = defineEntity({
  name: 'RateLimitWindow',
  properties: {
    key: p.string().length(120).primary(),
    windowStart: p.datetime(),
    hits: p.integer(),
  },
});

export class RateLimitWindow extends RateLimitWindowSchema.class {}
RateLimitWindowSchema.setClass(RateLimitWindow);
