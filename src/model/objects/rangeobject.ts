// range (Objects/rangeobject.c, 3.11): a 48-byte non-GC object holding four int
// objects (start, stop, step and the precomputed length), so `range(5)` holds
// references to the small ints 0, 5, 1 and 5. Iterating uses range_iterator (four C
// longs, 48 bytes) when everything fits in a C long, else longrange_iterator
// (four int objects). Each value an iterator yields is PyLong_FromLong: a cached
// small int for -5..256, a new int object otherwise.

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, CompareOp, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_New, PyObject_Free } from './objalloc';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError } from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { PyBool_FromLong, PyBool_Type } from './boolobject';
import {
  PyLong_FromNumber, PyLong_FromValue, PyLong_AsBigInt, PyLong_CheckExact, PyLong_AsSsize_t, type PyLongObject,
} from './longobject';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import {
  PyObject_Repr, PyObject_RichCompareBool, PyNumber_Index, PyIndex_Check, PyObject_Hash, PyObject_GetIter,
} from './abstract';
import { _PyArg_NoKwnames, _PyArg_NoKeywords } from './containerutil';
import { METH, type PyGetSetDef, type PyMethodDef } from './methoddef';
import { PySlice_Check, type PySliceObject } from './sliceobject';
import { PyTuple_New, type PyTupleObject } from './tupleobject';
import { _Py_HashExact, _Py_RegisterExactHash, hashNumberFromBig } from './pyhash';

const RANGE_BASICSIZE = 48;
const RANGEITER_BASICSIZE = 48;
const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

export class PyRangeObject extends PyObject {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  length: PyObject;
  constructor(type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject, length: PyObject) {
    super(type);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = length;
  }
}

export const PyRange_Type = new PyTypeObject(PyType_Type, 'range', RANGE_BASICSIZE, 0, 0);
export const PyRangeIter_Type = new PyTypeObject(PyType_Type, 'range_iterator', RANGEITER_BASICSIZE, 0, 0);
export const PyLongRangeIter_Type = new PyTypeObject(PyType_Type, 'longrange_iterator', RANGEITER_BASICSIZE, 0, 0);

export function PyRange_Check(o: PyObject): o is PyRangeObject {
  return o.ob_type === PyRange_Type;
}

function big(o: PyObject): bigint {
  return PyLong_AsBigInt(o);
}

/** compute_range_length: the number of values, as an int object. */
function compute_range_length(start: bigint, stop: bigint, step: bigint): PyObject {
  let lo: bigint, hi: bigint, st: bigint;
  if (step > 0n) {
    lo = start;
    hi = stop;
    st = step;
  } else {
    lo = stop;
    hi = start;
    st = -step;
  }
  if (lo >= hi) return PyLong_FromNumber(0);
  return PyLong_FromValue((hi - lo - 1n) / st + 1n);
}

/** make_range_object: the length is computed (an int object) before the range is allocated. */
function make_range_object(type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject): PyRangeObject {
  const length = compute_range_length(big(start), big(stop), big(step));
  const obj = new PyRangeObject(type, start, stop, step, length);
  _PyObject_New(obj, RANGE_BASICSIZE);
  return obj;
}

function validate_step(step: PyObject | null): PyObject {
  if (step === null) return PyLong_FromNumber(1);
  const s = PyNumber_Index(step);
  if (big(s) === 0n) {
    Py_DECREF(s);
    PyErr_SetString(PyExc_ValueError, 'range() arg 3 must not be zero');
  }
  return s;
}

