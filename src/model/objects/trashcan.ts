// The trashcan (Objects/object.c _PyTrash_begin / _PyTrash_end /
// _PyTrash_thread_deposit_object / _PyTrash_thread_destroy_chain, the
// Py_TRASHCAN_BEGIN / Py_TRASHCAN_END macros of Include/cpython/object.h).
//
// Freeing `l` after `for i in range(10000): l = [l]` deallocates 10,000 lists, each
// from inside the deallocation of the one holding it: a C stack 10,000 frames deep.
// The container deallocators (list, tuple, dict, set, instances of classes, frames,
// exceptions, tracebacks, builtin and wrapper methods) therefore count how deeply
// they are nested; past _PyTrash_UNWIND_LEVEL (50) a deallocator does not run its
// body but deposits the object — refcount 0, already untracked — on the thread's
// trash_delete_later list, and the outermost deallocator, when the nesting is back
// to 0, deallocates what was deposited, last deposited first. The order of those
// frees decides which block (id) and which free-list slot later objects get, so the
// simulator defers exactly as CPython does.

import type { PyObject } from './object';
import { tstate } from '../vm/pystate';

/** _PyTrash_UNWIND_LEVEL: deallocator nesting past which objects are deposited. */
const _PyTrash_UNWIND_LEVEL = 50;

/** What Py_TRASHCAN_BEGIN decided: run without the trashcan (the object's type
 *  overrides this deallocator, e.g. a list subclass), deposit the object, or run the
 *  body counted (Py_TRASHCAN_END must follow it). */
export const enum Trash {
  OFF = 0,
  DEPOSITED = 1,
  ON = 2,
}

/** Py_TRASHCAN_BEGIN(op, dealloc): the trashcan applies when dealloc is op's type's own
 *  tp_dealloc (_PyTrash_cond). DEPOSITED: skip the body (and Py_TRASHCAN_END). */
export function Py_TRASHCAN_BEGIN(op: PyObject, dealloc: (o: PyObject) => void): Trash {
  if (op.ob_type.tp_dealloc !== dealloc) return Trash.OFF;
  const t = tstate;
  if (t.trash_delete_nesting >= _PyTrash_UNWIND_LEVEL) {
    // _PyTrash_thread_deposit_object (chained through the GC header in CPython).
    t.trash_delete_later.push(op);
    return Trash.DEPOSITED;
  }
  ++t.trash_delete_nesting;
  return Trash.ON;
}

/** Py_TRASHCAN_END: the outermost counted deallocator destroys the deposited objects. */
export function Py_TRASHCAN_END(trash: Trash): void {
  if (trash !== Trash.ON) return;
  const t = tstate;
  --t.trash_delete_nesting;
  if (t.trash_delete_later.length > 0 && t.trash_delete_nesting <= 0) _PyTrash_thread_destroy_chain();
}

/** _PyTrash_thread_destroy_chain: deallocates the deposited objects, the last deposited
 *  first, with the nesting at 1 so that this loop is never re-entered (what their
 *  deallocators deposit in turn joins the list and is taken next). */
function _PyTrash_thread_destroy_chain(): void {
  const t = tstate;
  const later = t.trash_delete_later;
  ++t.trash_delete_nesting;
  while (later.length > 0) {
    const op = later.pop() as PyObject;
    // The deallocator is called directly: Py_DECREF already ran on op.
    op.ob_type.tp_dealloc(op);
  }
  --t.trash_delete_nesting;
}
