/**
 * Registers the service worker (public/sw.js) from the check, the one page that already runs JavaScript, so guide
 * pages stay script-free. Asks it to save this page, the code it loaded and any extra pages (a plan's guides); the
 * worker adds each edition's "you are offline" page itself.
 */

export function saveForOffline(extra: readonly string[] = []): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(location.origin));
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) =>
      registration.active?.postMessage({ type: 'save', urls: [location.pathname, ...loaded, ...extra] }),
    )
    .catch(() => undefined); // offline support is a bonus: the check works without it
}
