import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
const { server, url } = await startServer('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  globalThis.__msgs = [];
  const W = globalThis.Worker;
  globalThis.Worker = class extends W {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => {
        const d = e.data || {};
        globalThis.__msgs.push([Math.round(performance.now()), d.progress ? 'progress ' + d.progress : d.preliminary ? 'preliminary' : d.json ? 'final' : d.read ? 'read' : JSON.stringify(d).slice(0, 40)]);
      });
    }
    postMessage(m, t) { globalThis.__msgs.push([Math.round(performance.now()), 'post ' + Object.keys(m || {}).slice(0, 3).join(',')]); return super.postMessage(m, t); }
  };
});
const page = await context.newPage();
await page.goto(url);
await page.locator('html[data-worker="ready"]').waitFor();
await page.setInputFiles('#file-input', ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv']);
await page.locator('.counts[data-rows="1302"]').waitFor();
await page.click('#run');
await page.locator('#results[data-preliminary="false"]').waitFor();
await page.waitForTimeout(500);
const r = await page.evaluate(async () => {
  __msgs.length = 0;
  const row = document.querySelector('#pairs tbody tr');
  const t = performance.now();
  row.querySelector('button[data-action="veto"]').click();
  await new Promise((res) => setTimeout(res, 1500));
  return [Math.round(t), __msgs];
});
console.log(r[0]); for (const m of r[1]) console.log(m[0] - r[0], m[1]);
await browser.close(); server.close();
