import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { STATISTICS_TABLES } from './statistics.model.js';

export const StatisticsTableEnum = Object.fromEntries(STATISTICS_TABLES.map((table) => [table, table])) as { [K in (typeof STATISTICS_TABLES)[number]]: K };
registerEnumType(StatisticsTableEnum, { name: 'StatisticsTable', description: 'A table of the statistics views, for its CSV export.' });

@InputType('StatisticsPeriodInput', { description: 'Months of France, inclusive ("2026-01".."2026-11"), at most 24.' })
export class StatisticsPeriodInput {
  @Field(() => String) fromMonth!: string;
  @Field(() => String) toMonth!: string;
}

@ObjectType('StatCount', {
  simpleResolvers: true,
  description: 'A count of youths or of their actions. 1 to 4 are masked (statistical secrecy): value null, label "< 5". 0 and ≥ 5: value and label ("0", "12", "1 204").',
})
export class StatCountType {
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field(() => String) label!: string;
}

@ObjectType('StatMeasure', {
  simpleResolvers: true,
  description: 'A rate (0..1) or a measure (hours). Masked (value null, label "< 5") when computed from fewer than 5 youths; null value with label "—" when there is nothing to compute from.',
})
export class StatMeasureType {
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String) label!: string;
}

@ObjectType('OutcomeCount', { simpleResolvers: true, description: 'Requests closed with this outcome.' })
export class OutcomeCountType {
  @Field(() => String) outcome!: string;
  @Field(() => String, { description: 'French label.' }) label!: string;
  @Field(() => StatCountType) count!: StatCountType;
}

@ObjectType('ContactRequestFigures', { simpleResolvers: true, description: 'Contact requests received in the month (or period), and what became of them.' })
export class ContactRequestFiguresType {
  @Field(() => StatCountType) received!: StatCountType;
  @Field(() => StatCountType, { description: 'Of those received, closed with an outcome.' }) closed!: StatCountType;
  @Field(() => StatCountType, { description: 'First contact (or closure) no later than the due date.' }) handledInTime!: StatCountType;
  @Field(() => StatMeasureType, { description: 'handledInTime / requests whose due date has passed or that were handled.' }) inTimeRate!: StatMeasureType;
  @Field(() => StatMeasureType, { description: 'Hours from the request to the first contact, median.' }) medianHoursToFirstContact!: StatMeasureType;
  @Field(() => [OutcomeCountType], { description: 'Every outcome, fixed order.' }) outcomes!: OutcomeCountType[];
}

@ObjectType('BookingFigures', { simpleResolvers: true, description: 'Workshop sessions held (started, not cancelled) in the month (or period) and their seats.' })
export class BookingFiguresType {
  @Field(() => Int) sessionsHeld!: number;
  @Field(() => Int) seatsOffered!: number;
  @Field(() => StatCountType, { description: 'Seats booked (confirmed, attended or no-show).' }) booked!: StatCountType;
  @Field(() => StatCountType) attended!: StatCountType;
  @Field(() => StatCountType) noShows!: StatCountType;
  @Field(() => StatMeasureType, { description: 'booked / seatsOffered.' }) fillRate!: StatMeasureType;
  @Field(() => StatMeasureType, { description: 'noShows / (attended + noShows).' }) noShowRate!: StatMeasureType;
}

@ObjectType('OrganisationMonth', { simpleResolvers: true })
export class OrganisationMonthType {
  @Field(() => String, { description: '"YYYY-MM", or "total".' }) month!: string;
  @Field(() => ContactRequestFiguresType) contactRequests!: ContactRequestFiguresType;
  @Field(() => BookingFiguresType) bookings!: BookingFiguresType;
  @Field(() => StatCountType, { description: 'Times a youth opened the offer pages.' }) offerViews!: StatCountType;
}

@ObjectType('OfferStatistics', { simpleResolvers: true })
export class OfferStatisticsType {
  @Field(() => ID) offerId!: string;
  @Field(() => String) title!: string;
  @Field(() => ContactRequestFiguresType) contactRequests!: ContactRequestFiguresType;
  @Field(() => BookingFiguresType) bookings!: BookingFiguresType;
  @Field(() => StatCountType) offerViews!: StatCountType;
}

@ObjectType('OrganisationStatistics', { simpleResolvers: true, description: 'An organisation’s figures over a period: no personal data.' })
export class OrganisationStatisticsType {
  @Field(() => ID) organisationId!: string;
  @Field(() => String) organisationName!: string;
  @Field(() => String) fromMonth!: string;
  @Field(() => String) toMonth!: string;
  @Field(() => [OrganisationMonthType], { description: 'One row per month of the period, oldest first, even when empty.' }) months!: OrganisationMonthType[];
  @Field(() => [OfferStatisticsType], { description: 'The organisation’s offers (and those of requests transferred to it), by title.' }) offers!: OfferStatisticsType[];
  @Field(() => OrganisationMonthType, { description: 'The whole period; month = "total".' }) totals!: OrganisationMonthType;
}

