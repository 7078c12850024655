// Dict iterators and views (Objects/dictobject.c, 3.11): dict_keyiterator and
// friends (a 56-byte GC object holding a reference to the dict, checking
// "dictionary changed size during iteration"), the item iterators' recycled result
// tuple (di_result: reused while nobody else holds it, so `for k, v in d.items()`
// allocates one tuple, not one per item), and the dict_keys / dict_values /
// dict_items views with their set operations.

import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, CompareOp, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, _PyObject_GC_IS_TRACKED } from './objalloc';
import { PyErr_SetString } from './errors';
import { PyExc_RuntimeError } from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_FromNumber } from './longobject';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import {
  PyObject_Repr, PyObject_RichCompareBool, PyObject_GetIter, PyIter_Next, PySequence_Contains, PyObject_Size,
  PyObject_CallMethodOneArg, _Py_ID, PyObject_HashNotImplemented,
} from './abstract';
import { Py_ReprEnter, Py_ReprLeave } from './containerutil';
import { METH, type PyMethodDef } from './methoddef';
import { PyTuple_New, PyTuple_Check, PyTuple_Pack, type PyTupleObject } from './tupleobject';
import { PySequence_List } from './listobject';
import { PySet_New, PySet_Add, PySet_CheckExact, PyAnySet_Check, _PySet_Update } from './setobject';
import { PyDict_Contains, PyDict_GetItemWithError, PyDict_CheckExact, type PyDictObject } from './dictobject';

// ---------------------------------------------------------------------------
// Iterators

export class PyDictIterObject extends PyObject {
  di_dict: PyDictObject | null = null;
  di_used = 0;
  di_pos = 0;
  di_result: PyTupleObject | null = null;
  len = 0;
}

const ITER_BASICSIZE = 56;
function iterType(name: string): PyTypeObject {
  return new PyTypeObject(PyType_Type, name, ITER_BASICSIZE, 0, TypeFlags.HAVE_GC);
}
export const PyDictIterKey_Type = iterType('dict_keyiterator');
export const PyDictIterValue_Type = iterType('dict_valueiterator');
export const PyDictIterItem_Type = iterType('dict_itemiterator');
export const PyDictRevIterKey_Type = iterType('dict_reversekeyiterator');
export const PyDictRevIterValue_Type = iterType('dict_reversevalueiterator');
export const PyDictRevIterItem_Type = iterType('dict_reverseitemiterator');

export function dictiter_new(dict: PyDictObject, itertype: PyTypeObject): PyDictIterObject {
  const di = new PyDictIterObject(itertype);
  _PyObject_GC_New(di, ITER_BASICSIZE);
  Py_INCREF(dict);
  di.di_dict = dict;
  di.di_used = dict.ma_used;
  di.len = dict.ma_used;
  if (itertype === PyDictRevIterKey_Type || itertype === PyDictRevIterItem_Type || itertype === PyDictRevIterValue_Type) {
    di.di_pos = dict.ma_keys.dk_nentries - 1;
  } else {
    di.di_pos = 0;
  }
  if (itertype === PyDictIterItem_Type || itertype === PyDictRevIterItem_Type) {
    di.di_result = PyTuple_Pack(Py_None, Py_None);
  }
  PyObject_GC_Track(di);
  return di;
}

function dictiter_dealloc(self: PyObject): void {
  const di = self as PyDictIterObject;
  PyObject_GC_UnTrack(di);
  const d = di.di_dict, r = di.di_result;
  di.di_dict = null;
  di.di_result = null;
  if (d !== null) Py_DECREF(d);
  if (r !== null) Py_DECREF(r);
  PyObject_GC_Del(di);
}

function dictiter_traverse(self: PyObject, visit: RefVisitor): void {
  const di = self as PyDictIterObject;
  if (di.di_dict !== null) visit(di.di_dict, 'di_dict');
  if (di.di_result !== null) visit(di.di_result, 'di_result');
}

/** Finds the next live entry for a forward iterator; -1 at the end (after releasing the dict). */
function nextIndex(di: PyDictIterObject): number {
  const d = di.di_dict;
  if (d === null) return -1;
  if (di.di_used !== d.ma_used) {
    di.di_used = -1; // make this state sticky
    PyErr_SetString(PyExc_RuntimeError, 'dictionary changed size during iteration');
  }
  let i = di.di_pos;
  const k = d.ma_keys;
  const n = k.dk_nentries;
  const mv = k.me_value;
  while (i < n && mv[i] === null) i++;
  if (i >= n) {
    di.di_dict = null;
    Py_DECREF(d);
    return -1;
  }
  if (di.len === 0) {
    di.di_dict = null;
    Py_DECREF(d);
    PyErr_SetString(PyExc_RuntimeError, 'dictionary keys changed during iteration');
  }
  di.di_pos = i + 1;
  di.len--;
  return i;
}

