import type { ReactNode } from 'react';

/** A filter that can be switched on and off (a toggle button: `aria-pressed`). */
export function Chip({ pressed, onToggle, children, disabled }: { pressed: boolean; onToggle: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} onClick={onToggle} disabled={disabled}>
      <span className="chip__tick" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      {children}
    </button>
  );
}
