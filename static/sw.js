// The app's own files kept for use with no connection, after one visit: the page, its style, its start script,
// the wasm-bindgen glue and the wasm, the map's outlines (fetched when the first map is wanted), the manifest
// and the icon. Nothing else is ever kept or answered from the
// cache: no dropped file (files are read in the page, never requested), no results (made in the page), no
// other site. The cache's name carries the build's version (scripts/build.sh writes it over VERSION): a new
// release installs beside the old, waits until the page's notice is answered (or every tab is closed), then
// replaces it and removes the old cache.
const VERSION = 'dev';
const CACHE = `kommunematch-${VERSION}`;
const FILES = ['./', 'static/style.css', 'static/boot.js', 'pkg/kommunematch-web.js', 'pkg/kommunematch-web_bg.wasm',
  'static/outlines.json', 'manifest.webmanifest', 'static/icon.svg'];
const scope = new URL(self.registration.scope);
const OWN = new Set(FILES.map((f) => new URL(f, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, scope), { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('kommunematch-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The page's notice answered: this version takes over now.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  const own = url.pathname === scope.pathname + 'index.html' ? new URL('./', scope).href : url.href;
  if (!OWN.has(own)) return;
  // The kept file first: the page opens the same with or without a connection; a new release comes by the
  // new service worker, not file by file.
  event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(own)) ?? fetch(request)));
});
