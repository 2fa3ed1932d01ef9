// Long work on the national instance (357 kommuner, 1,302 hromady) shows what it is doing and how far, and can
// be stopped: reading a file, matching (the pairs appear before the exact explanations, the
// downloads wait for them), in nb, uk and en. The worker is slowed down by the test (each progress report
// waits `slowWorker` ms, `kommunematchSelfTest`), so that a fast machine shows each step long enough to look
// at and to press Stop; the work itself is the real one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, axeViolations, schemaErrors, SHOTS } from './helpers.mjs';

const S = 'tests/fixtures/samples/scale';
const NATIONAL = [`${S}/tilbud_alle_357.csv`, `${S}/potreby_vsi_hromady.csv`];

const WORDS = {
  nb: { locale: 'nb-NO', reading: /Leser svarene: rad [1-9][\d\s]* av 1\s302/, explaining: /Forklarer valgene: \d+ av 357 kommuner/, stopped: /Koblingen er stoppet/, left: /Lesingen er stoppet, så disse filene er utelatt: kopi\.csv/ },
  uk: { locale: 'uk-UA', reading: /Читання відповідей: рядок [1-9][\d\s]* з 1\s302/, explaining: /Пояснення вибору: \d+ з 357 муніципалітетів/, stopped: /Поєднання зупинено/, left: /Читання зупинено, тож ці файли пропущено: kopi\.csv/ },
  en: { locale: 'en-GB', reading: /Reading the answers: row [1-9][\d,]* of 1,302/, explaining: /Explaining the choices: \d+ of 357 municipalities/, stopped: /Matching stopped/, left: /Reading stopped, so these files were left out: kopi\.csv/ },
};

const slow = (page, ms) => page.evaluate((ms) => { globalThis.kommunematchSelfTest.slowWorker = ms; }, ms);

for (const [lang, w] of Object.entries(WORDS)) {
  test(`national instance: progress of reading and matching, pairs before explanations, Stop (${lang})`, async () => {
    const app = await open({ locale: w.locale });
    try {
      const { page } = app;
      await page.locator('html[data-worker=ready]').waitFor();
      await slow(page, 150);
      // Reading: the rows counted as they are read.
      await page.setInputFiles('#file-input', NATIONAL);
      // The needs file (1,302 rows), counted while it is read, past its first rows.
      const reading = page.locator('li.file .progress-line[data-stage=interpreting]').filter({ hasText: w.reading });
      await reading.waitFor();
      assert.match(await reading.innerText(), w.reading);
      const value = Number(await reading.locator('progress').getAttribute('value'));
      assert.ok(value > 300 && value <= 1000, `reading bar at ${value} of 1000`);
      await page.locator('#stop-reading').waitFor();
      assert.deepEqual(await axeViolations(page, 'section[aria-labelledby=load-h]'), []);
      await reading.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/progress-reading-${lang}.png` });
      await page.locator('li.file[data-reading=false]').nth(1).waitFor({ timeout: 60000 });
      assert.equal(await page.locator('#stop-reading').count(), 0, 'no Stop once everything is read');

      // Matching: stages in order, then the pairs while the explanations are still being worked out (slower
      // still: the checks below take a few seconds).
      await slow(page, 600);
      await page.click('#run');
      const seen = await page.evaluate(() => new Promise((resolve) => {
        const stages = [];
        const look = () => {
          const s = document.querySelector('#running')?.dataset.stage;
          if (s && stages.at(-1) !== s) stages.push(s);
          if (s === 'explaining' && document.querySelector('#results[data-preliminary=true]')) resolve(stages);
          else requestAnimationFrame(look);
        };
        look();
      }));
      assert.deepEqual(seen.filter((s) => s !== 'solving'), ['scoring', 'explaining'], `stages seen: ${seen}`);
      assert.match(await page.locator('#running').innerText(), w.explaining);
      assert.ok(await page.locator('#pairs tbody tr').count() > 0, 'the pairs are shown before the explanations');
      assert.ok(await page.locator('#preliminary').isVisible());
      // An explanation opened meanwhile says its alternatives come with the exact explanations.
      await page.locator('#pairs tbody tr button.name').first().click();
      await page.locator('#detail [data-waiting=alternatives]').waitFor();
      assert.equal(await page.locator('#detail li[data-reason]').count(), 0);
      await page.locator('#detail').screenshot({ path: `${SHOTS}/progress-detail-${lang}.png` });
      for (const id of ['#download', '#download-csv', '#download-xlsx', '#download-geojson']) {
        assert.ok(await page.locator(id).isDisabled(), `${id} waits for the explanations`);
      }
      assert.deepEqual(await axeViolations(page, 'section[aria-labelledby=run-h]'), []);
      await page.locator('#run-h').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/progress-run-${lang}.png` });

      // Stop: the run ends, its preliminary pairs go, and nothing of it comes back later.
      await page.focus('#stop');
      await page.keyboard.press('Enter');
      await page.locator('#stopped').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'run');
      assert.match(await page.locator('#stopped').innerText(), w.stopped);
      assert.equal(await page.locator('#running').count(), 0);
      assert.equal(await page.locator('#results').count(), 0);
      await page.locator('html[data-worker=ready]').waitFor();
      await page.waitForTimeout(1000);
      assert.equal(await page.locator('#results').count(), 0, 'the stopped run never answers');
      await page.screenshot({ path: `${SHOTS}/progress-stopped-${lang}.png` });

      // Stop while a file is being read for the first time: that file is left out, and named.
      const dir = mkdtempSync(join(tmpdir(), 'km-progress-'));
      copyFileSync(NATIONAL[1], join(dir, 'kopi.csv'));
      await page.setInputFiles('#file-input', [join(dir, 'kopi.csv')]);
      await page.locator('#stop-reading').click();
      await page.locator('#stopped').filter({ hasText: w.left }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'file-input');
      assert.equal(await page.locator('li.file', { hasText: 'kopi.csv' }).count(), 0);
      assert.equal(await page.locator('li.file').count(), 2);

      // At full speed again, a run gives the final results, and they download and validate.
      await slow(page, 0);
      await page.click('#run');
      await page.locator('#results[data-preliminary=false]').waitFor({ timeout: 60000 });
      assert.equal(await page.locator('#stopped').count(), 0);
      assert.equal(await page.locator('#preliminary').count(), 0);
      await page.locator('#pairs tbody tr button.name').first().click();
      await page.locator('#detail li[data-reason]').first().waitFor();
      assert.equal(await page.locator('#detail [data-waiting]').count(), 0, 'the alternatives, once final');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      const json = readFileSync(await download.path(), 'utf8');
      assert.deepEqual(schemaErrors(json), []);
      const r = JSON.parse(json);
      assert.equal(r.pairs.length, 488);
      assert.equal(r.comparison.objectives.length, 2);
      assert.ok(r.offers.some((o) => o.alternatives.some((a) => Number.isInteger(a.rise_needed))), 'exact rises in the download');
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
