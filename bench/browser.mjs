// Timed runs in headless Chromium (docs/benchmarks.md):
// 1. the user's wait: dropping the national pair of files (357 offers, 1302 needs, about 1 MB) until both
//    are reported, and "Run matching" until the pairs are shown;
// 2. the engine inside the page (benchEngine, exported by the wasm module): reading, scoring plus the
//    optimal solve, a re-solve after a veto, and a whole run with explanations.
// Usage: scripts/build.sh && node bench/browser.mjs [dist] [runs].
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 7);
const FILES = ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv'];
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const { server, url } = await startServer(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const page = await browser.newPage();
const read = [], match = [], engine = [];
for (let i = 0; i < runs; i++) {
  await page.goto(url);
  await page.locator('#example').waitFor();
  let t = Date.now();
  await page.setInputFiles('#file-input', FILES);
  await page.locator('.counts[data-rows="1302"]').waitFor();
  await page.locator('.counts[data-rows="357"]').waitFor();
  read.push(Date.now() - t);
  t = Date.now();
  await page.click('#run');
  await page.locator('#pairs tbody tr').first().waitFor({ timeout: 120000 });
  match.push(Date.now() - t);
}
const [offers, needs] = FILES.map((f) => [...readFileSync(f)]);
for (let i = 0; i < runs; i++) {
  engine.push(await page.evaluate(async ([o, n]) => {
    const m = await import('./pkg/kommunematch-web.js');
    return m.benchEngine(new Uint8Array(o), new Uint8Array(n));
  }, [offers, needs]));
}
await browser.close();
server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (label, xs) => console.log(`chromium: ${label}: median ${median(xs).toFixed(1)} ms over ${xs.length} runs [${xs.map((x) => x.toFixed(0)).join(', ')}]`);
show('drop the national pair → both files reported', read);
show('"Run matching" → pairs shown', match);
for (const k of ['read_ms', 'score_and_solve_ms', 'resolve_after_veto_ms', 'resolve_after_lock_ms', 'run_with_explanations_ms']) {
  show(`engine ${k.replace(/_ms$/, '').replaceAll('_', ' ')}`, engine.map((e) => e[k]));
}
