/*
 * RefundPath's service worker: pages and files you have opened keep working offline.
 * - Pages: network first, so a reader online always gets the latest guide; the saved copy when offline.
 * - /_astro/ files: their names change with their content, so a saved copy is always right: cache first.
 * - The check asks it to save the page, its code and the guides behind a plan (message "save").
 * Search (Pagefind) is not saved: offline, the search page says it could not load.
 */
const CACHE = 'refundpath-v1';
// This build's /_astro/ files, written in at build time (src/integrations/service-worker.mjs). The list makes each
// deploy's worker differ byte for byte, so browsers install it; on activate, older hashed files are pruned.
const BUILD_FILES = null;
// [path prefix, offline page] per edition, written in at build time: what to show offline for a page never saved.
const OFFLINE_PAGES = null;

/** Cache keys are pathnames only: a query (?astro-retry=1, ?q=…) or a fragment never becomes part of what is kept. */
const keyOf = (url) => new URL(url, self.location.href).pathname;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      if (Array.isArray(BUILD_FILES)) {
        const current = new Set(BUILD_FILES);
        const cache = await caches.open(CACHE);
        for (const request of await cache.keys()) {
          const path = keyOf(request.url);
          if (path.startsWith('/_astro/') && !current.has(path)) await cache.delete(request);
        }
      }
      await self.clients.claim();
    })(),
  );
});

const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;

self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== 'save' || !Array.isArray(urls)) return;
  // Each edition's "you are offline" page is saved with whatever the page asks for: the worker knows them (the build
  // wrote them in), so no page has to list them. With it, the edition's home page (its prefix), which the offline
  // page links to: a link that led back to the offline page was a loop (audit AB, L9).
  const offline = (OFFLINE_PAGES ?? []).flatMap(([home, page]) => [page, home]);
  const asked = urls.filter((u) => typeof u === 'string' && sameOrigin(u) && !u.includes('/pagefind/')).map(keyOf);
  const wanted = [...new Set([...offline, ...asked])].slice(0, 100);
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        wanted.map((path) =>
          fetch(new Request(path, { cache: 'reload' }))
            .then((response) => (response.ok ? cache.put(path, response) : undefined))
            .catch(() => undefined),
        ),
      ),
    ),
  );
});

/** The saved "you are offline" page of the edition the path belongs to (a page offline is not a missing page). */
const offlinePageFor = async (path) => {
  const [, page] = (OFFLINE_PAGES ?? []).find(([prefix]) => path.startsWith(prefix)) ?? [];
  return page ? caches.match(page, { ignoreVary: true }) : undefined;
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  const url = new URL(request.url);
  if (url.pathname.startsWith('/pagefind/')) return;
  if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(
      // Astro retries a failed island import with ?astro-retry=...; the file is the same.
      caches.match(url.pathname, { ignoreVary: true }).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url.pathname, copy)));
            }
            return response;
          }),
      ),
    );
    return;
  }
  if (request.mode === 'navigate' || request.destination === '' || url.pathname.endsWith('/')) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(url.pathname, copy)));
          }
          return response;
        })
        .catch(
          async () =>
            (await caches.match(url.pathname, { ignoreVary: true })) ??
            (await offlinePageFor(url.pathname)) ??
            Response.error(),
        ),
    );
  }
});
