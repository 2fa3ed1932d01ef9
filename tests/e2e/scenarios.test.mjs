// Scenarios weighed in the page, in each language: three kept (the largest total, coverage first, a war-zone
// share of 30 %), their figures side by side with the best marked, two compared pair by pair with the map of
// the difference, one chosen and the results downloaded: the file validates against the schema, records the
// three, and is otherwise the CLI's run of the chosen settings byte for byte; the CLI's `compare` of two
// scenarios gives the page's counts. Axe clean, screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, SHOTS, axeViolations, foreign, schemaErrors } from './helpers.mjs';

const LOCALES = [
  { locale: 'nb-NO', code: 'nb', title: '5. Vei scenarioer mot hverandre', best: 'best', names: ['1. Størst totalsum', '2. Flest hromadaer først', '3. Størst totalsum, krigssonen ≤ 30 %'] },
  { locale: 'uk-UA', code: 'uk', title: '5. Зважте сценарії', best: 'найкраще', names: ['1. Найбільша сума', '2. Спершу найбільше громад', '3. Найбільша сума, зона бойових дій ≤ 30 %'] },
  { locale: 'en-GB', code: 'en', title: '5. Weigh scenarios', best: 'best', names: ['1. Largest total', '2. Most communities first', '3. Largest total, war zone ≤ 30 %'] },
];

const cli = (...args) => execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** Keeps the results shown, once they are a finished run not kept yet. */
async function keep(page, n) {
  await page.locator('#results[data-preliminary="false"]').waitFor();
  await page.locator('#keep-scenario:enabled').waitFor();
  await page.click('#keep-scenario');
  await page.locator(`#scenarios-table th[data-scenario="${n - 1}"]`).waitFor();
}

async function run(page) {
  await page.click('#run');
  await page.locator('#keep-scenario:enabled').waitFor();
}

async function download(page) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return readFileSync(await d.path(), 'utf8');
}

for (const L of LOCALES) {
  test(`${L.code}: three scenarios weighed, two compared, one chosen and shared`, async () => {
    const app = await open({ locale: L.locale });
    const dir = mkdtempSync(join(tmpdir(), 'km-scenarios-'));
    try {
      const { page } = app;
      await page.click('#example');
      await keep(page, 1);
      assert.equal((await page.locator('#scenarios-h').innerText()).trim(), L.title);
      await page.locator('input[name=objective][value=coverage]').check();
      await run(page);
      await keep(page, 2);
      await page.locator('input[name=objective][value=total]').check();
      await page.fill('#share-war', '30');
      await page.locator('#share-war').dispatchEvent('change');
      await run(page);
      await keep(page, 3);
      const heads = await page.locator('#scenarios-table thead th[data-scenario] .scenario-name').allInnerTexts();
      assert.deepEqual(heads, L.names);

      // The best of each row marked (with the word, not by colour alone): the largest total is the first's.
      const total = page.locator('#scenarios-table tr[data-figure=TotalScore] td');
      assert.equal(await total.nth(0).getAttribute('data-best'), 'true');
      assert.ok((await total.nth(0).innerText()).includes(L.best));
      assert.equal(await page.locator('#scenarios-table tr[data-figure=Communities] td').nth(1).getAttribute('data-best'), 'true');

      // Two compared: the counts are the CLI's `compare` of the same two runs.
      await page.selectOption('#compare-a', '0');
      await page.selectOption('#compare-b', '1');
      const counts = (await page.locator('#compare-counts').innerText()).match(/\d+/g).map(Number);
      writeFileSync(join(dir, 'a.json'), cli('match', '--example'));
      writeFileSync(join(dir, 'b.json'), cli('match', '--example', '--objective', 'coverage'));
      const c = JSON.parse(cli('compare', join(dir, 'a.json'), join(dir, 'b.json')));
      assert.deepEqual(counts, [c.only_a.length, c.only_b.length, c.both.length]);
      await page.locator('#compare-map[aria-busy=false]').waitFor();
      assert.equal(await page.locator('#compare-map .map-frame path.pair.only-a').count(), c.only_a.length);
      assert.equal(await page.locator('#compare-map .map-frame path.pair.only-b').count(), c.only_b.length);
      await page.click('#compare-changes > summary');
      assert.equal(await page.locator('#compare-changes > ul > li').count(), c.changes.length);

      assert.deepEqual(await axeViolations(page, '#scenarios'), [], 'axe: the scenarios step');
      await page.locator('#scenarios').screenshot({ path: `${SHOTS}/scenarios-${L.code}.png` });

      // Choose the second: the page continues with it; the download records all three.
      await page.locator('#scenarios-table tfoot td').nth(1).locator('[data-action=choose]').click();
      await page.locator('#scenarios-table th[data-scenario="1"] .badge.chosen').waitFor();
      assert.ok(await page.locator('input[name=objective][value=coverage]').isChecked());
      const text = await download(page);
      assert.deepEqual(schemaErrors(text), []);
      const r = JSON.parse(text);
      assert.deepEqual(r.weighed.map((w) => w.name), L.names);
      assert.deepEqual(r.weighed.map((w) => w.chosen), [false, true, false]);
      assert.deepEqual(r.weighed.map((w) => w.settings.objective ?? 'total'), ['total', 'coverage', 'total']);
      assert.equal(r.weighed[2].settings.shares.war_zone, 30);
      assert.deepEqual(r.weighed.map((w) => w.figures.total_score)[1], r.objective);
      const cut = text.indexOf(',\n  "weighed": [');
      assert.equal(`${text.slice(0, cut)}\n}\n`, readFileSync(join(dir, 'b.json'), 'utf8'), 'the chosen run is the CLI\'s');

      if (L.code === 'en') {
        // Every scenario's results are a single run's with its settings: the third too.
        await page.locator('#scenarios-table tfoot td').nth(2).locator('[data-action=choose]').click();
        await page.locator('#scenarios-table th[data-scenario="2"] .badge.chosen').waitFor();
        const third = await download(page);
        const cut3 = third.indexOf(',\n  "weighed": [');
        assert.equal(`${third.slice(0, cut3)}\n}\n`, cli('match', '--example', '--war-zone-share', '30'));
        // A reader who opens the file sees which scenarios were weighed, and which was chosen.
        writeFileSync(join(dir, 'shared.json'), third);
        await page.click('#clear');
        await page.setInputFiles('#file-input', join(dir, 'shared.json'));
        const line = await page.locator('#weighed').innerText();
        assert.ok(L.names.every((n) => line.includes(n)) && line.includes(`${L.names[2]} (chosen)`), line);
      }
      assert.deepEqual(foreign(app.requests, app.url), [], 'nothing from elsewhere');
      assert.deepEqual(app.errors, [], 'no errors in the console');
    } finally {
      await app.close();
    }
  });
}
