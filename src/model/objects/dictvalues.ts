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
import { PyMem_Malloc, PyMem_MallocOwned, PyMem_Free } from './objalloc';
import { PyUnicode_CheckExact, unicode_hash, type PyUnicodeObject } from './unicodeobject';
import { PyDict_New, PyDict_SetItem } from './dictobject';
import { PyErr_SetString } from './errors';
import { PyExc_AttributeError } from './exceptions';
import type { PyHeapTypeObject, PyInstanceObject } from './typeobject';
import type { BlockOwner } from '../memory/allocator';

/** SHARED_KEYS_MAX_SIZE and NEXT_LOG2_SHARED_KEYS_MAX_SIZE (Objects/dictobject.c). */
const SHARED_KEYS_MAX_SIZE = 30;
const NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6;
/** sizeof(PyDictKeysObject) header + 2**6 one-byte indices + USABLE_FRACTION(64)=42 unicode entries. */
export const CLASS_KEYS_NBYTES = 32 + (1 << NEXT_LOG2_SHARED_KEYS_MAX_SIZE) + 42 * 16;

/** Slots of the shared keys' index table (CPython's split keys have 2**6 indices). */
const SHARED_INDEX_SLOTS = 1 << NEXT_LOG2_SHARED_KEYS_MAX_SIZE;

/** The class's shared keys (a DICT_KEYS_SPLIT PyDictKeysObject). Keys are owned references to the names.
 *  `indices` is the hash table over the names' str hashes (-1 = empty; keys are never deleted). */
export class SharedKeys {
  names: PyObject[] = [];
  me_hash: number[] = [];
  /** '.name' per key: the label the referrers view gives the value (built once, not per visit). */
  labels: string[] = [];
  indices = new Int8Array(SHARED_INDEX_SLOTS).fill(-1);
  dk_usable = SHARED_KEYS_MAX_SIZE;
  dk_nentries = 0;
  /** The keys block's address; -0 (a double, as addresses are) until allocated. */
  addr = -0;
}

/** PyDictValues: the values at key indices, plus the insertion order (the prefix
 *  bytes). Kept in the instance's own fields (no separate JS object per instance):
 *  ob_values is the values array, which only grows to the highest index stored (the
 *  block's size is the simulated one); ob_values_order stays null while attributes
 *  were added in key order (the order is then the ascending indices present), as
 *  most instances do; ob_values_lastIx is the highest index inserted meanwhile. */
export type PyDictValues = (PyObject | null)[];

/** The owner record of an instance's values block (memory/allocator.ts BlockOwner), made
 *  once per JS object. `spare` keeps the values array released last, for
 *  _PyObject_InitializeDict to refill should the JS object be recycled (instance_recycle.ts). */
export interface ValuesBlockOwner extends BlockOwner {
  spare: PyDictValues | null;
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
  keys.me_hash = [];
  keys.labels = [];
  keys.indices.fill(-1);
  PyMem_Free(keys.addr);
  for (let i = 0; i < names.length; i++) Py_DECREF(names[i]);
}

function cachedKeys(tp: PyTypeObject): SharedKeys | null {
  return ((tp as PyHeapTypeObject).ht_cached_keys as SharedKeys | null) ?? null;
}

/** _PyObject_InitializeDict / init_inline_values: the values array object.__new__ gives a new instance. */
export function _PyObject_InitializeDict(obj: PyObject): void {
  const keys = cachedKeys(obj.ob_type);
  if (keys === null) return;
  if (keys.dk_usable > 1) keys.dk_usable--;
  const size = keys.dk_nentries + keys.dk_usable;
  const inst = obj as ManagedInstance;
  const prefix = (size + 2 + 7) & ~7;
  // The block's owner record and the array are host-side: a JS object keeps them when
  // it is recycled (instance_recycle.ts), as the record names that same object.
  let owner = inst.ob_values_owner;
  if (owner === null) owner = inst.ob_values_owner = { obj, part: 'values', spare: null };
  inst.ob_values_addr = PyMem_MallocOwned(prefix + size * 8, owner);
  inst.ob_values_order = null;
  inst.ob_values_lastIx = -1;
  const n = keys.dk_nentries;
  let vals = owner.spare;
  if (vals === null) vals = nullValues(n);
  else {
    owner.spare = null;
    if (vals.length > n) vals.length = n;
    for (let i = 0; i < vals.length; i++) vals[i] = null;
    while (vals.length < n) vals.push(null);
  }
  inst.ob_values = vals;
}

