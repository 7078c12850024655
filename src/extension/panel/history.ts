// What a session has visited, for the panel's Timeline: the stops (step, line, why), the
// collections that ran, and any object's ob_refcnt at every stop. A PanelDataSource
// records each stop here (the debug session at every `stopped`, a background run at each
// line) and answers timeline() and history(id) from it.
//
// Memory: the first stop is kept whole as (id → ob_refcnt); every later stop only as
// what changed since the stop recorded before it (new or changed counts, objects gone),
// so a session of thousands of stops over a heap of 10,000 objects stays small. Stops
// are chained in the order they were recorded, which is what makes stepping back (a stop
// recorded again, or an earlier step reached for the first time) fit the same chain.

import type { HeapSnapshot, SnapshotDelta } from '../../model/snapshot';
import type { RefcntPoint, Timeline, TimelineCollection, TimelineStep } from './protocol';

interface Record {
  step: number;
  /** ob_refcnt of the objects new or changed since the previous record (all of them for the first). */
  changed: Map<number, number>;
  /** Objects gone since the previous record. */
  removed: number[];
}

export class SessionHistory {
  private readonly stops = new Map<number, TimelineStep>();
  private readonly collections = new Map<number, TimelineCollection>();
  private readonly records: Record[] = [];
  /** ob_refcnt of every object at the last record (what the next record is compared with). */
  private last = new Map<number, number>();
  private current = 0;

  /** A stop, from its whole snapshot (O(heap)); `event` says why the session stopped there. */
  record(s: HeapSnapshot, event: string): void {
    const now = new Map<number, number>();
    const changed = new Map<number, number>();
    for (const o of s.objects) {
      now.set(o.id, o.ob_refcnt);
      if (this.last.get(o.id) !== o.ob_refcnt) changed.set(o.id, o.ob_refcnt);
    }
    const removed: number[] = [];
    for (const id of this.last.keys()) if (!now.has(id)) removed.push(id);
    this.last = now;
    this.push(s.step, s.line, s.filename, event, changed, removed, s.gc.last);
  }

  /** A stop, from the delta that leads to it from the previously recorded one (O(change)). */
  recordDelta(d: SnapshotDelta, event: string): void {
    if (this.records.length === 0) throw new Error('SessionHistory: the first stop must be recorded whole (record())');
    const changed = new Map<number, number>();
    for (const id of d.removed) this.last.delete(id);
    for (const o of d.upserted) {
      if (this.last.get(o.id) !== o.ob_refcnt) changed.set(o.id, o.ob_refcnt);
      this.last.set(o.id, o.ob_refcnt);
    }
    this.push(d.toStep, d.line, d.filename, event, changed, d.removed, d.gc.last);
  }

  private push(step: number, line: number, file: string, event: string, changed: Map<number, number>, removed: number[],
    last: HeapSnapshot['gc']['last']): void {
    this.records.push({ step, changed, removed });
    if (!this.stops.has(step)) this.stops.set(step, { step, line, file, event });
    if (last !== undefined && !this.collections.has(last.step)) {
      this.collections.set(last.step, { step: last.step, generation: last.generation, collected: last.collected });
    }
    this.current = step;
  }

  /** The stops visited, in step order, and the collections. */
  timeline(): Timeline {
    const bySteps = <T extends { step: number }>(m: Map<number, T>) => [...m.values()].sort((a, b) => a.step - b.step);
    return { steps: bySteps(this.stops), collections: bySteps(this.collections), current: this.current };
  }

  /** ob_refcnt of `id` at each visited stop where it existed, in step order. */
  history(id: number): RefcntPoint[] {
    const at = new Map<number, number | undefined>();
    let value: number | undefined;
    for (const r of this.records) {
      if (r.removed.includes(id)) value = undefined;
      const v = r.changed.get(id);
      if (v !== undefined) value = v;
      at.set(r.step, value);
    }
    const out: RefcntPoint[] = [];
    for (const [step, v] of at) if (v !== undefined) out.push({ step, ob_refcnt: v });
    return out.sort((a, b) => a.step - b.step);
  }
}
