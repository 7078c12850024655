// How the interpreter registers the single-phase built-in modules it creates itself, sys
// and builtins (Python/import.c _PyImport_FixupBuiltin → _PyImport_FixupExtensionObject,
// Python/pystate.c _PyState_AddModule). Besides sys.modules[name], the interpreter keeps:
// - interp->modules_by_index, a list holding a reference to each such module;
// - the module definition's m_base.m_copy, a copy of the module's dict as it was at that
//   moment ("so that the module can be re-initialised"), which holds one more reference to
//   every function and value the module had then: why sys.getrefcount(len) or of
//   sys.getrefcount itself is one higher in CPython than the module dict alone explains.

import { PyObject, Py_DECREF } from '../objects/object';
import { PyDict_Copy, PyDict_SetItem } from '../objects/dictobject';
import { PyList_Append } from '../objects/listobject';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import type { PyModuleObject } from '../objects/moduleobject';

/** _PyImport_FixupBuiltin(mod, name, modules): returns the m_copy dict (a new reference,
 *  which the interpreter keeps for the run). */
export function _PyImport_FixupBuiltin(mod: PyModuleObject, name: string, modules: PyObject, modulesByIndex: PyObject): PyObject {
  const key = PyUnicode_FromString(name);
  try {
    PyDict_SetItem(modules, key, mod);
  } finally {
    Py_DECREF(key);
  }
  PyList_Append(modulesByIndex, mod); // _PyState_AddModule
  return PyDict_Copy(mod.ob_dict as PyObject);
}
