// The coordinator's workflow, step by step, in each language: load, check, settings, results, adjust,
// share; accessibility checked with axe-core on each step; screenshots kept under build/screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { open, foreign, axeViolations, SHOTS, schemaErrors } from './helpers.mjs';

const LANGS = [
  { locale: 'nb-NO', code: 'nb', example: 'Prøv med eksempeldata', run: 'Kjør koblingen', results: '4. Resultat', pairs: /\d+ par, samlet poengsum/, lock: 'Lås', veto: 'Forby' },
  { locale: 'nn-NO', code: 'nn', example: 'Prøv med eksempeldata', run: 'Køyr koplinga', results: '4. Resultat', pairs: /\d+ par, samla poengsum/, lock: 'Lås', veto: 'Forby', bokmal: /\b(ikke|hvordan|hvilke|kommuner|eller hvis|deres|partnere)\b/ },
  { locale: 'uk-UA', code: 'uk', example: 'Спробувати на прикладі', run: 'Запустити поєднання', results: '4. Результати', pairs: /^\d+ пар[аи]?, сума балів/, lock: 'Закріпити', veto: 'Заборонити' },
  { locale: 'en-GB', code: 'en', example: 'Try with example data', run: 'Run matching', results: '4. Results', pairs: /\d+ pairs, total score/, lock: 'Lock', veto: 'Forbid' },
];

for (const L of LANGS) {
  test(`every step in ${L.code}, chosen from the browser's language, with no serious accessibility violation`, async () => {
    const app = await open({ locale: L.locale });
    try {
      const { page } = app;
      assert.equal(await page.getAttribute('html', 'lang'), L.code);
      assert.equal((await page.locator('#example').innerText()).trim(), L.example);
      assert.deepEqual(await axeViolations(page), [], 'start page');
      await page.screenshot({ path: `${SHOTS}/workflow-${L.code}-1-start.png`, fullPage: true });

      // Load and check: the variants, with their report.
      const files = readdirSync('tests/fixtures/samples/variants').map((f) => `tests/fixtures/samples/variants/${f}`);
      await page.setInputFiles('#file-input', files);
      await page.locator('li.file').nth(4).waitFor();
      await page.locator('li.file summary').first().click();
      assert.deepEqual(await axeViolations(page), [], 'check step');
      await page.screenshot({ path: `${SHOTS}/workflow-${L.code}-2-check.png`, fullPage: true });

      // Settings: stable mode with offers proposing, then back to optimal.
      await page.locator('input[name=mode][value=stable]').check();
      await page.locator('#proposing').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'settings step');
      await page.screenshot({ path: `${SHOTS}/workflow-${L.code}-3-settings.png` });
      await page.locator('input[name=mode][value=optimal]').check();

      // Results, computed in the background worker while the page stays responsive.
      assert.equal((await page.locator('#run').innerText()).trim(), L.run);
      await page.click('#run');
      await page.locator('#pairs tbody tr').first().waitFor();
      assert.equal(page.workers().length, 1, 'matching runs in a Web Worker');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.worker), 'ready');
      assert.equal((await page.locator('#results-h').innerText()).trim(), L.results);
      assert.match(await page.locator('.summary').innerText(), L.pairs);
      await page.locator('#pairs tbody tr button.link.name').first().click();
      await page.locator('#detail').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'results step');
      await page.screenshot({ path: `${SHOTS}/workflow-${L.code}-4-results.png`, fullPage: true });
      if (L.bokmal) {
        // Nynorsk is nynorsk: no bokmål word in the page's own text (the surveys' answers and the sources' names left out).
        const text = await page.evaluate(() => {
          const clone = document.body.cloneNode(true);
          clone.querySelectorAll('#pairs, .file-columns table, .labels table, footer.about').forEach((e) => e.remove());
          return clone.innerText;
        });
        assert.doesNotMatch(text, L.bokmal);
      }
      // The pairs as CSV, with the headers in the page's language.
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
      const head = readFileSync(await csv.path(), 'utf8').split('\n')[0];
      const want = { en: 'Kommunenummer (municipality id),Municipality', nb: 'Kommunenummer,Kommune', nn: 'Kommunenummer,Kommune', uk: 'Номер комуни,Муніципалітет' }[L.code];
      const long = { en: 'Long-term needs met', nb: 'Langsiktige behov dekket', nn: 'Langsiktige behov dekte', uk: 'Задоволені довгострокові потреби' }[L.code];
      assert.ok(head.startsWith(`\ufeff${want}`) && head.includes(long), head);
      assert.deepEqual(foreign(app.requests, app.url), []);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}

