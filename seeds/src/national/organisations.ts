import type { CoverageSeed, OrganisationKind, OrganisationSeed, VenueSeed } from '../catalogue-types.js';
import { coverage, ofTown, type Profile } from '../demo/model.js';
import type { Random } from '../random.js';
import type { NationalCommune } from './index.js';

export const PROFILE_KIND: Record<Profile, OrganisationKind> = {
  'mission-locale': 'MISSION_LOCALE',
  'info-jeunes': 'INFO_JEUNES',
  cpam: 'CPAM',
  caf: 'CAF',
  'health-centre': 'HEALTH_SERVICE',
  'habitat-jeunes': 'HABITAT_JEUNES',
  adil: 'ADIL',
  'france-travail': 'FRANCE_TRAVAIL',
  departement: 'LOCAL_AUTHORITY',
  region: 'LOCAL_AUTHORITY',
  municipality: 'LOCAL_AUTHORITY',
  'france-services': 'STATE_SERVICE',
  'planning-familial': 'ASSOCIATION',
  'youth-health': 'HEALTH_SERVICE',
  addiction: 'HEALTH_SERVICE',
  international: 'ASSOCIATION',
  civic: 'ASSOCIATION',
  budget: 'ASSOCIATION',
  'food-aid': 'ASSOCIATION',
  'legal-rights': 'ASSOCIATION',
  'social-driving-school': 'ASSOCIATION',
  'mobility-platform': 'ASSOCIATION',
  'job-clothing': 'ASSOCIATION',
  erip: 'TRAINING_CENTRE',
  e2c: 'TRAINING_CENTRE',
  epide: 'TRAINING_CENTRE',
  afpa: 'TRAINING_CENTRE',
  'training-centre': 'TRAINING_CENTRE',
  'sport-culture': 'ASSOCIATION',
  employer: 'EMPLOYER',
};

/** Every département gets one of each, seated in its biggest towns (Missions Locales: see planOrganisations). */
export const CORE_PROFILES: Profile[] = [
  'mission-locale',
  'info-jeunes',
  'cpam',
  'health-centre',
  'caf',
  'habitat-jeunes',
  'adil',
  'france-travail',
  'departement',
  'region',
  'municipality',
  'france-services',
  'planning-familial',
  'youth-health',
  'addiction',
  'international',
  'civic',
  'budget',
  'food-aid',
  'legal-rights',
  'social-driving-school',
  'mobility-platform',
  'job-clothing',
  'e2c',
  'afpa',
  'training-centre',
  'sport-culture',
  'employer',
];

/** Local structures that multiply with the size of a département, one per town. */
export const LOCAL_PROFILES: Profile[] = [
  'info-jeunes',
  'france-travail',
  'habitat-jeunes',
  'municipality',
  'food-aid',
  'sport-culture',
  'france-services',
  'youth-health',
  'training-centre',
  'social-driving-school',
  'employer',
  'info-jeunes',
  'france-travail',
  'employer',
];

/** Profiles whose structures cover the whole département rather than their towns. */
const DEPARTEMENT_WIDE = new Set<Profile>([
  'cpam',
  'caf',
  'health-centre',
  'adil',
  'departement',
  'region',
  'planning-familial',
  'addiction',
  'international',
  'civic',
  'budget',
  'legal-rights',
  'mobility-platform',
  'e2c',
  'afpa',
  'epide',
]);

export interface DepartementInfo {
  code: string;
  name: string;
  /** "des Landes", "de l'Ain", "du Nord". */
  of: string;
}