/** A values array of n nulls with packed elements and no spare capacity (an array
 *  literal): new Array(n) would be holey (slower to read in every traversal), and
 *  pushing onto [] reserves 17 slots. */
function nullValues(n: number): PyDictValues {
  switch (n) {
    case 0: return [];
    case 1: return [null];
    case 2: return [null, null];
    case 3: return [null, null, null];
    case 4: return [null, null, null, null];
    case 5: return [null, null, null, null, null];
    case 6: return [null, null, null, null, null, null];
    case 7: return [null, null, null, null, null, null, null];
    case 8: return [null, null, null, null, null, null, null, null];
    default: {
      const vals: PyDictValues = [null, null, null, null, null, null, null, null];
      for (let i = 8; i < n; i++) vals.push(null);
      return vals;
    }
  }
}

/** The str hash of an attribute name (str subclasses too: the shared keys match by text). */
function name_hash(name: PyObject): number {
  const h = (name as PyUnicodeObject).hash;
  return h !== -1 ? h : unicode_hash(name);
}

/** unicodekeys_lookup_unicode on the shared keys: the index of `name`, or -1. Identity
 *  first, then equal hash and text; linear probing (the table never has deletions). */
function sharedkeys_lookup(keys: SharedKeys, name: PyObject, hash: number): number {
  const indices = keys.indices;
  const names = keys.names;
  let i = hash & (SHARED_INDEX_SLOTS - 1);
  for (;;) {
    const ix = indices[i];
    if (ix < 0) return -1;
    const k = names[ix];
    if (k === name || (keys.me_hash[ix] === hash && (k as PyUnicodeObject).str === (name as PyUnicodeObject).str)) return ix;
    i = (i + 1) & (SHARED_INDEX_SLOTS - 1);
  }
}

/** insert_into_dictkeys: the index of `name` in the shared keys, adding it if there is room; -1 if full. */
function insert_into_dictkeys(keys: SharedKeys, name: PyObject): number {
  const hash = name_hash(name);
  const ix = sharedkeys_lookup(keys, name, hash);
  if (ix >= 0) return ix;
  if (keys.dk_usable <= 0) return -1;
  Py_INCREF(name);
  const n = keys.dk_nentries;
  keys.names.push(name);
  keys.me_hash.push(hash);
  keys.labels.push('.' + (name as PyUnicodeObject).str);
  let i = hash & (SHARED_INDEX_SLOTS - 1);
  while (keys.indices[i] >= 0) i = (i + 1) & (SHARED_INDEX_SLOTS - 1);
  keys.indices[i] = n;
  keys.dk_usable--;
  keys.dk_nentries++;
  return n;
}

/** The insertion order of the values present (the prefix bytes). */
function values_order(inst: ManagedInstance, vals: PyDictValues): number[] {
  const order = inst.ob_values_order;
  if (order !== null) return order;
  const implicit: number[] = [];
  for (let ix = 0; ix < vals.length; ix++) if (vals[ix] !== null) implicit.push(ix);
  return implicit;
}

/** make_dict_from_instance_attributes + storing it: the values array becomes a dict. */
function materialize(inst: ManagedInstance, vals: PyDictValues): PyObject {
  const keys = cachedKeys(inst.ob_type) as SharedKeys;
  const d = PyDict_New();
  const order = values_order(inst, vals);
  for (let i = 0; i < order.length; i++) {
    const ix = order[i];
    PyDict_SetItem(d, keys.names[ix], vals[ix] as PyObject);
  }
  inst.ob_dict = d;
  freeValues(inst, vals);
  return d;
}

