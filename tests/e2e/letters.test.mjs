// The introductions step in the page, in each language: contacts by choice, a copy address, the coordinator's
// words checked as they are typed, pairs ticked and unticked, the e-mail drafts downloaded and read back by
// Python's own `email` package, the CLI's drafts byte for byte, the letters to print one per A4 page, and axe
// clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, SHOTS, axeViolations, foreign } from './helpers.mjs';

const LOCALES = [
  { locale: 'nb-NO', code: 'nb', title: '6. Introduksjoner', unknown: 'er ingen plassholder' },
  { locale: 'uk-UA', code: 'uk', title: '6. Листи-знайомства', unknown: 'не є заповнювачем' },
  { locale: 'en-GB', code: 'en', title: '6. Introductions', unknown: 'is no placeholder' },
];

function parsedDrafts(path) {
  return JSON.parse(execFileSync('python3', ['tests/letters_check.py', path], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), path: await d.path() };
}

for (const L of LOCALES) {
  test(`${L.code}: letters are written, checked, downloaded as drafts and printed`, async () => {
    const app = await open({ locale: L.locale });
    try {
      const { page } = app;
      await page.click('#example');
      await page.locator('#results[data-preliminary="false"]').waitFor();
      const step = page.locator('section.letters');
      await step.waitFor();
      assert.equal((await page.locator('#letters-title').innerText()).trim(), L.title);
      const pairs = await page.locator('#pairs tbody tr').count();

      // Contacts by choice: none until ticked, then a warning.
      await page.check('#letters-contacts');
      await step.locator('p.warning[role=alert]').waitFor();
      await page.fill('#letters-cc', 'koordinator@ks');
      await page.locator('#letters-cc-error').waitFor();
      assert.equal(await page.locator('#letters-cc').getAttribute('aria-invalid'), 'true');
      assert.ok(await page.locator('#letters-zip').isDisabled(), 'no drafts with a wrong copy address');
      await page.fill('#letters-cc', 'koordinator@ks.no');
      await page.locator('#letters-cc-error').waitFor({ state: 'detached' });

      if (L.code === 'en') {
        // CLI = page: every pair ticked, the default words, the same files: the same bytes.
        const drafts = await download(page, '#letters-zip');
        assert.equal(drafts.name, 'kommunematch-letters.zip');
        const dir = mkdtempSync(join(tmpdir(), 'km-letters-'));
        const cli = join(dir, 'cli.zip');
        execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'letters', '--example', '--include-personal-data',
          '--cc', 'koordinator@ks.no', '-o', cli]);
        assert.ok(readFileSync(drafts.path).equals(readFileSync(cli)), 'the page\'s drafts are the CLI\'s, byte for byte');
      }

      // The words checked as they are typed: an unknown placeholder is named at once and stops the drafts.
      await page.click('#letters-text > summary');
      const greeting = page.locator(`#letters-text-${L.code}-greeting`);
      await greeting.fill('Hei {partnr}');
      const error = page.locator(`#letters-text-${L.code}-greeting-error`);
      await error.waitFor();
      const said = await error.innerText();
      assert.ok(said.includes('{partnr}') && said.includes(L.unknown), said);
      assert.ok(await page.locator('#letters-zip').isDisabled());
      await greeting.fill('Kjære {municipality} og {community}: møt {partner}!');
      await error.waitFor({ state: 'detached' });

      // One pair unticked: one letter fewer.
      await page.click('#letters-pairs > summary');
      const first = page.locator('.letters-pairs li').first();
      await first.locator('input[type=checkbox]').uncheck();
      await page.locator('#letters-summary').filter({ hasText: String(pairs - 1) }).waitFor();
      const link = await page.locator('.letters-pairs li').nth(1).locator('a.mailto').getAttribute('href');
      assert.ok(link.startsWith('mailto:') && link.length <= 2000 && link.includes('cc=koordinator%40ks.no'), link.slice(0, 80));

      assert.deepEqual(await axeViolations(page, 'section.letters'), [], 'axe: the letters step');
      await step.screenshot({ path: `${SHOTS}/letters-step-${L.code}.png` });

      const drafts = await download(page, '#letters-zip');
      const read = parsedDrafts(drafts.path);
      assert.equal(read.length, pairs - 1);
      // A municipality whose official written standard is nynorsk reads its part in nynorsk, with the nynorsk
      // words (the bokmål text edited here is not theirs).
      let nynorsk = 0;
      for (const d of read) {
        assert.deepEqual(d.defects, [], d.file);
        assert.equal(d.unsent, '1');
        assert.equal(d.to.length, 2, `${d.file}: both contacts`);
        assert.deepEqual(d.cc, [['', 'koordinator@ks.no']]);
        const plain = d.parts[0].text;
        const nn = plain.includes('Partnaren dykkar');
        assert.notEqual(nn, plain.includes('Partneren deres'), `${d.file}: one Norwegian part`);
        nynorsk += nn ? 1 : 0;
        const edited = L.code !== 'nb' || !nn;
        assert.ok(edited ? plain.includes('Kjære') : plain.includes('er de kopla med'), d.file);
        if (L.code === 'en') assert.ok(plain.includes('In English'), d.file);
      }
      assert.ok(nynorsk > 0 && nynorsk < read.length, `nynorsk letters: ${nynorsk} of ${read.length}`);

      // The letters to print: one A4 page each, names and needs in them, nothing from elsewhere.
      const print = await download(page, '#letters-print');
      assert.equal(print.name, 'kommunematch-letters.html');
      const html = readFileSync(print.path, 'utf8');
      assert.ok(html.startsWith(`<!DOCTYPE html><html lang="${L.code}"`) && !html.includes('<script'));
      const view = await page.context().newPage();
      await view.setContent(html);
      await view.emulateMedia({ media: 'print' });
      assert.equal(await view.locator('article.letter').count(), pairs - 1);
      await view.screenshot({ path: `${SHOTS}/letters-print-${L.code}.png` });
      const pdf = await view.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, pairs - 1, 'one letter per A4 page');
      await view.close();

      assert.deepEqual(foreign(app.requests, app.url), [], 'nothing from elsewhere');
      assert.deepEqual(app.errors, [], 'no errors in the console');
    } finally {
      await app.close();
    }
  });
}
