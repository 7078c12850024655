// tuple (Objects/tupleobject.c, 3.11). A PyTupleObject is a GC object whose items
// sit inline after the header: tp_basicsize 24, tp_itemsize 8, so a tuple of n
// items is one block of 16 (PyGC_Head) + 24 + 8n bytes. The empty tuple is a
// static singleton; tuples of length 1..19 are recycled through per-length free
// lists of up to 2000 each (allocation takes from them only for `size <
// PyTuple_MAXSAVESIZE`, so a 20-tuple is never reused — measured: creating a
// 20-tuple after freeing one adds 1 to gc.get_count(), a 19-tuple adds 0). A tuple popped from a free list keeps its
// address and does not touch the GC count.

import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, CompareOp, TypeFlags, _Py_RegisterStatic, rt,
  type RefVisitor,
  refLabelsWanted,
  refLabelWanted,
} from './object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { PyType_Type } from './typebase';
import { StaticLayout } from '../memory/static';
import {
  _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, PyGC_Head_SIZE,
  _PyObject_GC_IS_TRACKED, HostRecycler, _PyObject_GC_ResetRecycled, freeListObserver,
} from './objalloc';
import { PyErr_SetString, PyErr_NoMemory } from './errors';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { PyExc_TypeError, PyExc_IndexError, PyExc_ValueError, PyExc_SystemError } from './exceptions';
import { Py_NotImplemented } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_FromNumber } from './longobject';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import {
  PyObject_Repr, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_GetIter, PyNumber_AsSsize_t,
  PyIndex_Check,
} from './abstract';
import { _Py_HashExact, _Py_RegisterExactHash, hashNumberFromBig } from './pyhash';
import {
  Py_ReprEnter, Py_ReprLeave, PyObject_LengthHint, _PyArg_NoKeywords, _PyArg_CheckPositional, _PyEval_SliceIndexNotNone,
  _PyArg_NoKwnames, STARTUP_FREE_LISTS_311, _PyObject_StartupAlloc, _Py_XDECREF_ItemsReversed,
} from './containerutil';
import { METH, type PyMethodDef } from './methoddef';
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices } from './sliceobject';
import { PyList_CheckExact, PyList_AsTuple } from './listobject';
import { PyTupleIter_New } from './iterobject';
import { _PyEval_ChargeWork, _PyEval_ChargeBulkWork } from '../vm/chargework';

/** tp_basicsize (sizeof(PyTupleObject) - sizeof(PyObject *)) and tp_itemsize. */
const TUPLE_BASICSIZE = 24;
const TUPLE_ITEMSIZE = 8;

export class PyTupleObject extends PyObject {
  /** The items. Entries are null only while a tuple is being filled (PyTuple_New). */
  ob_item: PyObject[];
  constructor(type: PyTypeObject, n: number) {
    super(type);
    this.ob_item = nullItems(n);
  }
}

const NULL = null as unknown as PyObject;

/** n null items as packed elements with no spare capacity (an array literal for the
 *  common sizes): new Array(n) would be holey, slower to read for the tuple's life. */
function nullItems(n: number): PyObject[] {
  switch (n) {
    case 0: return [];
    case 1: return [NULL];
    case 2: return [NULL, NULL];
    case 3: return [NULL, NULL, NULL];
    case 4: return [NULL, NULL, NULL, NULL];
    case 5: return [NULL, NULL, NULL, NULL, NULL];
    case 6: return [NULL, NULL, NULL, NULL, NULL, NULL];
    case 7: return [NULL, NULL, NULL, NULL, NULL, NULL, NULL];
    case 8: return [NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL];
    default: {
      const items = [NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL];
      for (let i = 8; i < n; i++) items.push(NULL);
      return items;
    }
  }
}

export const PyTuple_Type = new PyTypeObject(PyType_Type, 'tuple', TUPLE_BASICSIZE, TUPLE_ITEMSIZE,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE | TypeFlags.TUPLE_SUBCLASS);

export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return (o.ob_type.tp_flags & TypeFlags.TUPLE_SUBCLASS) !== 0;
}

