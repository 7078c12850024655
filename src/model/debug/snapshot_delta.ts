// Deltas between two snapshots of one session (../snapshot.ts SnapshotDelta): after the
// first picture, only what a step changed crosses the channel to the panel. diff() and
// apply() are inverse: apply(a, diff(a, b)) equals b, forwards or backwards in time.

import type {
  HeapSnapshot, SnapshotDelta, ObjectSnap, AllocatorView, AllocatorDelta, ArenaView, PoolView,
} from '../snapshot';
import { SNAPSHOT_VERSION } from '../snapshot';

function sameObject(a: ObjectSnap, b: ObjectSnap): boolean {
  if (a.ob_refcnt !== b.ob_refcnt || a.repr !== b.repr || a.gc !== b.gc || a.size !== b.size || a.type !== b.type ||
      a.length !== b.length || a.refsTruncated !== b.refsTruncated) return false;
  if (a.refs.length !== b.refs.length || a.referrers.length !== b.referrers.length) return false;
  for (let i = 0; i < a.refs.length; i++) {
    if (a.refs[i].to !== b.refs[i].to || JSON.stringify(a.refs[i].slot) !== JSON.stringify(b.refs[i].slot)) return false;
  }
  for (let i = 0; i < a.referrers.length; i++) {
    const x = a.referrers[i], y = b.referrers[i];
    if (x.label !== y.label || x.count !== y.count || x.from !== y.from || x.frame !== y.frame) return false;
  }
  return JSON.stringify(a.flags) === JSON.stringify(b.flags) && JSON.stringify(a.memory) === JSON.stringify(b.memory);
}

function samePool(a: PoolView, b: PoolView): boolean {
  if (a === b) return true;
  if (a.address !== b.address || a.szidx !== b.szidx || a.state !== b.state || a.count !== b.count ||
      a.nfree !== b.nfree || a.nneverUsed !== b.nneverUsed || a.freeList.length !== b.freeList.length) return false;
  for (let i = 0; i < a.freeList.length; i++) if (a.freeList[i] !== b.freeList[i]) return false;
  for (let i = 0; i < a.blocks.length; i++) {
    const x = a.blocks[i], y = b.blocks[i];
    if (x.state !== y.state || x.owner?.id !== y.owner?.id || x.owner?.part !== y.owner?.part) return false;
  }
  return true;
}

function memoryDelta(a: AllocatorView, b: AllocatorView): AllocatorDelta {
  const before = new Map<number, ArenaView>();
  for (const av of a.arenas) before.set(av.address, av);
  const pools: AllocatorDelta['pools'] = [];
  const arenas: AllocatorDelta['arenas'] = [];
  for (const av of b.arenas) {
    const { pools: ps, ...header } = av;
    arenas.push({ ...header, npools: ps.length });
    const old = before.get(av.address);
    if (old === av) continue;
    for (let i = 0; i < ps.length; i++) {
      const prev = old?.pools[i];
      if (prev === undefined || !samePool(prev, ps[i])) pools.push({ arena: av.address, pool: ps[i] });
    }
  }
  return {
    arenas, pools, raw: b.raw, freeLists: b.freeLists, memoryUsed: b.memoryUsed, memoryCap: b.memoryCap,
    rawVersion: b.rawVersion, freeListsVersion: b.freeListsVersion,
  };
}

/** What turns `a` into `b`. */
export function diffSnapshots(a: HeapSnapshot, b: HeapSnapshot): SnapshotDelta {
  const before = new Map<number, ObjectSnap>();
  for (const o of a.objects) before.set(o.id, o);
  const upserted: ObjectSnap[] = [];
  const after = new Set<number>();
  for (const o of b.objects) {
    after.add(o.id);
    const old = before.get(o.id);
    if (old === undefined || !sameObject(old, o)) upserted.push(o);
  }
  const removed: number[] = [];
  for (const o of a.objects) if (!after.has(o.id)) removed.push(o.id);
  const d: SnapshotDelta = {
    version: SNAPSHOT_VERSION, fromStep: a.step, toStep: b.step, filename: b.filename, line: b.line,
    frames: b.frames, upserted, removed, omittedRuntimeObjects: b.omittedRuntimeObjects, gc: b.gc,
    memory: memoryDelta(a.memory, b.memory),
  };
  if (a.stdout !== b.stdout) d.stdout = b.stdout;
  if (a.stderr !== b.stderr) d.stderr = b.stderr;
  return d;
}

/** `a` with the delta applied (a new picture; `a` is not changed). */
export function applyDelta(a: HeapSnapshot, d: SnapshotDelta): HeapSnapshot {
  const objects = new Map<number, ObjectSnap>();
  for (const o of a.objects) objects.set(o.id, o);
  for (const id of d.removed) objects.delete(id);
  for (const o of d.upserted) objects.set(o.id, o);
  const oldArenas = new Map<number, ArenaView>();
  for (const av of a.memory.arenas) oldArenas.set(av.address, av);
  const changed = new Map<number, Map<number, PoolView>>();
  for (const { arena, pool } of d.memory.pools) {
    let m = changed.get(arena);
    if (m === undefined) changed.set(arena, (m = new Map()));
    m.set(pool.index, pool);
  }
  const arenas: ArenaView[] = d.memory.arenas.map(({ npools, ...header }) => {
    const old = oldArenas.get(header.address);
    const ch = changed.get(header.address);
    const pools: PoolView[] = [];
    for (let i = 0; i < npools; i++) pools.push(ch?.get(i) ?? (old?.pools[i] as PoolView));
    return { ...header, pools };
  });
  const { arenas: _a, pools: _p, ...rest } = d.memory;
  void _a; void _p;
  return {
    version: SNAPSHOT_VERSION,
    python: a.python,
    step: d.toStep,
    filename: d.filename,
    line: d.line,
    frames: d.frames,
    objects: [...objects.values()].sort((x, y) => x.id - y.id),
    omittedRuntimeObjects: d.omittedRuntimeObjects,
    gc: d.gc,
    memory: { arenaSize: a.memory.arenaSize, poolSize: a.memory.poolSize, poolOverhead: a.memory.poolOverhead, ...rest, arenas },
    stdout: d.stdout ?? a.stdout,
    stderr: d.stderr ?? a.stderr,
  };
}
