// The collector's per-interpreter state (Include/internal/pycore_gc.h struct
// _gc_runtime_state) and the hooks every GC object's life goes through
// (Modules/gcmodule.c _PyObject_GC_Link, PyObject_GC_Track/UnTrack, PyObject_GC_Del).
//
// Three generations, each a list with a threshold and a count, plus the permanent
// generation gc.freeze() fills. count[0] is the number of GC objects allocated
// minus those deallocated since the last collection (free lists bypass both);
// count[g] for g > 0 is the number of collections of generation g-1 since the last
// collection of g. An allocation that makes count[0] exceed threshold[0] runs a
// collection right there, inside the allocation and before the new object is
// tracked (3.11; 3.12 only schedules it for the eval breaker).

import { PyObject, GC_UNTRACKED } from '../objects/object';
import type { GcHooks } from '../runtime';
import type { GcProfile } from '../profiles/gc';
import { PyGC_ListHead, gc_list_append, gc_list_remove, gc_list_size } from './gclist';
import { gc_collect_generations } from './collect';
import type { GcEventSink } from './events';
import { tstate } from '../vm/pystate';
import { cStderr } from '../vm/sysmodule';

/** gc_gen of an object on the permanent generation (gc.freeze). */
export const GC_PERMANENT = 3;
/** gc_gen while a collection examines the object: CPython's PREV_MASK_COLLECTING bit. */
export const GC_COLLECTING = 4;
/** gc_gen of an object move_unreachable tentatively moved to `unreachable`:
 *  PREV_MASK_COLLECTING together with NEXT_MASK_UNREACHABLE. */
export const GC_UNREACHABLE = 5;

/** gc.DEBUG_* flags (Modules/gcmodule.c). */
export const DEBUG_STATS = 1 << 0;
export const DEBUG_COLLECTABLE = 1 << 1;
export const DEBUG_UNCOLLECTABLE = 1 << 2;
export const DEBUG_SAVEALL = 1 << 5;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/** struct gc_generation. */
export class GcGeneration {
  readonly head: PyGC_ListHead;
  threshold: number;
  count: number;
  constructor(label: string, threshold: number, count: number) {
    this.head = new PyGC_ListHead(label);
    this.threshold = threshold;
    this.count = count;
  }
}

/** struct gc_generation_stats. */
export interface GcGenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** What the collector needs from the interpreter it runs in (set by the VM). */
export interface GcInterpreterHooks {
  /** _PyErr_Occurred(tstate): an exception is being raised right now (no automatic collection then). */
  errOccurred(): boolean;
  /** PySys_WriteStderr, for the DEBUG_* messages. */
  writeStderr(s: string): void;
}

/** _gc_runtime_state. Installed as `rt.gc` by installGc (gc/index.ts). */
export class GCState implements GcHooks {
  enabled = true;
  /** True while a collection runs (no nested collections). */
  collecting = false;
  debug = 0;
  readonly generations: GcGeneration[];
  readonly permanent_generation: GcGeneration;
  readonly generation_stats: GcGenerationStats[];
  /** Objects that survived the last full collection (gc_collect_main). */
  long_lived_total = 0;
  /** Objects that survived a generation-1 collection since the last full one. */
  long_lived_pending = 0;
  /** Long-lived objects CPython's startup leaves that the simulator does not have
   *  (profile.gc.startup.longLivedObjects minus the simulator's own; see setStartupBaseline). */
  phantom_long_lived = 0;
  /** gc.garbage and gc.callbacks (lists, created by the gc module's owner — gcmodule.ts). */
  garbage: PyObject | null = null;
  callbacks: PyObject | null = null;
  /** Observers of collections (events.ts); null when nobody listens (no cost). */
  events: GcEventSink | null = null;
  /** The trigger of the collection being run, for events. */
  trigger: 'automatic' | 'gc.collect' = 'automatic';
  hooks: GcInterpreterHooks = {
    // An exception is being raised while the eval loop unwinds (ceval.ts sets tstate.curexc).
    errOccurred: () => tstate !== null && tstate.curexc !== null,
    writeStderr: (s) => cStderr.write(s),
  };

  constructor(readonly profile: GcProfile) {
    const n = profile.numGenerations;
    this.generations = [];
    for (let i = 0; i < n; i++) {
      const c = i === 0 ? 0 : profile.startup.counts12[i - 1] ?? 0;
      this.generations.push(new GcGeneration(`generation ${i}`, profile.thresholds[i], c));
    }
    this.permanent_generation = new GcGeneration('permanent generation', 0, 0);
    this.generation_stats = [];
    for (let i = 0; i < n; i++) {
      const s = profile.startup.stats[i];
      this.generation_stats.push({ collections: s?.collections ?? 0, collected: s?.collected ?? 0, uncollectable: 0 });
    }
  }

  get numGenerations(): number {
    return this.generations.length;
  }

  /** The list head of generation `g` (GEN_HEAD). */
  genHead(g: number): PyGC_ListHead {
    return g === GC_PERMANENT ? this.permanent_generation.head : this.generations[g].head;
  }

  /** Called once the interpreter's own startup objects exist, before __main__ is parsed:
   *  generation 0 counts what CPython's startup left counted at that point, and
   *  long_lived_total will count CPython's startup objects the model does not create. */
  setStartupBaseline(): void {
    this.generations[0].count = this.profile.startup.count0;
    let own = 0;
    for (const g of this.generations) own += gc_list_size(g.head);
    own += gc_list_size(this.permanent_generation.head);
    this.phantom_long_lived = Math.max(0, this.profile.startup.longLivedObjects - own);
  }

  // ---------------------------------------------------------------------------
  // GcHooks (objects/objalloc.ts calls these)

  /** _PyObject_GC_Link: count the allocation; collect when generation 0 is over its threshold. */
  link(_o: PyObject): void {
    const g0 = this.generations[0];
    if (++g0.count > g0.threshold) this.collectAtAllocation(g0);
  }

  /** The rest of _PyObject_GC_Link, once generation 0 is over its threshold (kept out of
   *  link, which every GC allocation calls, so that stays tiny). */
  private collectAtAllocation(g0: GcGeneration): void {
    if (this.enabled && g0.threshold !== 0 && !this.collecting &&
        this.profile.collectAtAllocation && !this.hooks.errOccurred()) {
      this.collecting = true;
      this.trigger = 'automatic';
      try {
        gc_collect_generations(this);
      } finally {
        this.collecting = false;
      }
    }
  }

  /** _PyObject_GC_TRACK: append to generation 0. */
  track(o: PyObject): void {
    gc_list_append(o, this.generations[0].head);
    o.gc_gen = 0;
  }

  /** _PyObject_GC_UNTRACK: unlink from whatever list the object is on (a generation or
   *  one of a running collection's lists). */
  untrack(o: PyObject): void {
    gc_list_remove(o);
    o.gc_gen = GC_UNTRACKED;
  }

  /** PyObject_GC_Del's count: count[0]-- when positive. */
  unlink(_o: PyObject): void {
    const g0 = this.generations[0];
    if (g0.count > 0) g0.count--;
  }
}
