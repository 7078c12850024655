// Weak references (Objects/weakrefobject.c, 3.11): weakref.ref / weakref.ReferenceType.
//
// A weak reference points at its referent without owning a reference. Each
// referent keeps a doubly linked list of the weakrefs to it (CPython: the
// tp_weaklistoffset slot of the object; the model: PyObject.ob_weakreflist). The callback-less "basic" ref is
// kept at the head and shared: `weakref.ref(o) is weakref.ref(o)`. Refs with a
// callback are inserted right after it (so the newest one comes first).
//
// When the referent dies by refcount its tp_dealloc calls PyObject_ClearWeakRefs:
// every weakref is cleared (now returns None) and the callbacks run, newest first.
// When it dies in a cycle, the collector clears the weakrefs before any finalizer
// or tp_clear runs (gcmodule.c handle_weakrefs) and only calls the callbacks of
// weakrefs that are not garbage themselves.

import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, CompareOp, TypeFlags, type RefVisitor,
} from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del } from './objalloc';
import { PyErr_SetString, PyException } from './errors';
import { PyExc_TypeError } from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { Py_True, Py_False } from './boolobject';
import { PyUnicode_FromString, PyUnicode_Check, type PyUnicodeObject } from './unicodeobject';
import {
  PyObject_CallOneArg, PyObject_Hash, PyObject_RichCompare, _PyObject_LookupAttr, _Py_ID, _Py_PointerRepr,
} from './abstract';
import { PyTuple_New, PyTuple_SET_ITEM, type PyTupleObject } from './tupleobject';
import { _PyArg_CheckPositional, _PyArg_NoKeywords, _PyArg_NoKwnames } from './containerutil';
import { PyErr_WriteUnraisable as unraisable } from './errors';

/** sizeof(PyWeakReference): header, wr_object, wr_callback, hash, wr_prev, wr_next, vectorcall
 *  (sys.getsizeof(weakref.ref(o)) is 80 with the GC head, measured on 3.11.7). */
const WEAKREF_BASICSIZE = 64;

export class PyWeakReference extends PyObject {
  /** The referent, or Py_None once cleared (never owned). */
  wr_object: PyObject = Py_None;
  /** Owned; null when there is none. */
  wr_callback: PyObject | null = null;
  /** Cached hash of the referent (-1: not computed). */
  hash = -1;
  wr_prev: PyWeakReference | null = null;
  wr_next: PyWeakReference | null = null;
}

export const _PyWeakref_RefType = new PyTypeObject(PyType_Type, 'weakref.ReferenceType', WEAKREF_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.HAVE_VECTORCALL | TypeFlags.BASETYPE);

export function PyWeakref_Check(o: PyObject): o is PyWeakReference {
  return o instanceof PyWeakReference;
}

export function PyWeakref_CheckRefExact(o: PyObject): boolean {
  return o.ob_type === _PyWeakref_RefType;
}

/** _PyType_SUPPORTS_WEAKREFS. */
export function _PyType_SUPPORTS_WEAKREFS(t: PyTypeObject): boolean {
  return t.tp_weaklistoffset > 0;
}

// ---------------------------------------------------------------------------
// The per-referent lists (GET_WEAKREFS_LISTPTR)

/** Forgets every weak reference (a new interpreter starts). Nothing to do: each
 *  referent holds its own list head (PyObject.ob_weakreflist). */
export function _PyWeakref_ResetLists(): void {}

/** The head of `o`'s weakref list (borrowed) or null: what `o.__weakref__` returns. */
export function _PyObject_GetWeakrefHead(o: PyObject): PyWeakReference | null {
  // Undefined on an object created before its type's tp_weaklistoffset was set (a
  // static object built at load time): the same as an empty list.
  const head = o.ob_weakreflist;
  return head === undefined ? null : head as PyWeakReference | null;
}

function setHead(o: PyObject, head: PyWeakReference | null): void {
  o.ob_weakreflist = head;
}

