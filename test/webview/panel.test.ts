// The memory panel's page in headless chromium (harness.ts), fed with what the real
// simulator makes of the examples: each view's DOM checked against the snapshot (ids,
// refcounts, arrows, gauges, block states), the layout's stability across steps and its
// sameness when a step is shown again, selection shared by all views, message validation,
// state restored after a reload, exports, themes (screenshots saved under .tmp/), an
// empty heap, a session that ends, and a heap of 10,000 objects in 100,000 blocks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { diffSnapshots } from '../../src/model/debug/snapshot_delta';
import type { HeapSnapshot, ObjectSnap } from '../../src/model/snapshot';
import { launchBrowser, openPanel, servePanel, type PanelPage, type PanelServer, type Theme } from './harness';
import { BIG_HEAP_FROM_LINE, BIG_HEAP_PROGRAM, record, recordFile, type Recording } from './fixtures';

const SHOTS = '.tmp/screenshots';
let server: PanelServer;
let browser: Browser;
const recordings = new Map<string, Recording>();
const rec = (file: string): Recording => {
  let r = recordings.get(file);
  if (r === undefined) recordings.set(file, (r = recordFile(file)));
  return r;
};

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePanel();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface NodeDom {
  id: number;
  transform: string;
  badge: string;
  classes: string;
}

async function objectNodes(page: Page): Promise<NodeDom[]> {
  return page.$$eval('[data-view="objects"] .ov-node:not([data-freed])', (els) => els.map((e) => ({
    id: Number(e.getAttribute('data-id')),
    transform: e.getAttribute('transform') ?? '',
    badge: e.querySelector('.ov-badge text')?.textContent ?? '',
    classes: e.getAttribute('class') ?? '',
  })));
}

async function edges(page: Page): Promise<{ from: string; to: number; slot: string }[]> {
  return page.$$eval('[data-view="objects"] .ov-edge', (els) => els.map((e) => ({ from: e.getAttribute('data-from') ?? '', to: Number(e.getAttribute('data-to')), slot: e.getAttribute('data-slot') ?? '' })));
}

const digits = (s: string): number => Number(s.replace(/[^0-9]/g, ''));

/** What the Objects view shows agrees with the snapshot. With `culled`, objects off screen are
 *  not in the DOM: only their arrows from the names are checked. */
async function checkObjects(p: PanelPage, s: HeapSnapshot, what: string, culled = false): Promise<Map<number, string>> {
  const byId = new Map<number, ObjectSnap>(s.objects.map((o) => [o.id, o]));
  const nodes = await objectNodes(p.page);
  const ids = new Set<number>();
  for (const n of nodes) {
    const o = byId.get(n.id);
    assert.ok(o !== undefined, `${what}: node ${n.id} is not in the snapshot`);
    assert.ok(!ids.has(n.id), `${what}: object ${n.id} drawn twice`);
    ids.add(n.id);
    assert.equal(digits(n.badge), o.ob_refcnt, `${what}: ${o.type} ${o.repr}: badge "${n.badge}" but ob_refcnt ${o.ob_refcnt}`);
  }
  const es = await edges(p.page);
  for (const f of s.frames) {
    for (const l of f.locals) {
      if (l.id === null) continue;
      if (!culled) assert.ok(ids.has(l.id), `${what}: the object of name ${l.name} is not drawn`);
      assert.ok(es.some((e) => e.from === `frame:${f.id}` && e.to === l.id && e.slot === l.name), `${what}: no arrow for name ${l.name}`);
    }
  }
  for (const e of es) {
    if (e.from.startsWith('frame:')) continue;
    const holder = byId.get(Number(e.from));
    assert.ok(holder?.refs.some((r) => r.to === e.to), `${what}: an arrow ${e.from} → ${e.to} that is no reference of the snapshot`);
  }
  const expected = new Map<number, string>();
  for (const n of nodes) expected.set(n.id, n.transform);
  return expected;
}

