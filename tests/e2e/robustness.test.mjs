// When something goes wrong inside the app: a panic on the page shows a readable message and a working
// reload button (never a dead page); a panic in the background worker is reported and the next run works;
// every fuzz finding on a reader gets its clear error in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { open, foreign, axeViolations, SHOTS } from './helpers.mjs';

const PANIC = {
  'en-GB': ['kommunematch stopped because of an internal error', 'Reload the page'],
  'nb-NO': ['kommunematch stoppet på grunn av en intern feil', 'Last inn siden på nytt'],
  'uk-UA': ['kommunematch зупинився через внутрішню помилку', 'Перезавантажити сторінку'],
};

for (const [locale, [says, button]] of Object.entries(PANIC)) {
  test(`${locale}: a panic on the page shows a readable message and a reload button that brings the app back`, async () => {
    const app = await open({ locale });
    try {
      const { page } = app;
      await page.click('#example');
      await page.locator('li.file').nth(1).waitFor();
      assert.equal(await page.locator('#fatal').isVisible(), false);
      const thrown = await page.evaluate(() => {
        try { globalThis.kommunematchSelfTest.panic(); return 'no panic'; } catch (e) { return e.constructor.name; }
      });
      assert.equal(thrown, 'RuntimeError', 'the wasm instance aborts as a panic does in the release build');

      await page.locator('#fatal').waitFor({ state: 'visible' });
      assert.ok((await page.locator('#fatal-text').innerText()).startsWith(says));
      assert.equal(await page.locator('#fatal-text').getAttribute('role'), 'alert');
      assert.equal((await page.locator('#reload').innerText()).trim(), button);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'reload', 'the way out has the focus');
      assert.equal(await page.locator('#app').getAttribute('inert'), '', 'the stopped app cannot be used by mistake');
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: `${SHOTS}/robustness-panic-${locale}.png` });
      assert.ok(app.errors.some((e) => e.includes('self-test of the panic hook')), 'the panic is logged');

      // The button works with the keyboard and gives a working app again.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' && document.getElementById('example'));
      assert.equal(await page.locator('#fatal').isVisible(), false);
      assert.equal(await page.locator('#app').getAttribute('inert'), null);
      await page.click('#example');
      await page.click('#run');
      await page.locator('#pairs tbody tr').first().waitFor();
      assert.deepEqual(foreign(app.requests, app.url), []);
    } finally {
      await app.close();
    }
  });
}

test('a trap that is not a panic (as when memory runs out) shows the same message in the page language', async () => {
  const app = await open({ locale: 'uk-UA' });
  try {
    const { page } = app;
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    // From a timer, as a trap in an event handler would escape: nothing catches it but the page.
    await page.evaluate(() => { setTimeout(() => globalThis.kommunematchSelfTest.abort()); });
    await page.locator('#fatal').waitFor({ state: 'visible' });
    assert.ok((await page.locator('#fatal-text').innerText()).startsWith(PANIC['uk-UA'][0]));
    assert.equal((await page.locator('#reload').innerText()).trim(), PANIC['uk-UA'][1]);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reload');
    assert.equal(await page.locator('#app').getAttribute('inert'), '');
    await page.click('#reload');
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' && document.getElementById('example'));
    assert.equal(await page.locator('#fatal').isVisible(), false);
  } finally {
    await app.close();
  }
});

test('a panic in the background worker is reported in the page language, and the next run works', async () => {
  const app = await open({ locale: 'nb-NO' });
  try {
    const { page } = app;
    await page.waitForFunction(() => document.documentElement.dataset.worker === 'ready');
    await page.click('#example');
    await page.locator('li.file').nth(1).waitFor();
    // The example's own run and readings done first: a reading still in flight when the worker traps would
    // make the page take over and do the run itself (correctly), and there would be no error to see.
    await page.locator('#pairs tbody tr').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('li.file[data-reading=true]'));
    await page.evaluate(() => { globalThis.kommunematchSelfTest.panicInWorker = true; });
    await page.click('#run');
    const alert = page.locator('section[aria-labelledby=run-h] p.error');
    await alert.waitFor();
    assert.match(await alert.innerText(), /^Koblingen stoppet på grunn av en intern feil/);
    assert.equal(await page.locator('#fatal').isVisible(), false, 'the page itself goes on');
    assert.equal(await page.locator('#pairs tbody tr').count(), 0);

    await page.evaluate(() => { globalThis.kommunematchSelfTest.panicInWorker = false; });
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.equal(await alert.count(), 0, 'the message is gone after a good run');
    assert.equal(page.workers().length, 1, 'the stopped worker was replaced, not added to');
    assert.deepEqual(foreign(app.requests, app.url), []);
  } finally {
    await app.close();
  }
});

