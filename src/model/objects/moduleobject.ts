// Module objects (Objects/moduleobject.c): __main__, builtins, sys, gc. A module is
// a namespace dict (md_dict) with a name; attribute access goes through the
// generic getattr on that dict, and a missing name raises "module 'x' has no
// attribute 'y'". At interpreter exit _PyModule_ClearDict empties __main__'s dict
// in CPython's order (names starting with one underscore first), which is when
// __del__ methods of objects still referenced from globals run.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags } from './object';
import { _Py_ID } from './unicode_type';
import type { RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from './objalloc';
import { PyException, PyErr_Clear, PyErr_SetString } from './errors';
import { PyExc_AttributeError } from './exceptions';
import { Py_None } from './singletons';
import { PyUnicode_FromString, PyUnicode_AsString, PyUnicode_Check } from './unicodeobject';
import { PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, PyDict_Next, PyDict_Size } from './dictobject';
import { PyObject_GenericGetAttr } from './typeobject';
import { PyObject_CallOneArg } from './abstract';
import { _PyHeap_RefuseMissingModuleAttr } from './unsupported';

/** sizeof(PyModuleObject) (getsizeof 72 with the GC head). */
const MODULE_BASICSIZE = 56;

export const PyModule_Type = new PyTypeObject(PyType_Type, 'module', MODULE_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE);
PyModule_Type.tp_dictoffset = 16;

export class PyModuleObject extends PyObject {
  /** md_dict (the JS field the generic attribute code uses for tp_dictoffset). */
  ob_dict: PyObject | null;
  md_name: string;
  /** md_name as CPython holds it: a counted reference to the name str (also __name__'s value). */
  md_nameobj: PyObject | null = null;
  /** How the repr describes it: '(built-in)' or "from '<file>'". */
  md_origin: string;
  constructor(name: string, dict: PyObject, origin: string) {
    super(PyModule_Type);
    this.ob_dict = dict;
    this.md_name = name;
    this.md_origin = origin;
  }
}

/** PyModule_New: a module with a fresh dict holding __name__, __doc__, __package__, __loader__, __spec__. */
export function PyModule_New(name: string, origin: string): PyModuleObject {
  const nameObj = PyUnicode_FromString(name);
  const m = PyModule_NewObject(nameObj, origin);
  Py_DECREF(nameObj);
  return m;
}

/** PyModule_NewObject: md_name and the dict's __name__ are `nameObj` itself (PyImport_AddModule
 *  also keys sys.modules with it, so `__name__` of __main__ has those three references). */
export function PyModule_NewObject(nameObj: PyObject, origin: string): PyModuleObject {
  const dict = PyDict_New();
  const m = new PyModuleObject(PyUnicode_AsString(nameObj), dict, origin);
  _PyObject_GC_New(m, MODULE_BASICSIZE);
  Py_INCREF(nameObj);
  m.md_nameobj = nameObj;
  // module_init_dict
  for (const [k, v] of [['__name__', nameObj], ['__doc__', Py_None], ['__package__', Py_None],
    ['__loader__', Py_None], ['__spec__', Py_None]] as [string, PyObject][]) {
    const key = PyUnicode_FromString(k);
    PyDict_SetItem(dict, key, v);
    Py_DECREF(key);
  }
  PyObject_GC_Track(m);
  return m;
}

export function PyModule_GetDict(m: PyModuleObject): PyObject {
  return m.ob_dict as PyObject;
}

function module_dealloc(o: PyObject): void {
  const m = o as PyModuleObject;
  PyObject_GC_UnTrack(m);
  const d = m.ob_dict;
  m.ob_dict = null;
  if (d !== null) Py_DECREF(d);
  const n = m.md_nameobj;
  m.md_nameobj = null;
  if (n !== null) Py_DECREF(n);
  PyObject_GC_Del(m);
}

/** module_getattro: generic lookup, then the module's __getattr__, then CPython's message. */
function module_getattro(o: PyObject, name: PyObject): PyObject {
  try {
    return PyObject_GenericGetAttr(o, name);
  } catch (e) {
    if (!(e instanceof PyException) || e.type !== PyExc_AttributeError) throw e;
    PyErr_Clear(e);
  }
  const m = o as PyModuleObject;
  if (m.ob_dict !== null) {
    const getattr = PyDict_GetItemWithError(m.ob_dict, PyUnicode_FromStringCached('__getattr__'));
    if (getattr !== null) return PyObject_CallOneArg(getattr, name);
  }
  _PyHeap_RefuseMissingModuleAttr(m, m.md_name, name);
  return PyErr_SetString(PyExc_AttributeError, `module '${m.md_name}' has no attribute '${PyUnicode_AsString(name)}'`);
}

/** Borrowed identifier (per-runtime, see _Py_ID). */
function PyUnicode_FromStringCached(s: string): PyObject {
  return _Py_ID(s);
}

/** module_traverse: the dict (md_name is a str, which the collector need not see). */
function module_traverse(o: PyObject, visit: RefVisitor): void {
  const m = o as PyModuleObject;
  if (m.ob_dict !== null) visit(m.ob_dict, '__dict__');
}

/** Every reference a module holds, for referrers. */
function module_refs(o: PyObject, visit: RefVisitor): void {
  module_traverse(o, visit);
  const m = o as PyModuleObject;
  if (m.md_nameobj !== null) visit(m.md_nameobj, 'md_name');
}

PyModule_Type.tp_dealloc = module_dealloc;
PyModule_Type.tp_getattro = module_getattro;
PyModule_Type.tp_refs = module_refs;
PyModule_Type.tp_traverse = module_traverse;
PyModule_Type.tp_repr = (o) => {
  const m = o as PyModuleObject;
  return PyUnicode_FromString(`<module '${m.md_name}' ${m.md_origin}>`);
};
PyModule_Type.tp_sizeof = () => MODULE_BASICSIZE;
// module.__dict__: md_dict, read-only (CPython declares it a T_OBJECT member, READONLY; here a
// getter with the same result).
PyModule_Type.tp_getset = [
  {
    name: '__dict__',
    get: (o: PyObject): PyObject => {
      const d = (o as PyModuleObject).ob_dict ?? Py_None;
      Py_INCREF(d);
      return d;
    },
    set: null,
  },
];

/** _PyModule_ClearDict (Objects/moduleobject.c): set names starting with a single
 *  underscore to None first, then every other name except __builtins__. */
export function _PyModule_ClearDict(d: PyObject): void {
  for (let pass = 0; pass < 2; pass++) {
    const pos = { pos: 0 };
    let kv: [PyObject, PyObject] | null;
    const keys: PyObject[] = [];
    while ((kv = PyDict_Next(d, pos)) !== null) {
      const [key, value] = kv;
      if (value === Py_None || !PyUnicode_Check(key)) continue;
      const s = PyUnicode_AsString(key);
      const underscore = s.length >= 1 && s[0] === '_' && !(s.length >= 2 && s[1] === '_');
      if (pass === 0 ? underscore : (s !== '__builtins__' && !underscore)) keys.push(key);
    }
    for (const key of keys) {
      Py_INCREF(key);
      try {
        PyDict_SetItem(d, key, Py_None);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        PyErr_Clear(e);
      } finally {
        Py_DECREF(key);
      }
    }
  }
  void PyDict_Size;
}
