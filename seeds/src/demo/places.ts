/** Real communes (INSEE codes, checked against @etalab/decoupage-administratif) and EPCI (SIREN). */
export interface Place {
  code: string;
  name: string;
}

const place = (code: string, name: string): Place => ({ code, name });

export const LANDES = {
  montDeMarsan: place('40192', 'Mont-de-Marsan'),
  dax: place('40088', 'Dax'),
  parentis: place('40217', 'Parentis-en-Born'),
  saintPaulLesDax: place('40279', 'Saint-Paul-lès-Dax'),
  saintPierreDuMont: place('40281', 'Saint-Pierre-du-Mont'),
  mimizan: place('40184', 'Mimizan'),
  biscarrosse: place('40046', 'Biscarrosse'),
  morcenx: place('40197', 'Morcenx-la-Nouvelle'),
  tartas: place('40313', 'Tartas'),
  tyrosse: place('40284', 'Saint-Vincent-de-Tyrosse'),
  peyrehorade: place('40224', 'Peyrehorade'),
  tarnos: place('40312', 'Tarnos'),
  capbreton: place('40065', 'Capbreton'),
  soustons: place('40310', 'Soustons'),
  aire: place('40001', "Aire-sur-l'Adour"),
  hagetmau: place('40119', 'Hagetmau'),
  saintSever: place('40282', 'Saint-Sever'),
  sabres: place('40246', 'Sabres'),
  roquefort: place('40245', 'Roquefort'),
  castets: place('40075', 'Castets'),
  labouheyre: place('40134', 'Labouheyre'),
} as const;

export const PAU = {
  pau: place('64445', 'Pau'),
  billere: place('64129', 'Billère'),
  lons: place('64348', 'Lons'),
  lescar: place('64335', 'Lescar'),
  jurancon: place('64284', 'Jurançon'),
  gan: place('64230', 'Gan'),
  gelos: place('64237', 'Gelos'),
  bordes: place('64138', 'Bordes'),
  nay: place('64417', 'Nay'),
  coarraze: place('64191', 'Coarraze'),
  benejacq: place('64109', 'Bénéjacq'),
} as const;

/** The eight communes of the Métropole Nord-Ouest, north-west of Lille. */
export const MNO = {
  lambersart: place('59328', 'Lambersart'),
  laMadeleine: place('59368', 'La Madeleine'),
  marcq: place('59378', 'Marcq-en-Barœul'),
  saintAndre: place('59527', 'Saint-André-lez-Lille'),
  wambrechies: place('59636', 'Wambrechies'),
  perenchies: place('59457', 'Pérenchies'),
  verlinghem: place('59611', 'Verlinghem'),
  quesnoy: place('59482', 'Quesnoy-sur-Deûle'),
} as const;

export const NORD = {
  lille: place('59350', 'Lille'),
  roubaix: place('59512', 'Roubaix'),
  tourcoing: place('59599', 'Tourcoing'),
  wattrelos: place('59650', 'Wattrelos'),
  villeneuveDAscq: place('59009', "Villeneuve-d'Ascq"),
  cambrai: place('59122', 'Cambrai'),
} as const;

export const SOMME = {
  amiens: place('80021', 'Amiens'),
  abbeville: place('80001', 'Abbeville'),
  longueau: place('80489', 'Longueau'),
  albert: place('80016', 'Albert'),
  doullens: place('80253', 'Doullens'),
} as const;

export const PAS_DE_CALAIS = {
  arras: place('62041', 'Arras'),
  saintLaurentBlangy: place('62753', 'Saint-Laurent-Blangy'),
  achicourt: place('62004', 'Achicourt'),
  bapaume: place('62080', 'Bapaume'),
} as const;

export const EPCI = {
  grandDax: '244000675',
  montDeMarsanAgglo: '244000808',
  grandsLacs: '244000873',
  mimizan: '244000543',
  macs: '244000865', // Maremne Adour Côte Sud
  seignanx: '244000659',
  paysTarusate: '244000766',
  paysMorcenais: '244000691',
  paysOrthe: '200069417',
  coteLandesNature: '244000857',
  chalosseTursan: '200069649',
  aireSurAdour: '200030435',
  landesArmagnac: '200035541',
  coeurHauteLande: '200069656',
  pauBearnPyrenees: '200067254',
  paysDeNay: '246401756',
  mel: '200093201', // Métropole Européenne de Lille
  amiensMetropole: '248000531',
  arras: '200033579',
} as const;

export const MNO_COMMUNES: string[] = Object.values(MNO).map((p) => p.code);

export const NOUVELLE_AQUITAINE = ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'];
export const HAUTS_DE_FRANCE = ['02', '59', '60', '62', '80'];

/** Every place above, by code, to name the town of a venue. */
export const PLACE_NAMES: ReadonlyMap<string, string> = new Map(
  [LANDES, PAU, MNO, NORD, SOMME, PAS_DE_CALAIS].flatMap((group) =>
    Object.values(group).map((p): [string, string] => [p.code, p.name]),
  ),
);

export function venue(key: string, name: string, address: string, at: Place): import('../catalogue-types.js').VenueSeed {
  return { key, name, address, communeCode: at.code };
}
