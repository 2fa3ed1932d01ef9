// Exports as the form tools write them, in the page: a Norwegian Microsoft Forms export's own leading columns are
// marked as the tool's (never an answer), the survey's own e-mail question is the contact's, and the areas written
// one column per option (headers joined by a dot, cells 1/0) are one question; no message on any row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, axeViolations, SHOTS } from './helpers.mjs';

const LEAD = ['ID', 'Starttidspunkt', 'Fullføringstidspunkt', 'E-postadresse', 'Navn', 'Tidspunkt for siste endring'];
const AREAS = ['Vann og avløp', 'Barnevern', 'Samfunnssikkerhet, beredskap og tilfluktsrom'];
const header = [...LEAD, 'Kommune', 'Kommunenummer', 'Kontaktperson', 'E-post til kontaktperson',
  ...AREAS.map((a) => `"kompetanseomrade.${a}"`), 'Hvor mange ukrainske partnerkommuner kan dere samarbeide med?'];
const rows = [
  ['1', '2026-02-16 08:30', '2026-02-16 08:39', 'anonymous', '', '2026-02-16 08:39', 'Bergen', '4601', 'Kari Nordmann', 'kari@bergen.kommune.no', '1', '0', '1', '2'],
  ['2', '2026-02-16 09:30', '2026-02-16 09:41', 'anonymous', '', '2026-02-16 09:41', 'Tingvoll', '1560', 'Ola Hansen', 'ola@tingvoll.kommune.no', '0', '1', '1', '1'],
  ['3', '2026-02-16 10:30', '2026-02-16 10:38', 'anonymous', '', '2026-02-16 10:38', 'Vefsn', '1824', 'Siri Berg', 'siri@vefsn.kommune.no', '1', '1', '0', '1'],
];
const OFFERS = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';

const WORDS = {
  'en-GB': { tool: 'form tool: Microsoft Forms', option: 'one column per option' },
  'nb-NO': { tool: 'skjemaverktøy: Microsoft Forms', option: 'én kolonne per svaralternativ' },
  'uk-UA': { tool: 'сервіс опитування: Microsoft Forms', option: 'один стовпець на варіант' },
};

for (const [locale, w] of Object.entries(WORDS)) {
  test(`${locale}: the form tool's own columns are marked as the tool's, options by columns are one question`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'km-layouts-'));
    writeFileSync(join(dir, 'tilbud_msforms_nb.csv'), OFFERS);
    const app = await open({ locale });
    try {
      const { page } = app;
      await page.setInputFiles('#file-input', [join(dir, 'tilbud_msforms_nb.csv')]);
      const offers = page.locator('li.file', { has: page.locator('.file-name', { hasText: 'tilbud_msforms_nb.csv' }) });
      await offers.locator('details.mapping').waitFor();
      await offers.locator('details.mapping').evaluate((d) => { d.open = true; });
      const why = await offers.locator('table.columns td.why').allInnerTexts();
      assert.deepEqual(why.slice(0, LEAD.length).map((t) => t.trim()), LEAD.map(() => w.tool), `${why}`);
      const options = why.slice(LEAD.length + 4, LEAD.length + 4 + AREAS.length).map((t) => t.trim());
      assert.deepEqual(options, AREAS.map(() => w.option), `${why}`);
      assert.equal(await offers.locator('p.counts').getAttribute('data-rows'), '3');
      // Nothing on any row; the anonymous sign-in column is not a contact, and is said nowhere as one.
      const report = offers.locator('details.report');
      if (await report.count()) {
        await report.evaluate((d) => { d.open = true; });
        const issues = await offers.locator('ul.issues li').allInnerTexts();
        assert.ok(issues.every((t) => !/\b(row|rad|рядок) [2-4]\b/.test(t)), `${issues}`);
      }
      const title = await offers.locator('table.columns td.why .tool-column').first().getAttribute('title');
      assert.ok(title && title.length > 40, `the tool's column says what it is: ${title}`);
      await offers.locator('table.columns').scrollIntoViewIfNeeded();
      await offers.screenshot({ path: `${SHOTS}/check-tool-columns-${locale}.png` });
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
