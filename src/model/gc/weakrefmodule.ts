// The `weakref` module: ref / ReferenceType, getweakrefcount, getweakrefs (Modules/
// _weakref.c) and native versions of two classes CPython writes in Python
// (Lib/weakref.py): finalize and WeakValueDictionary. Their behaviour follows
// weakref.py — a finalizer runs once, when its object dies or at exit (newest
// first), and a WeakValueDictionary entry vanishes when its value dies — but, being
// native, they do not allocate the helper objects the Python versions do, so
// gc.get_count() around them differs from CPython's.

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, TypeFlags, rt, type RefVisitor } from '../objects/object';
import { PyType_Type } from '../objects/typebase';
import { _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del } from '../objects/objalloc';
import { PyErr_SetString, PyErr_SetObject, PyException, PyErr_WriteUnraisable } from '../objects/errors';
import { PyExc_TypeError, PyExc_KeyError } from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { Py_True, Py_False } from '../objects/boolobject';
import { PyLong_FromNumber } from '../objects/longobject';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { PyTuple_New, PyTuple_SET_ITEM, _PyTuple_FromArray, type PyTupleObject } from '../objects/tupleobject';
import { PyList_New, PyList_Append, type PyListObject } from '../objects/listobject';
import {
  PyDict_New, PyDict_SetItem, PyDict_SetItemString, PyDict_GetItemWithError, PyDict_DelItem, PyDict_Next, PyDict_Size,
  PyDict_Copy,
  PyDict_GetItemString,
} from '../objects/dictobject';
import { PyObject_Call, _Py_PointerRepr } from '../objects/abstract';
import { PyListIter_New } from '../objects/iterobject';
import { PyCFunction_NewEx } from '../objects/methodobject';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyModule_New, type PyModuleObject } from '../objects/moduleobject';
import { registerBuiltinModule } from '../vm/modules';
import {
  _PyWeakref_RefType, PyWeakReference, PyWeakref_NewRef, PyWeakref_Check, _PyObject_GetWeakrefHead,
  _PyWeakref_GetWeakrefCount, PyObject_ClearWeakRefs, _PyWeakref_InsertCallbackRef,
} from '../objects/weakrefobject';

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

// ---------------------------------------------------------------------------
// _weakref functions

function weakref_getweakrefcount(_m: PyObject, obj: PyObject): PyObject {
  if (obj.ob_type.tp_weaklistoffset <= 0) return PyLong_FromNumber(0);
  return PyLong_FromNumber(_PyWeakref_GetWeakrefCount(_PyObject_GetWeakrefHead(obj)));
}

function weakref_getweakrefs(_m: PyObject, obj: PyObject): PyObject {
  const result = PyList_New(0);
  for (let wr = _PyObject_GetWeakrefHead(obj); wr !== null; wr = wr.wr_next) PyList_Append(result, wr);
  return result;
}

// ---------------------------------------------------------------------------
// finalize (Lib/weakref.py class finalize)

interface FinalizeInfo {
  weakref: PyWeakReference;
  func: PyObject;
  args: PyObject;
  kwargs: PyObject | null;
  atexit: boolean;
  index: number;
}

/** finalize._registry and its class state, per interpreter. */
interface FinalizeRegistry {
  registry: Map<PyObject, FinalizeInfo>;
  nextIndex: number;
  dirty: boolean;
  shutdown: boolean;
}
const registries = new WeakMap<object, FinalizeRegistry>();
function finalizeRegistry(): FinalizeRegistry {
  let r = registries.get(rt);
  if (r === undefined) {
    r = { registry: new Map(), nextIndex: 0, dirty: false, shutdown: false };
    registries.set(rt, r);
  }
  return r;
}

class PyFinalizeObject extends PyObject {}