async function shoot(p: PanelPage, name: string): Promise<void> {
  await p.page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function start(r: Recording, theme: Theme = 'dark'): Promise<PanelPage> {
  const p = await openPanel(browser, server, theme);
  assert.deepEqual(await p.posted(), [{ type: 'ready' }], 'the page says ready first');
  await p.send({ type: 'theme', kind: theme === 'high-contrast' ? 'high-contrast' : theme });
  await p.send({ type: 'snapshot', snapshot: r.snapshots[0] });
  await p.send({ type: 'timeline', timeline: r.timeline });
  return p;
}

for (const file of ['examples/02_refcount.py', 'examples/04_gc.py']) {
  test(`objects view follows every step, keeps surviving objects in place, and redraws a step as it was: ${file}`, async () => {
    const r = rec(file);
    const p = await start(r);
    const positions: Map<number, string>[] = [await checkObjects(p, r.snapshots[0], 'stop 0')];
    let moved = 0, survivors = 0;
    for (let i = 0; i < r.deltas.length; i++) {
      await p.send({ type: 'delta', delta: r.deltas[i] });
      const now = await checkObjects(p, r.snapshots[i + 1], `stop ${i + 1}`);
      for (const [id, t] of now) {
        const before = positions[i].get(id);
        if (before === undefined) continue;
        survivors++;
        if (before !== t) moved++;
      }
      positions.push(now);
    }
    assert.ok(survivors > 10);
    assert.equal(moved, 0, `${moved} of ${survivors} surviving objects moved`);
    // Back through time (deltas backwards, as the session sends them): each stop as it was.
    for (let i = r.snapshots.length - 1; i > 0; i--) {
      await p.send({ type: 'delta', delta: diffSnapshots(r.snapshots[i], r.snapshots[i - 1]) });
      const again = await checkObjects(p, r.snapshots[i - 1], `back at stop ${i - 1}`);
      assert.deepEqual([...again].sort(), [...positions[i - 1]].sort(), `stop ${i - 1} is drawn as it was the first time`);
    }
    assert.deepEqual(await p.errors(), []);
    await p.page.context().close();
  });
}

test('changed objects show the change, freed objects fade out, garbage cycles are marked', async () => {
  const r = rec('examples/04_gc.py');
  const p = await start(r);
  let sawChange = false, sawFreed = false, sawUnreachable = false;
  for (let i = 0; i < r.deltas.length; i++) {
    await p.send({ type: 'delta', delta: r.deltas[i] });
    const d = r.deltas[i];
    const nodes = await objectNodes(p.page);
    for (const n of nodes) {
      const before = r.snapshots[i].objects.find((o) => o.id === n.id);
      const after = r.snapshots[i + 1].objects.find((o) => o.id === n.id) as ObjectSnap;
      const delta = await p.page.$eval(`[data-view="objects"] .ov-node[data-id="${n.id}"]:not([data-freed])`, (e) => e.querySelector('.ov-delta text')?.textContent ?? '');
      if (before === undefined) assert.equal(delta, after.flags.runtime ? '' : 'new', `stop ${i + 1}: ${after.type} ${after.repr} is new (a runtime object only joins the picture)`);
      else if (before.ob_refcnt !== after.ob_refcnt) {
        sawChange = true;
        assert.equal(delta.replace('−', '-'), (after.ob_refcnt - before.ob_refcnt > 0 ? '+' : '') + String(after.ob_refcnt - before.ob_refcnt), `stop ${i + 1}: ${after.type} ${after.repr}`);
      } else assert.equal(delta, '', `stop ${i + 1}: ${after.type} ${after.repr} did not change`);
      if (n.classes.includes('ov-unreachable')) sawUnreachable = true;
    }
    const freed = await p.page.$$eval('[data-view="objects"] [data-freed]', (els) => els.map((e) => Number(e.getAttribute('data-id'))));
    for (const id of freed) {
      assert.ok(d.removed.includes(id), `stop ${i + 1}: ${id} fades out but was not removed`);
      assert.ok(!r.snapshots[i].objects.find((o) => o.id === id)?.flags.runtime, `stop ${i + 1}: runtime object ${id} shown as freed`);
    }
    if (freed.length > 0) sawFreed = true;
    if (sawUnreachable && i < r.deltas.length - 1 && !sawFreed) await shoot(p, 'objects-cycle-dark');
  }
  assert.ok(sawChange && sawFreed && sawUnreachable, `change ${sawChange}, freed ${sawFreed}, unreachable ${sawUnreachable}`);
  await p.page.context().close();
});

test('GC view: gauges and lanes from the snapshot, the last collection phase by phase', async () => {
  const r = rec('examples/04_gc.py');
  const p = await start(r);
  await p.page.click('[data-tab="gc"]');
  // The stop right after the cycle was collected.
  const k = r.snapshots.findIndex((s) => s.gc.last !== undefined && s.gc.last.unreachable.length === 2);
  assert.ok(k > 0);
  for (let i = 0; i < k; i++) await p.send({ type: 'delta', delta: r.deltas[i] });
  const s = r.snapshots[k];
  const gens = await p.page.$$eval('[data-view="gc"] .gc-gen', (els) => els.map((e) => ({
    count: Number(e.querySelector('.gauge-text')?.getAttribute('data-count')),
    threshold: Number(e.querySelector('.gauge-text')?.getAttribute('data-threshold')),
    chips: Array.from(e.querySelectorAll('.gc-lane [data-id]')).map((c) => Number(c.getAttribute('data-id'))),
    fill: parseFloat((e.querySelector('.gauge-fill') as HTMLElement).style.width),
  })));
  assert.equal(gens.length, 3);
  gens.forEach((g, i) => {
    assert.equal(g.count, s.gc.generations[i].count, `generation ${i} count`);
    assert.equal(g.threshold, s.gc.generations[i].threshold);
    for (const id of g.chips) assert.ok(s.gc.generations[i].objects.includes(id), `generation ${i}: chip ${id} is not in the generation`);
    assert.ok(Math.abs(g.fill - Math.min(1, s.gc.generations[i].count / s.gc.generations[i].threshold) * 100) < 0.1, `generation ${i} gauge at ${g.fill}%`);
  });
  const program = (id: number) => s.objects.find((o) => o.id === id && !o.flags.runtime && !o.flags.internal) !== undefined;
  for (let i = 0; i < 3; i++) assert.equal(gens[i].chips.length, s.gc.generations[i].objects.filter(program).length, `generation ${i}: one chip per program object`);
  const last = s.gc.last as NonNullable<HeapSnapshot['gc']['last']>;
  // Walk the phases: gc_refs is ob_refcnt at update_refs, what subtract_refs left after.
  const unreachable = last.unreachable.map((u) => u.id);
  for (let phase = 0; phase < 5; phase++) {
    await p.page.click(`[data-view="gc"] [data-phase="${phase}"]`);
    assert.equal(await p.page.getAttribute('[data-view="gc"] .gc-table', 'data-phase'), String(phase));
    const rows = await p.page.$$eval('[data-view="gc"] .gc-table tbody tr', (els) => els.map((e) => ({
      id: Number(e.querySelector('[data-id]')?.getAttribute('data-id')), gcRefs: Number(e.querySelector('.gc-refs')?.textContent), cls: e.className, outcome: e.lastElementChild?.textContent ?? '',
    })));
    for (const u of unreachable) assert.ok(rows.some((x) => x.id === u), `phase ${phase}: unreachable ${u} listed`);
    for (const row of rows) {
      const x = last.examined.find((e) => e.id === row.id);
      assert.ok(x !== undefined);
      assert.equal(row.gcRefs, phase === 0 ? x.refcnt : x.gc_refs, `phase ${phase}: gc_refs of ${row.id}`);
      if (phase >= 2) assert.equal(row.cls.includes('unreach'), unreachable.includes(row.id));
      if (phase === 4) assert.equal(row.outcome.startsWith('freed'), last.freed.some((f) => f.id === row.id), row.outcome);
    }
    if (phase === 2) await shoot(p, 'gc-dark');
  }
  assert.match(await p.page.textContent('[data-view="gc"] .gc-summary') ?? '', /2 unreachable/);
  assert.deepEqual(await p.errors(), []);
  await p.page.context().close();
});

test('allocator view: block counts, pool detail and the selected object\'s block, against the snapshot', async () => {
  const r = rec('examples/05_memory_pool.py');
  const p = await start(r);
  const k = Math.min(6, r.deltas.length);
  for (let i = 0; i < k; i++) await p.send({ type: 'delta', delta: r.deltas[i] });
  const s = r.snapshots[k];
  // Select a drawn object that lives in a pool, from the Objects view.
  const drawn = new Set((await objectNodes(p.page)).map((n) => n.id));
  const target = s.objects.find((o) => o.memory.kind === 'pool' && drawn.has(o.id) && !o.flags.static) as ObjectSnap;
  assert.ok(target !== undefined);
  await p.page.click(`[data-view="objects"] .ov-node[data-id="${target.id}"]`);
  assert.deepEqual((await p.posted()).filter((m) => m.type === 'select'), [{ type: 'select', id: target.id }]);
  await p.page.click('[data-tab="allocator"]');
  const counts = await p.page.$$eval('[data-view="allocator"] [data-count]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-count'), Number((e.textContent ?? '').replace(/[^0-9]/g, ''))])));
  const total = { allocated: 0, free: 0, 'never-used': 0 };
  for (const a of s.memory.arenas) for (const pool of a.pools) for (const b of pool.blocks) total[b.state]++;
  assert.deepEqual(counts, total);
  const m = target.memory as Extract<ObjectSnap['memory'], { kind: 'pool' }>;
  assert.equal(Number(await p.page.getAttribute('[data-view="allocator"] .blocks', 'data-pool')), m.pool);
  const blocks = await p.page.$$eval('[data-view="allocator"] .blocks .block', (els) => els.map((e) => ({ state: e.getAttribute('data-state'), id: e.getAttribute('data-id'), cls: e.className, text: e.textContent })));
  const pool = s.memory.arenas.flatMap((a) => a.pools).find((x) => x.address === m.pool);
  assert.ok(pool !== undefined);
  assert.equal(blocks.length, pool.nblocks);
  pool.blocks.forEach((b, i) => {
    assert.equal(blocks[i].state, b.state, `block ${i}`);
    assert.equal(blocks[i].id, b.owner !== undefined ? String(b.owner.id) : null);
  });
  pool.freeList.forEach((b, i) => assert.equal(blocks[b].text, String(i + 1), `free list position of block ${b}`));
  const selected = blocks.filter((b) => b.cls.includes('selected'));
  assert.ok(selected.length >= 1 && selected.every((b) => b.id === String(target.id)));
  assert.equal(blocks[m.block].id, String(target.id), 'the object is in the block its memory location names');
  await shoot(p, 'allocator-dark');
  assert.deepEqual(await p.errors(), []);
  await p.page.context().close();
});

