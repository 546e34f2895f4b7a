import type { Scenario } from './scenario-types.js';
import { DAX_HOUSING, q } from './scenario-types.js';

const DAX_PSY = ['dax-psychologue', 'landes-ecoute', 'nat-ecoute'];
const DAX_DRIVING = ['dax-permis', 'landes-code', 'nat-code'];
const DAX_JOBS = ['dax-ml-emploi', 'landes-job-ete', 'landes-cv', 'nat-saison'];
const DAX_ABROAD = ['landes-erasmus', 'dax-volontariat', 'nat-international'];
const DAX_MONEY = ['landes-caution', 'dax-permis', 'nat-urgence'];

/** Text: folding, typos, stemming, stop words, synonyms, relevance. */
export const TEXT_SCENARIOS: Scenario[] = [
  { name: '"logement" finds the housing offers of the place', query: q({ at: 'dax', text: 'logement' }), exactly: DAX_HOUSING },
  { name: '"LOGEMENT" is case-insensitive', query: q({ at: 'dax', text: 'LOGEMENT' }), exactly: DAX_HOUSING },
  { name: '"HEBERGEMENT" without accents finds "hébergement" and its synonyms', query: q({ at: 'biscarrosse', text: 'HEBERGEMENT' }), exactly: ['bisca-saisonniers', 'landes-adil-bail', 'landes-caution'], top: { ids: ['bisca-saisonniers'], within: 1 } },
  { name: '"logment" (typo) finds logement offers', query: q({ at: 'dax', text: 'logment' }), exactly: DAX_HOUSING },
  { name: '"appart" is a synonym of logement', query: q({ at: 'dax', text: 'appart' }), exactly: DAX_HOUSING },
  { name: '"apart" finds "appartement" and "colocation"', query: q({ at: 'lambersart', text: 'apart' }), exactly: ['mel-logement', 'lambersart-coloc'] },
  { name: 'stop words are ignored: "un logement pour moi"', query: q({ at: 'dax', text: 'un logement pour moi' }), exactly: DAX_HOUSING },
  { name: '"psy" finds psychologists and listening lines', query: q({ at: 'dax', text: 'psy' }), exactly: DAX_PSY },
  { name: '"psycologue" (typo) finds psychologists', query: q({ at: 'dax', text: 'psycologue' }), exactly: DAX_PSY },
  { name: '"permis" finds the driving licence and the highway code', query: q({ at: 'dax', text: 'permis' }), exactly: DAX_DRIVING },
  { name: '"code de la route" (phrase synonym) finds the driving licence', query: q({ at: 'dax', text: 'code de la route' }), exactly: DAX_DRIVING },
  { name: '"taf" finds employment offers', query: q({ at: 'dax', text: 'taf' }), exactly: DAX_JOBS },
  { name: '"boulot" finds employment offers of Billère', query: q({ at: 'billere', text: 'boulot' }), exactly: ['billere-jobdating', 'nat-saison'] },
  { name: '"étranger" finds international mobility', query: q({ at: 'dax', text: 'étranger' }), exactly: DAX_ABROAD },
  { name: '"etranger" without accent gives the same', query: q({ at: 'dax', text: 'etranger' }), exactly: DAX_ABROAD },
  { name: '"erasmus" finds international mobility, the Erasmus title first', query: q({ at: 'pau', text: 'erasmus' }), exactly: ['pa-erasmus', 'nat-international'], order: ['pa-erasmus', 'nat-international'] },
  { name: '"sous" means money', query: q({ at: 'dax', text: 'sous' }), exactly: DAX_MONEY },
  { name: '"argent" finds financial aid and allocations', query: q({ at: 'lille', text: 'argent' }), exactly: ['nord-emploi', 'nat-urgence'] },
  { name: '"aide financière" (phrase) is the money group', query: q({ at: 'dax', text: 'aide financière' }), exactly: DAX_MONEY },
  {
    name: 'stemming: "ateliers" finds "atelier" and "Ateliers", title matches before a description match',
    query: q({ at: 'dax', text: 'ateliers' }),
    exactly: ['landes-code', 'landes-job-ete', 'landes-cv', 'landes-numerique', 'dax-ml-emploi'],
    order: ['landes-job-ete', 'dax-ml-emploi'],
  },
  { name: 'stemming: "numérique" finds "numériques"', query: q({ at: 'dax', text: 'numérique' }), exactly: ['landes-numerique'] },
  { name: 'every word must match: "atelier code"', query: q({ at: 'dax', text: 'atelier code' }), exactly: ['landes-code'] },
  {
    name: 'RELEVANCE: a title match before a nearer description-only match',
    query: q({ at: 'dax', text: 'épicerie' }),
    exactly: ['dax-epicerie', 'landes-civique'],
    order: ['dax-epicerie', 'landes-civique'],
  },
  {
    name: 'DISTANCE: the nearer description match first',
    query: q({ at: 'dax', text: 'épicerie', sort: 'DISTANCE' }),
    order: ['landes-civique', 'dax-epicerie'],
    distances: { 'landes-civique': 0, 'dax-epicerie': 1.71 },
  },
  { name: 'a word found nowhere gives an empty page', query: q({ at: 'dax', text: 'xylophone' }), total: 0, hitCount: 0, facets: { themes: {}, formats: {} } },
  {
    name: 'text without place searches all of France, without distances',
    query: q({ text: 'logement' }),
    exactly: [...DAX_HOUSING, 'bisca-saisonniers', 'pau-logement', 'mel-logement', 'lambersart-coloc', 'amiens-logement'],
    distances: { 'dax-fjt': null, 'pau-logement': null },
  },
  { name: '"santé" at Mont-de-Marsan sees its agglomeration\'s health check', query: q({ at: 'montDeMarsan', text: 'santé' }), exactly: ['landes-ecoute', 'mdm-bilan', 'nat-ecoute'] },
  { name: '"bilan de santé" at Dax never shows Mont-de-Marsan\'s', query: q({ at: 'dax', text: 'bilan de santé' }), exactly: DAX_PSY, excludes: ['mdm-bilan'] },
];
