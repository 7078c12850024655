// Function objects (Objects/funcobject.c). MAKE_FUNCTION creates one from a code
// object and the frame's globals; the eval loop inlines calls to them (a new
// _PyInterpreterFrame, no recursion of the JS stack), and everything else calls
// them through tp_vectorcall (_PyFunction_Vectorcall, installed by ceval.ts).

import { PyObject_ClearWeakRefs } from './weakrefobject';
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags } from './object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { _Py_ID, _Py_STATIC_ID, type PyUnicodeObject } from './unicode_type';
import type { RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from './objalloc';
import { Py_None } from './singletons';
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_AsString } from './unicodeobject';
import { PyDict_GetItemWithError, PyDict_Check, PyDict_New, PyDict_SetItem } from './dictobject';
import { PyTuple_Check, PyTuple_CheckExact, type PyTupleObject } from './tupleobject';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import type { PyGetSetDef } from './methoddef';
import { PyCodeObject, PyCode_Check } from './codeobject';
import { PyMethod_New } from './classobject';
import { addrHex } from '../vm/vmutil';

/** sizeof(PyFunctionObject) on 64-bit 3.11 (getsizeof adds the 16-byte GC head: 152). */
const FUNC_BASICSIZE = 136;

export const PyFunction_Type = new PyTypeObject(PyType_Type, 'function', FUNC_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.METHOD_DESCRIPTOR | TypeFlags.HAVE_VECTORCALL);
// func_dict: instances have a __dict__ (funcobject.c tp_dictoffset = offsetof(PyFunctionObject, func_dict)).
PyFunction_Type.tp_dictoffset = 88;

export class PyFunctionObject extends PyObject {
  func_globals: PyObject | null;
  func_builtins: PyObject | null;
  func_name: PyObject;
  func_qualname: PyObject;
  func_code: PyCodeObject;
  func_defaults: PyObject | null = null;
  func_kwdefaults: PyObject | null = null;
  func_closure: PyObject | null = null;
  func_doc: PyObject | null;
  /** func_dict (the JS field the generic attribute code uses for tp_dictoffset). */
  ob_dict: PyObject | null = null;
  func_module: PyObject | null;
  func_annotations: PyObject | null = null;

  constructor(code: PyCodeObject, globals: PyObject, builtins: PyObject, doc: PyObject, module: PyObject | null) {
    super(PyFunction_Type);
    this.func_globals = globals;
    this.func_builtins = builtins;
    this.func_name = code.co_name;
    this.func_qualname = code.co_qualname;
    this.func_code = code;
    this.func_doc = doc;
    this.func_module = module;
  }
}

export function PyFunction_Check(o: PyObject): o is PyFunctionObject {
  return o.ob_type === PyFunction_Type;
}

/** The builtins dict a new function uses (_PyEval_BuiltinsFromGlobals): globals['__builtins__']
 *  (a module's dict, or a dict) — supplied by the interpreter, and switched with its
 *  runtime (runtimestate.ts). */
type BuiltinsFromGlobals = (globals: PyObject) => PyObject;
function builtinsNotInitialised(): PyObject {
  throw new Error('internal: builtins not initialised');
}
let builtinsFromGlobals: BuiltinsFromGlobals = builtinsNotInitialised;
export function _setBuiltinsFromGlobals(f: BuiltinsFromGlobals): void {
  builtinsFromGlobals = f;
}
_PyRuntime_RegisterState<BuiltinsFromGlobals>({
  name: 'builtins of new functions',
  save: () => builtinsFromGlobals,
  restore: (f) => {
    builtinsFromGlobals = f;
  },
  fresh: () => builtinsNotInitialised,
});

/** func_get_annotation_dict (Objects/funcobject.c, 3.11): MAKE_FUNCTION stores the
 *  annotations as the flat tuple (name, value, name, value...) the compiler built;
 *  the first read of __annotations__ turns it into a dict, which replaces the tuple. */
function func_get_annotation_dict(op: PyFunctionObject): PyObject | null {
  const ann = op.func_annotations;
  if (ann === null) return null;
  if (PyTuple_CheckExact(ann)) {
    const items = (ann as PyTupleObject).ob_item;
    const d = PyDict_New();
    for (let i = 0; i < items.length; i += 2) PyDict_SetItem(d, items[i]!, items[i + 1]!);
    op.func_annotations = d;
    Py_DECREF(ann);
  }
  return op.func_annotations;
}

/** A static str (process-wide, as _Py_STATIC_ID guarantees). */
let ID___name__: PyUnicodeObject | null = null;

/** PyFunction_NewWithQualName(code, globals, NULL): references are taken in CPython's order. */
export function PyFunction_New(code: PyCodeObject, globals: PyObject): PyFunctionObject {
  Py_INCREF(globals);
  Py_INCREF(code);
  Py_INCREF(code.co_name);
  Py_INCREF(code.co_qualname);
  let doc: PyObject = Py_None;
  if (code.consts.length >= 1 && PyUnicode_Check(code.consts[0])) doc = code.consts[0];
  Py_INCREF(doc);
  const module = PyDict_GetItemWithError(globals, ID___name__ ??= _Py_STATIC_ID('__name__'));
  if (module !== null) Py_INCREF(module);
  const builtins = builtinsFromGlobals(globals);
  Py_INCREF(builtins);
  const op = new PyFunctionObject(code, globals, builtins, doc, module);
  _PyObject_GC_New(op, FUNC_BASICSIZE);
  PyObject_GC_Track(op);
  return op;
}

