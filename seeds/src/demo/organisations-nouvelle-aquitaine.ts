import { coverage, demoOrganisation, type DemoOrganisation } from './model.js';
import { LANDES as L, NOUVELLE_AQUITAINE, PAU as P, venue } from './places.js';

export const NOUVELLE_AQUITAINE_ORGANISATIONS: DemoOrganisation[] = [
  demoOrganisation({
    key: 'region-nouvelle-aquitaine',
    name: 'Région Nouvelle-Aquitaine',
    kind: 'LOCAL_AUTHORITY',
    profile: 'region',
    description:
      "La Région Nouvelle-Aquitaine aide chaque année 5 500 à 6 000 jeunes à financer leur permis B, et finance des formations gratuites et les transports régionaux.",
    phone: '05 57 57 80 00',
    venues: [
      venue('mont-de-marsan', 'Maison de la Région des Landes', '14 rue Armand Dulamon', L.montDeMarsan),
      venue('pau', 'Maison de la Région de Pau', '3 rue Pierre Bonnard', P.pau),
    ],
    coverage: coverage({ departements: NOUVELLE_AQUITAINE }),
    delay: 7,
    website: true,
  }),
];
