// Applying a SnapshotDelta to the picture the panel holds. The webview may not import the
// model's code (only its types), so this is its own implementation of the model's
// applyDelta (src/model/debug/snapshot_delta.ts), checked against it on real snapshots
// (test/webview/delta.test.ts). It merges instead of rebuilding: the objects stay sorted
// by id, a step that changed k objects of n costs O(n) copying and O(k log k) sorting,
// and unchanged pools are the same JS objects as before.

import type { HeapSnapshot, SnapshotDelta, ObjectSnap, ArenaView, PoolView } from './types';

/** A delta that does not fit the picture held (another step, a pool that is not there). */
export class DeltaMismatch extends Error {}

function mergeObjects(old: ObjectSnap[], removed: number[], upserted: ObjectSnap[]): ObjectSnap[] {
  const drop = new Set<number>(removed);
  for (const o of upserted) drop.add(o.id);
  const added = upserted.slice().sort((x, y) => x.id - y.id);
  const out: ObjectSnap[] = [];
  let j = 0;
  let prev = -Infinity;
  let sorted = true;
  for (const o of old) {
    if (o.id < prev) sorted = false;
    prev = o.id;
    if (drop.has(o.id)) continue;
    while (j < added.length && added[j].id < o.id) out.push(added[j++]);
    out.push(o);
  }
  while (j < added.length) out.push(added[j++]);
  // A picture that was not in id order (never built so) still comes out in id order.
  if (!sorted) out.sort((x, y) => x.id - y.id);
  return out;
}

function applyMemory(a: HeapSnapshot['memory'], d: SnapshotDelta['memory']): HeapSnapshot['memory'] {
  const oldArenas = new Map<number, ArenaView>();
  for (const av of a.arenas) oldArenas.set(av.address, av);
  const changed = new Map<number, Map<number, PoolView>>();
  for (const { arena, pool } of d.pools) {
    let m = changed.get(arena);
    if (m === undefined) changed.set(arena, (m = new Map()));
    m.set(pool.index, pool);
  }
  const arenas: ArenaView[] = d.arenas.map((h) => {
    const old = oldArenas.get(h.address);
    const ch = changed.get(h.address);
    const pools: PoolView[] = new Array(h.npools);
    for (let i = 0; i < h.npools; i++) {
      const p = ch?.get(i) ?? old?.pools[i];
      if (p === undefined) throw new DeltaMismatch(`pool ${i} of arena 0x${h.address.toString(16)} is neither in the picture nor in the delta`);
      pools[i] = p;
    }
    return { index: h.index, address: h.address, version: h.version, ntotalpools: h.ntotalpools, nfreepools: h.nfreepools, pools };
  });
  return {
    arenaSize: a.arenaSize, poolSize: a.poolSize, poolOverhead: a.poolOverhead, arenas,
    raw: d.raw, freeLists: d.freeLists, memoryUsed: d.memoryUsed, memoryCap: d.memoryCap,
    rawVersion: d.rawVersion, freeListsVersion: d.freeListsVersion,
  };
}

/** The picture `d` leads to from `a` (a new object; `a` is not changed). */
export function applyDelta(a: HeapSnapshot, d: SnapshotDelta): HeapSnapshot {
  if (d.fromStep !== a.step) throw new DeltaMismatch(`a delta from step ${d.fromStep} does not apply to the picture of step ${a.step}`);
  return {
    version: a.version,
    python: a.python,
    step: d.toStep,
    filename: d.filename,
    line: d.line,
    frames: d.frames,
    objects: mergeObjects(a.objects, d.removed, d.upserted),
    omittedRuntimeObjects: d.omittedRuntimeObjects,
    gc: d.gc,
    memory: applyMemory(a.memory, d.memory),
    stdout: d.stdout ?? a.stdout,
    stderr: d.stderr ?? a.stderr,
  };
}
