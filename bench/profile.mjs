// Where the page's thread spends the first run after load: a fresh Chromium, the national pair
// dropped 2 s after the worker is ready, "Run matching" clicked half a second after both files are reported, and
// Chrome's sampling profiler (through the DevTools protocol) over the WINDOW ms that follow the first busy
// sample; with `read`, the first reading instead (from the drop); with `now`, "Run matching" clicked the moment
// both files are reported.
// Prints the long tasks seen, then the functions by their own time and by their time with what they call.
// With LONG=1, only the samples inside the long tasks seen count (the page's clock is matched to the
// profiler's by a busy function run at a known time), and each long task is shown on its own.
// Function names of the wasm show only in a build that keeps them:
//   KEEP_NAMES=1 scripts/build.sh build/prof && node bench/profile.mjs build/prof [WINDOW_MS] [run|read|now]
import { startServer } from '../scripts/serve.mjs';
import { FILES, freshPage, longTasksAfter } from './fresh.mjs';

const dist = process.argv[2] ?? 'dist';
const windowMs = Number(process.argv[3] ?? 100);
const mode = process.argv[4] ?? 'run';
// Only samples from this many ms after the first busy one (to look at one task).
const skipMs = Number(process.env.SKIP_MS ?? 0);
const reading = mode === 'read';
const onlyLong = process.env.LONG === '1';
// Spins 20 ms under a name found in the profile: the page's time at its start matches the profiler's clock.
const calibrate = () => page.evaluate(() => {
  const kmCalibrate = () => {
    const t = performance.now();
    while (performance.now() - t < 20);
    return t;
  };
  return kmCalibrate();
});
const TOP = Number(process.env.TOP ?? 40);

const { server, url } = await startServer(dist);
const { browser, context, page } = await freshPage(url);
// Dropped as a coordinator would, seconds after the page is ready (the worker has warmed up by then).
await page.waitForTimeout(Number(process.env.PAUSE_MS ?? 2000));
try {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let long;
  let calibrated;
  let clicked;
  const start = async () => {
    await cdp.send('Profiler.start');
    calibrated = await calibrate();
  };
  if (reading) {
    await start();
    const t = await page.evaluate(() => performance.now());
    await page.setInputFiles('#file-input', FILES);
    long = await longTasksAfter(page, t);
    clicked = t;
  } else {
    await page.setInputFiles('#file-input', FILES);
    if (mode === 'now') await start();
    await page.locator('.counts[data-rows="1302"]').waitFor();
    if (mode !== 'now') {
      await page.waitForTimeout(500);
      await start();
    }
    const t = await page.evaluate(() => {
      // What each task adds to the page: [page time at the task's end, tag, where (the nearest element
      // with an id or a class), elements in it], for the long tasks' report.
      window.kmAdded = [];
      new MutationObserver((ms) => {
        const at = performance.now();
        for (const m of ms) {
          for (const n of m.addedNodes) {
            if (n.nodeType !== 1) continue;
            const where = n.parentElement?.closest('[id], [class]');
            const name = where ? where.id || `${where.tagName.toLowerCase()}.${where.classList[0] ?? ''}` : '?';
            window.kmAdded.push([at, n.tagName.toLowerCase(), name, n.querySelectorAll('*').length + 1]);
          }
        }
      }).observe(document.body, { childList: true, subtree: true });
      const t = performance.now();
      document.getElementById('run').click();
      return t;
    });
    long = await longTasksAfter(page, t);
    clicked = t;
  }
  const { profile } = await cdp.send('Profiler.stop');
  const added = await page.evaluate(() => window.kmAdded ?? []);

  const node = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? ` ${n.callFrame.url.split('/').pop()}` : ''}`;
  const quiet = new Set(['(idle)', '(program)', '(root)', '(garbage collector)']);
  // The profiler's time (µs from its start) of the first sample inside kmCalibrate: the page's `calibrated`.
  let at = 0;
  let calibration = null;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    for (let x = id; x !== undefined && calibration === null; x = parent.get(x)) {
      if (node.get(x).callFrame.functionName === 'kmCalibrate') calibration = at;
    }
  });
  // Page time of a sample at profiler time `us`; the long tasks in page time.
  const pageTime = (us) => calibrated + (us - calibration) / 1000;
  const tasks = long.map(([s, d]) => [clicked + s, clicked + s + d]);
  const inTask = (ms) => tasks.findIndex(([a, b]) => ms >= a && ms <= b);
  tasks.forEach(([a, b], k) => {
    const where = new Map();
    for (const [at, tag, name, n] of added) {
      if (at >= a && at <= b + 1) where.set(`${tag} in ${name}`, (where.get(`${tag} in ${name}`) ?? 0) + n);
    }
    const top = [...where].sort((x, y) => y[1] - x[1]).slice(0, 8);
    console.log(`elements added in long task ${k + 1}: ${top.map(([w, n]) => `${n} ${w}`).join(', ') || 'none'}`);
  });
  if (onlyLong && calibration === null) throw new Error('the calibration was not sampled');
  const own = new Map();
  const total = new Map();
  const perTask = tasks.map(() => new Map());
  const perTaskTotal = tasks.map(() => new Map());
  let t = 0;
  let first = null;
  // A sample's time to its function (`own`) and, once each, to it and every function that called it (`all`).
  const count = (own, all, id, us) => {
    const n = name(node.get(id));
    own.set(n, (own.get(n) ?? 0) + us);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const c = name(node.get(x));
      if (!seen.has(c)) all.set(c, (all.get(c) ?? 0) + us);
      seen.add(c);
    }
  };
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    t += us;
    if (onlyLong) {
      const k = inTask(pageTime(t));
      if (k >= 0) count(perTask[k], perTaskTotal[k], id, us);
      return;
    }
    if (first === null && !quiet.has(node.get(id).callFrame.functionName)) first = t;
    if (first === null || t - first > windowMs * 1000 || t - first < skipMs * 1000) return;
    count(own, total, id, us);
  });
  const show = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${k.slice(0, 160)}`).join('\n');
  console.log(`long tasks after the ${reading ? 'drop' : 'click'} ([ms after it, duration ms]): ${JSON.stringify(long)}`);
  if (onlyLong) {
    perTask.forEach((m, k) => {
      console.log(`\nown time, long task ${k + 1} (${JSON.stringify(long[k])}):\n${show(m)}`);
      console.log(`\nwith what they call, long task ${k + 1}:\n${show(perTaskTotal[k])}`);
    });
  } else {
    console.log(`\nown time, the ${windowMs} ms from the first busy sample:\n${show(own)}`);
    console.log(`\nwith what they call:\n${show(total)}`);
  }
} finally {
  await browser.close();
  server.close();
}