export function organisationName(profile: Profile, town: string, dep: DepartementInfo, core: boolean): string {
  switch (profile) {
    case 'mission-locale':
      return `Mission Locale ${ofTown(town)}`;
    case 'info-jeunes':
      return core ? `Info Jeunes ${dep.name}` : `Point Info Jeunes ${ofTown(town)}`;
    case 'cpam':
      return `CPAM ${dep.of}`;
    case 'health-centre':
      return `Centre d'examens de santé ${ofTown(town)}`;
    case 'caf':
      return `CAF ${dep.of}`;
    case 'habitat-jeunes':
      return `Résidence Habitat Jeunes ${ofTown(town)}`;
    case 'adil':
      return `ADIL ${dep.of}`;
    case 'france-travail':
      return `France Travail ${town}`;
    case 'departement':
      return `Département ${dep.of}`;
    case 'region':
      return `Maison de la Région ${ofTown(town)}`;
    case 'municipality':
      return `CCAS ${ofTown(town)}`;
    case 'france-services':
      return `France Services ${ofTown(town)}`;
    case 'planning-familial':
      return `Planning Familial ${dep.of}`;
    case 'youth-health':
      return core ? `Maison des Adolescents ${dep.of}` : `Point Écoute Jeunes ${ofTown(town)}`;
    case 'addiction':
      return `CSAPA ${ofTown(town)}`;
    case 'international':
      return `Centre Europe Direct ${ofTown(town)}`;
    case 'civic':
      return `Ligue de l'enseignement ${dep.of}`;
    case 'budget':
      return `UDAF ${dep.of}`;
    case 'food-aid':
      return `Épicerie solidaire ${ofTown(town)}`;
    case 'legal-rights':
      return `CIDFF ${dep.of}`;
    case 'social-driving-school':
      return `Auto-école sociale ${ofTown(town)}`;
    case 'mobility-platform':
      return `Plateforme mobilité ${dep.of}`;
    case 'job-clothing':
      return `La Cravate Solidaire ${town}`;
    case 'erip':
      return `Espace d'information métiers ${ofTown(town)}`;
    case 'e2c':
      return `École de la 2e Chance ${dep.of}`;
    case 'epide':
      return `EPIDE – centre ${ofTown(town)}`;
    case 'afpa':
      return `AFPA ${town}`;
    case 'training-centre':
      return core ? `GRETA ${dep.name}` : `Centre de formation ${ofTown(town)}`;
    case 'sport-culture':
      return core ? `Maison des Jeunes et de la Culture ${ofTown(town)}` : `Office municipal des sports ${ofTown(town)}`;
    case 'employer':
      return core ? `GEIQ ${dep.name}` : `Chantier d'insertion ${ofTown(town)}`;
  }
}

const PITCH: Record<Profile, string> = {
  'mission-locale': "Accompagnement des 16-25 ans vers l'emploi, la formation et l'autonomie",
  'info-jeunes': 'Information gratuite et anonyme des jeunes sur tous les sujets du quotidien',
  cpam: "L'Assurance Maladie : droits santé, prévention et bilans de santé",
  'health-centre': 'Bilans de santé gratuits et ateliers de prévention',
  caf: 'Aides au logement, prime d’activité et accompagnement des familles',
  'habitat-jeunes': 'Logements meublés et accompagnés pour les 16-30 ans',
  adil: 'Conseils juridiques gratuits sur le logement',
  'france-travail': "Inscription, offres d'emploi, ateliers et recrutements",
  departement: "Fonds d'Aide aux Jeunes et action sociale de proximité",
  region: 'Formation, aides au permis et transports régionaux',
  municipality: "Aides d'urgence et accès aux droits des habitants",
  'france-services': 'Aide aux démarches administratives et numériques',
  'planning-familial': 'Contraception, santé sexuelle, écoute sans jugement',
  'youth-health': 'Écoute et soutien des jeunes qui ne vont pas bien',
  addiction: 'Consultations gratuites et anonymes sur les addictions',
  international: "Stages, volontariat et échanges de jeunes à l'étranger",
  civic: 'Service Civique, bénévolat et projets de jeunes',
  budget: 'Point conseil budget et ateliers pour gérer son argent',
  'food-aid': 'Aide alimentaire et épicerie à petits prix',
  'legal-rights': 'Information juridique gratuite et confidentielle',
  'social-driving-school': 'Code et permis avec un accompagnement adapté',
  'mobility-platform': 'Location solidaire de véhicules et conseil en mobilité',
  'job-clothing': 'Tenue offerte et coaching pour réussir son entretien',
  erip: 'Orientation, découverte des métiers et alternance',
  e2c: 'Parcours rémunéré pour les jeunes sans diplôme',
  epide: "Parcours en internat vers l'emploi",
  afpa: 'Formations qualifiantes et Promo 16-18',
  'training-centre': 'Formations, remise à niveau et prépa apprentissage',
  'sport-culture': 'Sport, culture et loisirs pour les jeunes',
  employer: 'Employeurs qui recrutent et forment des jeunes',
};

