// The first run after the browser starts (issue 15): each time a fresh Chromium, the national pair dropped,
// "Run matching" clicked half a second after both files are reported, and every task over 50 ms on the page's
// thread in the 1.2 s after the click (Long Tasks API), as [ms after the click, duration]. The code that draws
// the results runs unoptimised the first time, so this is the worst case of the page's responsiveness.
// Usage: scripts/build.sh && node bench/cold.mjs [dist] [starts]
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const FILES = ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv'];
const { server, url } = await startServer(process.argv[2] ?? 'dist');
const starts = Number(process.argv[3] ?? 5);
const out = [];
for (let i = 0; i < starts; i++) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    globalThis.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) globalThis.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-worker="ready"]').waitFor();
  await page.setInputFiles('#file-input', FILES);
  await page.locator('.counts[data-rows="1302"]').waitFor();
  await page.waitForTimeout(500);
  out.push(await page.evaluate(async () => {
    const t = performance.now();
    document.getElementById('run').click();
    await new Promise((r) => setTimeout(r, 1200));
    return globalThis.__long.filter(([s, d]) => s + d > t).map(([s, d]) => [Math.round(s - t), d]);
  }));
  await browser.close();
}
server.close();
console.log(`long tasks after the click, per fresh browser ([ms after the click, duration ms]): ${JSON.stringify(out)}`);
