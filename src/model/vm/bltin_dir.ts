// dir() (Python/bltinmodule.c builtin_dir → Objects/object.c PyObject_Dir), for the
// cases PyHeap models exactly: dir() at module or class level (the keys of the
// namespace dict, sorted) and dir(module) (module_dir: the keys of its __dict__,
// sorted). dir() inside a function would create a frame object and its f_locals
// dict in 3.11 (PyEval_GetLocals), and dir(obj) merges class dicts along the MRO;
// until those are modelled they raise NotImplementedError naming the case.

import { PyObject } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_TypeError, PyExc_NotImplementedError } from '../objects/exceptions';
import { PyDict_Keys } from '../objects/dictobject';
import { PyList_Sort } from '../objects/listobject';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyEval_GetLocals } from './pythonrun';
import { PyModule_Type, type PyModuleObject } from '../objects/moduleobject';

function builtin_dir(_self: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `dir expected at most 1 argument, got ${nargs}`);
  let ns: PyObject | null;
  if (nargs === 0) {
    // _dir_locals: the keys of PyEval_GetLocals(), sorted.
    ns = PyEval_GetLocals();
  } else {
    const o = args[0];
    if (o.ob_type !== PyModule_Type) {
      return PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support dir() of '${o.ob_type.tp_name}' objects yet`);
    }
    ns = (o as PyModuleObject).ob_dict;
    if (ns === null) return PyErr_SetString(PyExc_TypeError, '<module>.__dict__ is not a dictionary');
  }
  const names = PyDict_Keys(ns);
  PyList_Sort(names);
  return names;
}

export const dirMethodDef: PyMethodDef = { ml_name: 'dir', ml_meth: builtin_dir, ml_flags: METH.FASTCALL };
