// A timed run in headless Chromium: how long the page takes from dropping the national pair of files
// (357 offers, 1302 needs, about 1 MB) to showing both files read, and from "Run matching" to the pairs.
// Usage: scripts/build.sh && node bench/browser.mjs [dist] [runs]. Figures: docs/benchmarks.md.
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 7);
const FILES = ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv'];
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const { server, url } = await startServer(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const page = await browser.newPage();
const read = [], match = [];
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
await browser.close();
server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`chromium: read national pair (drop → both files reported): median ${median(read)} ms over ${runs} runs [${read.join(', ')}]`);
console.log(`chromium: run matching (click → pairs shown): median ${median(match)} ms over ${runs} runs [${match.join(', ')}]`);
