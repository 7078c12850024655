// 3.11's instance attribute storage for classes with a managed dict
// (Py_TPFLAGS_MANAGED_DICT, Objects/dictobject.c): a class keeps one shared keys
// table (CACHED_KEYS / ht_cached_keys, _PyDict_NewKeysForClass) and each instance
// made by object.__new__ gets a values array (init_inline_values) holding its
// attribute values at the keys' indices, plus the insertion order. No dict object
// exists until something asks for one (`o.__dict__`, vars(o), an attribute that
// does not fit the shared keys): then make_dict_from_instance_attributes builds it.
//
// Memory, as 3.11 allocates it: the shared keys object is 768 bytes from the raw
// allocator (log2 size 6: 32-byte header + 64 index bytes + 42 * 16-byte entries);
// each values array is PyMem_Malloc(round8(size + 2) + 8 * size) — the prefix
// holds the insertion order — where size = dk_nentries + dk_usable, and dk_usable
// starts at 30 and shrinks by one per instance created (so the arrays of later
// instances are smaller).
//
// Known difference: 3.11 turns the values array into a *split* dict sharing the
// class keys when materialising; the model builds an ordinary (combined) dict with
// the same items in the same order and frees the values array (the dict helper has
// no split tables yet), so sys.getsizeof(o.__dict__) and the blocks it uses differ.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, refLabelsWanted, type RefVisitor } from './object';
import { PyMem_Malloc, PyMem_Free } from './objalloc';
import { PyUnicode_CheckExact, type PyUnicodeObject } from './unicodeobject';
import { PyDict_New, PyDict_SetItem } from './dictobject';
import { PyErr_SetString } from './errors';
import { PyExc_AttributeError } from './exceptions';
import type { PyHeapTypeObject, PyInstanceObject } from './typeobject';
import { managedDict, initializeDictHook } from './typehooks';

/** SHARED_KEYS_MAX_SIZE and NEXT_LOG2_SHARED_KEYS_MAX_SIZE (Objects/dictobject.c). */
const SHARED_KEYS_MAX_SIZE = 30;
const NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6;
/** sizeof(PyDictKeysObject) header + 2**6 one-byte indices + USABLE_FRACTION(64)=42 unicode entries. */
export const CLASS_KEYS_NBYTES = 32 + (1 << NEXT_LOG2_SHARED_KEYS_MAX_SIZE) + 42 * 16;

/** The class's shared keys (a DICT_KEYS_SPLIT PyDictKeysObject). Keys are owned references to the names. */
export class SharedKeys {
  names: PyObject[] = [];
  index = new Map<string, number>();
  dk_usable = SHARED_KEYS_MAX_SIZE;
  dk_nentries = 0;
  addr = 0;
}

/** PyDictValues: values at key indices, plus the insertion order (the prefix bytes). */
export class PyDictValues {
  values: (PyObject | null)[];
  order: number[] = [];
  addr = 0;
  constructor(size: number) {
    this.values = new Array<PyObject | null>(size).fill(null);
  }
}

interface ManagedInstance extends PyInstanceObject {
  ob_values: PyDictValues | null;
}

/** _PyDict_NewKeysForClass: called by type_new for a class with a managed dict. */
export function _PyDict_NewKeysForClass(type: PyHeapTypeObject): SharedKeys {
  const k = new SharedKeys();
  k.addr = PyMem_Malloc(CLASS_KEYS_NBYTES, type, 'ht_cached_keys');
  return k;
}

/** Releases a class's shared keys (type_dealloc). */
export function _PyDictKeys_DecRef(keys: SharedKeys): void {
  const names = keys.names;
  keys.names = [];
  keys.index.clear();
  PyMem_Free(keys.addr);
  for (let i = 0; i < names.length; i++) Py_DECREF(names[i]);
}

function cachedKeys(tp: PyTypeObject): SharedKeys | null {
  return ((tp as PyHeapTypeObject).ht_cached_keys as SharedKeys | null) ?? null;
}

/** init_inline_values: the values array object.__new__ gives a new instance. */
function init_inline_values(obj: PyObject): void {
  const keys = cachedKeys(obj.ob_type);
  if (keys === null) return;
  if (keys.dk_usable > 1) keys.dk_usable--;
  const size = keys.dk_nentries + keys.dk_usable;
  const v = new PyDictValues(size);
  const prefix = (size + 2 + 7) & ~7;
  v.addr = PyMem_Malloc(prefix + size * 8, obj, 'values');
  (obj as ManagedInstance).ob_values = v;
}

/** insert_into_dictkeys: the index of `name` in the shared keys, adding it if there is room; -1 if full. */
function insert_into_dictkeys(keys: SharedKeys, name: PyObject): number {
  const s = (name as PyUnicodeObject).str;
  const ix = keys.index.get(s);
  if (ix !== undefined) return ix;
  if (keys.dk_usable <= 0) return -1;
  Py_INCREF(name);
  const n = keys.dk_nentries;
  keys.names.push(name);
  keys.index.set(s, n);
  keys.dk_usable--;
  keys.dk_nentries++;
  return n;
}

