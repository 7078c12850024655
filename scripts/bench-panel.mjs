// The memory panel's speed in headless chromium (node scripts/bench-panel.mjs, after
// `npm run build`): a heap of about 10,000 objects in about 100,000 pymalloc blocks, made
// by the simulator (test/webview/fixtures.ts BIG_HEAP_PROGRAM). Measured, with each view on
// screen in turn: the first whole snapshot's render, and a panel update for one step (a
// delta checked, applied, the view redrawn, the frame rasterised), stepping forwards and
// back over the recorded stops. Budget: an update ≤ 50 ms.
//
// Two figures per update: wall time from the message to the next frame, and the CPU time
// the page spent on it (main thread + raster threads, from chromium's trace). On a shared,
// loaded machine the wall time grows with the load; the CPU time does not, and the budget
// is checked on it. `--runs N`: passes over the stops (default 3).
import { tsImport } from 'tsx/esm/api';

const BUDGET_MS = 50;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) || 3 : 3;

const { record, BIG_HEAP_PROGRAM, BIG_HEAP_FROM_LINE } = await tsImport('../test/webview/fixtures.ts', import.meta.url);
const { servePanel, launchBrowser, openPanel } = await tsImport('../test/webview/harness.ts', import.meta.url);
const { diffSnapshots } = await tsImport('../src/model/debug/snapshot_delta.ts', import.meta.url);

const t0 = Date.now();
const rec = record('big.py', BIG_HEAP_PROGRAM, { fromLine: BIG_HEAP_FROM_LINE, maxStops: 6 });
const snaps = rec.snapshots;
const last = snaps[snaps.length - 1];
const blocks = last.memory.arenas.reduce((n, a) => n + a.pools.reduce((m, p) => m + p.nblocks, 0), 0);
const deltas = [];
for (let i = 1; i < snaps.length; i++) deltas.push(diffSnapshots(snaps[i - 1], snaps[i]));
for (let i = snaps.length - 1; i > 0; i--) deltas.push(diffSnapshots(snaps[i], snaps[i - 1]));
const all = [];
for (let r = 0; r < runs; r++) all.push(...deltas);
console.log(`panel bench: ${last.objects.length.toLocaleString('en-US')} objects, ${blocks.toLocaleString('en-US')} blocks; ` +
  `${snaps.length} stops recorded in ${((Date.now() - t0) / 1000).toFixed(1)} s; snapshot ${(JSON.stringify(snaps[0]).length / 1e6).toFixed(1)} MB, ` +
  `a step's delta ${Math.round(deltas.reduce((n, d) => n + JSON.stringify(d).length, 0) / deltas.length / 1000)} kB on average`);

const server = await servePanel();
const browser = await launchBrowser();

/** Hands messages to the page (as VS Code's structured clone would have them), untimed. */
async function preload(page, messages) {
  await page.evaluate((ms) => { window.__bench = ms; }, messages);
}

/** In the page: each preloaded message dispatched as VS Code delivers it, then the next frame awaited. */
async function deliver(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const m of window.__bench) {
      const start = performance.now();
      window.dispatchEvent(new MessageEvent('message', { data: m }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - start);
    }
    return out;
  });
}

/** CPU ms of the renderer's main and raster threads while `f` runs (chromium's trace, thread clock). */
async function cpuDuring(page, f) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  const result = await f();
  await cdp.send('Tracing.end');
  await done;
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  let cpu = 0;
  for (const e of events) {
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
    // Top-level tasks only (every other event is inside one), on the page's main and raster threads.
    if (e.ph === 'X' && e.tdur !== undefined && e.name === 'ThreadControllerImpl::RunTask' &&
        (thread === 'CrRendererMain' || thread.startsWith('CompositorTileWorker'))) cpu += e.tdur / 1000;
  }
  return { result, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => `${x.toFixed(1)} ms`;
let worstCpu = 0;
try {
  for (const view of ['objects', 'gc', 'allocator', 'timeline']) {
    const p = await openPanel(browser, server, 'dark');
    if (view !== 'objects') await p.page.click(`[data-tab="${view}"]`);
    await p.send({ type: 'timeline', timeline: rec.timeline });
    await preload(p.page, [{ type: 'snapshot', snapshot: snaps[0] }]);
    const first = await cpuDuring(p.page, () => deliver(p.page));
    await preload(p.page, all.map((d) => ({ type: 'delta', delta: d })));
    const upd = await cpuDuring(p.page, () => deliver(p.page));
    const errors = await p.errors();
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const cpuPer = upd.cpu / all.length;
    worstCpu = Math.max(worstCpu, cpuPer);
    console.log(`  ${view.padEnd(9)} first render: ${fmt(first.result[0]).padStart(9)} wall, ${fmt(first.cpu).padStart(9)} CPU · ` +
      `update per step: ${fmt(cpuPer).padStart(8)} CPU, wall median ${fmt(median(upd.result))} (worst ${fmt(Math.max(...upd.result))}) over ${all.length}`);
    await p.page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`panel update budget ${BUDGET_MS} ms: ${worstCpu <= BUDGET_MS ? 'met' : 'EXCEEDED'} (slowest view: ${fmt(worstCpu)} CPU per update)`);
process.exitCode = worstCpu <= BUDGET_MS ? 0 : 1;
