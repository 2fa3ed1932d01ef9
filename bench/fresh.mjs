// What bench/cold.mjs and bench/profile.mjs share: the national pair, and a fresh Chromium whose page watches
// its own thread (every task over 50 ms, by the Long Tasks API) and has its worker ready.
import { chromium } from 'playwright-core';

export const FILES = ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv'];

/** A fresh browser on `url`, the page loaded and its worker ready: `{ browser, context, page }`. */
export async function freshPage(url) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    globalThis.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) globalThis.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
    // A frame's rendering (animation-frame callbacks, style, layout, paint) over 50 ms, which the Long Tasks API
    // leaves out: from its start to the frame's end.
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        const end = e.startTime + e.duration;
        if (e.renderStart > 0 && end - e.renderStart > 50) globalThis.__long.push([Math.round(e.renderStart), Math.round(end - e.renderStart)]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-worker="ready"]').waitFor();
  return { browser, context, page };
}

/** The long tasks in the 1.2 s after the page's time `t`, as [ms after `t`, duration ms]. */
export function longTasksAfter(page, t) {
  return page.evaluate(async (t) => {
    await new Promise((r) => setTimeout(r, 1200));
    return globalThis.__long.filter(([s, d]) => s + d > t).map(([s, d]) => [Math.round(s - t), d]);
  }, t);
}