export function PyTuple_CheckExact(o: PyObject): o is PyTupleObject {
  return o.ob_type === PyTuple_Type;
}

// ---------------------------------------------------------------------------
// The empty tuple: static data in libpython (_Py_SINGLETON(tuple_empty)).
// Startup refcount measured on 3.11.7: `t = tuple(); sys.getrefcount(t)` printed
// 1000000552 = argument + t + 1000000550; one of those is the __main__ code
// object's co_localsplusnames (which the loader creates and increfs itself), so
// the baseline before the program's code exists is 1000000549.
const EMPTY_TUPLE_BASELINE = 1000000549;

export const _Py_EmptyTuple: PyTupleObject = _Py_RegisterStatic(new PyTupleObject(PyTuple_Type, 0), EMPTY_TUPLE_BASELINE);
_Py_EmptyTuple.ob_addr = new StaticLayout().staticAddress('()');

function tuple_get_empty(): PyTupleObject {
  _Py_EmptyTuple.ob_refcnt++;
  return _Py_EmptyTuple;
}

// ---------------------------------------------------------------------------
// Free lists (state->free_list[size-1], state->numfree[size-1]), per runtime.

/** The active runtime's lists (index = length - 1) and its profile's PyTuple_MAXSAVESIZE
 *  and PyTuple_MAXFREELIST: module-level for tuple_alloc's speed, switched with the
 *  runtime (runtimestate.ts). */
let free_lists: PyTupleObject[][] = [];
let maxSaveSize = 0;
let maxFreeList = 0;
interface TupleFreeLists { lists: PyTupleObject[][]; maxSaveSize: number; maxFreeList: number }
_PyRuntime_RegisterState<TupleFreeLists>({
  name: 'tuple free lists',
  save: () => ({ lists: free_lists, maxSaveSize, maxFreeList }),
  restore: (s) => {
    free_lists = s.lists;
    maxSaveSize = s.maxSaveSize;
    maxFreeList = s.maxFreeList;
  },
  fresh: () => {
    const caps = rt.profile.memory.freeLists;
    const lists: PyTupleObject[][] = [];
    for (let i = 0; i < caps.tupleMaxSaveSize; i++) lists.push([]);
    return { lists, maxSaveSize: caps.tupleMaxSaveSize, maxFreeList: caps.tupleMaxFreeList };
  },
});
function tupleFreeLists(): PyTupleObject[][] {
  return free_lists;
}

/** Puts the tuples CPython's startup leaves on the free lists (see containerutil.ts). */
export function _PyTuple_FillStartupFreeList(): void {
  if (rt.profile.version !== '3.11') return;
  const lists = tupleFreeLists();
  const counts = STARTUP_FREE_LISTS_311.tuple;
  for (let len = 1; len <= lists.length && len <= counts.length; len++) {
    for (let k = 0; k < counts[len - 1]; k++) {
      lists[len - 1].push(_PyObject_StartupAlloc(new PyTupleObject(PyTuple_Type, len), TUPLE_BASICSIZE + TUPLE_ITEMSIZE * len));
    }
  }
}

/** Number of tuples kept per length (index = length - 1), for sys._debugmallocstats. */
export function _PyTuple_FreeListCounts(): number[] {
  return tupleFreeLists().map((l) => l.length);
}

/** Addresses of the kept tuples per length (index = length - 1), oldest first. */
export function _PyTuple_FreeListAddresses(): number[][] {
  return tupleFreeLists().map((l) => l.map((o) => o.ob_addr));
}

/** _PyTuple_ClearFreeList: gc.collect(2) frees every kept tuple (PyObject_GC_Del). */
export function _PyTuple_ClearFreeList(): void {
  const lists = tupleFreeLists();
  for (const l of lists) {
    while (l.length > 0) {
      const op = l.pop() as PyTupleObject;
      PyObject_GC_Del(op);
      const len = op.ob_item.length;
      if (len <= RECYCLED_MAX_LEN) tuple_recycle(op, len);
    }
  }
}