/** Releases the values array (its block, then the values it holds). */
function freeValues(inst: ManagedInstance, vals: PyDictValues): void {
  inst.ob_values = null;
  inst.ob_values_order = null;
  inst.ob_values_lastIx = -1;
  PyMem_Free(inst.ob_values_addr);
  inst.ob_values_addr = 0;
  for (let i = 0; i < vals.length; i++) Py_XDECREF(vals[i]);
  // Kept for _PyObject_InitializeDict should this JS object be recycled (it fills it anew).
  const owner = inst.ob_values_owner;
  if (owner !== null) owner.spare = vals;
}

/** The index of `name` in the shared keys, or -1 (the lookup _PyObject_GetInstanceAttribute does). */
export function _PySharedKeys_Lookup(keys: SharedKeys, name: PyObject): number {
  return sharedkeys_lookup(keys, name, name_hash(name));
}

/** The index _PyObject_StoreInstanceAttribute stores `name` at: insert_into_dictkeys for an
 *  exact str (adding the name if the keys have room), else -1. */
export function _PySharedKeys_StoreIndex(keys: SharedKeys, name: PyObject): number {
  return PyUnicode_CheckExact(name) ? insert_into_dictkeys(keys, name) : -1;
}

/** _PyObject_StoreInstanceAttribute: stores (or deletes, value null) `name` in the
 *  instance's values array `vals` at index `ix` of the class's shared keys (from
 *  _PySharedKeys_StoreIndex; -1: the name does not fit). When the name does not fit the
 *  values become a dict: the store goes there, and for a delete false is returned so the
 *  caller deletes from that dict. */
export function _PyObject_StoreInstanceAttribute(obj: PyObject, vals: PyDictValues, name: PyObject, ix: number,
  value: PyObject | null): boolean {
  const inst = obj as ManagedInstance;
  if (ix < 0) {
    const d = materialize(inst, vals);
    if (value === null) {
      // PyDict_DelItem raises KeyError; the generic setattr turns it into AttributeError.
      return false;
    }
    PyDict_SetItem(d, name, value);
    return true;
  }
  while (vals.length <= ix) vals.push(null);
  const old = vals[ix];
  if (value !== null) Py_INCREF(value);
  vals[ix] = value;
  if (old === null) {
    if (value === null) {
      PyErr_SetString(PyExc_AttributeError,
        `'${obj.ob_type.tp_name.slice(0, 100)}' object has no attribute '${(name as PyUnicodeObject).str}'`);
    }
    const order = inst.ob_values_order;
    if (order !== null) order.push(ix);
    else if (ix > inst.ob_values_lastIx) inst.ob_values_lastIx = ix;
    else {
      // Out of key order: keep the order explicitly from now on.
      vals[ix] = null;
      const explicit = values_order(inst, vals);
      vals[ix] = value;
      explicit.push(ix);
      inst.ob_values_order = explicit;
    }
  } else {
    const order = inst.ob_values_order;
    if (value === null && order !== null) {
      const k = order.indexOf(ix);
      if (k >= 0) order.splice(k, 1);
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
  if (values !== null && values !== undefined) freeValues(inst, values);
}

/** Visits the references a managed-dict instance holds in its values or dict, labelled by attribute. */
export function _PyObject_VisitManagedDict(obj: PyObject, visit: RefVisitor): void {
  const inst = obj as ManagedInstance;
  const values = inst.ob_values;
  if (values !== null && values !== undefined) {
    const keys = cachedKeys(obj.ob_type) as SharedKeys;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null) visit(v, keys.labels[i]);
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
  for (let i = 0; i < keys.names.length; i++) visit(keys.names[i], refLabelsWanted ? `ht_cached_keys[${i}]` : '');
}

