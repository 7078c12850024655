// The thread state (Include/cpython/pystate.h PyThreadState): the current frame,
// the stack of exceptions being handled (exc_info), and the recursion counter
// that Python frames and C-level recursion share in 3.11 (Include/internal/
// pycore_ceval.h _Py_EnterRecursiveCallTstate). One per simulated interpreter;
// `tstate` is switched together with `rt` when an interpreter is activated.

import { rt, type PyObject } from '../objects/object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import type { PyException } from '../objects/errors';
import type { InterpreterFrame } from './frame';

/** _PyErr_StackItem: one entry of the handled-exception stack. Generators own one
 *  each (gi_exc_state) and push it while they run. */
export class ExcStackItem {
  /** The exception being handled (an owned reference), or null/None when none. */
  exc_value: PyObject | null = null;
  previous_item: ExcStackItem | null = null;
}

export class PyThreadState {
  /** cframe.current_frame: the innermost running frame. */
  frame: InterpreterFrame | null = null;
  /** tstate->exc_state: the base of the handled-exception stack. */
  readonly exc_state = new ExcStackItem();
  /** tstate->exc_info: the topmost item (a generator's while it runs). */
  exc_info: ExcStackItem = this.exc_state;
  /** The exception currently propagating through eval loops (already chained and
   *  given its traceback entries), so an eval loop can tell a fresh raise from one
   *  coming up from a callee. */
  curexc: PyException | null = null;
  recursion_limit: number;
  recursion_remaining: number;
  recursion_headroom = 0;
  /** Nesting of _PyEval_EvalFrameDefault activations on the JS stack (C → Python calls). */
  evalDepth = 0;
  /** Frames pushed so far (InterpreterFrame.serial). */
  frameSerial = 0;
  /** The trashcan (objects/trashcan.ts): nesting of container deallocators, and the
   *  objects deposited for later deallocation (the last one is destroyed first). */
  trash_delete_nesting = 0;
  readonly trash_delete_later: PyObject[] = [];

  constructor(recursionLimit: number) {
    this.recursion_limit = recursionLimit;
    this.recursion_remaining = recursionLimit;
  }
}

/** The thread state of the active interpreter (set by Interpreter.activate()); until
 *  one is activated (the model used without an interpreter, as unit tests do), a
 *  thread state with the default recursion limit. */
export let tstate: PyThreadState = new PyThreadState(1000);

export function _setCurrentThreadState(t: PyThreadState): void {
  tstate = t;
}

/** Interpreter-wide recursion limit (interp->ceval.recursion_limit), set by
 *  sys.setrecursionlimit: the active runtime's, switched with it (runtimestate.ts). */
export const ceval = { recursion_limit: 1000 };
_PyRuntime_RegisterState<number>({
  name: 'interp->ceval.recursion_limit',
  save: () => ceval.recursion_limit,
  restore: (limit) => {
    ceval.recursion_limit = limit;
  },
  fresh: () => rt.profile.recursionLimit,
});

/** Hook filled by ceval.ts (avoids an import cycle): raises RecursionError. The same
 *  function for every runtime (it raises in whichever is active). */
let raiseRecursionError: (where: string) => never = (where) => {
  throw new Error(`internal: maximum recursion depth exceeded${where}`);
};
export function _setRecursionErrorRaiser(f: (where: string) => never): void {
  raiseRecursionError = f;
}

/** _Py_CheckRecursiveCall (Python/ceval.c): called when recursion_remaining ran out. */
export function _Py_CheckRecursiveCall(t: PyThreadState, where: string): void {
  const depth = t.recursion_limit - t.recursion_remaining;
  if (depth < ceval.recursion_limit) {
    t.recursion_limit = ceval.recursion_limit;
    t.recursion_remaining = t.recursion_limit - depth;
    return;
  }
  if (t.recursion_headroom) {
    if (t.recursion_remaining < -50) throw new Error('Fatal Python error: Cannot recover from stack overflow.');
    return;
  }
  if (t.recursion_remaining <= 0) {
    ++t.recursion_remaining;
    t.recursion_headroom++;
    try {
      raiseRecursionError(where);
    } finally {
      t.recursion_headroom--;
    }
  }
}

/** _Py_EnterRecursiveCall(where): C code that may recurse (repr, comparisons, calls
 *  of non-Python callables) counts against the same limit as Python frames.
 *  Throws RecursionError("maximum recursion depth exceeded" + where). */
export function _Py_EnterRecursiveCall(where: string): void {
  const t = tstate;
  if (t.recursion_remaining-- <= 0) _Py_CheckRecursiveCall(t, where);
}

export function _Py_LeaveRecursiveCall(): void {
  tstate.recursion_remaining++;
}

/** _Py_EnterRecursiveCall + _Py_LeaveRecursiveCall around C work that cannot recurse
 *  (an int comparison, a builtin that calls no Python code): it only raises when the
 *  counter is already spent, so the frontier of a deep recursion fails where
 *  CPython's does — `n == -1` in the 1000th frame raises "... in comparison". */
export function _Py_RecursionCheckpoint(where: string): void {
  const t = tstate;
  if (t.recursion_remaining <= 0) {
    t.recursion_remaining--;
    _Py_CheckRecursiveCall(t, where);
    t.recursion_remaining++;
  }
}

/** _PyErr_GetTopmostException: the innermost exception being handled, or null. */
export function _PyErr_GetTopmostException(): ExcStackItem {
  let info: ExcStackItem | null = tstate.exc_info;
  while (info !== null && info.exc_value === null && info.previous_item !== null) info = info.previous_item;
  return info ?? tstate.exc_state;
}
