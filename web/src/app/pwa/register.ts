/**
 * Service-worker registration (workbox-window), production builds only.
 *
 * The new version of the app never takes over by itself: src/sw.ts waits until it receives
 * { type: 'SKIP_WAITING' }, which `applyUpdate()` sends only when the youth asked for it (PwaStatus).
 * The page reloads only after that request — never because another tab updated, never on first install.
 * workbox-window is a small chunk of its own, loaded once the page has shown: registering is never
 * needed for a page to show, and every youth route's initial JS has a budget (README).
 */
import type { Workbox } from 'workbox-window';
import { afterPageSettled } from '../after-load.js';
import { hasFormInProgress } from './form-guard.js';

export interface PwaState {
  /** A new version is installed and waiting (or was activated by another tab): offer to reload. */
  updateAvailable: boolean;
  /** The shell is cached: the app opens without network from now on. */
  offlineReady: boolean;
  /** The youth accepted: switching to the new version, the page reloads in a moment. */
  updating: boolean;
}

type Listener = () => void;

let state: PwaState = { updateAvailable: false, offlineReady: false, updating: false };
const listeners = new Set<Listener>();
let workbox: Workbox | undefined;
let registering = false;
let reloadRequested = false;

function setState(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  listeners.forEach((listener) => listener());
}

export function subscribePwa(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getPwaState(): PwaState {
  return state;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Registers /sw.js after the page has loaded. Does nothing in development or without service-worker support. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || registering || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  registering = true;
  afterPageSettled(() => loadWorkbox());
}

function loadWorkbox(): void {
  void import('workbox-window').then(
    (module) => start(new module.Workbox('/sw.js', { scope: '/' })),
    (error: unknown) => {
      registering = false; // not downloaded (offline on a first visit): the next visit tries again
      console.warn('[balise] service worker non enregistré', error instanceof Error ? error.message : error);
    },
  );
}

function start(registered: Workbox): void {
  workbox = registered;
  workbox.addEventListener('waiting', () => setState({ updateAvailable: true }));
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) setState({ offlineReady: true });
  });
  workbox.addEventListener('controlling', (event) => {
    if (!event.isUpdate) return; // first install: clientsClaim() took control, nothing to reload
    if (reloadRequested) reloadUnlessBusy();
    else setState({ updateAvailable: true }); // another tab updated: this page runs old code, offer a reload
  });

  void workbox.register().catch((error: unknown) => {
    console.warn('[balise] service worker non enregistré', error instanceof Error ? error.message : error);
  });

  // Look for a new version now and then, only when it costs nothing to the youth's screen.
  window.setInterval(() => {
    if (document.visibilityState === 'visible' && navigator.onLine) void workbox?.update().catch(() => {});
  }, UPDATE_CHECK_MS);
}

/**
 * Switches to the new version and reloads. Call only on the youth's explicit request, after checking
 * that no form is in progress (PwaStatus does both).
 */
export async function applyUpdate(): Promise<void> {
  reloadRequested = true;
  setState({ updating: true });
  const registration = await navigator.serviceWorker?.getRegistration();
  if (workbox && registration?.waiting) {
    workbox.messageSkipWaiting(); // the 'controlling' event then reloads
    // Safety net: if the new worker never takes control (killed, error), reload anyway.
    window.setTimeout(reloadUnlessBusy, 5000);
  } else {
    reloadUnlessBusy(); // already active (another tab accepted it): just load the new code
  }
}

/** Last check before reloading: if the youth started a form meanwhile, keep the page and ask again later. */
function reloadUnlessBusy(): void {
  if (!reloadRequested) return;
  reloadRequested = false;
  if (hasFormInProgress()) setState({ updateAvailable: true, updating: false });
  else window.location.reload();
}

/**
 * For "reload the page" buttons (e.g. the route error boundary): when a new version is waiting, switch
 * to it, since reloading under the old worker would serve the old shell again (and a lazy chunk
 * missing after a deploy would stay missing).
 */
export function reloadToLatest(): void {
  if (state.updateAvailable && !hasFormInProgress()) void applyUpdate();
  else window.location.reload();
}
