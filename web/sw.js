// Accord's service worker: serves the app from a cache so that it starts with no network after
// the first visit. The cache is named after the build (scripts/site writes BUILD), so the JS and
// the wasm in one cache always belong together (a new app.js with an old app.wasm fails to link).
// A new version installs in the background, takes over at once (skipWaiting), and the page that is
// open keeps running the version it loaded; the next start uses the new one, and the page shows a
// quiet notice (web/boot.js, 'controllerchange').
'use strict';
const BUILD = '__ACCORD_BUILD__';
const CACHE = `accord-${BUILD}`;
// index.html carries the styles and the loader inside; ASSETS are the files boot.js fetches beside
// the wasm (the fonts and the sample plan), written in from its list by scripts/site.
const ASSETS = __ACCORD_ASSETS__;
const SHELL = ['./', 'index.html', 'app.js', 'app.wasm', 'icon.svg', 'manifest.webmanifest', ...ASSETS];
// The prebuilt start atlases, one per pixel ratio (web/boot.js's START_ATLASES): a page fetches only
// the one for its screen, so each is cached when a page first fetches it through this worker,
// rather than all of them on install. Until then a start without the network rasterises its atlas.
const START_ATLASES = new Set(__ACCORD_START_ATLASES__.map((path) => new URL(path, self.registration.scope).pathname));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('accord-') && name !== CACHE)
                                      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const shell = await cache.match('index.html');
      if (shell) return shell;
    }
    if (!START_ATLASES.has(new URL(request.url).pathname)) return fetch(request);
    // An atlas not cached yet and no network: "no content" (the page rasterises its atlas), which
    // the browser does not report as a failed load in the console the way a network error is.
    const response = await fetch(request).catch(() => new Response(null, { status: 204 }));
    if (response.status === 200) await cache.put(request, response.clone());
    return response;
  })());
});