const STREETS = [
  'rue Victor Hugo',
  'avenue Jean Jaurès',
  'place de la République',
  'rue Gambetta',
  'boulevard Pasteur',
  'rue de la Gare',
  'place de la Mairie',
  'rue du Général de Gaulle',
  'avenue de la Libération',
  'rue Jules Ferry',
  'rue Saint-Roch',
  'allée des Tilleuls',
  'rue de la Paix',
  'avenue du Maréchal Foch',
  'rue Jean Moulin',
  'place du Marché',
  'rue des Écoles',
  'boulevard de la Liberté',
];

/** Landline prefix of the region a département belongs to. */
export function phonePrefix(departement: string): string {
  if (['75', '77', '78', '91', '92', '93', '94', '95'].includes(departement)) return '01';
  if (['14', '18', '22', '27', '28', '29', '35', '36', '37', '41', '44', '45', '49', '50', '53', '56', '61', '72', '76', '85'].includes(departement)) return '02';
  if (['02', '08', '10', '21', '25', '39', '51', '52', '54', '55', '57', '58', '59', '60', '62', '67', '68', '70', '71', '80', '88', '89', '90'].includes(departement)) return '03';
  if (['971', '972', '973', '974', '976'].includes(departement)) {
    return { '971': '05 90', '972': '05 96', '973': '05 94', '974': '02 62', '976': '02 69' }[departement] as string;
  }
  if (['09', '11', '12', '16', '17', '19', '23', '24', '31', '32', '33', '40', '46', '47', '64', '65', '66', '79', '81', '82', '86', '87'].includes(departement)) return '05';
  return '04';
}

export function phoneNumber(departement: string, rng: Random): string {
  const prefix = phonePrefix(departement);
  const pairs = prefix.length > 2 ? 3 : 4;
  const digits = Array.from({ length: pairs }, () => String(rng.int(10, 99)));
  return [prefix, ...digits].join(' ');
}

export interface OrganisationPlan {
  key: string;
  profile: Profile;
  core: boolean;
  towns: NationalCommune[]; // its venues, first = seat
}

export function buildOrganisation(plan: OrganisationPlan, dep: DepartementInfo, rng: Random): OrganisationSeed {
  const seat = plan.towns[0] as NationalCommune;
  const venues: VenueSeed[] = plan.towns.map((town, i) => ({
    key: `v${i + 1}-${town.code}`,
    name: i === 0 ? 'Accueil principal' : `Antenne ${ofTown(town.name)}`,
    address: `${rng.int(1, 120)} ${rng.pick(STREETS)}`,
    communeCode: town.code,
  }));
  const name = organisationName(plan.profile, seat.name, dep, plan.core);
  return {
    key: plan.key,
    name,
    kind: PROFILE_KIND[plan.profile],
    description: `${PITCH[plan.profile]} – ${dep.name}.`,
    email: `contact@${plan.key}.balise.test`,
    phone: phoneNumber(dep.code, rng),
    venues,
    coverage: organisationCoverage(plan, dep),
    defaultResponseDelayDays: rng.int(2, 6),
  };
}

function organisationCoverage(plan: OrganisationPlan, dep: DepartementInfo): CoverageSeed {
  if (plan.profile === 'municipality') return coverage({ communes: plan.towns.map((t) => t.code) });
  if (plan.core && (DEPARTEMENT_WIDE.has(plan.profile) || plan.profile === 'mission-locale' || plan.profile === 'info-jeunes')) {
    return coverage({ departements: [dep.code] });
  }
  if (DEPARTEMENT_WIDE.has(plan.profile)) return coverage({ departements: [dep.code] });
  const epcis = [...new Set(plan.towns.flatMap((t) => (t.epci ? [t.epci] : [])))];
  const orphanTowns = plan.towns.filter((t) => !t.epci).map((t) => t.code);
  return coverage({ epcis, communes: orphanTowns });
}
