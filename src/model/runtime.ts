// One simulated interpreter (CPython: _PyRuntime + PyInterpreterState). Several can
// exist in one process (two debug sessions, a restart, a replay) and run interleaved;
// every public API entry calls activate() so module-level code always works on the
// right heap.
//
// The model keeps an interpreter's state where its hot paths read it fastest: in
// module-level variables (the free lists, the method cache, the interned table...) and
// in the fields of objects every interpreter shares (static objects such as small ints,
// None and the static types, and the startup heap: vm/startup.ts). Only one runtime
// works on them at a time: each module registers the part it owns (runtimestate.ts),
// and activate() performs a context switch when the active runtime changes — the
// outgoing runtime saves what it may have changed, the incoming one restores its own
// (or starts from the state a new interpreter has). A switch costs O(static + startup
// objects), a few thousand, and happens only at API entries that change the runtime;
// nothing on the eval loop's path pays for it.

import { _setCurrentRuntime, rt as currentRuntime } from './objects/object';
import { _PyRuntime_SaveAll, _PyRuntime_RestoreAll } from './runtimestate';
import type { PyObject } from './objects/object';
import type { ObjectAllocator } from './memory/allocator';
import type { Profile } from './profiles/profile';

/** What the allocation convention (objects/objalloc.ts) tells the cyclic GC.
 *  The GC (src/model/gc/) installs its own implementation in `rt.gc`; the
 *  default below only keeps generation 0's count, as Modules/gcmodule.c does. */
export interface GcHooks {
  /** _PyObject_GC_Link: a GC object was allocated (count[0]++, maybe collect). Called before it is tracked. */
  link(o: PyObject): void;
  /** PyObject_GC_Track. */
  track(o: PyObject): void;
  /** PyObject_GC_UnTrack (no-op when untracked). */
  untrack(o: PyObject): void;
  /** PyObject_GC_Del's bookkeeping: count[0]-- when positive. The object is already untracked. */
  unlink(o: PyObject): void;
}

export class PyRuntime {
  /** The cyclic GC's hooks (see GcHooks); gc/index.ts installGc sets them before any object exists. */
  gc: GcHooks = null as unknown as GcHooks;
  /** The registered states while this runtime is switched out (null while active or
   *  before it first runs); index i belongs to registry[i]. */
  private saved: unknown[] | null = null;

  constructor(
    readonly profile: Profile,
    readonly mem: ObjectAllocator,
  ) {}

  /** Makes this runtime the current one: a context switch when another was. */
  activate(): void {
    const out = currentRuntime;
    if (out === this) return;
    if (out !== null) out.saved = _PyRuntime_SaveAll();
    _setCurrentRuntime(this);
    const mine = this.saved;
    this.saved = null;
    _PyRuntime_RestoreAll(mine);
  }

  /** Whether this runtime is the current one. */
  get active(): boolean {
    return currentRuntime === this;
  }
}
