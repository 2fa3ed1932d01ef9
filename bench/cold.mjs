// The first run after the browser starts (issue 15): each time a fresh Chromium, the national pair dropped,
// "Run matching" clicked half a second after both files are reported, and every task over 50 ms on the page's
// thread in the 1.2 s after the click (Long Tasks API), as [ms after the click, duration]. The code that draws
// the results runs unoptimised the first time, so this is the worst case of the page's responsiveness.
// With `now`, "Run matching" is clicked the moment both files are reported (the run ahead not finished, the
// code that reads and draws even colder).
// Usage: scripts/build.sh && node bench/cold.mjs [dist] [starts] [now]
import { startServer } from '../scripts/serve.mjs';
import { FILES, freshPage, longTasksAfter } from './fresh.mjs';

const { server, url } = await startServer(process.argv[2] ?? 'dist');
const starts = Number(process.argv[3] ?? 5);
const now = process.argv[4] === 'now';
const out = [];
for (let i = 0; i < starts; i++) {
  const { browser, page } = await freshPage(url);
  await page.setInputFiles('#file-input', FILES);
  await page.locator('.counts[data-rows="1302"]').waitFor();
  if (!now) await page.waitForTimeout(500);
  const t = await page.evaluate(() => {
    const t = performance.now();
    document.getElementById('run').click();
    return t;
  });
  out.push(await longTasksAfter(page, t));
  await browser.close();
}
server.close();
console.log(`long tasks after the click, per fresh browser ([ms after the click, duration ms]): ${JSON.stringify(out)}`);
