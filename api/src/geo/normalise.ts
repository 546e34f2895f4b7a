/** Name normalisation lives with the reference data it was made for. */
export { compactKey, normaliseName } from '@balise/seeds/reference';
