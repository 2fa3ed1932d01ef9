// Builds one self-contained HTML file from a built dist/: the CSS, the wasm-bindgen glue and the wasm (as
// base64) inlined, the map's outlines as a JSON data block (`#outlines-data`: never run, read by the app), with
// a Content-Security-Policy that allows exactly those inline parts (by hash) and no connection at all. It opens
// from disk over file://, with the network off.
// Usage: node scripts/build-single.mjs DIST OUT.html   (scripts/build-single.sh does both steps)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

const [dist = 'dist', out = 'dist-single/kommunematch.html'] = process.argv.slice(2);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const css = readFileSync(join(dist, 'static/style.css'), 'utf8');
const glue = readFileSync(join(dist, 'pkg/kommunematch-web.js'), 'utf8');
const wasm = readFileSync(join(dist, 'pkg/kommunematch-web_bg.wasm')).toString('base64');
const boot = readFileSync(join(dist, 'static/boot.js'), 'utf8');
// No `<` in the block: its text cannot end it.
const outlines = JSON.stringify(JSON.parse(readFileSync(join(dist, 'static/outlines.json'), 'utf8'))).replaceAll('<', '\\u003c');
const start = boot.slice(boot.indexOf('// --- start'), boot.indexOf('// --- end start ---'));
if (!start.includes('async function start')) throw new Error('static/boot.js: start() markers not found');

const script = `${start}
const GLUE = ${JSON.stringify(glue)};
const WASM = "${wasm}";
const bytes = Uint8Array.from(atob(WASM), (c) => c.charCodeAt(0));
WebAssembly.compile(bytes).then((module) => start(GLUE, module));
`;
const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = `default-src 'none'; script-src ${hash(script)} blob: 'wasm-unsafe-eval'; worker-src blob:; style-src ${hash(css)}; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'`;

let page = html
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`)
  // One file: no manifest, no separate icon (a service worker cannot run on a page opened from disk).
  .replace(/\s*<link rel="manifest"[^>]*>/, '')
  .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">')
  .replace(/<script type="module" src="static\/boot.js"><\/script>/, () => `<script type="module">${script}</script>`)
  .replace('</body>', () => `<script type="application/json" id="outlines-data">${outlines}</script>\n</body>`);
if (!page.includes('id="outlines-data"')) throw new Error('index.html: no </body> to put the outlines before');
if (/(src|href)="(static|pkg)\//.test(page)) throw new Error('a reference to a separate file is left in the page');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`[single] ${out}: ${(page.length / 1024).toFixed(0)} KB`);
