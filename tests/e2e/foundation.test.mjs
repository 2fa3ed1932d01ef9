// The foundation's path, end to end in headless Chromium: files in through the file input, matching,
// the pairs shown, the results JSON downloaded and checked against the CLI's for the same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { open, foreign, SHOTS, schemaErrors } from './helpers.mjs';

const OFFERS = 'tests/fixtures/offers_en_googleforms_12.csv';
const NEEDS = 'tests/fixtures/needs_en_msforms_20.xlsx';

test('upload an offers file and a needs file, match, download the JSON', async () => {
  const app = await open();
  try {
    const { page } = app;
    await page.setInputFiles('#file-input', [OFFERS, NEEDS]);
    await page.locator('.side-offers').waitFor();
    await page.locator('.side-needs').waitFor();
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor();
    await page.locator('#pairs[aria-busy="false"]').waitFor();
    const rows = await page.locator('#pairs tbody tr').count();

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.equal(download.suggestedFilename(), 'kommunematch-results.json');
    const text = readFileSync(await download.path(), 'utf8');
    const r = JSON.parse(text);
    assert.deepEqual(schemaErrors(text), [], 'the results validate against the published schema');
    await page.screenshot({ path: `${SHOTS}/foundation-result.png`, fullPage: true });

    assert.equal(r.schema_version, 1);
    assert.equal(r.pairs.length, rows, 'the table shows every pair of the JSON');
    assert.ok(r.pairs.length > 0);
    assert.deepEqual(r.inputs.map((i) => [i.file, i.side]), [
      ['offers_en_googleforms_12.csv', 'offers'], ['needs_en_msforms_20.xlsx', 'needs']]);
    const offers = new Map(r.offers.map((o) => [o.id, o]));
    const needs = new Map(r.needs.map((n) => [n.id, n]));
    const used = new Map(), got = new Map();
    for (const p of r.pairs) {
      assert.ok(offers.has(p.offer_id) && needs.has(p.need_id), `pair ${p.offer_id}–${p.need_id} names known ids`);
      assert.equal(p.score, p.components.reduce((s, c) => s + c.points, 0), 'score is the sum of its components');
      assert.ok(p.urgent_needs_met.length + p.long_term_needs_met.length > 0, 'every pair meets a need');
      used.set(p.offer_id, (used.get(p.offer_id) ?? 0) + 1);
      got.set(p.need_id, (got.get(p.need_id) ?? 0) + 1);
    }
    for (const [id, n] of used) assert.ok(n <= offers.get(id).capacity, `${id} within capacity`);
    for (const [id, n] of got) assert.ok(n <= needs.get(id).partners_wanted, `${id} within partners wanted`);
    assert.equal(r.objective, r.pairs.reduce((s, p) => s + p.score, 0));

    // The CLI gives the same bytes for the same files.
    const cli = execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', '--offers', OFFERS, '--needs', NEEDS], { encoding: 'utf8' });
    assert.equal(text, cli, 'browser and CLI results are identical');

    assert.deepEqual(foreign(app.requests, app.url), [], 'only requests to the app\'s own origin');
    assert.deepEqual(app.errors, [], 'no errors in the console');
  } finally {
    await app.close();
  }
});

test('"Try with example data" shows a result in one click', async () => {
  const app = await open();
  try {
    const { page } = app;
    await page.screenshot({ path: `${SHOTS}/foundation-start.png`, fullPage: true });
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    await page.locator('#pairs[aria-busy="false"]').waitFor();
    assert.ok(await page.locator('#pairs tbody tr').count() > 10);
    assert.match(await page.locator('.summary').innerText(), /pairs, total score \d+/);
    await page.screenshot({ path: `${SHOTS}/foundation-example.png` });
    assert.deepEqual(foreign(app.requests, app.url), []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