/** tuple_alloc: a free-list tuple of this length, else a new GC block (untracked). */
function tuple_alloc(size: number): PyTupleObject {
  const lists = tupleFreeLists();
  if (size < maxSaveSize) {
    const l = lists[size - 1];
    if (l.length > 0) {
      const op = l.pop() as PyTupleObject;
      op.ob_refcnt = 1; // _Py_NewReference
      if (freeListObserver.reuse !== null) freeListObserver.reuse(op, TUPLE_BASICSIZE + TUPLE_ITEMSIZE * size);
      return op;
    }
  }
  if (size > 0x0fffffffffffffff) PyErr_NoMemory();
  const op = (size <= RECYCLED_MAX_LEN ? tuple_reuse(size) : null) ?? new PyTupleObject(PyTuple_Type, size);
  _PyObject_GC_New(op, TUPLE_BASICSIZE + TUPLE_ITEMSIZE * size);
  return op;
}

// Host-side recycling of the JS objects of exact tuples whose block was freed (free
// list full, or emptied by a full collection), one objalloc.ts HostRecycler per
// length: each tuple still gets and frees its simulated memory and counts in
// gc.get_count(); only V8's work of making and collecting the tuple and its item
// array is spared. 2**17 per length, so that the tuples of a 100,000-item list come
// back (many_objects drops 150,000 pairs per round: 4% less CPU than with 2**14,
// same peak RSS).
const RECYCLED_MAX_LEN = 19;
const recycledBySize: HostRecycler<PyTupleObject>[] = [];
for (let i = 0; i <= RECYCLED_MAX_LEN; i++) recycledBySize.push(new HostRecycler<PyTupleObject>(1 << 17));

/** After PyObject_GC_Del of an exact tuple of 1..RECYCLED_MAX_LEN items. */
function tuple_recycle(op: PyTupleObject, len: number): void {
  if (!recycledBySize[len].keep(op)) return;
  const items = op.ob_item;
  for (let i = 0; i < len; i++) items[i] = NULL;
}

/** A recycled tuple of `size` null items in the state the constructor gives, or null. */
function tuple_reuse(size: number): PyTupleObject | null {
  const op = recycledBySize[size].take();
  if (op === null) return null;
  _PyObject_GC_ResetRecycled(op);
  return op;
}

/** PyTuple_New: a tracked tuple of `size` null items (the caller fills them with
 *  PyTuple_SET_ITEM). Size 0 returns the empty singleton. */
export function PyTuple_New(size: number): PyTupleObject {
  if (size === 0) return tuple_get_empty();
  const op = tuple_alloc(size);
  const items = op.ob_item;
  for (let i = 0; i < size; i++) items[i] = null as unknown as PyObject;
  PyObject_GC_Track(op);
  return op;
}

/** PyTuple_SET_ITEM: steals the reference to v. */
export function PyTuple_SET_ITEM(t: PyObject, i: number, v: PyObject): void {
  (t as PyTupleObject).ob_item[i] = v;
}

/** PyTuple_GET_ITEM: borrowed. */
export function PyTuple_GET_ITEM(t: PyObject, i: number): PyObject {
  return (t as PyTupleObject).ob_item[i];
}

export function PyTuple_GET_SIZE(t: PyObject): number {
  return (t as PyTupleObject).ob_item.length;
}

/** PyTuple_Size: with the type check of the C function. */
export function PyTuple_Size(t: PyObject): number {
  if (!PyTuple_Check(t)) PyErr_SetString(PyExc_SystemError, 'bad argument to internal function');
  return t.ob_item.length;
}