export const PyFinalize_Type = new PyTypeObject(PyType_Type, 'finalize', 16, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

function releaseInfo(info: FinalizeInfo): void {
  Py_DECREF(info.weakref);
  Py_DECREF(info.func);
  Py_DECREF(info.args);
  Py_XDECREF(info.kwargs);
}

function finalize_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const items = (args as PyTupleObject).ob_item;
  if (items.length < 2) {
    const missing = items.length === 0 ? "2 required positional arguments: 'obj' and 'func'" : "1 required positional argument: 'func'";
    PyErr_SetString(PyExc_TypeError, `finalize.__init__() missing ${missing}`);
  }
  const self = new PyFinalizeObject(type);
  _PyObject_GC_New(self, type.tp_basicsize);
  PyObject_GC_Track(self);
  const reg = finalizeRegistry();
  let wr: PyWeakReference;
  try {
    wr = PyWeakref_NewRef(items[0], self);
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  const func = items[1];
  Py_INCREF(func);
  const rest = _PyTuple_FromArray(items, 2, items.length - 2);
  let kw: PyObject | null = null;
  if (kwargs !== null && PyDict_Size(kwargs) > 0) kw = PyDict_Copy(kwargs);
  Py_INCREF(self); // the registry's key
  reg.registry.set(self, { weakref: wr, func, args: rest, kwargs: kw, atexit: true, index: reg.nextIndex++ });
  reg.dirty = true;
  return self;
}

/** finalize.__call__(_=None): if alive, mark dead and return func(*args, **kwargs). */
function finalize_call(self: PyObject, _args: PyObject, _kwargs: PyObject | null): PyObject {
  const reg = finalizeRegistry();
  const info = reg.registry.get(self);
  if (info === undefined) return none();
  reg.registry.delete(self);
  try {
    if (reg.shutdown) return none();
    return PyObject_Call(info.func, info.args, info.kwargs);
  } finally {
    releaseInfo(info);
    Py_DECREF(self);
  }
}

function liveReferent(info: FinalizeInfo | undefined): PyObject | null {
  if (info === undefined) return null;
  const o = info.weakref.wr_object;
  return o === Py_None ? null : o;
}

function infoTuple(obj: PyObject, info: FinalizeInfo): PyObject {
  const t = PyTuple_New(4);
  const kw = info.kwargs ?? PyDict_New();
  if (info.kwargs !== null) Py_INCREF(kw);
  for (const [i, o] of [obj, info.func, info.args].entries()) {
    Py_INCREF(o);
    PyTuple_SET_ITEM(t, i, o);
  }
  PyTuple_SET_ITEM(t, 3, kw);
  return t;
}

function finalize_detach(self: PyObject): PyObject {
  const reg = finalizeRegistry();
  const info = reg.registry.get(self);
  const obj = liveReferent(info);
  if (obj === null || info === undefined) return none();
  reg.registry.delete(self);
  const t = infoTuple(obj, info);
  releaseInfo(info);
  Py_DECREF(self);
  return t;
}

function finalize_peek(self: PyObject): PyObject {
  const info = finalizeRegistry().registry.get(self);
  const obj = liveReferent(info);
  if (obj === null || info === undefined) return none();
  return infoTuple(obj, info);
}

function finalize_repr(self: PyObject): PyObject {
  const obj = liveReferent(finalizeRegistry().registry.get(self));
  const head = `<finalize object at ${_Py_PointerRepr(self.ob_addr)}`;
  if (obj === null) return PyUnicode_FromString(`${head}; dead>`);
  return PyUnicode_FromString(`${head}; for '${obj.ob_type.tp_name}' at ${_Py_PointerRepr(obj.ob_addr)}>`);
}

function finalize_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self);
  PyObject_ClearWeakRefs(self);
  PyObject_GC_Del(self);
}

function finalize_traverse(_self: PyObject, _visit: RefVisitor): void {
  // The finalizer's state lives in the class's registry, not in the instance.
}

/** The references finalize._registry holds (a root, like a class attribute): each live
 *  finalizer as key, and its info's weakref, func, args and kwargs. For inspect's referrers. */
