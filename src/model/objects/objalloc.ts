// The allocation convention every object type follows (Objects/object.c
// _PyObject_New, Modules/gcmodule.c _PyObject_GC_New / gc_alloc, PyObject_GC_Del).
// An object's address (id()) is where its struct starts; a GC object's block
// starts 16 bytes earlier with the PyGC_Head, and an instance of a class with a
// managed dict (3.11 Py_TPFLAGS_MANAGED_DICT) has 16 more bytes before that for
// the dict and values pointers (Include/internal/pycore_object.h
// _PyObject_ManagedDictPointer: ((PyObject **)obj)[-3]).
// Objects served by a free list (memory/freelist.ts) skip all of this and keep
// the address they had.

import { PyObject, TypeFlags, GC_UNTRACKED, rt } from './object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import type { BlockOwner } from '../memory/allocator';
import type { GCState } from '../gc/gcstate';

/** sizeof(PyGC_Head) on 64-bit. */
export const PyGC_Head_SIZE = 16;
/** 3.11: two pointers (dict, values) before the GC head of managed-dict instances. */
export const MANAGED_DICT_PREHEADER = 16;

/** Bytes before the object address within its block (GC head + managed-dict pre-header). */
export function _PyType_PreHeaderSize(flags: number): number {
  return ((flags & TypeFlags.HAVE_GC) !== 0 ? PyGC_Head_SIZE : 0) +
    ((flags & TypeFlags.MANAGED_DICT) !== 0 ? MANAGED_DICT_PREHEADER : 0);
}

/** _PyObject_New / PyObject_Malloc for a non-GC object of `nbytes` (tp_basicsize + items). */
export function _PyObject_New<T extends PyObject>(o: T, nbytes: number): T {
  o.ob_addr = rt.mem.malloc(nbytes, o);
  return o;
}

/** _PyObject_GC_New / _PyObject_GC_NewVar: pre-header + nbytes from PyObject_Malloc,
 *  then _PyObject_GC_Link (count[0]++ and possibly a collection, before the object
 *  is tracked — 3.11 collects at allocation time). The caller tracks it when it is
 *  fully initialised (PyObject_GC_Track). */
export function _PyObject_GC_New<T extends PyObject>(o: T, nbytes: number): T {
  const pre = (o.ob_type.tp_flags & TypeFlags.MANAGED_DICT) !== 0 ? PyGC_Head_SIZE + MANAGED_DICT_PREHEADER : PyGC_Head_SIZE;
  o.ob_addr = rt.mem.malloc(pre + nbytes, o) + pre;
  rt.gc.link(o);
  return o;
}

export function PyObject_GC_Track(o: PyObject): void {
  if (o.gc_gen === GC_UNTRACKED) rt.gc.track(o);
}

export function PyObject_GC_UnTrack(o: PyObject): void {
  if (o.gc_gen !== GC_UNTRACKED) rt.gc.untrack(o);
}

export function _PyObject_GC_IS_TRACKED(o: PyObject): boolean {
  return o.gc_gen !== GC_UNTRACKED;
}

/** PyObject_GC_Del: untracks if needed, count[0]-- (when positive), frees the whole block. */
export function PyObject_GC_Del(o: PyObject): void {
  if (o.gc_gen !== GC_UNTRACKED) rt.gc.untrack(o);
  rt.gc.unlink(o);
  const pre = (o.ob_type.tp_flags & TypeFlags.MANAGED_DICT) !== 0 ? PyGC_Head_SIZE + MANAGED_DICT_PREHEADER : PyGC_Head_SIZE;
  rt.mem.free(o.ob_addr - pre);
}

/** PyObject_Free for a non-GC object. */
export function PyObject_Free(o: PyObject): void {
  rt.mem.free(o.ob_addr);
}

/** PyMem_Malloc for a buffer owned by `obj` (item arrays, dict keys, values arrays). 3.11's
 *  PyMem_Malloc is pymalloc, so this is the same allocator as objects. */
export function PyMem_Malloc(nbytes: number, obj: PyObject, part: string): number {
  return rt.mem.malloc(nbytes, { obj, part });
}

