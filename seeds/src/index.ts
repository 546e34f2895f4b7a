export * from './catalogue-types.js';
export { createRandom, deriveSeed, type Random } from './random.js';
export { buildDemoCatalogue } from './demo/index.js';
export { generateNationalCatalogue, type NationalCommune, type NationalCatalogueOptions } from './national/index.js';
export * from './reference/index.js';
