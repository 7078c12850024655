// dir() (Python/bltinmodule.c builtin_dir → Objects/object.c PyObject_Dir): without
// an argument the sorted keys of the caller's locals (PyEval_GetLocals: at module and
// class level the namespace, in a function its f_locals snapshot); with one, the
// sorted result of type(obj).__dir__(obj) (objects/object_dir.ts).

import { PyObject } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_TypeError } from '../objects/exceptions';
import { PyDict_Keys } from '../objects/dictobject';
import { PyList_Sort } from '../objects/listobject';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyObject_Dir } from '../objects/object_dir';
import { PyEval_GetLocals } from './pythonrun';
import type { PyTupleObject } from '../objects/tupleobject';

/** METH_VARARGS, as in 3.11 (PyArg_UnpackTuple): a call builds the argument tuple. */
function builtin_dir(_self: PyObject, argtuple: PyObject): PyObject {
  const args = (argtuple as PyTupleObject).ob_item;
  const nargs = args.length;
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `dir expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) return PyObject_Dir(args[0]);
  // _dir_locals: the keys of PyEval_GetLocals(), sorted.
  const names = PyDict_Keys(PyEval_GetLocals());
  PyList_Sort(names);
  return names;
}

export const dirMethodDef: PyMethodDef = { ml_name: 'dir', ml_meth: builtin_dir, ml_flags: METH.VARARGS };
