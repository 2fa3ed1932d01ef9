// Results a correction takes away stay on the page, said to be outdated (their downloads off) and not laid
// out again, only until the corrected file is read again (so that taking a national result off the page does
// not delay showing the file read again). The worker is slowed down by the test (`slowWorker`, as
// in progress.test.mjs) so that the outdated results can be looked at; the reading itself is the real one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, axeViolations, SHOTS } from './helpers.mjs';

const WORDS = {
  nb: { locale: 'nb-NO', note: /Disse resultatene er fra før endringen/ },
  uk: { locale: 'uk-UA', note: /Ці результати — до зміни/ },
  en: { locale: 'en-GB', note: /These results are from before the change/ },
};

for (const [lang, w] of Object.entries(WORDS)) {
  test(`a correction: the results stay, outdated, until the file is read again, then go (${lang})`, async () => {
    const app = await open({ locale: w.locale });
    try {
      const { page } = app;
      await page.locator('html[data-worker=ready]').waitFor();
      await page.click('#example');
      await page.locator('#results[data-preliminary=false][data-outdated=false]').waitFor();
      // Everything drawn: the map, the charts, every row.
      for (const done of ['#map[aria-busy=false]', 'section.charts[aria-busy=false]', '#pairs[aria-busy=false]']) {
        await page.locator(done).waitFor();
      }
      const rows = await page.locator('#pairs tbody tr').count();
      assert.ok(rows > 0);
      assert.equal(await page.locator('#outdated').count(), 0);

      // The correction, read slowly: the results stay, with the note, and nothing in them moves.
      // Slow enough that the checks and screenshots below (a few seconds on a slow machine) see it still read.
      await page.evaluate(() => { globalThis.kommunematchSelfTest.slowWorker = 5000; });
      const file = page.locator('li.file').nth(1);
      await file.locator('details.mapping').evaluate((d) => { d.open = true; });
      const column = file.locator('table select').first();
      // Where the table is within the results (the file's report above may grow while it is read).
      const within = () => page.evaluate(() => document.getElementById('pairs').getBoundingClientRect().top - document.getElementById('results').getBoundingClientRect().top);
      const before = await within();
      await column.selectOption('ignore');
      await page.locator('#results[data-outdated=true]').waitFor();
      assert.equal(await file.getAttribute('data-reading'), 'true');
      assert.match(await page.locator('#outdated').innerText(), w.note);
      assert.equal(await page.locator('#pairs tbody tr').count(), rows, 'the same results, not drawn again');
      for (const id of ['#download', '#download-csv', '#download-xlsx', '#download-geojson']) {
        assert.ok(await page.locator(id).isDisabled(), `${id}: nothing from before the change is downloaded`);
      }
      assert.equal(await within(), before, 'the note takes no room');
      // Laid over the heading's line only (on a phone, above the summary): the summary stays readable.
      const uncovered = async (width) => {
        const [note, summary] = await page.evaluate(() => ['#outdated', '#results .summary'].map((sel) => {
          const r = document.querySelector(sel).getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }));
        assert.ok(note.bottom <= summary.top, `${width} px: the note (to ${note.bottom}) covers the summary (from ${summary.top})`);
      };
      await uncovered(1280);
      assert.deepEqual(await axeViolations(page, '#results'), []);
      await page.locator('#results').evaluate((r) => r.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${SHOTS}/outdated-${lang}.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      assert.equal(await file.getAttribute('data-reading'), 'true', 'still read (the worker is slowed)');
      await uncovered(390);
      await page.locator('#results').evaluate((r) => r.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${SHOTS}/outdated-${lang}-390.png` });
      await page.setViewportSize({ width: 1280, height: 900 });

      // Read again: the results go (a task later), and a run gives new ones.
      await page.evaluate(() => { globalThis.kommunematchSelfTest.slowWorker = 0; });
      await page.locator('li.file[data-reading=true]').waitFor({ state: 'detached', timeout: 30000 });
      await page.locator('#results').waitFor({ state: 'detached' });
      await page.click('#run');
      await page.locator('#results[data-preliminary=false][data-outdated=false]').waitFor();
      assert.equal(await page.locator('#outdated').count(), 0);
    } finally {
      await app.close();
    }
  });
}
