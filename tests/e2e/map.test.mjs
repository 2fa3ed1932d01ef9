// The map of the result and the charts, in each language: one mark per pair and per municipality
// and community, each point inside its own country's outline (the browser's own geometry decides:
// isPointInFill), a pair picked in the table shows on the map and the reverse, the table's filter applies to
// the map, the keyboard goes through the pairs, no serious accessibility violation, chart text at least 12 px
// on a wide and a phone-sized screen. Screenshots in build/screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, foreign, axeViolations, SHOTS } from './helpers.mjs';

const LANGS = [
  { locale: 'nb-NO', code: 'nb', norway: 'Norge' },
  { locale: 'uk-UA', code: 'uk', norway: 'Норвегія' },
  { locale: 'en-GB', code: 'en', norway: 'Norway' },
];

/** Runs the example and waits for the map. */
async function example(page) {
  await page.click('#example');
  await page.locator('#pairs tbody tr').first().waitFor();
  await page.locator('#map path[data-pair]').first().waitFor();
  // The table's rows come in steps; it is whole when it is no longer busy.
  await page.locator('#pairs[aria-busy="false"]').waitFor();
}

for (const L of LANGS) {
  test(`${L.code}: the map has a mark per pair and per entity, each point in its country, and picks follow the table`, async () => {
    const app = await open({ locale: L.locale });
    try {
      const { page } = app;
      await example(page);
      const rows = await page.locator('#pairs tbody tr').count();
      assert.equal(await page.locator('#map path[data-pair]').count(), rows, 'one curve per pair');
      const entities = await page.locator('.counts[data-rows]').evaluateAll((ps) => ps.reduce((n, p) => n + Number(p.dataset.rows), 0));
      assert.equal(await page.locator('#map path[data-entity]').count(), entities, 'one mark per municipality and community');
      assert.equal(await page.locator('#map .country-name').first().textContent(), L.norway);

      // Every point inside its own country's outline, as the browser's geometry says.
      const outside = await page.evaluate(() => {
        const svg = document.querySelector('#map svg');
        const shape = { offers: svg.querySelector('path[data-country="no"]'), needs: svg.querySelector('path[data-country="ua"]') };
        return [...svg.querySelectorAll('path[data-entity]')].filter((p) => {
          const pt = svg.createSVGPoint();
          pt.x = Number(p.dataset.x);
          pt.y = Number(p.dataset.y);
          return !shape[p.dataset.side].isPointInFill(pt);
        }).map((p) => p.dataset.entity);
      });
      assert.deepEqual(outside, [], 'points outside their country');

      // Table → map: picking a row picks the same curve.
      const row = page.locator('#pairs tbody tr').nth(2);
      const id = `${await row.getAttribute('data-offer')}|${await row.getAttribute('data-need')}`;
      await row.locator('td.num').click();
      await page.locator(`#map path[data-pair="${id}"][data-highlighted="true"]`).waitFor();
      assert.equal(await page.locator('#map path[data-highlighted="true"]').count(), 1);
      // Map → table: choosing a curve picks its row.
      const other = await page.locator('#map path[data-pair]').nth(5).getAttribute('data-pair');
      await page.locator(`#map path[data-pair="${other}"]`).dispatchEvent('click');
      const [o, n] = other.split('|');
      await page.locator(`#pairs tr[data-offer="${o}"][data-need="${n}"][data-highlighted="true"]`).waitFor();

      // The keyboard: the map is one stop; the arrows go through the pairs, Enter opens the explanation.
      await page.locator('.map-frame').focus();
      await page.keyboard.press('Home');
      await page.locator(`#map path[data-highlighted="true"]`).waitFor();
      const first = await page.locator('#map path[data-highlighted="true"]').getAttribute('data-pair');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((f) => document.querySelector('#map path[data-highlighted="true"]')?.dataset.pair !== f, first);
      assert.match(await page.locator('#map-live').innerText(), /2/);
      await page.keyboard.press('Enter');
      await page.locator('#detail').waitFor();

      assert.deepEqual(await axeViolations(page), [], 'results with the map');
      await page.locator('#map').screenshot({ path: `${SHOTS}/map-${L.code}.png` });
      await page.locator('.charts').screenshot({ path: `${SHOTS}/charts-${L.code}.png` });

      // The table's filter applies to the map: an oblast.
      const oblast = await page.evaluate(() => document.querySelector('#map-words li')?.textContent.split(':')[0].split(' (')[0]);
      await page.fill('#filter', oblast);
      await page.waitForFunction(() => document.querySelectorAll('#map path[data-pair]').length === document.querySelectorAll('#pairs tbody tr').length);
      const shown = await page.locator('#pairs tbody tr').count();
      assert.ok(shown > 0 && shown < rows, `${shown} of ${rows} rows for ${oblast}`);
      await page.locator('#map').screenshot({ path: `${SHOTS}/map-${L.code}-filtered.png` });
      assert.deepEqual(foreign(app.requests, app.url), []);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}

test('chart labels and figures are at least 12 px on a wide and a phone-sized screen, totals are totals', async () => {
  const app = await open({ locale: 'en-GB' });
  try {
    const { page } = app;
    await example(page);
    for (const [width, height] of [[1280, 900], [390, 844]]) {
      await page.setViewportSize({ width, height });
      const sizes = await page.locator('.charts .bars li span, .map-legend li, .map .country-name').evaluateAll((els) => els
        .filter((e) => e.textContent.trim())
        .map((e) => {
          const px = parseFloat(getComputedStyle(e).fontSize);
          // SVG text is scaled with its drawing: its size on screen is its font size times the scale.
          const svg = e.ownerSVGElement;
          return svg ? px * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : px;
        }));
      const small = sizes.filter((s) => s < 12);
      // The map's own labels shrink with the map on a phone; the charts never do.
      const charts = await page.locator('.charts .bars li span').evaluateAll((els) => els.filter((e) => e.textContent.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize)));
      assert.ok(charts.every((s) => s >= 12), `chart text at ${width} px: ${Math.min(...charts)}`);
      if (width >= 1280) assert.deepEqual(small, [], `text under 12 px at ${width} px`);
      await page.locator('#map').screenshot({ path: `${SHOTS}/map-en-${width}.png` });
      await page.locator('.charts').screenshot({ path: `${SHOTS}/charts-en-${width}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen at ${width} px`);
    }
    // A bar with a total shows a total larger than or equal to its value, and some total is larger.
    const bars = await page.locator('.charts li[data-total]').evaluateAll((ls) => ls.map((l) => [Number(l.dataset.value), Number(l.dataset.total)]));
    assert.ok(bars.every(([v, t]) => v <= t));
    assert.ok(bars.some(([v, t]) => v < t), 'a total is not the value again');
    // The printed summary has the map and the charts.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#map .map-frame svg').isVisible() && await page.locator('.charts').isVisible(), 'map and charts in print');
    await page.emulateMedia({ media: 'screen' });
    // The county chart knows each municipality's county from the gazetteer.
    const counties = await page.locator('#chart-county .bar-label').allInnerTexts();
    assert.ok(counties.length > 3 && !counties.some((c) => /not given/.test(c)), counties.join(', '));
  } finally {
    await app.close();
  }
});

// The outlines are not in the wasm: fetched from the page's own site when the first map is wanted. Without a
// service worker (which keeps them for use offline once it installs), nothing asks for them before results.
test('the map\'s outlines are fetched from the page\'s own site when the first map is wanted, not before', async () => {
  const app = await open({ serviceWorkers: 'block' });
  try {
    const { page, requests, url } = app;
    await page.waitForFunction(() => document.documentElement.dataset.worker === 'ready');
    const outlines = () => requests.filter((r) => new URL(r).pathname === '/static/outlines.json');
    assert.deepEqual(outlines(), [], 'not fetched with the app');
    await example(page);
    assert.deepEqual(outlines(), [new URL('static/outlines.json', url).href], 'fetched once, from the page\'s own site');
    assert.equal(await page.locator('#map path[data-country="ua"]').count(), 1, 'the outlines drawn');
    // Run again: the map made again, the outlines not fetched again.
    await page.click('#run');
    await page.locator('#results[data-preliminary="false"]').waitFor();
    await page.locator('#map[aria-busy="false"] path[data-pair]').first().waitFor();
    assert.equal(outlines().length, 1);
    assert.deepEqual(foreign(requests, url), []);
  } finally {
    await app.close();
  }
});

const UNAVAILABLE = [{ locale: 'nb-NO', word: 'Kartet kunne ikke tegnes' }, { locale: 'nn-NO', word: 'Kartet kunne ikkje teiknast' },
  { locale: 'uk-UA', word: 'Не вдалося накреслити карту' }, { locale: 'en-GB', word: 'The map could not be drawn' }];
for (const L of UNAVAILABLE) {
  test(`${L.locale}: outlines that do not arrive are said in the map's place; the rest of the results is whole`, async () => {
    const app = await open({ locale: L.locale, serviceWorkers: 'block' });
    try {
      const { page } = app;
      await page.route('**/static/outlines.json', (route) => route.abort('connectionfailed'));
      await page.click('#example');
      await page.locator('#map-unavailable').waitFor();
      assert.match(await page.locator('#map-unavailable').textContent(), new RegExp(L.word));
      await page.locator('#pairs[aria-busy="false"]').waitFor();
      await page.locator('.charts[aria-busy="false"] #chart-county').waitFor();
      assert.equal(await page.locator('#map[aria-busy="true"]').count(), 0, 'nothing said to be on its way');
      assert.equal(await page.locator('#download:not([disabled])').count(), 1, 'the results can be downloaded');
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('#map').scrollIntoViewIfNeeded();
      await page.locator('#map').screenshot({ path: `${SHOTS}/map-unavailable-${L.locale}.png` });
    } finally {
      await app.close();
    }
  });
}