export function _PyWeakref_FinalizeRegistryRefs(visit: RefVisitor): void {
  const reg = registries.get(rt);
  if (reg === undefined) return;
  for (const [key, info] of reg.registry) {
    visit(key, 'finalize._registry key');
    visit(info.weakref, 'finalize._registry info.weakref');
    visit(info.func, 'finalize._registry info.func');
    visit(info.args, 'finalize._registry info.args');
    if (info.kwargs !== null) visit(info.kwargs, 'finalize._registry info.kwargs');
  }
}

/** finalize._exitfunc, called when the interpreter exits (atexit): live finalizers
 *  marked for exit run newest first; afterwards no finalizer runs any more. */
export function _PyWeakref_FinalizeAtExit(): void {
  const reg = registries.get(rt);
  if (reg === undefined) return;
  try {
    let pending: PyObject[] | null = null;
    for (;;) {
      if (pending === null || reg.dirty) {
        pending = [...reg.registry.entries()].filter(([, i]) => i.atexit).sort((a, b) => a[1].index - b[1].index).map(([f]) => f);
        reg.dirty = false;
      }
      const f = pending.pop();
      if (f === undefined) break;
      Py_INCREF(f);
      try {
        const none0 = PyTuple_New(0);
        try {
          Py_DECREF(finalize_call(f, none0, null));
        } finally {
          Py_DECREF(none0);
        }
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        PyErr_WriteUnraisable(e, f);
      } finally {
        Py_DECREF(f);
      }
    }
  } finally {
    reg.shutdown = true;
  }
}

const T = PyFinalize_Type;
T.tp_new = finalize_new;
T.tp_call = finalize_call;
T.tp_repr = finalize_repr;
T.tp_dealloc = finalize_dealloc;
T.tp_free = PyObject_GC_Del;
T.tp_traverse = finalize_traverse;
T.tp_refs = finalize_traverse;
T.tp_weaklistoffset = 16;
T.tp_methods = [
  { ml_name: 'detach', ml_meth: finalize_detach, ml_flags: METH.NOARGS },
  { ml_name: 'peek', ml_meth: finalize_peek, ml_flags: METH.NOARGS },
];
T.tp_getset = [
  {
    name: 'alive',
    get: (self) => {
      const r = finalizeRegistry().registry.has(self) ? Py_True : Py_False;
      Py_INCREF(r);
      return r;
    },
    set: null,
  },
  {
    name: 'atexit',
    get: (self) => {
      const info = finalizeRegistry().registry.get(self);
      const r = info !== undefined && info.atexit ? Py_True : Py_False;
      Py_INCREF(r);
      return r;
    },
    set: (self, value) => {
      const info = finalizeRegistry().registry.get(self);
      if (info !== undefined && value !== null) info.atexit = value !== Py_False && value !== Py_None;
    },
  },
];

// ---------------------------------------------------------------------------
// WeakValueDictionary (Lib/weakref.py): a dict of key -> KeyedRef(value, remove, key)

/** weakref.KeyedRef: a weak reference that remembers the key it is stored under. */
class PyKeyedRef extends PyWeakReference {
  key: PyObject = Py_None;
}

export const PyKeyedRef_Type = new PyTypeObject(PyType_Type, 'weakref.KeyedRef', 72, 0,
  TypeFlags.HAVE_GC | TypeFlags.HAVE_VECTORCALL | TypeFlags.BASETYPE);
PyKeyedRef_Type.tp_base = _PyWeakref_RefType;

class PyWeakValueDictObject extends PyObject {
  data: PyObject = null as unknown as PyObject;
  /** The shared removal callback (bound to a weak reference to this dictionary). */
  remove: PyObject | null = null;
}

export const PyWeakValueDict_Type = new PyTypeObject(PyType_Type, 'WeakValueDictionary', 32, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE);
PyWeakValueDict_Type.tp_weaklistoffset = 24;

