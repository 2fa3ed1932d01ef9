// Rounds: round 1 on the example, downloaded; round 2 on other files with round 1's results
// dropped beside them ("use as previous round"): every round-1 pair is kept, none is matched again, one is
// ended from the page; the page's JSON is the CLI's byte for byte with the same files, vetoes and previous
// results; in each language, with screenshots and the accessibility check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { open, foreign, axeViolations, SHOTS, schemaErrors } from './helpers.mjs';

const OFFERS = 'tests/fixtures/offers_en_googleforms_12.csv';
const NEEDS = 'tests/fixtures/needs_en_msforms_20.xlsx';

async function download(page) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const text = readFileSync(await d.path(), 'utf8');
  assert.deepEqual(schemaErrors(text), [], 'the results validate against the published schema');
  return text;
}

for (const locale of ['en-GB', 'nb-NO', 'uk-UA']) {
  test(`${locale}: round 2 builds on round 1; kept, ended, new; the same bytes as the CLI`, async () => {
    const app = await open({ locale });
    const dir = mkdtempSync(join(tmpdir(), 'km-rounds-'));
    try {
      const { page } = app;
      await page.click('#example');
      await page.locator('#pairs tbody tr').first().waitFor();
      const r1Text = await download(page);
      const r1 = JSON.parse(r1Text);
      const round1 = join(dir, 'round1.json');
      writeFileSync(round1, r1Text);

      // Round 2: new files, and round 1's results beside them.
      await page.click('#clear');
      await page.setInputFiles('#file-input', [OFFERS, NEEDS, round1]);
      const round = page.locator('li.round');
      await round.waitFor();
      assert.equal(await round.locator('input[type=checkbox]').isChecked(), true, 'used by default');
      assert.match(await round.innerText(), new RegExp(String(r1.pairs.length)));
      await page.locator('#kept-in-capacity').waitFor();
      await page.locator('ul.rounds').screenshot({ path: `${SHOTS}/rounds-files-${locale}.png` });
      await page.click('#run');
      await page.locator('#rounds-summary').waitFor();
      assert.match(await page.locator('#rounds-summary').innerText(), new RegExp(`^\\D*${r1.pairs.length}\\D`));

      // End the first kept partnership from the page: it is listed as ended, and not proposed again.
      await page.locator('#rounds-kept summary').click();
      const first = page.locator('#rounds-kept tbody tr').first();
      const [offerId, needId] = [await first.getAttribute('data-offer'), await first.getAttribute('data-need')];
      await first.locator('[data-action=end]').click();
      await page.locator(`#rounds-ended tbody tr[data-offer="${offerId}"][data-need="${needId}"]`).waitFor();
      const r2Text = await download(page);
      const r2 = JSON.parse(r2Text);
      assert.equal(r2.kept.length, r1.pairs.length - 1);
      assert.deepEqual(r2.ended.map((k) => [k.offer_id, k.need_id]), [[offerId, needId]]);
      const earlier = new Set(r1.pairs.map((p) => `${p.offer_id}|${p.need_id}`));
      assert.ok(r2.pairs.length > 0 && r2.pairs.every((p) => !earlier.has(`${p.offer_id}|${p.need_id}`)), 'none counted twice');
      assert.equal(r2.previous_rounds[0].sha256, createHash('sha256').update(readFileSync(round1)).digest('hex'));
      const standings = new Set([...r2.offers, ...r2.needs].map((e) => e.round.standing));
      assert.deepEqual([...standings].sort(), ['joined', 'not_answering', 'returning']);

      // The CLI with the same files, the ended pair as a veto and the same previous results.
      const vetoes = join(dir, 'ended.csv');
      writeFileSync(vetoes, `offer_id,need_id\n${offerId},${needId}\n`);
      const cli = execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', '--offers', OFFERS,
        '--needs', NEEDS, '--previous', round1, '--vetoes', vetoes], { encoding: 'utf8' });
      assert.equal(r2Text, cli, 'browser and CLI results are identical');
      // The map data for GIS tools: the page's download is the CLI's --format geojson, byte for byte.
      const [g] = await Promise.all([page.waitForEvent('download'), page.click('#download-geojson')]);
      assert.equal(g.suggestedFilename(), 'kommunematch-map.geojson');
      const geo = readFileSync(await g.path(), 'utf8');
      const cliGeo = execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', '--offers', OFFERS,
        '--needs', NEEDS, '--previous', round1, '--vetoes', vetoes, '--format', 'geojson'], { encoding: 'utf8' });
      assert.equal(geo, cliGeo, 'browser and CLI GeoJSON are identical');
      const lines = JSON.parse(geo).features.filter((f) => f.geometry?.type === 'LineString');
      assert.equal(lines.length, r2.pairs.length + r2.kept.length);

      await page.locator('#rounds').screenshot({ path: `${SHOTS}/rounds-${locale}.png` });
      // Round 1's results dropped alone open to view; from there they can be made the earlier round.
      await page.setInputFiles('#file-input', [round1]);
      await page.locator('.run-from-file').waitFor();
      await page.click('#use-as-round');
      await page.locator('li.round input[type=checkbox]:checked').waitFor();
      await page.click('#run');
      await page.locator('#rounds-summary').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(foreign(app.requests, app.url), []);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
