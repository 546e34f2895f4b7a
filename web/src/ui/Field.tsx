import type { ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A label, an optional description and an optional error, tied to one control by ids.
 * The error is announced (role="alert") and referenced by `aria-describedby`.
 */
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
      <div id={`${id}-error-region`} role="alert" className="field__error-region">
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
