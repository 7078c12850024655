// Iterators over lists and tuples (Objects/listobject.c, Objects/tupleobject.c)
// and the two generic ones of Objects/iterobject.c: the sequence iterator (for
// classes with __getitem__ but no __iter__) and the callable iterator of
// iter(callable, sentinel). Each is a 32-byte GC object (48-byte block) holding a
// reference to what it iterates, dropped as soon as it is exhausted — which is
// why inside `for x in [a]:` the list is alive only through its iterator.

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, CompareOp, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del } from './objalloc';
import { PyErr_SetString, PyErr_Clear, isPyExc } from './errors';
import { PyExc_IndexError, PyExc_StopIteration, PyExc_OverflowError } from './exceptions';
import { PyLong_FromNumber } from './longobject';
import { PyObject_RichCompareBool, PyObject_CallNoArgs, PySequence_GetItem, PyObject_Size } from './abstract';
import { METH, type PyMethodDef } from './methoddef';
import type { PyListObject } from './listobject';
import type { PyTupleObject } from './tupleobject';

const ITER_BASICSIZE = 32;

/** it_index + it_seq: list_iterator, list_reverseiterator, tuple_iterator, iterator. */
export class PySeqIterObject extends PyObject {
  it_index = 0;
  it_seq: PyObject | null = null;
}

function iterType(name: string): PyTypeObject {
  return new PyTypeObject(PyType_Type, name, ITER_BASICSIZE, 0, TypeFlags.HAVE_GC);
}
export const PyListIter_Type = iterType('list_iterator');
export const PyListRevIter_Type = iterType('list_reverseiterator');
export const PyTupleIter_Type = iterType('tuple_iterator');
export const PySeqIter_Type = iterType('iterator');
export const PyCallIter_Type = iterType('callable_iterator');

function newSeqIter(type: PyTypeObject, seq: PyObject, index: number): PySeqIterObject {
  const it = new PySeqIterObject(type);
  _PyObject_GC_New(it, ITER_BASICSIZE);
  it.it_index = index;
  Py_INCREF(seq);
  it.it_seq = seq;
  PyObject_GC_Track(it);
  return it;
}

export function PyListIter_New(seq: PyListObject): PySeqIterObject {
  return newSeqIter(PyListIter_Type, seq, 0);
}

export function PyListRevIter_New(seq: PyListObject): PySeqIterObject {
  return newSeqIter(PyListRevIter_Type, seq, seq.ob_item.length - 1);
}

export function PyTupleIter_New(seq: PyTupleObject): PySeqIterObject {
  return newSeqIter(PyTupleIter_Type, seq, 0);
}

/** PySeqIter_New: iterates seq[0], seq[1], ... until IndexError or StopIteration. */
export function PySeqIter_New(seq: PyObject): PySeqIterObject {
  return newSeqIter(PySeqIter_Type, seq, 0);
}

function seqiter_dealloc(self: PyObject): void {
  const it = self as PySeqIterObject;
  PyObject_GC_UnTrack(it);
  const s = it.it_seq;
  it.it_seq = null;
  if (s !== null) Py_DECREF(s);
  PyObject_GC_Del(it);
}

function seqiter_traverse(self: PyObject, visit: RefVisitor): void {
  const s = (self as PySeqIterObject).it_seq;
  if (s !== null) visit(s, 'it_seq');
}

