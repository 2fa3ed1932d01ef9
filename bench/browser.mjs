// Timed runs in headless Chromium (docs/benchmarks.md): the coordinator's waits on the national instance
// (357 offers, 1,302 needs, about 1 MB), each measured inside the page (performance.now() from the event
// to the moment the page shows the answer), with the longest task on the page's thread meanwhile (Long
// Tasks API: any task over 50 ms is reported by the browser; and the rendering of a frame over 50 ms, from the
// Long Animation Frames API, which the Long Tasks API leaves out):
//   read       dropping both files → both reported
//   run        "Run matching" → pairs shown (the run's preliminary results: the pairs, before the exact
//              explanations)
//   explained  "Run matching" → the exact explanations in too (the results final, downloads ready)
//   veto       forbidding a pair → the updated pairs shown
//   lock       locking a pair → the updated pairs shown
//   correct    a column correction on the needs file → the file shown read again
//   xlsx       "Download (XLSX)" → the workbook made (synchronously, on the page's thread)
//   questionnaire  "Next round's survey": the needs spreadsheet in Ukrainian → the workbook made (synchronously,
//              on the page's thread)
//   letters    "Download e-mail drafts" with the contact persons in → every pair's draft made and zipped
//              (synchronously, on the page's thread)
//   keep       "Keep this run as a scenario" on the national results → its column shown (the second kept
//              also makes the comparison of the two and its map)
//   compare    choosing another scenario to compare (two national scenarios: the largest total and coverage
//              first) → the counts of pairs only in one, only in the other and in both shown
//   compare_map the same → the map of the difference drawn whole
//   table      the same → the whole pairs table drawn (its last row, `#pairs[aria-busy=false]`)
//   first      on a fresh page, dropping both files and clicking "Run matching" the moment both are reported
//              → pairs shown: the whole wait of a coordinator who clicks at once (the run the worker starts
//              ahead of the click has had no time of its own)
// and then the engine inside the page (kommunematchBench, set up by the page's own boot code).
// Usage: scripts/build.sh && node bench/browser.mjs [dist] [runs] [json-out]
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 7);
const out = process.argv[4];
// How long after the worker is ready the files are dropped (a coordinator takes seconds to pick them).
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 2000);
const FILES = ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv'];
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