function dictiter_iternextkey(self: PyObject): PyObject | null {
  const di = self as PyDictIterObject;
  const d = di.di_dict;
  const i = nextIndex(di);
  if (i < 0) return null;
  const key = (d as PyDictObject).ma_keys.me_key[i] as PyObject;
  key.ob_refcnt++;
  return key;
}

function dictiter_iternextvalue(self: PyObject): PyObject | null {
  const di = self as PyDictIterObject;
  const d = di.di_dict;
  const i = nextIndex(di);
  if (i < 0) return null;
  const value = (d as PyDictObject).ma_keys.me_value[i] as PyObject;
  value.ob_refcnt++;
  return value;
}

/** The item tuple: di_result recycled when only the iterator holds it. */
function makeItem(di: PyDictIterObject, key: PyObject, value: PyObject): PyObject {
  key.ob_refcnt++;
  value.ob_refcnt++;
  const result = di.di_result as PyTupleObject;
  if (result.ob_refcnt === 1) {
    const oldkey = result.ob_item[0];
    const oldvalue = result.ob_item[1];
    result.ob_item[0] = key;
    result.ob_item[1] = value;
    result.ob_refcnt++;
    Py_DECREF(oldkey);
    Py_DECREF(oldvalue);
    // bpo-42536: the GC may have untracked the recycled tuple.
    if (!_PyObject_GC_IS_TRACKED(result)) PyObject_GC_Track(result);
    return result;
  }
  const t = PyTuple_New(2);
  t.ob_item[0] = key;
  t.ob_item[1] = value;
  return t;
}

function dictiter_iternextitem(self: PyObject): PyObject | null {
  const di = self as PyDictIterObject;
  const d = di.di_dict;
  const i = nextIndex(di);
  if (i < 0) return null;
  const k = (d as PyDictObject).ma_keys;
  return makeItem(di, k.me_key[i] as PyObject, k.me_value[i] as PyObject);
}

function dictreviter_iternext(self: PyObject): PyObject | null {
  const di = self as PyDictIterObject;
  const d = di.di_dict;
  if (d === null) return null;
  if (di.di_used !== d.ma_used) {
    di.di_used = -1;
    PyErr_SetString(PyExc_RuntimeError, 'dictionary changed size during iteration');
  }
  let i = di.di_pos;
  const k = d.ma_keys;
  let found = i >= 0;
  if (found) {
    while (k.me_value[i] === null) {
      if (--i < 0) {
        found = false;
        break;
      }
    }
  }
  if (!found) {
    di.di_dict = null;
    Py_DECREF(d);
    return null;
  }
  const key = k.me_key[i] as PyObject, value = k.me_value[i] as PyObject;
  di.di_pos = i - 1;
  di.len--;
  const t = di.ob_type;
  if (t === PyDictRevIterKey_Type) {
    key.ob_refcnt++;
    return key;
  }
  if (t === PyDictRevIterValue_Type) {
    value.ob_refcnt++;
    return value;
  }
  return makeItem(di, key, value);
}

function dictiter_len(self: PyObject): PyObject {
  const di = self as PyDictIterObject;
  let len = 0;
  if (di.di_dict !== null && di.di_used === di.di_dict.ma_used) len = di.len;
  return PyLong_FromNumber(len);
}

function selfIter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

const dictiter_methods: PyMethodDef[] = [
  { ml_name: '__length_hint__', ml_meth: dictiter_len, ml_flags: METH.NOARGS },
];

for (const [t, next] of [
  [PyDictIterKey_Type, dictiter_iternextkey],
  [PyDictIterValue_Type, dictiter_iternextvalue],
  [PyDictIterItem_Type, dictiter_iternextitem],
  [PyDictRevIterKey_Type, dictreviter_iternext],
  [PyDictRevIterValue_Type, dictreviter_iternext],
  [PyDictRevIterItem_Type, dictreviter_iternext],
] as const) {
  t.tp_dealloc = dictiter_dealloc;
  t.tp_traverse = dictiter_traverse;
  t.tp_refs = dictiter_traverse;
  t.tp_iter = selfIter;
  t.tp_iternext = next;
  t.tp_methods = dictiter_methods;
  t.tp_free = PyObject_GC_Del;
  t.tp_sizeof = () => ITER_BASICSIZE;
}

