// The heap snapshot (src/model/snapshot.ts, built by src/model/debug/snapshot_build.ts):
// at every line stop of the examples and a sample of differential programs, each
// object's referrers add up to its ob_refcnt, building it changes nothing, and a delta
// applied to the previous picture gives the next one exactly (forwards and backwards).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Interpreter } from '../../src/model/vm/run';
import { buildSnapshot } from '../../src/model/debug/snapshot_build';
import { diffSnapshots, applyDelta } from '../../src/model/debug/snapshot_delta';
import type { HeapSnapshot } from '../../src/model/snapshot';
import { programPath } from '../differential/corpus';
import { heapFingerprint } from '../support/heapFingerprint';

const MAX_STOPS = 60;


function snapshotsOf(file: string, source: string): HeapSnapshot[] {
  const it = Interpreter.create(source, { filename: file });
  const out: HeapSnapshot[] = [];
  let prev: HeapSnapshot | undefined;
  while (it.state !== 'done' && out.length < MAX_STOPS) {
    it.stepLine();
    if ((it.state as string) === 'done') break;
    const before = heapFingerprint(it);
    const s = buildSnapshot(it, { step: out.length, previousMemory: prev?.memory });
    assert.equal(heapFingerprint(it), before, `${file}: building the snapshot changed the heap`);
    out.push(s);
    prev = s;
  }
  return out;
}

const examples = readdirSync('examples').filter((f) => f.endsWith('.py')).map((f) => `examples/${f}`);
const sample = ['refcount/exceptions_refs', 'classes/basic', 'generators/send_pipeline', 'closures/counter', 'gc_cycles/instance_pair']
  .map((id) => programPath(id));

for (const file of [...examples, ...sample]) {
  test(`snapshot: referrers add up, deltas apply both ways: ${file}`, () => {
    const snaps = snapshotsOf(file, readFileSync(file, 'utf8'));
    assert.ok(snaps.length > 0);
    for (const s of snaps) {
      for (const o of s.objects) {
        const sum = o.referrers.reduce((a, r) => a + r.count, 0);
        assert.equal(sum, o.ob_refcnt, `${file} line ${s.line}: ${o.type} ${o.repr} referrers ${JSON.stringify(o.referrers)}`);
        // Stopped in the base activation, no runtime code is running: every reference has a name.
        assert.ok(!o.referrers.some((r) => r.slot.kind === 'other' && r.slot.label === 'C stack'),
          `${file} line ${s.line}: ${o.type} ${o.repr} has references nobody names: ${JSON.stringify(o.referrers)}`);
      }
      for (const f of s.frames) for (const l of f.locals) {
        if (l.id !== null) assert.ok(s.objects.some((o) => o.id === l.id), `${file}: name ${l.name} points at an object missing from the snapshot`);
      }
    }
    for (let i = 1; i < snaps.length; i++) {
      const a = JSON.parse(JSON.stringify(snaps[i - 1])) as HeapSnapshot;
      const b = JSON.parse(JSON.stringify(snaps[i])) as HeapSnapshot;
      assert.deepEqual(applyDelta(a, diffSnapshots(a, b)), b, `${file}: forward delta ${i - 1} → ${i}`);
      assert.deepEqual(applyDelta(b, diffSnapshots(b, a)), a, `${file}: backward delta ${i} → ${i - 1}`);
    }
  });
}

test('snapshot: the seed example shows names, shared small ints and a list moving 1→2', () => {
  const src = 'a = 123\nb = a\nc = [321, 123]\nd = c\nx = 0\n';
  const snaps = snapshotsOf('seed.py', src);
  const last = snaps[snaps.length - 1];
  const names = Object.fromEntries(last.frames[0].locals.map((l) => [l.name, l.id]));
  assert.equal(names.a, names.b, 'a and b name one object');
  const int123 = last.objects.find((o) => o.id === names.a);
  assert.equal(int123?.flags.cached, 'small int');
  assert.deepEqual(int123?.memory, { kind: 'static' });
  const list = last.objects.find((o) => o.id === names.c);
  assert.equal(list?.repr, '[321, 123]');
  assert.equal(list?.ob_refcnt, 2);
  assert.deepEqual(list?.referrers.map((r) => r.label), ['name c (<module> namespace)', 'name d (<module> namespace)']);
  assert.equal(list?.memory.kind, 'pool');
  const before = snaps[snaps.length - 2].objects.find((o) => o.id === names.c);
  assert.equal(before?.ob_refcnt, 1);
});
