import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { NOT_SIGNED_IN, can, requirePermission, type Viewer } from '../accounts/authorization.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { nameAuditAction } from '../audit/audit-context.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Offer, type OfferStatus } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { keysetPage } from '../shared/keyset-page.js';
import { parseId, type Page } from '../shared/pagination.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { coverageColumns } from './coverage.js';
import { OFFER_LIMITS, offerInputSchema, type OfferInputValue } from './offer-input.js';
import { parseInput } from './validation.js';

export const OFFER_POPULATE = ['organisation', 'organisation.venues', 'venues'] as const;

export const offerNotFound = () => new DomainError('NOT_FOUND', 'Cette offre n’existe pas.', 'id');
export const organisationNotFound = (field = 'organisationId') => new DomainError('NOT_FOUND', 'Cette organisation n’existe pas.', field);

/**
 * The partner portal's offers: list, read, create, edit, submit for review, duplicate, archive.
 * Every operation checks `offers.edit` on the offer's organisation before reading the input
 * or writing anything. Publishing and sending back are the reviewers' (`offer-review.service.ts`).
 *
 * Status rules:
 * - a new offer, a duplicate, an offer sent back: DRAFT;
 * - submitForReview: DRAFT → IN_REVIEW (the reviewer's comment is cleared);
 * - editing a PUBLISHED offer puts it back IN_REVIEW (and out of search) unless the viewer may
 *   publish it (coordinator of its territory, admin): what youths see has always been reviewed;
 * - ARCHIVED is final: an archived offer cannot be edited (duplicate it to start again).
 */
