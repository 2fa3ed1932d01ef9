let kmReady = null;
// Until its first real message, a fresh worker runs the built-in example through the steps of a reading and a
// run (workerWarmUp), one step a task: the browser compiles the module's code as it is first called, and that
// is then done before the coordinator's first file. A message stops it (a step at most runs first).
let warming = false;
const warmUp = (step) => {
  if (!warming) return;
  let json;
  try {
    json = workerWarmUp(step);
  } catch (err) {
    warming = false;
    // A trapped instance may refuse this call too; the failure is said either way.
    try { workerWarmEnd(); } catch {}
    self.postMessage({ warm: 'failed', error: String(err), crashed: err instanceof WebAssembly.RuntimeError });
    return;
  }
  if (json === undefined) {
    warming = false;
    self.postMessage({ warm: 'done' });
    return;
  }
  json.warm = 'step';
  self.postMessage(json, [(json.read || json.json).buffer]);
  setTimeout(() => warmUp(step + 1), 0);
};
self.onmessage = async (e) => {
  const m = e.data;
  if (m && m.module) {
    kmReady = __wbg_init({ module_or_path: m.module });
    kmReady.then(() => {
      self.postMessage({ ready: true });
      if (m.warm) {
        warming = true;
        setTimeout(() => warmUp(0), 0);
      }
    }, (err) => self.postMessage({ ready: false, error: String(err) }));
    return;
  }
  if (warming) {
    warming = false;
    workerWarmEnd();
  }
  // An end-to-end test may slow the worker down (each progress report waits this long), to see the progress
  // and stop the work at leisure on a fast machine.
  const slow = (m && m.selfTestSlow) || 0;
  const wait = () => { const end = Date.now() + slow; while (Date.now() < end) {} };
  try {
    await kmReady;
    if (m.keep) {
      workerKeep(m.keep);
    } else if (m.read) {
      const r = m.read;
      const progress = (p) => { self.postMessage({ key: r.key, gen: r.gen, progress: p }); wait(); };
      const read = workerRead(r.key, r.name, r.bytes, r.side, r.preset, progress);
      self.postMessage({ key: r.key, gen: r.gen, read }, [read.buffer]);
    } else {
      if (m.selfTestPanic) selfTestPanic();
      const progress = (p) => { self.postMessage({ id: m.id, progress: p }); wait(); };
      const preliminary = (json) => self.postMessage({ id: m.id, preliminary: json }, [json.buffer]);
      const json = matchFiles(m.keys, m.names, m.sides, m.files, m.preset, m.settings, m.previous, progress, preliminary);
      self.postMessage({ id: m.id, json }, [json.buffer]);
    }
  } catch (err) {
    // A trap (a panic aborts) leaves this instance unusable: the page replaces the worker.
    self.postMessage({ id: m.id, key: m.read && m.read.key, error: String(err), crashed: err instanceof WebAssembly.RuntimeError });
  }
};