/** PyTuple_GetItem (borrowed) with the C function's IndexError. */
export function PyTuple_GetItem(t: PyObject, i: number): PyObject {
  const items = (t as PyTupleObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_SetString(PyExc_IndexError, 'tuple index out of range');
  return items[i];
}

/** PyTuple_Pack: a new tuple of the given items (each increfed). */
export function PyTuple_Pack(...items: PyObject[]): PyTupleObject {
  return _PyTuple_FromArray(items);
}

/** _PyTuple_FromArray: increfs each item. */
export function _PyTuple_FromArray(src: readonly PyObject[], start = 0, n = src.length - start): PyTupleObject {
  if (n === 0) return tuple_get_empty();
  const op = tuple_alloc(n);
  const dst = op.ob_item;
  for (let i = 0; i < n; i++) {
    const v = src[start + i];
    v.ob_refcnt++;
    dst[i] = v;
  }
  PyObject_GC_Track(op);
  return op;
}

/** _PyTuple_FromArraySteal: takes over the references (BUILD_TUPLE). */
export function _PyTuple_FromArraySteal(src: readonly PyObject[], start = 0, n = src.length - start): PyTupleObject {
  if (n === 0) return tuple_get_empty();
  const op = tuple_alloc(n);
  const dst = op.ob_item;
  for (let i = 0; i < n; i++) dst[i] = src[start + i];
  PyObject_GC_Track(op);
  return op;
}

/** _PyTuple_Resize: grows or shrinks a tuple the caller owns alone. PyObject_GC_Resize
 *  reallocates the block, which may move it (a new id). Returns the (possibly new) tuple. */
export function _PyTuple_Resize(v: PyTupleObject, newsize: number): PyTupleObject {
  const oldsize = v.ob_item.length;
  if (v.ob_type !== PyTuple_Type || (oldsize !== 0 && v.ob_refcnt !== 1)) {
    PyErr_SetString(PyExc_SystemError, 'bad argument to internal function');
  }
  if (oldsize === newsize) return v;
  if (newsize === 0) {
    Py_DECREF(v);
    return tuple_get_empty();
  }
  if (oldsize === 0) {
    // The empty tuple is static: never resized in place.
    Py_DECREF(v);
    return PyTuple_New(newsize);
  }
  if (_PyObject_GC_IS_TRACKED(v)) PyObject_GC_UnTrack(v);
  const items = v.ob_item;
  for (let i = newsize; i < oldsize; i++) {
    const o = items[i];
    items[i] = null as unknown as PyObject;
    if (o !== null) Py_DECREF(o);
  }
  const block = rt.mem.realloc(v.ob_addr - PyGC_Head_SIZE, PyGC_Head_SIZE + TUPLE_BASICSIZE + TUPLE_ITEMSIZE * newsize,
    { obj: v, part: 'object' });
  v.ob_addr = block + PyGC_Head_SIZE;
  items.length = newsize;
  for (let i = oldsize; i < newsize; i++) items[i] = null as unknown as PyObject;
  PyObject_GC_Track(v);
  return v;
}

// ---------------------------------------------------------------------------
// Slots

function tupledealloc(self: PyObject): void {
  const op = self as PyTupleObject;
  const items = op.ob_item;
  const len = items.length;
  if (len === 0) return; // the static empty tuple (or an emptied subclass instance)
  PyObject_GC_UnTrack(op);
  const trash = Py_TRASHCAN_BEGIN(op, tupledealloc);
  if (trash === Trash.DEPOSITED) return;
  _Py_XDECREF_ItemsReversed(items, len);
  // maybe_freelist_push: exact tuples of length 1..PyTuple_MAXSAVESIZE (20) are kept,
  // though maybe_freelist_pop only serves lengths below 20 (measured by the memory
  // helper: freed 20-tuples pile up in sys._debugmallocstats and are never reused).
  if (!tuple_freelist_push(op, items, len)) {
    (op.ob_type.tp_free as (o: PyObject) => void)(op);
    if (len <= RECYCLED_MAX_LEN && op.ob_type === PyTuple_Type) tuple_recycle(op, len);
  }
  Py_TRASHCAN_END(trash);
}

/** maybe_freelist_push. */
function tuple_freelist_push(op: PyTupleObject, items: PyObject[], len: number): boolean {
  if (len > maxSaveSize || op.ob_type !== PyTuple_Type) return false;
  const l = tupleFreeLists()[len - 1];
  if (l.length >= maxFreeList) return false;
  if (freeListObserver.keep !== null) freeListObserver.keep(op);
  for (let i = 0; i < len; i++) items[i] = null as unknown as PyObject;
  l.push(op);
  return true;
}

function tuplerepr(self: PyObject): PyObject {
  const v = self as PyTupleObject;
  const n = v.ob_item.length;
  if (n === 0) return PyUnicode_FromString('()');
  // A tuple can contain itself only through a mutable object it holds.
  if (Py_ReprEnter(v)) return PyUnicode_FromString('(...)');
  try {
    let s = '(';
    for (let i = 0; i < v.ob_item.length; i++) {
      if (i > 0) s += ', ';
      const r = PyObject_Repr(v.ob_item[i]);
      s += (r as PyUnicodeObject).str;
      Py_DECREF(r);
    }
    s += n === 1 ? ',)' : ')';
    return PyUnicode_FromString(s);
  } finally {
    Py_ReprLeave(v);
  }
}

// tuplehash: 3.11's xxHash-based combination (64-bit constants), computed in
// uint64 arithmetic over the exact item hashes.
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const U64 = (1n << 64n) - 1n;

export function _PyTuple_HashExact(self: PyObject): bigint {
  const items = (self as PyTupleObject).ob_item;
  const len = items.length;
  let acc = XXPRIME_5;
  for (let i = 0; i < len; i++) {
    const lane = BigInt.asUintN(64, _Py_HashExact(items[i]));
    acc = (acc + lane * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(len) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

function tuplehash(self: PyObject): number {
  return hashNumberFromBig(_PyTuple_HashExact(self));
}

function tuplelength(self: PyObject): number {
  return (self as PyTupleObject).ob_item.length;
}

function tuplecontains(self: PyObject, el: PyObject): boolean {
  const items = (self as PyTupleObject).ob_item;
  for (let i = 0; i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i], el, CompareOp.EQ)) return true;
  }
  return false;
}

function tupleitem(self: PyObject, i: number): PyObject {
  const items = (self as PyTupleObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_SetString(PyExc_IndexError, 'tuple index out of range');
  const v = items[i];
  v.ob_refcnt++;
  return v;
}

function tupleconcat(a: PyObject, bb: PyObject): PyObject {
  const ta = a as PyTupleObject;
  if (ta.ob_item.length === 0 && PyTuple_CheckExact(bb)) {
    Py_INCREF(bb);
    return bb;
  }
  if (!PyTuple_Check(bb)) {
    PyErr_SetString(PyExc_TypeError, `can only concatenate tuple (not "${bb.ob_type.tp_name}") to tuple`);
  }
  const b = bb as PyTupleObject;
  if (b.ob_item.length === 0 && PyTuple_CheckExact(a)) {
    Py_INCREF(a);
    return a;
  }
  const size = ta.ob_item.length + b.ob_item.length;
  if (size === 0) return tuple_get_empty();
  const np = tuple_alloc(size);
  const dst = np.ob_item;
  let k = 0;
  for (const v of ta.ob_item) { v.ob_refcnt++; dst[k++] = v; }
  for (const v of b.ob_item) { v.ob_refcnt++; dst[k++] = v; }
  PyObject_GC_Track(np);
  return np;
}

function tuplerepeat(self: PyObject, n: number): PyObject {
  const a = self as PyTupleObject;
  const len = a.ob_item.length;
  if (len === 0 || n === 1) {
    if (PyTuple_CheckExact(a)) {
      Py_INCREF(a);
      return a;
    }
  }
  if (len === 0 || n <= 0) return tuple_get_empty();
  if (n > Number.MAX_SAFE_INTEGER / len) PyErr_NoMemory();
  const size = len * n;
  if (size > 1e9) PyErr_NoMemory();
  const np = tuple_alloc(size);
  _PyEval_ChargeBulkWork(size); // its work, once the memory is allocated: a MemoryError comes first (vm/chargework.ts)
  const dst = np.ob_item;
  let k = 0;
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < len; i++) {
      const v = a.ob_item[i];
      v.ob_refcnt++;
      dst[k++] = v;
    }
  }
  PyObject_GC_Track(np);
  return np;
}

