// enumerate and reversed (Objects/enumobject.c, 3.11). enumerate recycles its
// result tuple (en_result) while nobody else holds it, as dict item iterators do,
// so `for i, x in enumerate(seq)` allocates one 2-tuple for the whole loop (plus an
// int per index above 256).

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, _PyObject_GC_IS_TRACKED } from './objalloc';
import { PyErr_SetString, PyErr_Clear, isPyExc } from './errors';
import { PyExc_TypeError, PyExc_IndexError, PyExc_StopIteration } from './exceptions';
import { Py_None } from './singletons';
import { PyLong_FromNumber, PyLong_FromValue, PyLong_AsBigInt } from './longobject';
import { type PyUnicodeObject } from './unicodeobject';
import {
  PyObject_GetIter, PyNumber_Index, PySequence_Check, PySequence_GetItem, PyObject_Size, PyObject_CallNoArgs, _Py_ID,
} from './abstract';
import { _PyObject_LookupSpecial } from './typeobject';
import { _PyArg_NoKwnames, _PyArg_CheckPositional, _PyArg_NoKeywords, _PyType_GenericAllocInto } from './containerutil';
import { METH } from './methoddef';
import { PyTuple_New, PyTuple_Pack, type PyTupleObject } from './tupleobject';
import { PY_SSIZE_T_MAX } from './sliceobject';

const ENUM_BASICSIZE = 56;
const REVERSED_BASICSIZE = 32;

export class PyEnumObject extends PyObject {
  en_index = 0;
  en_sit: PyObject | null = null;
  en_result: PyTupleObject | null = null;
  en_longindex: PyObject | null = null;
}

export const PyEnum_Type = new PyTypeObject(PyType_Type, 'enumerate', ENUM_BASICSIZE, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE);
export const PyReversed_Type = new PyTypeObject(PyType_Type, 'reversed', REVERSED_BASICSIZE, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

function enum_new_impl(type: PyTypeObject, iterable: PyObject, start: PyObject | null): PyObject {
  const en = _PyType_GenericAllocInto(new PyEnumObject(type), type, 0);
  try {
    if (start !== null) {
      const s = PyNumber_Index(start);
      const v = PyLong_AsBigInt(s);
      if (v >= -(1n << 63n) && v < (1n << 63n)) {
        en.en_index = Number(v);
        Py_DECREF(s);
      } else {
        en.en_index = PY_SSIZE_T_MAX;
        en.en_longindex = s;
      }
    }
    en.en_sit = PyObject_GetIter(iterable);
    en.en_result = PyTuple_Pack(Py_None, Py_None);
  } catch (e) {
    Py_DECREF(en);
    throw e;
  }
  return en;
}

function check_keyword(kwnames: PyObject, i: number, name: string): void {
  const kw = (kwnames as PyTupleObject).ob_item[i] as PyUnicodeObject;
  if (kw.str !== name) PyErr_SetString(PyExc_TypeError, `'${kw.str}' is an invalid keyword argument for enumerate()`);
}

function enum_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const nkwargs = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
  if (nargs + nkwargs === 2) {
    if (nkwargs === 1) {
      check_keyword(kwnames as PyObject, 0, 'start');
    } else if (nkwargs === 2) {
      const kw0 = (kwnames as PyTupleObject).ob_item[0] as PyUnicodeObject;
      if (kw0.str === 'start') {
        check_keyword(kwnames as PyObject, 1, 'iterable');
        return enum_new_impl(type, args[1], args[0]);
      }
      check_keyword(kwnames as PyObject, 0, 'iterable');
      check_keyword(kwnames as PyObject, 1, 'start');
    }
    return enum_new_impl(type, args[0], args[1]);
  }
  if (nargs + nkwargs === 1) {
    if (nkwargs === 1) check_keyword(kwnames as PyObject, 0, 'iterable');
    return enum_new_impl(type, args[0], null);
  }
  if (nargs === 0) PyErr_SetString(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  return PyErr_SetString(PyExc_TypeError, `enumerate() takes at most 2 arguments (${nargs + nkwargs} given)`);
}

function enum_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const a = (args as PyTupleObject).ob_item;
  // The keyword form goes through the vectorcall path in practice; positional here.
  _PyArg_NoKeywords('enumerate', kwargs);
  return enum_vectorcall(type, a.slice(), a.length, null);
}

function enum_next(self: PyObject): PyObject | null {
  const en = self as PyEnumObject;
  const it = en.en_sit as PyObject;
  const next_item = (it.ob_type.tp_iternext as (o: PyObject) => PyObject | null)(it);
  if (next_item === null) return null;
  let next_index: PyObject;
  if (en.en_index === PY_SSIZE_T_MAX) {
    // enum_next_long: the index continues as an int object.
    if (en.en_longindex === null) en.en_longindex = PyLong_FromValue(BigInt(PY_SSIZE_T_MAX));
    next_index = en.en_longindex;
    en.en_longindex = PyLong_FromValue(PyLong_AsBigInt(next_index) + 1n);
  } else {
    next_index = PyLong_FromNumber(en.en_index);
    en.en_index++;
  }
  const result = en.en_result as PyTupleObject;
  if (result.ob_refcnt === 1) {
    result.ob_refcnt++;
    const old_index = result.ob_item[0];
    const old_item = result.ob_item[1];
    result.ob_item[0] = next_index;
    result.ob_item[1] = next_item;
    Py_DECREF(old_index);
    Py_DECREF(old_item);
    // bpo-42536: the GC may have untracked the recycled tuple.
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    return result;
  }
  const t = PyTuple_New(2);
  t.ob_item[0] = next_index;
  t.ob_item[1] = next_item;
  return t;
}