// ---------------------------------------------------------------------------
// Views

export class PyDictViewObject extends PyObject {
  dv_dict: PyDictObject | null = null;
}

const VIEW_BASICSIZE = 24;
export const PyDictKeys_Type = new PyTypeObject(PyType_Type, 'dict_keys', VIEW_BASICSIZE, 0, TypeFlags.HAVE_GC);
export const PyDictValues_Type = new PyTypeObject(PyType_Type, 'dict_values', VIEW_BASICSIZE, 0, TypeFlags.HAVE_GC);
export const PyDictItems_Type = new PyTypeObject(PyType_Type, 'dict_items', VIEW_BASICSIZE, 0, TypeFlags.HAVE_GC);

export function PyDictViewSet_Check(o: PyObject): o is PyDictViewObject {
  return o.ob_type === PyDictKeys_Type || o.ob_type === PyDictItems_Type;
}

export function _PyDictView_New(dict: PyObject, type: PyTypeObject): PyDictViewObject {
  const dv = new PyDictViewObject(type);
  _PyObject_GC_New(dv, VIEW_BASICSIZE);
  Py_INCREF(dict);
  dv.dv_dict = dict as PyDictObject;
  PyObject_GC_Track(dv);
  return dv;
}

function dictview_dealloc(self: PyObject): void {
  const dv = self as PyDictViewObject;
  PyObject_GC_UnTrack(dv);
  const d = dv.dv_dict;
  dv.dv_dict = null;
  if (d !== null) Py_DECREF(d);
  PyObject_GC_Del(dv);
}

function dictview_traverse(self: PyObject, visit: RefVisitor): void {
  const d = (self as PyDictViewObject).dv_dict;
  if (d !== null) visit(d, 'mapping');
}

function dictview_len(self: PyObject): number {
  const d = (self as PyDictViewObject).dv_dict;
  return d === null ? 0 : d.ma_used;
}

function dictview_repr(self: PyObject): PyObject {
  if (Py_ReprEnter(self)) return PyUnicode_FromString('...');
  try {
    const seq = PySequence_List(self);
    try {
      const r = PyObject_Repr(seq);
      const s = (r as PyUnicodeObject).str;
      Py_DECREF(r);
      return PyUnicode_FromString(`${self.ob_type.tp_name}(${s})`);
    } finally {
      Py_DECREF(seq);
    }
  } finally {
    Py_ReprLeave(self);
  }
}

function viewIter(itertype: PyTypeObject) {
  return (self: PyObject): PyObject => {
    const d = (self as PyDictViewObject).dv_dict;
    if (d === null) {
      Py_INCREF(Py_None);
      return Py_None;
    }
    return dictiter_new(d, itertype);
  };
}

function viewReversed(itertype: PyTypeObject) {
  return (self: PyObject): PyObject => dictiter_new((self as PyDictViewObject).dv_dict as PyDictObject, itertype);
}

function dictkeys_contains(self: PyObject, obj: PyObject): boolean {
  const d = (self as PyDictViewObject).dv_dict;
  if (d === null) return false;
  return PyDict_Contains(d, obj);
}

function dictitems_contains(self: PyObject, obj: PyObject): boolean {
  const d = (self as PyDictViewObject).dv_dict;
  if (d === null) return false;
  if (!PyTuple_Check(obj) || obj.ob_item.length !== 2) return false;
  const key = obj.ob_item[0], value = obj.ob_item[1];
  const found = PyDict_GetItemWithError(d, key);
  if (found === null) return false;
  found.ob_refcnt++;
  try {
    return PyObject_RichCompareBool(found, value, CompareOp.EQ);
  } finally {
    Py_DECREF(found);
  }
}

function all_contained_in(self: PyObject, other: PyObject): boolean {
  const iter = PyObject_GetIter(self);
  try {
    for (;;) {
      const next = PyIter_Next(iter);
      if (next === null) return true;
      let ok: boolean;
      try {
        ok = PySequence_Contains(other, next);
      } finally {
        Py_DECREF(next);
      }
      if (!ok) return false;
    }
  } finally {
    Py_DECREF(iter);
  }
}