/** The (offer, need) pairs shown in the table. */
// Every pair the table shows, once it is whole (its rows come in steps: `aria-busy` until the last).
const shownPairs = async (page) => {
  await page.locator('#pairs[aria-busy=false]').waitFor();
  return page.locator('#pairs tbody tr').evaluateAll((rows) => rows.map((r) => `${r.dataset.offer}|${r.dataset.need}`));
};

for (const L of LANGS) {
test(`${L.code}: veto → re-run → the pair is gone; lock → re-run → the pair stays; what changed is shown`, async () => {
  const app = await open({ locale: L.locale });
  try {
    const { page } = app;
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    const before = await shownPairs(page);
    const row = page.locator('#pairs tbody tr[data-locked=false]').first();
    const vetoed = `${await row.getAttribute('data-offer')}|${await row.getAttribute('data-need')}`;
    await row.locator('button', { hasText: L.veto }).click();
    await page.locator('#diff .removed').first().waitFor();
    const afterVeto = await shownPairs(page);
    assert.ok(before.includes(vetoed) && !afterVeto.includes(vetoed), 'the forbidden pair is gone');
    assert.match(await page.locator('#vetoes').innerText(), new RegExp(vetoed.replace('|', ' – ')));

    // Lock the best alternative of the first municipality, from its explanation.
    await page.locator('#pairs tbody tr button.link.name').first().click();
    const alt = page.locator('#detail li[data-reason]:not([data-reason=vetoed])').filter({ has: page.locator('button', { hasText: L.lock }) }).first();
    const need = await alt.getAttribute('data-id');
    await alt.locator('button', { hasText: L.lock }).click();
    await page.locator(`#pairs tbody tr[data-need="${need}"][data-locked=true]`).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/workflow-${L.code}-5-adjust.png`, fullPage: true });
    // It stays through another run.
    await page.click('#run');
    await page.locator(`#pairs tbody tr[data-need="${need}"][data-locked=true]`).first().waitFor();
    assert.ok(!(await shownPairs(page)).includes(vetoed), 'the veto holds too');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
}

test('share: the JSON, CSV and Excel files download; the JSON opens again to the same result', async () => {
  const app = await open();
  try {
    const { page } = app;
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    const summary = await page.locator('.summary').innerText();
    const pairs = await shownPairs(page);
    const save = async (id) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
      return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()), path: await d.path() };
    };
    const json = await save('#download');
    const r = JSON.parse(json.bytes.toString('utf8'));
    assert.deepEqual(schemaErrors(json.bytes.toString('utf8')), [], 'the results validate against the published schema');
    assert.equal(r.includes_personal_data, false);
    assert.ok(!json.bytes.toString('utf8').includes('@'), 'no e-mail address by default');
    assert.ok(r.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256)), 'a SHA-256 of each input');
    const csv = await save('#download-csv');
    assert.equal(csv.name, 'kommunematch-pairs.csv');
    assert.ok(csv.bytes.toString('utf8').startsWith('\ufeffKommunenummer (municipality id),Municipality,KATOTTG (community id)'));
    const xlsx = await save('#download-xlsx');
    assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK');

    await page.check('#include-personal');
    await page.locator('.share .warning').waitFor();
    const personalText = (await save('#download')).bytes.toString('utf8');
    assert.deepEqual(schemaErrors(personalText), [], 'with contacts too');
    const personal = JSON.parse(personalText);
    assert.equal(personal.includes_personal_data, true);
    assert.ok(personal.contacts.length > 0 && personal.contacts[0].email.includes('@'));

    // Open the first JSON in a fresh page.
    await page.reload();
    await page.locator('#example').waitFor();
    await page.setInputFiles('#file-input', [json.path]);
    assert.equal(await page.locator('.summary').innerText(), summary);
    assert.deepEqual(await shownPairs(page), pairs);
    await page.screenshot({ path: `${SHOTS}/workflow-share-reopened.png` });
    assert.deepEqual(app.errors, []);
    assert.deepEqual(foreign(app.requests, app.url), []);
  } finally {
    await app.close();
  }
});
