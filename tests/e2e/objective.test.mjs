// Coverage first (issue 17): chosen in the settings, the page's result is the CLI's, byte for byte, and the
// summary gives both objectives' reach and total in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { open, foreign, SHOTS } from './helpers.mjs';

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
