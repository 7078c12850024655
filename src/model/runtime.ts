// One simulated interpreter (CPython: _PyRuntime + PyInterpreterState). Several can
// exist in one process (two debug sessions, a replay); every public API entry calls
// activate() so module-level code always works on the right heap.

import { _setCurrentRuntime } from './objects/object';
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

  constructor(
    readonly profile: Profile,
    readonly mem: ObjectAllocator,
  ) {}

  activate(): void {
    _setCurrentRuntime(this);
  }
}
