// The worker's warm-up: a fresh worker runs the built-in example through a reading and a run before
// the coordinator's first file (the browser compiles the module's code at its first call: that is then done).
// What the worker posts is recorded by wrapping the page's `Worker`: the warm-up's answers come in order, the
// page shows nothing of them, a message stops the warm-up, and the coordinator's results are the CLI's, byte
// for byte, either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DIST, launchBrowser, watch, foreign } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';

const OFFERS = 'tests/fixtures/offers_en_googleforms_12.csv';
const NEEDS = 'tests/fixtures/needs_en_msforms_20.xlsx';
// The whole warm-up: each of the two example files read, the example run (one or more times), done.
const WHOLE = /^step:read,step:read(,step:json)+,done$/;
// Its start: what a warm-up a message stopped has posted (or all of it, on a machine quicker than the message).
const START = /^(step:read(,step:read(,step:json)*)?)?$|^step:read,step:read(,step:json)+,done$/;

const cli = () => execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', '--offers', OFFERS, '--needs', NEEDS],
  { encoding: 'utf8', maxBuffer: 64 << 20 });

// Before the page's code: the page's workers' warm-up answers, by kind, in order (`__warm`), and the same with
// their answers to the page's readings (`__heard`).
function recordWarmUp() {
  globalThis.__warm = [];
  globalThis.__heard = [];
  const W = globalThis.Worker;
  globalThis.Worker = class extends W {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (d && d.warm) globalThis.__warm.push(d.warm === 'step' ? `step:${d.read ? 'read' : d.json ? 'json' : '?'}` : d.warm);
        if (d && (d.warm || d.read)) globalThis.__heard.push(d.warm ? 'warm' : 'reading');
      });
    }
  };
}

async function fresh() {
  const { server, url } = await startServer(DIST);
  const browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordWarmUp);
  const page = await context.newPage();
  const { requests, errors } = watch(page);
  await page.goto(url);
  return { url, page, requests, errors, close: async () => { await browser.close(); server.close(); } };
}

async function results(page) {
  await page.setInputFiles('#file-input', [OFFERS, NEEDS]);
  await page.locator('.side-offers').waitFor();
  await page.locator('.side-needs').waitFor();
  await page.click('#run');
  await page.locator('#results[data-preliminary="false"]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return readFileSync(await download.path(), 'utf8');
}

test('a fresh worker warms up on the example before the first file; the page shows nothing of it', async () => {
  const app = await fresh();
  try {
    const { page } = app;
    await page.locator('html[data-warm="done"]').waitFor();
    assert.match((await page.evaluate(() => globalThis.__warm)).join(), WHOLE);
    assert.equal(await page.locator('li.file').count(), 0, 'no file listed');
    assert.equal(await page.locator('#results').count(), 0, 'no results');
    assert.equal(await results(page), cli());
    assert.deepEqual(foreign(app.requests, app.url), []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('files dropped as the worker becomes ready stop its warm-up: read and matched as ever', async (t) => {
  const app = await fresh();
  try {
    const { page } = app;
    await page.locator('html[data-worker="ready"]').waitFor();
    const text = await results(page);
    const warm = await page.evaluate(() => globalThis.__warm);
    t.diagnostic(`warm-up answers before it stopped: ${JSON.stringify(warm)}`);
    // What it posted is the start of the warm-up, in order, and nothing failed.
    assert.match(warm.join(), START);
    // Once it answered a reading it warms up no more (a step begun before the message came is answered first).
    const heard = await page.evaluate(() => globalThis.__heard);
    assert.ok(heard.includes('reading'));
    assert.ok(!heard.slice(heard.indexOf('reading')).includes('warm'), JSON.stringify(heard));
    assert.notEqual(await page.getAttribute('html', 'data-warm'), 'failed');
    assert.equal(text, cli());
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