test('every fuzz finding on a reader gets its clear error in the browser', async () => {
  const app = await open();
  try {
    const { page } = app;
    const dir = 'tests/fixtures/fuzz';
    const files = readdirSync(dir);
    assert.ok(files.length > 0);
    await page.setInputFiles('#file-input', files.map((f) => `${dir}/${f}`));
    for (const name of files) {
      const li = page.locator('li.file', { has: page.locator('.file-name', { hasText: name }) });
      await li.waitFor();
      const text = await li.locator('p.error').innerText();
      assert.ok(text.startsWith(name) && text.includes('cannot be opened'), `${name}: ${text}`);
    }
    // The page goes on: the example still runs.
    await page.click('#example');
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('names whose case mapping changes their length, and JSON made to skip the limits: each file read or refused with its message, in the page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'km-hostile-'));
  execFileSync('python3', ['tests/make_hostile_inputs.py', dir]);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const app = await open();
  try {
    const { page } = app;
    const names = Object.keys(expected);
    await page.setInputFiles('#file-input', names.map((f) => join(dir, f)));
    for (const [name, says] of Object.entries(expected)) {
      const li = page.locator('li.file', { has: page.locator('.file-name', { hasText: name }) });
      await li.waitFor({ timeout: 30000 });
      if (says) {
        const text = await li.locator('p.error').innerText();
        assert.ok(text.startsWith(name) && text.includes(says), `${name}: ${text}`);
      } else {
        const rows = Number(await li.locator('p.counts').getAttribute('data-rows'));
        assert.ok(rows > 0, `${name}: read`);
      }
    }
    // The readable ones match: names with such characters reach scoring, explanations and the table.
    await page.click('#run');
    await page.locator('#pairs tbody tr').first().waitFor({ timeout: 30000 });
    const pairs = await page.locator('#pairs tbody').innerText();
    assert.ok(!pairs.includes('\u212A') && !pairs.includes('KOMMUNE'), 'suffixes in any case are stripped');
    assert.ok(!/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/.test(pairs), 'no invisible or bidi controls in names');
    assert.equal(await page.locator('#fatal').isVisible(), false);
    assert.deepEqual(app.errors, []);
    await page.locator('#pairs').scrollIntoViewIfNeeded();
    await page.locator('#pairs').screenshot({ path: `${SHOTS}/robustness-hostile-names-en-GB.png` });
  } finally {
    await app.close();
  }
});

test('names and ids written as markup are shown as text in the pairs table, in every row drawn and after a veto', async () => {
  // Names no official list knows are kept as written: whatever a survey holds reaches the table's rows, which
  // are set as HTML text (app::table_rows), so every character must come out as itself.
  const dir = mkdtempSync(join(tmpdir(), 'km-markup-'));
  const offerName = `<img src=x onerror="document.title='hacked'"> & "Bergen" 'q' </td></tr><tr><td>&amp;`;
  const needNames = ['<b>Бучанська</b> & "x"', "</tbody><script>document.title='hacked'</script>", 'A\r\nB &#13; <!-- c -->'];
  writeFileSync(join(dir, 'offers.json'), JSON.stringify({ kommunematch_input: 1, side: 'offers',
    rows: [{ municipality_name: offerName, areas: ['INF-WAT'], capacity: 3 }] }));
  writeFileSync(join(dir, 'needs.json'), JSON.stringify({ kommunematch_input: 1, side: 'needs',
    rows: needNames.map((n, i) => ({ community_name: n, katottg: `UA3208007000004368${i}`, urgent_needs: ['INF-WAT'], partners_wanted: 1 })) }));
  const app = await open({ locale: 'uk-UA' });
  try {
    const { page } = app;
    await page.setInputFiles('#file-input', [join(dir, 'offers.json'), join(dir, 'needs.json')]);
    await page.locator('.counts[data-rows="3"]').waitFor();
    await page.click('#run');
    await page.locator('#results[data-preliminary="false"] #pairs[aria-busy="false"]').waitFor();
    const rows = () => page.locator('#pairs tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      offer: tr.dataset.offer, need: tr.dataset.need, cells: tr.cells.length,
      names: [...tr.querySelectorAll('button.name')].map((b) => b.textContent),
    })));
    const shown = await rows();
    assert.equal(shown.length, 3);
    for (const r of shown) {
      assert.equal(r.cells, 6, 'no cell added or taken away by a name');
      assert.equal(r.names[0], offerName);
      assert.ok(needNames.some((n) => n.replace(/\r\n/, '\n') === r.names[1].replace(/\r\n/, '\n')), r.names[1]);
    }
    assert.equal(await page.locator('#pairs img, #pairs script, #pairs b').count(), 0, 'no element from a name');
    assert.notEqual(await page.title(), 'hacked');
    // A veto changes the rows one by one: still the names as written.
    await page.locator('#pairs tbody tr button[data-action="veto"]').first().click();
    await page.waitForFunction(() => document.querySelectorAll('#pairs tbody tr').length === 2
      && document.querySelector('#results[data-preliminary="false"]'));
    assert.deepEqual((await rows()).map((r) => r.names[0]), [offerName, offerName]);
    assert.equal(await page.locator('#pairs img, #pairs script, #pairs b').count(), 0);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

for (const locale of ['en-GB', 'nb-NO', 'uk-UA']) {
  test(`${locale}: the per-file report download carries no contact data unless the box under Share is ticked`, async () => {
    const app = await open({ locale });
    try {
      const { page } = app;
      const offers = 'tests/fixtures/offers_en_googleforms_12.csv';
      await page.setInputFiles('#file-input', [offers, 'tests/fixtures/needs_en_msforms_20.xlsx']);
      const li = page.locator('li.file', { has: page.locator('.file-name', { hasText: 'offers_en_googleforms_12.csv' }) });
      await li.locator('.report-download button').waitFor();
      const contacts = ['Lars Andersen', 'lars.andersen@sola.kommune.no', '+47 965 58 640'];
      assert.ok(contacts.every((c) => readFileSync(offers, 'utf8').includes(c)), 'the fixture has these contacts');
      const report = async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), li.locator('.report-download button').click()]);
        return readFileSync(await download.path(), 'utf8');
      };
      const without = await report();
      for (const c of contacts) assert.ok(!without.includes(c), `${c} left out`);
      assert.ok(!without.includes('@'), 'no e-mail address at all');
      assert.ok(JSON.parse(without).columns.some((c) => c.field === 'contact_email' && c.sample_withheld === 'personal_column'));
      if (locale === 'en-GB') {
        await li.locator('.report-download').scrollIntoViewIfNeeded();
        await li.screenshot({ path: `${SHOTS}/check-report-download-${locale}.png` });
      }
      assert.deepEqual(await axeViolations(page), []);

      await page.click('#run');
      await page.locator('#pairs tbody tr').first().waitFor();
      await page.check('#include-personal');
      const withData = await report();
      assert.ok(withData.includes('Lars Andersen') && withData.includes('@'), 'samples of the contact columns when chosen');
      await li.locator('.report-download').scrollIntoViewIfNeeded();
      await li.locator('.report-download').screenshot({ path: `${SHOTS}/check-report-download-personal-${locale}.png` });
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}

test('every file of tests/fixtures dropped at once: each one read or refused with its message, and the page goes on', async () => {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files.push(join(d, e.name));
    }
  };
  walk('tests/fixtures');
  assert.ok(files.length > 35, `${files.length} fixtures`);
  const app = await open();
  try {
    const { page } = app;
    await page.setInputFiles('#file-input', files);
    // A file of the same name as an earlier one replaces it (as a corrected export would).
    const distinct = new Set(files.map((f) => basename(f))).size;
    await page.waitForFunction((n) => document.querySelectorAll('li.file').length >= n, distinct, { timeout: 120000 });
    const entries = page.locator('li.file');
    for (let i = 0; i < await entries.count(); i += 1) {
      const li = entries.nth(i);
      const name = await li.locator('.file-name').innerText();
      const read = await li.locator('p.counts').count();
      const error = read ? '' : await li.locator('p.error').innerText();
      assert.ok(read === 1 || error.startsWith(name), `${name}: ${error}`);
    }
    assert.equal(await page.locator('#fatal').isVisible(), false);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