/** _PyWeakref_GetWeakrefCount. */
export function _PyWeakref_GetWeakrefCount(head: PyWeakReference | null): number {
  let count = 0;
  while (head !== null) {
    count++;
    head = head.wr_next;
  }
  return count;
}

/** clear_weakref: unlink `self` from its referent's list and drop the callback. */
function clear_weakref(self: PyWeakReference): void {
  const callback = self.wr_callback;
  if (self.wr_object !== Py_None) {
    const obj = self.wr_object;
    if (_PyObject_GetWeakrefHead(obj) === self) setHead(obj, self.wr_next);
    self.wr_object = Py_None;
    if (self.wr_prev !== null) self.wr_prev.wr_next = self.wr_next;
    if (self.wr_next !== null) self.wr_next.wr_prev = self.wr_prev;
    self.wr_prev = null;
    self.wr_next = null;
  }
  if (callback !== null) {
    self.wr_callback = null;
    Py_DECREF(callback);
  }
}

/** _PyWeakref_ClearRef: the collector clears a weakref but keeps its callback (uncalled):
 *  dropping it now could run arbitrary code in the middle of a collection. */
export function _PyWeakref_ClearRef(self: PyWeakReference): void {
  const callback = self.wr_callback;
  self.wr_callback = null;
  clear_weakref(self);
  self.wr_callback = callback;
}

/** get_basic_refs: the shared callback-less ref at the head of the list (no proxies are modelled). */
function get_basic_ref(head: PyWeakReference | null): PyWeakReference | null {
  if (head !== null && head.wr_callback === null && PyWeakref_CheckRefExact(head)) return head;
  return null;
}

function insert_after(newref: PyWeakReference, prev: PyWeakReference): void {
  newref.wr_prev = prev;
  newref.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = newref;
  prev.wr_next = newref;
}

function insert_head(newref: PyWeakReference, obj: PyObject): void {
  const next = _PyObject_GetWeakrefHead(obj);
  newref.wr_prev = null;
  newref.wr_next = next;
  if (next !== null) next.wr_prev = newref;
  setHead(obj, newref);
}

function init_weakref(self: PyWeakReference, ob: PyObject, callback: PyObject | null): void {
  self.hash = -1;
  self.wr_object = ob;
  self.wr_prev = null;
  self.wr_next = null;
  if (callback !== null) Py_INCREF(callback);
  self.wr_callback = callback;
}