/** The removal callback: `self` is a weak reference to the dictionary (no cycle). */
function wvd_remove(selfref: PyObject, wr: PyObject): PyObject {
  const d = (selfref as PyWeakReference).wr_object;
  if (d !== Py_None && wr instanceof PyKeyedRef) {
    // _remove_dead_weakref: delete the key only if it still maps to a dead weakref.
    const data = (d as PyWeakValueDictObject).data;
    const cur = PyDict_GetItemWithError(data, wr.key);
    if (cur !== null && PyWeakref_Check(cur) && cur.wr_object === Py_None) PyDict_DelItem(data, wr.key);
  }
  return none();
}
const wvdRemoveDef: PyMethodDef = { ml_name: 'remove', ml_meth: wvd_remove, ml_flags: METH.O };

function keyedref_new(value: PyObject, callback: PyObject, key: PyObject): PyKeyedRef {
  if (value.ob_type.tp_weaklistoffset <= 0) {
    PyErr_SetString(PyExc_TypeError, `cannot create weak reference to '${value.ob_type.tp_name}' object`);
  }
  const wr = new PyKeyedRef(PyKeyedRef_Type);
  _PyObject_GC_New(wr, PyKeyedRef_Type.tp_basicsize);
  PyObject_GC_Track(wr);
  wr.wr_object = value;
  Py_INCREF(callback);
  wr.wr_callback = callback;
  Py_INCREF(key);
  wr.key = key;
  // Inserted after the basic ref, as weakref___new__ does for a ref with a callback.
  _PyWeakref_InsertCallbackRef(wr, value);
  return wr;
}

function keyedref_dealloc(self: PyObject): void {
  const k = (self as PyKeyedRef).key;
  (self as PyKeyedRef).key = Py_None;
  (_PyWeakref_RefType.tp_dealloc)(self);
  Py_DECREF(k);
}

PyKeyedRef_Type.tp_dealloc = keyedref_dealloc;
PyKeyedRef_Type.tp_free = PyObject_GC_Del;

function wvd_new(type: PyTypeObject, _args: PyObject, _kwargs: PyObject | null): PyObject {
  const self = new PyWeakValueDictObject(type);
  _PyObject_GC_New(self, type.tp_basicsize);
  self.data = PyDict_New();
  PyObject_GC_Track(self);
  const selfref = PyWeakref_NewRef(self, null);
  self.remove = PyCFunction_NewEx(wvdRemoveDef, selfref, null);
  Py_DECREF(selfref);
  return self;
}

function wvd_setitem_impl(self: PyWeakValueDictObject, key: PyObject, value: PyObject): void {
  const wr = keyedref_new(value, self.remove as PyObject, key);
  try {
    PyDict_SetItem(self.data, key, wr);
  } finally {
    Py_DECREF(wr);
  }
}

function wvd_init(selfo: PyObject, args: PyObject, kwargs: PyObject | null): void {
  const self = selfo as PyWeakValueDictObject;
  const items = (args as PyTupleObject).ob_item;
  if (items.length > 1) PyErr_SetString(PyExc_TypeError, `expected at most 1 argument, got ${items.length}`);
  const add = (src: PyObject): void => {
    const pos = { pos: 0 };
    let kv: [PyObject, PyObject] | null;
    while ((kv = PyDict_Next(src, pos)) !== null) wvd_setitem_impl(self, kv[0], kv[1]);
  };
  if (items.length === 1 && items[0] !== Py_None) {
    if (!(items[0].ob_type.tp_flags & TypeFlags.DICT_SUBCLASS)) {
      PyErr_SetString(PyExc_TypeError, 'WeakValueDictionary() argument must be a dict');
    }
    add(items[0]);
  }
  if (kwargs !== null) add(kwargs);
}

/** The live value for key (borrowed), or null when missing or dead. */
function wvd_lookup(self: PyWeakValueDictObject, key: PyObject): PyObject | null {
  const wr = PyDict_GetItemWithError(self.data, key);
  if (wr === null) return null;
  const o = (wr as PyWeakReference).wr_object;
  return o === Py_None ? null : o;
}

function wvd_subscript(selfo: PyObject, key: PyObject): PyObject {
  const o = wvd_lookup(selfo as PyWeakValueDictObject, key);
  if (o === null) PyErr_SetObject(PyExc_KeyError, key);
  Py_INCREF(o as PyObject);
  return o as PyObject;
}

