import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { reachOf, requirePermission, requireViewer, type Viewer } from '../accounts/authorization.js';
import { organisationScope, presenceScope } from '../accounts/organisation-scope.js';
import { nameAuditAction } from '../audit/audit-context.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { parseId } from '../shared/pagination.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { coverageColumns } from './coverage.js';
import { newOrganisationSchema, organisationProfileSchema, type OrganisationProfileValue } from './organisation-input.js';
import { organisationNotFound } from './portal-offer.service.js';
import { organisationsInReach } from './reach.js';
import { parseInput } from './validation.js';

/**
 * Organisations in the portal: the ones a viewer works on, their profile (contacts, coverage,
 * venues, default delay), and, for coordinators and admins, creating and validating them.
 */
export class OrganisationProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
  ) {}

  /** The organisations the viewer may work on in the portal (edit offers), by name. */
  async mine(viewer: Viewer | null): Promise<Organisation[]> {
    const where = organisationsInReach(reachOf(requireViewer(viewer), 'offers.edit'), this.geo);
    if (!where) throw new DomainError('FORBIDDEN', 'Tu n’as accès aux offres d’aucune organisation.');
    return this.em.find(Organisation, { $and: [where, { status: { $ne: 'ARCHIVED' } }] }, { populate: ['venues'], orderBy: { name: 'asc', id: 'asc' } });
  }

  /** PENDING organisations the viewer may validate (coordinator: their territory; admin: all), oldest first. */
  async pending(viewer: Viewer | null): Promise<Organisation[]> {
    const where = organisationsInReach(reachOf(requireViewer(viewer), 'organisations.validate'), this.geo);
    if (!where) throw new DomainError('FORBIDDEN', 'Réservé à la coordination territoriale et à l’administration de Balise.');
    return this.em.find(Organisation, { $and: [where, { status: 'PENDING' }] }, { populate: ['venues'], orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async updateProfile(viewer: Viewer | null, rawId: string, input: unknown): Promise<Organisation> {
    const organisation = await this.em.findOne(Organisation, { id: parseId('id', rawId) }, { populate: ['venues'] });
    if (!organisation) {
      requireViewer(viewer);
      throw organisationNotFound('id');
    }
    requirePermission(viewer, 'organisation.edit', organisationScope(organisation, this.geo));
    const value = parseInput(organisationProfileSchema(this.geo), input);
    // A coordinator may not move an organisation out of their territory (they would lose it).
    requirePermission(viewer, 'organisation.edit', this.scopeAfter(organisation.id, value));
    const existing = new Map(organisation.venues.getItems().map((venue) => [venue.id, venue]));
    value.venues.forEach((venue, index) => {
      if (venue.id && !existing.has(venue.id)) throw invalidInput(`input.venues[${index}].id`, 'Ce lieu n’appartient pas à cette organisation.');
    });
    const kept = new Set(value.venues.flatMap((venue) => (venue.id ? [venue.id] : [])));
    const removed = [...existing.values()].filter((venue) => !kept.has(venue.id));
    for (const venue of removed) await this.assertRemovable(venue);

    this.em.assign(organisation, this.profileColumns(value));
    for (const venue of value.venues) {
      const current = venue.id ? existing.get(venue.id) : undefined;
      const point = this.point(venue, current);
      if (current) this.em.assign(current, { name: venue.name, address: venue.address, communeCode: venue.communeCode, ...point });
      else this.em.create(Venue, { id: randomUUID(), organisation, sourceKey: null, name: venue.name, address: venue.address, communeCode: venue.communeCode, ...point });
    }
    for (const venue of removed) this.em.remove(venue);
    await this.em.flush();
    return this.reload(organisation.id);
  }

  /** A new partner of the coordinator's territory (admin: anywhere), PENDING until validated. Invite its members with inviteMember. */
  async create(viewer: Viewer | null, input: unknown): Promise<Organisation> {
    const signedIn = requireViewer(viewer);
    const value = parseInput(newOrganisationSchema(this.geo), input);
    const id = randomUUID();
    requirePermission(signedIn, 'organisations.validate', this.scopeAfter(id, value));
    const organisation = this.em.create(Organisation, { id, sourceKey: null, name: value.name, kind: value.kind, status: 'PENDING', ...this.profileColumns(value) });
    for (const venue of value.venues) {
      this.em.create(Venue, { id: randomUUID(), organisation, sourceKey: null, name: venue.name, address: venue.address, communeCode: venue.communeCode, ...this.point(venue) });
    }
    await this.em.flush();
    return this.reload(id);
  }

  /** PENDING → ACTIVE: its published offers become visible to youths. */
  async validate(viewer: Viewer | null, rawId: string): Promise<Organisation> {
    const organisation = await this.em.findOne(Organisation, { id: parseId('id', rawId) }, { populate: ['venues'] });
    if (!organisation) {
      requireViewer(viewer);
      throw organisationNotFound('id');
    }
    requirePermission(viewer, 'organisations.validate', organisationScope(organisation, this.geo));
    if (organisation.status === 'ACTIVE') return organisation;
    if (organisation.status !== 'PENDING') throw new DomainError('CONFLICT', 'Cette organisation est archivée.', 'id');
    organisation.status = 'ACTIVE';
    nameAuditAction(this.em, organisation.id, 'VALIDATED');
    await this.em.flush();
    return organisation;
  }

  private profileColumns(value: OrganisationProfileValue) {
    return {
      email: value.email,
      phone: value.phone,
      website: value.website,
      description: value.description,
      defaultResponseDelayDays: value.defaultResponseDelayDays,
      ...coverageColumns(value.coverage),
    };
  }

  private scopeAfter(id: string, value: OrganisationProfileValue) {
    return presenceScope(id, { ...coverageColumns(value.coverage), venueCommuneCodes: value.venues.map((venue) => venue.communeCode) }, this.geo);
  }

  /** The given point; else the current one while the commune is unchanged; else the commune's centre. */
  private point(venue: OrganisationProfileValue['venues'][number], current?: Venue): { lat: number; lng: number } {
    if (venue.lat !== null && venue.lng !== null) return { lat: venue.lat, lng: venue.lng };
    if (current && current.communeCode === venue.communeCode) return { lat: current.lat, lng: current.lng };
    const commune = this.geo.byCode(venue.communeCode)!;
    return { lat: commune.lat, lng: commune.lng };
  }

  private async assertRemovable(venue: Venue): Promise<void> {
    const offers = await this.em.count(Offer, { venues: venue.id, status: { $ne: 'ARCHIVED' } });
    const sessions = await this.em.count(WorkshopSession, { venue: venue.id, status: 'SCHEDULED' });
    if (offers + sessions > 0) {
      throw new DomainError(
        'CONFLICT',
        `Le lieu « ${venue.name} » sert encore à ${offers} offre(s) et ${sessions} séance(s) : retire-le d’abord de ces offres et séances.`,
        'input.venues',
      );
    }
  }

  private reload(id: string): Promise<Organisation> {
    return this.em.findOneOrFail(Organisation, { id }, { populate: ['venues'], refresh: true });
  }
}
