// Next round's survey in the page: the questionnaires downloaded in nb and uk (both sides, each format),
// byte for byte the CLI's; the spreadsheets filled in by another program (openpyxl, from the sheet's own
// drop-down lists) and dropped back in: every row accepted, the report naming the questionnaire's version, and
// the matching run to pairs. The printed questions opened and photographed in every language; axe clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, SHOTS, axeViolations, foreign } from './helpers.mjs';

const LOCALES = [
  { locale: 'nb-NO', code: 'nb', heading: 'Neste rundes spørreundersøkelse', accepted: /4 godtatt/ },
  { locale: 'uk-UA', code: 'uk', heading: 'Опитування наступного раунду', accepted: /прийнято 4/ },
];

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), path: await d.path() };
}

function cli(side, lang, format, out) {
  execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'template', '--side', side, '--lang', lang,
    '--format', format, '-o', out]);
  return readFileSync(out);
}

for (const L of LOCALES) {
  test(`${L.code}: both questionnaires downloaded, filled in by another program, dropped back and run to pairs`, async () => {
    const app = await open({ locale: L.locale });
    const dir = mkdtempSync(join(tmpdir(), 'km-survey-'));
    try {
      const { page, url } = app;
      const section = page.locator('section#survey');
      await section.scrollIntoViewIfNeeded();
      assert.equal((await page.locator('#survey-h').innerText()).trim(), L.heading);
      assert.equal(await page.locator('#survey-lang').inputValue(), L.code, 'the page\'s language first');
      assert.deepEqual(await axeViolations(page, 'section#survey'), []);
      await section.screenshot({ path: `${SHOTS}/survey-${L.code}.png` });

      const filled = {};
      for (const side of ['offers', 'needs']) {
        for (const format of ['xlsx', 'csv', 'html']) {
          const d = await download(page, `#survey button[data-side=${side}][data-format=${format}]`);
          assert.equal(d.name, `kommunematch-${side}-${L.code}-1.${format}`);
          const want = cli(side, L.code, format, join(dir, `cli-${side}.${format}`));
          assert.ok(readFileSync(d.path).equals(want), `${d.name}: the page's is the CLI's, byte for byte`);
          if (format === 'xlsx') {
            // Kept under its own name (openpyxl goes by the extension), then filled in.
            const kept = join(dir, d.name);
            copyFileSync(d.path, kept);
            filled[side] = join(dir, `filled-${side}-${L.code}.xlsx`);
            execFileSync('python3', ['tests/template_fill.py', kept, '--sample', '4', filled[side]]);
          }
        }
      }

      // The filled copies dropped back in: every row accepted, the questionnaire named, pairs made.
      await page.setInputFiles('#file-input', [filled.offers, filled.needs]);
      await page.locator('li.file').nth(1).waitFor();
      for (const f of await page.locator('li.file').all()) {
        await f.locator('.questionnaire[data-version="1"]').waitFor({ state: 'attached' });
        assert.match(await f.locator('.counts').innerText(), L.accepted);
      }
      assert.deepEqual(await axeViolations(page, 'li.file'), [], 'the report of a filled questionnaire');
      await page.locator('li.file').first().screenshot({ path: `${SHOTS}/survey-${L.code}-read-back.png` });
      await page.click('#run');
      await page.locator('#results[data-preliminary="false"]').waitFor();
      assert.ok(await page.locator('#pairs tbody tr').count() >= 4, 'pairs made from the filled questionnaires');
      assert.deepEqual(foreign(app.requests, url), [], 'nothing leaves the page');
    } finally {
      await app.close();
    }
  });
}

test('the printed questions in every language, as downloaded: every question, photographed, axe clean', async () => {
  const app = await open({ locale: 'en-GB' });
  try {
    const { page } = app;
    for (const lang of ['nb', 'nn', 'uk', 'en']) {
      await page.selectOption('#survey-lang', lang);
      for (const side of ['offers', 'needs']) {
        const d = await download(page, `#survey button[data-side=${side}][data-format=html]`);
        assert.equal(d.name, `kommunematch-${side}-${lang}-1.html`);
        const html = readFileSync(d.path, 'utf8');
        const view = await page.context().newPage();
        await view.setViewportSize({ width: 900, height: 1200 });
        await view.setContent(html);
        assert.equal(await view.getAttribute('html', 'lang'), lang);
        assert.equal(await view.locator('ol.questions > li').count(), side === 'offers' ? 12 : 11);
        assert.deepEqual(await axeViolations(view), [], `${side} ${lang}`);
        await view.screenshot({ path: `${SHOTS}/questionnaire-${side}-${lang}.png`, fullPage: true });
        await view.emulateMedia({ media: 'print' });
        await view.screenshot({ path: `${SHOTS}/questionnaire-${side}-${lang}-print.png` });
        await view.close();
      }
    }
  } finally {
    await app.close();
  }
});
