// The host's limits, met where CPython has none or meets its own later, turned into
// the exceptions CPython raises when it runs out of the same thing.
//
// - The JavaScript stack. CPython's C stack and ours both grow when C code calls
//   Python code (repr() reaching __repr__, a key function, __init__) or recurses over
//   data (hashing nested tuples). The recursion counter (pystate.ts) stops Python-level
//   recursion at CPython's depth, and the CLI gives V8 a stack that holds far more
//   than that (scripts/cli-launcher.mjs); data CPython walks without a counter can
//   still go deeper than our stack where CPython's holds (or crashes: CPython has no
//   answer past its own C stack either). V8 then throws RangeError "Maximum call
//   stack size exceeded", which becomes RecursionError: the exception CPython raises
//   for running out of depth, catchable like any other.
// - String and array sizes. A JS string holds at most 2**29 - 24 UTF-16 units
//   (V8's String::kMaxLength), an array 2**32 - 1 elements: operations that build big
//   strings check first (memory/budget.ts HOST_MAX_STRING_LENGTH, then MemoryError as
//   for a request past the simulated memory cap); a RangeError from a path without it
//   ("Invalid string length", "Invalid array length", a failed ArrayBuffer) is a
//   MemoryError, as CPython's failed malloc would be.

import { PyException } from '../objects/errors';
import { PyExc_MemoryError, PyExc_RecursionError } from '../objects/exceptions';
import { PyUnicode_FromString } from '../objects/unicodeobject';

/** The Python exception for a host RangeError, or null when it is not a host limit
 *  (then it is a simulator bug, reported as an internal error). */
export function _PyErr_FromHostLimit(e: unknown): PyException | null {
  if (!(e instanceof RangeError)) return null;
  const m = e.message;
  if (m.startsWith('Maximum call stack size exceeded')) {
    return PyException.lazy(PyExc_RecursionError, PyUnicode_FromString('maximum recursion depth exceeded'));
  }
  if (m.startsWith('Invalid string length') || m.startsWith('Invalid array length') ||
    m.startsWith('Array buffer allocation failed') || m.startsWith('Invalid typed array length') ||
    m.startsWith('Maximum BigInt size exceeded')) {
    return PyException.lazy(PyExc_MemoryError, null);
  }
  return null;
}
