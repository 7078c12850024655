// dict (Objects/dictobject.c, 3.11): the compact dict.
//
// A PyDictObject (48 bytes + 16 GC head) points to a PyDictKeysObject: one
// PyObject_Malloc'd block holding a 32-byte header, the hash-table of indices
// (dk_indices: 1 << dk_log2_size slots of 1/2/4/8 bytes holding an entry index,
// DKIX_EMPTY or DKIX_DUMMY) and the entries array in insertion order
// (USABLE_FRACTION = 2/3 of the table; 16-byte (key, value) entries when every key
// is an exact str — DICT_KEYS_UNICODE — else 24-byte (hash, key, value) entries).
// `{}` shares the static Py_EMPTY_KEYS and allocates nothing; the first insert
// allocates an 8-slot keys object; a full table is replaced by one sized for
// GROWTH_RATE = used*3 (dictresize, new keys allocated before the old are freed).
// Deleting leaves DKIX_DUMMY in the index and a NULL entry. Freed dicts (80) and
// freed 8-slot unicode keys objects (80) are kept on free lists.
//
// A dict starts untracked by the GC and becomes tracked when a key or value that
// may be tracked is inserted (MAINTAIN_TRACKING).
//
// In the model the entries are three parallel JS arrays (me_key, me_hash,
// me_value) of length USABLE_FRACTION and the indices an Int32Array; the keys
// block's address and size are those of CPython's allocation.

import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, CompareOp, TypeFlags, GC_UNTRACKED, rt, type RefVisitor,
  refLabelsWanted,
  refLabelWanted,
} from './object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { PyType_Type } from './typebase';
import {
  _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, _PyObject_GC_IS_TRACKED, freeListObserver,
} from './objalloc';
import { PyErr_SetString, PyErr_SetObject, PyErr_NoMemory, PyErr_Clear, isPyExc, PyException } from './errors';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { PyExc_TypeError, PyExc_KeyError, PyExc_RuntimeError, PyExc_ValueError, PyExc_SystemError } from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { PyBool_FromLong, Py_True, Py_False } from './boolobject';
import { PyLong_FromNumber } from './longobject';
import {
  PyUnicode_Type, PyUnicode_FromString, PyUnicode_InternFromString, unicode_hash, type PyUnicodeObject,
} from './unicodeobject';
import {
  PyObject_Repr, PyObject_RichCompareBool, PyObject_GetIter, PyObject_Hash, PyObject_GetItem, PyObject_SetItem,
  PyObject_CallNoArgs, PyObject_CallMethod, _PyObject_LookupAttr, _Py_ID, PyIter_Next, PyObject_HashNotImplemented,
  PyObject_CallOneArg,
} from './abstract';
import { _PyObject_LookupSpecial } from './typeobject';
import {
  Py_ReprEnter, Py_ReprLeave, _PyArg_CheckPositional, _PyArg_NoKwnames, hashHi, _PyType_GenericAllocInto,
  STARTUP_FREE_LISTS_311, _PyObject_StartupAlloc,
} from './containerutil';
import { METH, type PyMethodDef } from './methoddef';
import { PyTuple_New, PyTuple_Pack, PyTuple_Type, type PyTupleObject } from './tupleobject';
import { PyList_New, PySequence_Fast, type PyListObject } from './listobject';
import { PyAnySet_CheckExact, _PySet_NextEntry, type PySetObject } from './setobject';
import {
  PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type, PyDictRevIterKey_Type, PyDictRevIterValue_Type,
  PyDictRevIterItem_Type, dictiter_new, PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type, _PyDictView_New,
} from './dictviews';

export const DKIX_EMPTY = -1;
export const DKIX_DUMMY = -2;
export const PyDict_LOG_MINSIZE = 3;
export const PyDict_MINSIZE = 8;
/** sizeof(PyDictKeysObject) without the variable part; entry sizes. */
const DK_HEADER = 32;
const UNICODE_ENTRY = 16;
const GENERAL_ENTRY = 24;
const DICT_BASICSIZE = 48;

export const enum DictKeysKind { GENERAL = 0, UNICODE = 1, SPLIT = 2 }

/** USABLE_FRACTION: 2/3 of the table can hold entries. */
export function USABLE_FRACTION(n: number): number {
  return ((n << 1) / 3) | 0;
}

/** calculate_log2_keysize (64-bit branch): bit_length(((minsize | 8) - 1) | 7). Not
 *  simply the next power of two: 3 or 4 give 16 slots and 16 gives 32 (measured:
 *  {'a': 1} then m[1] = 2 has getsizeof 352, a 16-slot general table). */
