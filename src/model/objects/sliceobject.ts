// slice (Objects/sliceobject.c, 3.11): a 40-byte GC object (start, stop, step).
// The interpreter keeps one freed slice in interp->slice_cache and hands it out
// again. At startup that cache is already full (measured: the first `slice(1, 2)`
// of a program adds 0 to gc.get_count()), so the model fills it, on first use,
// with a slice allocated as at startup (no GC-count change).

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, CompareOp, TypeFlags, rt, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, PyGC_Head_SIZE } from './objalloc';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError, PyExc_ValueError } from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { PyLong_FromNumber, PyLong_FromValue, PyLong_AsBigInt, PyLong_Check } from './longobject';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import { PyObject_Repr, PyObject_RichCompare, PyObject_HashNotImplemented, PyNumber_AsSsize_t, PyNumber_Index } from './abstract';
import { _PyArg_NoKeywords, _PyArg_CheckPositional } from './containerutil';
import { METH, type PyGetSetDef, type PyMethodDef } from './methoddef';
import { PyTuple_New, PyTuple_Pack, type PyTupleObject } from './tupleobject';

const SLICE_BASICSIZE = 40;
/** PY_SSIZE_T_MAX / MIN as the model's numbers (2**63 - 1 rounds to 2**63). */
export const PY_SSIZE_T_MAX = 9223372036854775807;
export const PY_SSIZE_T_MIN = -9223372036854775808;

export class PySliceObject extends PyObject {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  constructor(type: PyTypeObject) {
    super(type);
    this.start = this.stop = this.step = Py_None;
  }
}

export const PySlice_Type = new PyTypeObject(PyType_Type, 'slice', SLICE_BASICSIZE, 0, TypeFlags.HAVE_GC);

export function PySlice_Check(o: PyObject): o is PySliceObject {
  return o.ob_type === PySlice_Type;
}

// interp->slice_cache, per runtime (undefined: not initialised yet).
const cacheByRuntime = new WeakMap<object, { obj: PySliceObject | null }>();
function sliceCache(): { obj: PySliceObject | null } {
  let c = cacheByRuntime.get(rt);
  if (c === undefined) {
    // The slice CPython's startup left in the cache: allocated, never GC-counted.
    const o = new PySliceObject(PySlice_Type);
    o.ob_addr = rt.mem.malloc(PyGC_Head_SIZE + SLICE_BASICSIZE, { obj: o, part: 'object' }) + PyGC_Head_SIZE;
    o.ob_refcnt = 0;
    c = { obj: o };
    cacheByRuntime.set(rt, c);
  }
  return c;
}

/** The object kept in the slice cache (for sys._debugmallocstats and views). */
export function _PySlice_CachedObject(): PySliceObject | null {
  return sliceCache().obj;
}

