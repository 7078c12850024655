// The one interface through which every simulated object gets its memory, so ids
// are addresses and freed addresses are reused the way CPython reuses them.
// Objects/obmalloc.c: PyObject_Malloc sends requests of 1..512 bytes to pymalloc
// (arenas → pools → blocks, LIFO free lists per size class) and everything else
// (0 bytes, > 512 bytes) to the raw allocator (glibc malloc in CPython).

import type { PyObject } from '../objects/object';

/** What a block is used for, for the allocator view (panel) and referrers. */
export interface BlockOwner {
  /** The object whose struct or buffer this block holds. */
  obj: PyObject;
  /** 'object' for the struct itself, else which buffer: 'ob_item', 'ma_keys', 'ma_values', 'table', ... */
  part: string;
}

/** What a block records: the object itself when the block is the object's struct (the
 *  hot path: no JS record per allocation, which profiles showed retained by the million),
 *  or a BlockOwner record for a buffer. Read it through toBlockOwner(). */
export type BlockOwnerSlot = BlockOwner | PyObject;

export function toBlockOwner(s: BlockOwnerSlot): BlockOwner {
  // No PyObject has a `part` field; every BlockOwner record has one.
  return (s as BlockOwner).part !== undefined ? (s as BlockOwner) : { obj: s as PyObject, part: 'object' };
}

/** The object whose struct the block holds, or null (a buffer, or anonymous): toBlockOwner's
 *  answer without a record made per object, for walks over every block. */
export function blockObject(s: BlockOwnerSlot): PyObject | null {
  const own = s as BlockOwner;
  if (own.part === undefined) return s as PyObject;
  return own.part === 'object' ? own.obj : null;
}

export interface ObjectAllocator {
  /** PyObject_Malloc(nbytes): returns the block address. Throws MemoryError past the simulated cap. */
  malloc(nbytes: number, owner: BlockOwnerSlot | null): number;
  /** PyObject_Realloc: may return the same address (in place) or a new one. */
  realloc(addr: number, nbytes: number, owner: BlockOwnerSlot | null): number;
  /** PyObject_Free. */
  free(addr: number): void;
}
