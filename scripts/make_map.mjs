// Makes the map's outlines (static/outlines.json) from Natural Earth (public domain), as the npm package
// world-atlas (pinned in package.json) carries it: Norway and Ukraine, and faintly the countries around them,
// each drawn in its own panel (Mercator), clipped to the panel and simplified (Douglas–Peucker) to a small
// asset. Coordinates are in the map's SVG units, in tenths, as integers. Crimea is drawn as part of Ukraine.
//
// Usage: npm ci && node scripts/make_map.mjs   (prints the points drawn off their coordinate, and how far)
import { readFileSync, writeFileSync } from 'node:fs';

const SOURCE = 'node_modules/world-atlas/countries-10m.json';
const OUT = 'static/outlines.json';
const TOLERANCE = 0.35; // SVG units (the map is 1000 wide)

// The panels: Norway on the left (tall), Ukraine at the bottom right (wide); the pairs run between them.
const PANELS = [
  { id: 'no', lon0: 4.0, lon1: 31.6, lat0: 57.75, lat1: 71.3, x: 0, y: 0, w: 470 },
  { id: 'ua', lon0: 22.0, lon1: 40.4, lat0: 44.2, lat1: 52.5, x: 500, y: 0, w: 500 },
];
// ISO 3166 numeric codes: the country of each panel, and its neighbours drawn faintly.
const COUNTRIES = [
  { iso: '578', panel: 'no', main: true },
  { iso: '752', panel: 'no' }, { iso: '246', panel: 'no' }, { iso: '643', panel: 'no' }, { iso: '208', panel: 'no' },
  { iso: '804', panel: 'ua', main: true },
  { iso: '616', panel: 'ua' }, { iso: '112', panel: 'ua' }, { iso: '498', panel: 'ua' }, { iso: '642', panel: 'ua' },
  { iso: '703', panel: 'ua' }, { iso: '348', panel: 'ua' }, { iso: '643', panel: 'ua' }, { iso: '100', panel: 'ua' },
  { iso: '440', panel: 'ua' }, { iso: '428', panel: 'ua' }, { iso: '688', panel: 'ua' }, { iso: '203', panel: 'ua' },
];

const mercY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);
for (const p of PANELS) {
  p.scale = p.w / (p.lon1 - p.lon0);
  p.h = Math.round((mercY(p.lat1) - mercY(p.lat0)) * p.scale * 10) / 10;
}
// Ukraine sits at the bottom, level with southern Norway.
const height = PANELS[0].h;
PANELS[1].y = Math.round((height - PANELS[1].h) * 10) / 10;
const project = (p, [lon, lat]) => [p.x + (lon - p.lon0) * p.scale, p.y + (mercY(p.lat1) - mercY(lat)) * p.scale];

// TopoJSON: arcs quantised and delta-encoded.
const topo = JSON.parse(readFileSync(SOURCE, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = (ids) => ids.flatMap((id, k) => {
  const a = id < 0 ? [...arcs[~id]].reverse() : arcs[id];
  return k === 0 ? a : a.slice(1);
});
const byIso = new Map(topo.objects.countries.geometries.map((g) => [g.id, g]));

// Crimea is Ukraine (UN General Assembly resolution 68/262; Norway's position). Natural Earth's default view
// draws it inside Russia: its polygons (Crimea, with Sevastopol) are moved to Ukraine here.
const CRIMEA = [[34.1, 44.95], [33.52, 44.6]]; // Simferopol, Sevastopol
const ringContains = (r, [x, y]) => {
  let c = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i], [xj, yj] = r[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
};
const isCrimea = (poly) => CRIMEA.some((pt) => ringContains(ring(poly[0]), pt));
const own = (g) => {
  const all = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  if (g.id === '643') return all.filter((poly) => !isCrimea(poly));
  if (g.id === '804') return [...all, ...byIso.get('643').arcs.filter(isCrimea)];
  return all;
};

// Sutherland–Hodgman against the panel's rectangle.
function clip(points, p) {
  const edges = [
    [(q) => q[0] >= p.x, (a, b) => cut(a, b, 0, p.x)],
    [(q) => q[0] <= p.x + p.w, (a, b) => cut(a, b, 0, p.x + p.w)],
    [(q) => q[1] >= p.y, (a, b) => cut(a, b, 1, p.y)],
    [(q) => q[1] <= p.y + p.h, (a, b) => cut(a, b, 1, p.y + p.h)],
  ];
  let out = points;
  for (const [inside, at] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(at(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(at(prev, cur));
    }
    if (out.length === 0) break;
  }
  return out;
}
function cut(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [v, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), v];
}
// Douglas–Peucker on a closed ring.
function simplify(points, tol) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const [ax, ay] = points[i], [bx, by] = points[j];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    let best = -1, at = -1;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = points[k];
      const d = len === 1 && bx === ax && by === ay ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > best) { best = d; at = k; }
    }
    if (best > tol) { keep[at] = 1; stack.push([i, at], [at, j]); }
  }
  return points.filter((_, k) => keep[k]);
}
const area = (r) => Math.abs(r.reduce((s, [x, y], i) => { const [x2, y2] = r[(i + 1) % r.length]; return s + x * y2 - x2 * y; }, 0)) / 2;