/** PySlice_New: increfs start/stop/step (null means None). */
export function PySlice_New(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PySliceObject {
  const st = step ?? Py_None, a = start ?? Py_None, b = stop ?? Py_None;
  const c = sliceCache();
  let obj: PySliceObject;
  if (c.obj !== null) {
    obj = c.obj;
    c.obj = null;
    obj.ob_refcnt = 1;
  } else {
    obj = new PySliceObject(PySlice_Type);
    _PyObject_GC_New(obj, SLICE_BASICSIZE);
  }
  Py_INCREF(a);
  Py_INCREF(b);
  Py_INCREF(st);
  obj.start = a;
  obj.stop = b;
  obj.step = st;
  PyObject_GC_Track(obj);
  return obj;
}

function slice_dealloc(self: PyObject): void {
  const r = self as PySliceObject;
  PyObject_GC_UnTrack(r);
  const st = r.step, a = r.start, b = r.stop;
  r.start = r.stop = r.step = Py_None;
  Py_DECREF(st);
  Py_DECREF(a);
  Py_DECREF(b);
  const c = sliceCache();
  if (c.obj === null) c.obj = r;
  else PyObject_GC_Del(r);
}

/** _PyEval_SliceIndex for slice fields: None → default, else __index__ clamped. */
function sliceIndex(v: PyObject, dflt: number): number {
  if (v === Py_None) return dflt;
  if (v.ob_type.nb_index === null) {
    PyErr_SetString(PyExc_TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  return PyNumber_AsSsize_t(v, null);
}

/** PySlice_Unpack: [start, stop, step] with Py_ssize_t clamping. */
export function PySlice_Unpack(s: PyObject): [number, number, number] {
  const r = s as PySliceObject;
  let step: number;
  if (r.step === Py_None) {
    step = 1;
  } else {
    step = sliceIndex(r.step, 1);
    if (step === 0) PyErr_SetString(PyExc_ValueError, 'slice step cannot be zero');
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = sliceIndex(r.start, step < 0 ? PY_SSIZE_T_MAX : 0);
  const stop = sliceIndex(r.stop, step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX);
  return [start, stop, step];
}

/** PySlice_AdjustIndices: clamps to `length`; returns [start, stop, slicelength]. */
export function PySlice_AdjustIndices(length: number, start: number, stop: number, step: number): [number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, n];
}

function slice_repr(self: PyObject): PyObject {
  const r = self as PySliceObject;
  const parts: string[] = [];
  for (const o of [r.start, r.stop, r.step]) {
    const s = PyObject_Repr(o);
    parts.push((s as PyUnicodeObject).str);
    Py_DECREF(s);
  }
  return PyUnicode_FromString(`slice(${parts.join(', ')})`);
}

function slice_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PySlice_Check(v) || !PySlice_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  // Compared as the tuples (start, stop, step), built with borrowed items.
  const t1 = PyTuple_New(3), t2 = PyTuple_New(3);
  t1.ob_item[0] = v.start; t1.ob_item[1] = v.stop; t1.ob_item[2] = v.step;
  t2.ob_item[0] = w.start; t2.ob_item[1] = w.stop; t2.ob_item[2] = w.step;
  for (const t of [t1, t2]) for (const o of t.ob_item) Py_INCREF(o);
  try {
    return PyObject_RichCompare(t1, t2, op);
  } finally {
    Py_DECREF(t1);
    Py_DECREF(t2);
  }
}

function slice_traverse(self: PyObject, visit: RefVisitor): void {
  const r = self as PySliceObject;
  visit(r.start, 'start');
  visit(r.stop, 'stop');
  visit(r.step, 'step');
}

function slice_new(_type: PyTypeObject, args: PyObject, kw: PyObject | null): PyObject {
  _PyArg_NoKeywords('slice', kw);
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional('slice', a.length, 1, 3);
  if (a.length === 1) return PySlice_New(null, a[0], null);
  return PySlice_New(a[0], a[1], a.length > 2 ? a[2] : null);
}

/** slice.indices(len): computed on exact integers (_PySlice_GetLongIndices). */
function slice_indices(self: PyObject, len: PyObject): PyObject {
  const r = self as PySliceObject;
  const lenObj = PyNumber_Index(len);
  const length = PyLong_AsBigInt(lenObj);
  Py_DECREF(lenObj);
  if (length < 0n) PyErr_SetString(PyExc_ValueError, 'length should not be negative');
  const idx = (o: PyObject): bigint => {
    if (!PyLong_Check(o) && o.ob_type.nb_index === null) {
      PyErr_SetString(PyExc_TypeError, 'slice indices must be integers or None or have an __index__ method');
    }
    const i = PyNumber_Index(o);
    const v = PyLong_AsBigInt(i);
    Py_DECREF(i);
    return v;
  };
  const step = r.step === Py_None ? 1n : idx(r.step);
  if (step === 0n) PyErr_SetString(PyExc_ValueError, 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
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
  const start = clamp(r.start, neg ? upper : lower);
  const stop = clamp(r.stop, neg ? lower : upper);
  const a = PyLong_FromValue(start), b = PyLong_FromValue(stop), c = PyLong_FromValue(step);
  const t = PyTuple_Pack(a, b, c);
  Py_DECREF(a);
  Py_DECREF(b);
  Py_DECREF(c);
  return t;
}

const slice_methods: PyMethodDef[] = [
  { ml_name: 'indices', ml_meth: slice_indices, ml_flags: METH.O },
];

const slice_getset: PyGetSetDef[] = [
  { name: 'start', get: (s) => { const v = (s as PySliceObject).start; Py_INCREF(v); return v; }, set: null },
  { name: 'stop', get: (s) => { const v = (s as PySliceObject).stop; Py_INCREF(v); return v; }, set: null },
  { name: 'step', get: (s) => { const v = (s as PySliceObject).step; Py_INCREF(v); return v; }, set: null },
];

const S = PySlice_Type;
S.tp_dealloc = slice_dealloc;
S.tp_repr = slice_repr;
S.tp_hash = PyObject_HashNotImplemented;
S.tp_richcompare = slice_richcompare;
S.tp_traverse = slice_traverse;
S.tp_refs = slice_traverse;
S.tp_new = slice_new;
S.tp_free = PyObject_GC_Del;
S.tp_sizeof = () => SLICE_BASICSIZE;
S.tp_methods = slice_methods;
S.tp_getset = slice_getset;
void PyLong_FromNumber;