test('selection is shared by all views and the host; arrows keys move it; the timeline charts its refcount', async () => {
  const r = rec('examples/02_refcount.py');
  const p = await start(r);
  const k = 6;
  for (let i = 0; i < k; i++) await p.send({ type: 'delta', delta: r.deltas[i] });
  const s = r.snapshots[k];
  const a = s.frames[s.frames.length - 1].locals.find((l) => l.name === 'a')?.id as number;
  // The host selects (the Variables view): every view shows it.
  await p.send({ type: 'select', id: a });
  assert.ok((await objectNodes(p.page)).find((n) => n.id === a)?.classes.includes('ov-selected'));
  assert.equal(Number(await p.page.getAttribute('.inspector-repr', 'data-id')), a);
  assert.deepEqual(await p.posted(), [{ type: 'request-history', id: a }], 'a host selection is not echoed, its history is asked for');
  await p.page.click('[data-tab="gc"]');
  assert.equal(await p.page.$$eval(`[data-view="gc"] .chip.selected[data-id="${a}"]`, (e) => e.length), 1);
  // Its history: the chart draws one point per stop where it existed.
  const points = r.history.history(a);
  await p.send({ type: 'history', id: a, points });
  await p.page.click('[data-tab="timeline"]');
  const drawn = await p.page.$$eval('[data-view="timeline"] .tl-point', (els) => els.map((e) => [Number(e.getAttribute('data-step')), Number(e.getAttribute('data-refcnt'))]));
  assert.deepEqual(drawn, points.map((x) => [x.step, x.ob_refcnt]));
  await shoot(p, 'timeline-dark');
  // The slider: the next stop is asked for.
  await p.page.click('[data-view="timeline"] button[title="Next stop"]');
  assert.deepEqual((await p.posted()).filter((m) => m.type === 'goto-step'), [{ type: 'goto-step', step: r.snapshots[k + 1].step }]);
  await p.send({ type: 'delta', delta: r.deltas[k] }); // the host went there
  await p.page.focus('[data-view="timeline"] .tl-slider');
  await p.page.keyboard.press('ArrowLeft');
  assert.deepEqual((await p.posted()).filter((m) => m.type === 'goto-step'), [{ type: 'goto-step', step: r.snapshots[k].step }]);
  // Keyboard in the Objects view: arrows move the selection (and tell the host).
  await p.page.click('[data-tab="objects"]');
  await p.page.focus('[data-view="objects"] .objects-canvas');
  await p.page.keyboard.press('ArrowDown');
  const sel = (await p.posted()).filter((m) => m.type === 'select');
  assert.equal(sel.length, 1);
  assert.notEqual((sel[0] as { id: number }).id, a);
  assert.ok((await objectNodes(p.page)).find((n) => n.id === (sel[0] as { id: number }).id)?.classes.includes('ov-selected'));
  // Tabs by keyboard.
  await p.page.focus('[data-tab="objects"]');
  await p.page.keyboard.press('ArrowRight');
  assert.equal(await p.page.getAttribute('[data-tab="gc"]', 'aria-selected'), 'true');
  assert.equal(await p.page.isHidden('[data-view="objects"]'), true);
  assert.deepEqual(await p.errors(), []);
  await p.page.context().close();
});

