// The bytearray type (Objects/bytearrayobject.c, 3.11). A PyByteArrayObject is a
// 56-byte object, not GC-tracked, whose bytes live in a separate buffer of ob_alloc
// bytes from PyObject_Malloc/Realloc (pymalloc up to 512 bytes, the raw allocator
// above), so ids, block reuse and sys.getsizeof (tp_basicsize + ob_alloc) match.
// The buffer is reallocated exactly when PyByteArray_Resize does, with its growth
// policy: about 1/8 extra when growing a little (append), the exact size otherwise;
// a major shrink reallocates to size + 1, a minor one keeps the buffer. Deleting from
// the front only advances ob_start (the logical offset) until the next resize.
//
// In the model the buffer's content is a host Uint8Array `ob_buf` of ob_alloc bytes
// (empty when ob_bytes is NULL); its simulated address is `ob_bytes` (0 = NULL).

import { SimulatedMemoryError } from '../memory/budget';
import { PyObject, PyTypeObject, TypeFlags, CompareOp, Py_DECREF, Py_INCREF, Py_NewRef, rt } from './object';
import { PyType_Type } from './typebase';
import { PyObject_Free } from './objalloc';
import { PyErr_SetString, PyErr_NoMemory, PyErr_Clear, isPyExc } from './errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_BufferError, PyExc_OverflowError } from './exceptions';
import { Py_NotImplemented } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_CheckExact, PyLong_FromNumber, _Py_CompareResult, _PyLong_Value, type PyLongObject } from './longobject';
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import {
  PyIndex_Check, PyNumber_AsSsize_t, PyObject_GetIter, PyIter_Next, _PyNumber_Index, PyNumber_Check,
  PyObject_HashNotImplemented, PyObject_CallOneArg,
} from './abstract';
import { _PyObject_GetBufferView, _PyType_SetBufferProc } from './buffer';
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices } from './sliceobject';
import { PyList_CheckExact, type PyListObject } from './listobject';
import { PyTuple_CheckExact, type PyTupleObject } from './tupleobject';
import { PyDict_Next } from './dictobject';
import { _PyArg_UnpackKeywords } from './argparse';
import { _PyType_GenericAllocInto } from './containerutil';
import { PyBytes_FromBytes, _PyUnicode_Encode } from './bytesobject';
import { bytearray_methods } from './bytearray_methods';
import { inCPythonOrder, bytes_mod_refused, _PyBytesMethods_RegisterByteArray } from './bytes_methods';
import { TYPE_DICTS } from '../profiles/py311-names';
import { PyByteArrayIter_New } from './bytearray_iter';
import { _PyEval_ChargeBulkWork } from '../vm/chargework';

/** sizeof(PyByteArrayObject) */
const BYTEARRAY_BASICSIZE = 56;
const PY_SSIZE_T_MAX = 2 ** 63 - 1;
const EMPTY = new Uint8Array(0);

export class PyByteArrayObject extends PyObject {
  ob_size = 0;
  /** How many bytes ob_bytes holds (0 when NULL). */
  ob_alloc = 0;
  /** Simulated address of the buffer (PyObject_Malloc'd), 0 for NULL. */
  ob_bytes = 0;
  /** ob_start - ob_bytes: the logical offset of the first byte. */
  ob_start = 0;
  /** Buffer exports (memoryviews): always 0 in the subset, kept for _canresize. */
  ob_exports = 0;
  /** The buffer's content, ob_alloc bytes (the model's copy of ob_bytes). */
  ob_buf: Uint8Array = EMPTY;
}

export const PyByteArray_Type = new PyTypeObject(PyType_Type, 'bytearray', BYTEARRAY_BASICSIZE, 0, TypeFlags.BASETYPE);

export function PyByteArray_Check(o: PyObject): o is PyByteArrayObject {
  if (o.ob_type === PyByteArray_Type) return true;
  for (let t = o.ob_type.tp_base; t !== null; t = t.tp_base) if (t === PyByteArray_Type) return true;
  return false;
}

