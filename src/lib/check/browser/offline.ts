/**
 * Registers the service worker (public/sw.js) from the check, the one page that already runs JavaScript, so guide
 * pages stay script-free. Asks it to save this page, the code it loaded, each edition's "you are offline" page (shown
 * offline for a page never saved) and any extra pages (a plan's guides).
 */
import { locales } from '../../i18n/locales';
import { pageUrl } from '../../routes';

const offlinePages = locales.map((locale) => pageUrl({ type: 'offline' }, locale));

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
      registration.active?.postMessage({
        type: 'save',
        urls: [location.pathname, ...offlinePages, ...loaded, ...extra],
      }),
    )
    .catch(() => undefined); // offline support is a bonus: the check works without it
}
