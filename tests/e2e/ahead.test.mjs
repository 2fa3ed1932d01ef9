// The run done ahead of the click: right after the files are dropped the worker does the run "Run
// matching" would ask for; the click takes it over only when it is the very same run. Each case checks the
// downloaded results against the CLI's, byte for byte, and `data-ahead` on the page's root element says
// whether the click's run was taken over (`taken`) or sent itself (`none`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { open, foreign } from './helpers.mjs';

const OFFERS = 'tests/fixtures/offers_en_googleforms_12.csv';
const NEEDS = 'tests/fixtures/needs_en_msforms_20.xlsx';
const NATIONAL = ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv'];

const cli = (...args) => execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', ...args],
  { encoding: 'utf8', maxBuffer: 64 << 20 });

async function downloaded(page) {
  await page.locator('#results[data-preliminary="false"]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return readFileSync(await download.path(), 'utf8');
}

// The example pair dropped once the worker is ready (dropped before, files are read on the page and nothing is
// sent ahead), until the run ahead is sent and both files are reported.
async function dropped(page) {
  await page.locator('html[data-worker="ready"]').waitFor();
  await page.setInputFiles('#file-input', [OFFERS, NEEDS]);
  await page.locator('html[data-ahead="sent"]').waitFor();
  await page.locator('.side-offers').waitFor();
  await page.locator('.side-needs').waitFor();
}

test('the run done ahead is taken over by the click: the same bytes as the CLI', async () => {
  const app = await open();
  try {
    const { page } = app;
    await dropped(page);
    await page.waitForTimeout(1000); // the worker has done the run ahead by now
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.equal(await page.getAttribute('html', 'data-ahead'), 'taken');
    assert.equal(await downloaded(page), cli('--offers', OFFERS, '--needs', NEEDS));
    assert.deepEqual(foreign(app.requests, app.url), []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('a setting changed before the click: the run ahead is dropped and the click\'s own run is shown', async () => {
  const app = await open();
  try {
    const { page } = app;
    await dropped(page);
    await page.locator('input[name=mode][value=greedy]').check();
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.equal(await page.getAttribute('html', 'data-ahead'), 'none');
    const text = await downloaded(page);
    assert.equal(JSON.parse(text).mode, 'greedy');
    assert.equal(text, cli('--offers', OFFERS, '--needs', NEEDS, '--mode', 'greedy'));
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('national files, clicked the moment they are reported: the run under way is taken over, its results whole', async () => {
  const app = await open();
  try {
    const { page } = app;
    await page.locator('html[data-worker="ready"]').waitFor();
    // "Run matching" clicked in the very task that sees both files reported, while the run ahead is under way.
    const clicked = page.evaluate(() => new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (document.querySelector('.counts[data-rows="1302"]') && document.querySelector('.counts[data-rows="357"]')) {
          obs.disconnect();
          document.getElementById('run').click();
          resolve();
        }
      });
      obs.observe(document, { subtree: true, childList: true, attributes: true });
    }));
    await page.setInputFiles('#file-input', NATIONAL);
    await clicked;
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.equal(await page.getAttribute('html', 'data-ahead'), 'taken');
    assert.equal(await downloaded(page), cli('--offers', NATIONAL[0], '--needs', NATIONAL[1]));
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
