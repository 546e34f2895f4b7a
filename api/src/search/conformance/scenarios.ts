import { PLACE_SCENARIOS } from './scenarios-place.js';
import type { Scenario } from './scenario-types.js';
import { TEXT_SCENARIOS } from './scenarios-text.js';

export type { Scenario } from './scenario-types.js';
export { DAX_OFFERS, NATIONAL_OFFERS, q } from './scenario-types.js';

/** Every conformance scenario: each engine must answer all of them alike. */
export const SCENARIOS: readonly Scenario[] = [...TEXT_SCENARIOS, ...PLACE_SCENARIOS];
