// zip, map and filter (Python/bltinmodule.c, 3.11): lazy iterator objects. zip
// recycles its result tuple while nobody else holds it; zip(..., strict=True)
// reports which argument is shorter or longer. map and filter have vectorcall
// constructors; zip is built through tp_new (the call makes an args tuple).

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, TypeFlags, type RefVisitor } from '../objects/object';
import { PyType_Type } from '../objects/typebase';
import { PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, _PyObject_GC_IS_TRACKED } from '../objects/objalloc';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { PyBool_Type } from '../objects/boolobject';
import { type PyUnicodeObject } from '../objects/unicodeobject';
import { PyObject_GetIter, PyObject_IsTrue, PyObject_CallOneArg, PyObject_Vectorcall } from '../objects/abstract';
import { PyTuple_New, type PyTupleObject } from '../objects/tupleobject';
import { PyDict_Next, type PyDictObject } from '../objects/dictobject';
import { _PyArg_NoKwnames, _PyArg_CheckPositional, _PyType_GenericAllocInto } from '../objects/containerutil';

// ---------------------------------------------------------------------------
// zip

export class PyZipObject extends PyObject {
  tuplesize = 0;
  ittuple: PyTupleObject | null = null;
  result: PyTupleObject | null = null;
  strict = false;
}

export const PyZip_Type = new PyTypeObject(PyType_Type, 'zip', 48, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

function zip_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  let strict = false;
  if (kwds !== null) {
    const pos = { pos: 0 };
    let kv: [PyObject, PyObject] | null;
    while ((kv = PyDict_Next(kwds as PyDictObject, pos)) !== null) {
      const k = (kv[0] as PyUnicodeObject).str;
      if (k !== 'strict') PyErr_SetString(PyExc_TypeError, `'${k}' is an invalid keyword argument for zip()`);
      strict = PyObject_IsTrue(kv[1]);
    }
  }
  const a = (args as PyTupleObject).ob_item;
  const tuplesize = a.length;
  const ittuple = PyTuple_New(tuplesize);
  for (let i = 0; i < tuplesize; i++) {
    try {
      ittuple.ob_item[i] = PyObject_GetIter(a[i]);
    } catch (e) {
      Py_DECREF(ittuple);
      throw e;
    }
  }
  const result = PyTuple_New(tuplesize);
  for (let i = 0; i < tuplesize; i++) {
    Py_INCREF(Py_None);
    result.ob_item[i] = Py_None;
  }
  const lz = _PyType_GenericAllocInto(new PyZipObject(type), type, 0);
  lz.ittuple = ittuple;
  lz.tuplesize = tuplesize;
  lz.result = result;
  lz.strict = strict;
  return lz;
}

function nextOf(it: PyObject): PyObject | null {
  return (it.ob_type.tp_iternext as (o: PyObject) => PyObject | null)(it);
}

function zip_next(self: PyObject): PyObject | null {
  const lz = self as PyZipObject;
  const tuplesize = lz.tuplesize;
  if (tuplesize === 0) return null;
  const its = (lz.ittuple as PyTupleObject).ob_item;
  let result = lz.result as PyTupleObject;
  let i = 0;
  if (result.ob_refcnt === 1) {
    result.ob_refcnt++;
    for (i = 0; i < tuplesize; i++) {
      const item = nextOf(its[i]);
      if (item === null) {
        Py_DECREF(result);
        return lz.strict ? zip_check(lz, i) : null;
      }
      const olditem = result.ob_item[i];
      result.ob_item[i] = item;
      Py_DECREF(olditem);
    }
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
  } else {
    result = PyTuple_New(tuplesize);
    for (i = 0; i < tuplesize; i++) {
      const item = nextOf(its[i]);
      if (item === null) {
        Py_DECREF(result);
        return lz.strict ? zip_check(lz, i) : null;
      }
      result.ob_item[i] = item;
    }
  }
  return result;
}

/** strict=True: which argument ran out first, or null when all ended together. */
function zip_check(lz: PyZipObject, i: number): null {
  if (i > 0) {
    const plural = i === 1 ? ' ' : 's 1-';
    PyErr_SetString(PyExc_ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  const its = (lz.ittuple as PyTupleObject).ob_item;
  for (i = 1; i < lz.tuplesize; i++) {
    const item = nextOf(its[i]);
    if (item !== null) {
      Py_DECREF(item);
      const plural = i === 1 ? ' ' : 's 1-';
      PyErr_SetString(PyExc_ValueError, `zip() argument ${i + 1} is longer than argument${plural}${i}`);
    }
  }
  return null;
}

function zip_dealloc(self: PyObject): void {
  const lz = self as PyZipObject;
  PyObject_GC_UnTrack(lz);
  const a = lz.ittuple, b = lz.result;
  lz.ittuple = null;
  lz.result = null;
  if (a !== null) Py_DECREF(a);
  if (b !== null) Py_DECREF(b);
  (lz.ob_type.tp_free as (o: PyObject) => void)(lz);
}

function zip_traverse(self: PyObject, visit: RefVisitor): void {
  const lz = self as PyZipObject;
  if (lz.ittuple !== null) visit(lz.ittuple, 'ittuple');
  if (lz.result !== null) visit(lz.result, 'result');
}

function selfIter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

PyZip_Type.tp_dealloc = zip_dealloc;
PyZip_Type.tp_traverse = zip_traverse;
PyZip_Type.tp_refs = zip_traverse;
PyZip_Type.tp_iter = selfIter;
PyZip_Type.tp_iternext = zip_next;
PyZip_Type.tp_new = zip_new;
PyZip_Type.tp_free = PyObject_GC_Del;
PyZip_Type.tp_sizeof = (o) => o.ob_type.tp_basicsize;

// ---------------------------------------------------------------------------
// map

export class PyMapObject extends PyObject {
  iters: PyTupleObject | null = null;
  func: PyObject | null = null;
}

export const PyMap_Type = new PyTypeObject(PyType_Type, 'map', 32, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

function map_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (type === PyMap_Type) _PyArg_NoKwnames('map', kwnames);
  if (nargs < 2) PyErr_SetString(PyExc_TypeError, 'map() must have at least two arguments.');
  const iters = PyTuple_New(nargs - 1);
  for (let i = 1; i < nargs; i++) {
    try {
      iters.ob_item[i - 1] = PyObject_GetIter(args[i]);
    } catch (e) {
      Py_DECREF(iters);
      throw e;
    }
  }
  const lz = _PyType_GenericAllocInto(new PyMapObject(type), type, 0);
  lz.iters = iters;
  Py_INCREF(args[0]);
  lz.func = args[0];
  return lz;
}

function map_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyMap_Type && kwds !== null && (kwds as PyDictObject).ma_used > 0) {
    PyErr_SetString(PyExc_TypeError, 'map() takes no keyword arguments');
  }
  const a = (args as PyTupleObject).ob_item;
  return map_vectorcall(type, a, a.length, null);
}