/** PyByteArray_AS_STRING .. + Py_SIZE: the current bytes (a view into the buffer). */
export function PyByteArray_View(o: PyByteArrayObject): Uint8Array {
  return o.ob_buf.subarray(o.ob_start, o.ob_start + o.ob_size);
}

// ---------------------------------------------------------------------------
// The buffer: PyObject_Malloc / PyObject_Realloc / PyObject_Free

/** A failed simulated malloc is CPython's NULL return: MemoryError, nothing changed. */
function bufferAlloc(self: PyByteArrayObject, oldAddr: number, nbytes: number): number {
  try {
    return oldAddr === 0
      ? rt.mem.malloc(nbytes, { obj: self, part: 'ob_bytes' })
      : rt.mem.realloc(oldAddr, nbytes, { obj: self, part: 'ob_bytes' });
  } catch (e) {
    if (!(e instanceof SimulatedMemoryError)) throw e;
    return PyErr_NoMemory();
  }
}

function _canresize(self: PyByteArrayObject): void {
  if (self.ob_exports > 0) {
    PyErr_SetString(PyExc_BufferError, 'Existing exports of data: object cannot be re-sized');
  }
}

/** PyByteArray_Resize: sets the size to `requested`, reallocating as CPython decides. */
export function PyByteArray_Resize(self: PyByteArrayObject, requested: number): void {
  let alloc = self.ob_alloc;
  const logical_offset = self.ob_start;
  const size = requested;
  if (requested === self.ob_size) return;
  _canresize(self);
  if (size + logical_offset + 1 <= alloc) {
    // The buffer is large enough: a major downsize goes to the exact size, a minor one keeps it.
    if (size < Math.floor(alloc / 2)) {
      alloc = size + 1;
    } else {
      self.ob_size = size;
      self.ob_buf[logical_offset + size] = 0; // trailing NUL
      return;
    }
  } else if (size <= alloc * 1.125) {
    // Moderate upsize: over-allocate like list_resize().
    alloc = size + Math.floor(size / 8) + (size < 9 ? 3 : 6);
  } else {
    // Major upsize: exactly the size asked for.
    alloc = size + 1;
  }
  if (alloc > PY_SSIZE_T_MAX) PyErr_NoMemory();
  let addr: number;
  if (logical_offset > 0) {
    // A fresh buffer and a copy: the bytes before ob_start are dropped.
    addr = bufferAlloc(self, 0, alloc);
    rt.mem.free(self.ob_bytes);
  } else {
    addr = bufferAlloc(self, self.ob_bytes, alloc);
  }
  const buf = new Uint8Array(alloc);
  buf.set(self.ob_buf.subarray(logical_offset, logical_offset + Math.min(requested, self.ob_size)));
  self.ob_buf = buf;
  self.ob_bytes = addr;
  self.ob_start = 0;
  self.ob_size = size;
  self.ob_alloc = alloc;
}

/** PyByteArray_FromStringAndSize: a new exact bytearray holding a copy of `bytes`
 *  (or `size` zero bytes when bytes is null); the buffer is size + 1 bytes, none for 0. */
export function PyByteArray_FromStringAndSize(bytes: Uint8Array | null, size: number): PyByteArrayObject {
  if (size === PY_SSIZE_T_MAX) PyErr_NoMemory();
  const o = _PyType_GenericAllocInto(new PyByteArrayObject(PyByteArray_Type), PyByteArray_Type, 0);
  if (size > 0) {
    const alloc = size + 1;
    try {
      o.ob_bytes = bufferAlloc(o, 0, alloc);
    } catch (e) {
      Py_DECREF(o);
      throw e;
    }
    o.ob_buf = new Uint8Array(alloc);
    if (bytes !== null) o.ob_buf.set(bytes.subarray(0, size));
    o.ob_alloc = alloc;
    o.ob_size = size;
  }
  return o;
}

