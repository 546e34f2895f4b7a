/** Statistical secrecy: 1 to 4 youths are never shown as such. */
export const MASK_BELOW = 5;
export const MASKED_LABEL = '< 5';
export const NOTHING_LABEL = '—';

export interface StatCount {
  value: number | null;
  label: string;
}

export interface StatMeasure {
  value: number | null;
  label: string;
}

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

const isMasked = (youths: number) => youths > 0 && youths < MASK_BELOW;

/** A count of youths or of their actions: 0 and ≥ 5 shown ("1 204"), 1 to 4 masked. */
export function statCount(count: number): StatCount {
  return isMasked(count) ? { value: null, label: MASKED_LABEL } : { value: count, label: integer.format(count) };
}

/** numerator / denominator (0..1), computed from `youths`: "—" without any, masked under 5. */
export function statRate(numerator: number, denominator: number, youths = denominator): StatMeasure {
  if (denominator === 0) return { value: null, label: NOTHING_LABEL };
  if (isMasked(youths)) return { value: null, label: MASKED_LABEL };
  const value = numerator / denominator;
  return { value, label: `${oneDecimal.format(value * 100)} %` };
}

/** A duration in hours computed from `youths` (e.g. a median): "—" without any, masked under 5. */
export function statHours(hours: number | null, youths: number): StatMeasure {
  if (youths === 0 || hours === null) return { value: null, label: NOTHING_LABEL };
  if (isMasked(youths)) return { value: null, label: MASKED_LABEL };
  return { value: hours, label: `${oneDecimal.format(hours)} h` };
}
