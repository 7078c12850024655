// bytearray's methods (Objects/bytearrayobject.c, 3.11). The mutating ones resize
// through PyByteArray_Resize like their C counterparts; the read-only ones that
// bytes and bytearray share in CPython (Objects/bytes_methods.c: find, count,
// startswith, hex, decode...) are bytes' own implementations, which read either
// type through the buffer protocol.

import { PyObject, Py_INCREF, Py_DECREF } from './object';
import { PyErr_SetString, PyErr_NoMemory, PyErr_Clear, isPyExc } from './errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError } from './exceptions';
import { Py_None } from './singletons';
import { PyLong_FromNumber } from './longobject';
import { PyObject_GetIter } from './abstract';
import { PyObject_LengthHint, _PyArg_AsSsize_t, _PyArg_CheckPositional } from './containerutil';
import { METH, type PyMethodDef } from './methoddef';
import { bytes_methods, bytes_rfind_impl } from './bytesobject';
import { sharedBytesMethods } from './bytes_methods';
import { PyObject_CheckBuffer } from './buffer';
import {
  PyByteArray_Resize, PyByteArray_FromStringAndSize, PyByteArray_View, bytearray_setslice, _getbytevalue, _PyIter_NextByte,
  type PyByteArrayObject,
} from './bytearrayobject';

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

/** bytearray.append(item) */
function bytearray_append(o: PyObject, arg: PyObject): PyObject {
  const self = o as PyByteArrayObject;
  const item = _getbytevalue(arg);
  const n = self.ob_size;
  if (n === PY_SSIZE_T_MAX) PyErr_SetString(PyExc_OverflowError, 'cannot add more objects to bytearray');
  PyByteArray_Resize(self, n + 1);
  self.ob_buf[self.ob_start + n] = item;
  return none();
}

/** bytearray.extend(iterable_of_ints): a buffer is appended directly; anything else is
 *  collected into a temporary bytearray (sized by the length hint, grown by half as
 *  needed, then cut to size) which is appended. */
function bytearray_extend(o: PyObject, iterable_of_ints: PyObject): PyObject {
  const self = o as PyByteArrayObject;
  if (PyObject_CheckBuffer(iterable_of_ints)) {
    bytearray_setslice(self, self.ob_size, self.ob_size, iterable_of_ints);
    return none();
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(iterable_of_ints);
  } catch (e) {
    if (!isPyExc(e, PyExc_TypeError)) throw e;
    PyErr_Clear(e);
    return PyErr_SetString(PyExc_TypeError, `can't extend bytearray with ${iterable_of_ints.ob_type.tp_name}`);
  }
  let tmp: PyByteArrayObject | null = null;
  try {
    let buf_size = PyObject_LengthHint(iterable_of_ints, 32);
    tmp = PyByteArray_FromStringAndSize(null, buf_size);
    let len = 0;
    for (;;) {
      const value = _PyIter_NextByte(it);
      if (value < 0) break;
      tmp.ob_buf[tmp.ob_start + len++] = value;
      if (len >= buf_size) {
        if (len === PY_SSIZE_T_MAX) PyErr_NoMemory();
        const addition = Math.floor(len / 2);
        buf_size = addition > PY_SSIZE_T_MAX - len - 1 ? PY_SSIZE_T_MAX : len + addition + 1;
        PyByteArray_Resize(tmp, buf_size);
      }
    }
    // Resize down to the exact size, then append.
    PyByteArray_Resize(tmp, len);
    bytearray_setslice(self, self.ob_size, self.ob_size, tmp);
  } finally {
    Py_DECREF(it);
    if (tmp !== null) Py_DECREF(tmp);
  }
  return none();
}

