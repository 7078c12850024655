// int.to_bytes and int.from_bytes (Objects/longobject.c, 3.11: int_to_bytes_impl,
// int_from_bytes_impl; _PyLong_AsByteArray / _PyLong_FromByteArray). 3.11 made
// length=1 and byteorder='big' the defaults. to_bytes builds its result as
// PyBytes_FromStringAndSize(NULL, length): a new object even for one byte.

import { PyObject, Py_DECREF } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_ValueError, PyExc_OverflowError, PyExc_TypeError } from './exceptions';
import { PyUnicode_Check, type PyUnicodeObject } from './unicode_type';
import { PyLong_AsBigInt, PyLong_FromBigInt, PyLong_Type } from './longobject';
import { PyNumber_AsSsize_t, PyObject_IsTrue, PyObject_CallOneArg } from './abstract';
import { _PyArg_UnpackKeywords } from './argparse';
import { METH, type PyMethodDef } from './methoddef';
import { _PyBytes_FromSize, PyObject_Bytes, type PyBytesObject } from './bytesobject';

function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!PyUnicode_Check(o)) PyErr_SetString(PyExc_TypeError, `${fname}() argument 'byteorder' must be str, not ${o.ob_type.tp_name}`);
  const s = (o as PyUnicodeObject).str;
  if (s === 'little') return true;
  if (s === 'big') return false;
  return PyErr_SetString(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
}

/** The keyword-only `signed` after up to `maxpos` positional parameters. */
function unpack(fname: string, args: PyObject[], nargs: number, kwnames: PyObject | null, first: string): (PyObject | null)[] {
  return _PyArg_UnpackKeywords(fname, args, nargs, kwnames, [first, 'byteorder', 'signed'], first === 'bytes' ? 1 : 0, 2);
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
function int_to_bytes(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [lenObj, orderObj, signedObj] = unpack('to_bytes', args, nargs, kwnames, 'length');
  const length = lenObj === null ? 1 : PyNumber_AsSsize_t(lenObj, PyExc_OverflowError);
  const little = byteorderArg('to_bytes', orderObj);
  const signed = signedObj === null ? false : PyObject_IsTrue(signedObj);
  if (length < 0) PyErr_SetString(PyExc_ValueError, 'length argument must be non-negative');
  let v = PyLong_AsBigInt(self);
  if (v < 0n && !signed) PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length) * 8n;
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < (1n << (bits - 1n)) : v < (1n << bits);
  if (length === 0 ? v !== 0n : !fits) PyErr_SetString(PyExc_OverflowError, 'int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return _PyBytes_FromSize(out);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod; a subclass
 *  gets cls(the int). */
function int_from_bytes(type: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [bytesObj, orderObj, signedObj] = unpack('from_bytes', args, nargs, kwnames, 'bytes');
  const little = byteorderArg('from_bytes', orderObj);
  const signed = signedObj === null ? false : PyObject_IsTrue(signedObj);
  const bytes = PyObject_Bytes(bytesObj as PyObject) as PyBytesObject;
  let v = 0n;
  try {
    const b = bytes.ob_sval;
    for (let i = 0; i < b.length; i++) v = (v << 8n) | BigInt(b[little ? b.length - 1 - i : i]);
    if (signed && b.length > 0 && v >= 1n << (BigInt(b.length) * 8n - 1n)) v -= 1n << (BigInt(b.length) * 8n);
  } finally {
    Py_DECREF(bytes);
  }
  const long_obj = PyLong_FromBigInt(v);
  if (type === PyLong_Type) return long_obj;
  try {
    return PyObject_CallOneArg(type, long_obj);
  } finally {
    Py_DECREF(long_obj);
  }
}

export const long_bytes_methods: PyMethodDef[] = [
  { ml_name: 'to_bytes', ml_meth: int_to_bytes, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'from_bytes', ml_meth: int_from_bytes, ml_flags: METH.FASTCALL | METH.KEYWORDS | METH.CLASS },
];