function range_from_array(type: PyTypeObject, args: readonly PyObject[], num_args: number): PyObject {
  let start: PyObject, stop: PyObject, step: PyObject;
  switch (num_args) {
    case 3:
    case 2:
      start = PyNumber_Index(args[0]);
      try {
        stop = PyNumber_Index(args[1]);
      } catch (e) {
        Py_DECREF(start);
        throw e;
      }
      try {
        step = validate_step(num_args === 3 ? args[2] : null);
      } catch (e) {
        Py_DECREF(start);
        Py_DECREF(stop);
        throw e;
      }
      break;
    case 1:
      stop = PyNumber_Index(args[0]);
      start = PyLong_FromNumber(0);
      step = PyLong_FromNumber(1);
      break;
    case 0:
      return PyErr_SetString(PyExc_TypeError, 'range expected at least 1 argument, got 0');
    default:
      return PyErr_SetString(PyExc_TypeError, `range expected at most 3 arguments, got ${num_args}`);
  }
  try {
    return make_range_object(type, start, stop, step);
  } catch (e) {
    Py_DECREF(start);
    Py_DECREF(stop);
    Py_DECREF(step);
    throw e;
  }
}

function range_new(type: PyTypeObject, args: PyObject, kw: PyObject | null): PyObject {
  _PyArg_NoKeywords('range', kw);
  const a = (args as PyTupleObject).ob_item;
  return range_from_array(type, a, a.length);
}

function range_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames('range', kwnames);
  return range_from_array(type, args, nargs);
}

function range_dealloc(self: PyObject): void {
  const r = self as PyRangeObject;
  Py_DECREF(r.start);
  Py_DECREF(r.stop);
  Py_DECREF(r.step);
  Py_DECREF(r.length);
  PyObject_Free(r);
}

function range_refs(self: PyObject, visit: RefVisitor): void {
  const r = self as PyRangeObject;
  visit(r.start, 'start');
  visit(r.stop, 'stop');
  visit(r.step, 'step');
  visit(r.length, 'length');
}

function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

function range_repr(self: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (big(r.step) === 1n) return PyUnicode_FromString(`range(${reprOf(r.start)}, ${reprOf(r.stop)})`);
  return PyUnicode_FromString(`range(${reprOf(r.start)}, ${reprOf(r.stop)}, ${reprOf(r.step)})`);
}

function range_length(self: PyObject): number {
  return PyLong_AsSsize_t((self as PyRangeObject).length);
}

function range_bool(self: PyObject): boolean {
  return big((self as PyRangeObject).length) !== 0n;
}

/** compute_item: start + i*step for 0 <= i < len (an int object). */
function compute_item(r: PyRangeObject, i: bigint): PyObject {
  return PyLong_FromValue(big(r.start) + i * big(r.step));
}

function compute_range_item(r: PyRangeObject, arg: bigint): PyObject {
  const len = big(r.length);
  let i = arg;
  if (i < 0n) i += len;
  if (i < 0n || i >= len) PyErr_SetString(PyExc_IndexError, 'range object index out of range');
  return compute_item(r, i);
}

function range_item(self: PyObject, i: number): PyObject {
  return compute_range_item(self as PyRangeObject, BigInt(i));
}

