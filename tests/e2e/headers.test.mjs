// Questions worded as no sample words them are understood in the page: each column shows its meaning and how it
// was found (a known question, by its words and how sure, or your choice); a key field without a column is said
// once for the file, not on every row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, axeViolations, SHOTS } from './helpers.mjs';

const NEEDS = 'Назва територіальної громади,Розташування громади відносно зони бойових дій,Найбільш нагальні потреби громади,Скільки партнерів-муніципалітетів хотіла б мати громада?,Як ви дізналися про програму?\n'
  + 'Бучанська міська громада,Громада в зоні бойових дій,Захист прав дитини,два,Від колег\n'
  + 'Кременчуцька МТГ,Громада поза зоною бойових дій,Водопостачання та водовідведення,1,Від KS\n';
const OFFERS = 'Namn på kommunen,Fagområder dere kan tilby ukrainske kommuner,Hvordan fikk dere vite om programmet?\nTingvoll,Vann og avløp,Nettside\nVefsn,Barnevern,KS\n';

const WORDS = {
  'en-GB': { why: 'How it was found', words: 'by its words', missing: 'no column gives' },
  'nb-NO': { why: 'Hvordan den ble funnet', words: 'etter ordene', missing: 'ingen kolonne gir' },
  'uk-UA': { why: 'Як визначено', words: 'за словами', missing: 'жоден стовпець не містить' },
};

for (const [locale, w] of Object.entries(WORDS)) {
  test(`${locale}: reworded questions are understood, with how, and a missing key field is said once`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'km-headers-'));
    writeFileSync(join(dir, 'potreby_inshi_slova.csv'), NEEDS);
    writeFileSync(join(dir, 'tilbud_andre_ord.csv'), OFFERS);
    const app = await open({ locale });
    try {
      const { page } = app;
      await page.setInputFiles('#file-input', [join(dir, 'potreby_inshi_slova.csv'), join(dir, 'tilbud_andre_ord.csv')]);
      const needs = page.locator('li.file', { has: page.locator('.file-name', { hasText: 'potreby_inshi_slova.csv' }) });
      const offers = page.locator('li.file', { has: page.locator('.file-name', { hasText: 'tilbud_andre_ord.csv' }) });
      await needs.locator('details.mapping').waitFor();
      await needs.locator('details.mapping').evaluate((d) => { d.open = true; });
      assert.equal((await needs.locator('table.columns thead th').nth(3).innerText()).trim(), w.why);
      const why = await needs.locator('table.columns td.why').allInnerTexts();
      assert.ok(why.slice(0, 4).every((t) => t.trim() !== '—'), `every key question understood: ${why}`);
      assert.ok(why.filter((t) => t.startsWith(w.words)).length >= 3, `by their words: ${why}`);
      assert.equal(why[4].trim(), '—', 'a question no field answers stays unmapped');
      assert.equal(await needs.locator('p.counts').getAttribute('data-rows'), '2');
      assert.ok((await needs.locator('p.counts').innerText()).includes('2'), 'both rows read');
      // The offers file has no capacity column: one message for the file, none per row.
      await offers.locator('details.report').evaluate((d) => { d.open = true; });
      const issues = await offers.locator('ul.issues li').allInnerTexts();
      assert.equal(issues.filter((t) => t.includes(w.missing)).length, 1, `${issues}`);
      assert.equal(issues.length, 1, `only that one: ${issues}`);
      await needs.locator('table.columns').scrollIntoViewIfNeeded();
      await needs.screenshot({ path: `${SHOTS}/check-headers-${locale}.png` });
      assert.deepEqual(await axeViolations(page), []);
      await page.click('#run');
      await page.locator('#pairs tbody tr').first().waitFor();
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