/** PyMem_Malloc with an owner record the caller keeps (and may reuse for the same object). */
export function PyMem_MallocOwned(nbytes: number, owner: BlockOwner): number {
  return rt.mem.malloc(nbytes, owner);
}

export function PyMem_Realloc(addr: number, nbytes: number, obj: PyObject, part: string): number {
  return rt.mem.realloc(addr, nbytes, { obj, part });
}

/** PyMem_Realloc with an owner record the caller keeps (see PyMem_MallocOwned). */
export function PyMem_ReallocOwned(addr: number, nbytes: number, owner: BlockOwner): number {
  return rt.mem.realloc(addr, nbytes, owner);
}

export function PyMem_Free(addr: number): void {
  rt.mem.free(addr);
}

/** Whether the JS object of a deallocated object may be kept for reuse (host-side
 *  recycling: exact ints, tuples, class instances). Not while a collection observer
 *  (the per-line trace, the panel) is installed: those know objects by their JS
 *  identity across a line or a collection, and a freed object coming back as a new
 *  one within that span would be taken for the same. Collectors other than GCState
 *  (unit tests' counting hooks) have no observers and no `events`: no recycling. */
function _Py_HostRecyclingAllowed(): boolean {
  return (rt.gc as GCState).events === null;
}

interface RecyclerContents {
  items: PyObject[];
  n: number;
}
/** Every HostRecycler (one per module-level pool, process-wide). */
const recyclers: HostRecycler<PyObject>[] = [];
_PyRuntime_RegisterState<RecyclerContents[]>({
  name: 'host recyclers',
  save: () => recyclers.map((r) => r._save()),
  restore: (s) => {
    for (let i = 0; i < recyclers.length; i++) recyclers[i]._restore(s[i] ?? { items: [], n: 0 });
  },
  fresh: () => [],
});

/** Host-side recycling of the JS objects of deallocated objects of one kind. Not a
 *  free list: each object still gets and frees its simulated memory (and counts in
 *  gc.get_count()); only V8's work of making and collecting the JS object is spared.
 *  Whoever reuses one resets it to the state a new one has. The convention it relies
 *  on: nobody keeps a PyObject past its deallocation. Bounded, so that dropping a huge
 *  container does not pin its items' JS memory. The kept objects belong to the active
 *  runtime and are switched with it (runtimestate.ts), so no runtime is handed another's. */
export class HostRecycler<T extends PyObject> {
  private items: T[] = [];
  private n = 0;
  constructor(private readonly max: number = 1 << 16) {
    recyclers.push(this as unknown as HostRecycler<PyObject>);
  }

  /** The kept objects, handed over to the outgoing runtime (the recycler is left empty). */
  _save(): RecyclerContents {
    const out = { items: this.items as PyObject[], n: this.n };
    this.items = [];
    this.n = 0;
    return out;
  }

  _restore(c: RecyclerContents): void {
    this.items = c.items as T[];
    this.n = c.n;
  }

  /** Keeps `o`, whose simulated memory is freed, unless full or observed (see above). */
  keep(o: T): boolean {
    if (this.n >= this.max || !_Py_HostRecyclingAllowed()) return false;
    this.items[this.n++] = o;
    return true;
  }

  /** A kept object (in the state keep() left it), or null. */
  take(): T | null {
    return this.n > 0 ? this.items[--this.n] : null;
  }
}

/** The header of a recycled GC object back to what the PyObject constructor gives a new
 *  one: one reference, no address yet, an untracked GC head. */
export function _PyObject_GC_ResetRecycled(o: PyObject): void {
  o.ob_refcnt = 1;
  o.ob_addr = 0;
  o.gc_prev = null;
  o.gc_next = null;
  o.gc_refs = 0;
  o.gc_gen = GC_UNTRACKED;
  o.gc_finalized = false;
}

/** Objects leaving a type's free list (reused: a new object for the program, in the same
 *  memory) and joining one (dead for the program, its block kept): the per-line trace
 *  listens. Null when nobody does: one test per free-list operation. */
export const freeListObserver: {
  reuse: ((o: PyObject, size: number) => void) | null;
  keep: ((o: PyObject) => void) | null;
  /** True while a full collection empties the free lists (clear_freelists): the blocks freed then held no live object. */
  clearing: boolean;
} = { reuse: null, keep: null, clearing: false };
