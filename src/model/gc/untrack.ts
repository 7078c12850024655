// Untracking containers that cannot be part of a cycle (Modules/gcmodule.c "NOTE:
// about untracking of mutable objects", issues #4688 and #14775). Tuples are
// tracked when created and untracked by any collection that finds all their items
// untracked; dicts start untracked, become tracked when something that may be
// tracked is inserted, and are untracked again only by full collections.

import { PyObject, PyTypeObject, TypeFlags, GC_UNTRACKED } from '../objects/object';
import { PyTuple_Type, type PyTupleObject } from '../objects/tupleobject';
import { PyDict_Type, DictKeysKind, type PyDictObject } from '../objects/dictobject';
import { PyType_Type } from '../objects/typebase';

/** _PyObject_IS_GC: the type has Py_TPFLAGS_HAVE_GC and, for type objects, tp_is_gc
 *  (type_is_gc) says yes — only heap types; static types live in libpython's data. */
export function _PyObject_IS_GC(o: PyObject): boolean {
  const t = o.ob_type;
  if ((t.tp_flags & TypeFlags.HAVE_GC) === 0) return false;
  if ((t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0 || t === PyType_Type) {
    return ((o as PyTypeObject).tp_flags & TypeFlags.HEAPTYPE) !== 0;
  }
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED (Include/internal/pycore_object.h): a GC object that is
 *  not an untracked tuple (an untracked dict or list still counts: it may be tracked later). */
export function _PyObject_GC_MAY_BE_TRACKED(o: PyObject): boolean {
  if (!_PyObject_IS_GC(o)) return false;
  if (o.ob_type === PyTuple_Type) return o.gc_gen !== GC_UNTRACKED;
  return true;
}

/** _PyTuple_MaybeUntrack (Objects/tupleobject.c). Returns true when it untracked `op`. */
export function _PyTuple_MaybeUntrack(op: PyObject, untrack: (o: PyObject) => void): boolean {
  const items = (op as PyTupleObject).ob_item;
  for (let i = 0; i < items.length; i++) {
    const elt = items[i];
    // A tuple with NULL items is not fully constructed yet: leave it tracked.
    if (elt === null || elt === undefined || _PyObject_GC_MAY_BE_TRACKED(elt)) return false;
  }
  untrack(op);
  return true;
}

/** _PyDict_MaybeUntrack (Objects/dictobject.c): untrack an exact dict whose keys and values
 *  are all untrackable (for str-keyed tables only the values are looked at). */
export function _PyDict_MaybeUntrack(op: PyObject, untrack: (o: PyObject) => void): boolean {
  if (op.ob_type !== PyDict_Type || op.gc_gen === GC_UNTRACKED) return false;
  const keys = (op as PyDictObject).ma_keys;
  const n = keys.dk_nentries;
  const values = keys.me_value;
  if (keys.dk_kind !== DictKeysKind.GENERAL) {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== null && _PyObject_GC_MAY_BE_TRACKED(v)) return false;
    }
  } else {
    const ks = keys.me_key;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === null) continue;
      if (_PyObject_GC_MAY_BE_TRACKED(v) || _PyObject_GC_MAY_BE_TRACKED(ks[i] as PyObject)) return false;
    }
  }
  untrack(op);
  return true;
}