// In the page before anything else: observers of long tasks (the Long Tasks API, and the rendering of long
// animation frames, which it leaves out), and a helper that resolves with the time at
// which a condition on the document first holds (checked on every change of the DOM).
function instrument() {
  globalThis.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__long.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // The rendering of a frame (its animation-frame callbacks, style, layout and paint) is a task the Long Tasks
  // API does not report: a long animation frame's part from its rendering's start counts as one.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const end = e.startTime + e.duration;
      if (e.renderStart > 0 && end - e.renderStart > 50) globalThis.__long.push({ start: e.renderStart, end });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  globalThis.__when = (test) => new Promise((resolve) => {
    if (test()) { resolve(performance.now()); return; }
    const obs = new MutationObserver(() => {
      if (test()) { obs.disconnect(); resolve(performance.now()); }
    });
    obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // The longest task overlapping [from, to], whole (a task that ends after `to` counts whole: it kept the page
  // busy), once the browser has reported the tasks up to now (entries come after their task ends).
  globalThis.__longest = async (from, to) => {
    await new Promise((r) => setTimeout(r, 150));
    return Math.max(0, ...globalThis.__long.filter((t) => t.end > from && t.start < to).map((t) => t.end - t.start));
  };
  globalThis.__tasks = (from, to) => globalThis.__long.filter((t) => t.end > from && t.start < to).map((t) => Math.round(t.end - t.start));
  // Waits until the page has its final results (no run in flight): each wait starts from an idle page.
  globalThis.__settled = () => __when(() => !document.getElementById('running') && !document.querySelector('#results[data-preliminary="true"]'));
  document.addEventListener('change', (e) => {
    if (e.target && e.target.id === 'file-input') globalThis.__dropped = performance.now();
  }, true);
}

const { server, url } = await startServer(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(instrument);
const page = await context.newPage();
const KEYS = ['read', 'run', 'explained', 'keep', 'compare', 'compare_map', 'veto', 'lock', 'correct', 'xlsx', 'questionnaire', 'letters', 'first', 'table'];
const waits = Object.fromEntries(KEYS.map((k) => [k, []]));
const longest = Object.fromEntries(KEYS.map((k) => [k, []]));
const tasks = {};
const record = (k, r) => { waits[k].push(r.ms); longest[k].push(r.longest); (tasks[k] ??= []).push(r.tasks ?? []); };

for (let i = 0; i < runs; i++) {
  await page.goto(url);
  await page.locator('html[data-worker="ready"]').waitFor();
  // Dropped as a coordinator would, seconds after the page is ready (the worker has warmed up by then).
  await page.waitForTimeout(PAUSE_MS);
  // Dropping the files: from the input's change event to both files reported.
  await page.setInputFiles('#file-input', FILES);
  record('read', await page.evaluate(async () => {
    const done = await __when(() => document.querySelector('.counts[data-rows="1302"]') && document.querySelector('.counts[data-rows="357"]'));
    return { ms: done - __dropped, longest: await __longest(__dropped, done) };
  }));
  // Matching: from the click to the pairs shown.
  const [run, explained] = await page.evaluate(async () => {
    const t = performance.now();
    document.getElementById('run').click();
    const done = await __when(() => document.querySelector('#pairs tbody tr'));
    const final = await __when(() => document.querySelector('#results[data-preliminary="false"]'));
    const longest = await __longest(t, final);
    return [{ ms: done - t, longest }, { ms: final - t, longest, tasks: __tasks(t, final) }];
  });
  record('run', run);
  record('explained', explained);
  // Scenarios: the result kept; coverage first run and kept beside it; then the comparison chosen again.
  const keep = () => page.evaluate(async () => {
    const n = document.querySelectorAll('#scenarios-table th[data-scenario]').length;
    const t = performance.now();
    document.getElementById('keep-scenario').click();
    const done = await __when(() => document.querySelector(`#scenarios-table th[data-scenario="${n}"]`));
    return { ms: done - t, longest: await __longest(t, done) };
  });
  record('keep', await keep());
  const rerun = (objective) => page.evaluate(async (objective) => {
    document.querySelector(`input[name=objective][value=${objective}]`).click();
    await __when(() => !document.getElementById('run').disabled);
    document.getElementById('run').click();
    await __when(() => document.querySelector('#results[data-preliminary="false"]') && !document.getElementById('running'));
  }, objective);
  await rerun('coverage');
  await keep();
  const [compare, compareMap] = await page.evaluate(async () => {
    const pick = (id, v) => { const s = document.getElementById(id); s.value = v; s.dispatchEvent(new Event('change', { bubbles: true })); };
    pick('compare-a', '1');
    await __when(() => document.getElementById('compare-counts') && !/\d/.test(document.getElementById('compare-counts').textContent));
    await new Promise((r) => setTimeout(r, 200));
    const t = performance.now();
    pick('compare-a', '0');
    const shown = await __when(() => /\d/.test(document.getElementById('compare-counts')?.textContent ?? ''));
    const drawn = await __when(() => document.querySelector('#compare-map[aria-busy="false"]'));
    const longest = await __longest(t, drawn);
    return [{ ms: shown - t, longest }, { ms: drawn - t, longest, tasks: __tasks(t, drawn) }];
  });
  record('compare', compare);
  record('compare_map', compareMap);
  await rerun('total');
  // The workbook: made in the click's handler, then offered as a download.
  record('xlsx', await page.evaluate(async () => {
    const t = performance.now();
    document.getElementById('download-xlsx').click();
    const done = performance.now();
    return { ms: done - t, longest: await __longest(t, done) };
  }));
  // Next round's survey: the needs spreadsheet in Ukrainian (1,469 communities to choose from), made in the click.
  record('questionnaire', await page.evaluate(async () => {
    const lang = document.getElementById('survey-lang');
    lang.value = 'uk';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
    const t = performance.now();
    document.querySelector('#survey button[data-side="needs"][data-format="xlsx"]').click();
    const done = performance.now();
    return { ms: done - t, longest: await __longest(t, done) };
  }));
  // The introductions: contact persons in, then every pair's e-mail draft made and zipped in the click.
  record('letters', await page.evaluate(async () => {
    const box = document.getElementById('letters-contacts');
    if (!box.checked) box.click();
    await __when(() => document.querySelector('section.letters p.warning'));
    await new Promise((r) => setTimeout(r, 200));
    const t = performance.now();
    document.getElementById('letters-zip').click();
    const done = performance.now();
    return { ms: done - t, longest: await __longest(t, done) };
  }));
  // A veto: the first pair goes, the table is redrawn without it.
  record('veto', await page.evaluate(async () => {
    const row = document.querySelector('#pairs tbody tr');
    const sel = `#pairs tr[data-offer="${row.dataset.offer}"][data-need="${row.dataset.need}"]`;
    const t = performance.now();
    row.querySelector('button[data-action="veto"]').click();
    const done = await __when(() => !document.querySelector(sel) && document.querySelector('#pairs tbody tr'));
    const end = await __settled();
    return { ms: done - t, longest: await __longest(t, end), tasks: __tasks(t, end) };
  }));
  // A lock: the first pair comes back locked.
  record('lock', await page.evaluate(async () => {
    const row = [...document.querySelectorAll('#pairs tbody tr')].find((r) => r.dataset.locked === 'false');
    const sel = `#pairs tr[data-offer="${row.dataset.offer}"][data-need="${row.dataset.need}"][data-locked="true"]`;
    const t = performance.now();
    row.querySelector('button[data-action="lock"]').click();
    const done = await __when(() => document.querySelector(sel));
    const end = await __settled();
    return { ms: done - t, longest: await __longest(t, end), tasks: __tasks(t, end) };
  }));
  // A correction: the needs file's comment column ignored, until the file is shown read again.
  record('correct', await page.evaluate(async () => {
    const item = [...document.querySelectorAll('li.file')].find((li) => li.querySelector('.counts[data-rows="1302"]'));
    // The columns' section opened first (its table is made when opened), as the coordinator does.
    item.querySelector('details.mapping').open = true;
    await __when(() => item.querySelector('table select'));
    await new Promise((r) => setTimeout(r, 100));
    const select = [...item.querySelectorAll('table select')].at(-1);
    const t = performance.now();
    select.value = select.value === 'ignore' ? 'auto' : 'ignore';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await __when(() => item.dataset.reading === 'true');
    const done = await __when(() => item.dataset.reading === 'false');
    return { ms: done - t, longest: await __longest(t, done) };
  }));
  // Dropping and clicking at once: "Run matching" clicked in the same task that sees both files reported.
  await page.goto(url);
  await page.locator('html[data-worker="ready"]').waitFor();
  await page.waitForTimeout(PAUSE_MS);
  const armed = page.evaluate(async () => {
    await __when(() => globalThis.__dropped !== undefined);
    await __when(() => {
      const both = document.querySelector('.counts[data-rows="1302"]') && document.querySelector('.counts[data-rows="357"]');
      if (both && !globalThis.__clicked) { globalThis.__clicked = performance.now(); document.getElementById('run').click(); }
      return both;
    });
    const done = await __when(() => document.querySelector('#pairs tbody tr'));
    const final = await __when(() => document.querySelector('#results[data-preliminary="false"]'));
    const complete = await __when(() => document.querySelector('#pairs[aria-busy="false"]') && document.querySelector('#results[data-preliminary="false"]'));
    return {
      first: { ms: done - __dropped, longest: await __longest(__dropped, final), tasks: __tasks(__dropped, final) },
      table: { ms: complete - __dropped, longest: await __longest(__dropped, complete), tasks: __tasks(__dropped, complete) },
    };
  });
  await page.setInputFiles('#file-input', FILES);
  const waited = await armed;
  record('first', waited.first);
  record('table', waited.table);
}

const [offers, needs] = FILES.map((f) => [...readFileSync(f)]);
const engine = [];
for (let i = 0; i < runs; i++) {
  engine.push(await page.evaluate(([o, n]) => globalThis.kommunematchBench(new Uint8Array(o), new Uint8Array(n)), [offers, needs]));
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}`;
const report = { runs, waits: {}, longest_task: {}, engine: {} };
const show = (label, xs) => console.log(`chromium: ${label}: median ${median(xs).toFixed(1)} ms (${spread(xs)}) over ${xs.length} runs`);
const LABELS = {
  read: 'drop the national pair → both files reported',
  run: '"Run matching" → pairs shown',
  explained: '"Run matching" → exact explanations in (results final)',
  xlsx: 'download the pairs as XLSX → workbook made',
  letters: 'download the e-mail drafts of every pair → drafts made and zipped',
  questionnaire: 'download the needs questionnaire as a spreadsheet (uk, 1,469 communities) → workbook made',
  first: 'drop both files, click at once when reported → pairs shown',
  table: 'drop both files, click at once when reported → the whole pairs table drawn',
  keep: 'keep the national result as a scenario → its column shown',
  compare: 'compare two national scenarios → counts shown',
  compare_map: 'compare two national scenarios → map of the difference drawn',
  veto: 'veto a pair → updated pairs shown',
  lock: 'lock a pair → updated pairs shown',
  correct: 'column correction → file read again',
};
for (const k of Object.keys(waits)) {
  show(LABELS[k], waits[k]);
  console.log(`          longest task on the page's thread meanwhile: ${Math.max(...longest[k]).toFixed(0)} ms [${longest[k].map((x) => x.toFixed(0)).join(', ')}] (over 50 ms is a long task)`);
  if (tasks[k].some((t) => t.length)) console.log(`          long tasks per run: ${JSON.stringify(tasks[k])}`);
  report.waits[k] = median(waits[k]);
  report.longest_task[k] = Math.max(...longest[k]);
}
const total = waits.read.map((r, i) => r + waits.run[i]);
show('drop → pairs shown (read + run, clicked after a pause)', total);
// The goal's figure is the wait of one who clicks at once (`first`): never less than read + run.
report.waits.drop_to_pairs = Math.max(median(total), median(waits.first));
for (const k of ['read_ms', 'score_and_solve_ms', 'resolve_after_veto_ms', 'resolve_after_lock_ms', 'run_with_explanations_ms', 'reinterpret_ms', 'survey_to_json_ms', 'survey_from_json_ms']) {
  show(`engine ${k.replace(/_ms$/, '').replaceAll('_', ' ')}`, engine.map((e) => e[k]));
  report.engine[k] = median(engine.map((e) => e[k]));
}
if (out) writeFileSync(out, JSON.stringify(report, null, 2));