function cannotCreate(ob: PyObject): never {
  return PyErr_SetString(PyExc_TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
}

/** PyWeakref_NewRef (new_weakref: PyObject_GC_New, then tracked). */
export function PyWeakref_NewRef(ob: PyObject, callback: PyObject | null): PyWeakReference {
  if (!_PyType_SUPPORTS_WEAKREFS(ob.ob_type)) cannotCreate(ob);
  if (callback === Py_None) callback = null;
  if (callback === null) {
    const ref = get_basic_ref(_PyObject_GetWeakrefHead(ob));
    if (ref !== null) {
      Py_INCREF(ref);
      return ref;
    }
  }
  const result = new PyWeakReference(_PyWeakref_RefType);
  _PyObject_GC_New(result, WEAKREF_BASICSIZE);
  init_weakref(result, ob, callback);
  PyObject_GC_Track(result);
  // The allocation may have run a collection: look at the list again.
  const ref = get_basic_ref(_PyObject_GetWeakrefHead(ob));
  if (callback === null) {
    if (ref === null) insert_head(result, ob);
    else {
      Py_DECREF(result);
      Py_INCREF(ref);
      return ref;
    }
  } else if (ref === null) insert_head(result, ob);
  else insert_after(result, ref);
  return result;
}

/** Links a new weakref with a callback (or of a subtype) into `ob`'s list: right after
 *  the shared basic ref, else at the head (weakref___new__). */
export function _PyWeakref_InsertCallbackRef(self: PyWeakReference, ob: PyObject): void {
  const ref = get_basic_ref(_PyObject_GetWeakrefHead(ob));
  if (ref === null) insert_head(self, ob);
  else insert_after(self, ref);
}

/** PyWeakref_GET_OBJECT: the referent (borrowed) or Py_None. */
export function PyWeakref_GET_OBJECT(ref: PyWeakReference): PyObject {
  return ref.wr_object;
}

function handle_callback(ref: PyWeakReference, callback: PyObject): void {
  try {
    const r = PyObject_CallOneArg(callback, ref);
    Py_DECREF(r);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    unraisable(e, callback);
  }
}

/** PyObject_ClearWeakRefs: called by the tp_dealloc of every type that supports weak
 *  references, once the object's refcount is 0. Clears the weakrefs and calls their
 *  callbacks (in list order: the newest callback first). */
export function PyObject_ClearWeakRefs(object: PyObject): void {
  let head = _PyObject_GetWeakrefHead(object);
  if (head === null) return;
  // Remove the callback-less basic (and proxy) references first.
  if (head.wr_callback === null) {
    clear_weakref(head);
    head = _PyObject_GetWeakrefHead(object);
    if (head !== null && head.wr_callback === null) {
      clear_weakref(head);
      head = _PyObject_GetWeakrefHead(object);
    }
  }
  if (head === null) return;
  let current: PyWeakReference | null = head;
  const count = _PyWeakref_GetWeakrefCount(current);
  if (count === 1) {
    const callback = current.wr_callback;
    current.wr_callback = null;
    clear_weakref(current);
    if (callback !== null) {
      if (current.ob_refcnt > 0) handle_callback(current, callback);
      Py_DECREF(callback);
    }
    return;
  }
  // Several: hold each live weakref and its callback in a tuple while all are cleared.
  const tuple = PyTuple_New(count * 2) as PyTupleObject;
  for (let i = 0; i < count; i++) {
    const cur = current as PyWeakReference;
    const next: PyWeakReference | null = cur.wr_next;
    if (cur.ob_refcnt > 0) {
      Py_INCREF(cur);
      PyTuple_SET_ITEM(tuple, i * 2, cur);
      PyTuple_SET_ITEM(tuple, i * 2 + 1, cur.wr_callback as PyObject);
    } else if (cur.wr_callback !== null) {
      Py_DECREF(cur.wr_callback);
    }
    cur.wr_callback = null;
    clear_weakref(cur);
    current = next;
  }
  for (let i = 0; i < count; i++) {
    const callback = tuple.ob_item[i * 2 + 1];
    if (callback !== null && callback !== undefined) handle_callback(tuple.ob_item[i * 2] as PyWeakReference, callback);
  }
  Py_DECREF(tuple);
}

/** subtype_dealloc's second pass for types with a finalizer: weakrefs created by
 *  __del__ are cleared without calling their callbacks. */
export function _PyWeakref_ClearAllRefs(object: PyObject): void {
  let head: PyWeakReference | null;
  while ((head = _PyObject_GetWeakrefHead(object)) !== null) _PyWeakref_ClearRef(head);
}

// ---------------------------------------------------------------------------
// The type's slots

function weakref_dealloc(self: PyObject): void {
  PyObject_GC_UnTrack(self);
  clear_weakref(self as PyWeakReference);
  (self.ob_type.tp_free as (o: PyObject) => void)(self);
}

function weakref_traverse(self: PyObject, visit: RefVisitor): void {
  const cb = (self as PyWeakReference).wr_callback;
  if (cb !== null) visit(cb, '__callback__');
}

function weakref_refs(self: PyObject, visit: RefVisitor): void {
  weakref_traverse(self, visit);
}

function weakref_clear(self: PyObject): void {
  clear_weakref(self as PyWeakReference);
}

/** weakref_vectorcall: r() returns the referent or None. */
function weakref_vectorcall(self: PyObject, _args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames('weakref', kwnames);
  _PyArg_CheckPositional('weakref', nargs, 0, 0);
  const o = (self as PyWeakReference).wr_object;
  Py_INCREF(o);
  return o;
}

function weakref_hash(self: PyObject): number {
  const wr = self as PyWeakReference;
  if (wr.hash !== -1) return wr.hash;
  const obj = wr.wr_object;
  if (obj === Py_None) PyErr_SetString(PyExc_TypeError, 'weak object has gone away');
  Py_INCREF(obj);
  try {
    wr.hash = PyObject_Hash(obj);
  } finally {
    Py_DECREF(obj);
  }
  return wr.hash;
}

function weakref_repr(self: PyObject): PyObject {
  const wr = self as PyWeakReference;
  const obj = wr.wr_object;
  if (obj === Py_None) return PyUnicode_FromString(`<weakref at ${_Py_PointerRepr(wr.ob_addr)}; dead>`);
  Py_INCREF(obj);
  let name: PyObject | null = null;
  try {
    name = _PyObject_LookupAttr(obj, _Py_ID('__name__'));
    const head = `<weakref at ${_Py_PointerRepr(wr.ob_addr)}; to '${obj.ob_type.tp_name}' at ${_Py_PointerRepr(obj.ob_addr)}`;
    if (name === null || !PyUnicode_Check(name)) return PyUnicode_FromString(`${head}>`);
    return PyUnicode_FromString(`${head} (${(name as PyUnicodeObject).str})>`);
  } finally {
    Py_DECREF(obj);
    if (name !== null) Py_DECREF(name);
  }
}

/** Weak references compare equal when their live referents do, or when they are the same ref. */
function weakref_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !PyWeakref_Check(self) || !PyWeakref_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (self.wr_object === Py_None || other.wr_object === Py_None) {
    let res = self === other;
    if (op === CompareOp.NE) res = !res;
    const r = res ? Py_True : Py_False;
    Py_INCREF(r);
    return r;
  }
  const a = self.wr_object;
  const b = other.wr_object;
  Py_INCREF(a);
  Py_INCREF(b);
  try {
    return PyObject_RichCompare(a, b, op);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
  }
}

