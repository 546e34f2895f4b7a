import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { requirePermission, requireViewer, type Viewer } from '../accounts/authorization.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import { nameAuditAction } from '../audit/audit-context.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import type { Offer } from '../offers/offer.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import type { PortalOfferService } from '../portal/portal-offer.service.js';
import { parseInput } from '../portal/validation.js';
import { frenchDay, type Clock } from '../shared/clock.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { parseId } from '../shared/pagination.js';
import { parisInstant, seriesOccurrences } from './session-series.js';
import { sessionSeriesSchema, sessionUpdateSchema } from './session-input.js';
import { WorkshopSession } from './workshop-session.entity.js';

/**
 * Workshop sessions in the partner portal: create a series, edit or cancel one session.
 * Times are wall-clock Europe/Paris (a 14:00 session stays 14:00 across DST changes).
 * Same permission as the offer (`offers.edit`). Booking notifications come with bookings.
 */
export class WorkshopSessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
    private readonly offers: PortalOfferService,
  ) {}

  async createSeries(viewer: Viewer | null, input: unknown): Promise<WorkshopSession[]> {
    const rawOfferId = typeof input === 'object' && input && 'offerId' in input ? String(input.offerId) : '';
    const offer = await this.offers.loadEditable(viewer, rawOfferId, 'input.offerId');
    const value = parseInput(sessionSeriesSchema, input);
    this.assertWorkshop(offer);
    if (value.firstDate < this.today()) throw invalidInput('input.firstDate', 'La première séance ne peut pas être dans le passé.');
    const venue = await this.venue(offer, value.venueId);
    const sessions = seriesOccurrences(value).map(({ startsAt, endsAt }) =>
      this.em.create(WorkshopSession, {
        id: randomUUID(),
        sourceKey: null,
        offer,
        startsAt,
        endsAt,
        venue,
        onlineUrl: value.onlineUrl,
        capacity: value.capacity,
        status: 'SCHEDULED',
      }),
    );
    await this.em.flush();
    return sessions;
  }

  async update(viewer: Viewer | null, rawId: string, input: unknown): Promise<WorkshopSession> {
    const session = await this.loadEditable(viewer, rawId);
    const value = parseInput(sessionUpdateSchema, input);
    if (session.status === 'CANCELLED') throw new DomainError('CONFLICT', 'Cette séance est annulée.', 'id');
    if (value.date < this.today()) throw invalidInput('input.date', 'La séance ne peut pas être déplacée dans le passé.');
    const venue = await this.venue(session.offer, value.venueId);
    const startsAt = parisInstant(value.date, value.startTime);
    this.em.assign(session, {
      startsAt,
      endsAt: new Date(startsAt.getTime() + value.durationMinutes * 60_000),
      venue,
      onlineUrl: value.onlineUrl,
      capacity: value.capacity,
    });
    await this.em.flush();
    return session;
  }

  async cancel(viewer: Viewer | null, rawId: string): Promise<WorkshopSession> {
    const session = await this.loadEditable(viewer, rawId);
    if (session.status === 'CANCELLED') return session;
    session.status = 'CANCELLED';
    nameAuditAction(this.em, session.id, 'CANCELLED');
    await this.em.flush();
    return session;
  }

  private async loadEditable(viewer: Viewer | null, rawId: string): Promise<WorkshopSession> {
    const session = await this.em.findOne(WorkshopSession, { id: parseId('id', rawId) }, { populate: ['venue', 'offer.organisation.venues'] });
    if (!session) {
      requireViewer(viewer);
      throw new DomainError('NOT_FOUND', 'Cette séance n’existe pas.', 'id');
    }
    requirePermission(viewer, 'offers.edit', organisationScope(session.offer.organisation, this.geo));
    return session;
  }

  private assertWorkshop(offer: Offer): void {
    if (offer.format !== 'WORKSHOP') throw invalidInput('input.offerId', 'Les séances sont réservées aux offres au format atelier (WORKSHOP).');
    if (offer.status === 'ARCHIVED') throw new DomainError('CONFLICT', 'Cette offre est archivée.', 'input.offerId');
  }

  private async venue(offer: Offer, venueId: string | null): Promise<Venue | null> {
    if (!venueId) return null;
    const venue = await this.em.findOne(Venue, { id: venueId, organisation: offer.organisation.id });
    if (!venue) throw invalidInput('input.venueId', 'Ce lieu n’est pas un lieu de l’organisation.');
    return venue;
  }

  private today(): string {
    return frenchDay(this.clock());
  }
}
