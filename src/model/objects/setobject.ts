// set and frozenset (Objects/setobject.c, 3.11).
//
// An open-addressing hash table of (key, hash) entries. A PySetObject is 200 bytes
// (+16 GC head = sys.getsizeof(set()) == 216) and holds an inline `smalltable` of
// 8 entries; bigger tables are PyMem_Malloc'd (16 bytes per entry). Probing looks
// at LINEAR_PROBES (9) neighbours before jumping with the perturbed recurrence
// i = i*5 + 1 + perturb. Deleted entries become dummies (hash -1); an add that
// finds no equal key reuses a dummy on its probe path (measured: add 0..3, remove
// 1, add 9 iterates as {0, 9, 2, 3}). A table is resized when fill*5 >= mask*3, to the smallest
// power of two above used*4 (used*2 past 50000). Iteration walks the table in slot
// order, so with the numbers helper's hashes (PYTHONHASHSEED=0) the order of ints
// and strs matches CPython.

import { PyObject_ClearWeakRefs } from './weakrefobject';
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, CompareOp, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, PyMem_Malloc, PyMem_Free } from './objalloc';
import { PyErr_SetString, PyErr_Clear, isPyExc } from './errors';
import { PyExc_TypeError, PyExc_KeyError, PyExc_RuntimeError, PyExc_SystemError } from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { PyBool_FromLong, Py_True, Py_False } from './boolobject';
import { PyLong_FromNumber } from './longobject';
import { PyUnicode_Type, unicode_hash, PyUnicode_FromString, PyUnicode_Substring, type PyUnicodeObject } from './unicodeobject';
import {
  PyObject_Repr, PyObject_RichCompareBool, PyObject_GetIter, PyObject_Hash, PyIter_Next, PyObject_HashNotImplemented,
} from './abstract';
import { _Py_HashExact, _Py_RegisterExactHash, hashNumberFromBig } from './pyhash';
import {
  Py_ReprEnter, Py_ReprLeave, _PyArg_NoKwnames, _PyArg_NoKeywords, _PyArg_CheckPositional, hashHi, _PyType_GenericAllocInto,
} from './containerutil';
import { METH, METH_VARARGS_of, type PyMethodDef } from './methoddef';
import { type PyTupleObject } from './tupleobject';
import { PySequence_List } from './listobject';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { PyDict_CheckExact, _PyDict_Next, _PyDict_Contains_KnownHash, _PyErr_SetKeyError, type PyDictObject } from './dictobject';

const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;
const SET_BASICSIZE = 200;
const SETENTRY = 16;

/** The dummy key of deleted entries (static data in CPython, never counted: nothing of it
 *  changes, so every runtime shares it). */
const DummyType = new PyTypeObject(PyType_Type, '<dummy key>', 16, 0, 0);
const dummy = new PyObject(DummyType);

export class PySetObject extends PyObject {
  fill = 0;
  used = 0;
  mask = PySet_MINSIZE - 1;
  keys: (PyObject | null)[] = new Array<PyObject | null>(PySet_MINSIZE).fill(null);
  hashes: Float64Array = new Float64Array(PySet_MINSIZE);
  /** Address of a malloc'd table; 0 while the inline smalltable is used. */
  table_addr = 0;
  /** frozenset's cached hash (-1 = not computed), and its exact value. */
  hash = -1;
  hashExact: bigint | null = null;
  finger = 0;
}

export const PySet_Type = new PyTypeObject(PyType_Type, 'set', SET_BASICSIZE, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE);
export const PyFrozenSet_Type = new PyTypeObject(PyType_Type, 'frozenset', SET_BASICSIZE, 0, TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

function isSubtype(t: PyTypeObject, base: PyTypeObject): boolean {
  for (let x: PyTypeObject | null = t; x !== null; x = x.tp_base) if (x === base) return true;
  return false;
}

export function PySet_Check(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type || isSubtype(o.ob_type, PySet_Type);
}
export function PySet_CheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type;
}
export function PyFrozenSet_CheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PyFrozenSet_Type;
}
export function PyFrozenSet_Check(o: PyObject): o is PySetObject {
  return o.ob_type === PyFrozenSet_Type || isSubtype(o.ob_type, PyFrozenSet_Type);
}
export function PyAnySet_CheckExact(o: PyObject): o is PySetObject {
  return o.ob_type === PySet_Type || o.ob_type === PyFrozenSet_Type;
}
export function PyAnySet_Check(o: PyObject): o is PySetObject {
  return PyAnySet_CheckExact(o) || isSubtype(o.ob_type, PySet_Type) || isSubtype(o.ob_type, PyFrozenSet_Type);
}

function key_hash(key: PyObject): number {
  if (key.ob_type === PyUnicode_Type) {
    const h = (key as PyUnicodeObject).hash;
    return h !== -1 ? h : unicode_hash(key);
  }
  return PyObject_Hash(key);
}

// ---------------------------------------------------------------------------
// Table operations

// The model's hash numbers are exact in their low 53 bits; perturb >> 25 reads bits
// 25..88, so from the fifth perturbation on the probe uses the exact hash.
let exactPerturbHi = 0; // exactPerturbLo's second result (scratch)
function exactPerturbLo(key: PyObject, shift: number): number {
  const u = BigInt.asUintN(64, _Py_HashExact(key)) >> BigInt(shift);
  exactPerturbHi = Number((u >> 32n) & 0xffffffffn);
  return Number(u & 0xffffffffn);
}

