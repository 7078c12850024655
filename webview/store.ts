// The panel's state: the picture (a snapshot, kept up to date by deltas), what the last
// update changed (for highlights), the timeline, the selected object's refcount history,
// the selection. Views read it; only the App writes it.

import { applyDelta } from './delta';
import type { HeapSnapshot, ObjectSnap, RefcntPoint, SnapshotDelta, Timeline } from './types';

export interface Changes {
  /** ob_refcnt after − before, for objects alive before and after with another count. */
  refcnt: Map<number, number>;
  /** Objects the step created (the program's objects new in the picture; a runtime object the
   *  program starts to refer to, a cached small int say, existed before). */
  added: Set<number>;
  /** The program's objects the step freed, as they were last seen (runtime objects that leave
   *  the picture are not freed: nothing of the program refers to them any more). */
  removed: ObjectSnap[];
  /** Addresses of the pools the update changed. */
  pools: Set<number>;
  /** The step the picture came from (undefined: a whole snapshot, nothing to compare). */
  fromStep?: number;
}

const noChanges = (): Changes => ({ refcnt: new Map(), added: new Set(), removed: [], pools: new Set() });

export class Store {
  snap: HeapSnapshot | undefined;
  readonly index = new Map<number, ObjectSnap>();
  changes: Changes = noChanges();
  timeline: Timeline | undefined;
  history: { id: number; points: RefcntPoint[] } | undefined;
  selection: number | null = null;
  ended: { reason?: string } | null = null;
  /** Bumped at every change of the picture (views compare it to skip work). */
  version = 0;

  /** A whole picture (the first, or after a reload): nothing is highlighted. */
  setSnapshot(s: HeapSnapshot): void {
    this.snap = s;
    this.index.clear();
    for (const o of s.objects) this.index.set(o.id, o);
    this.changes = noChanges();
    this.ended = null;
    this.version++;
  }

  /** A delta from the picture held (throws DeltaMismatch when it is for another one). */
  applyDelta(d: SnapshotDelta): void {
    const before = this.snap;
    if (before === undefined) throw new Error('a delta arrived before any snapshot');
    const after = applyDelta(before, d);
    const changes = noChanges();
    changes.fromStep = before.step;
    for (const id of d.removed) {
      const o = this.index.get(id);
      if (o !== undefined && !o.flags.runtime) changes.removed.push(o);
      this.index.delete(id);
    }
    for (const o of d.upserted) {
      const old = this.index.get(o.id);
      if (old === undefined) {
        if (!o.flags.runtime) changes.added.add(o.id);
      }
      else if (old.ob_refcnt !== o.ob_refcnt) changes.refcnt.set(o.id, o.ob_refcnt - old.ob_refcnt);
      this.index.set(o.id, o);
    }
    for (const p of d.memory.pools) changes.pools.add(p.pool.address);
    this.snap = after;
    this.changes = changes;
    this.version++;
  }

  get selected(): ObjectSnap | undefined {
    return this.selection === null ? undefined : this.index.get(this.selection);
  }
}