test('malformed, unknown and oversized messages are rejected and logged; the panel goes on', async () => {
  const r = rec('examples/03_del.py');
  const p = await start(r);
  await p.posted();
  const bad: unknown[] = [
    null, 'hello', { type: 'boom' }, { type: 'delta' }, { type: 'snapshot', snapshot: { version: 1 } },
    { type: 'select', id: 'x' }, { type: 'history', id: 1, points: new Array(2_000_001).fill(0) },
  ];
  for (const m of bad) await p.send(m);
  const logs = (await p.posted()).filter((m) => m.type === 'log');
  assert.equal(logs.length, bad.length);
  for (const l of logs) assert.equal((l as { level: string }).level, 'warn');
  assert.match(await p.page.textContent('.notice') ?? '', new RegExp(`${bad.length} malformed messages ignored`));
  // Still working: the next delta applies.
  await p.send({ type: 'delta', delta: r.deltas[0] });
  await checkObjects(p, r.snapshots[1], 'after the bad messages');
  // A delta for another picture: the page asks for a whole snapshot.
  await p.send({ type: 'delta', delta: r.deltas[2] });
  assert.deepEqual((await p.posted()).filter((m) => m.type === 'ready'), [{ type: 'ready' }]);
  await checkObjects(p, r.snapshots[1], 'the picture held is unchanged');
  assert.deepEqual(await p.errors(), []);
  await p.page.context().close();
});

