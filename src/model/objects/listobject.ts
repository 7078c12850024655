// list (Objects/listobject.c, 3.11). A PyListObject is a 40-byte GC object
// (56-byte block with its PyGC_Head) plus a separately allocated item buffer of
// `allocated` pointers (PyMem_Malloc/Realloc: pymalloc up to 512 bytes). The
// buffer is resized exactly when CPython's list_resize() calls PyMem_Realloc, with
// its over-allocation formula, so ids, block reuse and sys.getsizeof match. Freed
// lists (exact type) go to a free list of 80 and keep their address.
//
// In the model, `ob_item` is a JS array whose length is always ob_size; the
// buffer's address is `ob_item_addr` (0 = NULL) and its capacity `allocated`.

import { SimulatedMemoryError } from '../memory/budget';
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, CompareOp, TypeFlags, rt, type RefVisitor,
  refLabelsWanted,
  refLabelWanted,
} from './object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { PyType_Type } from './typebase';
import {
  _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del, PyMem_Malloc, PyMem_MallocOwned,
  PyMem_ReallocOwned, PyMem_Free, freeListObserver,
} from './objalloc';
import type { BlockOwner } from '../memory/allocator';
import { PyErr_SetString, PyErr_NoMemory, PyErr_Clear, isPyExc } from './errors';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { PyExc_TypeError, PyExc_IndexError, PyExc_ValueError, PyExc_SystemError } from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_FromNumber } from './longobject';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import {
  PyObject_Repr, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_GetIter, PyNumber_AsSsize_t,
  PyIndex_Check, PyObject_HashNotImplemented,
} from './abstract';
import {
  Py_ReprEnter, Py_ReprLeave, PyObject_LengthHint, _PyArg_NoKeywords, _PyArg_NoKwnames, _PyArg_CheckPositional,
  _PyEval_SliceIndexNotNone, _PyType_GenericAllocInto, _PyArg_AsSsize_t, STARTUP_FREE_LISTS_311, _PyObject_StartupAlloc,
  _Py_XDECREF_ItemsReversed, _Py_INCREF_Items,
} from './containerutil';
import { METH, type PyMethodDef } from './methoddef';
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices } from './sliceobject';
import { PyTuple_CheckExact, _PyTuple_FromArray, richcompareLengths, type PyTupleObject } from './tupleobject';
import { PyListIter_New, PyListRevIter_New } from './iterobject';
import { list_sort_impl } from './listsort';
import { _PyEval_ChargeWork, _PyEval_ChargeBulkWork } from '../vm/chargework';

/** sizeof(PyListObject) = tp_basicsize. */
const LIST_BASICSIZE = 40;
const PTR = 8;
const NULLITEM = null as unknown as PyObject;

/** A packed array of nulls (grown by push, up to REPEAT_TEMPLATE_MAX) that nullItems
 *  slices: one bulk copy, and the result is packed (new Array(n) is not). */
const repeatTemplate: PyObject[] = [];
const REPEAT_TEMPLATE_MAX = 1 << 16;

/** `size` null items as a packed array of exactly that capacity (a slice of the
 *  template): pushing them one by one into [] grew the array (16 slots at the first
 *  push, 1.5x after), and new Array(size) would be holey. */
function nullItems(size: number): PyObject[] {
  if (size > REPEAT_TEMPLATE_MAX) {
    const items: PyObject[] = [];
    for (let i = 0; i < size; i++) items.push(NULLITEM);
    return items;
  }
  while (repeatTemplate.length < size) repeatTemplate.push(NULLITEM);
  return repeatTemplate.slice(0, size);
}

/** ob_item of every dead list (on the free list): shared and never written, so that a
 *  dealloc allocates no JS array; list_new_untracked's callers give a list from the
 *  free list an array of its own. */
const DEAD_ITEMS: PyObject[] = [];

export class PyListObject extends PyObject {
  /** The items; length is always ob_size. */
  ob_item: PyObject[] = [];
  /** Capacity of the item buffer in pointers (-1 while list.sort() runs). */
  allocated = 0;
  /** Address of the item buffer (PyMem_Malloc'd), 0 when ob_item is NULL. */
  ob_item_addr = 0;
  /** The allocator's owner record of the item buffer ({this, 'ob_item'}), made on the
   *  first buffer and kept with the JS object (free list reuse included), so that
   *  creating or growing a list does not allocate a record each time. */
  ob_item_owner: BlockOwner | null = null;
  get ob_size(): number {
    return this.ob_item.length;
  }
}

export const PyList_Type = new PyTypeObject(PyType_Type, 'list', LIST_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE | TypeFlags.LIST_SUBCLASS);

export function PyList_Check(o: PyObject): o is PyListObject {
  return (o.ob_type.tp_flags & TypeFlags.LIST_SUBCLASS) !== 0;
}

export function PyList_CheckExact(o: PyObject): o is PyListObject {
  return o.ob_type === PyList_Type;
}

// ---------------------------------------------------------------------------
// Free list (state->free_list, numfree), per runtime.

/** The active runtime's free list: module-level for list_dealloc's and PyList_New's
 *  speed, switched with the runtime (runtimestate.ts). */