function dictview_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (!PyAnySet_Check(other) && !PyDictViewSet_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const len_self = PyObject_Size(self);
  const len_other = PyObject_Size(other);
  let ok = false;
  switch (op) {
    case CompareOp.NE:
    case CompareOp.EQ:
      if (len_self === len_other) ok = all_contained_in(self, other);
      if (op === CompareOp.NE) ok = !ok;
      break;
    case CompareOp.LT:
      if (len_self < len_other) ok = all_contained_in(self, other);
      break;
    case CompareOp.LE:
      if (len_self <= len_other) ok = all_contained_in(self, other);
      break;
    case CompareOp.GT:
      if (len_self > len_other) ok = all_contained_in(other, self);
      break;
    case CompareOp.GE:
      if (len_self >= len_other) ok = all_contained_in(other, self);
      break;
  }
  return PyBool_FromLong(ok);
}

/** dictviews_to_set: a keys view of an exact dict is built from the dict directly. */
function dictviews_to_set(self: PyObject): PyObject {
  let left = self;
  if (self.ob_type === PyDictKeys_Type) {
    const d = (self as PyDictViewObject).dv_dict;
    if (d !== null && PyDict_CheckExact(d)) left = d;
  }
  return PySet_New(left);
}

function callUpdate(result: PyObject, name: string, other: PyObject): PyObject {
  try {
    const tmp = PyObject_CallMethodOneArg(result, _Py_ID(name), other);
    Py_DECREF(tmp);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictviews_sub(self: PyObject, other: PyObject): PyObject {
  return callUpdate(dictviews_to_set(self), 'difference_update', other);
}

function dictviews_or(self: PyObject, other: PyObject): PyObject {
  const result = dictviews_to_set(self);
  try {
    _PySet_Update(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictviews_xor(self: PyObject, other: PyObject): PyObject {
  return callUpdate(dictviews_to_set(self), 'symmetric_difference_update', other);
}

/** _PyDictView_Intersect. */
function dictviews_and(self: PyObject, other: PyObject): PyObject {
  // The interpreter swaps the operands when the view is on the right of &.
  if (!PyDictViewSet_Check(self)) {
    const tmp = other;
    other = self;
    self = tmp;
  }
  const len_self = dictview_len(self);
  if (PySet_CheckExact(other) && len_self <= PyObject_Size(other)) {
    return PyObject_CallMethodOneArg(other, _Py_ID('intersection'), self);
  }
  if (PyDictViewSet_Check(other) && dictview_len(other) > len_self) {
    const tmp = other;
    other = self;
    self = tmp;
  }
  const result = PySet_New(null);
  try {
    const it = PyObject_GetIter(other);
    try {
      const contains = self.ob_type === PyDictKeys_Type ? dictkeys_contains : dictitems_contains;
      let key: PyObject | null;
      while ((key = PyIter_Next(it)) !== null) {
        try {
          if (contains(self, key)) PySet_Add(result, key);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function dictview_setop_guard(fn: (a: PyObject, b: PyObject) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => fn(a, b);
}

for (const [t, itertype, revtype] of [
  [PyDictKeys_Type, PyDictIterKey_Type, PyDictRevIterKey_Type],
  [PyDictValues_Type, PyDictIterValue_Type, PyDictRevIterValue_Type],
  [PyDictItems_Type, PyDictIterItem_Type, PyDictRevIterItem_Type],
] as const) {
  t.tp_dealloc = dictview_dealloc;
  t.tp_traverse = dictview_traverse;
  t.tp_refs = dictview_traverse;
  t.tp_repr = dictview_repr;
  t.tp_iter = viewIter(itertype);
  t.tp_free = PyObject_GC_Del;
  t.tp_sizeof = () => VIEW_BASICSIZE;
  t.sq_length = dictview_len;
  t.tp_methods = [{ ml_name: '__reversed__', ml_meth: viewReversed(revtype), ml_flags: METH.NOARGS }];
}
for (const t of [PyDictKeys_Type, PyDictItems_Type]) {
  t.tp_richcompare = dictview_richcompare;
  t.tp_hash = PyObject_HashNotImplemented;
  t.nb_subtract = dictview_setop_guard(dictviews_sub);
  t.nb_and = dictview_setop_guard(dictviews_and);
  t.nb_or = dictview_setop_guard(dictviews_or);
  t.nb_xor = dictview_setop_guard(dictviews_xor);
}
PyDictKeys_Type.sq_contains = dictkeys_contains;
PyDictItems_Type.sq_contains = dictitems_contains;
