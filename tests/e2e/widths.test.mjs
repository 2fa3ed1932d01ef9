// Every width from a phone's to a wide screen's, in every language: at 320, 390, 768, 1,024, 1,280 and 1,920 px the
// page is no wider than the window (no sideways scrolling), nothing sticks out of its card (the pairs table
// scrolls in its own box, which is allowed to be wider than the card it is in), and axe's WCAG 2.2 AA rules
// (target size included) find nothing; a screenshot of each. And the national pairs table: its columns in line in
// every row (on screen each row is a grid of its own), only the rows in sight laid out, and read as a table by
// screen readers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, SHOTS, axeViolations } from './helpers.mjs';

const WIDTHS = [320, 390, 768, 1024, 1280, 1920];
const LANGS = ['nb', 'nn', 'uk', 'en'];

/** The elements sticking out of their card (by more than half a pixel), outside boxes that scroll. */
function overflowing() {
  const out = [];
  for (const card of document.querySelectorAll('.card, header.top, footer.about')) {
    const box = card.getBoundingClientRect();
    for (const el of card.querySelectorAll('*')) {
      if (el.closest('.table-wrap, .scroll') && !el.matches('.table-wrap, .scroll')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} in ${card.className || card.tagName}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
  }
  return out;
}

for (const lang of LANGS) {
  test(`${lang}: every width from 320 to 1,920 px fits, axe WCAG 2.2 AA clean`, async () => {
    const app = await open({ locale: lang === 'nn' ? 'nn-NO' : lang });
    try {
      const { page } = app;
      await page.click('#example');
      await page.locator('#results[data-preliminary="false"]').waitFor();
      await page.locator('#pairs[aria-busy="false"]').waitFor();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // The map, the charts and the lists are laid out only near the viewport (content-visibility): scrolled
        // through once, as a reader does, so that each is laid out at this width, not at the last one seen.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
            window.scrollTo(0, y);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }
          window.scrollTo(0, 0);
        });
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        assert.ok(scroll <= client, `${lang} at ${width} px: the page is ${scroll} px wide in a window of ${client} px`);
        assert.deepEqual(await page.evaluate(overflowing), [], `${lang} at ${width} px`);
        assert.deepEqual(await axeViolations(page), [], `${lang} at ${width} px`);
        await page.screenshot({ path: `${SHOTS}/width-${width}-${lang}.png`, fullPage: true });
      }
    } finally {
      await app.close();
    }
  });
}

/** The header's cells not side by side on one line across the table, and each body row whose cells do not stand
 * under the header's (left and right edges, to a pixel): on screen every row is a grid of its own, so only the set
 * columns keep them in line. */
function misaligned() {
  const boxes = (cells) => [...cells].map((c) => c.getBoundingClientRect());
  const edges = (cells) => boxes(cells).map((r) => `${Math.round(r.left)}-${Math.round(r.right)}`).join(' ');
  const th = boxes(document.querySelectorAll('#pairs thead th'));
  const table = document.querySelector('#pairs').getBoundingClientRect();
  const line = th.every((r, i) => Math.abs(r.top - th[0].top) < 1 && (i === 0 ? Math.abs(r.left - table.left) < 1 : Math.abs(r.left - th[i - 1].right) < 1))
    && Math.abs(th.at(-1).right - table.right) < 1;
  const head = edges(document.querySelectorAll('#pairs thead th'));
  const rows = [...document.querySelectorAll('#pairs tbody tr')].map((tr) => [tr.dataset.offer, tr.dataset.need, edges(tr.cells)])
    .filter(([, , cells]) => cells !== head).slice(0, 3).map((r) => `${r.join(' ')} (header ${head})`);
  return line ? rows : [`the header's cells are not side by side across the table: ${head}`, ...rows];
}

test('the national pairs table: its columns in line in every row at every width, only the rows in sight laid out, read as a table', async () => {
  const app = await open({ locale: 'en-GB' });
  try {
    const { page } = app;
    await page.setInputFiles('#file-input', ['tests/fixtures/samples/scale/tilbud_alle_357.csv', 'tests/fixtures/samples/scale/potreby_vsi_hromady.csv']);
    await page.locator('.counts[data-rows="1302"]').waitFor();
    await page.click('#run');
    await page.locator('#results[data-preliminary="false"] #pairs[aria-busy="false"]').waitFor();
    const rows = await page.locator('#pairs tbody tr').count();
    assert.ok(rows > 400, `${rows} rows`);
    // Rows laid out (not skipped by content-visibility): none while the table is out of sight, only those near
    // the table's box once it is in sight, the last ones once its box is scrolled to the end.
    const laidOut = () => page.evaluate(() => [...document.querySelectorAll('#pairs tbody tr')]
      .map((tr, i) => (tr.cells[0].checkVisibility({ contentVisibilityAuto: true }) ? i : -1)).filter((i) => i >= 0));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await laidOut(), [], 'no row laid out while the table is out of sight');
    // Read as a table by screen readers whatever its layout, rows not laid out included: a table, its six column
    // headers, and each row's six cells.
    assert.match(await page.locator('#pairs').ariaSnapshot(), /^- table "[^"]+":\n  - caption: /);
    const head = await page.locator('#pairs thead').ariaSnapshot();
    assert.equal((head.match(/^ {4}- columnheader /gm) ?? []).length, 6, head);
    const last = await page.locator('#pairs tbody tr').last().ariaSnapshot();
    assert.match(last, /^- row "/);
    assert.equal((last.match(/^ {2}- cell /gm) ?? []).length, 6, last);
    await page.locator('.table-wrap').scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const near = await laidOut();
    assert.ok(near.length > 0 && near[0] === 0 && near.length < 60, `the first rows laid out, not all: ${near.length} of ${rows}`);
    await page.evaluate(() => { const w = document.querySelector('.table-wrap'); w.scrollTop = w.scrollHeight; });
    await page.waitForFunction((n) => document.querySelectorAll('#pairs tbody tr')[n - 1].cells[0].checkVisibility({ contentVisibilityAuto: true }), rows);
    // Every row's cells under the header's, wherever the table is scrolled to and at every width (reading a row's
    // cells lays it out).
    for (const width of [320, 390, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      assert.deepEqual(await page.evaluate(misaligned), [], `at ${width} px`);
    }
    await page.screenshot({ path: `${SHOTS}/pairs-table-national-1920-en.png` });
  } finally {
    await app.close();
  }
});
