import { defineEntity, p } from '@mikro-orm/core';
import { ORGANISATION_KINDS } from '@balise/seeds/catalogue-types';
import { Venue } from './venue.entity.js';

export const ORGANISATION_STATUSES = ['PENDING', 'ACTIVE', 'ARCHIVED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

const OrganisationSchema = defineEntity({
  name: 'Organisation',
  properties: {
    id: p.uuid().primary(),
    /** Stable key of the catalogue the row came from (demo or import); null when created in the portal. */
    sourceKey: p.string().nullable().unique(),
    name: p.string().length(200),
    kind: p.enum(ORGANISATION_KINDS),
    description: p.text().default(''),
    email: p.string().length(254),
    phone: p.string().length(30),
    website: p.string().length(500).nullable(),
    coverageCommunes: p.array().default([]),
    coverageEpcis: p.array().default([]),
    coverageDepartements: p.array().default([]),
    coverageNational: p.boolean().default(false),
    defaultResponseDelayDays: p.integer(),
    status: p.enum(ORGANISATION_STATUSES).default('PENDING').index(),
    venues: () => p.oneToMany(Venue).mappedBy('organisation').orderBy({ name: 'asc' }),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Organisation extends OrganisationSchema.class {}
OrganisationSchema.setClass(Organisation);