/** range[slice]: a new range (compute_slice via _PySlice_GetLongIndices). */
function compute_slice(r: PyRangeObject, slice: PySliceObject): PyObject {
  const length = big(r.length);
  const idx = (o: PyObject): bigint => {
    const i = PyNumber_Index(o);
    const v = big(i);
    Py_DECREF(i);
    return v;
  };
  const step = slice.step === Py_None ? 1n : idx(slice.step);
  if (step === 0n) PyErr_SetString(PyExc_ValueError, 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n, upper = neg ? length - 1n : length;
  const clamp = (o: PyObject, dflt: bigint): bigint => {
    if (o === Py_None) return dflt;
    let v = idx(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) {
      v = upper;
    }
    return v;
  };
  const start = clamp(slice.start, neg ? upper : lower);
  const stop = clamp(slice.stop, neg ? lower : upper);
  const rs = big(r.start), rstep = big(r.step);
  const substep = PyLong_FromValue(rstep * step);
  const substart = PyLong_FromValue(rs + start * rstep);
  const substop = PyLong_FromValue(rs + stop * rstep);
  return make_range_object(PyRange_Type, substart, substop, substep);
}

function range_subscript(self: PyObject, item: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (PyIndex_Check(item)) {
    const i = PyNumber_Index(item);
    try {
      return compute_range_item(r, big(i));
    } finally {
      Py_DECREF(i);
    }
  }
  if (PySlice_Check(item)) return compute_slice(r, item);
  return PyErr_SetString(PyExc_TypeError, `range indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

function range_contains_long(r: PyRangeObject, ob: PyObject): boolean {
  const v = big(ob), start = big(r.start), stop = big(r.stop), step = big(r.step);
  if (step > 0n ? !(start <= v && v < stop) : !(stop < v && v <= start)) return false;
  return (v - start) % step === 0n;
}

/** _PySequence_IterSearch over the range: count, index or contains with ==. */
function iterSearch(r: PyRangeObject, ob: PyObject, mode: 0 | 1 | 2): number {
  const it = PyObject_GetIter(r);
  try {
    const next = it.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
    let n = 0, i = 0;
    for (;;) {
      const item = next(it);
      if (item === null) break;
      let cmp: boolean;
      try {
        cmp = PyObject_RichCompareBool(item, ob, CompareOp.EQ);
      } finally {
        Py_DECREF(item);
      }
      if (cmp) {
        if (mode === 0) n++;
        else if (mode === 1) return i;
        else return 1;
      }
      i++;
    }
    return mode === 0 ? n : mode === 1 ? -1 : 0;
  } finally {
    Py_DECREF(it);
  }
}

function isIntOrBool(o: PyObject): boolean {
  return PyLong_CheckExact(o) || o.ob_type === PyBool_Type;
}

function range_contains(self: PyObject, ob: PyObject): boolean {
  const r = self as PyRangeObject;
  if (isIntOrBool(ob)) return range_contains_long(r, ob);
  return iterSearch(r, ob, 2) === 1;
}

function range_equals(r0: PyRangeObject, r1: PyRangeObject): boolean {
  if (r0 === r1) return true;
  if (big(r0.length) !== big(r1.length)) return false;
  if (big(r0.length) === 0n) return true;
  if (big(r0.start) !== big(r1.start)) return false;
  if (big(r0.length) === 1n) return true;
  return big(r0.step) === big(r1.step);
}

function range_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (!PyRange_Check(other) || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const eq = range_equals(self as PyRangeObject, other);
  return PyBool_FromLong(op === CompareOp.EQ ? eq : !eq);
}

/** range_hash: hash((len, start, step)) with None for start/step when they don't matter. */
function range_hash_exact(self: PyObject): bigint {
  const r = self as PyRangeObject;
  const t = PyTuple_New(3);
  try {
    Py_INCREF(r.length);
    t.ob_item[0] = r.length;
    if (big(r.length) === 0n) {
      Py_INCREF(Py_None);
      Py_INCREF(Py_None);
      t.ob_item[1] = Py_None;
      t.ob_item[2] = Py_None;
    } else {
      Py_INCREF(r.start);
      t.ob_item[1] = r.start;
      if (big(r.length) === 1n) {
        Py_INCREF(Py_None);
        t.ob_item[2] = Py_None;
      } else {
        Py_INCREF(r.step);
        t.ob_item[2] = r.step;
      }
    }
    return _Py_HashExact(t);
  } finally {
    Py_DECREF(t);
  }
}

function range_hash(self: PyObject): number {
  return hashNumberFromBig(range_hash_exact(self));
}

// ---------------------------------------------------------------------------
// Iterators

export class PyRangeIterObject extends PyObject {
  index = 0;
  start = 0;
  step = 0;
  len = 0;
}

export class PyLongRangeIterObject extends PyObject {
  index: PyObject;
  start: PyObject;
  step: PyObject;
  len: PyObject;
  constructor(index: PyObject, start: PyObject, step: PyObject, len: PyObject) {
    super(PyLongRangeIter_Type);
    this.index = index;
    this.start = start;
    this.step = step;
    this.len = len;
  }
}

function fast_range_iter(start: number, step: number, len: number): PyObject {
  const it = new PyRangeIterObject(PyRangeIter_Type);
  _PyObject_New(it, RANGEITER_BASICSIZE);
  it.start = start;
  it.step = step;
  it.len = len;
  it.index = 0;
  return it;
}

function long_range_iter(start: bigint, step: bigint, len: bigint): PyObject {
  const index = PyLong_FromNumber(0);
  const it = new PyLongRangeIterObject(index, PyLong_FromValue(start), PyLong_FromValue(step), PyLong_FromValue(len));
  _PyObject_New(it, RANGEITER_BASICSIZE);
  return it;
}

/** The values fit a C long (and start + len*step does not overflow). */
function fitsLong(start: bigint, stop: bigint, step: bigint, len: bigint): boolean {
  if (start < LONG_MIN || start > LONG_MAX || stop < LONG_MIN || stop > LONG_MAX || step < LONG_MIN || step > LONG_MAX) return false;
  if (len > LONG_MAX) return false;
  if (len > 0n) {
    if (step > 0n ? stop > LONG_MAX - (step - 1n) : stop < LONG_MIN + (-1n - step)) return false;
  }
  // The model keeps range_iterator values as exact JS numbers.
  const last = start + (len > 0n ? (len - 1n) * step : 0n);
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  return start <= safe && start >= -safe && last <= safe && last >= -safe;
}

function range_iter(self: PyObject): PyObject {
  const r = self as PyRangeObject;
  const start = big(r.start), stop = big(r.stop), step = big(r.step), len = big(r.length);
  if (fitsLong(start, stop, step, len)) return fast_range_iter(Number(start), Number(step), Number(len));
  return long_range_iter(start, step, len);
}

function range_reverse(self: PyObject): PyObject {
  const r = self as PyRangeObject;
  const start = big(r.start), step = big(r.step), len = big(r.length);
  const last = start + (len - 1n) * step;
  const newstep = -step;
  const newstop = last + newstep * len;
  if (len <= 0n || fitsLong(last, newstop, newstep, len)) {
    return fast_range_iter(len <= 0n ? 0 : Number(last), Number(newstep), Number(len < 0n ? 0n : len));
  }
  return long_range_iter(last, newstep, len);
}

/** rangeiter_next (also called directly by FOR_ITER for exact range iterators). */
export function rangeiter_next(self: PyObject): PyObject | null {
  const r = self as PyRangeIterObject;
  if (r.index < r.len) return PyLong_FromNumber(r.start + (r.index++) * r.step);
  return null;
}

function longrangeiter_next(self: PyObject): PyObject | null {
  const r = self as PyLongRangeIterObject;
  const idx = big(r.index);
  if (!(idx < big(r.len))) return null;
  const result = PyLong_FromValue(big(r.start) + idx * big(r.step));
  const newIndex = PyLong_FromValue(idx + 1n);
  const old = r.index;
  r.index = newIndex;
  Py_DECREF(old);
  return result;
}

function rangeiter_dealloc(self: PyObject): void {
  PyObject_Free(self);
}

function longrangeiter_dealloc(self: PyObject): void {
  const r = self as PyLongRangeIterObject;
  Py_DECREF(r.index);
  Py_DECREF(r.start);
  Py_DECREF(r.step);
  Py_DECREF(r.len);
  PyObject_Free(r);
}

function longrangeiter_refs(self: PyObject, visit: RefVisitor): void {
  const r = self as PyLongRangeIterObject;
  visit(r.index, 'index');
  visit(r.start, 'start');
  visit(r.step, 'step');
  visit(r.len, 'len');
}

function rangeiter_len(self: PyObject): PyObject {
  const r = self as PyRangeIterObject;
  return PyLong_FromNumber(r.len - r.index);
}

function longrangeiter_len(self: PyObject): PyObject {
  const r = self as PyLongRangeIterObject;
  return PyLong_FromValue(big(r.len) - big(r.index));
}

function selfIter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

PyRangeIter_Type.tp_dealloc = rangeiter_dealloc;
PyRangeIter_Type.tp_iter = selfIter;
PyRangeIter_Type.tp_iternext = rangeiter_next;
PyRangeIter_Type.tp_free = PyObject_Free;
PyRangeIter_Type.tp_sizeof = () => RANGEITER_BASICSIZE;
PyRangeIter_Type.tp_methods = [{ ml_name: '__length_hint__', ml_meth: rangeiter_len, ml_flags: METH.NOARGS }];
PyLongRangeIter_Type.tp_dealloc = longrangeiter_dealloc;
PyLongRangeIter_Type.tp_refs = longrangeiter_refs;
PyLongRangeIter_Type.tp_iter = selfIter;
PyLongRangeIter_Type.tp_iternext = longrangeiter_next;
PyLongRangeIter_Type.tp_free = PyObject_Free;
PyLongRangeIter_Type.tp_sizeof = () => RANGEITER_BASICSIZE;
PyLongRangeIter_Type.tp_methods = [{ ml_name: '__length_hint__', ml_meth: longrangeiter_len, ml_flags: METH.NOARGS }];

// ---------------------------------------------------------------------------
// Methods

function range_count(self: PyObject, ob: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (isIntOrBool(ob)) return PyLong_FromNumber(range_contains_long(r, ob) ? 1 : 0);
  return PyLong_FromNumber(iterSearch(r, ob, 0));
}

function range_index(self: PyObject, ob: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (isIntOrBool(ob)) {
    if (range_contains_long(r, ob)) return PyLong_FromValue((big(ob) - big(r.start)) / big(r.step));
  } else {
    const index = iterSearch(r, ob, 1);
    if (index >= 0) return PyLong_FromNumber(index);
  }
  return PyErr_SetString(PyExc_ValueError, `${reprOf(ob)} is not in range`);
}

const range_methods: PyMethodDef[] = [
  { ml_name: '__reversed__', ml_meth: range_reverse, ml_flags: METH.NOARGS },
  { ml_name: 'count', ml_meth: range_count, ml_flags: METH.O },
  { ml_name: 'index', ml_meth: range_index, ml_flags: METH.O },
];

const member = (get: (r: PyRangeObject) => PyObject): PyGetSetDef['get'] => (s) => {
  const v = get(s as PyRangeObject);
  Py_INCREF(v);
  return v;
};
const range_getset: PyGetSetDef[] = [
  { name: 'start', get: member((r) => r.start), set: null },
  { name: 'stop', get: member((r) => r.stop), set: null },
  { name: 'step', get: member((r) => r.step), set: null },
];

const R = PyRange_Type;
R.tp_dealloc = range_dealloc;
R.tp_repr = range_repr;
R.tp_hash = range_hash;
R.tp_richcompare = range_richcompare;
R.tp_iter = range_iter;
R.tp_refs = range_refs;
R.tp_new = range_new;
R.tp_vectorcall_ctor = range_vectorcall;
R.tp_free = PyObject_Free;
R.tp_sizeof = () => RANGE_BASICSIZE;
R.tp_methods = range_methods;
R.tp_getset = range_getset;
R.nb_bool = range_bool;
R.sq_length = range_length;
R.sq_item = range_item;
R.sq_contains = range_contains;
R.mp_length = range_length;
R.mp_subscript = range_subscript;
_Py_RegisterExactHash(PyRange_Type, range_hash_exact);
void PyObject_Hash;
void PyExc_OverflowError;
export type { PyLongObject };
