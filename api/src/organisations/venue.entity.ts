import { defineEntity, p } from '@mikro-orm/core';
import { Organisation } from './organisation.entity.js';

/** A place where an organisation receives youths. */
const VenueSchema = defineEntity({
  name: 'Venue',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade').index(),
    sourceKey: p.string().nullable(),
    name: p.string().length(200),
    address: p.string().length(300),
    communeCode: p.string().length(5).index(),
    lat: p.float().columnType('double precision'),
    lng: p.float().columnType('double precision'),
  },
  uniques: [{ properties: ['organisation', 'sourceKey'] }],
});

export class Venue extends VenueSchema.class {}
VenueSchema.setClass(Venue);