function tuplesubscript(self: PyObject, item: PyObject): PyObject {
  const t = self as PyTupleObject;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += t.ob_item.length;
    return tupleitem(t, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, step] = PySlice_Unpack(item);
    const [start, , slicelength] = PySlice_AdjustIndices(t.ob_item.length, start0, stop0, step);
    if (slicelength <= 0) return tuple_get_empty();
    if (start === 0 && step === 1 && slicelength === t.ob_item.length && PyTuple_CheckExact(t)) {
      Py_INCREF(t);
      return t;
    }
    const result = tuple_alloc(slicelength);
    const dst = result.ob_item;
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      const v = t.ob_item[cur];
      v.ob_refcnt++;
      dst[i] = v;
    }
    PyObject_GC_Track(result);
    return result;
  }
  return PyErr_SetString(PyExc_TypeError, `tuple indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

function tuplerichcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PyTuple_Check(v) || !PyTuple_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const vi = v.ob_item, wi = w.ob_item;
  const vlen = vi.length, wlen = wi.length;
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    if (!PyObject_RichCompareBool(vi[i], wi[i], CompareOp.EQ)) break;
  }
  if (i >= vlen || i >= wlen) return richcompareLengths(vlen, wlen, op);
  if (op === CompareOp.EQ) return PyBool_FromLong(false);
  if (op === CompareOp.NE) return PyBool_FromLong(true);
  return PyObject_RichCompare(vi[i], wi[i], op);
}

/** Py_RETURN_RICHCOMPARE on two lengths. */
export function richcompareLengths(a: number, b: number, op: CompareOp): PyObject {
  let r: boolean;
  switch (op) {
    case CompareOp.LT: r = a < b; break;
    case CompareOp.LE: r = a <= b; break;
    case CompareOp.EQ: r = a === b; break;
    case CompareOp.NE: r = a !== b; break;
    case CompareOp.GT: r = a > b; break;
    default: r = a >= b; break;
  }
  return PyBool_FromLong(r);
}

function tupletraverse(self: PyObject, visit: RefVisitor): void {
  const items = (self as PyTupleObject).ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const o = items[i];
    if (o !== null) visit(o, refLabelsWanted ? `[${i}]` : '');
  }
}

function tuplerefs(self: PyObject, visit: RefVisitor): void {
  const items = (self as PyTupleObject).ob_item;
  for (let i = 0; i < items.length; i++) {
    const o = items[i];
    if (o !== null && visit(o, refLabelWanted(o) ? `[${i}]` : '') === true) return;
  }
}

function tuplesizeof(self: PyObject): number {
  return TUPLE_BASICSIZE + TUPLE_ITEMSIZE * (self as PyTupleObject).ob_item.length;
}

function tuple_iter(self: PyObject): PyObject {
  return PyTupleIter_New(self as PyTupleObject);
}

/** PySequence_Tuple (Objects/abstract.c): tuple(v). Exact tuples are returned
 *  as they are, lists are copied, anything else is iterated into a tuple sized by
 *  PyObject_LengthHint(v, 10), grown by (n + 10) * 1.25 and cut back at the end. */
export function PySequence_Tuple(v: PyObject): PyObject {
  if (PyTuple_CheckExact(v)) {
    Py_INCREF(v);
    return v;
  }
  if (PyList_CheckExact(v)) return PyList_AsTuple(v);
  const it = PyObject_GetIter(v);
  try {
    let n = PyObject_LengthHint(v, 10);
    let result = PyTuple_New(n);
    const next = it.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
    let j = 0;
    try {
      for (; ; j++) {
        const item = next(it);
        if (item === null) break;
        _PyEval_ChargeWork(1); // a C-level iteration (vm/chargework.ts)
        if (j >= n) {
          let newn = n + 10;
          newn += newn >> 2;
          n = newn;
          result = _PyTuple_Resize(result, n);
        }
        result.ob_item[j] = item;
      }
      if (j < n) result = _PyTuple_Resize(result, j);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  } finally {
    Py_DECREF(it);
  }
}

function tuple_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  if (type === PyTuple_Type) _PyArg_NoKeywords('tuple', kwargs);
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional('tuple', a.length, 0, 1);
  return tuple_new_impl(type, a.length > 0 ? a[0] : null);
}

function tuple_new_impl(type: PyTypeObject, iterable: PyObject | null): PyObject {
  if (type !== PyTuple_Type) return tuple_subtype_new(type, iterable);
  if (iterable === null) return tuple_get_empty();
  return PySequence_Tuple(iterable);
}

/** tuple_subtype_new: builds an exact tuple, then copies it into an instance of the subtype. */
function tuple_subtype_new(type: PyTypeObject, iterable: PyObject | null): PyObject {
  const tmp = tuple_new_impl(PyTuple_Type, iterable) as PyTupleObject;
  const n = tmp.ob_item.length;
  const newobj = new PyTupleObject(type, n);
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) Py_INCREF(type);
  _PyObject_GC_New(newobj, type.tp_basicsize + TUPLE_ITEMSIZE * n);
  for (let i = 0; i < n; i++) {
    const v = tmp.ob_item[i];
    Py_INCREF(v);
    newobj.ob_item[i] = v;
  }
  PyObject_GC_Track(newobj);
  Py_DECREF(tmp);
  return newobj;
}

function tuple_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames('tuple', kwnames);
  _PyArg_CheckPositional('tuple', nargs, 0, 1);
  return tuple_new_impl(type, nargs > 0 ? args[0] : null);
}

// ---------------------------------------------------------------------------
// Methods

function tuple_index(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('index', nargs, 1, 3);
  const items = (self as PyTupleObject).ob_item;
  let start = 0, stop = Number.MAX_SAFE_INTEGER;
  if (nargs >= 2) start = _PyEval_SliceIndexNotNone(args[1]);
  if (nargs >= 3) stop = _PyEval_SliceIndexNotNone(args[2]);
  if (start < 0) {
    start += items.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += items.length;
  else if (stop > items.length) stop = items.length;
  for (let i = start; i < stop && i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i], args[0], CompareOp.EQ)) return PyLong_FromNumber(i);
  }
  return PyErr_SetString(PyExc_ValueError, 'tuple.index(x): x not in tuple');
}

function tuple_count(self: PyObject, value: PyObject): PyObject {
  const items = (self as PyTupleObject).ob_item;
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i], value, CompareOp.EQ)) count++;
  }
  return PyLong_FromNumber(count);
}

function tuple_getnewargs(self: PyObject): PyObject {
  const t = self as PyTupleObject;
  const copy = _PyTuple_FromArray(t.ob_item);
  const r = PyTuple_Pack(copy);
  Py_DECREF(copy);
  return r;
}

const tuple_methods: PyMethodDef[] = [
  { ml_name: '__getnewargs__', ml_meth: tuple_getnewargs, ml_flags: METH.NOARGS },
  { ml_name: 'index', ml_meth: tuple_index, ml_flags: METH.FASTCALL },
  { ml_name: 'count', ml_meth: tuple_count, ml_flags: METH.O },
];

const T = PyTuple_Type;
T.tp_dealloc = tupledealloc;
T.tp_repr = tuplerepr;
T.tp_hash = tuplehash;
T.tp_richcompare = tuplerichcompare;
T.tp_iter = tuple_iter;
T.tp_traverse = tupletraverse;
T.tp_refs = tuplerefs;
T.tp_sizeof = tuplesizeof;
T.tp_new = tuple_new;
T.tp_vectorcall_ctor = tuple_vectorcall;
T.tp_free = PyObject_GC_Del;
T.tp_methods = tuple_methods;
T.sq_length = tuplelength;
T.sq_concat = tupleconcat;
T.sq_repeat = tuplerepeat;
T.sq_item = tupleitem;
T.sq_contains = tuplecontains;
T.mp_length = tuplelength;
T.mp_subscript = tuplesubscript;
_Py_RegisterExactHash(PyTuple_Type, _PyTuple_HashExact);
