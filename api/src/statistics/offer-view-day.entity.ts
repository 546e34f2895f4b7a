import { defineEntity, p } from '@mikro-orm/core';
import { Offer } from '../offers/offer.entity.js';

/** How many times an offer's page was opened on a day of France. A counter: no IP, no session, nothing about who. */
const OfferViewDaySchema = defineEntity({
  name: 'OfferViewDay',
  properties: {
    offer: () => p.manyToOne(Offer).primary().deleteRule('cascade'),
    day: p.string().columnType('date').primary(),
    views: p.integer(),
  },
});

export class OfferViewDay extends OfferViewDaySchema.class {}
OfferViewDaySchema.setClass(OfferViewDay);
