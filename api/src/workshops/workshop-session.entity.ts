import { defineEntity, p } from '@mikro-orm/core';
import { Offer } from '../offers/offer.entity.js';
import { Venue } from '../organisations/venue.entity.js';

export const SESSION_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;

const WorkshopSessionSchema = defineEntity({
  name: 'WorkshopSession',
  properties: {
    id: p.uuid().primary(),
    /** Stable key from the catalogue the session came from; null when created in the portal. */
    sourceKey: p.string().nullable().unique(),
    offer: () => p.manyToOne(Offer).deleteRule('cascade').index(),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    venue: () => p.manyToOne(Venue).nullable().deleteRule('set null'),
    onlineUrl: p.string().length(500).nullable(),
    capacity: p.integer(),
    status: p.enum(SESSION_STATUSES).default('SCHEDULED'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['offer', 'startsAt'] }],
  checks: [
    { name: 'workshop_session_capacity_check', expression: 'capacity >= 1 and capacity <= 500' },
    { name: 'workshop_session_time_check', expression: 'ends_at > starts_at' },
  ],
});

export class WorkshopSession extends WorkshopSessionSchema.class {}
WorkshopSessionSchema.setClass(WorkshopSession);