@ObjectType('TerritoryMonth', { simpleResolvers: true })
export class TerritoryMonthType {
  @Field(() => String) month!: string;
  @Field(() => StatCountType) searches!: StatCountType;
  @Field(() => StatCountType) searchesWithoutResult!: StatCountType;
  @Field(() => StatCountType) contactRequests!: StatCountType;
  @Field(() => StatMeasureType) inTimeRate!: StatMeasureType;
}

@ObjectType('ThemeSearchFigures', { simpleResolvers: true })
export class ThemeSearchFiguresType {
  @Field(() => String) theme!: string;
  @Field(() => String) label!: string;
  @Field(() => StatCountType, { description: 'Searches with this theme among their themes.' }) searches!: StatCountType;
  @Field(() => StatCountType) withoutResult!: StatCountType;
}

@ObjectType('CommuneSearchFigures', { simpleResolvers: true })
export class CommuneSearchFiguresType {
  @Field(() => String) communeCode!: string;
  @Field(() => String) communeName!: string;
  @Field(() => StatCountType) searches!: StatCountType;
  @Field(() => StatCountType) withoutResult!: StatCountType;
}

@ObjectType('UnmetSearchFigures', { simpleResolvers: true, description: 'Searches that found nothing, for a commune and a theme.' })
export class UnmetSearchFiguresType {
  @Field(() => String) communeCode!: string;
  @Field(() => String) communeName!: string;
  @Field(() => String, { nullable: true, description: 'Null: searches without a theme.' }) theme!: string | null;
  @Field(() => String, { description: '"Sans thème" when theme is null.' }) themeLabel!: string;
  @Field(() => StatCountType) searches!: StatCountType;
}

@ObjectType('OrganisationServiceFigures', { simpleResolvers: true })
export class OrganisationServiceFiguresType {
  @Field(() => ID) organisationId!: string;
  @Field(() => String) name!: string;
  @Field(() => StatCountType) received!: StatCountType;
  @Field(() => StatCountType) closed!: StatCountType;
  @Field(() => StatMeasureType) inTimeRate!: StatMeasureType;
  @Field(() => StatMeasureType) medianHoursToFirstContact!: StatMeasureType;
  @Field(() => StatCountType, { description: 'Open now, past their due date, without first contact.' }) overdueOpen!: StatCountType;
  @Field(() => Boolean, { description: 'Open requests past their due date without first contact, or inTimeRate < 50 % over ≥ 5 due requests.' }) notAnswering!: boolean;
}

@ObjectType('StaleOfferFigures', { simpleResolvers: true })
export class StaleOfferFiguresType {
  @Field(() => ID) offerId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) organisationName!: string;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int) monthsSinceUpdate!: number;
}

@ObjectType('TerritoryStatistics', { simpleResolvers: true, description: 'A territory’s (or the platform’s) figures over a period: no personal data.' })
export class TerritoryStatisticsType {
  @Field(() => String, { description: '"Landes (40)", "Landes, Pyrénées-Atlantiques", "Toute la plateforme".' }) scopeLabel!: string;
  @Field(() => [String], { description: 'The départements the viewer may pick.' }) departements!: string[];
  @Field(() => String) fromMonth!: string;
  @Field(() => String) toMonth!: string;
  @Field(() => [TerritoryMonthType]) months!: TerritoryMonthType[];
  @Field(() => [ThemeSearchFiguresType], { description: 'Every theme.' }) themes!: ThemeSearchFiguresType[];
  @Field(() => [CommuneSearchFiguresType], { description: 'Top 50 communes by searches.' }) communes!: CommuneSearchFiguresType[];
  @Field(() => [UnmetSearchFiguresType], { description: 'Searches that found nothing, by commune × theme, top 50.' }) unmetSearches!: UnmetSearchFiguresType[];
  @Field(() => [OrganisationServiceFiguresType], { description: 'Organisations of the scope with requests in the period or overdue ones, those not answering first.' }) organisations!: OrganisationServiceFiguresType[];
  @Field(() => [StaleOfferFiguresType], { description: 'Published offers not updated for 6 months or more, oldest first, top 100.' }) staleOffers!: StaleOfferFiguresType[];
  @Field(() => Int, { description: 'How many stale offers in all (staleOffers shows the first 100).' }) staleOffersTotal!: number;
}