const out = { source: 'Natural Earth 1:10m admin 0 countries (public domain), via the npm package world-atlas 2.0.2; made by scripts/make_map.mjs', panels: PANELS.map(({ id, lon0, lon1, lat0, lat1, x, y, w, h }) => ({ id, lon0, lon1, lat0, lat1, x, y, w, h })), countries: [] };
for (const c of COUNTRIES) {
  const g = byIso.get(c.iso);
  const p = PANELS.find((q) => q.id === c.panel);
  const rings = [];
  for (const poly of own(g).map((rings) => rings.map(ring))) {
    for (const r of poly) {
      // A ring that crosses the antimeridian (Russia's) is unwrapped east of it, so that it does not wrap
      // around the whole panel; its far east then falls outside the panel and is clipped away.
      const wraps = r.some((pt, k) => k > 0 && Math.abs(pt[0] - r[k - 1][0]) > 180);
      const ll = wraps ? r.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : r;
      const clipped = clip(ll.map((pt) => project(p, pt)), p);
      if (clipped.length < 3) continue;
      // Islands smaller than a speck are left out of the neighbours; Norway and Ukraine keep every island.
      if (!c.main && area(clipped) < 4) continue;
      const s = simplify([...clipped, clipped[0]], TOLERANCE).slice(0, -1);
      const pts = s.length >= 3 ? s : clipped;
      rings.push(pts.flatMap(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]));
    }
  }
  if (rings.length) out.countries.push({ iso: c.iso, name: g.properties.name, panel: c.panel, main: !!c.main, rings });
}
// Every municipality and community of the gazetteer must be drawn inside its country. A few centres lie on
// the water's edge, just outside Natural Earth's generalised coast (or on islands too small for it): they are
// drawn at the nearest point inside the outline, and the asset lists them with how far they moved.
const inside = (rings, [x, y]) => {
  let c = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [r[i] / 10, r[i + 1] / 10, r[j] / 10, r[j + 1] / 10];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
};
function nearestInside(rings, q) {
  let best = null;
  for (const r of rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const a = [r[j] / 10, r[j + 1] / 10], b = [r[i] / 10, r[i + 1] / 10];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const t = Math.max(0, Math.min(1, ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
      const p = [a[0] + t * dx, a[1] + t * dy];
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      if (!best || d < best.d) best = { d, p, a, b };
    }
  }
  // The point inside nearest to the boundary point: tried around it in 32 directions, a little further
  // each round.
  for (const step of [0.15, 0.3, 0.5, 0.8, 1.2, 2, 3]) {
    let found = null;
    for (let k = 0; k < 32; k++) {
      const raw = [best.p[0] + Math.cos((k * Math.PI) / 16) * step, best.p[1] + Math.sin((k * Math.PI) / 16) * step];
      const c = raw.map((v) => Math.round(v * 10) / 10); // as stored
      const d = Math.hypot(c[0] - q[0], c[1] - q[1]);
      if (inside(rings, c) && (!found || d < found.d)) found = { c, d };
    }
    if (found) return found.c;
  }
  return null;
}
const unproject = (p, [x, y]) => {
  const lon = p.lon0 + (x - p.x) / p.scale;
  const m = mercY(p.lat1) - (y - p.y) / p.scale;
  return [lon, (Math.atan(Math.exp((m * Math.PI) / 180)) * 360) / Math.PI - 90];
};
const km = ([lon1, lat1], [lon2, lat2]) => {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
out.moved = {};
for (const [panel, file] of [['no', 'src/engine/gazetteer/no_kommuner_2025.csv'], ['ua', 'src/engine/gazetteer/ua_hromady_2022.csv']]) {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  const p = PANELS.find((q) => q.id === panel);
  const main = out.countries.find((c) => c.panel === panel && c.main);
  let moved = 0, far = 0, islands = 0;
  for (const f of lines.map((l) => l.split(','))) {
    const ll = [Number(f[cols.indexOf('lon')]), Number(f[cols.indexOf('lat')])];
    const q = project(p, ll);
    if (inside(main.rings, q)) continue;
    const c = nearestInside(main.rings, q);
    const d = c ? km(ll, unproject(p, c)) : Infinity;
    if (d > 3) {
      // An island too small for Natural Earth: drawn as a speck of land at its own coordinate.
      const speck = [];
      for (let k = 0; k < 8; k++) speck.push(Math.round((q[0] + Math.cos((k * Math.PI) / 4) * 0.9) * 10), Math.round((q[1] + Math.sin((k * Math.PI) / 4) * 0.9) * 10));
      main.rings.push(speck);
      islands += 1;
      console.log(`  ${panel} ${f[0]} ${f[1]}: an island too small for the outline, drawn as a speck (land ${d === Infinity ? 'not' : d.toFixed(1) + ' km'} away)`);
      continue;
    }
    out.moved[f[0]] = [Math.round(c[0] * 10), Math.round(c[1] * 10)];
    if (!inside(main.rings, [out.moved[f[0]][0] / 10, out.moved[f[0]][1] / 10])) throw new Error(`${f[1]}: rounding left it outside`);
    moved += 1;
    far = Math.max(far, d);
    console.log(`  ${panel} ${f[0]} ${f[1]}: drawn ${d.toFixed(1)} km from its coordinate`);
  }
  console.log(`${panel}: ${lines.length} points, ${moved} drawn at the nearest point inside the outline (at most ${far.toFixed(1)} km away), ${islands} islands added as specks`);
}
writeFileSync(OUT, JSON.stringify(out));
console.log(`${OUT}: ${(JSON.stringify(out).length / 1024).toFixed(0)} KB, ${out.countries.reduce((n, c) => n + c.rings.length, 0)} rings`);
