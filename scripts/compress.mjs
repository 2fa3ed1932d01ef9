// Compresses a built app's files as a static host serves them: beside each text file and the wasm, a brotli
// (`.br`, quality 11) and a gzip (`.gz`, level 9) copy, which scripts/serve.mjs sends to a browser that accepts
// them (Content-Encoding). Usage: node scripts/compress.mjs DIST
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSED.has(extname(name))) yield path;
  }
}

const dist = process.argv[2] ?? 'dist';
let before = 0;
let after = 0;
for (const path of files(dist)) {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  before += body.length;
  after += br.length;
}
console.log(`[compress] ${dist}: ${Math.round(before / 1024)} KB, ${Math.round(after / 1024)} KB as brotli`);
