import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { organisationScope } from '../accounts/organisation-scope.js';
import { hashToken, looksLikeToken } from '../accounts/tokens.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Offer } from '../offers/offer.entity.js';
import { parseInput } from '../portal/validation.js';
import type { RateLimiter, RateLimitRule } from '../rate-limits/rate-limiter.js';
import { capabilityToken } from '../shared/capability-token.js';
import type { Clock } from '../shared/clock.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { CURRENT_NOTICE_VERSION } from './contact-notice.js';
import { ContactRequestEmails } from './contact-request-emails.js';
import { erasePersonalData, logEvent, scheduleDeadlineJobs, scheduleErasure, scheduleExpiry } from './contact-request-jobs.js';
import { ContactRequest, OPEN_STATUSES } from './contact-request.entity.js';
import { requestContactSchema, type RequestContactValue } from './contact-request-input.js';
import { dueDateFor, frenchDayLabel } from './due-date.js';
import { coordinatorsOf, counsellorsOf } from './recipients.js';

export interface ContactRequestSettings {
  publicUrl: string;
  tokenSecret: Buffer;
  retentionMonths: number;
  rateLimits: { contactRequestsPerIpPerHour: number; contactRequestsPerContactPerDay: number };
}

export interface ContactRequestReceipt {
  request: ContactRequest;
  token: string;
}

const TOKEN_PURPOSE = 'contact-request';
const HOUR = 60 * 60 * 1000;
const TRACKING_POPULATE = ['offer', 'organisation', 'organisation.venues'] as const;

const requestNotFound = () => new DomainError('NOT_FOUND', 'Cette demande n’existe pas, ou son lien est incomplet.', 'token');

/**
 * The youth's side of "Être rappelé·e": send a request (idempotent on the client's key), follow
 * it with the tracking token, say whether someone called, cancel, erase one's data. Youths
 * have no account: the token is the capability, and only its hash is stored.
 */