test('state comes back after a reload: tab, selection, layout; exports as SVG, PNG and JSON', async () => {
  const r = rec('examples/04_gc.py');
  const p = await start(r);
  const k = 8;
  for (let i = 0; i < k; i++) await p.send({ type: 'delta', delta: r.deltas[i] });
  const before = await checkObjects(p, r.snapshots[k], 'before the reload');
  const id = [...before.keys()][2];
  await p.page.click(`[data-view="objects"] .ov-node[data-id="${id}"]`);
  // Exports of the Objects view.
  await p.posted();
  await p.page.click('[data-export="svg"]');
  await p.page.click('[data-export="png"]');
  await p.page.click('[data-export="json"]');
  await p.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'export').length === 3);
  const exports = (await p.posted()).filter((m) => m.type === 'export') as { format: string; view: string; step: number; data?: string }[];
  assert.deepEqual(exports.map((e) => [e.format, e.view, e.step]), [['svg', 'objects', r.snapshots[k].step], ['png', 'objects', r.snapshots[k].step], ['json', 'objects', r.snapshots[k].step]]);
  const svg = exports[0].data as string;
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const oid of before.keys()) assert.ok(svg.includes(`data-id="${oid}"`), `the SVG draws ${oid}`);
  assert.ok(!svg.includes('var(--'), 'colours are resolved in the exported SVG');
  assert.deepEqual([...Buffer.from(exports[1].data as string, 'base64').subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(exports[2].data, undefined);
  // The GC view exports too (HTML in a foreignObject).
  await p.page.click('[data-tab="gc"]');
  await p.page.click('[data-export="svg"]');
  await p.page.click('[data-export="png"]');
  await p.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'export').length === 2);
  const gcExports = (await p.posted()).filter((m) => m.type === 'export') as { format: string; view: string; data?: string }[];
  assert.equal(gcExports[0].view, 'gc');
  assert.match(gcExports[0].data as string, /<foreignObject/);
  assert.ok(Buffer.from(gcExports[1].data as string, 'base64').length > 1000);
  // The state is saved shortly after a change: wait until it says the GC tab and the selection.
  await p.page.waitForFunction((sel) => {
    const st = JSON.parse(sessionStorage.getItem('vscode-state') ?? 'null') as { tab?: string; selection?: number } | null;
    return st?.tab === 'gc' && st.selection === sel;
  }, id);
  await p.page.reload();
  await p.page.waitForSelector('[data-view="gc"]:not([hidden])');
  assert.deepEqual(await p.posted(), [{ type: 'ready' }]);
  await p.send({ type: 'snapshot', snapshot: r.snapshots[k] });
  assert.equal(await p.page.getAttribute('[data-tab="gc"]', 'aria-selected'), 'true', 'the tab is restored');
  assert.equal(Number(await p.page.getAttribute('.inspector-repr', 'data-id')), id, 'the selection is restored');
  await p.page.click('[data-tab="objects"]');
  const after = await checkObjects(p, r.snapshots[k], 'after the reload');
  assert.deepEqual([...after].sort(), [...before].sort(), 'the same picture after a reload');
  assert.deepEqual(await p.errors(), []);
  await p.page.context().close();
});

