// The visitors of deduce_unreachable's two passes over young (Modules/gcmodule.c
// visit_decref, visit_reachable) and the traversals that feed them.
//
// Each pass calls an object's tp_traverse with a visitor. In JS that is two calls
// per reference through sites that see every type of the program (megamorphic: no
// inlining, and every property load goes through a generic lookup). For the
// containers that make up most of a heap — lists, tuples, dicts and class
// instances whose attributes live in managed values — the traversal is written
// out here with the visitor inlined, so each pass is a straight loop as in C.
// Each one visits the same references in the same order as the type's
// tp_traverse (list and tuple items from the last one, as list_traverse and
// tupletraverse do; a dict's values, and keys of a general table after each value;
// an instance's values in key order, then its type), so the passes' results,
// including the order in which move_unreachable appends objects back to young,
// are those of the generic traversal. Any other object goes through tp_traverse.
//
// The visitors are module-level functions reading module-level state, so a
// traversal allocates nothing. That state is scratch of the collection running, which
// never spans a pause of the interpreter (the Python code it runs is nested in it), so
// every runtime shares it. Each first checks that the target is a GC object
// (_PyObject_IS_GC), as CPython's do: only GC objects have the gc_* fields
// (objects/object.ts), and a missing-field load is several times slower than the
// two loads of the type check.

import { PyObject, PyTypeObject, TypeFlags } from '../objects/object';
import { PyTuple_Type, type PyTupleObject } from '../objects/tupleobject';
import { PyList_Type, type PyListObject } from '../objects/listobject';
import { PyDict_Type, DictKeysKind, type PyDictObject } from '../objects/dictobject';
import { _PyObject_PlainManagedValues, subtype_traverse as subtype_traverse_ref } from '../objects/typeobject_new';
import { gc_list_move } from './gclist';
import { GC_COLLECTING, GC_UNREACHABLE } from './gcstate';

/** visit_decref: a reference from inside the collected set is not an outside reference. */
export function visit_decref(op: PyObject): void {
  if ((op.ob_type.tp_flags & TypeFlags.HAVE_GC) !== 0 && op.gc_gen === GC_COLLECTING) op.gc_refs--;
}

/** The generation a collection examines (younger ones merged into it), for visit_decref_young. */
let youngGen = 0;

/** visit_decref for update_and_subtract_refs: an object of young not touched yet gets its
 *  gc_refs from ob_refcnt first (update_refs' work), then loses this reference. */
function visit_decref_young(op: PyObject): void {
  if ((op.ob_type.tp_flags & TypeFlags.HAVE_GC) === 0) return;
  const g = op.gc_gen;
  if (g === GC_COLLECTING) op.gc_refs--;
  else if (g >= 0 && g <= youngGen) first_decref(op);
}

/** move_unreachable's `young`, where visit_reachable moves objects back to. */
let reachable: PyObject = null as unknown as PyObject;

/** visit_reachable: `op` is referenced by an object known to be reachable. */
function visit_reachable(op: PyObject): void {
  if ((op.ob_type.tp_flags & TypeFlags.HAVE_GC) === 0) return;
  const g = op.gc_gen;
  if (g === GC_UNREACHABLE) {
    // move_unreachable already moved it to `unreachable`: bring it back to the
    // end of young, where the scan will reach it again.
    reach_back(op);
  } else if (g === GC_COLLECTING && op.gc_refs === 0) {
    // Not scanned yet: tell move_unreachable it is reachable.
    op.gc_refs = 1;
  }
  // Otherwise: outside the collected generations, or already known reachable.
}

/** Sets the generation update_and_subtract_refs examines (before traverse_decref_young). */
export function set_young_gen(gen: number): void {
  youngGen = gen;
}

/** Sets the list visit_reachable moves objects back to (before traverse_reachable). */
export function set_reachable(young: PyObject): void {
  reachable = young;
}

