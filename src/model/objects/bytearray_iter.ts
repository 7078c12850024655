// bytearray_iterator (Objects/bytearrayobject.c bytearrayiter_*): a 32-byte GC object
// holding the bytearray until it is exhausted; it reads the current size at each step,
// so it sees the bytearray change while it runs.

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_NewRef, TypeFlags } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del } from './objalloc';
import { PyLong_FromNumber } from './longobject';
import type { PyByteArrayObject } from './bytearrayobject';

const ITER_BASICSIZE = 32;

class PyByteArrayIterObject extends PyObject {
  it_index = 0;
  it_seq: PyByteArrayObject | null = null;
}

export const PyByteArrayIter_Type = new PyTypeObject(PyType_Type, 'bytearray_iterator', ITER_BASICSIZE, 0, TypeFlags.HAVE_GC);

/** bytearray_iter */
export function PyByteArrayIter_New(seq: PyByteArrayObject): PyObject {
  const it = _PyObject_GC_New(new PyByteArrayIterObject(PyByteArrayIter_Type), ITER_BASICSIZE);
  Py_INCREF(seq);
  it.it_seq = seq;
  PyObject_GC_Track(it);
  return it;
}

const T = PyByteArrayIter_Type;
T.tp_iter = (o) => Py_NewRef(o);
T.tp_iternext = (o) => {
  const it = o as PyByteArrayIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.ob_size) return PyLong_FromNumber(seq.ob_buf[seq.ob_start + it.it_index++]);
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
};
T.tp_dealloc = (o) => {
  const it = o as PyByteArrayIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
};
T.tp_free = PyObject_GC_Del;
T.tp_traverse = (o, visit) => {
  const seq = (o as PyByteArrayIterObject).it_seq;
  if (seq !== null) visit(seq, 'it_seq');
};
T.tp_refs = T.tp_traverse;
