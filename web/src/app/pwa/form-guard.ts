/**
 * Knows whether the youth is in the middle of a form, so that nothing reloads the page under them.
 *
 * A form is "in progress" when:
 * - the youth typed or changed something in it (`input` / `change` events, tracked at document level,
 *   so pages need no code), until it is submitted, reset, or leaves the page;
 * - or the page marks it explicitly: `<form data-dirty="true">` (pages may also set `data-dirty="false"`
 *   to declare it clean, e.g. after saving a draft);
 * - or it is being sent: `<form aria-busy="true">` (a reload would cut the request).
 */
type Listener = () => void;

const edited = new Set<HTMLFormElement>();
const listeners = new Set<Listener>();
let installed = false;

function notify(): void {
  listeners.forEach((listener) => listener());
}

function formOf(target: EventTarget | null): HTMLFormElement | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLFormElement) return target;
  return (target as Element & { form?: HTMLFormElement | null }).form ?? target.closest('form');
}

function onEdit(event: Event): void {
  const form = formOf(event.target);
  if (!form || edited.has(form)) return;
  edited.add(form);
  notify();
}

function onDone(event: Event): void {
  const form = formOf(event.target);
  if (form && edited.delete(form)) notify();
}

/** Starts listening (idempotent). */
export function installFormGuard(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('input', onEdit, true);
  document.addEventListener('change', onEdit, true);
  document.addEventListener('submit', onDone, true);
  document.addEventListener('reset', onDone, true);
}

/** True while a form on the page is being filled in or sent. */
export function hasFormInProgress(): boolean {
  if (typeof document === 'undefined') return false;
  for (const form of edited) {
    if (!form.isConnected) edited.delete(form); // the youth left that page
    else if (form.dataset.dirty !== 'false') return true;
  }
  return document.querySelector('form[data-dirty="true"], form[aria-busy="true"]') !== null;
}

/** Called when a form starts or stops being edited (submit, reset). Leaving a page is seen by polling `hasFormInProgress`. */
export function onFormActivity(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