/** PyByteArray_FromObject: bytearray(o), a call of the type (type_call: new, then __init__). */
export function PyByteArray_FromObject(o: PyObject): PyByteArrayObject {
  return PyObject_CallOneArg(PyByteArray_Type, o) as PyByteArrayObject;
}

function bytearray_dealloc(o: PyObject): void {
  const self = o as PyByteArrayObject;
  if (self.ob_exports > 0) throw new Error('internal: deallocated bytearray object has exported buffers');
  if (self.ob_bytes !== 0) rt.mem.free(self.ob_bytes);
  self.ob_bytes = 0;
  self.ob_buf = EMPTY;
  const free = o.ob_type.tp_free;
  if (free !== null && o.ob_type !== PyByteArray_Type) free(o);
  else PyObject_Free(o);
}

// ---------------------------------------------------------------------------
// Byte values

/** _getbytevalue: an int (via __index__) in range(0, 256). */
export function _getbytevalue(arg: PyObject): number {
  const i = _PyNumber_Index(arg);
  const v = _PyLong_Value(i as PyLongObject);
  Py_DECREF(i);
  if (typeof v !== 'number' || v < 0 || v >= 256) PyErr_SetString(PyExc_ValueError, 'byte must be in range(0, 256)');
  return v;
}

/** The next item of an iterator of ints as a byte (errors as _getbytevalue), or -1 at its end. */
export function _PyIter_NextByte(it: PyObject): number {
  const item = PyIter_Next(it);
  if (item === null) return -1;
  try {
    return _getbytevalue(item);
  } finally {
    Py_DECREF(item);
  }
}

// ---------------------------------------------------------------------------
// bytearray(source=None, encoding=None, errors=None)