function map_next(self: PyObject): PyObject | null {
  const lz = self as PyMapObject;
  const its = (lz.iters as PyTupleObject).ob_item;
  const stack: PyObject[] = [];
  try {
    for (let i = 0; i < its.length; i++) {
      const val = nextOf(its[i]);
      if (val === null) return null;
      stack.push(val);
    }
    return PyObject_Vectorcall(lz.func as PyObject, stack, stack.length, null);
  } finally {
    for (const v of stack) Py_DECREF(v);
  }
}

function map_dealloc(self: PyObject): void {
  const lz = self as PyMapObject;
  PyObject_GC_UnTrack(lz);
  const a = lz.iters, b = lz.func;
  lz.iters = null;
  lz.func = null;
  if (a !== null) Py_DECREF(a);
  if (b !== null) Py_DECREF(b);
  (lz.ob_type.tp_free as (o: PyObject) => void)(lz);
}

function map_traverse(self: PyObject, visit: RefVisitor): void {
  const lz = self as PyMapObject;
  if (lz.iters !== null) visit(lz.iters, 'iters');
  if (lz.func !== null) visit(lz.func, 'func');
}

PyMap_Type.tp_dealloc = map_dealloc;
PyMap_Type.tp_traverse = map_traverse;
PyMap_Type.tp_refs = map_traverse;
PyMap_Type.tp_iter = selfIter;
PyMap_Type.tp_iternext = map_next;
PyMap_Type.tp_new = map_new;
PyMap_Type.tp_vectorcall_ctor = map_vectorcall;
PyMap_Type.tp_free = PyObject_GC_Del;
PyMap_Type.tp_sizeof = (o) => o.ob_type.tp_basicsize;

// ---------------------------------------------------------------------------
// filter

export class PyFilterObject extends PyObject {
  func: PyObject | null = null;
  it: PyObject | null = null;
}

export const PyFilter_Type = new PyTypeObject(PyType_Type, 'filter', 32, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

function filter_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (type === PyFilter_Type) _PyArg_NoKwnames('filter', kwnames);
  _PyArg_CheckPositional('filter', nargs, 2, 2);
  const it = PyObject_GetIter(args[1]);
  const lz = _PyType_GenericAllocInto(new PyFilterObject(type), type, 0);
  Py_INCREF(args[0]);
  lz.func = args[0];
  lz.it = it;
  return lz;
}

function filter_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyFilter_Type && kwds !== null && (kwds as PyDictObject).ma_used > 0) {
    PyErr_SetString(PyExc_TypeError, 'filter() takes no keyword arguments');
  }
  const a = (args as PyTupleObject).ob_item;
  return filter_vectorcall(type, a, a.length, null);
}

function filter_next(self: PyObject): PyObject | null {
  const lz = self as PyFilterObject;
  const it = lz.it as PyObject;
  const func = lz.func as PyObject;
  const checktrue = func === Py_None || func === PyBool_Type;
  for (;;) {
    const item = nextOf(it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checktrue) {
        ok = PyObject_IsTrue(item);
      } else {
        const good = PyObject_CallOneArg(func, item);
        try {
          ok = PyObject_IsTrue(good);
        } finally {
          Py_DECREF(good);
        }
      }
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (ok) return item;
    Py_DECREF(item);
  }
}

function filter_dealloc(self: PyObject): void {
  const lz = self as PyFilterObject;
  PyObject_GC_UnTrack(lz);
  const a = lz.func, b = lz.it;
  lz.func = null;
  lz.it = null;
  if (a !== null) Py_DECREF(a);
  if (b !== null) Py_DECREF(b);
  (lz.ob_type.tp_free as (o: PyObject) => void)(lz);
}

function filter_traverse(self: PyObject, visit: RefVisitor): void {
  const lz = self as PyFilterObject;
  if (lz.func !== null) visit(lz.func, 'func');
  if (lz.it !== null) visit(lz.it, 'it');
}

PyFilter_Type.tp_dealloc = filter_dealloc;
PyFilter_Type.tp_traverse = filter_traverse;
PyFilter_Type.tp_refs = filter_traverse;
PyFilter_Type.tp_iter = selfIter;
PyFilter_Type.tp_iternext = filter_next;
PyFilter_Type.tp_new = filter_new;
PyFilter_Type.tp_vectorcall_ctor = filter_vectorcall;
PyFilter_Type.tp_free = PyObject_GC_Del;
PyFilter_Type.tp_sizeof = (o) => o.ob_type.tp_basicsize;
