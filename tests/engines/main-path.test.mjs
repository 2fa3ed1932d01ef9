// The main path in three browser engines, each driven through its own WebDriver (ChromeDriver for Chromium,
// geckodriver for Firefox ESR, WebKitWebDriver for WebKitGTK, Safari's engine, under Xvfb): the example run; the
// national pair (357 offers, 1,302 needs) dropped and run; a pair forbidden; and each results JSON the page
// downloads equal, byte for byte, to the CLI's for the same files and veto. A failure in any engine fails the
// test command. Run by scripts/test.sh as `xvfb-run -a node --test tests/engines/` against build/e2e-dist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { startDriver, Session } from './webdriver.mjs';

const DIST = process.env.E2E_DIST ?? 'build/e2e-dist';
const OFFERS = resolve('tests/fixtures/samples/scale/tilbud_alle_357.csv');
const NEEDS = resolve('tests/fixtures/samples/scale/potreby_vsi_hromady.csv');
const which = (name) => { try { return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim(); } catch { return ''; } };
// Debian's WebKitGTK browser for automation (webkit2gtk-driver's WebKitWebDriver starts it).
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find(existsSync);

const ENGINES = [
  {
    name: 'Chromium',
    driver: () => startDriver(which('chromedriver'), (p) => [`--port=${p}`]),
    capabilities: { browserName: 'chrome', 'goog:chromeOptions': { binary: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic', '--window-size=1280,900'] } },
  },
  {
    name: 'Firefox ESR',
    driver: () => startDriver(which('geckodriver'), (p) => ['--port', String(p)]),
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: which('firefox-esr'), args: ['-headless', '-width=1280', '-height=900'],
      prefs: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, 'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false } } },
  },
  {
    name: 'WebKitGTK',
    driver: () => startDriver(which('WebKitWebDriver'), (p) => [`--port=${p}`]),
    capabilities: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
  },
];

const cli = (...args) => execFileSync('cargo', ['run', '--quiet', '--bin', 'kommunematch', '--', 'match', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** Keeps every file the page offers for download (the Blob it makes a URL of) instead of saving it. */
async function keepDownloads(s) {
  await s.run(`
    window.__saved = [];
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => { window.__saved.push(blob); return make(blob); };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () { if (!this.download) click.call(this); };`);
}

/** Clicks a download button; gives the file's text. */
async function download(s, css) {
  const before = await s.run('return window.__saved.length;');
  await s.click(css);
  await s.until(`window.__saved.length > ${before}`, `the download of ${css}`);
  return s.runAsync('return await window.__saved[window.__saved.length - 1].text();');
}

// The final results with everything in them drawn: the table, and the map and charts made after it (until they
// are, the table below them can still move, and a WebDriver click lands where the element was).
const FINAL = `document.querySelector('#results[data-preliminary="false"]') && !document.getElementById('running')
  && document.querySelector('#pairs[aria-busy="false"]') && !document.querySelector('#results [aria-busy="true"]')`;

async function opened(s, url) {
  await s.navigate(url);
  await s.until(`document.documentElement.dataset.ready === 'true'`, 'the app started');
  await keepDownloads(s);
}

for (const engine of ENGINES) {
  test(`${engine.name}: the example, the national pair, a veto; the page's JSON is the CLI's`, { timeout: 600000 }, async () => {
    const { server, url } = await startServer(DIST);
    const driver = await engine.driver();
    let s;
    try {
      s = await Session.start(driver.url, engine.capabilities);
      await s.setTimeouts(300000);
      // The example.
      await opened(s, url);
      await s.click('#example');
      await s.until(FINAL, 'the example\'s results');
      assert.equal(await download(s, '#download'), cli('--example'), `${engine.name}: the example's JSON`);

      // The national pair, dropped (chosen with the file input), run, one pair forbidden.
      await opened(s, url);
      await s.type('#file-input', `${OFFERS}\n${NEEDS}`);
      await s.until(`document.querySelector('.counts[data-rows="357"]') && document.querySelector('.counts[data-rows="1302"]')`, 'both files reported');
      await s.click('#run');
      await s.until(FINAL, 'the national results');
      const rows = await s.run(`return document.querySelectorAll('#pairs tbody tr').length;`);
      assert.ok(rows > 400, `${rows} pairs shown`);
      const [offer, need] = await s.run(`const r = document.querySelector('#pairs tbody tr[data-locked="false"]'); return [r.dataset.offer, r.dataset.need];`);
      await s.click(`#pairs tr[data-offer="${offer}"][data-need="${need}"] button[data-action="veto"]`);
      await s.until(`!document.querySelector('#pairs tr[data-offer="${offer}"][data-need="${need}"]') && ${FINAL}`, 'the results without the forbidden pair');
      const dir = mkdtempSync(join(tmpdir(), 'km-engines-'));
      writeFileSync(join(dir, 'vetoes.csv'), `offer_id,need_id\n${offer},${need}\n`);
      const page = await download(s, '#download');
      assert.equal(page, cli('--offers', OFFERS, '--needs', NEEDS, '--vetoes', join(dir, 'vetoes.csv')), `${engine.name}: the national JSON with a veto`);
    } finally {
      await s?.quit();
      driver.stop();
      server.close();
    }
  });
}
