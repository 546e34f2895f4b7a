export { loadCommunes } from './communes.js';
export { loadDepartements, loadEpcis } from './administrative.js';
export type { CommuneRecord, DepartementRecord, EpciRecord, PointSource } from './types.js';
export { compactKey, normaliseName } from './normalise.js';