/** set_add_entry: steals nothing (increfs key when stored). */
function set_add_entry(so: PySetObject, key: PyObject, hash: number): void {
  key.ob_refcnt++;
  try {
    restart: for (;;) {
      // The dummy slot the key can take: the last one on its probe path (measured:
      // this reproduces 3.11's iteration order over thousands of random add/remove
      // sequences, where taking the first dummy or none does not).
      let freeslot = -1;
      let mask = so.mask;
      let i = hash & mask;
      let plo = hash >>> 0, phi = hashHi(hash), rounds = 0;
      for (;;) {
        let keys = so.keys;
        const hashes = so.hashes;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const ek = keys[j];
          if (ek === null) {
            if (freeslot >= 0) {
              // found_unused_or_dummy: reuse the dummy slot; fill is unchanged.
              so.used++;
              keys[freeslot] = key;
              hashes[freeslot] = hash;
              return;
            }
            // found_unused
            so.fill++;
            so.used++;
            keys[j] = key;
            hashes[j] = hash;
            if (so.fill * 5 < mask * 3) return;
            set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
            return;
          }
          if (hashes[j] === hash && ek !== dummy) {
            if (ek === key) {
              Py_DECREF(key);
              return;
            }
            if (ek.ob_type === PyUnicode_Type && key.ob_type === PyUnicode_Type &&
                (ek as PyUnicodeObject).str === (key as PyUnicodeObject).str) {
              Py_DECREF(key);
              return;
            }
            const table = so.keys;
            ek.ob_refcnt++;
            let cmp: boolean;
            try {
              cmp = PyObject_RichCompareBool(ek, key, CompareOp.EQ);
            } finally {
              Py_DECREF(ek);
            }
            if (cmp) {
              Py_DECREF(key);
              return;
            }
            if (table !== so.keys || so.keys[j] !== ek) continue restart;
            mask = so.mask;
            keys = so.keys;
          } else if (ek === dummy) {
            freeslot = j;
          }
          j++;
        } while (probes-- > 0);
        if (++rounds < 5) {
          plo = ((plo >>> 5) | (phi << 27)) >>> 0;
          phi >>>= 5;
        } else if (rounds === 5) {
          plo = exactPerturbLo(key, 25);
          phi = exactPerturbHi;
        } else {
          plo = ((plo >>> 5) | (phi << 27)) >>> 0;
          phi >>>= 5;
        }
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
}

/** set_insert_clean: into a table known to have no dummies and not holding key. */
function set_insert_clean(keys: (PyObject | null)[], hashes: Float64Array, mask: number, key: PyObject, hash: number): void {
  let i = hash & mask;
  let plo = hash >>> 0, phi = hashHi(hash), rounds = 0;
  for (;;) {
    if (keys[i] === null) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = i;
      let found = false;
      for (let n = 0; n < LINEAR_PROBES; n++) {
        j++;
        if (keys[j] === null) {
          found = true;
          break;
        }
      }
      if (found) {
        i = j;
        break;
      }
    }
    if (++rounds < 5) {
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
    } else if (rounds === 5) {
      plo = exactPerturbLo(key, 25);
      phi = exactPerturbHi;
    } else {
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
    }
    i = (i * 5 + 1 + plo) & mask;
  }
  keys[i] = key;
  hashes[i] = hash;
}

/** set_table_resize: the smallest power of two > minused; the smalltable when that is 8. */
function set_table_resize(so: PySetObject, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldkeys = so.keys, oldhashes = so.hashes, oldmask = so.mask;
  const oldaddr = so.table_addr;
  if (newsize === PySet_MINSIZE) {
    if (oldaddr === 0 && so.fill === so.used) return; // no dummies: nothing to do
    so.table_addr = 0;
  } else {
    so.table_addr = PyMem_Malloc(SETENTRY * newsize, so, 'table');
  }
  const keys = new Array<PyObject | null>(newsize).fill(null);
  const hashes = new Float64Array(newsize);
  so.mask = newsize - 1;
  so.keys = keys;
  so.hashes = hashes;
  const newmask = so.mask;
  if (so.fill === so.used) {
    for (let i = 0; i <= oldmask; i++) {
      const k = oldkeys[i];
      if (k !== null) set_insert_clean(keys, hashes, newmask, k, oldhashes[i]);
    }
  } else {
    so.fill = so.used;
    for (let i = 0; i <= oldmask; i++) {
      const k = oldkeys[i];
      if (k !== null && k !== dummy) set_insert_clean(keys, hashes, newmask, k, oldhashes[i]);
    }
  }
  if (oldaddr !== 0) PyMem_Free(oldaddr);
}

/** set_lookkey: the slot index holding key, or -1. */
function set_lookkey(so: PySetObject, key: PyObject, hash: number): number {
  for (;;) {
    let mask = so.mask;
    let i = hash & mask;
    let plo = hash >>> 0, phi = hashHi(hash), rounds = 0;
    let restart = false;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const ek = so.keys[j];
        if (ek === null) return -1;
        if (so.hashes[j] === hash && ek !== dummy) {
          if (ek === key) return j;
          if (ek.ob_type === PyUnicode_Type && key.ob_type === PyUnicode_Type &&
              (ek as PyUnicodeObject).str === (key as PyUnicodeObject).str) return j;
          const table = so.keys;
          ek.ob_refcnt++;
          let cmp: boolean;
          try {
            cmp = PyObject_RichCompareBool(ek, key, CompareOp.EQ);
          } finally {
            Py_DECREF(ek);
          }
          if (table !== so.keys || so.keys[j] !== ek) {
            restart = true;
            break;
          }
          if (cmp) return j;
          mask = so.mask;
        }
        j++;
      } while (probes-- > 0);
      if (restart) break;
      if (++rounds < 5) {
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
      } else if (rounds === 5) {
        plo = exactPerturbLo(key, 25);
        phi = exactPerturbHi;
      } else {
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
      }
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

const DISCARD_NOTFOUND = 0;
const DISCARD_FOUND = 1;

function set_discard_entry(so: PySetObject, key: PyObject, hash: number): number {
  const j = set_lookkey(so, key, hash);
  if (j < 0) return DISCARD_NOTFOUND;
  const old_key = so.keys[j] as PyObject;
  so.keys[j] = dummy;
  so.hashes[j] = -1;
  so.used--;
  Py_DECREF(old_key);
  return DISCARD_FOUND;
}

function set_add_key(so: PySetObject, key: PyObject): void {
  set_add_entry(so, key, key_hash(key));
}

function set_contains_key(so: PySetObject, key: PyObject): boolean {
  return set_lookkey(so, key, key_hash(key)) >= 0;
}

function set_discard_key(so: PySetObject, key: PyObject): number {
  return set_discard_entry(so, key, key_hash(key));
}

/** set_next: the next live slot index at or after pos.pos, or -1. */
function set_next(so: PySetObject, pos: { pos: number }): number {
  let i = pos.pos;
  const keys = so.keys;
  const mask = so.mask;
  while (i <= mask && (keys[i] === null || keys[i] === dummy)) i++;
  pos.pos = i + 1;
  return i > mask ? -1 : i;
}

/** _PySet_NextEntry: borrowed key and its hash. */
export function _PySet_NextEntry(so: PySetObject, pos: { pos: number }): { key: PyObject; hash: number } | null {
  const i = set_next(so, pos);
  if (i < 0) return null;
  return { key: so.keys[i] as PyObject, hash: so.hashes[i] };
}

function set_empty_to_minsize(so: PySetObject): void {
  so.keys = new Array<PyObject | null>(PySet_MINSIZE).fill(null);
  so.hashes = new Float64Array(PySet_MINSIZE);
  so.fill = 0;
  so.used = 0;
  so.mask = PySet_MINSIZE - 1;
  so.table_addr = 0;
  so.hash = -1;
  so.hashExact = null;
}

/** set_clear_internal: the set is emptied first, then the old entries released. */
function set_clear_internal(so: PySetObject): void {
  const keys = so.keys;
  const addr = so.table_addr;
  let used = so.used;
  if (addr === 0 && so.fill === 0) return;
  set_empty_to_minsize(so);
  for (let i = 0; used > 0; i++) {
    const k = keys[i];
    if (k !== null && k !== dummy) {
      used--;
      Py_DECREF(k);
    }
  }
  if (addr !== 0) PyMem_Free(addr);
}

function set_merge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) set_table_resize(so, (so.used + other.used) * 2);
  const ok = other.keys, oh = other.hashes;
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const key = ok[i];
      if (key !== null) {
        key.ob_refcnt++;
        so.keys[i] = key;
        so.hashes[i] = oh[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const key = ok[i];
      if (key !== null && key !== dummy) {
        key.ob_refcnt++;
        set_insert_clean(so.keys, so.hashes, so.mask, key, oh[i]);
      }
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const key = other.keys[i];
    if (key !== null && key !== dummy) set_add_entry(so, key, other.hashes[i]);
  }
}

/** set_update_internal: another set, a dict (its keys) or any iterable. */
function set_update_internal(so: PySetObject, other: PyObject): void {
  if (PyAnySet_Check(other)) {
    set_merge(so, other);
    return;
  }
  if (PyDict_CheckExact(other)) {
    const d = other as PyDictObject;
    const dictsize = d.ma_used;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) set_table_resize(so, (so.used + dictsize) * 2);
    const pos = { pos: 0 };
    let i: number;
    while ((i = _PyDict_Next(d, pos)) >= 0) set_add_entry(so, d.ma_keys.me_key[i] as PyObject, d.ma_keys.me_hash[i]);
    return;
  }
  const it = PyObject_GetIter(other);
  try {
    let key: PyObject | null;
    while ((key = PyIter_Next(it)) !== null) {
      try {
        set_add_key(so, key);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** make_new_set: type->tp_alloc (PyType_GenericAlloc: tracked at once; sets have no free list). */
function make_new_set(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const so = _PyType_GenericAllocInto(new PySetObject(type), type, 0);
  if (iterable !== null) {
    try {
      set_update_internal(so, iterable);
    } catch (e) {
      Py_DECREF(so);
      throw e;
    }
  }
  return so;
}

function make_new_set_basetype(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  if (type !== PySet_Type && type !== PyFrozenSet_Type) {
    type = isSubtype(type, PySet_Type) ? PySet_Type : PyFrozenSet_Type;
  }
  return make_new_set(type, iterable);
}

function make_new_frozenset(type: PyTypeObject, iterable: PyObject | null): PyObject {
  if (type !== PyFrozenSet_Type) return make_new_set(type, iterable);
  if (iterable !== null && PyFrozenSet_CheckExact(iterable)) {
    Py_INCREF(iterable);
    return iterable;
  }
  return make_new_set(type, iterable);
}

// ---------------------------------------------------------------------------
// Public C-API

export function PySet_New(iterable: PyObject | null): PySetObject {
  return make_new_set(PySet_Type, iterable);
}

export function PyFrozenSet_New(iterable: PyObject | null): PySetObject {
  return make_new_set(PyFrozenSet_Type, iterable);
}

export function PySet_Add(anyset: PyObject, key: PyObject): void {
  if (!PySet_Check(anyset) && (!PyFrozenSet_Check(anyset) || anyset.ob_refcnt !== 1)) {
    PyErr_SetString(PyExc_SystemError, 'bad argument to internal function');
  }
  set_add_key(anyset as PySetObject, key);
}

export function PySet_Contains(anyset: PyObject, key: PyObject): boolean {
  return set_contains_key(anyset as PySetObject, key);
}

/** PySet_Discard: true when the key was present. */
export function PySet_Discard(set: PyObject, key: PyObject): boolean {
  return set_discard_key(set as PySetObject, key) === DISCARD_FOUND;
}

export function PySet_Size(anyset: PyObject): number {
  return (anyset as PySetObject).used;
}

export function PySet_Clear(set: PyObject): void {
  set_clear_internal(set as PySetObject);
}

/** _PySet_Update (SET_UPDATE). */
export function _PySet_Update(set: PyObject, iterable: PyObject): void {
  set_update_internal(set as PySetObject, iterable);
}

/** PySet_Pop: a new reference to an arbitrary element (the search finger's). */
export function PySet_Pop(set: PyObject): PyObject {
  return set_pop(set);
}

// ---------------------------------------------------------------------------
// Set algebra

function set_copy(so: PySetObject): PySetObject {
  return make_new_set_basetype(so.ob_type, so);
}

function set_contains_entry(so: PySetObject, key: PyObject, hash: number): boolean {
  return set_lookkey(so, key, hash) >= 0;
}

function set_intersection(so: PySetObject, other: PyObject): PySetObject {
  if (so === other) return set_copy(so);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    if (PyAnySet_Check(other)) {
      let a: PySetObject = so, b: PySetObject = other;
      if (b.used > a.used) {
        const t = a;
        a = b;
        b = t;
      }
      const pos = { pos: 0 };
      let i: number;
      while ((i = set_next(b, pos)) >= 0) {
        const key = b.keys[i] as PyObject, hash = b.hashes[i];
        key.ob_refcnt++;
        try {
          if (set_contains_entry(a, key, hash)) set_add_entry(result, key, hash);
        } finally {
          Py_DECREF(key);
        }
      }
      return result;
    }
    const it = PyObject_GetIter(other);
    try {
      let key: PyObject | null;
      while ((key = PyIter_Next(it)) !== null) {
        try {
          const hash = PyObject_Hash(key);
          if (set_contains_entry(so, key, hash)) {
            set_add_entry(result, key, hash);
            if (result.used >= so.used) break;
          }
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

function set_difference_update_internal(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (PyAnySet_Check(other)) {
    let o: PySetObject = other;
    if ((o.used >> 3) > so.used) o = set_intersection(so, o);
    else Py_INCREF(o);
    try {
      const pos = { pos: 0 };
      let i: number;
      while ((i = set_next(o, pos)) >= 0) {
        const key = o.keys[i] as PyObject;
        key.ob_refcnt++;
        try {
          set_discard_entry(so, key, o.hashes[i]);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(o);
    }
  } else {
    const it = PyObject_GetIter(other);
    try {
      let key: PyObject | null;
      while ((key = PyIter_Next(it)) !== null) {
        try {
          set_discard_key(so, key);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  }
  // If more than 1/4th are dummies, resize them away.
  if (so.fill - so.used <= (so.mask >>> 2)) return;
  set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function set_copy_and_difference(so: PySetObject, other: PyObject): PySetObject {
  const result = set_copy(so);
  try {
    set_difference_update_internal(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_difference(so: PySetObject, other: PyObject): PySetObject {
  let other_size: number;
  if (PyAnySet_Check(other)) other_size = other.used;
  else if (PyDict_CheckExact(other)) other_size = other.ma_used;
  else return set_copy_and_difference(so, other);
  if ((so.used >> 2) > other_size) return set_copy_and_difference(so, other);
  const result = make_new_set_basetype(so.ob_type, null);
  try {
    const pos = { pos: 0 };
    let i: number;
    while ((i = set_next(so, pos)) >= 0) {
      const key = so.keys[i] as PyObject, hash = so.hashes[i];
      key.ob_refcnt++;
      try {
        const rv = PyDict_CheckExact(other)
          ? _PyDict_Contains_KnownHash(other, key, hash)
          : set_contains_entry(other as PySetObject, key, hash);
        if (!rv) set_add_entry(result, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_symmetric_difference_update(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (PyDict_CheckExact(other)) {
    const pos = { pos: 0 };
    let i: number;
    while ((i = _PyDict_Next(other, pos)) >= 0) {
      const key = other.ma_keys.me_key[i] as PyObject, hash = other.ma_keys.me_hash[i];
      key.ob_refcnt++;
      try {
        if (set_discard_entry(so, key, hash) === DISCARD_NOTFOUND) set_add_entry(so, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
    return;
  }
  let otherset: PySetObject;
  if (PyAnySet_Check(other)) {
    Py_INCREF(other);
    otherset = other;
  } else {
    otherset = make_new_set_basetype(so.ob_type, other);
  }
  try {
    const pos = { pos: 0 };
    let i: number;
    while ((i = set_next(otherset, pos)) >= 0) {
      const key = otherset.keys[i] as PyObject, hash = otherset.hashes[i];
      key.ob_refcnt++;
      try {
        if (set_discard_entry(so, key, hash) === DISCARD_NOTFOUND) set_add_entry(so, key, hash);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(otherset);
  }
}

function set_symmetric_difference(so: PySetObject, other: PyObject): PySetObject {
  const otherset = make_new_set_basetype(so.ob_type, other);
  try {
    set_symmetric_difference_update(otherset, so);
  } catch (e) {
    Py_DECREF(otherset);
    throw e;
  }
  return otherset;
}

function set_issubset_impl(so: PySetObject, other: PyObject): boolean {
  if (!PyAnySet_Check(other)) {
    const tmp = make_new_set(PySet_Type, other);
    try {
      return set_issubset_impl(so, tmp);
    } finally {
      Py_DECREF(tmp);
    }
  }
  if (so.used > other.used) return false;
  const pos = { pos: 0 };
  let i: number;
  while ((i = set_next(so, pos)) >= 0) {
    const key = so.keys[i] as PyObject;
    key.ob_refcnt++;
    let rv: boolean;
    try {
      rv = set_contains_entry(other, key, so.hashes[i]);
    } finally {
      Py_DECREF(key);
    }
    if (!rv) return false;
  }
  return true;
}

function set_issuperset_impl(so: PySetObject, other: PyObject): boolean {
  if (PyAnySet_Check(other)) return set_issubset_impl(other, so);
  const it = PyObject_GetIter(other);
  try {
    let key: PyObject | null;
    while ((key = PyIter_Next(it)) !== null) {
      let rv: boolean;
      try {
        rv = set_contains_key(so, key);
      } finally {
        Py_DECREF(key);
      }
      if (!rv) return false;
    }
  } finally {
    Py_DECREF(it);
  }
  return true;
}

function set_isdisjoint_impl(so: PySetObject, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (PyAnySet_Check(other)) {
    let a: PySetObject = so, b: PySetObject = other;
    if (b.used > a.used) {
      const t = a;
      a = b;
      b = t;
    }
    const pos = { pos: 0 };
    let i: number;
    while ((i = set_next(b, pos)) >= 0) {
      const key = b.keys[i] as PyObject;
      key.ob_refcnt++;
      let rv: boolean;
      try {
        rv = set_contains_entry(a, key, b.hashes[i]);
      } finally {
        Py_DECREF(key);
      }
      if (rv) return false;
    }
    return true;
  }
  const it = PyObject_GetIter(other);
  try {
    let key: PyObject | null;
    while ((key = PyIter_Next(it)) !== null) {
      let rv: boolean;
      try {
        rv = set_contains_key(so, key);
      } finally {
        Py_DECREF(key);
      }
      if (rv) return false;
    }
  } finally {
    Py_DECREF(it);
  }
  return true;
}

/** set_swap_bodies: exchanges the tables (intersection_update, &=). */
function set_swap_bodies(a: PySetObject, b: PySetObject): void {
  const f = a.fill, u = a.used, m = a.mask, k = a.keys, h = a.hashes, ad = a.table_addr;
  a.fill = b.fill; a.used = b.used; a.mask = b.mask; a.keys = b.keys; a.hashes = b.hashes; a.table_addr = b.table_addr;
  b.fill = f; b.used = u; b.mask = m; b.keys = k; b.hashes = h; b.table_addr = ad;
  if (a.ob_type === PyFrozenSet_Type || b.ob_type === PyFrozenSet_Type) {
    const hh = a.hash, he = a.hashExact;
    a.hash = b.hash; a.hashExact = b.hashExact;
    b.hash = hh; b.hashExact = he;
  } else {
    a.hash = -1;
    b.hash = -1;
    a.hashExact = b.hashExact = null;
  }
}

// ---------------------------------------------------------------------------
// Slots

function set_dealloc(self: PyObject): void {
  const so = self as PySetObject;
  PyObject_GC_UnTrack(so);
  const trash = Py_TRASHCAN_BEGIN(so, set_dealloc);
  if (trash === Trash.DEPOSITED) return;
  if (so.ob_weakreflist !== null) PyObject_ClearWeakRefs(so);
  let used = so.used;
  const keys = so.keys;
  for (let i = 0; used > 0; i++) {
    const k = keys[i];
    if (k !== null && k !== dummy) {
      used--;
      Py_DECREF(k);
    }
  }
  if (so.table_addr !== 0) PyMem_Free(so.table_addr);
  so.table_addr = 0;
  (so.ob_type.tp_free as (o: PyObject) => void)(so);
  Py_TRASHCAN_END(trash);
}

function set_repr(self: PyObject): PyObject {
  const so = self as PySetObject;
  if (Py_ReprEnter(so)) return PyUnicode_FromString(`${so.ob_type.tp_name}(...)`);
  try {
    if (so.used === 0) return PyUnicode_FromString(`${so.ob_type.tp_name}()`);
    const keys = PySequence_List(so);
    let listrepr: PyObject;
    try {
      listrepr = PyObject_Repr(keys);
    } finally {
      Py_DECREF(keys);
    }
    const lr = listrepr as PyUnicodeObject;
    const tmp = PyUnicode_Substring(lr, 1, lr.length - 1);
    Py_DECREF(listrepr);
    const inner = tmp.str;
    Py_DECREF(tmp);
    if (so.ob_type !== PySet_Type) return PyUnicode_FromString(`${so.ob_type.tp_name}({${inner}})`);
    return PyUnicode_FromString(`{${inner}}`);
  } finally {
    Py_ReprLeave(so);
  }
}

function set_len(self: PyObject): number {
  return (self as PySetObject).used;
}

/** set_contains: a set key is looked up as a frozenset (unhashable otherwise). */
function set_contains(self: PyObject, key: PyObject): boolean {
  const so = self as PySetObject;
  try {
    return set_contains_key(so, key);
  } catch (e) {
    if (!PySet_Check(key) || !isPyExc(e, PyExc_TypeError)) throw e;
    PyErr_Clear(e);
    const tmpkey = make_new_set(PyFrozenSet_Type, key);
    try {
      return set_contains_key(so, tmpkey);
    } finally {
      Py_DECREF(tmpkey);
    }
  }
}

function set_traverse(self: PyObject, visit: RefVisitor): void {
  const so = self as PySetObject;
  const keys = so.keys;
  for (let i = 0; i <= so.mask; i++) {
    const k = keys[i];
    if (k !== null && k !== dummy) visit(k, 'element');
  }
}

function set_tp_clear(self: PyObject): void {
  set_clear_internal(self as PySetObject);
}

function set_sizeof(self: PyObject): number {
  const so = self as PySetObject;
  let res = so.ob_type.tp_basicsize;
  if (so.table_addr !== 0) res += (so.mask + 1) * SETENTRY;
  return res;
}

const U64 = (1n << 64n) - 1n;
function shuffle_bits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & U64)) * 3644798167n) & U64;
}

function frozenset_hash_exact(self: PyObject): bigint {
  const so = self as PySetObject;
  if (so.hashExact !== null) return so.hashExact;
  let hash = 0n;
  // CPython xors every slot's shuffled hash, then removes the effect of an odd
  // number of NULL and dummy slots: only live entries count.
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k === null || k === dummy) continue;
    hash ^= shuffle_bits(BigInt.asUintN(64, _Py_HashExact(k)));
  }
  hash ^= (BigInt(so.used + 1) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) hash = 590923713n;
  const r = BigInt.asIntN(64, hash);
  so.hashExact = r;
  return r;
}

function frozenset_hash(self: PyObject): number {
  const so = self as PySetObject;
  if (so.hash !== -1) return so.hash;
  const h = hashNumberFromBig(frozenset_hash_exact(so));
  so.hash = h;
  return h;
}

function set_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const so = v as PySetObject;
  if (!PyAnySet_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  switch (op) {
    case CompareOp.EQ:
      if (so.used !== w.used) return PyBool_FromLong(false);
      if (so.hash !== -1 && w.hash !== -1 && so.hash !== w.hash) return PyBool_FromLong(false);
      return PyBool_FromLong(set_issubset_impl(so, w));
    case CompareOp.NE: {
      const r1 = set_richcompare(v, w, CompareOp.EQ);
      const r = r1 === Py_False;
      Py_DECREF(r1);
      return PyBool_FromLong(r);
    }
    case CompareOp.LE:
      return PyBool_FromLong(set_issubset_impl(so, w));
    case CompareOp.GE:
      return PyBool_FromLong(set_issuperset_impl(so, w));
    case CompareOp.LT:
      if (so.used >= w.used) return PyBool_FromLong(false);
      return PyBool_FromLong(set_issubset_impl(so, w));
    default:
      if (so.used <= w.used) return PyBool_FromLong(false);
      return PyBool_FromLong(set_issuperset_impl(so, w));
  }
}

function notImpl(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function set_or(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return notImpl();
  const result = set_copy(so);
  if (so === other) return result;
  try {
    set_update_internal(result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_and(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return notImpl();
  return set_intersection(so, other);
}

function set_sub(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return notImpl();
  return set_difference(so, other);
}

function set_xor(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return notImpl();
  return set_symmetric_difference(so, other);
}

function set_ior(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return notImpl();
  set_update_internal(so as PySetObject, other);
  Py_INCREF(so);
  return so;
}

function set_intersection_update_one(so: PySetObject, other: PyObject): void {
  const tmp = set_intersection(so, other);
  set_swap_bodies(so, tmp);
  Py_DECREF(tmp);
}

function set_iand(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return notImpl();
  set_intersection_update_one(so as PySetObject, other);
  Py_INCREF(so);
  return so;
}

function set_isub(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return notImpl();
  set_difference_update_internal(so as PySetObject, other);
  Py_INCREF(so);
  return so;
}

function set_ixor(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return notImpl();
  set_symmetric_difference_update(so as PySetObject, other);
  Py_INCREF(so);
  return so;
}

// ---------------------------------------------------------------------------
// Iterator

export class PySetIterObject extends PyObject {
  si_set: PySetObject | null = null;
  si_used = 0;
  si_pos = 0;
  len = 0;
}

const SETITER_BASICSIZE = 48;
export const PySetIter_Type = new PyTypeObject(PyType_Type, 'set_iterator', SETITER_BASICSIZE, 0, TypeFlags.HAVE_GC);

function set_iter(self: PyObject): PyObject {
  const so = self as PySetObject;
  const si = new PySetIterObject(PySetIter_Type);
  _PyObject_GC_NewForIter(si);
  Py_INCREF(so);
  si.si_set = so;
  si.si_used = so.used;
  si.si_pos = 0;
  si.len = so.used;
  PyObject_GC_Track(si);
  return si;
}

function _PyObject_GC_NewForIter(si: PySetIterObject): void {
  _PyObject_GC_New(si, SETITER_BASICSIZE);
}

function setiter_iternext(self: PyObject): PyObject | null {
  const si = self as PySetIterObject;
  const so = si.si_set;
  if (so === null) return null;
  if (si.si_used !== so.used) {
    si.si_used = -1;
    PyErr_SetString(PyExc_RuntimeError, 'Set changed size during iteration');
  }
  let i = si.si_pos;
  const keys = so.keys;
  const mask = so.mask;
  while (i <= mask && (keys[i] === null || keys[i] === dummy)) i++;
  si.si_pos = i + 1;
  if (i > mask) {
    si.si_set = null;
    Py_DECREF(so);
    return null;
  }
  si.len--;
  const key = keys[i] as PyObject;
  key.ob_refcnt++;
  return key;
}

function setiter_dealloc(self: PyObject): void {
  const si = self as PySetIterObject;
  PyObject_GC_UnTrack(si);
  const s = si.si_set;
  si.si_set = null;
  if (s !== null) Py_DECREF(s);
  PyObject_GC_Del(si);
}

function setiter_traverse(self: PyObject, visit: RefVisitor): void {
  const s = (self as PySetIterObject).si_set;
  if (s !== null) visit(s, 'si_set');
}

function setiter_len(self: PyObject): PyObject {
  const si = self as PySetIterObject;
  return PyLong_FromNumber(si.si_set !== null && si.si_used === si.si_set.used ? si.len : 0);
}

PySetIter_Type.tp_dealloc = setiter_dealloc;
PySetIter_Type.tp_traverse = setiter_traverse;
PySetIter_Type.tp_refs = setiter_traverse;
PySetIter_Type.tp_iter = (self) => { Py_INCREF(self); return self; };
PySetIter_Type.tp_iternext = setiter_iternext;
PySetIter_Type.tp_free = PyObject_GC_Del;
PySetIter_Type.tp_sizeof = () => SETITER_BASICSIZE;
PySetIter_Type.tp_methods = [{ ml_name: '__length_hint__', ml_meth: setiter_len, ml_flags: METH.NOARGS }];

// ---------------------------------------------------------------------------
// Methods

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

function set_add(self: PyObject, key: PyObject): PyObject {
  set_add_key(self as PySetObject, key);
  return none();
}

/** remove/discard: a set argument is retried as a frozenset (set_remove, set_discard). */
function discardWithFrozenFallback(so: PySetObject, key: PyObject): number {
  try {
    return set_discard_key(so, key);
  } catch (e) {
    if (!PySet_Check(key) || !isPyExc(e, PyExc_TypeError)) throw e;
    PyErr_Clear(e);
    const tmpkey = make_new_set(PyFrozenSet_Type, key);
    try {
      return set_discard_key(so, tmpkey);
    } finally {
      Py_DECREF(tmpkey);
    }
  }
}

function set_remove(self: PyObject, key: PyObject): PyObject {
  if (discardWithFrozenFallback(self as PySetObject, key) === DISCARD_NOTFOUND) _PyErr_SetKeyError(key);
  return none();
}

function set_discard(self: PyObject, key: PyObject): PyObject {
  discardWithFrozenFallback(self as PySetObject, key);
  return none();
}

function set_pop(self: PyObject): PyObject {
  const so = self as PySetObject;
  if (so.used === 0) PyErr_SetString(PyExc_KeyError, 'pop from an empty set');
  let i = so.finger & so.mask;
  while (so.keys[i] === null || so.keys[i] === dummy) {
    i++;
    if (i > so.mask) i = 0;
  }
  const key = so.keys[i] as PyObject;
  so.keys[i] = dummy;
  so.hashes[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}

function set_clear(self: PyObject): PyObject {
  set_clear_internal(self as PySetObject);
  return none();
}

function set_copy_meth(self: PyObject): PyObject {
  return set_copy(self as PySetObject);
}

function frozenset_copy(self: PyObject): PyObject {
  if (self.ob_type === PyFrozenSet_Type) {
    Py_INCREF(self);
    return self;
  }
  return set_copy(self as PySetObject);
}

function set_union(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const so = self as PySetObject;
  const result = set_copy(so);
  try {
    for (let i = 0; i < nargs; i++) {
      if (args[i] === so) continue;
      set_update_internal(result, args[i]);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_update(self: PyObject, args: PyObject[], nargs: number): PyObject {
  for (let i = 0; i < nargs; i++) set_update_internal(self as PySetObject, args[i]);
  return none();
}

function set_intersection_multi(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const so = self as PySetObject;
  if (nargs === 0) return set_copy(so);
  Py_INCREF(so);
  let result: PySetObject = so;
  for (let i = 0; i < nargs; i++) {
    let newresult: PySetObject;
    try {
      newresult = set_intersection(result, args[i]);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    Py_DECREF(result);
    result = newresult;
  }
  return result;
}

function set_intersection_update_multi(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const tmp = set_intersection_multi(self, args, nargs) as PySetObject;
  set_swap_bodies(self as PySetObject, tmp);
  Py_DECREF(tmp);
  return none();
}

function set_difference_multi(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const so = self as PySetObject;
  if (nargs === 0) return set_copy(so);
  const result = set_difference(so, args[0]);
  try {
    for (let i = 1; i < nargs; i++) set_difference_update_internal(result, args[i]);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function set_difference_update(self: PyObject, args: PyObject[], nargs: number): PyObject {
  for (let i = 0; i < nargs; i++) set_difference_update_internal(self as PySetObject, args[i]);
  return none();
}

function set_symmetric_difference_meth(self: PyObject, other: PyObject): PyObject {
  return set_symmetric_difference(self as PySetObject, other);
}

function set_symmetric_difference_update_meth(self: PyObject, other: PyObject): PyObject {
  set_symmetric_difference_update(self as PySetObject, other);
  return none();
}

function set_issubset(self: PyObject, other: PyObject): PyObject {
  return PyBool_FromLong(set_issubset_impl(self as PySetObject, other));
}
function set_issuperset(self: PyObject, other: PyObject): PyObject {
  return PyBool_FromLong(set_issuperset_impl(self as PySetObject, other));
}
function set_isdisjoint(self: PyObject, other: PyObject): PyObject {
  return PyBool_FromLong(set_isdisjoint_impl(self as PySetObject, other));
}
function set_direct_contains(self: PyObject, key: PyObject): PyObject {
  return PyBool_FromLong(set_contains(self, key));
}
function set_sizeof_meth(self: PyObject): PyObject {
  return PyLong_FromNumber(set_sizeof(self));
}

const common_methods: PyMethodDef[] = [
  { ml_name: '__contains__', ml_meth: set_direct_contains, ml_flags: METH.O | METH.COEXIST },
  { ml_name: 'difference', ml_meth: METH_VARARGS_of(set_difference_multi), ml_flags: METH.VARARGS },
  { ml_name: 'intersection', ml_meth: METH_VARARGS_of(set_intersection_multi), ml_flags: METH.VARARGS },
  { ml_name: 'isdisjoint', ml_meth: set_isdisjoint, ml_flags: METH.O },
  { ml_name: 'issubset', ml_meth: set_issubset, ml_flags: METH.O },
  { ml_name: 'issuperset', ml_meth: set_issuperset, ml_flags: METH.O },
  { ml_name: '__sizeof__', ml_meth: set_sizeof_meth, ml_flags: METH.NOARGS },
  { ml_name: 'symmetric_difference', ml_meth: set_symmetric_difference_meth, ml_flags: METH.O },
  { ml_name: 'union', ml_meth: METH_VARARGS_of(set_union), ml_flags: METH.VARARGS },
];

const set_methods: PyMethodDef[] = [
  { ml_name: 'add', ml_meth: set_add, ml_flags: METH.O },
  { ml_name: 'clear', ml_meth: set_clear, ml_flags: METH.NOARGS },
  { ml_name: 'copy', ml_meth: set_copy_meth, ml_flags: METH.NOARGS },
  { ml_name: 'discard', ml_meth: set_discard, ml_flags: METH.O },
  { ml_name: 'difference_update', ml_meth: METH_VARARGS_of(set_difference_update), ml_flags: METH.VARARGS },
  { ml_name: 'intersection_update', ml_meth: METH_VARARGS_of(set_intersection_update_multi), ml_flags: METH.VARARGS },
  { ml_name: 'pop', ml_meth: set_pop, ml_flags: METH.NOARGS },
  { ml_name: 'remove', ml_meth: set_remove, ml_flags: METH.O },
  { ml_name: 'symmetric_difference_update', ml_meth: set_symmetric_difference_update_meth, ml_flags: METH.O },
  { ml_name: 'update', ml_meth: METH_VARARGS_of(set_update), ml_flags: METH.VARARGS },
  ...common_methods,
];

const frozenset_methods: PyMethodDef[] = [
  { ml_name: 'copy', ml_meth: frozenset_copy, ml_flags: METH.NOARGS },
  ...common_methods,
];

function set_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const so = self as PySetObject;
  _PyArg_NoKeywords('set', kwds);
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional(so.ob_type.tp_name, a.length, 0, 1);
  if (so.fill > 0) set_clear_internal(so);
  so.hash = -1;
  if (a.length === 0) return;
  set_update_internal(so, a[0]);
}

function set_new(type: PyTypeObject, _args: PyObject, _kwds: PyObject | null): PyObject {
  return make_new_set(type, null);
}

function set_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames('set', kwnames);
  _PyArg_CheckPositional('set', nargs, 0, 1);
  return make_new_set(type, nargs > 0 ? args[0] : null);
}

function frozenset_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyFrozenSet_Type) _PyArg_NoKeywords('frozenset', kwds);
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional(type.tp_name, a.length, 0, 1);
  return make_new_frozenset(type, a.length > 0 ? a[0] : null);
}

function frozenset_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames('frozenset', kwnames);
  _PyArg_CheckPositional('frozenset', nargs, 0, 1);
  return make_new_frozenset(type, nargs > 0 ? args[0] : null);
}

for (const t of [PySet_Type, PyFrozenSet_Type]) {
  t.tp_dealloc = set_dealloc;
  // offsetof(PySetObject, weakreflist) in 3.11: sets support weak references.
  t.tp_weaklistoffset = 192;
  t.tp_repr = set_repr;
  t.tp_richcompare = set_richcompare;
  t.tp_iter = set_iter;
  t.tp_traverse = set_traverse;
  t.tp_refs = set_traverse;
  t.tp_sizeof = set_sizeof;
  t.tp_free = PyObject_GC_Del;
  t.sq_length = set_len;
  t.sq_contains = set_contains;
  t.nb_subtract = set_sub;
  t.nb_and = set_and;
  t.nb_xor = set_xor;
  t.nb_or = set_or;
}
PySet_Type.tp_hash = PyObject_HashNotImplemented;
PySet_Type.tp_clear = set_tp_clear;
PySet_Type.tp_init = set_init;
PySet_Type.tp_new = set_new;
PySet_Type.tp_vectorcall_ctor = set_vectorcall;
PySet_Type.tp_methods = set_methods;
PySet_Type.nb_inplace_subtract = set_isub;
PySet_Type.nb_inplace_and = set_iand;
PySet_Type.nb_inplace_xor = set_ixor;
PySet_Type.nb_inplace_or = set_ior;
PyFrozenSet_Type.tp_hash = frozenset_hash;
PyFrozenSet_Type.tp_new = frozenset_new;
PyFrozenSet_Type.tp_vectorcall_ctor = frozenset_vectorcall;
PyFrozenSet_Type.tp_methods = frozenset_methods;
_Py_RegisterExactHash(PyFrozenSet_Type, frozenset_hash_exact);
void Py_True;
