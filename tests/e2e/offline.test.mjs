// Installable, and offline after one visit: the manifest is the page's; after one visit the service worker
// keeps the app's own files (and nothing else, before and after a visit with files, results and downloads);
// with the connection gone the page opens again and the example runs to pairs; a new release waits beside the
// old one, is announced in the page's language, and takes over when asked, its old cache removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, keptForOffline, APP_FILES, DIST, SHOTS } from './helpers.mjs';

test('after one visit the page works with no connection, keeping only its own files', async () => {
  const app = await open({ locale: 'nb-NO' });
  try {
    const { page, context, url } = app;
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel=manifest]');
      return (await fetch(link.href)).json();
    });
    assert.equal(manifest.name, 'kommunematch');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
    const kept = await keptForOffline(page);
    assert.deepEqual(kept.map((k) => k.split(' ')[1]).sort(), APP_FILES.filter((f) => f !== '/index.html' && f !== '/sw.js').sort());
    assert.equal(new Set(kept.map((k) => k.split(' ')[0])).size, 1, 'one cache, of this release');

    // A visit: a file dropped, a run, a download. The cache holds what it held.
    await page.setInputFiles('#file-input', ['tests/fixtures/samples/demo/' + 'tilbud_kommuner_msforms.xlsx']);
    await page.locator('li.file').first().waitFor();
    await page.click('#example');
    await page.locator('#results[data-preliminary="false"]').waitFor();
    await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.deepEqual(await keptForOffline(page), kept, 'no dropped file, no results kept');

    // The connection gone: the page opens again, and the example runs to pairs.
    await context.setOffline(true);
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await page.click('#example');
    await page.locator('#pairs tbody tr').first().waitFor();
    assert.ok(await page.locator('#pairs tbody tr').count() > 50);
    await page.screenshot({ path: `${SHOTS}/offline-nb.png` });
    assert.equal(new URL(page.url()).origin, new URL(url).origin);
  } finally {
    await app.close();
  }
});

test('a new release is announced in the page\'s language and takes over when asked', async () => {
  // A copy of the build, so that its release can change under the page.
  const dist = mkdtempSync(join(tmpdir(), 'km-release-'));
  cpSync(DIST, dist, { recursive: true });
  rmSync(join(dist, 'sw.js.br'), { force: true });
  rmSync(join(dist, 'sw.js.gz'), { force: true });
  const app = await open({ locale: 'uk-UA', dist });
  try {
    const { page } = app;
    const first = await keptForOffline(page);
    assert.ok(await page.locator('#update').isHidden(), 'no notice on the first visit');
    // The next release: another version of the service worker.
    const sw = join(dist, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*';/, "const VERSION = 'next';"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.locator('#update');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Нова версія kommunematch готова/);
    await page.screenshot({ path: `${SHOTS}/update-uk.png` });
    await Promise.all([page.waitForEvent('load'), page.click('#update-now')]);
    await page.locator('html[data-ready="true"]').waitFor();
    const now = await keptForOffline(page);
    assert.ok(now.every((k) => k.startsWith('kommunematch-next ')), `only the new release kept: ${now}`);
    assert.equal(now.length, first.length);
  } finally {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  }
});