let free_list: PyListObject[] = [];
_PyRuntime_RegisterState<PyListObject[]>({
  name: 'list free list',
  save: () => free_list,
  restore: (s) => {
    free_list = s;
  },
  fresh: () => [],
});
function listFreeList(): PyListObject[] {
  return free_list;
}

/** Puts the lists CPython's startup leaves on the free list (see containerutil.ts). */
export function _PyList_FillStartupFreeList(): void {
  if (rt.profile.version !== '3.11') return;
  const f = listFreeList();
  for (let k = 0; k < STARTUP_FREE_LISTS_311.list && f.length < rt.profile.memory.freeLists.list; k++) {
    f.push(_PyObject_StartupAlloc(new PyListObject(PyList_Type), LIST_BASICSIZE));
  }
}

/** Number of lists on the free list (sys._debugmallocstats). */
export function _PyList_FreeListCount(): number {
  return listFreeList().length;
}

/** Addresses of the lists on the free list, oldest first (the last is handed out next). */
export function _PyList_FreeListAddresses(): number[] {
  return listFreeList().map((o) => o.ob_addr);
}

/** _PyList_ClearFreeList: gc.collect(2) releases the kept list objects. */
export function _PyList_ClearFreeList(): void {
  const f = listFreeList();
  while (f.length > 0) PyObject_GC_Del(f.pop() as PyListObject);
}

// ---------------------------------------------------------------------------
// The item buffer

function setBuffer(self: PyListObject, nbytes: number): void {
  self.ob_item_addr = self.ob_item_addr === 0
    ? PyMem_MallocOwned(nbytes, itemOwner(self))
    : PyMem_ReallocOwned(self.ob_item_addr, nbytes, itemOwner(self));
}

/** The owner record of self's item buffer (PyListObject.ob_item_owner). */
function itemOwner(self: PyListObject): BlockOwner {
  let o = self.ob_item_owner;
  if (o === null) o = self.ob_item_owner = { obj: self, part: 'ob_item' };
  return o;
}

/** list_resize: ensures room for `newsize` items and sets ob_size (the caller fills
 *  new slots). Reallocates only when the capacity is too small or newsize falls
 *  below half of it; otherwise only ob_size changes. */
function list_resize(self: PyListObject, newsize: number): void {
  const allocated = self.allocated;
  const items = self.ob_item;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    setSize(items, newsize);
    return;
  }
  // Over-allocate proportionally (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...), padded to
  // a multiple of 4; don't over-allocate when newsize is closer to that than to ob_size.
  let new_allocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - items.length > new_allocated - newsize) new_allocated = (newsize + 3) & ~3;
  if (newsize === 0) new_allocated = 0;
  if (new_allocated > 0x0fffffffffffffff) PyErr_NoMemory();
  setBuffer(self, new_allocated * PTR);
  setSize(items, newsize);
  self.allocated = new_allocated;
}

function setSize(items: PyObject[], newsize: number): void {
  const n = items.length;
  if (newsize < n) items.length = newsize;
  else for (let i = n; i < newsize; i++) items.push(NULLITEM);
}

/** list_preallocate_exact: an empty list gets a buffer for `size` items rounded up to even. */
function list_preallocate_exact(self: PyListObject, size: number): void {
  size = (size + 1) & ~1;
  self.ob_item_addr = PyMem_MallocOwned(size * PTR, itemOwner(self));
  self.allocated = size;
}

// ---------------------------------------------------------------------------
// Creation

function list_alloc_object(): PyListObject {
  const f = listFreeList();
  if (f.length > 0) {
    const op = f.pop() as PyListObject;
    op.ob_refcnt = 1;
    if (freeListObserver.reuse !== null) freeListObserver.reuse(op, LIST_BASICSIZE);
    return op;
  }
  const op = new PyListObject(PyList_Type);
  _PyObject_GC_New(op, LIST_BASICSIZE);
  return op;
}

/** PyList_New: a tracked list of `size` null slots (PyMem_Calloc'd) for PyList_SET_ITEM. */
export function PyList_New(size: number): PyListObject {
  const op = list_new_untracked(size);
  op.ob_item = size > 0 ? nullItems(size) : [];
  PyObject_GC_Track(op);
  return op;
}

/** PyList_New without the slots and the tracking: the object (free list or GC
 *  allocation) and, for size > 0, its buffer of `size` pointers. The caller gives it
 *  its own ob_item: a list from the free list has DEAD_ITEMS and no buffer
 *  (list_dealloc leaves it so). */
function list_new_untracked(size: number): PyListObject {
  if (size < 0) PyErr_SetString(PyExc_SystemError, 'bad argument to internal function');
  const op = list_alloc_object();
  if (size > 0) op.ob_item_addr = itemsMallocOrRelease(op, size);
  op.allocated = size;
  return op;
}

/** list_new_prealloc: PyList_New(0) with a buffer for `size` items (size stays 0). */
function list_new_prealloc(size: number): PyListObject {
  const op = PyList_New(0);
  op.ob_item_addr = itemsMallocOrRelease(op, size);
  op.allocated = size;
  return op;
}

/** The item array of a new list; when the allocator refuses it, the half-made list is
 *  released before MemoryError is raised (PyList_New / list_new_prealloc:
 *  `Py_DECREF(op); return PyErr_NoMemory();`), so nothing leaks. */
