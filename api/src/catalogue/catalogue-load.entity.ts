import { defineEntity, p } from '@mikro-orm/core';

/** Records that a named catalogue (the demo one) was loaded, so a restart does not load it again. */
const CatalogueLoadSchema = defineEntity({
  name: 'CatalogueLoad',
  properties: {
    name: p.string().length(50).primary(),
    loadedAt: p.datetime(),
    organisations: p.integer(),
    offers: p.integer(),
  },
});

export class CatalogueLoad extends CatalogueLoadSchema.class {}
CatalogueLoadSchema.setClass(CatalogueLoad);
