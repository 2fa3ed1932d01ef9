// Coverage first: chosen in the settings, the page's result is the CLI's, byte for byte, and the
// summary gives both objectives' reach and total in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { open, foreign, SHOTS, schemaErrors } from './helpers.mjs';

for (const locale of ['en-GB', 'nb-NO', 'uk-UA']) {
  test(`${locale}: coverage first, the same bytes as the CLI, both objectives in the summary`, async () => {
    const app = await open({ locale });
    try {
      const { page } = app;
      await page.locator('input[name=objective][value=coverage]').check();
      await page.click('#example');
      await page.locator('#pairs tbody tr').first().waitFor();
      const line = await page.locator('#objectives').innerText();
      assert.match(line, /\d+.*\d+.*\d+.*\d+/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      const text = readFileSync(await download.path(), 'utf8');
      const r = JSON.parse(text);
      assert.deepEqual(schemaErrors(text), []);
      assert.equal(r.settings.objective, 'coverage');
      const [total, coverage] = ['total', 'coverage'].map((o) => r.comparison.objectives.find((f) => f.objective === o));
      assert.ok(coverage.reached.all >= total.reached.all && coverage.total_score <= total.total_score);
      assert.equal(new Set(r.pairs.map((p) => p.need_id)).size, coverage.reached.all);
      const cli = execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', '--example', '--objective', 'coverage'], { encoding: 'utf8' });
      assert.equal(text, cli, 'browser and CLI results are identical');
      await page.locator('#results').screenshot({ path: `${SHOTS}/objective-${locale}.png` });
      assert.deepEqual(foreign(app.requests, app.url), []);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}

// CLI = page bytes beyond the defaults: stable mode, a war-zone share, a pair locked and a pair
// forbidden from the table; the CLI gets the same as a locks and a vetoes file.
test('stable mode with a lock, a veto and a share: the same bytes as the CLI', async () => {
  const app = await open({ locale: 'en-GB' });
  const dir = mkdtempSync(join(tmpdir(), 'km-stable-'));
  try {
    const { page } = app;
    await page.locator('input[name=mode][value=stable]').check();
    await page.fill('#share-war', '40');
    await page.locator('#share-war').dispatchEvent('change');
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    const rows = page.locator('#pairs tbody tr[data-locked=false]');
    const veto = [await rows.nth(0).getAttribute('data-offer'), await rows.nth(0).getAttribute('data-need')];
    await rows.nth(0).locator('[data-action=veto]').click();
    await page.locator('#diff').waitFor();
    const free = page.locator('#pairs tbody tr[data-locked=false]');
    const lock = [await free.nth(3).getAttribute('data-offer'), await free.nth(3).getAttribute('data-need')];
    await free.nth(3).locator('[data-action=lock]').click();
    await page.locator(`#pairs tbody tr[data-locked=true][data-offer="${lock[0]}"][data-need="${lock[1]}"]`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const text = readFileSync(await download.path(), 'utf8');
    const r = JSON.parse(text);
    assert.deepEqual(schemaErrors(text), []);
    assert.equal(r.settings.mode, 'stable');
    assert.equal(r.settings.shares.war_zone, 40);
    assert.deepEqual(r.settings.locks, [{ offer_id: lock[0], need_id: lock[1] }]);
    assert.deepEqual(r.settings.vetoes, [{ offer_id: veto[0], need_id: veto[1] }]);
    writeFileSync(join(dir, 'locks.csv'), `offer_id,need_id\n${lock.join(',')}\n`);
    writeFileSync(join(dir, 'vetoes.csv'), `offer_id,need_id\n${veto.join(',')}\n`);
    const cli = execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', '--example', '--mode', 'stable',
      '--war-zone-share', '40', '--locks', join(dir, 'locks.csv'), '--vetoes', join(dir, 'vetoes.csv')], { encoding: 'utf8' });
    assert.equal(text, cli, 'browser and CLI results are identical');
    assert.deepEqual(foreign(app.requests, app.url), []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
