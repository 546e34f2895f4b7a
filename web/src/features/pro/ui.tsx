import type { ReactNode } from 'react';

/*
 * `ui/Notice` and `ui/Card` live in the youth entry; importing them from this lazy chunk makes the
 * bundler split them out of the entry into extra chunks (+0.4 KB gzip for every youth). These two
 * render the same markup and classes, so the portal looks the same at no cost to youths.
 */
export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'success' | 'warning' | 'error'; title?: ReactNode; children?: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children}
    </div>
  );
}

export function Card({ children, as: Tag = 'article' }: { children: ReactNode; as?: 'article' | 'section' | 'div' }) {
  return <Tag className="card">{children}</Tag>;
}

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** Same markup as `ui/Field` (label, description and announced error tied to the control by ids). */
export function Field({
  id,
  label,
  description,
  error,
  optional,
  children,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  optional?: string;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const descriptionId = description ? `${id}-desc` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> ({optional})</span> : null}
      </label>
      {description ? (
        <p className="field__desc" id={descriptionId}>
          {description}
        </p>
      ) : null}
      <div role="alert" className="field__error-region">
        {error ? (
          <p className="field__error" id={errorId}>
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}

/** Same markup as `ui/Spinner`. */
export function Spinner({ label }: { label: string }) {
  return (
    <p className="spinner" role="status">
      <span className="spinner__wheel" aria-hidden="true" />
      <span>{label}</span>
    </p>
  );
}
