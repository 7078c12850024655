// dir() (Objects/object.c PyObject_Dir) and the __dir__ methods behind it:
// object.__dir__ (the instance's __dict__ keys, then every class dict along
// __class__ and its __bases__: typeobject.c object___dir___impl, merge_class_dict),
// type.__dir__ (the class dicts) and module.__dir__ (the module's dict). The names
// a builtin type has in CPython 3.11 but PyHeap lacks are listed too (in CPython's
// order, from profiles/py311-names.ts), so dir() shows what CPython shows — looking
// one of them up is then refused by name (objects/unsupported.ts). The traceback's
// "Did you mean" for an AttributeError reads dir() too.

import { PyObject, PyTypeObject, Py_DECREF, TypeFlags } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import { Py_None } from './singletons';
import { PyUnicode_InternFromString } from './unicode_type';
import {
  PyDict_New, PyDict_Check, PyDict_Copy, PyDict_Update, PyDict_Keys, PyDict_GetItemWithError, PyDict_SetItem,
} from './dictobject';
import { PySequence_List, PyList_Sort } from './listobject';
import { _PyObject_LookupAttr, PyObject_GetAttr, PyObject_CallNoArgs, PyObject_Size, PySequence_GetItem, _Py_ID } from './abstract';
import { _PyObject_LookupSpecial, PyBaseObject_Type, PyType_Type } from './typeobject';
import { PyModule_Type, type PyModuleObject } from './moduleobject';
import { METH, type PyMethodDef } from './methoddef';
import { MODULE_DICTS, TYPE_DICTS } from '../profiles/py311-names';
import { _PyHeap_ProvidedNames } from './unsupported';

/** Adds each recorded name missing from `dict` (value None: only the keys matter). */
function addRecorded(dict: PyObject, entries: readonly string[] | undefined, skip?: (name: string) => boolean): void {
  if (entries === undefined) return;
  for (const e of entries) {
    const n = e.endsWith('()') ? e.slice(0, -2) : e;
    if (skip?.(n)) continue;
    const key = PyUnicode_InternFromString(n);
    try {
      if (PyDict_GetItemWithError(dict, key) === null) PyDict_SetItem(dict, key, Py_None);
    } finally {
      Py_DECREF(key);
    }
  }
}

/** merge_class_dict: the class's __dict__, then its bases' recursively. A builtin type
 *  contributes the names CPython's has. */
function merge_class_dict(dict: PyObject, aclass: PyObject): void {
  const classdict = _PyObject_LookupAttr(aclass, _Py_ID('__dict__'));
  if (classdict !== null) {
    try {
      PyDict_Update(dict, classdict);
    } finally {
      Py_DECREF(classdict);
    }
  }
  if (aclass instanceof PyTypeObject && (aclass.tp_flags & TypeFlags.HEAPTYPE) === 0) {
    addRecorded(dict, TYPE_DICTS[aclass.tp_name]);
  }
  const bases = _PyObject_LookupAttr(aclass, _Py_ID('__bases__'));
  if (bases === null) return;
  try {
    const n = PyObject_Size(bases);
    for (let i = 0; i < n; i++) {
      const base = PySequence_GetItem(bases, i);
      try {
        merge_class_dict(dict, base);
      } finally {
        Py_DECREF(base);
      }
    }
  } finally {
    Py_DECREF(bases);
  }
}

/** object.__dir__(): a list of names, unsorted. */
function object___dir__(self: PyObject): PyObject {
  const found = _PyObject_LookupAttr(self, _Py_ID('__dict__'));
  let dict: PyObject;
  if (found === null) {
    dict = PyDict_New();
  } else if (!PyDict_Check(found)) {
    Py_DECREF(found);
    dict = PyDict_New();
  } else {
    // A copy, so the instance's own dict is not changed.
    dict = PyDict_Copy(found);
    Py_DECREF(found);
  }
  let itsclass: PyObject | null = null;
  try {
    itsclass = _PyObject_LookupAttr(self, _Py_ID('__class__'));
    if (itsclass !== null) merge_class_dict(dict, itsclass);
    return PyDict_Keys(dict);
  } finally {
    if (itsclass !== null) Py_DECREF(itsclass);
    Py_DECREF(dict);
  }
}

/** type.__dir__(): the names of the class and its bases. */
function type___dir__(self: PyObject): PyObject {
  const dict = PyDict_New();
  try {
    merge_class_dict(dict, self);
    return PyDict_Keys(dict);
  } finally {
    Py_DECREF(dict);
  }
}

/** module.__dir__() (module_dir): its dict's __dir__ if it defines one, else its keys;
 *  a module PyHeap provides also lists the names CPython's has. */
function module___dir__(self: PyObject): PyObject {
  const dict = PyObject_GetAttr(self, _Py_ID('__dict__'));
  try {
    if (!PyDict_Check(dict)) return PyErr_SetString(PyExc_TypeError, '<module>.__dict__ is not a dictionary');
    const dirfunc = PyDict_GetItemWithError(dict, _Py_ID('__dir__'));
    if (dirfunc !== null) return PyObject_CallNoArgs(dirfunc);
    const name = (self as PyModuleObject).md_name;
    const provided = _PyHeap_ProvidedNames(name);
    if (MODULE_DICTS[name] === undefined || provided === null) return PyDict_Keys(dict);
    // The names CPython's module has and PyHeap never made (those a program deleted stay deleted).
    const merged = PyDict_Copy(dict);
    try {
      addRecorded(merged, MODULE_DICTS[name], (n) => provided.has(n));
      return PyDict_Keys(merged);
    } finally {
      Py_DECREF(merged);
    }
  } finally {
    Py_DECREF(dict);
  }
}

/** PyObject_Dir(obj): type(obj).__dir__(obj) as a sorted list. */
export function PyObject_Dir(obj: PyObject): PyObject {
  const dirfunc = _PyObject_LookupSpecial(obj, _Py_ID('__dir__'));
  if (dirfunc === null) return PyErr_SetString(PyExc_TypeError, 'object does not provide __dir__');
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(dirfunc);
  } finally {
    Py_DECREF(dirfunc);
  }
  let sorted: PyObject;
  try {
    sorted = PySequence_List(result);
  } finally {
    Py_DECREF(result);
  }
  try {
    PyList_Sort(sorted);
  } catch (e) {
    Py_DECREF(sorted);
    throw e;
  }
  return sorted;
}

let added = false;
/** Puts the __dir__ methods in the method tables of object, type and module (called
 *  before the types are readied). */
export function _PyObject_Dir_AddMethods(): void {
  if (added) return;
  added = true;
  const add = (t: PyTypeObject, def: PyMethodDef): void => {
    t.tp_methods = [...(t.tp_methods ?? []), def];
  };
  add(PyBaseObject_Type, { ml_name: '__dir__', ml_meth: object___dir__, ml_flags: METH.NOARGS });
  add(PyType_Type, { ml_name: '__dir__', ml_meth: type___dir__, ml_flags: METH.NOARGS });
  add(PyModule_Type, { ml_name: '__dir__', ml_meth: module___dir__, ml_flags: METH.NOARGS });
}
