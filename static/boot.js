// Loads the WebAssembly app from this site's own origin. No other request is made.
import init from '../pkg/kommunematch-web.js';

init({ module_or_path: new URL('../pkg/kommunematch-web_bg.wasm', import.meta.url) }).catch((e) => {
  const el = document.getElementById('fatal');
  el.textContent = 'kommunematch could not start in this browser (' + e + '). A current Chrome, Edge, Firefox or Safari is needed.';
  el.hidden = false;
});
