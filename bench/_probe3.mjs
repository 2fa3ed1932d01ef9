import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
const { server, url } = await startServer('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(url);
await page.locator('html[data-worker="ready"]').waitFor();
await page.setInputFiles('#file-input', ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv']);
await page.locator('.counts[data-rows="1302"]').waitFor();
await page.click('#run');
await page.locator('#results[data-preliminary="false"]').waitFor();
await page.waitForTimeout(500);
for (const action of ['veto', 'lock']) {
const r = await page.evaluate(async (action) => {
  const added = {}; const removed = {}; let attrs = 0;
  const obs = new MutationObserver((ms) => { for (const m of ms) { if (m.type === 'attributes') attrs++; for (const n of m.addedNodes) { const k = (n.parentNode?.id || n.parentNode?.className?.baseVal || n.parentNode?.className || n.parentNode?.tagName) + '>' + n.nodeName; added[k] = (added[k] ?? 0) + 1; } for (const n of m.removedNodes) { const k = n.nodeName; removed[k] = (removed[k] ?? 0) + 1; } } });
  obs.observe(document, { subtree: true, childList: true, attributes: true });
  const row = [...document.querySelectorAll('#pairs tbody tr')].find((r) => r.dataset.locked === 'false');
  row.querySelector(`button[data-action="${action}"]`).click();
  await new Promise((res) => setTimeout(res, 30));
  obs.disconnect();
  return { added, removed, attrs };
}, action);
console.log(action, JSON.stringify(r));
await page.locator('#results[data-preliminary="false"]').waitFor();
await page.waitForTimeout(500);
}
await browser.close(); server.close();