export class ContactRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
    private readonly settings: ContactRequestSettings,
    private readonly rateLimiter: RateLimiter,
  ) {}

  notice(): { version: string; retentionMonths: number } {
    return { version: CURRENT_NOTICE_VERSION, retentionMonths: this.settings.retentionMonths };
  }

  async request(rawInput: unknown, ip: string): Promise<ContactRequestReceipt> {
    const input = parseInput(requestContactSchema, rawInput);
    const { token, hash } = capabilityToken(this.settings.tokenSecret, TOKEN_PURPOSE, input.idempotencyKey);
    const keyHash = hashToken(input.idempotencyKey);
    const replay = await this.findReplay(keyHash, hash);
    if (replay) return { request: replay, token };
    const offer = await this.bookableOffer(input);
    await this.rateLimiter.hit(this.rateLimitChecks(input, ip));
    try {
      const request = await this.create(input, offer, keyHash, hash, token);
      return { request, token };
    } catch (error) {
      // The same key sent twice at once: the other one won; answer with its request.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const winner = await this.findReplay(keyHash, hash);
      if (!winner) throw error;
      return { request: winner, token };
    }
  }

  /** The request behind a tracking token; null when unknown. */
  async track(token: string): Promise<ContactRequest | null> {
    if (!looksLikeToken(token)) return null;
    return this.em.findOne(ContactRequest, { tokenHash: hashToken(token) }, { populate: TRACKING_POPULATE });
  }

  /** "J'ai été contacté·e". */
  async reportContacted(token: string): Promise<ContactRequest> {
    const request = await this.requireTracked(token);
    if (!request.youthReportedContactAt && !request.erasedAt) {
      const now = this.clock();
      request.youthReportedContactAt = now;
      request.firstContactAt ??= now;
      logEvent(this.em, request, 'YOUTH_CONTACTED', now);
      await this.em.flush();
    }
    return request;
  }

  /** "Je n'ai pas été contacté·e": after the due date only; alerts the territory's coordinator (once). */
  async reportNotContacted(token: string): Promise<ContactRequest> {
    const request = await this.requireTracked(token);
    const now = this.clock();
    if (!OPEN_STATUSES.includes(request.status)) throw new DomainError('CONFLICT', 'Cette demande est close : plus rien à signaler.', 'token');
    if (now <= request.dueAt) {
      throw new DomainError('BAD_USER_INPUT', `${request.organisation.name} a jusqu’au ${frenchDayLabel(request.dueAt)} au soir pour te contacter. Si personne ne l’a fait d’ici là, reviens le signaler.`, 'token');
    }
    if (!request.youthReportedNoContactAt) {
      request.youthReportedNoContactAt = now;
      logEvent(this.em, request, 'YOUTH_NOT_CONTACTED', now);
      const coordinators = await coordinatorsOf(this.em, organisationScope(request.organisation, this.geo));
      new ContactRequestEmails(this.em, this.settings.publicUrl).promiseBroken(request, coordinators, 'YOUTH_NOT_CONTACTED');
      await this.em.flush();
    }
    return request;
  }

  async cancel(token: string): Promise<ContactRequest> {
    const request = await this.requireTracked(token);
    if (OPEN_STATUSES.includes(request.status)) {
      this.end(request, 'CANCELLED');
      await this.em.flush();
    }
    return request;
  }

  /** "Effacer mes données": now, whatever the status (an open request is cancelled first). */
  async erase(token: string): Promise<ContactRequest> {
    const request = await this.requireTracked(token);
    if (request.erasedAt) return request;
    if (OPEN_STATUSES.includes(request.status)) this.end(request, 'CANCELLED', false);
    await erasePersonalData(this.em, request, this.clock());
    await this.em.flush();
    return request;
  }

  private end(request: ContactRequest, status: 'CANCELLED', scheduleErase = true): void {
    const now = this.clock();
    Object.assign(request, { status, endedAt: now });
    logEvent(this.em, request, 'CANCELLED', now);
    if (scheduleErase) scheduleErasure(this.em, request, this.settings.retentionMonths);
  }

  private async requireTracked(token: string): Promise<ContactRequest> {
    const request = await this.track(token);
    if (!request) throw requestNotFound();
    return request;
  }

  private async findReplay(keyHash: string, tokenHash: string): Promise<ContactRequest | null> {
    const request = await this.em.findOne(ContactRequest, { idempotencyKeyHash: keyHash }, { populate: TRACKING_POPULATE });
    // A key reused by someone else never gives their request away: the token would not match.
    if (request && request.tokenHash !== tokenHash) throw invalidInput('idempotencyKey', 'Cette clé a déjà servi : recharge la page.');
    return request;
  }

  private async bookableOffer(input: RequestContactValue): Promise<Offer> {
    if (!this.geo.byCode(input.communeCode)) throw invalidInput('input.communeCode', 'Choisis ta commune dans la liste.');
    const offer = await this.em.findOne(Offer, { id: input.offerId, status: 'PUBLISHED' }, { populate: ['organisation'] });
    if (!offer || offer.organisation.status !== 'ACTIVE') throw new DomainError('NOT_FOUND', 'Cette offre n’existe pas ou n’est plus publiée.', 'input.offerId');
    if (!offer.engagement.includes('CONTACT_REQUEST')) {
      throw invalidInput('input.offerId', 'Cette offre ne propose pas d’être rappelé·e : contacte l’organisation avec les coordonnées de l’offre.');
    }
    if (input.age < offer.ageMin || input.age > offer.ageMax) {
      throw invalidInput('input.age', `Cette offre est réservée aux ${offer.ageMin}–${offer.ageMax} ans. Nous n’avons rien enregistré : d’autres offres t’attendent sur Balise.`);
    }
    return offer;
  }

  private rateLimitChecks(input: RequestContactValue, ip: string): { rule: RateLimitRule; subject: string }[] {
    const { contactRequestsPerIpPerHour, contactRequestsPerContactPerDay } = this.settings.rateLimits;
    const perIp: RateLimitRule = { name: 'contact-ip', limit: contactRequestsPerIpPerHour, windowMs: HOUR, message: 'Beaucoup de demandes de rappel sont parties de cette connexion.' };
    const perContact: RateLimitRule = { name: 'contact-value', limit: contactRequestsPerContactPerDay, windowMs: 24 * HOUR, message: 'Tu as déjà envoyé plusieurs demandes aujourd’hui avec ces coordonnées.' };
    return [
      { rule: perIp, subject: ip },
      ...[input.phone, input.email].filter((value): value is string => Boolean(value)).map((subject) => ({ rule: perContact, subject })),
    ];
  }

  private async create(input: RequestContactValue, offer: Offer, keyHash: string, tokenHash: string, token: string): Promise<ContactRequest> {
    const now = this.clock();
    const request = this.em.create(ContactRequest, {
      offer,
      organisation: offer.organisation,
      firstName: input.firstName,
      age: input.age,
      communeCode: input.communeCode,
      situation: input.situation,
      channel: input.channel,
      phone: input.phone,
      email: input.email,
      preferredMoments: input.preferredMoments,
      message: input.message,
      noticeVersion: input.noticeVersion,
      noticeAcceptedAt: now,
      idempotencyKeyHash: keyHash,
      tokenHash,
      dueAt: dueDateFor(now, offer.responseDelayDays),
      createdAt: now,
    });
    logEvent(this.em, request, 'CREATED', now);
    const emails = new ContactRequestEmails(this.em, this.settings.publicUrl);
    emails.newRequest(request, await counsellorsOf(this.em, request.organisation));
    emails.acknowledgement(request, token);
    scheduleDeadlineJobs(this.em, request, now);
    scheduleExpiry(this.em, request);
    try {
      await this.em.flush();
    } catch (error) {
      this.em.clear(); // nothing of the refused flush stays in this request's unit of work
      throw error;
    }
    return request;
  }
}
