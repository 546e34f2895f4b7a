export { distanceKm, type Point } from './distance.js';
export { GeoDirectory } from './geo-directory.js';
export { compactKey, normaliseName } from './normalise.js';