export class PortalOfferService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
  ) {}

  /** An organisation's offers in every status, last updated first. */
  async list(viewer: Viewer | null, rawOrganisationId: string, status: OfferStatus | null, first: number | null | undefined, after: string | null): Promise<Page<Offer>> {
    const organisation = await this.loadOrganisation(rawOrganisationId, 'organisationId');
    requirePermission(viewer, 'offers.edit', organisationScope(organisation, this.geo));
    const where: FilterQuery<Offer> = { organisation: organisation.id, ...(status ? { status } : {}) };
    return keysetPage(this.em, Offer, { where, sortKey: 'updatedAt', dateKey: true, direction: 'desc', first, after, populate: OFFER_POPULATE });
  }

  /** Any offer of an organisation the viewer may edit, whatever its status; null when unknown. */
  async find(viewer: Viewer | null, rawId: string): Promise<Offer | null> {
    const offer = await this.em.findOne(Offer, { id: parseId('id', rawId) }, { populate: OFFER_POPULATE });
    if (!offer) {
      requireAnyEditor(viewer);
      return null;
    }
    requirePermission(viewer, 'offers.edit', organisationScope(offer.organisation, this.geo));
    return offer;
  }

  async create(viewer: Viewer | null, rawOrganisationId: string, input: unknown): Promise<Offer> {
    const organisation = await this.loadOrganisation(rawOrganisationId, 'organisationId');
    requirePermission(viewer, 'offers.edit', organisationScope(organisation, this.geo));
    const value = parseInput(offerInputSchema(this.geo), input);
    const offer = this.em.create(Offer, {
      id: randomUUID(),
      sourceKey: null,
      organisation,
      status: 'DRAFT',
      reviewComment: null,
      ...(await this.columns(value, organisation)),
    });
    await this.flush();
    return this.reload(offer.id);
  }

  async update(viewer: Viewer | null, rawId: string, input: unknown): Promise<Offer> {
    const offer = await this.loadEditable(viewer, rawId);
    const value = parseInput(offerInputSchema(this.geo), input);
    if (offer.status === 'ARCHIVED') throw new DomainError('CONFLICT', 'Cette offre est archivée : duplique-la pour la reprendre.', 'id');
    const { venues, ...columns } = await this.columns(value, offer.organisation);
    this.em.assign(offer, columns);
    offer.venues.set(venues);
    if (offer.status === 'PUBLISHED' && !can(viewer, 'offers.review', organisationScope(offer.organisation, this.geo))) {
      offer.status = 'IN_REVIEW';
      nameAuditAction(this.em, offer.id, 'UPDATED_FOR_REVIEW');
    }
    await this.flush();
    return this.reload(offer.id);
  }

  async submitForReview(viewer: Viewer | null, rawId: string): Promise<Offer> {
    const offer = await this.loadEditable(viewer, rawId);
    if (offer.status === 'IN_REVIEW') return offer;
    if (offer.status !== 'DRAFT') throw new DomainError('CONFLICT', offer.status === 'PUBLISHED' ? 'Cette offre est déjà publiée.' : 'Cette offre est archivée.', 'id');
    offer.status = 'IN_REVIEW';
    offer.reviewComment = null;
    nameAuditAction(this.em, offer.id, 'SUBMITTED');
    await this.flush();
    return offer;
  }

  /** A DRAFT copy of every field ("… (copie)"), same venues; sessions are not copied. */
  async duplicate(viewer: Viewer | null, rawId: string): Promise<Offer> {
    const source = await this.loadEditable(viewer, rawId);
    const suffix = ' (copie)';
    const copy = this.em.create(Offer, {
      id: randomUUID(),
      sourceKey: null,
      organisation: source.organisation,
      title: `${source.title.slice(0, OFFER_LIMITS.title - suffix.length)}${suffix}`,
      summary: source.summary,
      description: source.description,
      theme: source.theme,
      category: source.category,
      format: source.format,
      ageMin: source.ageMin,
      ageMax: source.ageMax,
      situations: [...source.situations],
      conditions: source.conditions ?? null,
      coverageCommunes: [...source.coverageCommunes],
      coverageEpcis: [...source.coverageEpcis],
      coverageDepartements: [...source.coverageDepartements],
      coverageNational: source.coverageNational,
      venues: source.venues.getItems(),
      remote: source.remote,
      cost: source.cost,
      validFrom: source.validFrom ?? null,
      validUntil: source.validUntil ?? null,
      responseDelayDays: source.responseDelayDays,
      engagement: [...source.engagement],
      externalUrl: source.externalUrl ?? null,
      phone: source.phone ?? null,
      status: 'DRAFT',
      reviewComment: null,
    });
    nameAuditAction(this.em, copy.id, 'DUPLICATED');
    await this.flush();
    return this.reload(copy.id);
  }

  /** Out of search and of the portal's active lists; kept for its history. */
  async archive(viewer: Viewer | null, rawId: string): Promise<Offer> {
    const offer = await this.loadEditable(viewer, rawId);
    if (offer.status === 'ARCHIVED') return offer;
    offer.status = 'ARCHIVED';
    nameAuditAction(this.em, offer.id, 'ARCHIVED');
    await this.flush();
    return offer;
  }

  /** Every session of an offer, cancelled ones included, by start. The caller already checked access to the offer. */
  sessionsOf(offerId: string): Promise<WorkshopSession[]> {
    return this.em.find(WorkshopSession, { offer: offerId }, { populate: ['venue'], orderBy: { startsAt: 'asc', id: 'asc' } });
  }

  /** The offer's history and its sessions', newest first. The caller already checked access to the offer. */
  auditOf(offerId: string): Promise<AuditEntry[]> {
    return this.em.find(AuditEntry, { offerId }, { populate: ['actorAccount'], orderBy: { at: 'desc', id: 'desc' }, limit: 500 });
  }

  async loadEditable(viewer: Viewer | null, rawId: string, field = 'id'): Promise<Offer> {
    const offer = await this.em.findOne(Offer, { id: parseId(field, rawId) }, { populate: OFFER_POPULATE });
    if (!offer) {
      requireAnyEditor(viewer);
      throw offerNotFound();
    }
    requirePermission(viewer, 'offers.edit', organisationScope(offer.organisation, this.geo));
    return offer;
  }

  private async loadOrganisation(rawId: string, field: string): Promise<Organisation> {
    const organisation = await this.em.findOne(Organisation, { id: parseId(field, rawId) }, { populate: ['venues'] });
    if (!organisation) throw organisationNotFound(field);
    return organisation;
  }

  private async columns(value: OfferInputValue, organisation: Organisation) {
    const venues = value.venueIds.length ? await this.em.find(Venue, { id: { $in: value.venueIds }, organisation: organisation.id }) : [];
    const found = new Set(venues.map((venue) => venue.id));
    const missing = value.venueIds.findIndex((venueId) => !found.has(venueId));
    if (missing >= 0) throw invalidInput(`input.venueIds[${missing}]`, 'Ce lieu n’est pas un lieu de l’organisation : ajoute-le d’abord à son profil.');
    const coverage = value.coverage ?? {
      communes: organisation.coverageCommunes,
      epcis: organisation.coverageEpcis,
      departements: organisation.coverageDepartements,
      national: organisation.coverageNational,
    };
    return {
      title: value.title,
      summary: value.summary,
      description: value.description,
      theme: value.theme,
      category: value.category,
      format: value.format,
      ageMin: value.eligibility.ageMin,
      ageMax: value.eligibility.ageMax,
      situations: value.eligibility.situations,
      conditions: value.eligibility.conditions,
      ...coverageColumns(coverage),
      venues,
      remote: value.remote,
      cost: value.cost,
      validFrom: value.validFrom,
      validUntil: value.validUntil,
      responseDelayDays: value.responseDelayDays ?? organisation.defaultResponseDelayDays,
      engagement: value.engagement,
      externalUrl: value.externalUrl,
      phone: value.phone,
    };
  }

  private flush() {
    return this.em.flush();
  }

  private async reload(id: string): Promise<Offer> {
    return this.em.findOneOrFail(Offer, { id }, { populate: OFFER_POPULATE, refresh: true });
  }
}

/**
 * For an id that does not exist: signed-out → UNAUTHENTICATED, and nobody learns more than
 * NOT_FOUND / null. (Known ids of other organisations answer FORBIDDEN.)
 */
function requireAnyEditor(viewer: Viewer | null): void {
  if (!viewer) throw new DomainError('UNAUTHENTICATED', NOT_SIGNED_IN);
}

export const reviewCommentSchema = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().min(1, { error: 'Écris ce qu’il faut reprendre.' }).max(2000, { error: 'Le commentaire : 2000 caractères au plus.' }));
