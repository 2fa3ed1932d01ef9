import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
const { server, url } = await startServer(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(url);
await page.locator('html[data-worker="ready"]').waitFor();
await page.setInputFiles('#file-input', ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv']);
await page.locator('.counts[data-rows="1302"]').waitFor();
await page.click('#run');
await page.locator('#results[data-preliminary="false"]').waitFor();
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(() => document.querySelector('#pairs tbody tr button[data-action="veto"]').click());
await page.waitForTimeout(100);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), total = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  let id = profile.samples[i]; const seen = new Set();
  const n = byId.get(id); const k0 = n.callFrame.functionName || '(anon)';
  self.set(k0, (self.get(k0) ?? 0) + dt);
  while (id) { const k = byId.get(id).callFrame.functionName || '(anon)'; if (!seen.has(k)) { total.set(k, (total.get(k) ?? 0) + dt); seen.add(k); } id = parent.get(id); }
}
console.log('--- self'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k.slice(0, 140));
console.log('--- total'); for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(v.toFixed(1).padStart(8), k.slice(0, 140));
await browser.close(); server.close();
