// __main__.__loader__ (Python/pythonrun.c set_main_loader): running a file, CPython
// puts importlib's SourceFileLoader("__main__", path) in the module's globals — an
// instance whose __dict__ holds `name` and `path`. PyHeap has no importlib: this
// object has the same class name, repr, `name`, `path` and __dict__, and refuses the
// loader's methods (get_data(), exec_module()...) by name.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_NewRef, TypeFlags, type RefVisitor } from '../objects/object';
import { Py_None } from '../objects/singletons';
import { PyType_Type } from '../objects/typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from '../objects/objalloc';
import { PyErr_SetString, PyException } from '../objects/errors';
import { PyExc_NotImplementedError, PyExc_AttributeError } from '../objects/exceptions';
import { PyUnicode_FromString, type PyUnicodeObject } from '../objects/unicodeobject';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject';
import { PyObject_GenericGetAttr } from '../objects/typeobject';
import { _Py_ID } from '../objects/abstract';

/** A plain instance with a __dict__ (object header + dict and weakref slots). */
const LOADER_BASICSIZE = 32;

export const SourceFileLoader_Type = new PyTypeObject(PyType_Type, '_frozen_importlib_external.SourceFileLoader',
  LOADER_BASICSIZE, 0, TypeFlags.HAVE_GC);
SourceFileLoader_Type.tp_dictoffset = 16;

class SourceFileLoaderObject extends PyObject {
  ob_dict: PyObject | null = null;
}

/** The methods of CPython's SourceFileLoader (and its bases FileLoader, SourceLoader,
 *  _LoaderBasics), refused when asked for. */
const LOADER_METHODS = new Set([
  '_cache_bytecode', 'create_module', 'exec_module', 'get_code', 'get_data', 'get_filename', 'get_resource_reader',
  'get_source', 'is_package', 'load_module', 'path_mtime', 'path_stats', 'set_data', 'source_to_code',
]);

/** The class is a heap type in CPython: its tp_name, in messages, is its bare name. */
const HEAP_TP_NAME = 'SourceFileLoader';

function loader_getattro(o: PyObject, name: PyObject): PyObject {
  const n = (name as PyUnicodeObject).str;
  // What every instance of a Python class finds in its class: the class's __module__, and
  // the __weakref__ slot (no weak reference to the loader exists: None).
  if (n === '__module__') return PyUnicode_FromString('_frozen_importlib_external');
  if (n === '__weakref__') return Py_NewRef(Py_None);
  try {
    return PyObject_GenericGetAttr(o, name);
  } catch (e) {
    if (!(e instanceof PyException) || e.type !== PyExc_AttributeError) throw e;
    e.clear();
    if (LOADER_METHODS.has(n)) PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support SourceFileLoader.${n}() yet`);
    return PyErr_SetString(PyExc_AttributeError, `'${HEAP_TP_NAME}' object has no attribute '${n}'`);
  }
}

function loader_dealloc(o: PyObject): void {
  const l = o as SourceFileLoaderObject;
  PyObject_GC_UnTrack(l);
  const d = l.ob_dict;
  l.ob_dict = null;
  if (d !== null) Py_DECREF(d);
  PyObject_GC_Del(l);
}

function loader_traverse(o: PyObject, visit: RefVisitor): void {
  const d = (o as SourceFileLoaderObject).ob_dict;
  if (d !== null) visit(d, '__dict__');
}

const T = SourceFileLoader_Type;
T.tp_getattro = loader_getattro;
T.tp_dealloc = loader_dealloc;
T.tp_traverse = loader_traverse;
T.tp_refs = loader_traverse;
T.tp_free = PyObject_GC_Del;
T.tp_sizeof = () => LOADER_BASICSIZE;
T.tp_getset = [{
  name: '__dict__',
  get: (o) => {
    const d = (o as SourceFileLoaderObject).ob_dict as PyObject;
    Py_INCREF(d);
    return d;
  },
  set: null,
}];

/** SourceFileLoader("__main__", filename): a new reference. */
export function _PyHeap_MainLoader(filename: string): PyObject {
  const l = new SourceFileLoaderObject(SourceFileLoader_Type);
  _PyObject_GC_New(l, LOADER_BASICSIZE);
  PyObject_GC_Track(l);
  const d = PyDict_New();
  l.ob_dict = d;
  const name = PyUnicode_FromString('__main__');
  const path = PyUnicode_FromString(filename);
  PyDict_SetItem(d, _Py_ID('name'), name);
  PyDict_SetItem(d, _Py_ID('path'), path);
  Py_DECREF(name);
  Py_DECREF(path);
  return l;
}
