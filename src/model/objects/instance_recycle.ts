// Host-side recycling of the JS objects of deallocated class instances
// (PyInstanceObject). CPython has no free list for instances, and this is not one:
// every instance still gets and frees its simulated memory (GC head, managed-dict
// pre-header and values block), counts in gc.get_count(), and a reused JS object is
// reset to exactly the state of a new one. What is spared is V8's work: creating
// the JS object (and, through dictvalues.ts, its values array and the owner record
// of the values block) and collecting it again. Same convention as exact ints
// (longobject.ts): nobody keeps a PyObject past its deallocation.
//
// Not while a collection observer is installed (objalloc.ts HostRecycler).

import { TypeFlags, type PyTypeObject } from './object';
import { HostRecycler, _PyObject_GC_ResetRecycled } from './objalloc';
import type { PyInstanceObject } from './typeobject';

/** As many as the int recycler keeps (longobject.ts): a program that drops a container of
 *  150k instances and builds another (bench/many_objects.py) reuses them all, where 2**16
 *  left most of the second batch to V8 (~5% of that run). Bounded: at most ~35 MB of JS
 *  objects (instance, values array, owner record) stay pinned. */
const recycled = new HostRecycler<PyInstanceObject>(1 << 18);

/** Only instances of GC types with a weak-reference list are kept: the PyObject
 *  constructor gives them all the same fields (GC head, ob_weakreflist), so a reused
 *  object has the shape a new one of such a type would have. */
function recyclable(type: PyTypeObject): boolean {
  return type.tp_weaklistoffset !== 0 && (type.tp_flags & TypeFlags.HAVE_GC) !== 0;
}

/** subtype_dealloc, once the instance's block is freed: keep its JS object for reuse. */
export function _PyInstance_Recycle(o: PyInstanceObject): void {
  if (!recyclable(o.ob_type) || !recycled.keep(o)) return;
  // Drop the JS references the dead object still holds (the model released them).
  o.ob_dict = null;
  o.ob_values = null;
  o.ob_values_order = null;
  o.ob_slots = null;
  o.ob_weakreflist = null;
}

/** A recycled instance for a new object of `type`, reset to the state the
 *  PyInstanceObject constructor gives (before PyType_GenericAlloc), or null. */
export function _PyInstance_Reuse(type: PyTypeObject): PyInstanceObject | null {
  if (!recyclable(type)) return null;
  const o = recycled.take();
  if (o === null) return null;
  _PyObject_GC_ResetRecycled(o);
  o.ob_type = type;
  o.ob_weakreflist = null;
  o.ob_dict = null;
  o.ob_values = null;
  o.ob_values_addr = 0;
  o.ob_values_order = null;
  o.ob_values_lastIx = -1;
  o.ob_slots = null;
  return o;
}
