import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { subMonths } from 'date-fns';
import { DomainError } from '../shared/domain-error.js';
import { reachOf, requirePermission, requireViewer, type Permission, type Viewer } from '../accounts/authorization.js';
import { organisationScope } from '../accounts/organisation-scope.js';
import { nameAuditAction } from '../audit/audit-context.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { enqueueEmail } from '../notifications/email.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { Clock } from '../shared/clock.js';
import { keysetPage } from '../shared/keyset-page.js';
import { parseId, type Page } from '../shared/pagination.js';
import { OFFER_POPULATE, offerNotFound, organisationNotFound, reviewCommentSchema } from './portal-offer.service.js';
import { offersInReach } from './reach.js';
import { offerEditorsOf } from './recipients.js';
import { parseInput } from './validation.js';

/** A published offer not updated for this long is stale: its owners are asked to check it. */
export const STALE_AFTER_MONTHS = 6;
export const SENT_BACK_SUBJECT = 'Une offre à reprendre dans l’espace partenaires Balise';
export const STALE_REMINDER_SUBJECT = 'Des offres à vérifier dans l’espace partenaires Balise';

const NOT_A_REVIEWER = 'Réservé à la coordination territoriale et à l’administration de Balise.';

/**
 * What coordinators (of the offer's territory) and platform admins do with offers: publish,
 * send back with a comment, watch the stale ones and remind their owners.
 */
export class OfferReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  /** DRAFT or IN_REVIEW → PUBLISHED; the search index follows through the outbox. */
  async publish(viewer: Viewer | null, rawId: string): Promise<Offer> {
    const offer = await this.loadReviewable(viewer, rawId);
    if (offer.status === 'PUBLISHED') return offer;
    if (offer.status === 'ARCHIVED') throw new DomainError('CONFLICT', 'Cette offre est archivée : elle ne peut plus être publiée.', 'id');
    offer.status = 'PUBLISHED';
    offer.reviewComment = null;
    nameAuditAction(this.em, offer.id, 'PUBLISHED');
    await this.em.flush();
    return offer;
  }

  /** IN_REVIEW → DRAFT with the reviewer's comment, which the editors see on the offer and by email. */
  async sendBack(viewer: Viewer | null, rawId: string, rawComment: string): Promise<Offer> {
    const offer = await this.loadReviewable(viewer, rawId);
    const comment = parseInput(reviewCommentSchema, rawComment, 'comment');
    if (offer.status !== 'IN_REVIEW') throw new DomainError('CONFLICT', 'Seule une offre en relecture peut être renvoyée à son équipe.', 'id');
    offer.status = 'DRAFT';
    offer.reviewComment = comment;
    nameAuditAction(this.em, offer.id, 'SENT_BACK');
    for (const to of await offerEditorsOf(this.em, offer.organisation)) {
      enqueueEmail(this.em, {
        to,
        subject: SENT_BACK_SUBJECT,
        text: [
          'Bonjour,',
          '',
          `L’offre « ${offer.title} » de « ${offer.organisation.name} » a été relue et revient en brouillon, avec ce commentaire :`,
          '',
          comment,
          '',
          `Pour la reprendre puis la soumettre à nouveau : ${this.publicUrl}/pro/offres/${offer.id}`,
          '',
          'L’équipe Balise',
        ].join('\n'),
      });
    }
    await this.em.flush();
    return offer;
  }

  /** Offers waiting for review in the viewer's territory (admin: everywhere), oldest first. */
  reviewQueue(viewer: Viewer | null, first: number | null | undefined, after: string | null): Promise<Page<Offer>> {
    const organisations = this.reach(viewer, 'offers.review');
    return keysetPage(this.em, Offer, { where: { $and: [{ status: 'IN_REVIEW' }, organisations] }, sortKey: 'updatedAt', dateKey: true, first, after, populate: OFFER_POPULATE });
  }

  /** Published offers not updated for 6 months, of the organisations the viewer may edit, oldest first. */
  staleOffers(viewer: Viewer | null, first: number | null | undefined, after: string | null): Promise<Page<Offer>> {
    const organisations = this.reach(viewer, 'offers.edit');
    return keysetPage(this.em, Offer, { where: { $and: [this.staleWhere(), organisations] }, sortKey: 'updatedAt', dateKey: true, first, after, populate: OFFER_POPULATE });
  }

  /**
   * Emails the organisation's editors and admins (or its public address when it has none) one
   * message listing its stale offers' titles. Returns how many offers it listed (0: no email).
   */
  async remindStaleOffers(viewer: Viewer | null, rawOrganisationId: string): Promise<number> {
    const organisation = await this.em.findOne(Organisation, { id: parseId('organisationId', rawOrganisationId) }, { populate: ['venues'] });
    if (!organisation) {
      requireViewer(viewer);
      throw organisationNotFound();
    }
    requirePermission(viewer, 'offers.review', organisationScope(organisation, this.geo));
    const stale = await this.em.find(Offer, { ...this.staleWhere(), organisation: organisation.id }, { orderBy: { updatedAt: 'asc', id: 'asc' } });
    if (stale.length === 0) return 0;
    const list = stale.map((offer) => `- ${offer.title} (mise à jour le ${offer.updatedAt.toISOString().slice(0, 10)})`);
    for (const to of await offerEditorsOf(this.em, organisation)) {
      enqueueEmail(this.em, {
        to,
        subject: STALE_REMINDER_SUBJECT,
        text: [
          'Bonjour,',
          '',
          `Ces offres de « ${organisation.name} » n’ont pas été mises à jour depuis plus de ${STALE_AFTER_MONTHS} mois :`,
          '',
          ...list,
          '',
          'Les jeunes comptent sur des informations à jour : vérifie-les (horaires, conditions, contacts), puis enregistre-les, ou archive celles qui n’existent plus.',
          `${this.publicUrl}/pro`,
          '',
          'L’équipe Balise',
        ].join('\n'),
      });
    }
    await this.em.flush();
    return stale.length;
  }

  private staleWhere() {
    return { status: 'PUBLISHED' as const, updatedAt: { $lt: subMonths(this.clock(), STALE_AFTER_MONTHS) } };
  }

  /** The organisations a list may show; FORBIDDEN when the viewer holds no role granting `permission` anywhere. */
  private reach(viewer: Viewer | null, permission: Permission): FilterQuery<Offer> {
    const signedIn = requireViewer(viewer);
    const organisations = offersInReach(reachOf(signedIn, permission), this.geo);
    if (!organisations) throw new DomainError('FORBIDDEN', permission === 'offers.review' ? NOT_A_REVIEWER : 'Tu n’as accès aux offres d’aucune organisation.');
    return organisations;
  }

  private async loadReviewable(viewer: Viewer | null, rawId: string): Promise<Offer> {
    const offer = await this.em.findOne(Offer, { id: parseId('id', rawId) }, { populate: OFFER_POPULATE });
    if (!offer) {
      requireViewer(viewer);
      throw offerNotFound();
    }
    requirePermission(viewer, 'offers.review', organisationScope(offer.organisation, this.geo));
    return offer;
  }
}
