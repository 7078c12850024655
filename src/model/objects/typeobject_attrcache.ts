// Per-instruction memo for LOAD_ATTR / STORE_ATTR on instances with a managed dict,
// the host-side counterpart of 3.11's specialized LOAD_ATTR_INSTANCE_VALUE and
// STORE_ATTR_INSTANCE_VALUE (Python/specialize.c), and for LOAD_METHOD (its
// LOAD_METHOD_NO_DICT / LOAD_METHOD_WITH_VALUES): once the generic path has found
// that, for instances of the type with version tag V, the name is not a data
// descriptor on the type and lives at index ix of the shared keys, later executions
// of the instruction on an instance of that type read or write values[ix] directly.
//
// Nothing observable changes: the result, reference counts and allocations are those
// of the generic path (PyObject_GetAttr / PyObject_SetAttr), which still runs whenever
// the memo does not apply (other type, materialised dict, attribute not in the values).
// The version tag guards everything the memo assumes: it is reset when the type or a
// base is modified (PyType_Modified: class attributes, __getattribute__/__setattr__
// slots, __bases__), a tag is never reused, and a type's shared keys never lose a key.
// Only the method cache's own bookkeeping (which entries hold what) differs, and that
// cache is invisible from Python.

import { PyObject, TypeFlags } from './object';
import { PyObject_GetAttr, PyObject_SetAttr } from './abstract';
import {
  _PyType_Lookup, PyObject_GenericGetAttr, PyObject_GenericSetAttr, _PyObject_GetMethod, getMethodUnbound,
  _PyObject_SetMethodUnbound, type PyHeapTypeObject, type PyInstanceObject,
} from './typeobject';
import {
  _PyObject_StoreInstanceAttribute, _PySharedKeys_Lookup, type PyDictValues, type SharedKeys,
} from './dictvalues';
import { PyUnicode_CheckExact } from './unicodeobject';

/** One instruction's memo: the type version it holds for (0: none) and the index; for
 *  LOAD_METHOD also the method found on the type (borrowed: the type's dict holds it while
 *  the version lasts) and, when the name is not in the shared keys, their size then. */
export class AttrCache {
  version = 0;
  index = 0;
  descr: PyObject | null = null;
  nentries = 0;
}

/** The managed values of `o` if it has them (undefined on objects whose JS class has no such field). */
function valuesOf(o: PyObject): PyDictValues | null {
  const v = (o as PyInstanceObject).ob_values;
  return v === undefined ? null : v;
}

/** Whether generic get/set of `name` on instances of `tp` goes to the managed values
 *  (no data descriptor: a descriptor with __set__ for stores, __get__ and __set__ for loads),
 *  and if so the name's index in the type's shared keys; -1 otherwise. */
function instance_value_index(tp: PyObject['ob_type'], name: PyObject, store: boolean): number {
  if ((tp.tp_flags & TypeFlags.MANAGED_DICT) === 0 || tp.tp_dictoffset === 0 || !PyUnicode_CheckExact(name)) return -1;
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const dt = descr.ob_type;
    if (dt.tp_descr_set !== null && (store || dt.tp_descr_get !== null)) return -1;
  }
  const keys = (tp as PyHeapTypeObject).ht_cached_keys as SharedKeys | null;
  return keys === null ? -1 : _PySharedKeys_Lookup(keys, name);
}

/** LOAD_ATTR: owner.name (new reference), through `cache` when it holds for owner's type. */
export function _PyObject_LoadAttrCached(owner: PyObject, name: PyObject, cache: AttrCache): PyObject {
  const tp = owner.ob_type;
  const version = tp.tp_version_tag;
  if (version !== 0 && version === cache.version) {
    const values = valuesOf(owner);
    if (values !== null) {
      const ix = cache.index;
      const v = ix < values.length ? values[ix] : null;
      if (v !== null) {
        v.ob_refcnt++;
        return v;
      }
    }
  }
  const res = PyObject_GetAttr(owner, name);
  if (tp.tp_getattro === PyObject_GenericGetAttr && valuesOf(owner) !== null) {
    const ix = instance_value_index(tp, name, false);
    if (ix >= 0) {
      cache.version = tp.tp_version_tag;
      cache.index = ix;
    }
  }
  return res;
}

/** STORE_ATTR: owner.name = value, through `cache` when it holds for owner's type. */
export function _PyObject_StoreAttrCached(owner: PyObject, name: PyObject, value: PyObject, cache: AttrCache): void {
  const tp = owner.ob_type;
  const version = tp.tp_version_tag;
  if (version !== 0 && version === cache.version) {
    const values = valuesOf(owner);
    if (values !== null) {
      _PyObject_StoreInstanceAttribute(owner, values, name, cache.index, value);
      return;
    }
  }
  PyObject_SetAttr(owner, name, value);
  if (tp.tp_setattro === PyObject_GenericSetAttr && valuesOf(owner) !== null) {
    const ix = instance_value_index(tp, name, true);
    if (ix >= 0) {
      cache.version = tp.tp_version_tag;
      cache.index = ix;
    }
  }
}

/** LOAD_METHOD: _PyObject_GetMethod(obj, name) (getMethodUnbound() tells which kind of
 *  result), through `cache` when it holds for obj's type: the method found on the type,
 *  when the instance has no dict or its values cannot hold `name`. */
export function _PyObject_GetMethodCached(obj: PyObject, name: PyObject, cache: AttrCache): PyObject {
  const tp = obj.ob_type;
  const version = tp.tp_version_tag;
  if (version !== 0 && version === cache.version) {
    const descr = cache.descr as PyObject;
    if (tp.tp_dictoffset === 0) {
      _PyObject_SetMethodUnbound(true);
      descr.ob_refcnt++;
      return descr;
    }
    const values = valuesOf(obj);
    if (values !== null) {
      const ix = cache.index;
      const absent = ix >= 0 ? ix >= values.length || values[ix] === null
        : ((tp as PyHeapTypeObject).ht_cached_keys as SharedKeys).dk_nentries === cache.nentries;
      if (absent) {
        _PyObject_SetMethodUnbound(true);
        descr.ob_refcnt++;
        return descr;
      }
    }
  }
  const res = _PyObject_GetMethod(obj, name);
  if (getMethodUnbound()) {
    // Found on the type (a method descriptor, generic getattr, not shadowed by the instance).
    if (tp.tp_dictoffset === 0) {
      cache.version = tp.tp_version_tag;
      cache.descr = res;
    } else if ((tp.tp_flags & TypeFlags.MANAGED_DICT) !== 0 && valuesOf(obj) !== null) {
      const keys = (tp as PyHeapTypeObject).ht_cached_keys as SharedKeys;
      cache.version = tp.tp_version_tag;
      cache.descr = res;
      cache.index = _PySharedKeys_Lookup(keys, name);
      cache.nentries = keys.dk_nentries;
    }
  }
  return res;
}
