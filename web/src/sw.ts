/// <reference lib="webworker" />
/**
 * Balise's service worker (Workbox, built by vite-plugin-pwa with `injectManifest`).
 *
 * - The app shell (scripts, styles, index.html, icons, fonts) is precached, so the app opens offline.
 * - Every navigation is answered with the precached index.html (the router takes over), except the
 *   server's own endpoints (/graphql, /healthz, /readyz, /dev/…).
 * - GraphQL is never cached and POST requests are never touched: the guard below stops them before
 *   Workbox's router sees them, and no route matches them anyway. The offline copy of catalogue data
 *   lives in IndexedDB (features/offline/seen-content.ts), written by the pages themselves; mutations
 *   are queued by the app with their idempotency key, never replayed blindly from here.
 * - A new version waits until the page asks it to take over ({ type: 'SKIP_WAITING' }), which the
 *   "update available" prompt does only when the youth accepts and no form is being filled in.
 * - clientsClaim(): the very first load is controlled too, without a reload.
 *
 * Type-checked with src/sw.tsconfig.json (WebWorker lib), not with the app's DOM tsconfig.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** Paths the server answers itself: never replaced by the app shell. */
const SERVER_PATHS = [/^\/graphql(?:[/?]|$)/, /^\/healthz(?:[/?]|$)/, /^\/readyz(?:[/?]|$)/, /^\/dev\//];

// Registered before Workbox's own fetch listener: requests the service worker must never handle go
// straight to the network (no respondWith, no cache, no replay).
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const isGraphql = url.origin === self.location.origin && /^\/graphql(?:[/?]|$)/.test(url.pathname);
  if (event.request.method !== 'GET' || isGraphql) event.stopImmediatePropagation();
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: SERVER_PATHS }));