function itemsMallocOrRelease(op: PyListObject, size: number): number {
  try {
    return PyMem_MallocOwned(size * PTR, itemOwner(op));
  } catch (e) {
    if (!(e instanceof SimulatedMemoryError)) throw e;
    Py_DECREF(op);
    return PyErr_NoMemory();
  }
}

/** _PyList_FromArraySteal: a list holding these references (BUILD_LIST). */
export function _PyList_FromArraySteal(src: readonly PyObject[], start = 0, n = src.length - start): PyListObject {
  const op = list_new_untracked(n);
  const items = (op.ob_item = n > 0 ? nullItems(n) : []);
  for (let i = 0; i < n; i++) items[i] = src[start + i];
  PyObject_GC_Track(op);
  return op;
}

/** PyList_SET_ITEM: steals v. */
export function PyList_SET_ITEM(l: PyObject, i: number, v: PyObject): void {
  (l as PyListObject).ob_item[i] = v;
}

/** PyList_GET_ITEM: borrowed. */
export function PyList_GET_ITEM(l: PyObject, i: number): PyObject {
  return (l as PyListObject).ob_item[i];
}

export function PyList_GET_SIZE(l: PyObject): number {
  return (l as PyListObject).ob_item.length;
}

export function PyList_Size(l: PyObject): number {
  if (!PyList_Check(l)) PyErr_SetString(PyExc_SystemError, 'bad argument to internal function');
  return l.ob_item.length;
}

