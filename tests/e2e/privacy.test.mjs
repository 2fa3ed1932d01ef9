// Private and offline: every request of a full visit is recorded; only the app's own static files are
// ever fetched, and nothing at all after the app has loaded (and kept its files for offline use); nothing is
// stored but those files; and the single-file build does the same visit opened from disk with the network off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { open, launchBrowser, watch, quiet, keptForOffline, APP_FILES, DIST, SHOTS } from './helpers.mjs';

const local = (u) => u.startsWith('blob:') || u.startsWith('data:');

/**
 * A full visit: drop files, correct a column (read again), match, forbid and lock, export, open the
 * exported results again.
 */
async function visit(page) {
  const files = readdirSync('tests/fixtures/samples/variants').map((f) => `tests/fixtures/samples/variants/${f}`);
  await page.setInputFiles('#file-input', files);
  await page.locator('li.file').nth(4).waitFor();
  // A correction: the first file's first column is ignored, then read as recognised again.
  const column = page.locator('li.file').first().locator('table select').first();
  await page.locator('li.file').first().locator('details summary').first().click();
  await column.selectOption('ignore');
  await page.waitForFunction(() => !document.querySelector('li.file[data-reading=true]'));
  await column.selectOption('auto');
  await page.waitForFunction(() => !document.querySelector('li.file[data-reading=true]'));
  await page.click('#run');
  await page.locator('#pairs tbody tr').first().waitFor();
  await page.locator('#pairs tbody tr[data-locked=false] button', { hasText: 'Forbid' }).first().click();
  await page.locator('#diff').waitFor();
  await page.locator('#pairs tbody tr[data-locked=false] button', { hasText: 'Lock' }).first().click();
  await page.locator('#pairs tbody tr[data-locked=true]').first().waitFor();
  const saved = [];
  for (const id of ['#download', '#download-csv', '#download-xlsx']) {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    saved.push(await d.path());
  }
  const summary = await page.locator('.summary').innerText();
  await page.setInputFiles('#file-input', [saved[0]]);
  await page.locator('.run-from-file').waitFor();
  assert.equal(await page.locator('.summary').innerText(), summary, 'the saved results open as they were');
}

test('served: only the app\'s own static files, none after loading but the map\'s outlines, nothing stored but them', async () => {
  const app = await open();
  try {
    const { page, requests } = app;
    await page.locator('html[data-ready=true]').waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const kept = await keptForOffline(page);
    await quiet(requests);
    const loaded = requests.length;
    await visit(page);
    await quiet(requests);
    const origin = new URL(app.url).origin;
    for (const r of requests.filter((u) => !local(u))) {
      const u = new URL(r);
      assert.equal(u.origin, origin, `${r}: another origin`);
      assert.ok(APP_FILES.includes(u.pathname), `${r}: not one of the app's static files`);
    }
    // After loading, only the map's outlines, once, when the first map is wanted (from the offline cache).
    const later = requests.slice(loaded).filter((u) => !local(u));
    assert.deepEqual(later, later.length ? [`${origin}/static/outlines.json`] : [], 'no request after the app has loaded but the outlines');
    assert.equal(page.workers().length, 1, 'matching ran in the worker');
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      cookie: document.cookie,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, idb: 0, cookie: '' }, 'nothing stored');
    assert.deepEqual(await keptForOffline(page), kept, 'the offline cache holds what it held before the visit');
    assert.ok(kept.every((k) => APP_FILES.includes(k.split(' ')[1])), `only the app's files kept: ${kept}`);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('single file: the same visit from disk over file:// with the network off', async () => {
  const out = resolve('build/single/kommunematch.html');
  execFileSync('node', ['scripts/build-single.mjs', DIST, out]);
  const page_html = readFileSync(out, 'utf8');
  assert.ok(!/(src|href)="(static|pkg)\//.test(page_html), 'no separate file referenced');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ offline: true, acceptDownloads: true, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const { requests, errors } = watch(page);
    await page.goto(`file://${out}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    // The browser refuses a worker on a file:// page: the page hears so and matches on its own thread.
    await page.waitForFunction(() => document.documentElement.dataset.worker === 'none');
    await page.click('#example'); // start from the example, then the full visit on other files
    await visit(page);
    await quiet(requests);
    // The map's outlines come from the page's own data block.
    await page.locator('#map path[data-country="ua"]').waitFor({ state: 'attached' });
    await page.screenshot({ path: `${SHOTS}/single-file-offline.png` });
    assert.deepEqual(requests.filter((u) => !local(u) && u !== `file://${out}`), [], 'no request but the file itself');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

/** The Content-Security-Policy of a page's HTML: its directives by name. */
function policy(html) {
  const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  assert.ok(m, 'a Content-Security-Policy meta tag');
  return Object.fromEntries(m[1].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
}

test('the Content-Security-Policy is in both builds and blocks a foreign fetch and an inline script', async () => {
  const out = resolve('build/single/kommunematch.html');
  execFileSync('node', ['scripts/build-single.mjs', DIST, out]);
  for (const [name, html] of [['served', readFileSync(`${DIST}/index.html`, 'utf8')], ['single file', readFileSync(out, 'utf8')]]) {
    const p = policy(html);
    assert.deepEqual(p['default-src'], ["'none'"], `${name}: default-src`);
    assert.ok(!p['connect-src'].some((s) => /^(https?:|\*|wss?:)/.test(s)), `${name}: no other origin to connect to`);
    assert.ok(!p['script-src'].includes("'unsafe-inline'") && !p['script-src'].includes("'unsafe-eval'"), `${name}: no inline code`);
    assert.deepEqual(p['form-action'], ["'none'"], `${name}: form-action`);
  }
  const app = await open();
  try {
    const { page } = app;
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const seen = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let fetched = 'no';
      try {
        await fetch('https://example.org/kommunematch-csp-check');
        fetched = 'yes';
      } catch {
        fetched = 'blocked';
      }
      const s = document.createElement('script');
      s.textContent = 'window.kommunematchInline = true;';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 300));
      return { violations, fetched, inline: window.kommunematchInline === true };
    });
    assert.equal(seen.fetched, 'blocked');
    assert.equal(seen.inline, false, 'the inline script did not run');
    assert.ok(seen.violations.some((v) => v.startsWith('connect-src')), `connect-src violation: ${seen.violations}`);
    assert.ok(seen.violations.some((v) => v.startsWith('script-src')), `script-src violation: ${seen.violations}`);
  } finally {
    await app.close();
  }
});
