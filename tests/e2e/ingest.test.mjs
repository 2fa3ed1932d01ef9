// Reading surveys in the browser: every export shape, every broken file, and correcting the mapping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, foreign, SHOTS } from './helpers.mjs';

const S = 'tests/fixtures/samples';

/** The file's list item in the page. */
const item = (page, name) => page.locator('li.file', { has: page.locator('.file-name', { hasText: name }) });

test('every variant export is read with its side and every row counted', async () => {
  const app = await open();
  try {
    const { page } = app;
    const files = readdirSync(`${S}/variants`).map((f) => `${S}/variants/${f}`);
    await page.setInputFiles('#file-input', files);
    const expected = {
      'needs_en_msforms.xlsx': ['Needs', 20], 'offers_en_googleforms.csv': ['Offers', 12],
      'potreby_unicode_text_utf16.txt': ['Needs', 20], 'tilbud_excel_semikolon_cp1252.csv': ['Offers', 12],
      'tilbud_nettskjema_en_kolonne_per_valg.csv': ['Offers', 24],
    };
    for (const [name, [side, rows]] of Object.entries(expected)) {
      const li = item(page, name);
      await li.waitFor();
      assert.match(await li.locator('.side').innerText(), new RegExp(`^${side}`), name);
      assert.equal(await li.locator('.counts').getAttribute('data-rows'), String(rows), name);
      assert.match(await li.locator('.counts').innerText(), new RegExp(`${rows} rows: ${rows} accepted`), name);
    }
    await item(page, 'tilbud_nettskjema_en_kolonne_per_valg.csv').locator('summary', { hasText: 'Columns' }).click();
    await page.screenshot({ path: `${SHOTS}/ingest-variants.png`, fullPage: true });
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.deepEqual(foreign(app.requests, app.url), []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('every broken file gets its clear error or issue, and the page stays alive', async () => {
  const app = await open();
  try {
    const { page } = app;
    const expectations = {
      'binary_garbage.csv': 'neither a spreadsheet', 'empty.csv': 'the file is empty',
      'five_thousand_columns.csv': '5,000 columns', 'not_a_spreadsheet.xlsx': 'cannot be opened',
      'truncated.xlsx': 'cannot be opened', 'unbalanced_quotes.csv': 'line 2',
    };
    const codes = {
      'header_only.csv': ['no_rows'], 'missing_municipality_column.csv': ['identity_column_missing'],
      'bad_values.csv': ['count_invalid', 'area_unknown', 'name_blank', 'resubmitted'],
      'formula_injection.csv': ['suspicious_text'], 'script_injection.csv': ['suspicious_text'],
    };
    const files = readdirSync(`${S}/broken`).map((f) => `${S}/broken/${f}`);
    assert.equal(files.length, Object.keys(expectations).length + Object.keys(codes).length, 'every broken sample is covered');
    await page.setInputFiles('#file-input', files);
    for (const [name, says] of Object.entries(expectations)) {
      const li = item(page, name);
      await li.waitFor();
      const text = await li.locator('p.error').innerText();
      assert.ok(text.startsWith(name) && text.includes(says), `${name}: ${text}`);
    }
    for (const [name, want] of Object.entries(codes)) {
      const li = item(page, name);
      const got = await li.locator('.issues li').evaluateAll((els) => els.map((e) => e.dataset.code));
      for (const c of want) assert.ok(got.includes(c), `${name}: ${c} in ${got}`);
    }
    // Text from the files is shown as text, never run as HTML.
    const script = item(page, 'script_injection.csv');
    assert.equal(await script.locator('img').count(), 0);
    assert.match(await script.textContent(), /<img src=x onerror=alert\(1\)>/);
    await page.screenshot({ path: `${SHOTS}/ingest-broken.png`, fullPage: true });
    assert.deepEqual(app.errors, []);
    assert.deepEqual(foreign(app.requests, app.url), []);
  } finally {
    await app.close();
  }
});

test('the coordinator corrects a column and an answer, saves the preset and applies it again', async () => {
  const app = await open();
  try {
    const { page } = app;
    const file = 'tests/fixtures/unknown_question_and_label.csv';
    await page.setInputFiles('#file-input', [file]);
    const li = item(page, 'unknown_question_and_label.csv');
    await li.locator('summary', { hasText: 'Columns' }).click();
    await li.getByLabel('Meaning of column C “Hva kan dere tilby?”').selectOption('areas');
    await li.getByText('Answers not recognised: 1').waitFor();
    await li.getByLabel('Area meant by “Romfart”').selectOption('GOV-DGS');
    await page.getByText('2 corrections to how files are read.').waitFor();
    assert.equal(await li.locator('[data-code="area_unknown"]').count(), 0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Save corrections as a preset (JSON)').click()]);
    const preset = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(preset, { kommunematch_preset: 1, columns: { 'Hva kan dere tilby?': 'areas' }, answers: { Romfart: 'GOV-DGS' } });

    // Next year: a fresh page, the preset and the export dropped together.
    await page.reload();
    await page.locator('#example').waitFor();
    const presetFile = join(mkdtempSync(join(tmpdir(), 'km-')), 'preset.json');
    writeFileSync(presetFile, JSON.stringify(preset));
    await page.setInputFiles('#file-input', [file, presetFile]);
    await page.getByText('2 corrections to how files are read.').waitFor();
    const again = item(page, 'unknown_question_and_label.csv');
    // Both rows are read; the only remark left is the missing capacity column's, said once for the file.
    assert.match(await again.locator('.counts').innerText(), /2 rows: 2 accepted, 0 with warnings, 0 rejected/);
    const left = await again.locator('.issues li').evaluateAll((els) => els.map((e) => e.dataset.code));
    assert.deepEqual(left, ['field_missing']);
    assert.equal(await page.locator('.file-name', { hasText: 'preset.json' }).count(), 0, 'the preset is not a survey');
    await again.getByLabel('Read as').selectOption('needs');
    await again.locator('[data-code="identity_column_missing"]').waitFor();
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
