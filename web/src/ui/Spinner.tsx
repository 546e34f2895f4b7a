/** A loading indicator with a spoken label; it stops turning when reduced motion is asked. */
export function Spinner({ label }: { label: string }) {
  return (
    <p className="spinner" role="status">
      <span className="spinner__wheel" aria-hidden="true" />
      <span>{label}</span>
    </p>
  );
}