test('an empty heap, and a session that ends while the panel is open', async () => {
  const r = record('empty.py', 'pass\n');
  const p = await start(r);
  assert.equal((await objectNodes(p.page)).length, 0);
  assert.match(await p.page.textContent('[data-view="objects"] .ov-frames') ?? '', /no names yet/);
  await p.send({ type: 'session-ended', reason: 'exited with code 0' });
  assert.match(await p.page.textContent('.status') ?? '', /session ended/);
  for (const tab of ['gc', 'allocator', 'timeline']) {
    await p.page.click(`[data-tab="${tab}"]`);
    assert.ok(await p.page.isVisible(`[data-view="${tab}"]`));
  }
  // The host brings a view to the front (the GC status bar item opens the panel on GC).
  await p.send({ type: 'show', view: 'gc' });
  assert.ok(await p.page.isVisible('[data-view="gc"]'));
  assert.equal(await p.page.getAttribute('[data-tab="gc"]', 'aria-selected'), 'true');
  assert.equal(await p.page.isVisible('[data-view="timeline"]'), false);
  assert.deepEqual(await p.errors(), []);
  await p.page.context().close();
});

test('a heap of 10,000 objects in 100,000 blocks: drawn culled, counted exactly', async () => {
  const r = record('big.py', BIG_HEAP_PROGRAM, { fromLine: BIG_HEAP_FROM_LINE, maxStops: 2 });
  const s = r.snapshots[1];
  const blocks = s.memory.arenas.reduce((n, a) => n + a.pools.reduce((m, pool) => m + pool.nblocks, 0), 0);
  assert.ok(s.objects.length >= 10_000, `${s.objects.length} objects`);
  assert.ok(blocks >= 100_000, `${blocks} blocks`);
  const p = await start(r);
  await p.send({ type: 'delta', delta: r.deltas[0] });
  const nodes = await objectNodes(p.page);
  assert.ok(nodes.length > 0 && nodes.length < 400, `${nodes.length} nodes in the DOM`);
  await checkObjects(p, s, 'big heap', true);
  await p.page.click('[data-tab="allocator"]');
  const counts = await p.page.$$eval('[data-view="allocator"] [data-count]', (els) => els.map((e) => Number((e.textContent ?? '').replace(/[^0-9]/g, ''))));
  assert.equal(counts.reduce((x, y) => x + y, 0), blocks);
  await shoot(p, 'allocator-big-dark');
  await p.page.click('[data-tab="gc"]');
  assert.ok(await p.page.isVisible('[data-view="gc"] .gc-gen'));
  assert.deepEqual(await p.errors(), []);
  await p.page.context().close();
});

for (const theme of ['light', 'dark', 'high-contrast'] as Theme[]) {
  test(`screenshots of every view, ${theme} theme`, async () => {
    const r = rec('examples/04_gc.py');
    const p = await start(r, theme);
    const k = r.snapshots.findIndex((s) => s.objects.filter((o) => o.type === 'Node').length === 2 && s.frames[0].locals.some((l) => l.name === 'b'));
    for (let i = 0; i < k; i++) await p.send({ type: 'delta', delta: r.deltas[i] });
    const node = r.snapshots[k].objects.find((o) => o.type === 'Node') as ObjectSnap;
    await p.page.click(`[data-view="objects"] .ov-node[data-id="${node.id}"]`);
    await p.send({ type: 'history', id: node.id, points: r.history.history(node.id) });
    await shoot(p, `objects-${theme}`);
    await p.page.click('[data-tab="allocator"]');
    await shoot(p, `allocator-${theme}`);
    // Past the collection for the GC and Timeline views.
    for (let i = k; i < r.deltas.length; i++) await p.send({ type: 'delta', delta: r.deltas[i] });
    for (const tab of ['gc', 'timeline']) {
      await p.page.click(`[data-tab="${tab}"]`);
      await shoot(p, `${tab}-${theme}`);
    }
    assert.deepEqual(await p.errors(), [], 'no errors, no CSP violations');
    await p.page.context().close();
  });
}
