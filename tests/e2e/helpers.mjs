// Shared set-up for the end-to-end tests: serve the built app, start Debian's Chromium headless through
// playwright-core, and record every request the page makes.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { startServer } from '../../scripts/serve.mjs';

export const DIST = process.env.E2E_DIST ?? 'dist';
export const SHOTS = 'build/screenshots';

const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core in the page (injected through the DevTools protocol, so it makes no request and needs no
 * change to the page's Content-Security-Policy) and returns the serious and critical violations, of the whole
 * page or of the element `within` (a CSS selector).
 */
export async function axeViolations(page, within = null) {
  await page.evaluate(`${AXE}; 0`);
  const result = await page.evaluate(async (within) => {
    const scope = within ? document.querySelector(within) : document;
    // eslint-disable-next-line no-undef
    const r = await axe.run(scope, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, within);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Starts Debian's Chromium headless with the flags that keep it quiet on this closed network. */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}

/**
 * Records every request made in the page's browser context (the page, its workers and any popup), every
 * WebSocket opened, and every error logged: `requests` holds their URLs, `errors` the messages.
 */
export function watch(page) {
  const requests = [];
  const errors = [];
  const context = page.context();
  context.on('request', (r) => requests.push(r.url()));
  const onPage = (p) => {
    p.on('websocket', (ws) => requests.push(ws.url()));
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  };
  onPage(page);
  context.on('page', onPage);
  return { requests, errors };
}

/** Waits until no request has been recorded for `ms` milliseconds (at most `max`): the network is quiet. */
export async function quiet(requests, ms = 1500, max = 15000) {
  const start = Date.now();
  let seen = requests.length;
  let since = Date.now();
  while (Date.now() - since < ms && Date.now() - start < max) {
    await new Promise((r) => setTimeout(r, 100));
    if (requests.length !== seen) {
      seen = requests.length;
      since = Date.now();
    }
  }
}

/** Starts the server and the browser; returns { url, browser, page, requests, close }. */
export async function open(options = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const { server, url } = await startServer(options.dist ?? DIST);
  const browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true, locale: options.locale ?? 'en-GB', viewport: { width: 1280, height: 900 }, serviceWorkers: options.serviceWorkers ?? 'allow' });
  const page = await context.newPage();
  const { requests, errors } = watch(page);
  await page.goto(url);
  await page.locator('#example').waitFor();
  return {
    url, browser, context, page, requests, errors,
    async close() { await browser.close(); server.close(); },
  };
}

/** The requests that did not go to the app's own origin (data: and blob: URLs made by the page are local). */
export function foreign(requests, url) {
  const origin = new URL(url).origin;
  return requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).origin !== origin);
}

// The committed results schema, compiled once by an independent validator (ajv).
const RESULTS_SCHEMA = JSON.parse(readFileSync('docs/schema/results-1.schema.json', 'utf8'));
// schemars names the integer widths as formats (`int64`, `uint32`…): known here, their ranges are in the
// schema's `minimum` where it matters.
const WIDTHS = Object.fromEntries(['int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64'].map((f) => [f, true]));
const checkResults = new Ajv2020({ allErrors: true, strict: false, formats: WIDTHS }).compile(RESULTS_SCHEMA);

/** The errors of a results JSON text against `docs/schema/results-1.schema.json` ([] when it validates). */
export function schemaErrors(text) {
  return checkResults(JSON.parse(text)) ? [] : checkResults.errors.map((e) => `${e.instancePath}: ${e.message}`);
}

/** The app's own files, as served: the only ones the page may request or keep for offline use. */
export const APP_FILES = ['/', '/index.html', '/static/style.css', '/static/boot.js', '/pkg/kommunematch-web.js',
  '/pkg/kommunematch-web_bg.wasm', '/static/outlines.json', '/sw.js', '/manifest.webmanifest', '/static/icon.svg'];

/** Waits until the service worker keeps the app's files and controls the page; gives the kept files' paths. */
export async function keptForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(async () => {
    const kept = [];
    for (const key of await caches.keys()) {
      for (const r of await (await caches.open(key)).keys()) kept.push(`${key} ${new URL(r.url).pathname}`);
    }
    return kept.sort();
  });
}