function selfIter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** listiter_next (also used by FOR_ITER): the next item, or null after dropping the list. */
export function listiter_next(self: PyObject): PyObject | null {
  const it = self as PySeqIterObject;
  const seq = it.it_seq as PyListObject | null;
  if (seq === null) return null;
  if (it.it_index < seq.ob_item.length) {
    const item = seq.ob_item[it.it_index++];
    item.ob_refcnt++;
    return item;
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

export function tupleiter_next(self: PyObject): PyObject | null {
  const it = self as PySeqIterObject;
  const seq = it.it_seq as PyTupleObject | null;
  if (seq === null) return null;
  if (it.it_index < seq.ob_item.length) {
    const item = seq.ob_item[it.it_index++];
    item.ob_refcnt++;
    return item;
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function listreviter_next(self: PyObject): PyObject | null {
  const it = self as PySeqIterObject;
  const seq = it.it_seq as PyListObject | null;
  if (seq === null) return null;
  const index = it.it_index;
  if (index >= 0 && index < seq.ob_item.length) {
    const item = seq.ob_item[index];
    it.it_index--;
    item.ob_refcnt++;
    return item;
  }
  it.it_index = -1;
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function iter_iternext(self: PyObject): PyObject | null {
  const it = self as PySeqIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index >= Number.MAX_SAFE_INTEGER) PyErr_SetString(PyExc_OverflowError, 'iter index too large');
  try {
    const result = PySequence_GetItem(seq, it.it_index);
    it.it_index++;
    return result;
  } catch (e) {
    if (isPyExc(e, PyExc_IndexError) || isPyExc(e, PyExc_StopIteration)) {
      PyErr_Clear(e);
      it.it_seq = null;
      Py_DECREF(seq);
      return null;
    }
    throw e;
  }
}

function listiter_len(self: PyObject): PyObject {
  const it = self as PySeqIterObject;
  const seq = it.it_seq as PyListObject | null;
  let len = 0;
  if (seq !== null) len = Math.max(seq.ob_item.length - it.it_index, 0);
  return PyLong_FromNumber(len);
}

function tupleiter_len(self: PyObject): PyObject {
  const it = self as PySeqIterObject;
  const seq = it.it_seq as PyTupleObject | null;
  return PyLong_FromNumber(seq !== null ? seq.ob_item.length - it.it_index : 0);
}

function listreviter_len(self: PyObject): PyObject {
  const it = self as PySeqIterObject;
  const seq = it.it_seq as PyListObject | null;
  let len = it.it_index + 1;
  if (seq === null || seq.ob_item.length < len) len = 0;
  return PyLong_FromNumber(len);
}

function iter_len(self: PyObject): PyObject {
  const it = self as PySeqIterObject;
  const seq = it.it_seq;
  if (seq !== null && (seq.ob_type.sq_length !== null || seq.ob_type.mp_length !== null)) {
    const seqsize = PyObject_Size(seq);
    const len = seqsize - it.it_index;
    if (len >= 0) return PyLong_FromNumber(len);
  }
  return PyLong_FromNumber(0);
}

function setup(t: PyTypeObject, next: (o: PyObject) => PyObject | null, len: (o: PyObject) => PyObject): void {
  t.tp_dealloc = seqiter_dealloc;
  t.tp_traverse = seqiter_traverse;
  t.tp_refs = seqiter_traverse;
  t.tp_iter = selfIter;
  t.tp_iternext = next;
  t.tp_free = PyObject_GC_Del;
  t.tp_sizeof = () => ITER_BASICSIZE;
  const methods: PyMethodDef[] = [{ ml_name: '__length_hint__', ml_meth: len, ml_flags: METH.NOARGS }];
  t.tp_methods = methods;
}
setup(PyListIter_Type, listiter_next, listiter_len);
setup(PyListRevIter_Type, listreviter_next, listreviter_len);
setup(PyTupleIter_Type, tupleiter_next, tupleiter_len);
setup(PySeqIter_Type, iter_iternext, iter_len);

// ---------------------------------------------------------------------------
// callable_iterator: iter(callable, sentinel)

export class PyCallIterObject extends PyObject {
  it_callable: PyObject | null = null;
  it_sentinel: PyObject | null = null;
}

export function PyCallIter_New(callable: PyObject, sentinel: PyObject): PyCallIterObject {
  const it = new PyCallIterObject(PyCallIter_Type);
  _PyObject_GC_New(it, ITER_BASICSIZE);
  Py_INCREF(callable);
  it.it_callable = callable;
  Py_INCREF(sentinel);
  it.it_sentinel = sentinel;
  PyObject_GC_Track(it);
  return it;
}

function calliter_clear(it: PyCallIterObject): void {
  const c = it.it_callable, s = it.it_sentinel;
  it.it_callable = null;
  it.it_sentinel = null;
  if (c !== null) Py_DECREF(c);
  if (s !== null) Py_DECREF(s);
}

function calliter_iternext(self: PyObject): PyObject | null {
  const it = self as PyCallIterObject;
  if (it.it_callable === null) return null;
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(it.it_callable);
  } catch (e) {
    if (isPyExc(e, PyExc_StopIteration)) {
      PyErr_Clear(e);
      calliter_clear(it);
      return null;
    }
    throw e;
  }
  let ok: boolean;
  try {
    ok = PyObject_RichCompareBool(it.it_sentinel as PyObject, result, CompareOp.EQ);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  if (!ok) return result;
  calliter_clear(it);
  Py_DECREF(result);
  return null;
}

function calliter_dealloc(self: PyObject): void {
  const it = self as PyCallIterObject;
  PyObject_GC_UnTrack(it);
  calliter_clear(it);
  PyObject_GC_Del(it);
}

function calliter_traverse(self: PyObject, visit: RefVisitor): void {
  const it = self as PyCallIterObject;
  if (it.it_callable !== null) visit(it.it_callable, 'it_callable');
  if (it.it_sentinel !== null) visit(it.it_sentinel, 'it_sentinel');
}

PyCallIter_Type.tp_dealloc = calliter_dealloc;
PyCallIter_Type.tp_traverse = calliter_traverse;
PyCallIter_Type.tp_refs = calliter_traverse;
PyCallIter_Type.tp_iter = selfIter;
PyCallIter_Type.tp_iternext = calliter_iternext;
PyCallIter_Type.tp_free = PyObject_GC_Del;
PyCallIter_Type.tp_sizeof = () => ITER_BASICSIZE;
