// The `with` statement's two opcodes (Python/ceval.c, 3.11). The compiler
// (codegen.ts withStmt) brackets the body with them: BEFORE_WITH leaves the bound
// __exit__ under __enter__'s result, and the exception table sends an exception in
// the body to PUSH_EXC_INFO, WITH_EXCEPT_START, whose result decides between
// RERAISE and swallowing it.
//
// Both run out of line (ceval_cold.ts). On an error the loop's unwinding releases
// whatever is still on the stack, so each handler leaves the stack exactly as
// CPython's TARGET had it at its `goto error`.

import { PyObject, Py_DECREF } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_TypeError, PyException_GetTraceback } from '../objects/exceptions';
import { PyObject_CallNoArgs, PyObject_Vectorcall, _Py_ID } from '../objects/abstract';
import { _PyObject_LookupSpecial } from '../objects/typeobject';
import { Py_None } from '../objects/singletons';
import type { InterpreterFrame } from './frame';

/** BEFORE_WITH: mgr → bound __exit__, __enter__(). Both are looked up on the type
 *  (_PyObject_LookupSpecial), so a function in the instance dict does not count and
 *  each lookup makes a bound method of a plain function. */
export function BEFORE_WITH(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const mgr = ls[sp - 1] as PyObject;
  const enter = _PyObject_LookupSpecial(mgr, _Py_ID('__enter__'));
  if (enter === null) {
    PyErr_SetString(PyExc_TypeError, `'${mgr.ob_type.tp_name.slice(0, 200)}' object does not support the context manager protocol`);
  }
  let exit: PyObject | null;
  try {
    exit = _PyObject_LookupSpecial(mgr, _Py_ID('__exit__'));
  } catch (e) {
    Py_DECREF(enter);
    throw e;
  }
  if (exit === null) {
    Py_DECREF(enter);
    PyErr_SetString(
      PyExc_TypeError,
      `'${mgr.ob_type.tp_name.slice(0, 200)}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  // SET_TOP(exit) before the call: if __enter__ raises, the unwinding releases the
  // bound __exit__, the manager is already gone from the stack.
  ls[sp - 1] = exit;
  Py_DECREF(mgr);
  let res: PyObject;
  try {
    res = PyObject_CallNoArgs(enter);
  } finally {
    Py_DECREF(enter);
  }
  ls[sp++] = res;
  return sp;
}

/** WITH_EXCEPT_START: the stack holds (bottom to top) __exit__, lasti, the previous
 *  exception, the exception. Calls __exit__(type, value, traceback) with the three
 *  borrowed (a vectorcall: no tuple is made) and pushes its result. */
export function WITH_EXCEPT_START(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const val = ls[sp - 1] as PyObject;
  const exc = val.ob_type;
  // PyException_GetTraceback's new reference is dropped at once (Py_XDECREF(tb)).
  const tb = PyException_GetTraceback(val) ?? Py_None;
  const exit_func = ls[sp - 4] as PyObject;
  const res = PyObject_Vectorcall(exit_func, [exc, val, tb], 3, null);
  ls[sp++] = res;
  return sp;
}
