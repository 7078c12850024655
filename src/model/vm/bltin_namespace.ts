// globals(), locals() and vars() (Python/bltinmodule.c). The current frame is the
// caller's: a builtin runs without a frame of its own. locals() and vars() call
// PyEval_GetLocals: at module and class level the namespace itself; inside a
// function the frame's f_locals dict, refreshed from the fast locals
// (_PyFrame_FastToLocalsWithError), which keeps a reference to each local until
// the function returns.

import { PyObject } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_TypeError, PyExc_SystemError } from '../objects/exceptions';
import type { PyTupleObject } from '../objects/tupleobject';
import { _PyObject_LookupAttr, _Py_ID } from '../objects/abstract';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { tstate } from './pystate';
import { PyEval_GetLocals } from './pythonrun';

/** PyEval_GetGlobals + Py_XINCREF. */
function builtin_globals(_m: PyObject): PyObject {
  const frame = tstate.frame;
  if (frame === null) return PyErr_SetString(PyExc_SystemError, 'frame does not exist');
  const d = frame.f_globals;
  d.ob_refcnt++;
  return d;
}

/** PyEval_GetLocals + Py_XINCREF. */
function getLocals(): PyObject {
  const d = PyEval_GetLocals();
  d.ob_refcnt++;
  return d;
}

function builtin_locals(_m: PyObject): PyObject {
  return getLocals();
}

/** vars([object]): METH_VARARGS in 3.11 (an argument tuple is built for the call). */
function builtin_vars(_m: PyObject, args: PyObject): PyObject {
  const items = (args as PyTupleObject).ob_item;
  if (items.length > 1) return PyErr_SetString(PyExc_TypeError, `vars expected at most 1 argument, got ${items.length}`);
  if (items.length === 0) return getLocals();
  const d = _PyObject_LookupAttr(items[0], _Py_ID('__dict__'));
  if (d === null) return PyErr_SetString(PyExc_TypeError, 'vars() argument must have __dict__ attribute');
  return d;
}

export const namespaceMethodDefs: PyMethodDef[] = [
  { ml_name: 'globals', ml_meth: builtin_globals, ml_flags: METH.NOARGS },
  { ml_name: 'locals', ml_meth: builtin_locals, ml_flags: METH.NOARGS },
  { ml_name: 'vars', ml_meth: builtin_vars, ml_flags: METH.VARARGS },
];
