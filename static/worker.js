// The background worker: loads the same WebAssembly module as the page (from this site only) and runs
// the matching on the files the page sends. Nothing is stored; the answer goes back to the page only.
import init, { matchFiles } from '../pkg/kommunematch-web.js';

const ready = init({ module_or_path: new URL('../pkg/kommunematch-web_bg.wasm', import.meta.url) });

self.onmessage = async (e) => {
  const { id, names, sides, files, preset, settings, lang } = e.data;
  try {
    await ready;
    self.postMessage({ id, json: matchFiles(names, sides, files, preset, settings, lang) });
  } catch (err) {
    self.postMessage({ id, error: String(err) });
  }
};
