import { z } from 'zod';
import { httpsUrl, id, intBetween, isoDay, optional, wallClock } from '../portal/validation.js';

/** Where and how long: shared by a series and a single session's edit. */
const placeAndTime = {
  startTime: wallClock('L’heure de début'),
  durationMinutes: intBetween('La durée', 15, 720, ' minutes'),
  capacity: intBetween('Le nombre de places', 1, 500),
  venueId: optional(id('Le lieu')),
  onlineUrl: optional(httpsUrl('Le lien de la visio')),
};

const onePlace = (session: { venueId: string | null; onlineUrl: string | null }, ctx: z.RefinementCtx) => {
  if (Boolean(session.venueId) === Boolean(session.onlineUrl)) {
    ctx.addIssue({ code: 'custom', path: ['venueId'], message: 'Indique soit un lieu de l’organisation, soit un lien de visio (https://…).' });
  }
};

/** A series: every `everyWeeks` weeks from `firstDate` to `until` (at most 12 months later). */
export const sessionSeriesSchema = z
  .object({
    offerId: id('L’offre'),
    firstDate: isoDay('La date de la première séance'),
    until: isoDay('La date de fin'),
    everyWeeks: intBetween('La fréquence', 1, 4, ' semaines'),
    ...placeAndTime,
  })
  .superRefine((series, ctx) => {
    if (series.until < series.firstDate) ctx.addIssue({ code: 'custom', path: ['until'], message: 'La date de fin doit venir après la première séance.' });
    const [year, rest] = [Number(series.firstDate.slice(0, 4)), series.firstDate.slice(4)];
    if (series.until > `${year + 1}${rest}`) ctx.addIssue({ code: 'custom', path: ['until'], message: 'Une série dure 12 mois au plus.' });
    onePlace(series, ctx);
  });

/** One session, rescheduled or moved: every field is given again. */
export const sessionUpdateSchema = z
  .object({ date: isoDay('La date'), ...placeAndTime })
  .superRefine(onePlace);

export type SessionSeriesValue = z.output<typeof sessionSeriesSchema>;
export type SessionUpdateValue = z.output<typeof sessionUpdateSchema>;