function wvd_ass_subscript(selfo: PyObject, key: PyObject, value: PyObject | null): void {
  const self = selfo as PyWeakValueDictObject;
  if (value === null) PyDict_DelItem(self.data, key);
  else wvd_setitem_impl(self, key, value);
}

function wvd_contains(selfo: PyObject, key: PyObject): boolean {
  return wvd_lookup(selfo as PyWeakValueDictObject, key) !== null;
}

function wvd_length(selfo: PyObject): number {
  return PyDict_Size((selfo as PyWeakValueDictObject).data);
}

/** keys / values / items: the live entries, as a snapshot list's iterator. */
function wvd_entries(selfo: PyObject, what: 0 | 1 | 2): PyObject {
  const self = selfo as PyWeakValueDictObject;
  const list = PyList_New(0) as PyListObject;
  const pos = { pos: 0 };
  let kv: [PyObject, PyObject] | null;
  while ((kv = PyDict_Next(self.data, pos)) !== null) {
    const o = (kv[1] as PyWeakReference).wr_object;
    if (o === Py_None) continue;
    if (what === 0) PyList_Append(list, kv[0]);
    else if (what === 1) PyList_Append(list, o);
    else {
      const t = PyTuple_New(2);
      Py_INCREF(kv[0]);
      PyTuple_SET_ITEM(t, 0, kv[0]);
      Py_INCREF(o);
      PyTuple_SET_ITEM(t, 1, o);
      PyList_Append(list, t);
      Py_DECREF(t);
    }
  }
  const it = PyListIter_New(list);
  Py_DECREF(list);
  return it;
}

function wvd_get(selfo: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs < 1 || nargs > 2) {
    PyErr_SetString(PyExc_TypeError, nargs < 1 ? 'get expected at least 1 argument, got 0' : `get expected at most 2 arguments, got ${nargs}`);
  }
  const o = wvd_lookup(selfo as PyWeakValueDictObject, args[0]) ?? (nargs > 1 ? args[1] : Py_None);
  Py_INCREF(o);
  return o;
}

function wvd_pop(selfo: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs < 1 || nargs > 2) {
    PyErr_SetString(PyExc_TypeError, nargs < 1 ? 'pop expected at least 1 argument, got 0' : `pop expected at most 2 arguments, got ${nargs}`);
  }
  const self = selfo as PyWeakValueDictObject;
  const key = args[0];
  const wr = PyDict_GetItemWithError(self.data, key);
  if (wr === null) {
    if (nargs > 1) {
      Py_INCREF(args[1]);
      return args[1];
    }
    PyErr_SetObject(PyExc_KeyError, key);
  }
  const w = wr as PyWeakReference;
  Py_INCREF(w);
  PyDict_DelItem(self.data, key);
  const o = w.wr_object;
  Py_INCREF(o);
  Py_DECREF(w);
  if (o === Py_None) {
    Py_DECREF(o);
    if (nargs > 1) {
      Py_INCREF(args[1]);
      return args[1];
    }
    PyErr_SetObject(PyExc_KeyError, key);
  }
  return o;
}

function wvd_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(`<${self.ob_type.tp_name} at ${_Py_PointerRepr(self.ob_addr)}>`);
}

function wvd_traverse(self: PyObject, visit: RefVisitor): void {
  const d = self as PyWeakValueDictObject;
  if (d.data !== null) visit(d.data, 'data');
  if (d.remove !== null) visit(d.remove, '_remove');
}

function wvd_clear(self: PyObject): void {
  const d = self as PyWeakValueDictObject;
  const r = d.remove;
  d.remove = null;
  Py_XDECREF(r);
}

function wvd_dealloc(selfo: PyObject): void {
  const self = selfo as PyWeakValueDictObject;
  PyObject_GC_UnTrack(self);
  PyObject_ClearWeakRefs(self);
  const data = self.data;
  self.data = null as unknown as PyObject;
  wvd_clear(self);
  if (data !== null) Py_DECREF(data);
  PyObject_GC_Del(self);
}

