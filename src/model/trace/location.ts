// Where an object's memory is, for the trace's frees and the summary's hovers: a
// pymalloc block (arena → pool → block, Objects/obmalloc.c), a raw chunk (requests
// over 512 bytes or of 0 bytes go to malloc), or libpython's data segment for the
// static objects (small ints, None, '', static types), which no allocator owns.

import type { Obmalloc } from '../memory/obmalloc';
import type { PyObject } from '../objects/object';
import { _PyType_PreHeaderSize } from '../objects/objalloc';
import type { ObjectLocation } from './types';

/** Where an object lives: its memory starts before id() by the type's pre-header (the
 *  PyGC_Head of GC objects, _PyType_PreHeaderSize), which is what malloc returned. */
export function locationOfObject(mem: Obmalloc, o: PyObject): ObjectLocation {
  return locationOf(mem, o.ob_addr - _PyType_PreHeaderSize(o.ob_type.tp_flags));
}

/** The location of the block starting at `addr`, or 'static' when no allocator holds it. */
export function locationOf(mem: Obmalloc, addr: number): ObjectLocation {
  const loc = mem.locate(addr);
  if (loc === null) return { kind: 'static' };
  if (loc.kind === 'raw') return { kind: 'raw', chunk: loc.address, nbytes: loc.nbytes, chunkSize: loc.chunkSize };
  return {
    kind: 'pool',
    arena: loc.arenaIndex,
    arenaAddress: loc.arenaAddress,
    pool: loc.poolIndex,
    poolAddress: loc.poolAddress,
    block: loc.block,
    blockAddress: loc.blockAddress,
    szidx: loc.szidx,
    blockSize: loc.blockSize,
  };
}