// The inline traversals below repeat the visitors' first lines in their own loop, on
// purpose: V8 keeps type feedback per function, so a loop over list items or instance
// values sees the few kinds of objects a program keeps there, where the visitor itself
// sees every kind of object (and its loads then take V8's slowest path). The loops are
// fed by whichever container is traversed (containerItems) rather than repeated per
// kind of container, to keep the compiled code (and the time V8 takes to compile it,
// which short programs pay) small.

/** The references of `op` as one array, when it is a container the passes walk inline:
 *  set by containerItems, which returns how many leading entries to visit (-1: not such a
 *  container). `itemsReversed`: list and tuple items are visited from the last one. */
let items: readonly (PyObject | null)[] = [];
let itemsReversed = false;
/** Whether `op`'s type is visited after the items (a class instance's reference to its class). */
let itemsType = false;

function containerItems(op: PyObject, type: PyTypeObject): number {
  if (type.tp_traverse === subtype_traverse_ref) {
    const vals = _PyObject_PlainManagedValues(op);
    if (vals === null) return -1;
    items = vals;
    itemsReversed = false;
    itemsType = true;
    return vals.length;
  }
  if (type === PyList_Type || type === PyTuple_Type) {
    const a = (op as PyTupleObject | PyListObject).ob_item;
    items = a;
    itemsReversed = true;
    itemsType = false;
    return a.length;
  }
  if (type === PyDict_Type) {
    const keys = (op as PyDictObject).ma_keys;
    // A general table visits each key after its value: left to tp_traverse.
    if (keys.dk_kind === DictKeysKind.GENERAL) return -1;
    items = keys.me_value;
    itemsReversed = false;
    itemsType = false;
    return keys.dk_nentries;
  }
  return -1;
}

/** tp_traverse(op, visit_decref_young). */
export function traverse_decref_young(op: PyObject): void {
  const type = op.ob_type;
  const n = containerItems(op, type);
  if (n < 0) {
    const traverse = type.tp_traverse;
    if (traverse !== null) traverse(op, visit_decref_young);
    return;
  }
  // The order of the visits does not matter to this visitor.
  const a = items;
  for (let i = 0; i < n; i++) {
    const o = a[i];
    if (o === null || (o.ob_type.tp_flags & TypeFlags.HAVE_GC) === 0) continue;
    const g = o.gc_gen;
    if (g === GC_COLLECTING) o.gc_refs--;
    else if (g >= 0 && g <= youngGen) first_decref(o);
  }
  if (itemsType) visit_decref_young(type);
}

/** visit_decref_young's first touch of an object of young. */
function first_decref(op: PyObject): void {
  op.gc_refs = op.ob_refcnt - 1;
  op.gc_gen = GC_COLLECTING;
}

/** tp_traverse(op, visit_reachable), in the type's own visiting order. */
export function traverse_reachable(op: PyObject): void {
  const type = op.ob_type;
  const n = containerItems(op, type);
  if (n < 0) {
    const traverse = type.tp_traverse;
    if (traverse !== null) traverse(op, visit_reachable);
    return;
  }
  const a = items;
  if (itemsReversed) {
    for (let i = n - 1; i >= 0; i--) {
      const o = a[i];
      if (o === null || (o.ob_type.tp_flags & TypeFlags.HAVE_GC) === 0) continue;
      const g = o.gc_gen;
      if (g === GC_UNREACHABLE) reach_back(o);
      else if (g === GC_COLLECTING && o.gc_refs === 0) o.gc_refs = 1;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const o = a[i];
    if (o === null || (o.ob_type.tp_flags & TypeFlags.HAVE_GC) === 0) continue;
    const g = o.gc_gen;
    if (g === GC_UNREACHABLE) reach_back(o);
    else if (g === GC_COLLECTING && o.gc_refs === 0) o.gc_refs = 1;
  }
  if (itemsType) visit_reachable(type);
}

/** visit_reachable on an object move_unreachable already moved to `unreachable`. */
function reach_back(op: PyObject): void {
  gc_list_move(op, reachable);
  op.gc_refs = 1;
  op.gc_gen = GC_COLLECTING;
}
