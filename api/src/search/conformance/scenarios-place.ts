import type { Scenario } from './scenario-types.js';
import { DAX_HOUSING, DAX_OFFERS, NATIONAL_OFFERS, q } from './scenario-types.js';

const ELSEWHERE = ['mdm-bilan', 'bisca-saisonniers', 'pau-logement', 'pau-psy', 'pa-permis', 'billere-jobdating', 'mel-logement', 'lille-psy', 'amiens-logement'];
const DAX_FAR_VENUES = ['landes-code', 'landes-erasmus', 'landes-numerique', 'nat-civique'];

/** Place coverage, distance, radius, filters, facets, sorts and paging. */
export const PLACE_SCENARIOS: Scenario[] = [
  {
    name: 'browse Dax: commune, EPCI, département and national coverage, with facets',
    query: q({ at: 'dax' }),
    exactly: DAX_OFFERS,
    excludes: ELSEWHERE,
    facets: {
      themes: { HOUSING: 4, HEALTH: 3, MOBILITY: 4, EMPLOYMENT: 4, INTERNATIONAL_MOBILITY: 3, CIVIC_ENGAGEMENT: 2, TRAINING: 1, DAILY_LIFE: 2, CULTURE_SPORT: 1 },
      formats: { INDIVIDUAL_APPOINTMENT: 5, DROP_IN: 6, FINANCIAL_AID: 4, WORKSHOP: 4, ONLINE: 5 },
    },
  },
  {
    name: 'Saint-Paul-lès-Dax: same EPCI, but not the offers covering Dax only; a commune list covers it',
    query: q({ at: 'saintPaulLesDax' }),
    total: 22,
    top: { ids: ['dax-permis', 'dax-fjt'] },
    excludes: ['dax-coloc', 'dax-epicerie'],
  },
  { name: 'Mont-de-Marsan: its EPCI\'s offer, not the Grand Dax\'s', query: q({ at: 'montDeMarsan' }), total: 17, top: { ids: ['mdm-bilan', 'landes-code'] }, excludes: ['dax-fjt', 'dax-permis', 'dax-velo'] },
  { name: 'Pau: EPCI and département, not Billère\'s own offer', query: q({ at: 'pau' }), exactly: ['pau-logement', 'pau-psy', 'pa-permis', 'pa-erasmus', ...NATIONAL_OFFERS] },
  { name: 'Billère: the commune\'s own offer too', query: q({ at: 'billere' }), total: 11, top: { ids: ['billere-jobdating', 'pau-logement'] } },
  { name: 'Lille sees its commune offer, not Lambersart\'s', query: q({ at: 'lille' }), total: 10, top: { ids: ['lille-psy', 'mel-logement', 'nord-emploi'] }, excludes: ['lambersart-coloc', 'dax-fjt'] },
  { name: 'Lambersart sees its commune offer, not Lille\'s', query: q({ at: 'lambersart' }), total: 10, top: { ids: ['lambersart-coloc', 'mel-sante'] }, excludes: ['lille-psy'] },
  { name: 'Amiens: its agglomeration and the national offers only', query: q({ at: 'amiens' }), exactly: ['amiens-logement', 'amiens-atelier', ...NATIONAL_OFFERS] },
  {
    name: 'remote offers are included and flagged, with no distance without venue',
    query: q({ at: 'dax', text: 'psy' }),
    remote: { 'landes-ecoute': true, 'nat-ecoute': true, 'dax-psychologue': false },
    distances: { 'landes-ecoute': null, 'nat-ecoute': null, 'dax-psychologue': 1.71 },
  },
  {
    name: 'radiusKm drops far venues but keeps remote offers (even with a far venue)',
    query: q({ at: 'dax', radiusKm: 10 }),
    total: 20,
    excludes: DAX_FAR_VENUES,
    top: { ids: ['landes-cv', 'landes-caution', 'nat-code', 'dax-psychologue'] },
    remote: { 'landes-cv': true },
    distances: { 'landes-cv': 48.9, 'landes-caution': null },
  },
  {
    name: 'a multi-venue offer is one hit at its nearest venue',
    query: q({ at: 'saintPaulLesDax', text: 'emploi' }),
    distances: { 'dax-ml-emploi': 0, 'landes-job-ete': 1.09 },
  },
  { name: 'nearest venue from Mont-de-Marsan', query: q({ at: 'montDeMarsan', text: 'loyer' }), distances: { 'landes-adil-bail': 0 } },
  {
    name: 'DISTANCE sort: nearest first, offers without venue last',
    query: q({ at: 'dax', text: 'logement', sort: 'DISTANCE' }),
    order: ['dax-coloc', 'dax-fjt', 'landes-adil-bail', 'landes-caution'],
    distances: { 'dax-coloc': 0, 'dax-fjt': 0.56, 'landes-adil-bail': 1.11, 'landes-caution': null },
  },
  {
    name: 'browse RELEVANCE is by distance',
    query: q({ at: 'dax', themes: ['HOUSING'] }),
    order: ['dax-coloc', 'dax-fjt', 'landes-adil-bail', 'landes-caution'],
  },
  { name: 'age 16 excludes offers from 18', query: q({ at: 'dax', text: 'logement', age: 16 }), exactly: ['dax-fjt'] },
  { name: 'age 25 is inside 18–25', query: q({ at: 'dax', text: 'logement', age: 25 }), exactly: DAX_HOUSING },
  { name: 'age 26 excludes an 18–25 offer', query: q({ at: 'dax', text: 'logement', age: 26 }), exactly: ['dax-fjt', 'landes-adil-bail', 'landes-caution'] },
  { name: 'situation: empty situations are open to all', query: q({ at: 'dax', text: 'logement', situation: 'JOB_SEEKER' }), exactly: ['dax-fjt', 'landes-adil-bail', 'landes-caution'] },
  { name: 'situation: a listed situation keeps the offer', query: q({ at: 'dax', text: 'logement', situation: 'HIGHER_EDUCATION' }), exactly: DAX_HOUSING },
  { name: 'situation EMPLOYED drops an offer for job seekers', query: q({ at: 'dax', text: 'taf', situation: 'EMPLOYED' }), exactly: ['landes-job-ete', 'landes-cv', 'nat-saison'] },
  {
    name: 'themes + formats filters; each facet ignores its own filter',
    query: q({ at: 'dax', themes: ['HOUSING'], formats: ['INDIVIDUAL_APPOINTMENT'] }),
    exactly: ['dax-fjt', 'landes-adil-bail'],
    facets: {
      themes: { HOUSING: 2, HEALTH: 1, EMPLOYMENT: 1, INTERNATIONAL_MOBILITY: 1 },
      formats: { INDIVIDUAL_APPOINTMENT: 2, DROP_IN: 1, FINANCIAL_AID: 1 },
    },
  },
  {
    name: 'several themes; facets follow the text',
    query: q({ at: 'dax', text: 'logement', themes: ['HEALTH', 'MOBILITY'] }),
    total: 0,
    facets: { themes: { HOUSING: 4 }, formats: {} },
  },
  { name: 'themes filter alone', query: q({ at: 'dax', themes: ['HEALTH', 'MOBILITY'] }), total: 7, facets: { formats: { INDIVIDUAL_APPOINTMENT: 1, ONLINE: 3, FINANCIAL_AID: 1, WORKSHOP: 1, DROP_IN: 1 } } },
  { name: 'paging: offset and limit cut the page, total stays', query: q({ at: 'dax', sort: 'DISTANCE', offset: 20, limit: 10 }), total: 24, hitCount: 4 },
  { name: 'paging: an offset past the end gives no hit', query: q({ at: 'dax', offset: 40, limit: 10 }), total: 24, hitCount: 0 },
  { name: 'a place with no offer but the national ones', query: q({ at: 'paris' }), exactly: NATIONAL_OFFERS },
];
