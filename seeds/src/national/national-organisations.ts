import type { CatalogueSeed, OfferSeed, OrganisationKind, OrganisationSeed } from '../catalogue-types.js';
import { coverage, type Profile } from '../demo/model.js';
import { buildOffer } from '../demo/offer-factory.js';
import { OFFER_TEMPLATES } from '../demo/offer-templates.js';
import type { Random } from '../random.js';
import type { NationalCommune } from './index.js';

interface NationalService {
  key: string;
  name: string;
  kind: OrganisationKind;
  profile: Profile;
  description: string;
}

const SERVICES: NationalService[] = [
  {
    key: 'nat-service-civique',
    name: 'Service Civique – plateforme nationale',
    kind: 'STATE_SERVICE',
    profile: 'civic',
    description: 'Les missions de Service Civique de toute la France, et des conseils pour candidater.',
  },
  {
    key: 'nat-erasmus-jeunesse',
    name: 'Erasmus+ Jeunesse – information nationale',
    kind: 'STATE_SERVICE',
    profile: 'international',
    description: 'Volontariat, échanges et stages en Europe : information et orientation vers les structures d’envoi.',
  },
  {
    key: 'nat-info-jeunes',
    name: 'Info Jeunes – service en ligne',
    kind: 'INFO_JEUNES',
    profile: 'info-jeunes',
    description: 'Des réponses à toutes tes questions, en ligne et par téléphone, partout en France.',
  },
  {
    key: 'nat-assurance-maladie',
    name: 'Assurance Maladie – services en ligne',
    kind: 'CPAM',
    profile: 'cpam',
    description: 'Droits santé, Complémentaire santé solidaire et prévention, en ligne.',
  },
  {
    key: 'nat-ecoute-jeunes',
    name: 'Écoute Jeunes – ligne nationale',
    kind: 'HEALTH_SERVICE',
    profile: 'youth-health',
    description: 'Une ligne d’écoute anonyme et gratuite pour les jeunes.',
  },
  {
    key: 'nat-logement-jeunes',
    name: 'Logement des jeunes – information nationale',
    kind: 'STATE_SERVICE',
    profile: 'adil',
    description: 'Garantie Visale, aides au logement et droits du locataire, en ligne.',
  },
  {
    key: 'nat-caf',
    name: 'Allocations familiales – services en ligne',
    kind: 'CAF',
    profile: 'caf',
    description: 'Simulations et demandes d’aides en ligne : logement, prime d’activité.',
  },
];

/** A handful of remote services available everywhere (national coverage). */
export function buildNationalOrganisations(count: number, seat: NationalCommune, rng: Random): CatalogueSeed {
  const organisations: OrganisationSeed[] = SERVICES.map((s) => ({
    key: s.key,
    name: s.name,
    kind: s.kind,
    description: s.description,
    email: `contact@${s.key}.balise.test`,
    phone: `09 70 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
    website: `https://www.${s.key}.balise.test`,
    venues: [{ key: 'siege', name: 'Siège', address: `${rng.int(1, 90)} rue de la République`, communeCode: seat.code }],
    coverage: coverage({ national: true }),
    defaultResponseDelayDays: rng.int(3, 7),
  }));
  const queues = SERVICES.map((s) => OFFER_TEMPLATES.filter((t) => t.remote && !t.workshop && t.profiles.includes(s.profile)));
  const offers: OfferSeed[] = [];
  for (let round = 0; offers.length < count && round < 50; round++) {
    for (const [i, organisation] of organisations.entries()) {
      const template = queues[i]?.[round];
      if (!template || offers.length >= count) continue;
      offers.push(
        buildOffer({ key: `${organisation.key}--${template.id}`, template, organisation, venues: [], town: seat.name, rng }),
      );
    }
  }
  const used = new Set(offers.map((o) => o.organisationKey));
  return { organisations: organisations.filter((o) => used.has(o.key)), offers };
}
