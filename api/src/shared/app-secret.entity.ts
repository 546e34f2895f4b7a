import { defineEntity, p } from '@mikro-orm/core';

/** Secrets the server makes for itself when none is configured (see capability-token.ts). */
const AppSecretSchema = defineEntity({
  name: 'AppSecret',
  properties: {
    name: p.string().length(60).primary(),
    value: p.string().length(200),
  },
});

export class AppSecret extends AppSecretSchema.class {}
AppSecretSchema.setClass(AppSecret);
