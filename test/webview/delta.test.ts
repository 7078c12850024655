// The webview's own delta application (webview/delta.ts) gives exactly what the model's
// applyDelta gives, forwards and backwards, on snapshots the simulator makes of the
// examples and of differential programs (a GC cycle, classes, generators); a delta for
// another picture is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDelta as modelApply, diffSnapshots } from '../../src/model/debug/snapshot_delta';
import { applyDelta, DeltaMismatch } from '../../webview/delta';
import { programPath } from '../differential/corpus';
import { EXAMPLES, recordFile } from './fixtures';

const programs = [...EXAMPLES, ...['gc_cycles/instance_pair', 'classes/basic', 'generators/send_pipeline'].map((id) => programPath(id))];

for (const file of programs) {
  test(`webview applyDelta equals the model's, both ways: ${file}`, () => {
    const { snapshots } = recordFile(file, { maxStops: 40 });
    assert.ok(snapshots.length > 2);
    for (let i = 1; i < snapshots.length; i++) {
      const a = snapshots[i - 1], b = snapshots[i];
      const fwd = diffSnapshots(a, b);
      const back = diffSnapshots(b, a);
      assert.deepEqual(applyDelta(a, fwd), modelApply(a, fwd), `${file}: forward ${i - 1} → ${i}`);
      assert.deepEqual(applyDelta(a, fwd), b, `${file}: forward ${i - 1} → ${i} gives the next picture`);
      assert.deepEqual(applyDelta(b, back), a, `${file}: backward ${i} → ${i - 1}`);
    }
    // Far jumps too (time travel over many stops).
    const first = snapshots[0], last = snapshots[snapshots.length - 1];
    assert.deepEqual(applyDelta(first, diffSnapshots(first, last)), last);
    assert.deepEqual(applyDelta(last, diffSnapshots(last, first)), first);
  });
}

test('a delta for another picture is refused (the panel then asks for a whole snapshot)', () => {
  const { snapshots } = recordFile('examples/03_del.py', { maxStops: 4 });
  const d = diffSnapshots(snapshots[1], snapshots[2]);
  assert.throws(() => applyDelta(snapshots[0], d), DeltaMismatch);
  // A pool the delta says is unchanged but the picture does not have.
  const broken = { ...snapshots[1], memory: { ...snapshots[1].memory, arenas: [] } };
  assert.throws(() => applyDelta(broken, { ...d, memory: { ...d.memory, pools: [] } }), DeltaMismatch);
});
