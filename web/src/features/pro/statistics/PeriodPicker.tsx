import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { Button } from '../../../ui/Button.js';
import type { FieldControlProps } from '../../../ui/Field.js';
import { Field } from '../ui.js';
import { monthChoices, monthLabel, periodError, type Period } from './period.js';
import { ms } from './statistics-messages.js';

export interface DepartementChoice {
  /** The départements the viewer may pick (from the API); the select shows when there are several. */
  codes: string[];
  /** The label of "all of them" (the empty value). */
  allLabel: string;
}

/**
 * The period (whole months, French names) and, for the territory view, the département. Applied with
 * "Afficher" (changing a select does not reload the page under the user's feet).
 */
export function PeriodPicker({
  period,
  departement = '',
  departements,
  onApply,
}: {
  period: Period;
  departement?: string;
  departements?: DepartementChoice;
  onApply: (period: Period, departement: string) => void;
}) {
  const [from, setFrom] = useState(period.fromMonth);
  const [to, setTo] = useState(period.toMonth);
  const [place, setPlace] = useState(departement);
  const [error, setError] = useState<string>();
  const fromRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    setFrom(period.fromMonth);
    setTo(period.toMonth);
    setPlace(departement);
  }, [period.fromMonth, period.toMonth, departement]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next = { fromMonth: from, toMonth: to };
    const problem = periodError(next);
    setError(problem);
    if (problem) return fromRef.current?.focus();
    onApply(next, place);
  }

  const showDepartements = departements && departements.codes.length > 1;
  return (
    <form className="pro__form stats-picker" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{showDepartements ? ms.pickerLegend : ms.pickerLegendPeriod}</legend>
        <div className="pro__row">
          <Field id="stats-from" label={ms.from} error={error}>
            {(p) => <MonthSelect control={p} ref={fromRef} value={from} onChange={setFrom} />}
          </Field>
          <Field id="stats-to" label={ms.to}>
            {(p) => <MonthSelect control={p} value={to} onChange={setTo} />}
          </Field>
          {showDepartements ? (
            <Field id="stats-departement" label={ms.departement}>
              {(p) => (
                <select {...p} value={place} onChange={(e) => setPlace(e.target.value)}>
                  <option value="">{departements.allLabel}</option>
                  {departements.codes.map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>
        <Button type="submit">{ms.show}</Button>
      </fieldset>
    </form>
  );
}

function MonthSelect({ control, value, onChange, ref }: { control: FieldControlProps; value: string; onChange: (month: string) => void; ref?: Ref<HTMLSelectElement> }) {
  const choices = monthChoices();
  // A month from the URL older than the list still shows as chosen.
  const months = choices.includes(value) ? choices : [...choices, value];
  return (
    <select {...control} ref={ref} value={value} onChange={(e) => onChange(e.target.value)}>
      {months.map((month) => (
        <option key={month} value={month}>
          {monthLabel(month)}
        </option>
      ))}
    </select>
  );
}
