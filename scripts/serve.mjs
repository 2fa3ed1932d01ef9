// A small static file server for the built app (dist/), on 127.0.0.1 only. No dependencies. Like a static host,
// it sends the brotli or gzip copy of a file (made by scripts/compress.mjs) to a browser that accepts it.
// Used by scripts/serve.sh and by the end-to-end tests.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port). Resolves to { server, url }. */
export function startServer(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const accepted = String(req.headers['accept-encoding'] ?? '');
      let encoding = null;
      let body = null;
      for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (body || !new RegExp(`\\b${name}\\b`).test(accepted)) continue;
        body = await readFile(file + ext).catch(() => null);
        if (body) encoding = name;
      }
      body ??= await readFile(file);
      // Revalidation, as a static host answers it: the same bytes are "not modified" (the service worker's
      // install and a reload fetch nothing twice).
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag, Vary: 'Accept-Encoding', 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
      res.writeHead(200, {
        ETag: etag,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        'Vary': 'Accept-Encoding',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  const { url } = await startServer(dir, port);
  console.log(`kommunematch is served at ${url} (Ctrl+C stops it). Click "Try with example data" to start.`);
}
