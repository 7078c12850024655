// CPython 3.11's per-interpreter free lists: deallocated objects of a few hot types
// are kept, memory and all, and handed out again by the next allocation of that type.
// An object served from a free list keeps its address — that is why `id([]) ==
// id([])` — and touches neither the allocator nor the GC counters: the dealloc that
// pushes it does not call PyObject_GC_Del (so generation 0's count is not
// decremented) and the allocation that pops it does not call _PyObject_GC_Link (so
// the count is not incremented and no collection can start). Only clearing a free
// list frees the memory (PyObject_GC_Del / PyObject_Free, through `release`).
//
// Which lists, and their capacities (profile.memory.freeLists):
//   list   80   Objects/listobject.c  list_dealloc / PyList_New (exact list type only)
//   dict   80   Objects/dictobject.c  dict_dealloc / new_dict (exact dict type only)
//   dict keys 80  free_keys_object / new_keys_object: keys of log2 size
//                 PyDict_LOG2_MINSIZE (8 slots) with unicode keys only
//   float  100  Objects/floatobject.c float_dealloc / PyFloat_FromDouble
//   tuple  2000 per length, Objects/tupleobject.c maybe_freelist_push / _pop. 3.11
//               pushes lengths 1..20 (index = len - 1 < PyTuple_NFREELISTS) but pops
//               only lengths below PyTuple_MAXSAVESIZE (1..19): 20-tuples pile up and
//               are never reused (measured: five `del` of 20-tuples → "5 free 20-sized
//               PyTupleObjects" in sys._debugmallocstats(), and a new 20-tuple still
//               bumps gc count[0]).
//   slice  1    Objects/sliceobject.c interp->slice_cache
// All are LIFO: the most recently freed object comes back first.
// gc.collect() of generation 2 empties them (Modules/gcmodule.c clear_freelists:
// tuples, floats, lists, dicts then dict keys, each from its most recent entry).

import type { MemoryProfile } from '../profiles/memory';

/** A bounded LIFO stack of freed objects (CPython: free_list[] + numfree). */
export class FreeList<T> {
  private items: T[] = [];
  /** Bumped on every change, for cheap views. */
  version = 0;

  constructor(
    /** The C struct name as sys._debugmallocstats prints it ("PyListObject"). */
    readonly name: string,
    readonly capacity: number,
  ) {}

  get numfree(): number {
    return this.items.length;
  }

  /** On dealloc: keeps `o` if there is room and returns true; false means the caller
   *  frees the memory as usual. */
  push(o: T): boolean {
    if (this.items.length >= this.capacity) return false;
    this.items.push(o);
    this.version++;
    return true;
  }

  /** On allocation: the most recently pushed object, or null (then allocate normally). */
  pop(): T | null {
    if (this.items.length === 0) return null;
    this.version++;
    return this.items.pop()!;
  }

  /** Empties the list, most recent first, handing each entry to `release` to free its memory. */
  clear(release: (o: T) => void): number {
    let n = 0;
    while (this.items.length > 0) {
      const o = this.items.pop()!;
      this.version++;
      release(o);
      n++;
    }
    return n;
  }

  /** The entries, oldest first (the last one is handed out next). */
  entries(): readonly T[] {
    return this.items;
  }
}

/** How clearing frees each kind of entry (the object helpers supply these). */
export interface FreeListRelease<O, K> {
  /** PyObject_GC_Del for tuples, lists, dicts, slices; PyObject_Free for floats. */
  object(kind: FreeListKind, o: O): void;
  /** PyObject_Free of a dict keys object. */
  dictKeys(k: K): void;
}

export type FreeListKind = 'tuple' | 'float' | 'list' | 'dict' | 'slice';

/** The free lists of one interpreter. O: the object type (PyObject); K: the dict keys representation. */
export class FreeLists<O, K = unknown> {
  readonly list: FreeList<O>;
  readonly dict: FreeList<O>;
  readonly dictKeys: FreeList<K>;
  readonly float: FreeList<O>;
  /** tuple[len - 1]: free list of tuples of length len (1..tupleMaxSaveSize). */
  readonly tuple: FreeList<O>[] = [];
  readonly slice: FreeList<O>;
  /** PyTuple_MAXSAVESIZE: maybe_freelist_pop serves lengths below it only. */
  private readonly tupleMaxSaveSize: number;

  constructor(mem: MemoryProfile) {
    const f = mem.freeLists;
    this.list = new FreeList('PyListObject', f.list);
    this.dict = new FreeList('PyDictObject', f.dict);
    this.dictKeys = new FreeList('PyDictKeysObject', f.dictKeys);
    this.float = new FreeList('PyFloatObject', f.float);
    for (let len = 1; len <= f.tupleMaxSaveSize; len++) this.tuple.push(new FreeList('PyTupleObject', f.tupleMaxFreeList));
    this.slice = new FreeList('PySliceObject', f.slice);
    this.tupleMaxSaveSize = f.tupleMaxSaveSize;
  }

  /** maybe_freelist_push: keeps a dead exact tuple of length len; false → free it. */
  pushTuple(len: number, o: O): boolean {
    if (len === 0 || len > this.tuple.length) return false;
    return this.tuple[len - 1].push(o);
  }

  /** maybe_freelist_pop: a tuple of length len to reuse, or null (never for len >= 20). */
  popTuple(len: number): O | null {
    if (len === 0 || len >= this.tupleMaxSaveSize) return null;
    return this.tuple[len - 1].pop();
  }

  /** clear_freelists (gc.collect(2)): frees every kept object in CPython's order.
   *  Returns the number of entries freed. */
  clearFreeLists(release: FreeListRelease<O, K>): number {
    let n = 0;
    for (const fl of this.tuple) n += fl.clear((o) => release.object('tuple', o));
    n += this.float.clear((o) => release.object('float', o));
    n += this.list.clear((o) => release.object('list', o));
    n += this.dict.clear((o) => release.object('dict', o));
    n += this.dictKeys.clear((k) => release.dictKeys(k));
    return n;
  }

  /** Sum of the version counters (changes whenever any list changes). */
  get version(): number {
    let v = this.list.version + this.dict.version + this.dictKeys.version + this.float.version + this.slice.version;
    for (const t of this.tuple) v += t.version;
    return v;
  }
}