/** _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module's dict), or the
 *  interpreter's builtins dict. Borrowed. */
export function _PyEval_BuiltinsFromGlobals(globals: PyObject): PyObject {
  return builtinsFromGlobals(globals);
}

/** _PyFunction_FromConstructor (PyEval_EvalCode's function for a module-level code
 *  object): name and qualname are co_name, no doc, no module, and an optional closure. */
export function _PyFunction_FromConstructor(code: PyCodeObject, globals: PyObject, builtins: PyObject,
  closure: PyObject | null): PyFunctionObject {
  const op = new PyFunctionObject(code, globals, builtins, Py_None, null);
  Py_INCREF(globals);
  Py_INCREF(builtins);
  Py_INCREF(code.co_name);
  op.func_name = code.co_name;
  Py_INCREF(code.co_name);
  op.func_qualname = code.co_name;
  Py_INCREF(code);
  if (closure !== null) Py_INCREF(closure);
  op.func_closure = closure;
  Py_INCREF(Py_None);
  _PyObject_GC_New(op, FUNC_BASICSIZE);
  PyObject_GC_Track(op);
  return op;
}

/** Interned identifier objects the VM looks up by name (CPython's _Py_ID(...) statics);
 *  borrowed, per runtime, so no run sees objects another run created. */
export function strName(s: string): PyObject {
  return _Py_ID(s);
}

function func_clear(self: PyObject): void {
  // funcobject.c func_clear, in its order. func_code stays; name and qualname become ''
  // (they are never NULL).
  const op = self as PyFunctionObject;
  const g = op.func_globals; op.func_globals = null; Py_XDECREF(g);
  const b = op.func_builtins; op.func_builtins = null; Py_XDECREF(b);
  const m = op.func_module; op.func_module = null; Py_XDECREF(m);
  const d = op.func_defaults; op.func_defaults = null; Py_XDECREF(d);
  const kd = op.func_kwdefaults; op.func_kwdefaults = null; Py_XDECREF(kd);
  const doc = op.func_doc; op.func_doc = null; Py_XDECREF(doc);
  const dict = op.ob_dict; op.ob_dict = null; Py_XDECREF(dict);
  const cl = op.func_closure; op.func_closure = null; Py_XDECREF(cl);
  const ann = op.func_annotations; op.func_annotations = null; Py_XDECREF(ann);
  const n = op.func_name; op.func_name = PyUnicode_FromString(''); Py_DECREF(n);
  const q = op.func_qualname; op.func_qualname = PyUnicode_FromString(''); Py_DECREF(q);
}

function func_dealloc(self: PyObject): void {
  const op = self as PyFunctionObject;
  PyObject_GC_UnTrack(op);
  if (op.ob_weakreflist !== null) PyObject_ClearWeakRefs(op);
  func_clear(op);
  Py_DECREF(op.func_code);
  Py_DECREF(op.func_name);
  Py_DECREF(op.func_qualname);
  PyObject_GC_Del(op);
}

function func_refs(self: PyObject, visit: RefVisitor): void {
  const op = self as PyFunctionObject;
  visit(op.func_code, '__code__');
  if (op.func_globals !== null) visit(op.func_globals, '__globals__');
  if (op.func_builtins !== null) visit(op.func_builtins, '__builtins__');
  if (op.func_module !== null) visit(op.func_module, '__module__');
  if (op.func_defaults !== null) visit(op.func_defaults, '__defaults__');
  if (op.func_kwdefaults !== null) visit(op.func_kwdefaults, '__kwdefaults__');
  if (op.func_doc !== null) visit(op.func_doc, '__doc__');
  visit(op.func_name, '__name__');
  visit(op.func_qualname, '__qualname__');
  if (op.ob_dict !== null) visit(op.ob_dict, '__dict__');
  if (op.func_closure !== null) visit(op.func_closure, '__closure__');
  if (op.func_annotations !== null) visit(op.func_annotations, '__annotations__');
}

/** func_traverse: what the cyclic GC sees (same set as func_refs). */
function func_traverse(self: PyObject, visit: RefVisitor): void {
  func_refs(self, visit);
}

function func_repr(self: PyObject): PyObject {
  const op = self as PyFunctionObject;
  return PyUnicode_FromString(`<function ${PyUnicode_AsString(op.func_qualname)} at ${addrHex(op)}>`);
}

function func_descr_get(func: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) {
    Py_INCREF(func);
    return func;
  }
  return PyMethod_New(func, obj);
}

function newRef(o: PyObject | null): PyObject {
  const r = o ?? Py_None;
  Py_INCREF(r);
  return r;
}

