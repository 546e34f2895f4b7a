import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { requirePermission, requireViewer, type Viewer } from '../accounts/authorization.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import { nameAuditAction, shareAuditScope } from '../audit/audit-context.js';
import { lockSession } from '../bookings/booking-queries.js';
import type { SessionBookings } from '../bookings/session-bookings.js';
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
 * Same permission as the offer (`offers.edit`). Editing or cancelling takes the session's row
 * lock, like bookings do, and tells the booked youths (`SessionBookings`).
 */
export class WorkshopSessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
    private readonly offers: PortalOfferService,
    private readonly bookings: SessionBookings,
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
    const { id, offer } = await this.loadEditable(viewer, rawId);
    const value = parseInput(sessionUpdateSchema, input);
    if (value.date < this.today()) throw invalidInput('input.date', 'La séance ne peut pas être déplacée dans le passé.');
    const venue = await this.venue(offer, value.venueId);
    const startsAt = parisInstant(value.date, value.startTime);
    const endsAt = new Date(startsAt.getTime() + value.durationMinutes * 60_000);
    return this.withSessionLock(id, async (tx, session) => {
      if (session.status === 'CANCELLED') throw new DomainError('CONFLICT', 'Cette séance est annulée.', 'id');
      await this.bookings.assertCapacity(tx, session, value.capacity);
      const moved =
        session.startsAt.getTime() !== startsAt.getTime() || session.endsAt.getTime() !== endsAt.getTime() ||
        (session.venue?.id ?? null) !== (venue?.id ?? null) || (session.onlineUrl ?? null) !== (value.onlineUrl ?? null);
      tx.assign(session, { startsAt, endsAt, venue: venue ? tx.getReference(Venue, venue.id) : null, onlineUrl: value.onlineUrl, capacity: value.capacity });
      await tx.flush();
      if (moved) await tx.populate(session, ['venue']);
      await this.bookings.afterUpdate(tx, session, moved, this.clock());
      return session;
    });
  }

  async cancel(viewer: Viewer | null, rawId: string): Promise<WorkshopSession> {
    const { id } = await this.loadEditable(viewer, rawId);
    return this.withSessionLock(id, async (tx, session) => {
      if (session.status === 'CANCELLED') return session;
      session.status = 'CANCELLED';
      nameAuditAction(tx, session.id, 'CANCELLED');
      await this.bookings.afterCancel(tx, session, this.clock());
      return session;
    });
  }

  /** Runs `work` in a transaction holding the session's row lock, on the session as it is now (audited as the viewer). */
  private withSessionLock<T>(id: string, work: (tx: EntityManager, session: WorkshopSession) => Promise<T>): Promise<T> {
    return this.em.transactional(async (tx) => {
      shareAuditScope(this.em, tx);
      await lockSession(tx, id);
      const session = await tx.findOneOrFail(WorkshopSession, { id }, { populate: ['venue', 'offer.organisation'], refresh: true });
      return work(tx, session);
    });
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
