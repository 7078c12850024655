// The Objects view's model, without a browser: what is drawn (visibility.ts) and where
// (layout.ts), on the examples' real snapshots: every name's object is drawn, machinery is
// not, garbage cycles are marked; the layout is deterministic, has no overlaps, and an
// object that survives a step does not move unless a container above it grew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeVisibility, DEFAULT_CAP, type VisibleObject } from '../../webview/objects/visibility';
import { layoutObjects, type Cell, type Layout } from '../../webview/objects/layout';
import type { HeapSnapshot, ObjectSnap } from '../../src/model/snapshot';
import { EXAMPLES, recordFile, record } from './fixtures';

const opts = { showAll: false, cap: DEFAULT_CAP, expanded: new Map<number, number>() };
const indexOf = (s: HeapSnapshot) => new Map<number, ObjectSnap>(s.objects.map((o) => [o.id, o]));

function lay(s: HeapSnapshot, previous: ReadonlyMap<number, Cell>, o = opts): { vis: Map<number, VisibleObject>; layout: Layout } {
  const vis = computeVisibility(s, indexOf(s), o);
  return { vis, layout: layoutObjects(vis, s.frames, previous) };
}

function assertNoOverlap(layout: Layout, what: string): void {
  const byCol = new Map<number, [number, number, number][]>();
  for (const [id, c] of layout.cells) {
    let l = byCol.get(c.col);
    if (l === undefined) byCol.set(c.col, (l = []));
    l.push([c.row, c.row + (layout.heights.get(id) as number), id]);
  }
  for (const [col, spans] of byCol) {
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1], `${what}: objects ${spans[i - 1][2]} and ${spans[i][2]} overlap in column ${col}`);
  }
}

for (const file of EXAMPLES) {
  test(`objects layout: names drawn, no overlaps, deterministic and stable: ${file}`, () => {
    const { snapshots } = recordFile(file);
    let prev: Layout | undefined;
    let moved = 0, survivors = 0;
    for (const s of snapshots) {
      const { vis, layout } = lay(s, prev?.cells ?? new Map());
      // Every bound name's object is drawn; nothing internal is.
      for (const f of s.frames) for (const l of f.locals) if (l.id !== null) assert.ok(vis.has(l.id), `${file} step ${s.step}: ${l.name}'s object is not drawn`);
      for (const v of vis.values()) assert.ok(!v.o.flags.internal, `${file}: machinery drawn: ${v.o.type} ${v.o.repr}`);
      assert.equal(layout.cells.size, vis.size);
      assertNoOverlap(layout, `${file} step ${s.step}`);
      // The same picture from the same history: the same cells.
      const again = layoutObjects(computeVisibility(s, indexOf(s), opts), s.frames, prev?.cells ?? new Map());
      assert.deepEqual([...again.cells], [...layout.cells], `${file} step ${s.step}: layout is not deterministic`);
      if (prev !== undefined) {
        for (const [id, c] of layout.cells) {
          const p = prev.cells.get(id);
          if (p === undefined) continue;
          survivors++;
          if (p.col !== c.col || p.row !== c.row) moved++;
        }
      }
      prev = layout;
    }
    assert.ok(survivors > 0);
    assert.equal(moved, 0, `${file}: ${moved} of ${survivors} surviving objects moved between steps`);
  });
}

test('a growing container pushes what is below it down just enough, and nothing else moves', () => {
  const src = 'a = [1]\nb = [2]\nc = [3]\na.append(4)\na.append(5)\nx = 0\n';
  const { snapshots } = record('grow.py', src);
  let prev: Layout | undefined;
  for (const s of snapshots) {
    const { layout } = lay(s, prev?.cells ?? new Map());
    assertNoOverlap(layout, `step ${s.step}`);
    if (prev !== undefined) {
      for (const [id, c] of layout.cells) {
        const p = prev.cells.get(id);
        if (p === undefined) continue;
        assert.equal(c.col, p.col, 'nothing changes column');
        assert.ok(c.row >= p.row, 'nothing moves up');
      }
    }
    prev = layout;
  }
});

test('garbage cycles are drawn and marked; what only the runtime holds is not garbage', () => {
  const { snapshots } = recordFile('examples/04_gc.py');
  // After `del a, b`: the two Node instances, held only by each other.
  const s = snapshots.find((x) => x.objects.filter((o) => o.type === 'Node').length === 2 && !x.frames[0].locals.some((l) => l.name === 'a'));
  assert.ok(s !== undefined, 'a stop after del a, b');
  const { vis } = lay(s, new Map());
  const nodes = [...vis.values()].filter((v) => v.o.type === 'Node');
  assert.equal(nodes.length, 2);
  for (const n of nodes) assert.ok(n.unreachable, 'the cycle is marked unreachable');
  for (const v of vis.values()) if (v.o.type !== 'Node') assert.ok(!v.unreachable, `${v.o.type} ${v.o.repr} is held by a root`);
  // The class's weak reference in object.__subclasses__() is held (by a static type), not garbage, and not drawn.
  assert.ok(![...vis.values()].some((v) => v.o.type === 'weakref.ReferenceType'));
});

test('shared objects are drawn once: a small int three list slots hold', () => {
  const { snapshots } = record('shared.py', 'a = [7, 7]\nb = [7]\nx = 0\n');
  const s = snapshots[snapshots.length - 1];
  const { vis } = lay(s, new Map());
  const sevens = [...vis.values()].filter((v) => v.o.type === 'int' && v.o.repr === '7');
  assert.equal(sevens.length, 1, 'one object 7');
  assert.equal(sevens[0].o.flags.cached, 'small int');
  const rowsTo7 = [...vis.values()].flatMap((v) => v.rows.filter((r) => r.ref.to === sevens[0].o.id));
  assert.equal(rowsTo7.length, 3, 'three references to it, from a[0], a[1], b[0]');
});

test('a container beyond the cap shows its first items and counts the rest; expanding shows more', () => {
  const { snapshots } = record('big_list.py', 'xs = [str(i) for i in range(100)]\nx = 0\n');
  const s = snapshots[snapshots.length - 1];
  const list = s.objects.find((o) => o.type === 'list' && o.length === 100) as ObjectSnap;
  const { vis } = lay(s, new Map());
  const v = vis.get(list.id) as VisibleObject;
  assert.equal(v.rows.length, DEFAULT_CAP);
  assert.equal(v.moreItems, 100 - DEFAULT_CAP);
  assert.equal([...vis.values()].filter((x) => x.o.type === 'str').length, DEFAULT_CAP, 'items beyond the cap are not drawn');
  const wider = lay(s, new Map(), { ...opts, expanded: new Map([[list.id, 60]]) });
  assert.equal((wider.vis.get(list.id) as VisibleObject).rows.length, 60);
});

test('"runtime objects" draws every object of the snapshot', () => {
  const { snapshots } = recordFile('examples/02_refcount.py', { maxStops: 5 });
  const s = snapshots[snapshots.length - 1];
  const all = computeVisibility(s, indexOf(s), { ...opts, showAll: true });
  assert.equal(all.size, s.objects.length);
});