const W = PyWeakValueDict_Type;
W.tp_new = wvd_new;
W.tp_init = wvd_init;
W.tp_dealloc = wvd_dealloc;
W.tp_free = PyObject_GC_Del;
W.tp_traverse = wvd_traverse;
W.tp_refs = wvd_traverse;
W.tp_clear = wvd_clear;
W.tp_repr = wvd_repr;
W.mp_subscript = wvd_subscript;
W.mp_ass_subscript = wvd_ass_subscript;
W.mp_length = wvd_length;
W.sq_contains = wvd_contains;
W.tp_iter = (self) => wvd_entries(self, 0);
W.tp_methods = [
  { ml_name: 'keys', ml_meth: (self: PyObject) => wvd_entries(self, 0), ml_flags: METH.NOARGS },
  { ml_name: 'values', ml_meth: (self: PyObject) => wvd_entries(self, 1), ml_flags: METH.NOARGS },
  { ml_name: 'items', ml_meth: (self: PyObject) => wvd_entries(self, 2), ml_flags: METH.NOARGS },
  { ml_name: 'get', ml_meth: wvd_get, ml_flags: METH.FASTCALL },
  { ml_name: 'pop', ml_meth: wvd_pop, ml_flags: METH.FASTCALL },
];

// ---------------------------------------------------------------------------
// The module

const weakrefMethods: PyMethodDef[] = [
  { ml_name: 'getweakrefcount', ml_meth: weakref_getweakrefcount, ml_flags: METH.O },
  { ml_name: 'getweakrefs', ml_meth: weakref_getweakrefs, ml_flags: METH.O },
];

/** The _weakref module that the last makeWeakrefCoreModule() made (borrowed: sys.modules
 *  holds it), which makeWeakrefModule() imports its functions from. Scratch between the two
 *  factories, which the interpreter calls one after the other. */
let weakrefCore: PyModuleObject | null = null;

/** The _weakref module (new reference): the C functions, bound to it (their __self__). */
export function makeWeakrefCoreModule(): PyModuleObject {
  const m = PyModule_New('_weakref', '(built-in)');
  const d = m.ob_dict as PyObject;
  const modname = PyUnicode_FromString('_weakref');
  for (const ml of weakrefMethods) {
    const f = PyCFunction_NewEx(ml, m, modname);
    PyDict_SetItemString(d, ml.ml_name, f);
    Py_DECREF(f);
  }
  Py_DECREF(modname);
  for (const [k, v] of [['ref', _PyWeakref_RefType], ['ReferenceType', _PyWeakref_RefType]] as [string, PyObject][]) {
    PyDict_SetItemString(d, k, v);
  }
  weakrefCore = m;
  return m;
}

/** The weakref module (new reference). weakref.py does `from _weakref import getweakrefcount,
 *  getweakrefs, ref...`: its dict holds the same function objects as _weakref's. */
export function makeWeakrefModule(): PyModuleObject {
  const m = PyModule_New('weakref', "from 'weakref.py'");
  const d = m.ob_dict as PyObject;
  const core = weakrefCore;
  if (core === null) throw new Error('internal: the _weakref module is made before weakref');
  weakrefCore = null;
  for (const ml of weakrefMethods) {
    PyDict_SetItemString(d, ml.ml_name, PyDict_GetItemString(core.ob_dict as PyObject, ml.ml_name) as PyObject);
  }
  for (const [k, v] of [['ref', _PyWeakref_RefType], ['ReferenceType', _PyWeakref_RefType], ['KeyedRef', PyKeyedRef_Type],
    ['finalize', PyFinalize_Type], ['WeakValueDictionary', PyWeakValueDict_Type]] as [string, PyObject][]) {
    PyDict_SetItemString(d, k, v);
  }
  return m;
}

registerBuiltinModule('_weakref', makeWeakrefCoreModule);
registerBuiltinModule('weakref', makeWeakrefModule);