function setStr(what: string): (self: PyObject, v: PyObject | null) => void {
  return (self, v) => {
    if (v === null || !PyUnicode_Check(v)) PyErr_SetString(PyExc_TypeError, `__${what}__ must be set to a string object`);
    const op = self as PyFunctionObject;
    Py_INCREF(v);
    if (what === 'name') {
      const old = op.func_name;
      op.func_name = v;
      Py_DECREF(old);
    } else {
      const old = op.func_qualname;
      op.func_qualname = v;
      Py_DECREF(old);
    }
  };
}

const func_getset: PyGetSetDef[] = [
  { name: '__code__', get: (s) => newRef((s as PyFunctionObject).func_code), set: null },
  {
    name: '__defaults__', get: (s) => newRef((s as PyFunctionObject).func_defaults),
    set: (s, v) => {
      const op = s as PyFunctionObject;
      if (v === Py_None) v = null;
      if (v !== null && !PyTuple_Check(v)) PyErr_SetString(PyExc_TypeError, '__defaults__ must be set to a tuple object');
      if (v !== null) Py_INCREF(v);
      const old = op.func_defaults;
      op.func_defaults = v;
      Py_XDECREF(old);
    },
  },
  {
    name: '__kwdefaults__', get: (s) => newRef((s as PyFunctionObject).func_kwdefaults),
    set: (s, v) => {
      const op = s as PyFunctionObject;
      if (v === Py_None) v = null;
      if (v !== null && !PyDict_Check(v)) PyErr_SetString(PyExc_TypeError, '__kwdefaults__ must be set to a dict object');
      if (v !== null) Py_INCREF(v);
      const old = op.func_kwdefaults;
      op.func_kwdefaults = v;
      Py_XDECREF(old);
    },
  },
  { name: '__name__', get: (s) => newRef((s as PyFunctionObject).func_name), set: setStr('name') },
  { name: '__qualname__', get: (s) => newRef((s as PyFunctionObject).func_qualname), set: setStr('qualname') },
  { name: '__closure__', get: (s) => newRef((s as PyFunctionObject).func_closure), set: null },
  { name: '__globals__', get: (s) => newRef((s as PyFunctionObject).func_globals), set: null },
  { name: '__builtins__', get: (s) => newRef((s as PyFunctionObject).func_builtins), set: null },
  {
    name: '__doc__', get: (s) => newRef((s as PyFunctionObject).func_doc),
    set: (s, v) => {
      const op = s as PyFunctionObject;
      const nv = v ?? Py_None;
      Py_INCREF(nv);
      const old = op.func_doc;
      op.func_doc = nv;
      Py_XDECREF(old);
    },
  },
  {
    name: '__module__', get: (s) => newRef((s as PyFunctionObject).func_module),
    set: (s, v) => {
      const op = s as PyFunctionObject;
      if (v !== null) Py_INCREF(v);
      const old = op.func_module;
      op.func_module = v;
      Py_XDECREF(old);
    },
  },
  {
    name: '__dict__',
    get: (s) => {
      const op = s as PyFunctionObject;
      let d: PyObject | null = op.ob_dict;
      if (d === null) {
        d = PyDict_New() as PyObject;
        op.ob_dict = d;
      }
      Py_INCREF(d);
      return d;
    },
    set: (s, v) => {
      const op = s as PyFunctionObject;
      if (v === null) PyErr_SetString(PyExc_TypeError, 'cannot delete __dict__');
      if (!PyDict_Check(v)) PyErr_SetString(PyExc_TypeError, '__dict__ must be set to a dictionary, not a \'' + v.ob_type.tp_name + '\'');
      Py_INCREF(v);
      const old = op.ob_dict;
      op.ob_dict = v;
      Py_XDECREF(old);
    },
  },
  {
    name: '__annotations__',
    // func_get_annotations: a dict, created empty on first access.
    get: (s) => {
      const op = s as PyFunctionObject;
      if (op.func_annotations === null) op.func_annotations = PyDict_New();
      const d = func_get_annotation_dict(op) as PyObject;
      Py_INCREF(d);
      return d;
    },
    // func_set_annotations: None or del clears it, otherwise only a dict.
    set: (s, v) => {
      const op = s as PyFunctionObject;
      const value = v === Py_None ? null : v;
      if (value !== null && !PyDict_Check(value)) PyErr_SetString(PyExc_TypeError, '__annotations__ must be set to a dict object');
      if (value !== null) Py_INCREF(value);
      const old = op.func_annotations;
      op.func_annotations = value;
      Py_XDECREF(old);
    },
  },
];

PyFunction_Type.tp_dealloc = func_dealloc;
// offsetof(PyFunctionObject, func_weakreflist) in 3.11: functions support weak references.
PyFunction_Type.tp_weaklistoffset = 96;
PyFunction_Type.tp_repr = func_repr;
PyFunction_Type.tp_descr_get = func_descr_get;
PyFunction_Type.tp_traverse = func_traverse;
PyFunction_Type.tp_clear = (self) => {
  const op = self as PyFunctionObject;
  func_clear(op);
};
PyFunction_Type.tp_refs = func_refs;
PyFunction_Type.tp_getset = func_getset;
PyFunction_Type.tp_sizeof = () => FUNC_BASICSIZE;
void PyCode_Check;
