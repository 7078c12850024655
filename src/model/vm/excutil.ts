// Exception-instance fields and chaining as Python/errors.c and Objects/exceptions.c
// manipulate them from the eval loop: __traceback__, __context__ (implicit chaining
// in _PyErr_SetObject), __cause__ (`raise ... from ...`).

import { PyObject, Py_DECREF, Py_INCREF, Py_XDECREF } from '../objects/object';
import { PyException } from '../objects/errors';
import { Py_None } from '../objects/singletons';
import { tstate } from './pystate';

/** The PyBaseExceptionObject fields the VM reads and writes (objects/exceptions.ts). */
export interface ExcObject extends PyObject {
  args: PyObject;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppress_context: boolean;
}

export function asExc(o: PyObject): ExcObject {
  return o as ExcObject;
}

/** PyException_SetTraceback(value, tb): takes a new reference to tb (None → null). */
export function PyException_SetTraceback(value: PyObject, tb: PyObject | null): void {
  const v = asExc(value);
  const t = tb === Py_None ? null : tb;
  if (t !== null) Py_INCREF(t);
  const old = v.traceback;
  v.traceback = t;
  Py_XDECREF(old);
}

/** PyException_SetContext(value, ctx): steals the reference to ctx. */
export function PyException_SetContext(value: PyObject, ctx: PyObject | null): void {
  const v = asExc(value);
  const old = v.context;
  v.context = ctx;
  Py_XDECREF(old);
}

/** PyException_SetCause(value, cause): steals the reference; sets __suppress_context__. */
export function PyException_SetCause(value: PyObject, cause: PyObject | null): void {
  const v = asExc(value);
  v.suppress_context = true;
  const old = v.cause;
  v.cause = cause;
  Py_XDECREF(old);
}

/** The innermost exception being handled (exc_info->exc_value), or null. */
export function topmostHandled(): PyObject | null {
  let info = tstate.exc_info;
  while ((info.exc_value === null || info.exc_value === Py_None) && info.previous_item !== null) info = info.previous_item;
  const v = info.exc_value;
  return v === null || v === Py_None ? null : v;
}

/** The implicit chaining _PyErr_SetObject does when an exception is raised while
 *  another is being handled: the new exception's __context__ becomes the handled one
 *  (normalizing the new one now), breaking any cycle through the context chain. */
export function _PyErr_ChainContext(e: PyException): void {
  const exc_value = topmostHandled();
  if (exc_value === null) return;
  const value = e.value;
  if (exc_value === value) return;
  // Floyd's cycle detection over the context chain, as errors.c does.
  let o: PyObject = exc_value;
  let slow_o: PyObject = o;
  let toggle = false;
  let context: PyObject | null;
  while ((context = asExc(o).context) !== null) {
    if (context === value) {
      PyException_SetContext(o, null);
      break;
    }
    o = context;
    if (o === slow_o) break;
    if (toggle) slow_o = asExc(slow_o).context as PyObject;
    toggle = !toggle;
  }
  Py_INCREF(exc_value);
  PyException_SetContext(value, exc_value);
}

/** An exception instance re-raised as is (RERAISE, bare `raise`): a PyException owning a
 *  new reference, with the instance's traceback as the one to extend. */
export function _PyErr_FromInstance(value: PyObject): PyException {
  Py_INCREF(value);
  const e = new PyException(value);
  const tb = asExc(value).traceback;
  if (tb !== null) {
    Py_INCREF(tb);
    e.traceback = tb;
  }
  return e;
}

/** Py_CLEAR on a PyException's traceback. */
export function clearTraceback(e: PyException): void {
  const tb = e.traceback;
  e.traceback = null;
  if (tb !== null) Py_DECREF(tb);
}
