// On paper: the printed summary (Chromium's PDF of the page, A4 portrait) read back as text (poppler's
// pdftotext, an independent reader) holds every pair's two names as the page shows them (Latin beside Cyrillic
// in nb, nn and en), the table's headers (on every page of the table) and every score; the table within the printed page's width; no
// control and no language switch printed. A picture of the first page in each language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, SHOTS } from './helpers.mjs';

const LANGS = [{ locale: 'nb-NO', code: 'nb' }, { locale: 'nn-NO', code: 'nn' }, { locale: 'uk-UA', code: 'uk' }, { locale: 'en-GB', code: 'en' }];
// A4's width less the printed page's margins (12 mm each side), in CSS pixels.
const PRINTED_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
// Whitespace as one space; a line broken after a hyphen (Середино-Будська) joined again.
const squeeze = (s) => s.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

for (const L of LANGS) {
  test(`${L.code}: the printed summary names every pair, within the page's width`, async () => {
    const app = await open({ locale: L.locale });
    const dir = mkdtempSync(join(tmpdir(), 'km-print-'));
    try {
      const { page } = app;
      await page.click('#example');
      await page.locator('#results[data-preliminary="false"]').waitFor();
      await page.locator('#pairs[aria-busy="false"]').waitFor();
      const pairs = await page.evaluate(() => [...document.querySelectorAll('#pairs tbody tr')].map((tr) => ({
        offer: tr.cells[0].querySelector('button.name').textContent.trim(),
        need: tr.cells[1].querySelector('button.name').textContent.trim(),
        score: tr.cells[2].textContent.trim(),
      })));
      // The headers as the page shows them (a sort header's button's text, without its arrow).
      const headers = await page.evaluate(() => [...document.querySelectorAll('#pairs thead th')].slice(0, 4)
        .map((th) => (th.querySelector('button') ?? th).textContent.replace(/[▲▼]/g, '').trim()));
      assert.ok(pairs.length > 50, `${pairs.length} pairs`);
      if (L.code !== 'uk') assert.ok(pairs.some((p) => /\(.*[a-z].*\)$/i.test(p.need)), 'Latin beside Cyrillic');

      // As printed: within the page's width, no controls.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: PRINTED_WIDTH, height: 1100 });
      const fit = await page.evaluate(() => ({
        table: document.getElementById('pairs').getBoundingClientRect().right,
        page: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
        controls: [...document.querySelectorAll('button, select, input, .top .lang')]
          .filter((e) => !e.matches('button.name') && e.getBoundingClientRect().width > 0)
          .map((e) => e.id || e.className || e.tagName),
      }));
      assert.ok(fit.table <= fit.page + 0.5 && fit.scroll <= fit.page, `table ends at ${fit.table} px on a page of ${fit.page}`);
      assert.deepEqual(fit.controls, [], 'no control printed');

      const pdf = join(dir, `summary-${L.code}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      const text = squeeze(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      for (const h of headers) assert.ok(text.includes(squeeze(h)), `header “${h}” printed`);
      // On every page the table goes on to, its header whole. A page of the table: a community's code followed by
      // its pair's score (elsewhere a code is in brackets, after a name).
      const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\f').map(squeeze);
      const tablePages = pages.filter((p) => /UA\d{17} \d+ /.test(p));
      assert.ok(tablePages.length >= 2, `the table on ${tablePages.length} pages`);
      for (const [i, p] of tablePages.entries()) {
        for (const h of headers) assert.ok(p.includes(squeeze(h)), `header “${h}” on the table's page ${i + 1}`);
      }
      const missing = pairs.filter((p) => !text.includes(squeeze(p.offer)) || !text.includes(squeeze(p.need)) || !text.includes(squeeze(p.score)));
      assert.deepEqual(missing, [], `every pair's two names and score printed (${pairs.length} pairs)`);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(SHOTS, `print-${L.code}`)]);
    } finally {
      await app.close();
    }
  });
}
