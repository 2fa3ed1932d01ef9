// Oversized inputs: a 50 MB CSV and an XLSX with 100,000 rows are refused with a message that names the
// limit and the file, and the tab stays alive (the example still matches afterwards).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open } from './helpers.mjs';

test('a 50 MB CSV and a 100,000-row XLSX are refused clearly and the page goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'km-big-'));
  execFileSync('python3', ['tests/e2e/make_big_files.py', dir]);
  const app = await open();
  try {
    const { page } = app;
    await page.setInputFiles('#file-input', [join(dir, 'fifty_megabytes.csv'), join(dir, 'hundred_thousand_rows.xlsx')]);
    const csv = page.locator('li.file', { hasText: 'fifty_megabytes.csv' }).locator('p.error');
    const xlsx = page.locator('li.file', { hasText: 'hundred_thousand_rows.xlsx' }).locator('p.error');
    await csv.waitFor({ timeout: 60000 });
    await xlsx.waitFor({ timeout: 60000 });
    assert.match(await csv.innerText(), /^fifty_megabytes\.csv: 50 MB, more than the 20 MB/);
    assert.match(await xlsx.innerText(), /^hundred_thousand_rows\.xlsx: more than 50,000 rows/);
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('spreadsheets made to exhaust memory get their message in the page language, and the page goes on', async () => {
  const app = await open({ locale: 'nb-NO' });
  try {
    const { page } = app;
    const dir = 'tests/fixtures/hostile';
    const expected = {
      'two_cells_at_opposite_corners_of_the_sheet.xlsx': /: mer enn 50\u00a0000 rader/,
      'a_far_cell_on_every_row_5_million_cells.xlsx': /: mer enn 5\u00a0000\u00a0000 celler/,
      'declares_unpacking_to_300mb.xlsx': /: regnearket pakkes ut til 300 MB, mer enn de 200 MB/,
      'ods_a_cell_repeated_across_16384_columns.ods': /: 16\u00a0384 kolonner, flere enn de 1\u00a0000/,
      'ods_a_900_column_row_repeated_100000_times.ods': /: mer enn 50\u00a0000 rader/,
      'ods_a_900_column_row_repeated_6000_times.ods': /: mer enn 5\u00a0000\u00a0000 celler/,
    };
    assert.deepEqual(readdirSync(dir).sort(), Object.keys(expected).sort(), 'every hostile fixture is expected');
    await page.setInputFiles('#file-input', Object.keys(expected).map((f) => `${dir}/${f}`));
    for (const [name, says] of Object.entries(expected)) {
      const error = page.locator('li.file', { hasText: name }).locator('p.error');
      await error.waitFor();
      const text = await error.innerText();
      assert.ok(text.startsWith(name), text);
      assert.match(text, says);
    }
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('more than a million pairs to weigh are refused in the page language, and the page goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'km-pairs-'));
  execFileSync('python3', ['tests/e2e/make_big_files.py', dir]);
  const app = await open({ locale: 'uk-UA' });
  try {
    const { page } = app;
    await page.setInputFiles('#file-input', [join(dir, 'tilbud_1428_kommuner.csv'), 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv']);
    await page.locator('li.file').nth(1).waitFor();
    await page.click('#run');
    const alert = page.locator('section[aria-labelledby=run-h] p.error');
    await alert.waitFor({ timeout: 60000 });
    assert.match(await alert.innerText(), /1\u00a0428 муніципалітетів × 1\u00a0302 громад — це 1\u00a0859\u00a0256 пар для оцінки, більше ніж 1\u00a0000\u00a0000/);
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('a 3 GB file dropped by mistake is refused without being read, and the page goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'km-huge-'));
  const huge = join(dir, 'opptak_fra_moetet.mp4');
  writeFileSync(huge, '');
  truncateSync(huge, 3 * 1024 ** 3); // sparse: no disk used, but the browser sees 3 GB
  const app = await open({ locale: 'nb-NO' });
  try {
    const { page } = app;
    await page.setInputFiles('#file-input', [huge, 'tests/fixtures/offers_en_googleforms_12.csv', 'tests/fixtures/needs_en_msforms_20.xlsx']);
    const error = page.locator('li.file', { hasText: 'opptak_fra_moetet.mp4' }).locator('p.error');
    await error.waitFor({ timeout: 10000 });
    assert.match(await error.innerText(), /^opptak_fra_moetet\.mp4: 3\u00a0072 MB, mer enn de 20 MB/);
    // The other files are read and matched; the refused one stays listed with its message.
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.equal(await error.count(), 1);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
