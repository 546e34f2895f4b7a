import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message box. `live` makes it a live region: "polite" (role=status) or "assertive"
 * (role=alert). Keep live notices mounted and change their content, so it is announced.
 */
export function Notice({ tone = 'info', live, title, children, id }: { tone?: Tone; live?: 'polite' | 'assertive'; title?: ReactNode; children?: ReactNode; id?: string }) {
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div className={`notice notice--${tone}`} role={role} id={id}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children}
    </div>
  );
}