/** bytearray___init___impl */
function bytearray___init___impl(self: PyByteArrayObject, arg: PyObject | null, encoding: PyObject | null, errors: PyObject | null): void {
  // Empty previous contents (yes, do this first of all!)
  if (self.ob_size !== 0) PyByteArray_Resize(self, 0);
  const noStringError = (): never => PyErr_SetString(PyExc_TypeError,
    encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
  if (arg === null) {
    if (encoding !== null || errors !== null) noStringError();
    return;
  }
  if (PyUnicode_Check(arg)) {
    if (encoding === null) PyErr_SetString(PyExc_TypeError, 'string argument without an encoding');
    // PyUnicode_AsEncodedString makes a bytes object, which bytearray_iconcat appends.
    const encoded = PyBytes_FromBytes(_PyUnicode_Encode((arg as PyUnicodeObject).str, strArg('encoding', encoding), errors === null ? 'strict' : strArg('errors', errors)));
    try {
      Py_DECREF(bytearray_iconcat(self, encoded));
    } finally {
      Py_DECREF(encoded);
    }
    return;
  }
  if (encoding !== null || errors !== null) noStringError();
  if (PyIndex_Check(arg)) {
    let count = -1;
    let isCount = true;
    try {
      count = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
    } catch (e) {
      if (!isPyExc(e, PyExc_TypeError)) throw e;
      PyErr_Clear(e);
      isCount = false; // fall through
    }
    if (isCount) {
      if (count < 0) PyErr_SetString(PyExc_ValueError, 'negative count');
      if (count > 0) PyByteArray_Resize(self, count); // zero-filled
      return;
    }
  }
  const view = _PyObject_GetBufferView(arg);
  if (view !== null) {
    const src = view.slice(); // PyBuffer_ToContiguous after the resize
    PyByteArray_Resize(self, src.length);
    self.ob_buf.set(src, self.ob_start);
    return;
  }
  if (PyList_CheckExact(arg) || PyTuple_CheckExact(arg)) {
    const items = PyList_CheckExact(arg) ? (arg as PyListObject).ob_item : (arg as PyTupleObject).ob_item;
    const size = items.length;
    PyByteArray_Resize(self, size);
    let fast = true;
    for (let i = 0; i < size; i++) {
      if (!PyLong_CheckExact(items[i])) {
        // Resize to 0 and go through the slow path.
        if (self.ob_size !== 0) PyByteArray_Resize(self, 0);
        fast = false;
        break;
      }
      self.ob_buf[self.ob_start + i] = _getbytevalue(items[i]);
    }
    if (fast) return;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(arg);
  } catch (e) {
    if (!isPyExc(e, PyExc_TypeError)) throw e;
    PyErr_Clear(e);
    return PyErr_SetString(PyExc_TypeError, `cannot convert '${arg.ob_type.tp_name}' object to bytearray`);
  }
  try {
    for (;;) {
      const value = _PyIter_NextByte(it);
      if (value < 0) break;
      // Append the byte (in place while ob_alloc has room for it and the NUL).
      if (self.ob_size + 1 < self.ob_alloc) self.ob_size++;
      else PyByteArray_Resize(self, self.ob_size + 1);
      self.ob_buf[self.ob_start + self.ob_size - 1] = value;
    }
  } finally {
    Py_DECREF(it);
  }
}

function strArg(name: string, o: PyObject | null): string {
  if (o === null) return 'utf-8';
  if (!PyUnicode_Check(o)) PyErr_SetString(PyExc_TypeError, `bytearray() argument '${name}' must be str, not ${o.ob_type.tp_name}`);
  return (o as PyUnicodeObject).str;
}

/** tp_init: the args tuple and kwargs dict through Argument Clinic's keyword parser. */
function bytearray_init(self: PyObject, args: PyObject, kwargs: PyObject | null): void {
  const pos = (args as PyTupleObject).ob_item;
  const all = pos.slice();
  const names: PyObject[] = [];
  if (kwargs !== null) {
    const p = { pos: 0 };
    for (let kv = PyDict_Next(kwargs, p); kv !== null; kv = PyDict_Next(kwargs, p)) {
      names.push(kv[0]);
      all.push(kv[1]);
    }
  }
  const kwnames = names.length === 0 ? null : ({ ob_item: names } as unknown as PyObject);
  const [source, encoding, errors] = _PyArg_UnpackKeywords('bytearray', all, pos.length, kwnames, ['source', 'encoding', 'errors'], 0);
  bytearray___init___impl(self as PyByteArrayObject, source, encoding, errors);
}

/** PyType_GenericNew: an empty bytearray (size 0, no buffer); __init__ fills it. */
function bytearray_new(type: PyTypeObject, _args: PyObject, _kwargs: PyObject | null): PyObject {
  return _PyType_GenericAllocInto(new PyByteArrayObject(type), type, 0);
}

// ---------------------------------------------------------------------------
// repr, comparison

/** bytearray_repr: ClassName(b'...'); a quote is always escaped, '"' chosen when the
 *  data has a single quote and no double quote. */
function bytearray_repr(o: PyObject): PyObject {
  const b = PyByteArray_View(o as PyByteArrayObject);
  let quote = "'";
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x22) {
      quote = "'";
      break;
    } else if (b[i] === 0x27) {
      quote = '"';
    }
  }
  let out = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  const name = o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf('.') + 1);
  return PyUnicode_FromString(`${name}(b${quote}${out}${quote})`);
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

/** bytearray_richcompare: any two buffers; anything else is NotImplemented. */
function bytearray_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const x = _PyObject_GetBufferView(a), y = _PyObject_GetBufferView(b);
  if (x === null || y === null) return Py_NewRef(Py_NotImplemented);
  if ((op === CompareOp.EQ || op === CompareOp.NE) && x.length !== y.length) return PyBool_FromLong(op === CompareOp.NE);
  return PyBool_FromLong(_Py_CompareResult(compareBytes(x, y), op));
}

// ---------------------------------------------------------------------------
// Sequence and mapping slots

function bytearray_length(o: PyObject): number {
  return (o as PyByteArrayObject).ob_size;
}