/** weakref___new__: ref(ob[, callback]); the exact type shares its callback-less ref. */
function weakref_new(type: PyTypeObject, args: PyObject, _kwargs: PyObject | null): PyObject {
  const items = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional('__new__', items.length, 1, 2);
  const ob = items[0];
  let callback: PyObject | null = items.length > 1 ? items[1] : null;
  if (!_PyType_SUPPORTS_WEAKREFS(ob.ob_type)) cannotCreate(ob);
  if (callback === Py_None) callback = null;
  if (callback === null && type === _PyWeakref_RefType) {
    const ref = get_basic_ref(_PyObject_GetWeakrefHead(ob));
    if (ref !== null) {
      Py_INCREF(ref);
      return ref;
    }
  }
  // type->tp_alloc (PyType_GenericAlloc: tracked at once).
  const self = new PyWeakReference(type);
  _PyObject_GC_New(self, type.tp_basicsize);
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) Py_INCREF(type);
  PyObject_GC_Track(self);
  init_weakref(self, ob, callback);
  if (callback === null && type === _PyWeakref_RefType) insert_head(self, ob);
  else {
    const ref = get_basic_ref(_PyObject_GetWeakrefHead(ob));
    if (ref === null) insert_head(self, ob);
    else insert_after(self, ref);
  }
  return self;
}

function weakref_init(_self: PyObject, args: PyObject, kwargs: PyObject | null): void {
  _PyArg_NoKeywords('ref', kwargs);
  _PyArg_CheckPositional('__init__', (args as PyTupleObject).ob_item.length, 1, 2);
}

const T = _PyWeakref_RefType;
T.tp_dealloc = weakref_dealloc;
T.tp_free = PyObject_GC_Del;
T.tp_vectorcall = weakref_vectorcall;
T.tp_repr = weakref_repr;
T.tp_hash = weakref_hash;
T.tp_richcompare = weakref_richcompare;
T.tp_traverse = weakref_traverse;
T.tp_refs = weakref_refs;
T.tp_clear = weakref_clear;
T.tp_new = weakref_new;
T.tp_init = weakref_init;
T.tp_getset = [
  {
    name: '__callback__',
    get: (self) => {
      const cb = (self as PyWeakReference).wr_callback ?? Py_None;
      Py_INCREF(cb);
      return cb;
    },
    set: null,
  },
];