function calculate_log2_keysize(minsize: number): number {
  const x = ((minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1);
  return x < 2 ** 31 ? 32 - Math.clz32(x) : Math.floor(Math.log2(x)) + 1;
}

/** estimate_log2_keysize: a table that can hold n entries (ESTIMATE_SIZE = n*3/2 rounded up). */
function estimate_log2_keysize(n: number): number {
  return calculate_log2_keysize(Math.floor((n * 3 + 1) / 2));
}

/** GROWTH_RATE: the size a full table is resized for. */
function GROWTH_RATE(d: PyDictObject): number {
  return d.ma_used * 3;
}

export class PyDictKeysObject {
  dk_refcnt = 1;
  dk_log2_size: number;
  dk_log2_index_bytes: number;
  dk_kind: DictKeysKind;
  dk_version = 0;
  dk_usable: number;
  dk_nentries = 0;
  dk_indices: Int32Array;
  me_key: (PyObject | null)[];
  me_hash: Float64Array;
  me_value: (PyObject | null)[];
  /** Address of the keys block (0 for the static Py_EMPTY_KEYS). -0: a double from the
   *  start, as addresses are (a Smi would change the field's representation later). */
  addr = -0;

  constructor(log2_size: number, unicode: boolean) {
    this.dk_log2_size = log2_size;
    this.dk_log2_index_bytes = log2_size < 8 ? log2_size : log2_size < 16 ? log2_size + 1 : log2_size < 32 ? log2_size + 2 : log2_size + 3;
    this.dk_kind = unicode ? DictKeysKind.UNICODE : DictKeysKind.GENERAL;
    const usable = log2_size === 0 ? 0 : USABLE_FRACTION(1 << log2_size);
    this.dk_usable = usable;
    this.dk_indices = new Int32Array(1 << log2_size).fill(DKIX_EMPTY);
    this.me_key = new Array<PyObject | null>(usable).fill(null);
    this.me_hash = new Float64Array(usable);
    this.me_value = new Array<PyObject | null>(usable).fill(null);
  }

  /** _PyDict_KeysSize: the block's size in bytes. */
  get sizeInBytes(): number {
    return _PyDict_KeysSize(this.dk_log2_size, this.dk_kind !== DictKeysKind.GENERAL);
  }
}

export function _PyDict_KeysSize(log2_size: number, unicode: boolean): number {
  const log2_bytes = log2_size < 8 ? log2_size : log2_size < 16 ? log2_size + 1 : log2_size < 32 ? log2_size + 2 : log2_size + 3;
  return DK_HEADER + (2 ** log2_bytes) + USABLE_FRACTION(2 ** log2_size) * (unicode ? UNICODE_ENTRY : GENERAL_ENTRY);
}

/** Py_EMPTY_KEYS: the static, shared keys of every empty dict (never freed). */
export const Py_EMPTY_KEYS = new PyDictKeysObject(0, true);
/** Its dk_refcnt in a new runtime: large enough never to reach 0 (it is never freed). */
const EMPTY_KEYS_REFCNT = 1 << 30;
Py_EMPTY_KEYS.dk_refcnt = EMPTY_KEYS_REFCNT;

export class PyDictObject extends PyObject {
  ma_used = 0;
  ma_version_tag = 0;
  ma_keys: PyDictKeysObject = Py_EMPTY_KEYS;
  /** Split-table values (3.11 instance dicts); the model's dicts are always combined. */
  ma_values: null = null;
}

export const PyDict_Type = new PyTypeObject(PyType_Type, 'dict', DICT_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE | TypeFlags.DICT_SUBCLASS);

export function PyDict_Check(o: PyObject): o is PyDictObject {
  return (o.ob_type.tp_flags & TypeFlags.DICT_SUBCLASS) !== 0;
}

export function PyDict_CheckExact(o: PyObject): o is PyDictObject {
  return o.ob_type === PyDict_Type;
}

/** The active runtime's pydict_global_version (switched with it: see DictState below). */
let dict_version = 0;
function DICT_NEXT_VERSION(): number {
  return ++dict_version;
}

// ---------------------------------------------------------------------------
// Free lists: dict objects and 8-slot unicode keys objects, per runtime.

interface DictFreeLists {
  dicts: PyDictObject[];
  keys: PyDictKeysObject[];
  /** The profile's capacities (rt.profile.memory.freeLists), read once per runtime. */
  maxDicts: number;
  maxKeys: number;
}
/** The active runtime's lists: module-level for the speed of every dict created or
 *  freed, switched with the runtime (runtimestate.ts). */
let free_lists: DictFreeLists = { dicts: [], keys: [], maxDicts: 0, maxKeys: 0 };
function dictFreeLists(): DictFreeLists {
  return free_lists;
}

/** What else of the dict machinery belongs to one runtime: the version counter, and the
 *  fields of the shared Py_EMPTY_KEYS that every empty dict's references change. */
interface DictState { freeLists: DictFreeLists; dict_version: number; emptyKeysRefcnt: number; emptyKeysVersion: number }
_PyRuntime_RegisterState<DictState>({
  name: 'dict free lists, dict_version, Py_EMPTY_KEYS',
  save: () => ({
    freeLists: free_lists, dict_version, emptyKeysRefcnt: Py_EMPTY_KEYS.dk_refcnt, emptyKeysVersion: Py_EMPTY_KEYS.dk_version,
  }),
  restore: (s) => {
    free_lists = s.freeLists;
    dict_version = s.dict_version;
    Py_EMPTY_KEYS.dk_refcnt = s.emptyKeysRefcnt;
    Py_EMPTY_KEYS.dk_version = s.emptyKeysVersion;
  },
  fresh: () => {
    const caps = rt.profile.memory.freeLists;
    return {
      freeLists: { dicts: [], keys: [], maxDicts: caps.dict, maxKeys: caps.dictKeys },
      dict_version: 0, emptyKeysRefcnt: EMPTY_KEYS_REFCNT, emptyKeysVersion: 0,
    };
  },
});

/** Puts the dicts CPython's startup leaves on the free list (see containerutil.ts). */
export function _PyDict_FillStartupFreeList(): void {
  if (rt.profile.version !== '3.11') return;
  const f = dictFreeLists().dicts;
  for (let k = 0; k < STARTUP_FREE_LISTS_311.dict && f.length < rt.profile.memory.freeLists.dict; k++) {
    f.push(_PyObject_StartupAlloc(new PyDictObject(PyDict_Type), DICT_BASICSIZE));
  }
}

/** Addresses of the kept dict objects and keys blocks, oldest first. */
export function _PyDict_FreeListAddresses(): { dicts: number[]; keys: number[] } {
  const f = dictFreeLists();
  return { dicts: f.dicts.map((o) => o.ob_addr), keys: f.keys.map((k) => k.addr) };
}

export function _PyDict_FreeListCounts(): { dicts: number; keys: number } {
  const f = dictFreeLists();
  return { dicts: f.dicts.length, keys: f.keys.length };
}

/** _PyDict_ClearFreeList: gc.collect(2) frees kept dicts, then kept keys objects. */
export function _PyDict_ClearFreeList(): void {
  const f = dictFreeLists();
  while (f.dicts.length > 0) PyObject_GC_Del(f.dicts.pop() as PyDictObject);
  while (f.keys.length > 0) rt.mem.free((f.keys.pop() as PyDictKeysObject).addr);
}

// ---------------------------------------------------------------------------
// Keys objects

/** new_keys_object: from the keys free list (8-slot unicode) or PyObject_Malloc. */
function new_keys_object(log2_size: number, unicode: boolean, owner: PyObject): PyDictKeysObject {
  if (log2_size === PyDict_LOG_MINSIZE && unicode) {
    const fl = dictFreeLists().keys;
    if (fl.length > 0) {
      const dk = fl.pop() as PyDictKeysObject;
      dk.dk_refcnt = 1;
      dk.dk_kind = DictKeysKind.UNICODE;
      dk.dk_nentries = 0;
      dk.dk_usable = USABLE_FRACTION(PyDict_MINSIZE);
      dk.dk_version = 0;
      // Only the index table needs resetting: a kept table's keys and values are all
      // null (free_keys_object and dictresize clear them before keeping it), and a
      // hash is read only for an entry below dk_nentries. Element by element: 8 slots.
      const indices = dk.dk_indices;
      for (let i = 0; i < indices.length; i++) indices[i] = DKIX_EMPTY;
      return dk;
    }
  }
  if (log2_size >= 48) PyErr_NoMemory();
  const dk = new PyDictKeysObject(log2_size, unicode);
  dk.addr = rt.mem.malloc(dk.sizeInBytes, { obj: owner, part: 'ma_keys' });
  return dk;
}

/** free_keys_object: drops the entries' references (key then value, in order), then
 *  keeps the block on the keys free list or frees it. */
function free_keys_object(keys: PyDictKeysObject): void {
  const n = keys.dk_nentries;
  const mk = keys.me_key, mv = keys.me_value;
  for (let i = 0; i < n; i++) {
    const k = mk[i], v = mv[i];
    mk[i] = null;
    mv[i] = null;
    if (k !== null) Py_DECREF(k);
    if (v !== null) Py_DECREF(v);
  }
  release_keys_block(keys);
}

function release_keys_block(keys: PyDictKeysObject): void {
  if (keys.dk_log2_size === PyDict_LOG_MINSIZE && keys.dk_kind === DictKeysKind.UNICODE) {
    const f = dictFreeLists();
    if (f.keys.length < f.maxKeys) {
      f.keys.push(keys);
      return;
    }
  }
  rt.mem.free(keys.addr);
}

function dictkeys_decref(dk: PyDictKeysObject): void {
  if (dk === Py_EMPTY_KEYS) return;
  if (--dk.dk_refcnt === 0) free_keys_object(dk);
}

/** find_empty_slot: the first EMPTY/DUMMY-free slot on the key's probe sequence. */
function find_empty_slot(keys: PyDictKeysObject, hash: number): number {
  const mask = (1 << keys.dk_log2_size) - 1;
  const indices = keys.dk_indices;
  let i = hash & mask;
  let ix = indices[i];
  let plo = hash >>> 0, phi = hashHi(hash);
  while (ix >= 0) {
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
    ix = indices[i];
  }
  return i;
}

/** build_indices: index every entry of a fresh table (no dummies). */
function build_indices(keys: PyDictKeysObject, n: number): void {
  const mask = (1 << keys.dk_log2_size) - 1;
  const indices = keys.dk_indices;
  const hashes = keys.me_hash;
  for (let ix = 0; ix < n; ix++) {
    const hash = hashes[ix];
    let i = hash & mask;
    let plo = hash >>> 0, phi = hashHi(hash);
    while (indices[i] !== DKIX_EMPTY) {
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + plo + 1) & mask;
    }
    indices[i] = ix;
  }
}

