import { z } from 'zod';
import { ORGANISATION_KINDS } from '@balise/seeds/catalogue-types';
import { distanceKm } from '../geo/distance.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { coverageSchema } from './coverage.js';
import { email, enumOf, frenchPhone, httpsUrl, id, intBetween, line, optional, paragraphs } from './validation.js';

/** A venue's point, when given, must lie within this distance of its commune's centre (catches swapped lat/lng). */
export const VENUE_POINT_MAX_KM = 30;

function venueSchema(geo: GeoDirectory) {
  return z
    .object({
      id: id('Le lieu').nullable().optional().transform((value) => value ?? null),
      name: line('Le nom du lieu', 200),
      address: line('L’adresse', 300),
      communeCode: z
        .string()
        .trim()
        .refine((code) => Boolean(geo.byCode(code)), { error: 'La commune : ce code INSEE n’existe pas.' }),
      lat: z.number().min(-90).max(90).nullable().optional().transform((value) => value ?? null),
      lng: z.number().min(-180).max(180).nullable().optional().transform((value) => value ?? null),
    })
    .superRefine((venue, ctx) => {
      if ((venue.lat === null) !== (venue.lng === null)) {
        ctx.addIssue({ code: 'custom', path: [venue.lat === null ? 'lat' : 'lng'], message: 'Indique la latitude et la longitude ensemble, ou aucune des deux (le centre de la commune).' });
        return;
      }
      const commune = geo.byCode(venue.communeCode);
      if (commune && venue.lat !== null && venue.lng !== null && distanceKm(commune, { lat: venue.lat, lng: venue.lng }) > VENUE_POINT_MAX_KM) {
        ctx.addIssue({ code: 'custom', path: ['lat'], message: `Ce point est à plus de ${VENUE_POINT_MAX_KM} km de ${commune.name} : vérifie la latitude et la longitude.` });
      }
    });
}

/**
 * An organisation's public profile: contacts, description, default response delay, coverage,
 * venues. `venues` is the full list: an entry with an `id` updates that venue, one without
 * adds a venue, a venue left out is removed (refused while offers or sessions use it).
 */
export function organisationProfileSchema(geo: GeoDirectory) {
  return z.object({
    email: email('L’email'),
    phone: frenchPhone('Le téléphone'),
    website: optional(httpsUrl('Le site web')),
    description: paragraphs('La présentation', 2000, 0),
    defaultResponseDelayDays: intBetween('Le délai de réponse', 1, 7, ' jours'),
    coverage: coverageSchema(geo),
    venues: z.array(venueSchema(geo)).max(50, { error: 'Lieux : 50 au plus.' }),
  });
}

export function newOrganisationSchema(geo: GeoDirectory) {
  return organisationProfileSchema(geo).extend({
    name: line('Le nom', 200),
    kind: enumOf('Le type d’organisation', ORGANISATION_KINDS),
  });
}

export type OrganisationProfileValue = z.output<ReturnType<typeof organisationProfileSchema>>;
export type VenueValue = OrganisationProfileValue['venues'][number];
