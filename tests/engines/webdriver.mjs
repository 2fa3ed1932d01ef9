// A small W3C WebDriver client (the protocol every browser's driver speaks: ChromeDriver, geckodriver,
// WebKitWebDriver), on Node's own fetch: a driver started on a free port, a WebDriver session, and the few commands the
// main path needs. No dependency, so the same test drives the three engines the same way.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Starts a driver (`binary` with `args(port)`) and waits until it answers; gives { url, stop }. */
export async function startDriver(binary, args) {
  const port = await freePort();
  const proc = spawn(binary, args(port), { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  proc.stderr.on('data', (d) => { said = (said + d).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return { url, stop: () => proc.kill(), said: () => said };
    } catch { /* not yet */ }
    if (proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`${binary} did not start: ${said}`);
}

export class Session {
  constructor(driver, id) {
    this.base = `${driver}/session/${id}`;
  }

  /** A new session with these capabilities (`alwaysMatch`). */
  static async start(driver, capabilities) {
    const r = await fetch(`${driver}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
    });
    const body = await r.json();
    if (!r.ok) throw new Error(`new session: ${JSON.stringify(body.value)}`);
    return new Session(driver, body.value.sessionId);
  }

  async cmd(method, path, body) {
    const r = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const out = await r.json();
    if (!r.ok) throw new Error(`${method} ${path}: ${out.value?.error}: ${out.value?.message}`);
    return out.value;
  }

  navigate(url) { return this.cmd('POST', '/url', { url }); }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }

  /** Scrolls the element into view as a reader would (WebKitWebDriver's own scrolling does not reach into a box
   * that scrolls within the page), waits until it stays in place for two frames (a click lands where the element
   * is when it is sent) where it can be clicked, then clicks it as a user does. Scrolled again when it settles
   * out of reach: parts laid out only near the viewport (content-visibility) take their real size once scrolled
   * to, which moves what is below them. */
  async click(css) {
    const el = await this.find(css);
    await this.cmd('POST', '/execute/async', {
      script: `const [e, done] = arguments;
        e.scrollIntoView({ block: 'center', inline: 'nearest' });
        const until = performance.now() + 5000;
        let last = '', same = 0;
        const reachable = (r) => {
          const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return at !== null && (at === e || e.contains(at));
        };
        const look = () => {
          const r = e.getBoundingClientRect(), now = [r.x, r.y, r.width, r.height].join();
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 2 && !reachable(r) && performance.now() <= until) {
            e.scrollIntoView({ block: 'center', inline: 'nearest' });
            same = 0;
          }
          if (same >= 2 || performance.now() > until) done(); else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);`,
      args: [{ [ELEMENT]: el }],
    });
    return this.cmd('POST', `/element/${el}/click`, {});
  }

  async type(css, text) { return this.cmd('POST', `/element/${await this.find(css)}/value`, { text }); }

  /** Runs `script` (a function body; `arguments` its arguments) in the page and gives what it returns. */
  run(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }

  /** Runs an async function body (`return await …`) in the page. */
  runAsync(body) {
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        (async () => { ${body} })().then(done, (e) => done({ error: String(e) }));`,
      args: [],
    });
  }

  /** Waits until `expression` (evaluated in the page) is truthy; gives its value. */
  async until(expression, what, timeout = 60000) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.run(`return ${expression};`);
      if (v) return v;
      if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  setTimeouts(ms) { return this.cmd('POST', '/timeouts', { script: ms, pageLoad: ms, implicit: 0 }); }

  quit() { return fetch(this.base, { method: 'DELETE' }).catch(() => {}); }
}
