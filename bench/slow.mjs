// The first visit on a slow line (docs/benchmarks.md): Chromium's network emulation at 10 Mbit/s down, 5 Mbit/s
// up and 100 ms latency, the browser's cache off, the files served as scripts/serve.mjs serves them (brotli where
// the browser accepts it). Per run: the page opened → "Try with example data" usable (the app started:
// `html[data-ready]`, from the navigation's start), then clicked → the pairs shown, and the bytes that crossed
// the line. Usage: scripts/build.sh && node bench/slow.mjs [dist] [runs] [json-out]
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 5);
const out = process.argv[4];
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const LINE = { offline: false, latency: 100, downloadThroughput: (10e6 / 8), uploadThroughput: (5e6 / 8) };

const { server, url } = await startServer(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const results = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', LINE);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('html[data-ready="true"]').waitFor({ timeout: 60000 });
  const usable = await page.evaluate(() => performance.now());
  const pairs = await page.evaluate(async () => {
    const t = performance.now();
    document.getElementById('example').click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector('#pairs tbody tr') ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t;
  });
  results.push({ usable, pairs, bytes });
  await context.close();
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const report = {
  runs,
  line: '10 Mbit/s down, 5 Mbit/s up, 100 ms latency, cache off',
  usable_ms: median(results.map((r) => r.usable)),
  example_to_pairs_ms: median(results.map((r) => r.pairs)),
  transferred_kb: Math.round(median(results.map((r) => r.bytes)) / 1024),
};
console.log(`first visit on ${report.line}: "Try with example data" usable after ${report.usable_ms.toFixed(0)} ms (median of ${runs}: ${results.map((r) => r.usable.toFixed(0)).join(', ')}), example → pairs ${report.example_to_pairs_ms.toFixed(0)} ms, ${report.transferred_kb} KB transferred`);
if (out) writeFileSync(out, JSON.stringify(report, null, 2));