/** PyByteArray_Concat: a new bytearray from two buffers. */
function bytearray_concat(a: PyObject, b: PyObject): PyObject {
  const va = _PyObject_GetBufferView(a), vb = _PyObject_GetBufferView(b);
  if (va === null || vb === null) {
    PyErr_SetString(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  const result = PyByteArray_FromStringAndSize(null, va.length + vb.length);
  result.ob_buf.set(va, 0);
  result.ob_buf.set(vb, va.length);
  return result;
}

/** bytearray_iconcat (+=): resize then copy. */
function bytearray_iconcat(o: PyObject, other: PyObject): PyObject {
  const self = o as PyByteArrayObject;
  const vo = _PyObject_GetBufferView(other);
  if (vo === null) PyErr_SetString(PyExc_TypeError, `can't concat ${other.ob_type.tp_name} to ${o.ob_type.tp_name}`);
  const src = vo.slice(); // the view may be self's own buffer
  const size = self.ob_size;
  PyByteArray_Resize(self, size + src.length);
  self.ob_buf.set(src, self.ob_start + size);
  Py_INCREF(self);
  return self;
}

function repeatInto(dst: Uint8Array, at: number, src: Uint8Array, count: number): void {
  for (let i = 0; i < count; i++) dst.set(src, at + i * src.length);
}

function bytearray_repeat(o: PyObject, count: number): PyObject {
  const self = o as PyByteArrayObject;
  if (count < 0) count = 0;
  const mysize = self.ob_size;
  if (count !== 0 && mysize > PY_SSIZE_T_MAX / count) PyErr_NoMemory();
  const src = PyByteArray_View(self).slice();
  const result = PyByteArray_FromStringAndSize(null, mysize * count);
  _PyEval_ChargeBulkWork(mysize * count); // its work, once the memory is allocated: a MemoryError comes first (vm/chargework.ts)
  if (mysize > 0) repeatInto(result.ob_buf, 0, src, count);
  return result;
}

function bytearray_irepeat(o: PyObject, count: number): PyObject {
  const self = o as PyByteArrayObject;
  if (count < 0) count = 0;
  const mysize = self.ob_size;
  if (count !== 0 && mysize > PY_SSIZE_T_MAX / count) PyErr_NoMemory();
  const src = PyByteArray_View(self).slice();
  PyByteArray_Resize(self, mysize * count);
  _PyEval_ChargeBulkWork(mysize * count); // its work, once the memory is allocated: a MemoryError comes first (vm/chargework.ts)
  if (mysize > 0) repeatInto(self.ob_buf, self.ob_start, src, count);
  Py_INCREF(self);
  return self;
}

function bytearray_getitem(o: PyObject, i: number): PyObject {
  const self = o as PyByteArrayObject;
  if (i < 0 || i >= self.ob_size) PyErr_SetString(PyExc_IndexError, 'bytearray index out of range');
  return PyLong_FromNumber(self.ob_buf[self.ob_start + i]);
}

function bytearray_contains(o: PyObject, arg: PyObject): boolean {
  const b = PyByteArray_View(o as PyByteArrayObject);
  // _Py_bytes_contains: an int (clamped, so any out-of-range value is a ValueError), else a buffer.
  const view = _PyObject_GetBufferView(arg);
  if (view === null && !PyIndex_Check(arg)) {
    PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${arg.ob_type.tp_name}'`);
  }
  if (view === null) {
    const v = PyNumber_AsSsize_t(arg, null);
    if (v < 0 || v > 255) PyErr_SetString(PyExc_ValueError, 'byte must be in range(0, 256)');
    return b.indexOf(v) >= 0;
  }
  const n = view.length;
  outer: for (let i = 0; i + n <= b.length; i++) {
    for (let j = 0; j < n; j++) if (b[i + j] !== view[j]) continue outer;
    return true;
  }
  return false;
}

function bytearray_subscript(o: PyObject, index: PyObject): PyObject {
  const self = o as PyByteArrayObject;
  if (PyIndex_Check(index)) {
    let i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    if (i < 0) i += self.ob_size;
    return bytearray_getitem(self, i);
  }
  if (PySlice_Check(index)) {
    const [s0, e0, step0] = PySlice_Unpack(index);
    const [start, , slicelength] = PySlice_AdjustIndices(self.ob_size, s0, e0, step0);
    if (slicelength <= 0) return PyByteArray_FromStringAndSize(null, 0);
    if (step0 === 1) return PyByteArray_FromStringAndSize(self.ob_buf.subarray(self.ob_start + start), slicelength);
    const result = PyByteArray_FromStringAndSize(null, slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step0, i++) result.ob_buf[i] = self.ob_buf[self.ob_start + cur];
    return result;
  }
  return PyErr_SetString(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
}

/** bytearray_setslice_linear: replaces [lo, hi) with `bytes` (null: delete). */
function bytearray_setslice_linear(self: PyByteArrayObject, lo: number, hi: number, bytes: Uint8Array | null): void {
  const bytes_len = bytes === null ? 0 : bytes.length;
  const avail = hi - lo;
  const growth = bytes_len - avail;
  if (growth < 0) {
    _canresize(self);
    const size = self.ob_size;
    if (lo === 0) {
      // Shrink the buffer by advancing its logical start.
      self.ob_start -= growth;
      try {
        PyByteArray_Resize(self, size + growth);
      } catch (e) {
        self.ob_start += growth;
        throw e;
      }
    } else {
      const base = self.ob_start;
      self.ob_buf.copyWithin(base + lo + bytes_len, base + hi, base + size);
      PyByteArray_Resize(self, size + growth);
    }
  } else if (growth > 0) {
    if (self.ob_size > PY_SSIZE_T_MAX - growth) PyErr_NoMemory();
    PyByteArray_Resize(self, self.ob_size + growth);
    const base = self.ob_start;
    const size = self.ob_size;
    self.ob_buf.copyWithin(base + lo + bytes_len, base + hi, base + size - growth);
  }
  if (bytes !== null && bytes_len > 0) self.ob_buf.set(bytes, self.ob_start + lo);
}

/** bytearray_setslice: self[lo:hi] = values (a buffer; null deletes). */
export function bytearray_setslice(self: PyByteArrayObject, lo: number, hi: number, values: PyObject | null): void {
  let bytes: Uint8Array | null = null;
  if (values === self) {
    // Make a copy and call this function recursively.
    const copy = PyByteArray_FromStringAndSize(PyByteArray_View(self), self.ob_size);
    try {
      bytearray_setslice(self, lo, hi, copy);
    } finally {
      Py_DECREF(copy);
    }
    return;
  }
  if (values !== null) {
    const view = _PyObject_GetBufferView(values);
    if (view === null) PyErr_SetString(PyExc_TypeError, `can't set bytearray slice from ${values.ob_type.tp_name}`);
    bytes = view.slice();
  }
  if (lo < 0) lo = 0;
  if (hi < lo) hi = lo;
  if (hi > self.ob_size) hi = self.ob_size;
  bytearray_setslice_linear(self, lo, hi, bytes);
}

function bytearray_ass_subscript(o: PyObject, index: PyObject, values: PyObject | null): void {
  const self = o as PyByteArrayObject;
  let start: number, stop: number, step: number, slicelen: number;
  if (PyIndex_Check(index)) {
    let i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    // GH-91153: the value is converted before the size check.
    const ival = values !== null ? _getbytevalue(values) : -1;
    if (i < 0) i += self.ob_size;
    if (i < 0 || i >= self.ob_size) PyErr_SetString(PyExc_IndexError, 'bytearray index out of range');
    if (values !== null) {
      self.ob_buf[self.ob_start + i] = ival;
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (PySlice_Check(index)) {
    [start, stop, step] = PySlice_Unpack(index);
    [start, stop, slicelen] = PySlice_AdjustIndices(self.ob_size, start, stop, step);
  } else {
    return PyErr_SetString(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
  }
  let bytes: Uint8Array | null = null;
  if (values !== null) {
    if (values === self || !PyByteArray_Check(values)) {
      if (PyNumber_Check(values) || PyUnicode_Check(values)) {
        PyErr_SetString(PyExc_TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      // Make a copy and call this function recursively.
      const copy = PyByteArray_FromObject(values);
      try {
        bytearray_ass_subscript(self, index, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    bytes = PyByteArray_View(values).slice();
  }
  // Make sure b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) return bytearray_setslice_linear(self, start, stop, bytes);
  const buf = self.ob_buf, base = self.ob_start;
  if (bytes === null || bytes.length === 0) {
    // Delete an extended slice.
    _canresize(self);
    if (slicelen === 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    const size = self.ob_size;
    for (let cur = start, i = 0; i < slicelen; cur += step, i++) {
      let lim = step - 1;
      if (cur + step >= size) lim = size - cur - 1;
      buf.copyWithin(base + cur - i, base + cur + 1, base + cur + 1 + lim);
    }
    const cur = start + slicelen * step;
    if (cur < size) buf.copyWithin(base + cur - slicelen, base + cur, base + size);
    PyByteArray_Resize(self, size - slicelen);
    return;
  }
  if (bytes.length !== slicelen) {
    PyErr_SetString(PyExc_ValueError, `attempt to assign bytes of size ${bytes.length} to extended slice of size ${slicelen}`);
  }
  for (let cur = start, i = 0; i < slicelen; cur += step, i++) buf[base + cur] = bytes[i];
}

/** bytearray_setitem (GH-91153: the value is converted before the size check). */
function bytearray_ass_item(o: PyObject, i: number, value: PyObject | null): void {
  const self = o as PyByteArrayObject;
  const ival = value !== null ? _getbytevalue(value) : -1;
  if (i < 0) i += self.ob_size;
  if (i < 0 || i >= self.ob_size) PyErr_SetString(PyExc_IndexError, 'bytearray index out of range');
  if (value === null) return bytearray_setslice(self, i, i + 1, null);
  self.ob_buf[self.ob_start + i] = ival;
}

/** bytearray_sizeof: the struct (of the actual type) plus the buffer. */
function bytearray_sizeof(o: PyObject): number {
  return o.ob_type.tp_basicsize + (o as PyByteArrayObject).ob_alloc;
}

const T = PyByteArray_Type;
T.tp_dealloc = bytearray_dealloc;
T.tp_free = PyObject_Free;
T.tp_repr = bytearray_repr;
T.tp_str = bytearray_repr;
T.tp_hash = PyObject_HashNotImplemented;
T.tp_richcompare = bytearray_richcompare;
T.tp_iter = (o) => PyByteArrayIter_New(o as PyByteArrayObject);
T.tp_sizeof = bytearray_sizeof;
T.tp_methods = inCPythonOrder(bytearray_methods, TYPE_DICTS.bytearray);
T.nb_remainder = bytes_mod_refused;
_PyBytesMethods_RegisterByteArray(PyByteArray_Type, (u8) => PyByteArray_FromStringAndSize(u8, u8.length));
T.tp_new = bytearray_new;
T.tp_init = bytearray_init;
T.tp_doc = 'bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer';
T.sq_length = bytearray_length;
T.sq_concat = bytearray_concat;
T.sq_repeat = bytearray_repeat;
T.sq_item = bytearray_getitem;
T.sq_ass_item = bytearray_ass_item;
T.sq_contains = bytearray_contains;
T.sq_inplace_concat = bytearray_iconcat;
T.sq_inplace_repeat = bytearray_irepeat;
T.mp_length = bytearray_length;
T.mp_subscript = bytearray_subscript;
T.mp_ass_subscript = bytearray_ass_subscript;
_PyType_SetBufferProc(T, (o) => PyByteArray_View(o as PyByteArrayObject));

