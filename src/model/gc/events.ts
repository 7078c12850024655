// The collector's event stream, for the memory panel, the debugger and the trace.
// Nothing is recorded unless a consumer installs a sink (GCState.events): the
// collector checks `events !== null` once per phase, so an unobserved run pays
// nothing. An event describes one collection phase by phase, as gc_collect_main
// runs it, with objects identified by id() (their address) and type name.

import type { PyObject } from '../objects/object';

export interface GcObjectRef {
  /** id() of the object. */
  id: number;
  /** type(o).__name__. */
  type: string;
}

export interface GcExamined extends GcObjectRef {
  /** ob_refcnt when the collection started (update_refs copies it into gc_refs). */
  refcnt: number;
  /** gc_refs after subtract_refs: references from outside the generations being collected. */
  gc_refs: number;
}

export interface GcCollectionEvent {
  /** The oldest generation collected (younger ones are merged into it). */
  generation: number;
  trigger: 'automatic' | 'gc.collect';
  /** get_count() just before the collection reset the counts. */
  countsBefore: number[];
  /** Every object examined, in list order, with its gc_refs after subtract_refs. */
  examined: GcExamined[];
  /** Tuples (any collection) and dicts (full collections) that were untracked. */
  untracked: GcObjectRef[];
  /** The unreachable set move_unreachable found. */
  unreachable: GcObjectRef[];
  /** Weak references cleared because their referent was unreachable; those whose callback ran. */
  weakrefsCleared: GcObjectRef[];
  weakrefCallbacks: GcObjectRef[];
  /** Objects whose tp_finalize (__del__) ran in this collection. */
  finalized: GcObjectRef[];
  /** Unreachable objects a finalizer made reachable again: they survive. */
  resurrected: GcObjectRef[];
  /** Objects deallocated while the garbage was cleared (tp_clear broke the cycles). */
  freed: GcObjectRef[];
  /** Garbage kept in gc.garbage (DEBUG_SAVEALL) instead of being cleared. */
  saved: GcObjectRef[];
  /** Where the survivors went: the next generation (or the same one for a full collection). */
  survivorsGeneration: number;
  survivors: number;
  /** gc.collect()'s result parts: unreachable objects found, and those that could not be freed. */
  collected: number;
  uncollectable: number;
}

/** A consumer of collections (the panel, the debug adapter, the per-line trace). */
export interface GcEventSink {
  onCollection(ev: GcCollectionEvent): void;
}

export function gcRef(o: PyObject): GcObjectRef {
  return { id: o.ob_addr, type: o.ob_type.tp_name };
}

export function newCollectionEvent(generation: number, trigger: 'automatic' | 'gc.collect', counts: number[]): GcCollectionEvent {
  return {
    generation, trigger, countsBefore: counts, examined: [], untracked: [], unreachable: [], weakrefsCleared: [],
    weakrefCallbacks: [], finalized: [], resurrected: [], freed: [], saved: [], survivorsGeneration: generation,
    survivors: 0, collected: 0, uncollectable: 0,
  };
}

/** Several sinks at once (the trace and the panel may both listen). */
export class GcEventFanout implements GcEventSink {
  readonly sinks: GcEventSink[] = [];
  onCollection(ev: GcCollectionEvent): void {
    for (const s of this.sinks) s.onCollection(ev);
  }
}

/** Adds a consumer to a collector's event stream (several may listen at once);
 *  returns a function that removes it. Takes the GCState's `events` field holder. */
export function addGcEventSink(state: { events: GcEventSink | null }, sink: GcEventSink): () => void {
  if (state.events === null) state.events = sink;
  else if (state.events instanceof GcEventFanout) state.events.sinks.push(sink);
  else {
    const fan = new GcEventFanout();
    fan.sinks.push(state.events, sink);
    state.events = fan;
  }
  return () => {
    if (state.events === sink) state.events = null;
    else if (state.events instanceof GcEventFanout) {
      const i = state.events.sinks.indexOf(sink);
      if (i >= 0) state.events.sinks.splice(i, 1);
      if (state.events.sinks.length === 0) state.events = null;
    }
  };
}
