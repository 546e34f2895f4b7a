/**
 * Runs `work` once the page has loaded and the main thread is idle (at most 3 s later): for what
 * a page never needs to show (the service worker, the offline queue), so that its chunks and
 * IndexedDB reads do not compete with the page's own data on a slow phone.
 */
export function afterPageSettled(work: () => void): void {
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => work(), { timeout: 3000 });
    else setTimeout(work, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