/** make_dict_from_instance_attributes + storing it: the values array becomes a dict. */
function materialize(obj: ManagedInstance, values: PyDictValues): PyObject {
  const keys = cachedKeys(obj.ob_type) as SharedKeys;
  const d = PyDict_New();
  const order = values.order;
  for (let i = 0; i < order.length; i++) {
    const ix = order[i];
    PyDict_SetItem(d, keys.names[ix], values.values[ix] as PyObject);
  }
  obj.ob_values = null;
  obj.ob_dict = d;
  freeValues(values);
  return d;
}

function freeValues(values: PyDictValues): void {
  const vals = values.values;
  values.values = [];
  values.order = [];
  PyMem_Free(values.addr);
  for (let i = 0; i < vals.length; i++) Py_XDECREF(vals[i]);
}

/** _PyObject_GetInstanceAttribute: borrowed value, null if absent, undefined if the object has no values array. */
function getInstanceAttribute(obj: PyObject, name: PyObject): PyObject | null | undefined {
  const values = (obj as ManagedInstance).ob_values;
  if (values === null || values === undefined) return undefined;
  const keys = cachedKeys(obj.ob_type) as SharedKeys;
  const ix = keys.index.get((name as PyUnicodeObject).str);
  if (ix === undefined) return null;
  return values.values[ix] ?? null;
}

/** _PyObject_StoreInstanceAttribute; returns false when the object has no values array. */
function storeInstanceAttribute(obj: PyObject, name: PyObject, value: PyObject | null): boolean {
  const inst = obj as ManagedInstance;
  const values = inst.ob_values;
  if (values === null || values === undefined) return false;
  const keys = cachedKeys(obj.ob_type) as SharedKeys;
  const ix = PyUnicode_CheckExact(name) ? insert_into_dictkeys(keys, name) : -1;
  if (ix < 0) {
    const d = materialize(inst, values);
    if (value === null) {
      // PyDict_DelItem raises KeyError; the generic setattr turns it into AttributeError.
      return false;
    }
    PyDict_SetItem(d, name, value);
    return true;
  }
  const old = values.values[ix];
  if (value !== null) Py_INCREF(value);
  values.values[ix] = value;
  if (old === null) {
    if (value === null) {
      PyErr_SetString(PyExc_AttributeError,
        `'${obj.ob_type.tp_name.slice(0, 100)}' object has no attribute '${(name as PyUnicodeObject).str}'`);
    }
    values.order.push(ix);
  } else {
    if (value === null) {
      const k = values.order.indexOf(ix);
      if (k >= 0) values.order.splice(k, 1);
    }
    Py_DECREF(old);
  }
  return true;
}

/** PyObject_GenericGetDict for a managed-dict instance: the dict (borrowed), materialised on demand. */
export function _PyObject_GetManagedDict(obj: PyObject): PyObject {
  const inst = obj as ManagedInstance;
  const values = inst.ob_values;
  if (values !== null && values !== undefined) return materialize(inst, values);
  let d = inst.ob_dict ?? null;
  if (d === null) d = inst.ob_dict = PyDict_New();
  return d;
}

/** _PyObject_FreeInstanceAttributes / dict release at dealloc (subtype_dealloc). */
export function _PyObject_ClearManagedDict(obj: PyObject): void {
  const inst = obj as ManagedInstance;
  const d = inst.ob_dict ?? null;
  if (d !== null) {
    inst.ob_dict = null;
    Py_DECREF(d);
    return;
  }
  const values = inst.ob_values;
  if (values !== null && values !== undefined) {
    inst.ob_values = null;
    freeValues(values);
  }
}

/** Visits the references a managed-dict instance holds in its values or dict, labelled by attribute. */
export function _PyObject_VisitManagedDict(obj: PyObject, visit: RefVisitor): void {
  const inst = obj as ManagedInstance;
  const values = inst.ob_values;
  if (values !== null && values !== undefined) {
    const keys = cachedKeys(obj.ob_type) as SharedKeys;
    for (let i = 0; i < values.values.length; i++) {
      const v = values.values[i];
      if (v !== null) visit(v, refLabelsWanted ? '.' + (keys.names[i] as PyUnicodeObject).str : '');
    }
    return;
  }
  const d = inst.ob_dict ?? null;
  if (d !== null) visit(d, '__dict__');
}

/** The class's shared key names (for the referrers view: the keys own a reference to each name). */
export function _PyType_VisitCachedKeys(type: PyTypeObject, visit: RefVisitor): void {
  if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) return;
  const keys = cachedKeys(type);
  if (keys === null) return;
  for (let i = 0; i < keys.names.length; i++) visit(keys.names[i], `ht_cached_keys[${i}]`);
}

managedDict.get = getInstanceAttribute;
managedDict.set = storeInstanceAttribute;
managedDict.getDict = _PyObject_GetManagedDict;
initializeDictHook.fn = init_inline_values;
