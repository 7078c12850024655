// The GC's doubly linked lists (Modules/gcmodule.c "list functions"). Every
// tracked object sits on exactly one list through its PyGC_Head (gc_prev /
// gc_next): a generation, the permanent generation, or one of a collection's
// temporary lists (unreachable, finalizers, wrcb_to_call...). A list is headed by
// a sentinel that is never an object, so moving a node is O(1) and a whole list is
// spliced onto another in O(1) (gc_list_merge).
//
// CPython packs gc_refs and two flags into the head's pointer bits while it
// collects (PREV_MASK_COLLECTING, NEXT_MASK_UNREACHABLE). The model keeps
// gc_prev/gc_next as real links at all times and records those flags in
// `gc_gen` instead (see gcstate.ts: GC_COLLECTING, GC_UNREACHABLE).

import { PyObject, PyTypeObject } from '../objects/object';

/** A list head (struct gc_generation's `head`, or a PyGC_Head on the C stack). */
export class PyGC_ListHead extends PyObject {
  /** Generation number for the panel ('unreachable', 'finalizers'... for a collection's own lists). */
  readonly label: string;
  constructor(label: string) {
    // Never dereferenced as an object: list walks stop at the head.
    super(null as unknown as PyTypeObject);
    this.label = label;
    this.gc_prev = this;
    this.gc_next = this;
  }
}

export function gc_list_init(list: PyObject): void {
  list.gc_prev = list;
  list.gc_next = list;
}

export function gc_list_is_empty(list: PyObject): boolean {
  return list.gc_next === list;
}

/** Append `node` to the end of `list`. */
export function gc_list_append(node: PyObject, list: PyObject): void {
  const last = list.gc_prev as PyObject;
  node.gc_prev = last;
  last.gc_next = node;
  node.gc_next = list;
  list.gc_prev = node;
}

/** Unlink `node` from whatever list it is on (gc_list_remove / _PyObject_GC_UNTRACK). */
export function gc_list_remove(node: PyObject): void {
  const prev = node.gc_prev as PyObject;
  const next = node.gc_next as PyObject;
  prev.gc_next = next;
  next.gc_prev = prev;
  node.gc_prev = null;
  node.gc_next = null;
}

/** Move `node` from its current list to the end of `list`. */
export function gc_list_move(node: PyObject, list: PyObject): void {
  const fromPrev = node.gc_prev as PyObject;
  const fromNext = node.gc_next as PyObject;
  fromPrev.gc_next = fromNext;
  fromNext.gc_prev = fromPrev;
  const toPrev = list.gc_prev as PyObject;
  node.gc_prev = toPrev;
  toPrev.gc_next = node;
  list.gc_prev = node;
  node.gc_next = list;
}

/** Append list `from` onto list `to`; `from` becomes empty. The caller updates gc_gen. */
export function gc_list_merge(from: PyObject, to: PyObject): void {
  if (from.gc_next !== from) {
    const toTail = to.gc_prev as PyObject;
    const fromHead = from.gc_next as PyObject;
    const fromTail = from.gc_prev as PyObject;
    toTail.gc_next = fromHead;
    fromHead.gc_prev = toTail;
    fromTail.gc_next = to;
    to.gc_prev = fromTail;
  }
  gc_list_init(from);
}

export function gc_list_size(list: PyObject): number {
  let n = 0;
  for (let gc = list.gc_next as PyObject; gc !== list; gc = gc.gc_next as PyObject) n++;
  return n;
}

/** Sets gc_gen of every object on `list` (the model's record of which list an object is on). */
export function gc_list_set_gen(list: PyObject, gen: number): void {
  for (let gc = list.gc_next as PyObject; gc !== list; gc = gc.gc_next as PyObject) gc.gc_gen = gen;
}

/** The objects on `list`, in list order (for gc.get_objects, events and the panel). */
export function gc_list_items(list: PyObject, out: PyObject[] = []): PyObject[] {
  for (let gc = list.gc_next as PyObject; gc !== list; gc = gc.gc_next as PyObject) out.push(gc);
  return out;
}
