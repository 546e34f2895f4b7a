import { Button } from '../../../ui/Button.js';
import { Notice, Spinner } from '../ui.js';
import { periodLabel, type Period } from './period.js';
import { ms } from './statistics-messages.js';
import type { Loaded } from './use-statistics.js';

/** Loading, refusal and error, in plain French; nothing once the figures are there. */
export function LoadState({ state, forbidden }: { state: Loaded<unknown>; forbidden: string }) {
  if (state.status === 'loading') return <Spinner label={ms.loading} />;
  if (state.status === 'forbidden')
    return (
      <div role="alert">
        <Notice tone="error">{forbidden}</Notice>
      </div>
    );
  if (state.status === 'error')
    return (
      <div role="alert">
        <Notice tone="error">
          <p>{state.message}</p>
          <Button variant="secondary" onClick={state.retry}>
            {ms.retry}
          </Button>
        </Notice>
      </div>
    );
  return null;
}

/** A titled part of a statistics page. */
export function StatSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section className="pro__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}

/** The period shown, or why it cannot be (a period typed in the URL). */
export function PeriodNotice({ period, invalid }: { period: Period; invalid: string | undefined }) {
  if (invalid)
    return (
      <div role="alert">
        <Notice tone="error">{invalid}</Notice>
      </div>
    );
  return <p className="stats-period">{ms.periodShown(periodLabel(period))}</p>;
}
