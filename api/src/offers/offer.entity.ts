import { defineEntity, p } from '@mikro-orm/core';
import { OFFER_FORMATS, THEME_CODES } from '@balise/seeds/catalogue-types';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';

export const OFFER_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

const OfferSchema = defineEntity({
  name: 'Offer',
  properties: {
    id: p.uuid().primary(),
    sourceKey: p.string().nullable().unique(),
    organisation: () => p.manyToOne(Organisation).index(),
    title: p.string().length(160),
    summary: p.string().length(400),
    description: p.text(),
    theme: p.enum(THEME_CODES).index(),
    category: p.string().length(120),
    format: p.enum(OFFER_FORMATS),
    ageMin: p.integer(),
    ageMax: p.integer(),
    situations: p.array().default([]),
    conditions: p.text().nullable(),
    coverageCommunes: p.array().default([]),
    coverageEpcis: p.array().default([]),
    coverageDepartements: p.array().default([]),
    coverageNational: p.boolean().default(false),
    venues: () => p.manyToMany(Venue).owner().pivotTable('offer_venue'),
    remote: p.boolean().default(false),
    cost: p.string().length(200),
    validFrom: p.string().columnType('date').nullable(),
    validUntil: p.string().columnType('date').nullable(),
    responseDelayDays: p.integer(),
    engagement: p.array().default([]),
    externalUrl: p.string().length(500).nullable(),
    phone: p.string().length(30).nullable(),
    status: p.enum(OFFER_STATUSES).default('DRAFT').index(),
    /** The reviewer's comment when the offer was sent back to its editors; cleared when submitted again. */
    reviewComment: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['title', 'id'] }],
  checks: [
    { name: 'offer_age_range_check', expression: 'age_min >= 15 and age_max <= 30 and age_min <= age_max' },
    { name: 'offer_response_delay_check', expression: 'response_delay_days >= 1 and response_delay_days <= 7' },
  ],
});

export class Offer extends OfferSchema.class {}
OfferSchema.setClass(Offer);
