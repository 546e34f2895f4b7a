import { z } from 'zod';
import { ENGAGEMENT_MODES, OFFER_FORMATS, SITUATIONS, THEME_CODES } from '@balise/seeds/catalogue-types';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { coverageSchema } from './coverage.js';
import { FRENCH_PHONE, enumOf, httpsUrl, id, intBetween, isoDay, line, optional, paragraphs } from './validation.js';

export const OFFER_LIMITS = { title: 160, summary: 400, description: 5000, category: 120, cost: 200, conditions: 1000 } as const;

/**
 * Every field of an offer as an editor writes it. Cross-field rules:
 * - ageMin ≤ ageMax, both 15..30;
 * - validFrom ≤ validUntil;
 * - at least one way to engage; EXTERNAL_LINK needs an https `externalUrl`, PHONE a French
 *   `phone`, BOOKING the WORKSHOP format (youths book a session);
 * - at least one venue, or `remote`.
 * `coverage` null means the organisation's coverage; `responseDelayDays` null its default delay.
 */
export function offerInputSchema(geo: GeoDirectory) {
  return z
    .object({
      title: line('Le titre', OFFER_LIMITS.title),
      summary: paragraphs('Le résumé', OFFER_LIMITS.summary),
      description: paragraphs('La description', OFFER_LIMITS.description),
      theme: enumOf('Le thème', THEME_CODES),
      category: line('La catégorie', OFFER_LIMITS.category),
      format: enumOf('Le format', OFFER_FORMATS),
      eligibility: z.object({
        ageMin: intBetween('L’âge minimum', 15, 30, ' ans'),
        ageMax: intBetween('L’âge maximum', 15, 30, ' ans'),
        situations: z
          .array(enumOf('La situation', SITUATIONS))
          .default([])
          .transform((values) => [...new Set(values)]),
        conditions: optional(paragraphs('Les conditions', OFFER_LIMITS.conditions)),
      }),
      coverage: coverageSchema(geo).nullable().optional().transform((value) => value ?? null),
      venueIds: z
        .array(id('Le lieu'))
        .max(50, { error: 'Lieux : 50 au plus.' })
        .default([])
        .transform((values) => [...new Set(values)]),
      remote: z.boolean().default(false),
      cost: line('Le coût', OFFER_LIMITS.cost),
      validFrom: optional(isoDay('Le début de validité')),
      validUntil: optional(isoDay('La fin de validité')),
      responseDelayDays: intBetween('Le délai de réponse', 1, 7, ' jours').nullable().optional().transform((value) => value ?? null),
      engagement: z
        .array(enumOf('La façon de s’inscrire', ENGAGEMENT_MODES))
        .min(1, { error: 'Choisis au moins une façon de s’inscrire : demande de contact, réservation, lien ou téléphone.' })
        .transform((values) => [...new Set(values)]),
      externalUrl: optional(httpsUrl('Le lien')),
      phone: optional(z.string().transform((value) => value.trim().replace(/\s+/g, ' '))),
    })
    .superRefine((offer, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (offer.eligibility.ageMin > offer.eligibility.ageMax) issue(['eligibility', 'ageMax'], 'L’âge maximum doit être supérieur ou égal à l’âge minimum.');
      if (offer.validFrom && offer.validUntil && offer.validFrom > offer.validUntil) issue(['validUntil'], 'La fin de validité doit venir après son début.');
      if (offer.engagement.includes('EXTERNAL_LINK') && !offer.externalUrl) issue(['externalUrl'], 'Le lien : obligatoire pour une inscription par lien (https://…).');
      if (offer.engagement.includes('PHONE') && !offer.phone) issue(['phone'], 'Le téléphone : obligatoire pour une inscription par téléphone.');
      if (offer.phone && !FRENCH_PHONE.test(offer.phone)) issue(['phone'], 'Le téléphone : indique un numéro français, par exemple 05 58 46 00 00.');
      if (offer.engagement.includes('BOOKING') && offer.format !== 'WORKSHOP') issue(['engagement'], 'La réservation de places n’existe que pour les ateliers (format WORKSHOP).');
      if (offer.venueIds.length === 0 && !offer.remote) issue(['venueIds'], 'Choisis au moins un lieu, ou indique que l’offre se suit à distance.');
    });
}

export type OfferInputValue = z.output<ReturnType<typeof offerInputSchema>>;
