// The cyclic garbage collector (Modules/gcmodule.c, 3.11): entry points for the
// interpreter. installGc replaces the runtime's counting-only GC hooks with the
// collector (call it right after the runtime is activated, before any object is
// allocated); makeGcModule (gcmodule.ts) builds the `gc` module on it.

import type { PyRuntime } from '../runtime';
import { PyList_New } from '../objects/listobject';
import { GCState, type GcInterpreterHooks } from './gcstate';
import { _PyWeakref_ResetLists } from '../objects/weakrefobject';
import { makeWeakrefModule, makeWeakrefCoreModule } from './weakrefmodule';
import { makeGcModule } from './gcmodule';
import { registerBuiltinModule } from '../vm/modules';

export { GCState } from './gcstate';
export type { GcInterpreterHooks } from './gcstate';
export { makeGcModule, getGcState, PyGC_Collect, _PyGC_CollectNoFail } from './gcmodule';
export type { GcCollectionEvent, GcEventSink } from './events';
export { GcEventFanout, addGcEventSink } from './events';

/** _PyGC_InitState + _PyGC_Init: the collector of `rt` (which must be the active runtime),
 *  with gc.garbage and gc.callbacks. */
export function installGc(rt: PyRuntime, hooks?: Partial<GcInterpreterHooks>): GCState {
  const state = new GCState(rt.profile.gc);
  if (hooks !== undefined) state.hooks = { ...state.hooks, ...hooks };
  rt.gc = state;
  _PyWeakref_ResetLists();
  state.garbage = PyList_New(0);
  state.callbacks = PyList_New(0);
  // Registered here (not only when the files load) so they win over the VM's
  // placeholder `gc` whatever the import order was.
  registerBuiltinModule('gc', makeGcModule);
  registerBuiltinModule('_weakref', makeWeakrefCoreModule);
  registerBuiltinModule('weakref', makeWeakrefModule);
  return state;
}
