/*
 * RefundPath's service worker: pages and files you have opened keep working offline.
 * - Pages: network first, so a reader online always gets the latest guide; the saved copy when offline.
 * - /_astro/ files: their names change with their content, so a saved copy is always right: cache first.
 * - The check asks it to save the page, its code and the guides behind a plan (message "save").
 * Search (Pagefind) is not saved: offline, the search page says it could not load.
 */
const CACHE = 'refundpath-v1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;

self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== 'save' || !Array.isArray(urls)) return;
  const wanted = urls.filter((u) => typeof u === 'string' && sameOrigin(u) && !u.includes('/pagefind/')).slice(0, 100);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(wanted.map((url) => cache.add(new Request(url, { cache: 'reload' })).catch(() => undefined))),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  const url = new URL(request.url);
  if (url.pathname.startsWith('/pagefind/')) return;
  if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(
      // Astro retries a failed island import with ?astro-retry=...; the file is the same.
      caches.match(request, { ignoreSearch: true, ignoreVary: true }).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
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
            (await caches.match('/404.html', { ignoreVary: true })) ??
            Response.error(),
        ),
    );
  }
});