function enum_dealloc(self: PyObject): void {
  const en = self as PyEnumObject;
  PyObject_GC_UnTrack(en);
  const a = en.en_sit, b = en.en_result, c = en.en_longindex;
  en.en_sit = null;
  en.en_result = null;
  en.en_longindex = null;
  if (a !== null) Py_DECREF(a);
  if (b !== null) Py_DECREF(b);
  if (c !== null) Py_DECREF(c);
  (en.ob_type.tp_free as (o: PyObject) => void)(en);
}

function enum_traverse(self: PyObject, visit: RefVisitor): void {
  const en = self as PyEnumObject;
  if (en.en_sit !== null) visit(en.en_sit, 'en_sit');
  if (en.en_result !== null) visit(en.en_result, 'en_result');
  if (en.en_longindex !== null) visit(en.en_longindex, 'en_longindex');
}

function selfIter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

const E = PyEnum_Type;
E.tp_dealloc = enum_dealloc;
E.tp_traverse = enum_traverse;
E.tp_refs = enum_traverse;
E.tp_iter = selfIter;
E.tp_iternext = enum_next;
E.tp_new = enum_new;
E.tp_vectorcall_ctor = enum_vectorcall;
E.tp_free = PyObject_GC_Del;
E.tp_sizeof = (o) => o.ob_type.tp_basicsize;

// ---------------------------------------------------------------------------
// reversed

export class PyReversedObject extends PyObject {
  index = -1;
  seq: PyObject | null = null;
}

function reversed_new_impl(type: PyTypeObject, seq: PyObject): PyObject {
  const reversed_meth = _PyObject_LookupSpecial(seq, _Py_ID('__reversed__'));
  if (reversed_meth === Py_None) {
    Py_DECREF(reversed_meth);
    PyErr_SetString(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
  }
  if (reversed_meth !== null) {
    try {
      return PyObject_CallNoArgs(reversed_meth);
    } finally {
      Py_DECREF(reversed_meth);
    }
  }
  if (!PySequence_Check(seq)) PyErr_SetString(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
  const n = PyObject_Size(seq);
  const ro = _PyType_GenericAllocInto(new PyReversedObject(type), type, 0);
  ro.index = n - 1;
  Py_INCREF(seq);
  ro.seq = seq;
  return ro;
}

function reversed_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames('reversed', kwnames);
  _PyArg_CheckPositional('reversed', nargs, 1, 1);
  return reversed_new_impl(type, args[0]);
}

function reversed_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  if (type === PyReversed_Type) _PyArg_NoKeywords('reversed', kwargs);
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional('reversed', a.length, 1, 1);
  return reversed_new_impl(type, a[0]);
}

function reversed_next(self: PyObject): PyObject | null {
  const ro = self as PyReversedObject;
  const index = ro.index;
  if (index >= 0 && ro.seq !== null) {
    try {
      const item = PySequence_GetItem(ro.seq, index);
      ro.index--;
      return item;
    } catch (e) {
      if (!(isPyExc(e, PyExc_IndexError) || isPyExc(e, PyExc_StopIteration))) throw e;
      PyErr_Clear(e);
    }
  }
  ro.index = -1;
  const s = ro.seq;
  ro.seq = null;
  if (s !== null) Py_DECREF(s);
  return null;
}

function reversed_len(self: PyObject): PyObject {
  const ro = self as PyReversedObject;
  if (ro.seq === null) return PyLong_FromNumber(0);
  const seqsize = PyObject_Size(ro.seq);
  const position = ro.index + 1;
  return PyLong_FromNumber(seqsize < position ? 0 : position);
}

function reversed_dealloc(self: PyObject): void {
  const ro = self as PyReversedObject;
  PyObject_GC_UnTrack(ro);
  const s = ro.seq;
  ro.seq = null;
  if (s !== null) Py_DECREF(s);
  (ro.ob_type.tp_free as (o: PyObject) => void)(ro);
}

function reversed_traverse(self: PyObject, visit: RefVisitor): void {
  const s = (self as PyReversedObject).seq;
  if (s !== null) visit(s, 'seq');
}

const RV = PyReversed_Type;
RV.tp_dealloc = reversed_dealloc;
RV.tp_traverse = reversed_traverse;
RV.tp_refs = reversed_traverse;
RV.tp_iter = selfIter;
RV.tp_iternext = reversed_next;
RV.tp_new = reversed_new;
RV.tp_vectorcall_ctor = reversed_vectorcall;
RV.tp_free = PyObject_GC_Del;
RV.tp_sizeof = (o) => o.ob_type.tp_basicsize;
RV.tp_methods = [{ ml_name: '__length_hint__', ml_meth: reversed_len, ml_flags: METH.NOARGS }];
