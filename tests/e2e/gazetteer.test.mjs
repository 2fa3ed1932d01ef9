// Names resolve to official municipalities and communities in the page: each file says how many rows were
// found by code, by name, not found and ambiguous; an ambiguous name gets a choice among its candidates, which
// resolves the row (kept in the corrections); names are shown officially, with a Latin transliteration beside
// Cyrillic ones in nb and en; "About the data" gives the lists' attribution. No request is made for any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, foreign, axeViolations, SHOTS } from './helpers.mjs';

const OFFERS = 'Kommune,Kompetanseområder,Hvor mange ukrainske partnerkommuner kan dere samarbeide med?\nTINGVOLL,Vann og avløp,1\nVefsn kommune,Barnevern,1\nHerøy,Skole,1\nBaerum,Skole,2\n';
const NEEDS = 'Назва громади,Категорія громади,Першочергові потреби (до 5),Бажана кількість партнерів\n'
  + 'БІЛИЦЬКА СЕЛИЩНА ГРОМАДА,Громада поза зоною бойових дій,Водопостачання та водовідведення,1\n'
  + 'Bucha,Громада в зоні бойових дій,Дитячий захист,1\n'
  + 'Кременчуцька МТГ,Громада поза зоною бойових дій,Школи,1\n';

const WORDS = {
  'en-GB': { found: 'Found in the official lists', which: 'Which is meant?', about: 'About the data' },
  'nb-NO': { found: 'Funnet i de offisielle listene', which: 'Hvilken er ment?', about: 'Om dataene' },
  'uk-UA': { found: 'Знайдено в офіційних списках', which: 'Що мається на увазі?', about: 'Про дані' },
};

for (const [locale, words] of Object.entries(WORDS)) {
  test(`${locale}: names resolve to official ids; an ambiguous one is chosen among its candidates`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'km-names-'));
    writeFileSync(join(dir, 'tilbud_navn.csv'), OFFERS);
    writeFileSync(join(dir, 'potreby_nazvy.csv'), NEEDS);
    const app = await open({ locale });
    try {
      const { page } = app;
      await page.setInputFiles('#file-input', [join(dir, 'tilbud_navn.csv'), join(dir, 'potreby_nazvy.csv')]);
      const offers = page.locator('li.file', { has: page.locator('.file-name', { hasText: 'tilbud_navn.csv' }) });
      const needs = page.locator('li.file', { has: page.locator('.file-name', { hasText: 'potreby_nazvy.csv' }) });
      await offers.locator('p.resolution').waitFor();
      assert.ok((await offers.locator('p.resolution').innerText()).startsWith(words.found));
      assert.equal(await offers.locator('p.resolution').getAttribute('data-unresolved'), '1', 'Herøy is ambiguous');
      assert.equal(await needs.locator('p.resolution').getAttribute('data-unresolved'), '0', 'every community found');
      const choice = offers.locator('.entity-choice select');
      await offers.locator('details.report').evaluate((d) => { d.open = true; });
      assert.equal(await offers.locator('.entity-choice label').innerText(), words.which);
      assert.equal(await choice.locator('option').count(), 3, 'a prompt and the two Herøy');
      await offers.locator('.entity-choice').scrollIntoViewIfNeeded();
      await offers.screenshot({ path: `${SHOTS}/check-names-${locale}.png` });
      assert.deepEqual(await axeViolations(page), []);
      await choice.selectOption('1818');
      await page.waitForFunction(() => [...document.querySelectorAll('p.resolution')].every((p) => p.dataset.unresolved === '0'));

      await page.click('#run');
      await page.locator('#pairs tbody tr').first().waitFor();
      await page.locator('#pairs[aria-busy="false"]').waitFor();
      const offerIds = await page.locator('#pairs tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.offer));
      const needIds = await page.locator('#pairs tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.need));
      assert.ok(offerIds.every((id) => /^\d{4}$/.test(id)), `official kommunenummer only: ${offerIds}`);
      assert.ok(needIds.every((id) => /^UA\d{17}$/.test(id)), `official KATOTTG codes only: ${needIds}`);
      // Its text, not its rendered text: rows out of sight are not laid out (content-visibility), so the
      // rendered text holds only the rows in sight.
      const table = await page.locator('#pairs tbody').textContent();
      if (locale === 'uk-UA') assert.ok(!/\(Buchanska\)|\(Bilytska\)|\(Kremenchutska\)/.test(table));
      else assert.ok(/\((Buchanska|Bilytska|Kremenchutska)\)/.test(table), 'a Latin transliteration beside the Cyrillic name');
      await page.locator('#pairs').scrollIntoViewIfNeeded();
      await page.locator('#pairs').screenshot({ path: `${SHOTS}/results-official-names-${locale}.png` });

      await page.locator('footer.about summary').click();
      assert.equal((await page.locator('footer.about summary').innerText()).trim(), words.about);
      assert.ok((await page.locator('footer.about').innerText()).includes('CC BY 4.0'));
      assert.deepEqual(foreign(app.requests, app.url), []);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