/** bytearray.pop(index=-1) */
function bytearray_pop(o: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('pop', nargs, 0, 1);
  const self = o as PyByteArrayObject;
  let index = nargs > 0 ? _PyArg_AsSsize_t(args[0]) : -1;
  const n = self.ob_size;
  if (n === 0) PyErr_SetString(PyExc_IndexError, 'pop from empty bytearray');
  if (index < 0) index += n;
  if (index < 0 || index >= n) PyErr_SetString(PyExc_IndexError, 'pop index out of range');
  const base = self.ob_start;
  const value = self.ob_buf[base + index];
  self.ob_buf.copyWithin(base + index, base + index + 1, base + n);
  PyByteArray_Resize(self, n - 1);
  return PyLong_FromNumber(value);
}

/** bytearray.insert(index, item) */
function bytearray_insert(o: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('insert', nargs, 2, 2);
  const self = o as PyByteArrayObject;
  let index = _PyArg_AsSsize_t(args[0]);
  const item = _getbytevalue(args[1]);
  const n = self.ob_size;
  if (n === PY_SSIZE_T_MAX) PyErr_SetString(PyExc_OverflowError, 'cannot add more objects to bytearray');
  PyByteArray_Resize(self, n + 1);
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  }
  if (index > n) index = n;
  const base = self.ob_start;
  self.ob_buf.copyWithin(base + index + 1, base + index, base + n);
  self.ob_buf[base + index] = item;
  return none();
}

/** bytearray.remove(value) */
function bytearray_remove(o: PyObject, arg: PyObject): PyObject {
  const self = o as PyByteArrayObject;
  const value = _getbytevalue(arg);
  const n = self.ob_size;
  const where = PyByteArray_View(self).indexOf(value);
  if (where < 0) PyErr_SetString(PyExc_ValueError, 'value not found in bytearray');
  const base = self.ob_start;
  self.ob_buf.copyWithin(base + where, base + where + 1, base + n);
  PyByteArray_Resize(self, n - 1);
  return none();
}

function bytearray_clear(o: PyObject): PyObject {
  PyByteArray_Resize(o as PyByteArrayObject, 0);
  return none();
}

function bytearray_copy(o: PyObject): PyObject {
  const self = o as PyByteArrayObject;
  return PyByteArray_FromStringAndSize(PyByteArray_View(self), self.ob_size);
}

function bytearray_reverse(o: PyObject): PyObject {
  PyByteArray_View(o as PyByteArrayObject).reverse();
  return none();
}

function bytearray_alloc(o: PyObject): PyObject {
  return PyLong_FromNumber((o as PyByteArrayObject).ob_alloc);
}

function bytearray_sizeof_meth(o: PyObject): PyObject {
  return PyLong_FromNumber(o.ob_type.tp_basicsize + (o as PyByteArrayObject).ob_alloc);
}

/** The methods bytes and bytearray share that return no bytes (Objects/bytes_methods.c). */
const SHARED = ['decode', 'hex', 'find', 'rfind', 'index', 'count', 'startswith', 'endswith'];

export const bytearray_methods: PyMethodDef[] = [
  { ml_name: '__alloc__', ml_meth: bytearray_alloc, ml_flags: METH.NOARGS },
  { ml_name: '__sizeof__', ml_meth: bytearray_sizeof_meth, ml_flags: METH.NOARGS },
  { ml_name: 'append', ml_meth: bytearray_append, ml_flags: METH.O },
  { ml_name: 'clear', ml_meth: bytearray_clear, ml_flags: METH.NOARGS },
  { ml_name: 'copy', ml_meth: bytearray_copy, ml_flags: METH.NOARGS },
  { ml_name: 'extend', ml_meth: bytearray_extend, ml_flags: METH.O },
  { ml_name: 'insert', ml_meth: bytearray_insert, ml_flags: METH.FASTCALL },
  { ml_name: 'pop', ml_meth: bytearray_pop, ml_flags: METH.FASTCALL },
  { ml_name: 'remove', ml_meth: bytearray_remove, ml_flags: METH.O },
  { ml_name: 'reverse', ml_meth: bytearray_reverse, ml_flags: METH.NOARGS },
  ...bytes_methods.filter((m) => SHARED.includes(m.ml_name)),
  ...sharedBytesMethods('bytearray', bytes_rfind_impl),
];