/** PyList_GetItem (borrowed). */
export function PyList_GetItem(l: PyObject, i: number): PyObject {
  const items = (l as PyListObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_SetString(PyExc_IndexError, 'list index out of range');
  return items[i];
}

/** _PyList_AppendTakeRef: appends, taking over the reference (LIST_APPEND). */
export function _PyList_AppendTakeRef(self: PyListObject, newitem: PyObject): void {
  const items = self.ob_item;
  const len = items.length;
  if (self.allocated > len) {
    items.push(newitem);
    return;
  }
  // _PyList_AppendTakeRefListResize
  try {
    list_resize(self, len + 1);
  } catch (e) {
    Py_DECREF(newitem);
    throw e;
  }
  items[len] = newitem;
}

/** PyList_Append: increfs v. */
export function PyList_Append(l: PyObject, v: PyObject): void {
  v.ob_refcnt++;
  _PyList_AppendTakeRef(l as PyListObject, v);
}

/** ins1: list.insert. */
function ins1(self: PyListObject, where: number, v: PyObject): void {
  const n = self.ob_item.length;
  list_resize(self, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const items = self.ob_item;
  for (let i = n; --i >= where;) items[i + 1] = items[i];
  Py_INCREF(v);
  items[where] = v;
}

export function PyList_Insert(l: PyObject, where: number, v: PyObject): void {
  ins1(l as PyListObject, where, v);
}

/** PyList_AsTuple: a new tuple of the items. */
export function PyList_AsTuple(v: PyObject): PyObject {
  return _PyTuple_FromArray((v as PyListObject).ob_item);
}

/** PySequence_List: list(v) through a fresh list and list_extend. */
export function PySequence_List(v: PyObject): PyListObject {
  const result = PyList_New(0);
  try {
    list_extend(result, v);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** PySequence_Fast: v itself for an exact list or tuple, else a new list of its items. */
export function PySequence_Fast(v: PyObject, m: string): PyObject {
  if (PyList_CheckExact(v) || PyTuple_CheckExact(v)) {
    Py_INCREF(v);
    return v;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    // The message `m` replaces the TypeError of PyObject_GetIter.
    if (isPyExc(e, PyExc_TypeError)) {
      PyErr_Clear(e);
      PyErr_SetString(PyExc_TypeError, m);
    }
    throw e;
  }
  try {
    return PySequence_List(it);
  } finally {
    Py_DECREF(it);
  }
}

function fastItems(seq: PyObject): PyObject[] {
  return (seq as PyListObject | PyTupleObject).ob_item;
}

// ---------------------------------------------------------------------------
// Slicing and assignment

/** _list_clear: empties the list first, then drops the items (last first) and frees the buffer. */
function _list_clear(a: PyListObject): void {
  const addr = a.ob_item_addr;
  if (addr === 0 && a.ob_item.length === 0) return;
  const old = a.ob_item;
  a.ob_item = [];
  a.ob_item_addr = 0;
  a.allocated = 0;
  _Py_XDECREF_ItemsReversed(old, old.length);
  if (addr !== 0) PyMem_Free(addr);
}

function list_slice(a: PyListObject, ilow: number, ihigh: number): PyListObject {
  const len = ihigh - ilow;
  if (len <= 0) return PyList_New(0);
  const np = list_new_prealloc(len);
  const src = a.ob_item;
  _Py_INCREF_Items(src, ilow, ihigh);
  np.ob_item = src.slice(ilow, ihigh);
  return np;
}

export function PyList_GetSlice(a: PyObject, ilow: number, ihigh: number): PyObject {
  const l = a as PyListObject;
  const n = l.ob_item.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  return list_slice(l, ilow, ihigh);
}

/** list_ass_slice: a[ilow:ihigh] = v (v null deletes). The removed items are
 *  "recycled" into a temporary array (PyMem_Malloc'd when more than 8) and released
 *  only after the list is consistent again. */
function list_ass_slice(a: PyListObject, ilow: number, ihigh: number, v: PyObject | null): void {
  let v_as_SF: PyObject | null = null;
  let vitem: PyObject[] = [];
  let n = 0;
  if (v !== null) {
    if (v === a) {
      const copy = list_slice(a, 0, a.ob_item.length);
      try {
        list_ass_slice(a, ilow, ihigh, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    v_as_SF = PySequence_Fast(v, 'can only assign an iterable');
    vitem = fastItems(v_as_SF);
    n = vitem.length;
  }
  try {
    const size = a.ob_item.length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const norig = ihigh - ilow;
    const d = n - norig;
    if (size + d === 0) {
      _list_clear(a);
      return;
    }
    let item = a.ob_item;
    const s = norig * PTR;
    let recycleAddr = 0;
    if (s > 8 * PTR) recycleAddr = PyMem_Malloc(s, a, 'recycle');
    const recycle = item.slice(ilow, ihigh);
    if (d < 0) {
      // Delete -d items: move the tail down, then shrink.
      for (let k = ihigh; k < size; k++) item[k + d] = item[k];
      list_resize(a, size + d);
      item = a.ob_item;
    } else if (d > 0) {
      list_resize(a, size + d);
      item = a.ob_item;
      for (let k = size - 1; k >= ihigh; k--) item[k + d] = item[k];
    }
    for (let k = 0; k < n; k++, ilow++) {
      const w = vitem[k];
      w.ob_refcnt++;
      item[ilow] = w;
    }
    for (let k = norig - 1; k >= 0; --k) Py_XDECREF(recycle[k]);
    if (recycleAddr !== 0) PyMem_Free(recycleAddr);
  } finally {
    if (v_as_SF !== null) Py_DECREF(v_as_SF);
  }
}

export function PyList_SetSlice(a: PyObject, ilow: number, ihigh: number, v: PyObject | null): void {
  list_ass_slice(a as PyListObject, ilow, ihigh, v);
}

function list_ass_item(a: PyObject, i: number, v: PyObject | null): void {
  const l = a as PyListObject;
  if (i < 0 || i >= l.ob_item.length) PyErr_SetString(PyExc_IndexError, 'list assignment index out of range');
  if (v === null) {
    list_ass_slice(l, i, i + 1, null);
    return;
  }
  v.ob_refcnt++;
  const old = l.ob_item[i];
  l.ob_item[i] = v;
  Py_DECREF(old);
}

/** PyList_SetItem: steals v. */
export function PyList_SetItem(a: PyObject, i: number, v: PyObject): void {
  const l = a as PyListObject;
  if (i < 0 || i >= l.ob_item.length) {
    Py_DECREF(v);
    PyErr_SetString(PyExc_IndexError, 'list assignment index out of range');
  }
  const old = l.ob_item[i];
  l.ob_item[i] = v;
  Py_XDECREF(old);
}

// ---------------------------------------------------------------------------
// extend

/** list_extend: list.extend(iterable), `+=`, LIST_EXTEND. */
export function list_extend(self: PyListObject, iterable: PyObject): void {
  if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable) || iterable === self) {
    const src = (iterable as PyListObject | PyTupleObject).ob_item;
    const n = src.length;
    if (n === 0) return;
    const m = self.ob_item.length;
    if (self.ob_item_addr === 0) {
      // No buffer, so no items: the new items are a copy of src.
      list_preallocate_exact(self, n);
      _Py_INCREF_Items(src, 0, n);
      self.ob_item = src.slice();
      return;
    }
    list_resize(self, m + n);
    const dest = self.ob_item;
    for (let i = 0; i < n; i++) {
      const o = src[i];
      o.ob_refcnt++;
      dest[m + i] = o;
    }
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    const iternext = it.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
    // Guess a result list size: an empty list gets exactly that many slots (rounded
    // up to even), a non-empty one is resized for m + n (measured: [].extend('abc')
    // and list(iter('abc')) take 4 slots, [1].extend('abcdefg') takes 8).
    const n = PyObject_LengthHint(iterable, 8);
    const m = self.ob_item.length;
    if (self.ob_item_addr === 0) {
      if (n > 0) list_preallocate_exact(self, n);
    } else {
      list_resize(self, m + n);
      setSize(self.ob_item, m); // make the list sane again
    }
    for (;;) {
      const item = iternext(it);
      if (item === null) break;
      _PyEval_ChargeWork(1); // a C-level iteration (vm/chargework.ts)
      if (self.ob_item.length < self.allocated) self.ob_item.push(item);
      else _PyList_AppendTakeRef(self, item);
    }
    // Cut back the result list if the initial guess was too large.
    if (self.ob_item.length < self.allocated) list_resize(self, self.ob_item.length);
  } finally {
    Py_DECREF(it);
  }
}

/** _PyList_Extend: returns None (new reference). */
export function _PyList_Extend(self: PyObject, iterable: PyObject): PyObject {
  list_extend(self as PyListObject, iterable);
  Py_INCREF(Py_None);
  return Py_None;
}

// ---------------------------------------------------------------------------
// Slots

function list_dealloc(self: PyObject): void {
  const op = self as PyListObject;
  PyObject_GC_UnTrack(op);
  const trash = Py_TRASHCAN_BEGIN(op, list_dealloc);
  if (trash === Trash.DEPOSITED) return;
  const items = op.ob_item;
  if (op.ob_item_addr !== 0 || items.length > 0) {
    _Py_XDECREF_ItemsReversed(items, items.length);
    if (op.ob_item_addr !== 0) PyMem_Free(op.ob_item_addr);
  }
  op.ob_item = DEAD_ITEMS;
  op.ob_item_addr = 0;
  op.allocated = 0;
  const f = listFreeList();
  if (f.length < rt.profile.memory.freeLists.list && op.ob_type === PyList_Type) {
    if (freeListObserver.keep !== null) freeListObserver.keep(op);
    f.push(op);
  } else (op.ob_type.tp_free as (o: PyObject) => void)(op);
  Py_TRASHCAN_END(trash);
}

function list_repr(self: PyObject): PyObject {
  const v = self as PyListObject;
  if (v.ob_item.length === 0) return PyUnicode_FromString('[]');
  if (Py_ReprEnter(v)) return PyUnicode_FromString('[...]');
  try {
    let s = '[';
    // The list may change while reprs run: re-read the size each time.
    for (let i = 0; i < v.ob_item.length; ++i) {
      if (i > 0) s += ', ';
      const r = PyObject_Repr(v.ob_item[i]);
      s += (r as PyUnicodeObject).str;
      Py_DECREF(r);
    }
    s += ']';
    return PyUnicode_FromString(s);
  } finally {
    Py_ReprLeave(v);
  }
}

function list_length(self: PyObject): number {
  return (self as PyListObject).ob_item.length;
}

function list_contains(self: PyObject, el: PyObject): boolean {
  const a = self as PyListObject;
  for (let i = 0; i < a.ob_item.length; ++i) {
    const item = a.ob_item[i];
    item.ob_refcnt++;
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(item, el, CompareOp.EQ);
    } finally {
      Py_DECREF(item);
    }
    if (cmp) return true;
  }
  return false;
}

function list_item(self: PyObject, i: number): PyObject {
  const items = (self as PyListObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_SetString(PyExc_IndexError, 'list index out of range');
  const v = items[i];
  v.ob_refcnt++;
  return v;
}

function list_concat(self: PyObject, bb: PyObject): PyObject {
  if (!PyList_Check(bb)) {
    PyErr_SetString(PyExc_TypeError, `can only concatenate list (not "${bb.ob_type.tp_name}") to list`);
  }
  const a = self as PyListObject;
  const size = a.ob_item.length + bb.ob_item.length;
  if (size === 0) return PyList_New(0);
  const np = list_new_prealloc(size);
  _Py_INCREF_Items(a.ob_item, 0, a.ob_item.length);
  _Py_INCREF_Items(bb.ob_item, 0, bb.ob_item.length);
  np.ob_item = a.ob_item.concat(bb.ob_item);
  return np;
}

function list_repeat(self: PyObject, n: number): PyObject {
  const a = self as PyListObject;
  if (n < 0) n = 0;
  const len = a.ob_item.length;
  if (n > 0 && len > Number.MAX_SAFE_INTEGER / n) PyErr_NoMemory();
  const size = len * n;
  if (size === 0) return PyList_New(0);
  if (size > 0x0fffffffffffffff / PTR) PyErr_NoMemory();
  const np = list_new_prealloc(size);
  _PyEval_ChargeBulkWork(size); // its work, once the memory is allocated: a MemoryError comes first (vm/chargework.ts)
  const src = a.ob_item;
  for (let i = 0; i < len; i++) src[i].ob_refcnt += n;
  np.ob_item = repeatItems(src, n);
  return np;
}

/** src repeated n times (n >= 1), as a packed array. Pushing item by item was the cost
 *  of `[x] * n`; one item is a slice + fill of the template, more items double the
 *  copy with concat. */
function repeatItems(src: PyObject[], n: number): PyObject[] {
  const size = src.length * n;
  if (src.length === 1 && size <= REPEAT_TEMPLATE_MAX) return nullItems(size).fill(src[0]);
  let a = src.slice();
  while (a.length * 2 <= size) a = a.concat(a);
  if (a.length < size) a = a.concat(a.slice(0, size - a.length));
  return a;
}

function list_inplace_concat(self: PyObject, other: PyObject): PyObject {
  list_extend(self as PyListObject, other);
  Py_INCREF(self);
  return self;
}

function list_inplace_repeat(self: PyObject, n: number): PyObject {
  const l = self as PyListObject;
  const size = l.ob_item.length;
  if (size === 0 || n === 1) {
    Py_INCREF(l);
    return l;
  }
  if (n < 1) {
    _list_clear(l);
    Py_INCREF(l);
    return l;
  }
  if (size > Number.MAX_SAFE_INTEGER / n) PyErr_NoMemory();
  list_resize(l, size * n);
  _PyEval_ChargeBulkWork(size * n); // its work, once the memory is allocated: a MemoryError comes first (vm/chargework.ts)
  const items = l.ob_item;
  for (let j = 0; j < size; j++) items[j].ob_refcnt += n - 1;
  for (let k = size; k < size * n; k++) items[k] = items[k - size];
  Py_INCREF(l);
  return l;
}

function list_subscript(self: PyObject, item: PyObject): PyObject {
  const l = self as PyListObject;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += l.ob_item.length;
    return list_item(l, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, step] = PySlice_Unpack(item);
    const [start, stop, slicelength] = PySlice_AdjustIndices(l.ob_item.length, start0, stop0, step);
    if (slicelength <= 0) return PyList_New(0);
    if (step === 1) return list_slice(l, start, stop);
    const result = list_new_prealloc(slicelength);
    const src = l.ob_item, dst = result.ob_item;
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      const it = src[cur];
      it.ob_refcnt++;
      dst.push(it);
    }
    return result;
  }
  return PyErr_SetString(PyExc_TypeError, `list indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

function list_ass_subscript(self: PyObject, item: PyObject, value: PyObject | null): void {
  const l = self as PyListObject;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += l.ob_item.length;
    list_ass_item(l, i, value);
    return;
  }
  if (!PySlice_Check(item)) {
    PyErr_SetString(PyExc_TypeError, `list indices must be integers or slices, not ${item.ob_type.tp_name}`);
  }
  let [start, stop, step] = PySlice_Unpack(item);
  let slicelength: number;
  [start, stop, slicelength] = PySlice_AdjustIndices(l.ob_item.length, start, stop, step);
  if (step === 1) {
    list_ass_slice(l, start, stop, value);
    return;
  }
  // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === null) {
    if (slicelength <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const garbageAddr = PyMem_Malloc(slicelength * PTR, l, 'garbage');
    const items = l.ob_item;
    const garbage: PyObject[] = [];
    const size = items.length;
    let cur = start, i = 0;
    for (; cur < stop; cur += step, i++) {
      let lim = step - 1;
      garbage.push(items[cur]);
      if (cur + step >= size) lim = size - cur - 1;
      for (let k = 0; k < lim; k++) items[cur - i + k] = items[cur + 1 + k];
    }
    cur = start + slicelength * step;
    if (cur < size) {
      for (let k = cur; k < size; k++) items[k - slicelength] = items[k];
    }
    items.length = size - slicelength;
    let err: unknown = null;
    try {
      list_resize(l, items.length);
    } catch (e) {
      err = e;
    }
    for (let k = 0; k < slicelength; k++) Py_DECREF(garbage[k]);
    PyMem_Free(garbageAddr);
    if (err !== null) throw err;
    return;
  }
  // Assign to an extended slice.
  const seq = l === value ? list_slice(l, 0, l.ob_item.length) : PySequence_Fast(value, 'must assign iterable to extended slice');
  try {
    const seqitems = fastItems(seq);
    if (seqitems.length !== slicelength) {
      PyErr_SetString(PyExc_ValueError,
        `attempt to assign sequence of size ${seqitems.length} to extended slice of size ${slicelength}`);
    }
    if (slicelength === 0) return;
    const garbageAddr = PyMem_Malloc(slicelength * PTR, l, 'garbage');
    const selfitems = l.ob_item;
    const garbage: PyObject[] = [];
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      garbage.push(selfitems[cur]);
      const ins = seqitems[i];
      ins.ob_refcnt++;
      selfitems[cur] = ins;
    }
    for (let i = 0; i < slicelength; i++) Py_DECREF(garbage[i]);
    PyMem_Free(garbageAddr);
  } finally {
    Py_DECREF(seq);
  }
}

function list_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PyList_Check(v) || !PyList_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const vl = v.ob_item, wl = w.ob_item;
  if (vl.length !== wl.length && (op === CompareOp.EQ || op === CompareOp.NE)) {
    return PyBool_FromLong(op !== CompareOp.EQ);
  }
  let i = 0;
  for (; i < v.ob_item.length && i < w.ob_item.length; i++) {
    const vitem = v.ob_item[i];
    const witem = w.ob_item[i];
    if (vitem === witem) continue;
    vitem.ob_refcnt++;
    witem.ob_refcnt++;
    let k: boolean;
    try {
      k = PyObject_RichCompareBool(vitem, witem, CompareOp.EQ);
    } finally {
      Py_DECREF(vitem);
      Py_DECREF(witem);
    }
    if (!k) break;
  }
  const vn = v.ob_item.length, wn = w.ob_item.length;
  if (i >= vn || i >= wn) return richcompareLengths(vn, wn, op);
  if (op === CompareOp.EQ) return PyBool_FromLong(false);
  if (op === CompareOp.NE) return PyBool_FromLong(true);
  return PyObject_RichCompare(v.ob_item[i], w.ob_item[i], op);
}

function list_traverse(self: PyObject, visit: RefVisitor): void {
  const items = (self as PyListObject).ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const o = items[i];
    if (o !== null) visit(o, refLabelsWanted ? `[${i}]` : '');
  }
}

function list_refs(self: PyObject, visit: RefVisitor): void {
  const items = (self as PyListObject).ob_item;
  for (let i = 0; i < items.length; i++) {
    const o = items[i];
    if (o !== null && visit(o, refLabelWanted(o) ? `[${i}]` : '') === true) return;
  }
}

function list_clear_slot(self: PyObject): void {
  _list_clear(self as PyListObject);
}

/** list___sizeof__: the struct plus the allocated buffer (getsizeof adds the GC head). */
function list_sizeof(self: PyObject): number {
  const l = self as PyListObject;
  return l.ob_type.tp_basicsize + Math.max(l.allocated, 0) * PTR;
}

function list_iter(self: PyObject): PyObject {
  return PyListIter_New(self as PyListObject);
}

/** list___init__: list(iterable) re-initialises, then list_extend (3.11 asks no len() first:
 *  list_extend calls __iter__, then __len__ / __length_hint__ for its size guess). */
function list___init___impl(self: PyListObject, iterable: PyObject | null): void {
  if (self.ob_item_addr !== 0 || self.ob_item.length > 0) _list_clear(self);
  if (iterable === null) return;
  list_extend(self, iterable);
}

function list_init(self: PyObject, args: PyObject, kwargs: PyObject | null): void {
  if (self.ob_type === PyList_Type) _PyArg_NoKeywords('list', kwargs);
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional('list', a.length, 0, 1);
  list___init___impl(self as PyListObject, a.length > 0 ? a[0] : null);
}

function list_new(type: PyTypeObject, _args: PyObject, _kwargs: PyObject | null): PyObject {
  return _PyType_GenericAllocInto(new PyListObject(type), type, 0);
}

/** list_vectorcall: list(...) allocates with PyType_GenericAlloc, never from the
 *  free list (measured: `list()` adds 1 to gc count[0] even with lists on the free list). */
function list_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_NoKwnames('list', kwnames);
  _PyArg_CheckPositional('list', nargs, 0, 1);
  const list = _PyType_GenericAllocInto(new PyListObject(type), type, 0);
  if (nargs > 0) {
    try {
      list___init___impl(list, args[0]);
    } catch (e) {
      Py_DECREF(list);
      throw e;
    }
  }
  return list;
}

// ---------------------------------------------------------------------------
// Methods

function list_append(self: PyObject, object: PyObject): PyObject {
  PyList_Append(self, object);
  Py_INCREF(Py_None);
  return Py_None;
}

function list_extend_meth(self: PyObject, iterable: PyObject): PyObject {
  list_extend(self as PyListObject, iterable);
  Py_INCREF(Py_None);
  return Py_None;
}

function list_insert(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('insert', nargs, 2, 2);
  const index = _PyArg_AsSsize_t(args[0]);
  ins1(self as PyListObject, index, args[1]);
  Py_INCREF(Py_None);
  return Py_None;
}

function list_pop(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('pop', nargs, 0, 1);
  let index = nargs >= 1 ? _PyArg_AsSsize_t(args[0]) : -1;
  const l = self as PyListObject;
  const size = l.ob_item.length;
  if (size === 0) PyErr_SetString(PyExc_IndexError, 'pop from empty list');
  if (index < 0) index += size;
  if (index < 0 || index >= size) PyErr_SetString(PyExc_IndexError, 'pop index out of range');
  const v = l.ob_item[index];
  if (index === size - 1) {
    list_resize(l, size - 1);
    return v; // v owns the reference the list had
  }
  v.ob_refcnt++;
  try {
    list_ass_slice(l, index, index + 1, null);
  } catch (e) {
    Py_DECREF(v);
    throw e;
  }
  return v;
}

function list_remove(self: PyObject, value: PyObject): PyObject {
  const l = self as PyListObject;
  for (let i = 0; i < l.ob_item.length; i++) {
    const obj = l.ob_item[i];
    obj.ob_refcnt++;
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(obj, value, CompareOp.EQ);
    } finally {
      Py_DECREF(obj);
    }
    if (cmp) {
      list_ass_slice(l, i, i + 1, null);
      Py_INCREF(Py_None);
      return Py_None;
    }
  }
  return PyErr_SetString(PyExc_ValueError, 'list.remove(x): x not in list');
}

function list_index(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('index', nargs, 1, 3);
  const l = self as PyListObject;
  const value = args[0];
  let start = 0, stop = Number.MAX_SAFE_INTEGER;
  if (nargs >= 2) start = _PyEval_SliceIndexNotNone(args[1]);
  if (nargs >= 3) stop = _PyEval_SliceIndexNotNone(args[2]);
  if (start < 0) {
    start += l.ob_item.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l.ob_item.length;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < l.ob_item.length; i++) {
    const obj = l.ob_item[i];
    obj.ob_refcnt++;
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(obj, value, CompareOp.EQ);
    } finally {
      Py_DECREF(obj);
    }
    if (cmp) return PyLong_FromNumber(i);
  }
  const r = PyObject_Repr(value);
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return PyErr_SetString(PyExc_ValueError, `${s} is not in list`);
}

function list_count(self: PyObject, value: PyObject): PyObject {
  const l = self as PyListObject;
  let count = 0;
  for (let i = 0; i < l.ob_item.length; i++) {
    const obj = l.ob_item[i];
    if (obj === value) {
      count++;
      continue;
    }
    obj.ob_refcnt++;
    let cmp: boolean;
    try {
      cmp = PyObject_RichCompareBool(obj, value, CompareOp.EQ);
    } finally {
      Py_DECREF(obj);
    }
    if (cmp) count++;
  }
  return PyLong_FromNumber(count);
}

function list_clear(self: PyObject): PyObject {
  _list_clear(self as PyListObject);
  Py_INCREF(Py_None);
  return Py_None;
}

function list_copy(self: PyObject): PyObject {
  const l = self as PyListObject;
  return list_slice(l, 0, l.ob_item.length);
}

function list_reverse(self: PyObject): PyObject {
  const items = (self as PyListObject).ob_item;
  if (items.length > 1) items.reverse();
  Py_INCREF(Py_None);
  return Py_None;
}

/** PyList_Reverse. */
export function PyList_Reverse(self: PyObject): void {
  const items = (self as PyListObject).ob_item;
  if (items.length > 1) items.reverse();
}

function list_sort(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (nargs > 0) PyErr_SetString(PyExc_TypeError, 'sort() takes no positional arguments');
  let keyfunc: PyObject = Py_None;
  let reverse = false;
  if (kwnames !== null) {
    const names = (kwnames as PyTupleObject).ob_item;
    for (let i = 0; i < names.length; i++) {
      const name = (names[i] as PyUnicodeObject).str;
      const v = args[nargs + i];
      if (name === 'key') keyfunc = v;
      else if (name === 'reverse') reverse = _PyArg_AsInt(v) !== 0;
      else PyErr_SetString(PyExc_TypeError, `'${name}' is an invalid keyword argument for sort()`);
    }
  }
  list_sort_impl(self as PyListObject, keyfunc === Py_None ? null : keyfunc, reverse);
  Py_INCREF(Py_None);
  return Py_None;
}

/** _PyLong_AsInt through __index__ (Argument Clinic's "i" converter). */
function _PyArg_AsInt(v: PyObject): number {
  const n = _PyArg_AsSsize_t(v);
  if (n > 2147483647 || n < -2147483648) {
    PyErr_SetString(PyExc_TypeError, 'Python int too large to convert to C int');
  }
  return n;
}

/** PyList_Sort: list.sort() with no key. */
export function PyList_Sort(self: PyObject): void {
  list_sort_impl(self as PyListObject, null, false);
}

function list___reversed__(self: PyObject): PyObject {
  return PyListRevIter_New(self as PyListObject);
}

function list___sizeof__(self: PyObject): PyObject {
  return PyLong_FromNumber(list_sizeof(self));
}

const list_methods: PyMethodDef[] = [
  { ml_name: '__reversed__', ml_meth: list___reversed__, ml_flags: METH.NOARGS },
  { ml_name: '__sizeof__', ml_meth: list___sizeof__, ml_flags: METH.NOARGS },
  { ml_name: 'clear', ml_meth: list_clear, ml_flags: METH.NOARGS },
  { ml_name: 'copy', ml_meth: list_copy, ml_flags: METH.NOARGS },
  { ml_name: 'append', ml_meth: list_append, ml_flags: METH.O },
  { ml_name: 'insert', ml_meth: list_insert, ml_flags: METH.FASTCALL },
  { ml_name: 'extend', ml_meth: list_extend_meth, ml_flags: METH.O },
  { ml_name: 'pop', ml_meth: list_pop, ml_flags: METH.FASTCALL },
  { ml_name: 'remove', ml_meth: list_remove, ml_flags: METH.O },
  { ml_name: 'index', ml_meth: list_index, ml_flags: METH.FASTCALL },
  { ml_name: 'count', ml_meth: list_count, ml_flags: METH.O },
  { ml_name: 'reverse', ml_meth: list_reverse, ml_flags: METH.NOARGS },
  { ml_name: 'sort', ml_meth: list_sort, ml_flags: METH.FASTCALL | METH.KEYWORDS },
];

const L = PyList_Type;
L.tp_dealloc = list_dealloc;
L.tp_repr = list_repr;
L.tp_hash = PyObject_HashNotImplemented;
L.tp_richcompare = list_richcompare;
L.tp_iter = list_iter;
L.tp_traverse = list_traverse;
L.tp_clear = list_clear_slot;
L.tp_refs = list_refs;
L.tp_sizeof = list_sizeof;
L.tp_init = list_init;
L.tp_new = list_new;
L.tp_vectorcall_ctor = list_vectorcall;
L.tp_free = PyObject_GC_Del;
L.tp_methods = list_methods;
L.sq_length = list_length;
L.sq_concat = list_concat;
L.sq_repeat = list_repeat;
L.sq_item = list_item;
L.sq_ass_item = list_ass_item;
L.sq_contains = list_contains;
L.sq_inplace_concat = list_inplace_concat;
L.sq_inplace_repeat = list_inplace_repeat;
L.mp_length = list_length;
L.mp_subscript = list_subscript;
L.mp_ass_subscript = list_ass_subscript;

/** Internal hooks for listsort.ts (list.sort empties the list while it runs). */
export const _listInternals = {
  setBuffer,
  PTR,
};
