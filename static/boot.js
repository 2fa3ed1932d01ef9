// Loads the app from this site only: the wasm-bindgen glue (as text) and the compiled wasm module. Both are
// kept in memory to start the background worker from a blob URL, so no request is made after the app has
// loaded. The single-file build (scripts/build-single.mjs) inlines the same start() with both embedded.

// --- start (shared with the single-file build) ---
async function start(glue, module) {
  // The way out of a stopped app: plain script, so it works after the wasm instance has trapped.
  const reload = document.getElementById('reload');
  reload.addEventListener('click', () => location.reload());
  // A trap that is not a panic (memory exhausted, an abort) never reaches the panic hook: any WebAssembly
  // error that escapes shows the same message, which the app keeps written in the page's language.
  const stopped = (err) => {
    const fatal = document.getElementById('fatal');
    if (!(err instanceof WebAssembly.RuntimeError) || !fatal.hidden || !document.documentElement.dataset.ready) return;
    document.getElementById('app').inert = true;
    fatal.hidden = false;
    reload.focus();
  };
  addEventListener('error', (e) => stopped(e.error));
  addEventListener('unhandledrejection', (e) => stopped(e.reason));
  try {
    const url = URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }));
    const app = await import(url);
    globalThis.kommunematchWorker = { glue, module };
    // For the end-to-end test of the panic hook (tests/e2e/robustness.test.mjs): stops this tab's app only.
    globalThis.kommunematchSelfTest = { panic: () => app.selfTestPanic(), abort: () => app.selfTestAbort() };
    // For bench/browser.mjs: the engine timed inside this page, on bytes the benchmark gives it.
    globalThis.kommunematchBench = (offers, needs) => app.benchEngine(offers, needs);
    await app.default({ module_or_path: module });
    document.documentElement.dataset.ready = 'true';
  } catch (e) {
    document.getElementById('fatal-text').textContent =
      'kommunematch could not start in this browser (' + e + '). A current Chrome, Edge, Firefox or Safari is needed.';
    document.getElementById('fatal').hidden = false;
  }
}
// --- end start ---

const base = new URL('../pkg/', import.meta.url);
const wasm = new URL('kommunematch-web_bg.wasm', base);
const whole = () => fetch(wasm).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
const [glue, module] = await Promise.all([
  fetch(new URL('kommunematch-web.js', base)).then((r) => r.text()),
  // Compiled while it arrives (a slow line's wait is the download, not the download and then the compiling);
  // whole where the browser cannot or the host sends another content type.
  WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(wasm)).catch(whole) : whole(),
]);
await start(glue, module);
keepForOffline();

// The app's own files kept by a service worker (static/sw.js) for use with no connection after this visit. A new
// release's worker waits beside the old: the page says so (in its language, `#update`) and, when asked, lets it
// take over and opens the page again with it. Not on a page opened from disk (the single-file build is whole).
function keepForOffline() {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  let asked = false;
  const offer = (worker) => {
    if (!worker || !navigator.serviceWorker.controller) return;
    const box = document.getElementById('update');
    box.hidden = false;
    document.getElementById('update-now').addEventListener('click', () => { asked = true; worker.postMessage('take-over'); });
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => { if (asked) location.reload(); });
  navigator.serviceWorker.register('sw.js').then((registration) => {
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => { if (worker.state === 'installed') offer(worker); });
    });
  }).catch(() => {});
}