/** lookdict_index: the slot holding entry `index`. */
function lookdict_index(k: PyDictKeysObject, hash: number, index: number): number {
  const mask = (1 << k.dk_log2_size) - 1;
  const indices = k.dk_indices;
  let i = hash & mask;
  let plo = hash >>> 0, phi = hashHi(hash);
  for (;;) {
    const ix = indices[i];
    if (ix === index) return i;
    if (ix === DKIX_EMPTY) return DKIX_EMPTY;
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

// ---------------------------------------------------------------------------
// Lookup. _Py_dict_lookup returns the entry index (or DKIX_EMPTY) and leaves the
// value in `lookupValue` (borrowed) to avoid allocating a result pair.

// (Scratch: read by the caller right after the lookup.)
let lookupValue: PyObject | null = null;
const DKIX_KEY_CHANGED = -4;

/** unicode_get_hash, or PyObject_Hash for other keys. */
export function dict_hash(key: PyObject): number {
  if (key.ob_type === PyUnicode_Type) {
    const h = (key as PyUnicodeObject).hash;
    return h !== -1 ? h : unicode_hash(key);
  }
  return PyObject_Hash(key);
}

function lookup_unicode(dk: PyDictKeysObject, key: PyUnicodeObject, hash: number): number {
  const mask = (1 << dk.dk_log2_size) - 1;
  const indices = dk.dk_indices;
  const mk = dk.me_key, mh = dk.me_hash;
  let i = hash & mask;
  let plo = hash >>> 0, phi = -1;
  for (;;) {
    const ix = indices[i];
    if (ix >= 0) {
      const ep = mk[ix] as PyUnicodeObject;
      if (ep === key || (mh[ix] === hash && ep.str === key.str)) return ix;
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    if (phi === -1) phi = hashHi(hash);
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** unicodekeys_lookup_generic / dictkeys_generic_lookup: identity, then equal hash and ==. */
function lookup_generic(mp: PyDictObject, dk: PyDictKeysObject, key: PyObject, hash: number): number {
  const mask = (1 << dk.dk_log2_size) - 1;
  const indices = dk.dk_indices;
  let i = hash & mask;
  let plo = hash >>> 0, phi = hashHi(hash);
  for (;;) {
    const ix = indices[i];
    if (ix >= 0) {
      const startkey = dk.me_key[ix] as PyObject;
      if (startkey === key) return ix;
      if (dk.me_hash[ix] === hash) {
        startkey.ob_refcnt++;
        let cmp: boolean;
        try {
          cmp = PyObject_RichCompareBool(startkey, key, CompareOp.EQ);
        } finally {
          Py_DECREF(startkey);
        }
        if (dk === mp.ma_keys && dk.me_key[ix] === startkey) {
          if (cmp) return ix;
        } else {
          return DKIX_KEY_CHANGED;
        }
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

export function _Py_dict_lookup(mp: PyDictObject, key: PyObject, hash: number): number {
  const dk = mp.ma_keys;
  if (dk.dk_kind !== DictKeysKind.GENERAL && key.ob_type === PyUnicode_Type) {
    const ix = lookup_unicode(dk, key as PyUnicodeObject, hash);
    lookupValue = ix >= 0 ? dk.me_value[ix] : null;
    return ix;
  }
  return dict_lookup_generic(mp, key, hash);
}

/** _Py_dict_lookup for keys that may run __eq__: the keys object is kept alive during
 *  the comparisons and the lookup restarts if they changed the dict. Kept apart so the
 *  str case above stays small enough to inline. */
function dict_lookup_generic(mp: PyDictObject, key: PyObject, hash: number): number {
  for (;;) {
    const dk = mp.ma_keys;
    let ix: number;
    if (dk.dk_kind !== DictKeysKind.GENERAL && key.ob_type === PyUnicode_Type) {
      ix = lookup_unicode(dk, key as PyUnicodeObject, hash);
    } else {
      dk.dk_refcnt++;
      try {
        ix = lookup_generic(mp, dk, key, hash);
      } finally {
        dk.dk_refcnt--;
      }
      if (ix === DKIX_KEY_CHANGED) continue;
    }
    lookupValue = ix >= 0 ? dk.me_value[ix] : null;
    return ix;
  }
}

// ---------------------------------------------------------------------------
// Insertion, resizing, deletion

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, except a tuple that is untracked. */
export function _PyObject_GC_MAY_BE_TRACKED(o: PyObject): boolean {
  if ((o.ob_type.tp_flags & TypeFlags.HAVE_GC) === 0) return false;
  if (o.ob_type === PyTuple_Type) return _PyObject_GC_IS_TRACKED(o);
  return true;
}

function MAINTAIN_TRACKING(mp: PyDictObject, key: PyObject, value: PyObject): void {
  if (mp.gc_gen === GC_UNTRACKED) {
    if (_PyObject_GC_MAY_BE_TRACKED(key) || _PyObject_GC_MAY_BE_TRACKED(value)) PyObject_GC_Track(mp);
  }
}

function dictresize(mp: PyDictObject, log2_newsize: number, unicode: boolean): void {
  if (log2_newsize >= 64) PyErr_NoMemory();
  const oldkeys = mp.ma_keys;
  if (oldkeys.dk_kind === DictKeysKind.GENERAL) unicode = false;
  const newkeys = new_keys_object(log2_newsize, unicode, mp);
  mp.ma_keys = newkeys;
  const numentries = mp.ma_used;
  const ok = oldkeys.me_key, ov = oldkeys.me_value, oh = oldkeys.me_hash;
  const nk = newkeys.me_key, nv = newkeys.me_value, nh = newkeys.me_hash;
  if (oldkeys.dk_nentries === numentries) {
    for (let i = 0; i < numentries; i++) {
      nk[i] = ok[i];
      nv[i] = ov[i];
      nh[i] = oh[i];
    }
  } else {
    let j = 0;
    for (let i = 0; i < numentries; i++) {
      while (ov[j] === null) j++;
      nk[i] = ok[j];
      nv[i] = ov[j];
      nh[i] = oh[j];
      j++;
    }
  }
  build_indices(newkeys, numentries);
  // The references moved to the new table: release only the old block.
  if (oldkeys !== Py_EMPTY_KEYS) {
    ok.fill(null);
    ov.fill(null);
    release_keys_block(oldkeys);
  }
  newkeys.dk_usable -= numentries;
  newkeys.dk_nentries = numentries;
}

function insertion_resize(mp: PyDictObject, unicode: boolean): void {
  dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

/** insert_to_emptydict: the first insert allocates an 8-slot keys object. Steals key and value. */
function insert_to_emptydict(mp: PyDictObject, key: PyObject, hash: number, value: PyObject): void {
  const unicode = key.ob_type === PyUnicode_Type;
  let newkeys: PyDictKeysObject;
  try {
    newkeys = new_keys_object(PyDict_LOG_MINSIZE, unicode, mp);
  } catch (e) {
    Py_DECREF(key);
    Py_DECREF(value);
    throw e;
  }
  mp.ma_keys = newkeys;
  MAINTAIN_TRACKING(mp, key, value);
  newkeys.dk_indices[hash & (PyDict_MINSIZE - 1)] = 0;
  newkeys.me_key[0] = key;
  newkeys.me_hash[0] = hash;
  newkeys.me_value[0] = value;
  mp.ma_used++;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  newkeys.dk_usable--;
  newkeys.dk_nentries++;
}

/** insertdict's DKIX_EMPTY branch: a new entry (resizing a full table first). Steals
 *  key and value; releases them if the resize fails. */
function insertdict_empty(mp: PyDictObject, key: PyObject, hash: number, value: PyObject): void {
  MAINTAIN_TRACKING(mp, key, value);
  let keys = mp.ma_keys;
  keys.dk_version = 0;
  if (keys.dk_usable <= 0) {
    try {
      insertion_resize(mp, true);
    } catch (e) {
      Py_DECREF(value);
      Py_DECREF(key);
      throw e;
    }
    keys = mp.ma_keys;
  }
  const hashpos = find_empty_slot(keys, hash);
  const n = keys.dk_nentries;
  keys.dk_indices[hashpos] = n;
  keys.me_key[n] = key;
  keys.me_hash[n] = hash;
  keys.me_value[n] = value;
  mp.ma_used++;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  keys.dk_usable--;
  keys.dk_nentries++;
}

/** insertdict: steals references to key and value (released on failure, as CPython's Fail:). */
function insertdict(mp: PyDictObject, key: PyObject, hash: number, value: PyObject): void {
  let ix: number;
  let old_value: PyObject | null;
  try {
    if (mp.ma_keys.dk_kind !== DictKeysKind.GENERAL && key.ob_type !== PyUnicode_Type) insertion_resize(mp, false);
    ix = _Py_dict_lookup(mp, key, hash);
    old_value = lookupValue;
  } catch (e) {
    Py_DECREF(value);
    Py_DECREF(key);
    throw e;
  }
  if (ix === DKIX_EMPTY) {
    insertdict_empty(mp, key, hash, value);
    return;
  }
  MAINTAIN_TRACKING(mp, key, value);
  if (old_value !== value) {
    mp.ma_keys.me_value[ix] = value;
    mp.ma_version_tag = DICT_NEXT_VERSION();
  }
  Py_XDECREF(old_value);
  Py_DECREF(key);
}

/** PyDict_SetItem(mp, key, value) for a key the caller knows is live at entry ix of
 *  mp.ma_keys (the eval loop's STORE_NAME cache): insertdict's replace branch without
 *  the lookup, with the same reference moves (the key is held while the old value is released). */
export function _PyDict_SetItemAtIndex(mp: PyDictObject, ix: number, key: PyObject, value: PyObject): void {
  key.ob_refcnt++;
  value.ob_refcnt++;
  MAINTAIN_TRACKING(mp, key, value);
  const old_value = mp.ma_keys.me_value[ix];
  if (old_value !== value) {
    mp.ma_keys.me_value[ix] = value;
    mp.ma_version_tag = DICT_NEXT_VERSION();
  }
  Py_XDECREF(old_value);
  Py_DECREF(key);
}

/** _PyDict_SetItem_Take2: steals key and value. */
export function _PyDict_SetItem_Take2(mp: PyDictObject, key: PyObject, value: PyObject): void {
  let hash: number;
  try {
    hash = dict_hash(key);
  } catch (e) {
    Py_DECREF(key);
    Py_DECREF(value);
    throw e;
  }
  if (mp.ma_keys === Py_EMPTY_KEYS) {
    insert_to_emptydict(mp, key, hash, value);
    return;
  }
  insertdict(mp, key, hash, value);
}

/** PyDict_SetItem: d[key] = value (increfs both). An exact str key in a unicode-keys
 *  table is looked up once here: replacing a value in place (STORE_NAME, d[w] = ...)
 *  is insertdict's old_value path, a new key its DKIX_EMPTY path. */
export function PyDict_SetItem(op: PyObject, key: PyObject, value: PyObject): void {
  const mp = op as PyDictObject;
  if (key.ob_type !== PyUnicode_Type || mp.ma_keys.dk_kind === DictKeysKind.GENERAL) {
    key.ob_refcnt++;
    value.ob_refcnt++;
    _PyDict_SetItem_Take2(mp, key, value);
    return;
  }
  setitem_unicode(mp, key as PyUnicodeObject, value);
}

/** PyDict_SetItem for an exact str key and a table that is not GENERAL. The first
 *  insertion into Py_EMPTY_KEYS goes straight to insert_to_emptydict (a lookup in the
 *  empty table finds nothing). */
function setitem_unicode(mp: PyDictObject, key: PyUnicodeObject, value: PyObject): void {
  key.ob_refcnt++;
  value.ob_refcnt++;
  let hash = key.hash;
  if (hash === -1) hash = unicode_hash(key);
  const dk = mp.ma_keys;
  if (dk === Py_EMPTY_KEYS) {
    insert_to_emptydict(mp, key, hash, value);
    return;
  }
  const ix = lookup_unicode(dk, key, hash);
  if (ix < 0) {
    insertdict_empty(mp, key, hash, value);
    return;
  }
  MAINTAIN_TRACKING(mp, key, value);
  const old_value = dk.me_value[ix] as PyObject;
  if (old_value !== value) {
    dk.me_value[ix] = value;
    mp.ma_version_tag = DICT_NEXT_VERSION();
  }
  Py_DECREF(old_value);
  Py_DECREF(key);
}

/** _PyDict_SetItem_KnownHash. */
export function _PyDict_SetItem_KnownHash(op: PyObject, key: PyObject, value: PyObject, hash: number): void {
  const mp = op as PyDictObject;
  key.ob_refcnt++;
  value.ob_refcnt++;
  if (mp.ma_keys === Py_EMPTY_KEYS) insert_to_emptydict(mp, key, hash, value);
  else insertdict(mp, key, hash, value);
}

export function PyDict_SetItemString(v: PyObject, key: string, item: PyObject): void {
  const kv = PyUnicode_InternFromString(key);
  try {
    PyDict_SetItem(v, kv, item);
  } finally {
    Py_DECREF(kv);
  }
}

/** delitem_common: the slot becomes DKIX_DUMMY, the entry NULL; key then value released. */
function delitem_common(mp: PyDictObject, hash: number, ix: number, old_value: PyObject): void {
  const keys = mp.ma_keys;
  const hashpos = lookdict_index(keys, hash, ix);
  mp.ma_used--;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  keys.dk_version = 0;
  keys.dk_indices[hashpos] = DKIX_DUMMY;
  const old_key = keys.me_key[ix] as PyObject;
  keys.me_key[ix] = null;
  keys.me_value[ix] = null;
  keys.me_hash[ix] = 0;
  Py_DECREF(old_key);
  Py_DECREF(old_value);
}

/** _PyErr_SetKeyError: KeyError((key,)) so a tuple key is not unpacked into args. */
export function _PyErr_SetKeyError(key: PyObject): never {
  const tup = PyTuple_Pack(key);
  try {
    PyErr_SetObject(PyExc_KeyError, tup);
  } finally {
    Py_DECREF(tup);
  }
}

export function PyDict_DelItem(op: PyObject, key: PyObject): void {
  const hash = dict_hash(key);
  _PyDict_DelItem_KnownHash(op, key, hash);
}

export function _PyDict_DelItem_KnownHash(op: PyObject, key: PyObject, hash: number): void {
  const mp = op as PyDictObject;
  const ix = _Py_dict_lookup(mp, key, hash);
  const old_value = lookupValue;
  if (ix === DKIX_EMPTY || old_value === null) _PyErr_SetKeyError(key);
  delitem_common(mp, hash, ix, old_value);
}

export function PyDict_DelItemString(op: PyObject, key: string): void {
  const kv = PyUnicode_FromString(key);
  try {
    PyDict_DelItem(op, kv);
  } finally {
    Py_DECREF(kv);
  }
}

// ---------------------------------------------------------------------------
// Reading

/** PyDict_GetItem: borrowed; null when missing; errors (unhashable key, failing __eq__) are swallowed. */
export function PyDict_GetItem(op: PyObject, key: PyObject): PyObject | null {
  if (!PyDict_Check(op)) return null;
  try {
    const hash = dict_hash(key);
    _Py_dict_lookup(op, key, hash);
    return lookupValue;
  } catch (e) {
    if (e instanceof PyException) {
      PyErr_Clear(e);
      return null;
    }
    throw e;
  }
}

/** PyDict_GetItemWithError: borrowed; null when missing; errors propagate. */
export function PyDict_GetItemWithError(op: PyObject, key: PyObject): PyObject | null {
  if (!PyDict_Check(op)) PyErr_SetString(PyExc_SystemError, 'bad argument to internal function');
  const dk = op.ma_keys;
  if (key.ob_type === PyUnicode_Type && dk.dk_kind !== DictKeysKind.GENERAL) {
    // LOAD_NAME's lookup: an exact str in a unicode-keys table (no error possible).
    let hash = (key as PyUnicodeObject).hash;
    if (hash === -1) hash = unicode_hash(key);
    const ix = lookup_unicode(dk, key as PyUnicodeObject, hash);
    return ix >= 0 ? dk.me_value[ix] : null;
  }
  const hash = dict_hash(key);
  _Py_dict_lookup(op, key, hash);
  return lookupValue;
}

export function _PyDict_GetItem_KnownHash(op: PyObject, key: PyObject, hash: number): PyObject | null {
  _Py_dict_lookup(op as PyDictObject, key, hash);
  return lookupValue;
}

export function PyDict_GetItemString(op: PyObject, key: string): PyObject | null {
  const kv = PyUnicode_FromString(key);
  try {
    return PyDict_GetItem(op, kv);
  } finally {
    Py_DECREF(kv);
  }
}

/** _PyDict_LoadGlobal: globals then builtins (borrowed), null when in neither. */
export function _PyDict_LoadGlobal(globals: PyObject, builtins: PyObject, key: PyObject): PyObject | null {
  const gk = (globals as PyDictObject).ma_keys, bk = (builtins as PyDictObject).ma_keys;
  if (key.ob_type === PyUnicode_Type && gk.dk_kind !== DictKeysKind.GENERAL && bk.dk_kind !== DictKeysKind.GENERAL) {
    // An exact str in unicode-keys tables: the lookups cannot run Python code.
    let h = (key as PyUnicodeObject).hash;
    if (h === -1) h = unicode_hash(key);
    const ix = lookup_unicode(gk, key as PyUnicodeObject, h);
    if (ix >= 0) return gk.me_value[ix];
    const bix = lookup_unicode(bk, key as PyUnicodeObject, h);
    return bix >= 0 ? bk.me_value[bix] : null;
  }
  const hash = dict_hash(key);
  let ix = _Py_dict_lookup(globals as PyDictObject, key, hash);
  if (ix !== DKIX_EMPTY && lookupValue !== null) return lookupValue;
  ix = _Py_dict_lookup(builtins as PyDictObject, key, hash);
  return lookupValue;
}

/** PyDict_Contains: `key in d`. */
export function PyDict_Contains(op: PyObject, key: PyObject): boolean {
  const hash = dict_hash(key);
  const ix = _Py_dict_lookup(op as PyDictObject, key, hash);
  return ix !== DKIX_EMPTY && lookupValue !== null;
}

export function _PyDict_Contains_KnownHash(op: PyObject, key: PyObject, hash: number): boolean {
  const ix = _Py_dict_lookup(op as PyDictObject, key, hash);
  return ix !== DKIX_EMPTY && lookupValue !== null;
}

export function PyDict_Size(op: PyObject): number {
  return (op as PyDictObject).ma_used;
}

/** _PyDict_Next: advances pos.pos to the next live entry; returns its index or -1. */
export function _PyDict_Next(op: PyObject, pos: { pos: number }): number {
  const mp = op as PyDictObject;
  const keys = mp.ma_keys;
  const n = keys.dk_nentries;
  let i = pos.pos;
  if (i < 0) return -1;
  const mv = keys.me_value;
  while (i < n && mv[i] === null) i++;
  if (i >= n) return -1;
  pos.pos = i + 1;
  return i;
}

/** PyDict_Next: the next (key, value) pair, borrowed, or null at the end. */
export function PyDict_Next(op: PyObject, pos: { pos: number }): [PyObject, PyObject] | null {
  const i = _PyDict_Next(op, pos);
  if (i < 0) return null;
  const keys = (op as PyDictObject).ma_keys;
  return [keys.me_key[i] as PyObject, keys.me_value[i] as PyObject];
}

/** Borrowed entry accessors for iterators and views. */
export function _PyDict_EntryKey(op: PyObject, i: number): PyObject {
  return (op as PyDictObject).ma_keys.me_key[i] as PyObject;
}
export function _PyDict_EntryValue(op: PyObject, i: number): PyObject | null {
  return (op as PyDictObject).ma_keys.me_value[i];
}
export function _PyDict_EntryHash(op: PyObject, i: number): number {
  return (op as PyDictObject).ma_keys.me_hash[i];
}

// ---------------------------------------------------------------------------
// Creation

/** The dict object new_dict() will use: the top of the free list, else a fresh
 *  (not yet allocated) one. Lets a keys block name its owner before new_dict runs,
 *  since CPython allocates the keys first (new_keys_object, then new_dict). */
function next_dict_object(): PyDictObject {
  const f = dictFreeLists().dicts;
  return f.length > 0 ? f[f.length - 1] : new PyDictObject(PyDict_Type);
}

function new_dict(keys: PyDictKeysObject, used: number, mp: PyDictObject = next_dict_object()): PyDictObject {
  const f = dictFreeLists().dicts;
  if (f.length > 0 && f[f.length - 1] === mp) {
    f.pop();
    mp.ob_refcnt = 1;
    if (freeListObserver.reuse !== null) freeListObserver.reuse(mp, DICT_BASICSIZE);
  } else {
    _PyObject_GC_New(mp, DICT_BASICSIZE);
  }
  mp.ma_keys = keys;
  mp.ma_values = null;
  mp.ma_used = used;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  return mp;
}

/** PyDict_New: an empty, untracked dict sharing Py_EMPTY_KEYS. */
export function PyDict_New(): PyDictObject {
  return new_dict(Py_EMPTY_KEYS, 0);
}

/** dict_new_presized: an empty dict with a keys table for `minused` entries (at most 2**17 slots). */
function dict_new_presized(minused: number, unicode: boolean): PyDictObject {
  const log2_max_presize = 17;
  if (minused <= USABLE_FRACTION(PyDict_MINSIZE)) return PyDict_New();
  const log2_newsize = minused > USABLE_FRACTION(2 ** log2_max_presize) ? log2_max_presize : estimate_log2_keysize(minused);
  const mp = next_dict_object();
  const keys = new_keys_object(log2_newsize, unicode, mp);
  return new_dict(keys, 0, mp);
}

export function _PyDict_NewPresized(minused: number): PyDictObject {
  return dict_new_presized(minused, false);
}

/** _PyDict_FromItems (BUILD_MAP, BUILD_CONST_KEY_MAP): keys[koff + i*kstep], values[voff + i*vstep]. */
export function _PyDict_FromItems(keys: readonly PyObject[], koff: number, kstep: number,
  values: readonly PyObject[], voff: number, vstep: number, length: number): PyDictObject {
  let unicode = true;
  for (let i = 0; i < length; i++) {
    if (keys[koff + i * kstep].ob_type !== PyUnicode_Type) {
      unicode = false;
      break;
    }
  }
  const dict = dict_new_presized(length, unicode);
  try {
    if (unicode) {
      // dict_new_presized made a unicode table (or none yet): PyDict_SetItem's str path.
      for (let i = 0; i < length; i++) {
        setitem_unicode(dict, keys[koff + i * kstep] as PyUnicodeObject, values[voff + i * vstep]);
      }
    } else {
      for (let i = 0; i < length; i++) PyDict_SetItem(dict, keys[koff + i * kstep], values[voff + i * vstep]);
    }
  } catch (e) {
    Py_DECREF(dict);
    throw e;
  }
  return dict;
}

/** clone_combined_dict_keys: a PyObject_Malloc'd copy (never the free list); refs increfed. */
function clone_combined_dict_keys(orig: PyDictObject, owner: PyObject): PyDictKeysObject {
  const ok = orig.ma_keys;
  const keys = new PyDictKeysObject(ok.dk_log2_size, ok.dk_kind !== DictKeysKind.GENERAL);
  keys.addr = rt.mem.malloc(ok.sizeInBytes, { obj: owner, part: 'ma_keys' });
  keys.dk_kind = ok.dk_kind;
  keys.dk_usable = ok.dk_usable;
  keys.dk_nentries = ok.dk_nentries;
  keys.dk_indices.set(ok.dk_indices);
  keys.me_hash.set(ok.me_hash);
  const n = ok.dk_nentries;
  for (let i = 0; i < n; i++) {
    const v = ok.me_value[i];
    const k = ok.me_key[i];
    keys.me_key[i] = k;
    keys.me_value[i] = v;
    if (v !== null) {
      v.ob_refcnt++;
      (k as PyObject).ob_refcnt++;
    }
  }
  return keys;
}

/** PyDict_Copy. */
export function PyDict_Copy(o: PyObject): PyObject {
  if (!PyDict_Check(o)) PyErr_SetString(PyExc_SystemError, 'bad argument to internal function');
  const mp = o as PyDictObject;
  if (mp.ma_used === 0) return PyDict_New();
  if (mp.ob_type.tp_iter === dict_iter && mp.ma_used >= Math.floor((mp.ma_keys.dk_nentries * 2) / 3)) {
    // Fast copy: clone the keys block (allocated before the dict object).
    const nd0 = next_dict_object();
    const keys = clone_combined_dict_keys(mp, nd0);
    const nd = new_dict(keys, mp.ma_used, nd0);
    if (_PyObject_GC_IS_TRACKED(mp)) PyObject_GC_Track(nd);
    return nd;
  }
  const copy = PyDict_New();
  try {
    dict_merge(copy, o, 1);
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
  return copy;
}

// ---------------------------------------------------------------------------
// Merging and updating

/** dict_merge(a, b, override): override 0 keeps existing keys, 1 replaces, 2 raises KeyError on duplicates. */
function dict_merge(a: PyObject, b: PyObject, override: number): void {
  const mp = a as PyDictObject;
  if (PyDict_Check(b) && b.ob_type.tp_iter === dict_iter) {
    const other = b as PyDictObject;
    if (other === mp || other.ma_used === 0) return;
    if (mp.ma_used === 0) {
      override = 1;
      const okeys = other.ma_keys;
      if (other.ma_used === okeys.dk_nentries &&
          (okeys.dk_log2_size === PyDict_LOG_MINSIZE || USABLE_FRACTION((1 << okeys.dk_log2_size) / 2) < other.ma_used)) {
        const keys = clone_combined_dict_keys(other, mp);
        dictkeys_decref(mp.ma_keys);
        mp.ma_keys = keys;
        mp.ma_used = other.ma_used;
        mp.ma_version_tag = DICT_NEXT_VERSION();
        if (_PyObject_GC_IS_TRACKED(other) && !_PyObject_GC_IS_TRACKED(mp)) PyObject_GC_Track(mp);
        return;
      }
    }
    // One big resize at the start rather than several while inserting.
    const mk = mp.ma_keys;
    if ((mk.dk_log2_size === 0 ? 0 : USABLE_FRACTION(1 << mk.dk_log2_size)) < other.ma_used) {
      dictresize(mp, estimate_log2_keysize(mp.ma_used + other.ma_used), other.ma_keys.dk_kind !== DictKeysKind.GENERAL);
    }
    const orig_size = other.ma_keys.dk_nentries;
    const pos = { pos: 0 };
    let i: number;
    while ((i = _PyDict_Next(other, pos)) >= 0) {
      const ok = other.ma_keys;
      const key = ok.me_key[i] as PyObject, value = ok.me_value[i] as PyObject, hash = ok.me_hash[i];
      key.ob_refcnt++;
      value.ob_refcnt++;
      try {
        if (override === 1) {
          key.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(mp, key, hash, value);
        } else if (!_PyDict_Contains_KnownHash(a, key, hash)) {
          key.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(mp, key, hash, value);
        } else if (override !== 0) {
          _PyErr_SetKeyError(key);
        }
      } finally {
        Py_DECREF(value);
        Py_DECREF(key);
      }
      if (orig_size !== other.ma_keys.dk_nentries) PyErr_SetString(PyExc_RuntimeError, 'dict mutated during update');
    }
    return;
  }
  // The generic way: keys() then b[key] for each.
  const keysObj = PyObject_CallMethod(b, 'keys');
  let iter: PyObject;
  try {
    iter = PyObject_GetIter(keysObj);
  } finally {
    Py_DECREF(keysObj);
  }
  try {
    let key: PyObject | null;
    while ((key = PyIter_Next(iter)) !== null) {
      try {
        if (override !== 1 && PyDict_Contains(a, key)) {
          if (override === 0) continue;
          _PyErr_SetKeyError(key);
        }
        const value = PyObject_GetItem(b, key);
        try {
          PyDict_SetItem(a, key, value);
        } finally {
          Py_DECREF(value);
        }
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(iter);
  }
}

export function PyDict_Merge(a: PyObject, b: PyObject, override: boolean | number): void {
  dict_merge(a, b, override ? 1 : 0);
}

export function _PyDict_MergeEx(a: PyObject, b: PyObject, override: number): void {
  dict_merge(a, b, override);
}

export function PyDict_Update(a: PyObject, b: PyObject): void {
  dict_merge(a, b, 1);
}

/** PyDict_MergeFromSeq2: pairs from an iterable of 2-sequences. */
export function PyDict_MergeFromSeq2(d: PyObject, seq2: PyObject, override: boolean): void {
  const it = PyObject_GetIter(seq2);
  try {
    for (let i = 0; ; ++i) {
      const item = PyIter_Next(it);
      if (item === null) break;
      let fast: PyObject | null = null;
      try {
        try {
          fast = PySequence_Fast(item, '');
        } catch (e) {
          if (isPyExc(e, PyExc_TypeError)) {
            PyErr_Clear(e);
            PyErr_SetString(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        const items = (fast as PyListObject | PyTupleObject).ob_item;
        const n = items.length;
        if (n !== 2) {
          PyErr_SetString(PyExc_ValueError, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
        }
        const key = items[0], value = items[1];
        key.ob_refcnt++;
        value.ob_refcnt++;
        try {
          if (override) PyDict_SetItem(d, key, value);
          else Py_DECREF(PyDict_SetDefault(d, key, value, true));
        } finally {
          Py_DECREF(key);
          Py_DECREF(value);
        }
      } finally {
        if (fast !== null) Py_DECREF(fast);
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** dict_update_arg: a dict, anything with keys(), or an iterable of pairs. */
function dict_update_arg(self: PyObject, arg: PyObject): void {
  if (PyDict_CheckExact(arg)) {
    dict_merge(self, arg, 1);
    return;
  }
  const func = _PyObject_LookupAttr(arg, _Py_ID('keys'));
  if (func !== null) {
    Py_DECREF(func);
    dict_merge(self, arg, 1);
    return;
  }
  PyDict_MergeFromSeq2(self, arg, true);
}

/** dict_update_common: dict(...) / d.update(...) with one optional positional and keywords. */
function dict_update_common(self: PyObject, args: PyObject, kwds: PyObject | null, methname: string): void {
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional(methname, a.length, 0, 1);
  if (a.length === 1) dict_update_arg(self, a[0]);
  if (kwds !== null && (kwds as PyDictObject).ma_used > 0) {
    // PyArg_ValidateKeywordArguments
    const k = (kwds as PyDictObject).ma_keys;
    if (k.dk_kind === DictKeysKind.GENERAL) PyErr_SetString(PyExc_TypeError, 'keywords must be strings');
    dict_merge(self, kwds, 1);
  }
}

/** PyDict_SetDefault: the value for key, inserting defaultobj if missing. Borrowed
 *  (returned as a new reference when `newref`). */
export function PyDict_SetDefault(d: PyObject, key: PyObject, defaultobj: PyObject, newref = false): PyObject {
  const mp = d as PyDictObject;
  const hash = dict_hash(key);
  let value: PyObject;
  if (mp.ma_keys === Py_EMPTY_KEYS) {
    key.ob_refcnt++;
    defaultobj.ob_refcnt++;
    insert_to_emptydict(mp, key, hash, defaultobj);
    value = defaultobj;
  } else {
    if (key.ob_type !== PyUnicode_Type && mp.ma_keys.dk_kind !== DictKeysKind.GENERAL) insertion_resize(mp, false);
    const ix = _Py_dict_lookup(mp, key, hash);
    if (ix === DKIX_EMPTY) {
      let keys = mp.ma_keys;
      keys.dk_version = 0;
      value = defaultobj;
      if (keys.dk_usable <= 0) {
        insertion_resize(mp, true);
        keys = mp.ma_keys;
      }
      const hashpos = find_empty_slot(keys, hash);
      const n = keys.dk_nentries;
      keys.dk_indices[hashpos] = n;
      keys.me_key[n] = key;
      keys.me_hash[n] = hash;
      keys.me_value[n] = value;
      key.ob_refcnt++;
      value.ob_refcnt++;
      MAINTAIN_TRACKING(mp, key, value);
      mp.ma_used++;
      mp.ma_version_tag = DICT_NEXT_VERSION();
      keys.dk_usable--;
      keys.dk_nentries++;
    } else {
      value = lookupValue as PyObject;
    }
  }
  if (newref) value.ob_refcnt++;
  return value;
}

/** PyDict_Clear: empties the dict first, then releases the old keys. */
export function PyDict_Clear(op: PyObject): void {
  if (!PyDict_Check(op)) return;
  const mp = op;
  const oldkeys = mp.ma_keys;
  if (oldkeys === Py_EMPTY_KEYS) return;
  mp.ma_keys = Py_EMPTY_KEYS;
  mp.ma_values = null;
  mp.ma_used = 0;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  dictkeys_decref(oldkeys);
}

/** _PyDict_Pop_KnownHash / _PyDict_Pop: d.pop(key[, deflt]). */
export function _PyDict_Pop(dict: PyObject, key: PyObject, deflt: PyObject | null): PyObject {
  const mp = dict as PyDictObject;
  if (mp.ma_used === 0) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
  }
  const hash = dict_hash(key);
  const ix = _Py_dict_lookup(mp, key, hash);
  const old_value = lookupValue;
  if (ix === DKIX_EMPTY || old_value === null) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
  }
  old_value.ob_refcnt++;
  delitem_common(mp, hash, ix, old_value);
  return old_value;
}

function listFromEntries(mp: PyDictObject, which: 0 | 1 | 2): PyObject {
  // PyDict_Keys/Values/Items: preallocated list; "again" if the dict changed meanwhile.
  const n = mp.ma_used;
  const v = PyList_New(n);
  const keys = mp.ma_keys;
  let j = 0;
  for (let i = 0; i < keys.dk_nentries && j < n; i++) {
    const value = keys.me_value[i];
    if (value === null) continue;
    const key = keys.me_key[i] as PyObject;
    if (which === 0) {
      key.ob_refcnt++;
      v.ob_item[j++] = key;
    } else if (which === 1) {
      value.ob_refcnt++;
      v.ob_item[j++] = value;
    } else {
      const item = PyTuple_New(2);
      key.ob_refcnt++;
      value.ob_refcnt++;
      item.ob_item[0] = key;
      item.ob_item[1] = value;
      v.ob_item[j++] = item;
    }
  }
  return v;
}

export function PyDict_Keys(mp: PyObject): PyObject {
  return listFromEntries(mp as PyDictObject, 0);
}
export function PyDict_Values(mp: PyObject): PyObject {
  return listFromEntries(mp as PyDictObject, 1);
}
export function PyDict_Items(mp: PyObject): PyObject {
  return listFromEntries(mp as PyDictObject, 2);
}

// ---------------------------------------------------------------------------
// Slots

function dict_dealloc(self: PyObject): void {
  const mp = self as PyDictObject;
  PyObject_GC_UnTrack(mp);
  const trash = Py_TRASHCAN_BEGIN(mp, dict_dealloc);
  if (trash === Trash.DEPOSITED) return;
  const keys = mp.ma_keys;
  mp.ma_keys = Py_EMPTY_KEYS;
  dictkeys_decref(keys);
  const f = dictFreeLists();
  if (f.dicts.length < f.maxDicts && mp.ob_type === PyDict_Type) {
    if (freeListObserver.keep !== null) freeListObserver.keep(mp);
    f.dicts.push(mp);
  } else (mp.ob_type.tp_free as (o: PyObject) => void)(mp);
  Py_TRASHCAN_END(trash);
}

function dict_repr(self: PyObject): PyObject {
  const mp = self as PyDictObject;
  if (Py_ReprEnter(mp)) return PyUnicode_FromString('{...}');
  try {
    if (mp.ma_used === 0) return PyUnicode_FromString('{}');
    let s = '{';
    let first = true;
    const pos = { pos: 0 };
    let i: number;
    while ((i = _PyDict_Next(mp, pos)) >= 0) {
      const key = mp.ma_keys.me_key[i] as PyObject;
      const value = mp.ma_keys.me_value[i] as PyObject;
      // Keep key and value alive while their reprs run.
      key.ob_refcnt++;
      value.ob_refcnt++;
      try {
        if (!first) s += ', ';
        first = false;
        let r = PyObject_Repr(key);
        s += (r as PyUnicodeObject).str + ': ';
        Py_DECREF(r);
        r = PyObject_Repr(value);
        s += (r as PyUnicodeObject).str;
        Py_DECREF(r);
      } finally {
        Py_DECREF(key);
        Py_DECREF(value);
      }
    }
    return PyUnicode_FromString(s + '}');
  } finally {
    Py_ReprLeave(mp);
  }
}

function dict_length(self: PyObject): number {
  return (self as PyDictObject).ma_used;
}

function dict_subscript(self: PyObject, key: PyObject): PyObject {
  const mp = self as PyDictObject;
  const hash = dict_hash(key);
  const ix = _Py_dict_lookup(mp, key, hash);
  const value = lookupValue;
  if (ix === DKIX_EMPTY || value === null) {
    if (!PyDict_CheckExact(mp)) {
      // Look up __missing__ method if we're a subclass.
      const missing = _PyObject_LookupSpecial(mp, _Py_ID('__missing__'));
      if (missing !== null) {
        try {
          return PyObject_CallOneArg(missing, key);
        } finally {
          Py_DECREF(missing);
        }
      }
    }
    _PyErr_SetKeyError(key);
  }
  value.ob_refcnt++;
  return value;
}

function dict_ass_sub(self: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) PyDict_DelItem(self, key);
  else PyDict_SetItem(self, key, value);
}

function dict_contains(self: PyObject, key: PyObject): boolean {
  return PyDict_Contains(self, key);
}

function dict_equal(a: PyDictObject, b: PyDictObject): boolean {
  if (a.ma_used !== b.ma_used) return false;
  for (let i = 0; i < a.ma_keys.dk_nentries; i++) {
    const ak = a.ma_keys;
    const key = ak.me_key[i];
    const aval = ak.me_value[i];
    if (key === null || aval === null) continue;
    const hash = ak.me_hash[i];
    aval.ob_refcnt++;
    key.ob_refcnt++;
    try {
      _Py_dict_lookup(b, key, hash);
      const bval = lookupValue;
      if (bval === null) return false;
      bval.ob_refcnt++;
      try {
        if (!PyObject_RichCompareBool(aval, bval, CompareOp.EQ)) return false;
      } finally {
        Py_DECREF(bval);
      }
    } finally {
      Py_DECREF(key);
      Py_DECREF(aval);
    }
  }
  return true;
}

function dict_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PyDict_Check(v) || !PyDict_Check(w) || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const eq = dict_equal(v, w);
  return PyBool_FromLong(op === CompareOp.EQ ? eq : !eq);
}

function dict_traverse(self: PyObject, visit: RefVisitor): void {
  const keys = (self as PyDictObject).ma_keys;
  const n = keys.dk_nentries;
  if (keys.dk_kind !== DictKeysKind.GENERAL) {
    for (let i = 0; i < n; i++) {
      const v = keys.me_value[i];
      if (v !== null) visit(v, refLabelsWanted ? entryLabel(keys.me_key[i] as PyObject) : '');
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = keys.me_value[i];
      if (v !== null) {
        const k = keys.me_key[i] as PyObject;
        visit(v, refLabelsWanted ? entryLabel(k) : '');
        visit(k, 'key');
      }
    }
  }
}

/** Labels of str keys by text: tp_traverse runs on every collection and building a
 *  label (JSON.stringify + replace) costs far more than looking it up. Bounded. */
const strLabels = new Map<string, string>();
const STR_LABELS_MAX = 4096;

function strEntryLabel(s: string): string {
  let label = strLabels.get(s);
  if (label === undefined) {
    label = `[${JSON.stringify(s).replace(/^"|"$/g, "'")}]`;
    if (strLabels.size >= STR_LABELS_MAX) strLabels.clear();
    strLabels.set(s, label);
  }
  return label;
}

/** A label for an entry that never runs Python code: the key's repr for str/int/None/bool. */
function entryLabel(key: PyObject): string {
  const t = key.ob_type;
  if (t === PyUnicode_Type) return strEntryLabel((key as PyUnicodeObject).str);
  const v = (key as unknown as { ival?: number; big?: bigint | null }).ival;
  if (t.tp_name === 'int' && v !== undefined) {
    const big = (key as unknown as { big: bigint | null }).big;
    return `[${big !== null ? big.toString() : String(v)}]`;
  }
  if (key === Py_None) return '[None]';
  if (key === Py_True) return '[True]';
  if (key === Py_False) return '[False]';
  return `[<${t.tp_name} key>]`;
}

function dict_refs(self: PyObject, visit: RefVisitor): void {
  const keys = (self as PyDictObject).ma_keys;
  const n = keys.dk_nentries;
  for (let i = 0; i < n; i++) {
    const v = keys.me_value[i];
    if (v === null) continue;
    const k = keys.me_key[i] as PyObject;
    if (!refLabelWanted(k) && !refLabelWanted(v)) {
      // A walk without labels (referrers, gc.get_referents): no key repr per entry.
      if (visit(k, '') === true || visit(v, '') === true) return;
      continue;
    }
    const label = entryLabel(k);
    if (visit(k, `${label} (key)`) === true || visit(v, label) === true) return;
  }
}

function dict_tp_clear(self: PyObject): void {
  PyDict_Clear(self);
}

/** _PyDict_SizeOf without the GC head: the struct plus an unshared keys block. */
export function _PyDict_SizeOf(self: PyObject): number {
  const mp = self as PyDictObject;
  let res = mp.ob_type.tp_basicsize;
  if (mp.ma_keys.dk_refcnt === 1) res += mp.ma_keys.sizeInBytes;
  return res;
}

export function dict_iter(self: PyObject): PyObject {
  return dictiter_new(self as PyDictObject, PyDictIterKey_Type);
}

function dict_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  dict_update_common(self, args, kwds, 'dict');
}

/** dict_new: _PyType_AllocNoTrack for dict itself (untracked, never from the free list). */
function dict_new(type: PyTypeObject, _args: PyObject | null, _kwds: PyObject | null): PyObject {
  const d = new PyDictObject(type);
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) Py_INCREF(type);
  _PyObject_GC_New(d, (type.tp_basicsize + 7) & ~7);
  d.ma_used = 0;
  d.ma_version_tag = DICT_NEXT_VERSION();
  d.ma_keys = Py_EMPTY_KEYS;
  if (type !== PyDict_Type) PyObject_GC_Track(d);
  return d;
}

function dict_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_CheckPositional('dict', nargs, 0, 1);
  const self = dict_new(type, null, null);
  try {
    let k = 0;
    if (nargs === 1) {
      dict_update_arg(self, args[0]);
      k = 1;
    }
    if (kwnames !== null) {
      const names = (kwnames as PyTupleObject).ob_item;
      for (let i = 0; i < names.length; i++) PyDict_SetItem(self, names[i], args[k + i]);
    }
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  return self;
}

function dict_or(self: PyObject, other: PyObject): PyObject {
  if (!PyDict_Check(self) || !PyDict_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const n = PyDict_Copy(self);
  try {
    dict_update_arg(n, other);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

function dict_ior(self: PyObject, other: PyObject): PyObject {
  dict_update_arg(self, other);
  Py_INCREF(self);
  return self;
}

// ---------------------------------------------------------------------------
// Methods

function dict_get(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('get', nargs, 1, 2);
  const key = args[0];
  const hash = dict_hash(key);
  const ix = _Py_dict_lookup(self as PyDictObject, key, hash);
  let val = lookupValue;
  if (ix === DKIX_EMPTY || val === null) val = nargs > 1 ? args[1] : Py_None;
  val.ob_refcnt++;
  return val;
}

function dict_setdefault(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('setdefault', nargs, 1, 2);
  return PyDict_SetDefault(self, args[0], nargs > 1 ? args[1] : Py_None, true);
}

function dict_pop(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('pop', nargs, 1, 2);
  return _PyDict_Pop(self, args[0], nargs > 1 ? args[1] : null);
}

function dict_popitem(self: PyObject): PyObject {
  const mp = self as PyDictObject;
  // The result tuple is allocated before the size check (a GC could empty the dict).
  const res = PyTuple_New(2);
  if (mp.ma_used === 0) {
    Py_DECREF(res);
    PyErr_SetString(PyExc_KeyError, 'popitem(): dictionary is empty');
  }
  const keys = mp.ma_keys;
  keys.dk_version = 0;
  let i = keys.dk_nentries - 1;
  while (i >= 0 && keys.me_value[i] === null) i--;
  const key = keys.me_key[i] as PyObject;
  const hash = keys.me_hash[i];
  const value = keys.me_value[i] as PyObject;
  keys.me_key[i] = null;
  keys.me_value[i] = null;
  keys.me_hash[i] = 0;
  const j = lookdict_index(keys, hash, i);
  keys.dk_indices[j] = DKIX_DUMMY;
  res.ob_item[0] = key;
  res.ob_item[1] = value;
  // dk_usable is not given back: there is a DKIX_DUMMY in the index.
  keys.dk_nentries = i;
  mp.ma_used--;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  return res;
}

function dict_keys(self: PyObject): PyObject {
  return _PyDictView_New(self, PyDictKeys_Type);
}
function dict_values(self: PyObject): PyObject {
  return _PyDictView_New(self, PyDictValues_Type);
}
function dict_items(self: PyObject): PyObject {
  return _PyDictView_New(self, PyDictItems_Type);
}

function dict_update(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  dict_update_common(self, args, kwds, 'update');
  Py_INCREF(Py_None);
  return Py_None;
}

function dict_copy(self: PyObject): PyObject {
  return PyDict_Copy(self);
}

function dict_clear(self: PyObject): PyObject {
  PyDict_Clear(self);
  Py_INCREF(Py_None);
  return Py_None;
}

function dict_fromkeys(cls: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('fromkeys', nargs, 1, 2);
  const iterable = args[0];
  const value = nargs > 1 ? args[1] : Py_None;
  const d = PyObject_CallNoArgs(cls);
  try {
    if (PyDict_CheckExact(d) && d.ma_used === 0) {
      if (PyDict_CheckExact(iterable)) {
        dictresize(d, estimate_log2_keysize(iterable.ma_used), iterable.ma_keys.dk_kind !== DictKeysKind.GENERAL);
        const pos = { pos: 0 };
        let i: number;
        while ((i = _PyDict_Next(iterable, pos)) >= 0) {
          const key = iterable.ma_keys.me_key[i] as PyObject;
          key.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(d, key, iterable.ma_keys.me_hash[i], value);
        }
        return d;
      }
      if (PyAnySet_CheckExact(iterable)) {
        const so = iterable as PySetObject;
        dictresize(d, estimate_log2_keysize(so.used), false);
        const pos = { pos: 0 };
        let e: { key: PyObject; hash: number } | null;
        while ((e = _PySet_NextEntry(so, pos)) !== null) {
          e.key.ob_refcnt++;
          value.ob_refcnt++;
          insertdict(d, e.key, e.hash, value);
        }
        return d;
      }
    }
    const it = PyObject_GetIter(iterable);
    try {
      let key: PyObject | null;
      const exact = PyDict_CheckExact(d);
      while ((key = PyIter_Next(it)) !== null) {
        try {
          if (exact) PyDict_SetItem(d, key, value);
          else PyObject_SetItem(d, key, value);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

function dict___contains__(self: PyObject, key: PyObject): PyObject {
  return PyBool_FromLong(PyDict_Contains(self, key));
}

function dict___getitem__(self: PyObject, key: PyObject): PyObject {
  return dict_subscript(self, key);
}

function dict___sizeof__(self: PyObject): PyObject {
  return PyLong_FromNumber(_PyDict_SizeOf(self));
}

function dict___reversed__(self: PyObject): PyObject {
  return dictiter_new(self as PyDictObject, PyDictRevIterKey_Type);
}

const dict_methods: PyMethodDef[] = [
  { ml_name: '__contains__', ml_meth: dict___contains__, ml_flags: METH.O | METH.COEXIST },
  { ml_name: '__getitem__', ml_meth: dict___getitem__, ml_flags: METH.O | METH.COEXIST },
  { ml_name: '__sizeof__', ml_meth: dict___sizeof__, ml_flags: METH.NOARGS },
  { ml_name: 'get', ml_meth: dict_get, ml_flags: METH.FASTCALL },
  { ml_name: 'setdefault', ml_meth: dict_setdefault, ml_flags: METH.FASTCALL },
  { ml_name: 'pop', ml_meth: dict_pop, ml_flags: METH.FASTCALL },
  { ml_name: 'popitem', ml_meth: dict_popitem, ml_flags: METH.NOARGS },
  { ml_name: 'keys', ml_meth: dict_keys, ml_flags: METH.NOARGS },
  { ml_name: 'items', ml_meth: dict_items, ml_flags: METH.NOARGS },
  { ml_name: 'values', ml_meth: dict_values, ml_flags: METH.NOARGS },
  { ml_name: 'update', ml_meth: dict_update, ml_flags: METH.VARARGS | METH.KEYWORDS },
  { ml_name: 'fromkeys', ml_meth: dict_fromkeys, ml_flags: METH.FASTCALL | METH.CLASS },
  { ml_name: 'clear', ml_meth: dict_clear, ml_flags: METH.NOARGS },
  { ml_name: 'copy', ml_meth: dict_copy, ml_flags: METH.NOARGS },
  { ml_name: '__reversed__', ml_meth: dict___reversed__, ml_flags: METH.NOARGS },
];

const D = PyDict_Type;
D.tp_dealloc = dict_dealloc;
D.tp_repr = dict_repr;
D.tp_hash = PyObject_HashNotImplemented;
D.tp_richcompare = dict_richcompare;
D.tp_iter = dict_iter;
D.tp_traverse = dict_traverse;
D.tp_clear = dict_tp_clear;
D.tp_refs = dict_refs;
D.tp_sizeof = _PyDict_SizeOf;
D.tp_init = dict_init;
D.tp_new = dict_new;
D.tp_vectorcall_ctor = dict_vectorcall;
D.tp_free = PyObject_GC_Del;
D.tp_methods = dict_methods;
D.sq_contains = dict_contains;
D.mp_length = dict_length;
D.mp_subscript = dict_subscript;
D.mp_ass_subscript = dict_ass_sub;
D.nb_or = dict_or;
D.nb_inplace_or = dict_ior;

export {
  PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type, PyDictRevIterKey_Type, PyDictRevIterValue_Type,
  PyDictRevIterItem_Type, PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type,
};
