// The coordinator's first reading and run after the browser starts: each time a fresh Chromium, the
// page loaded, and the national pair dropped PAUSE_MS (2 s) after the worker is ready (a coordinator takes seconds
// to pick the files; the worker has warmed up by then, `data-warm`), then "Run matching" clicked half a second
// after both files are reported. Prints, with their medians and spread, the waits from the drop to both files
// reported and from the click to the pairs shown, and every task over 50 ms on the page's thread from the drop
// to 1.2 s after the pairs are shown (Long Tasks API), as [ms after the drop, duration]. The code that draws runs
// unoptimised the first time, so this is the worst case of the page's responsiveness.
// With `now`, "Run matching" is clicked the moment both files are reported (the run ahead not finished, the code
// that draws even colder), and the wait printed is from the drop to the pairs shown; with `ready`, the files are
// dropped the moment the worker is ready (its warm-up stopped by them).
// Usage: scripts/build.sh && node bench/cold.mjs [dist] [starts] [now] [ready]
import { startServer } from '../scripts/serve.mjs';
import { FILES, freshPage, longTasksAfter } from './fresh.mjs';

const { server, url } = await startServer(process.argv[2] ?? 'dist');
const starts = Number(process.argv[3] ?? 5);
const now = process.argv.slice(4).includes('now');
const ready = process.argv.slice(4).includes('ready');
const pauseMs = ready ? 0 : Number(process.env.PAUSE_MS ?? 2000);
const long = [];
const read = [];
const pairs = [];
for (let i = 0; i < starts; i++) {
  const { browser, page } = await freshPage(url);
  await page.evaluate(() => {
    globalThis.__when = (test) => new Promise((resolve) => {
      if (test()) { resolve(performance.now()); return; }
      const obs = new MutationObserver(() => { if (test()) { obs.disconnect(); resolve(performance.now()); } });
      obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    document.addEventListener('change', (e) => { if (e.target && e.target.id === 'file-input') globalThis.__dropped = performance.now(); }, true);
  });
  await page.waitForTimeout(pauseMs);
  await page.setInputFiles('#file-input', FILES);
  const r = await page.evaluate(async (now) => {
    const reported = await __when(() => document.querySelector('.counts[data-rows="1302"]') && document.querySelector('.counts[data-rows="357"]'));
    if (!now) await new Promise((r) => setTimeout(r, 500));
    const t = performance.now();
    document.getElementById('run').click();
    const shown = await __when(() => document.querySelector('#pairs tbody tr'));
    return { read: reported - __dropped, pairs: shown - (now ? __dropped : t), dropped: __dropped };
  }, now);
  read.push(r.read);
  pairs.push(r.pairs);
  long.push(await longTasksAfter(page, r.dropped));
  await browser.close();
}
server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (label, xs) => console.log(`fresh chromium: ${label}: median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}) over ${xs.length} starts`);
const when = ready ? 'dropped the moment the worker is ready' : `dropped ${pauseMs} ms after the worker is ready`;
show(`drop the national pair (${when}) → both files reported`, read);
show(now ? 'drop → pairs shown, "Run matching" clicked the moment both are reported' : '"Run matching" (half a second after) → pairs shown', pairs);
console.log(`long tasks from the drop on, per fresh browser ([ms after the drop, duration ms]): ${JSON.stringify(long)}`);
