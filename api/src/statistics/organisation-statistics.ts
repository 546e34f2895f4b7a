import type { EntityManager } from '@mikro-orm/core';
import { statCount } from './stat-figures.js';
import type { StatisticsPeriod } from './statistics-period.js';
import type { OrganisationMonth, OrganisationStatistics } from './statistics.model.js';
import { contactRequestFigures } from './contact-request-figures.js';
import { bookingFigures } from './booking-figures.js';
import { bookingRows, contactRequestRows, offerTitles, offerViewRows, type Level } from './organisation-queries.js';

type Indexed<T> = { level: Level; month: string | null; offerId: string | null } & T;

function index<T>(rows: Indexed<T>[]) {
  const byKey = new Map(rows.map((row) => [`${row.level}:${row.level === 'month' ? row.month : row.level === 'offer' ? row.offerId : ''}`, row]));
  return {
    month: (month: string) => byKey.get(`month:${month}`),
    offer: (offerId: string) => byKey.get(`offer:${offerId}`),
    total: () => byKey.get('total:'),
    offerIds: () => rows.filter((row) => row.level === 'offer').map((row) => row.offerId!),
  };
}

/** The organisation view: every figure is about what happened in the month (requests received, sessions held, pages opened). */
export async function organisationStatistics(
  em: EntityManager,
  organisation: { id: string; name: string },
  period: StatisticsPeriod,
  now: Date,
): Promise<OrganisationStatistics> {
  const [requests, bookings, views] = await Promise.all([
    contactRequestRows(em, organisation.id, period, now).then(index),
    bookingRows(em, organisation.id, period, now).then(index),
    offerViewRows(em, organisation.id, period).then(index),
  ]);
  const offers = await offerTitles(em, organisation.id, [...new Set([...requests.offerIds(), ...bookings.offerIds(), ...views.offerIds()])]);
  const row = (month: string, pick: <T>(rows: ReturnType<typeof index<T>>) => Indexed<T> | undefined): OrganisationMonth => ({
    month,
    contactRequests: contactRequestFigures(pick(requests)),
    bookings: bookingFigures(pick(bookings)),
    offerViews: statCount(pick(views)?.views ?? 0),
  });
  return {
    organisationId: organisation.id,
    organisationName: organisation.name,
    fromMonth: period.fromMonth,
    toMonth: period.toMonth,
    months: period.months.map((month) => row(month, (rows) => rows.month(month))),
    offers: offers.map((offer) => {
      const { contactRequests, bookings: offerBookings, offerViews } = row('', (rows) => rows.offer(offer.id));
      return { offerId: offer.id, title: offer.title, contactRequests, bookings: offerBookings, offerViews };
    }),
    totals: row('total', (rows) => rows.total()),
  };
}
