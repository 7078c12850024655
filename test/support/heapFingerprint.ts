// Every count and the allocator's visible state of an interpreter, as one string: tests
// compare it before and after looking (inspection must change nothing).
import type { Interpreter } from '../../src/model/vm/run';
import { liveObjects } from '../../src/model/vm/inspect';
import { staticObjects } from '../../src/model/objects/object';
import type { Obmalloc } from '../../src/model/memory/obmalloc';

export function heapFingerprint(it: Interpreter): string {
  const mem = it.rt.mem as Obmalloc;
  const parts: string[] = [];
  for (const o of liveObjects(mem)) parts.push(`${o.ob_addr}:${o.ob_refcnt}:${o.gc_gen}`);
  for (const o of staticObjects) parts.push(`s${o.ob_refcnt}`);
  for (const a of mem.arenas) parts.push(`a${a.address}:${a.nfreepools}:${a.ntotalpools}`);
  for (const p of mem.usedpools) if (p !== null && p !== undefined) parts.push(`p${p.count}:${p.freeblock}:${p.nextoffset}`);
  parts.push(`n${mem.narenas_currently_allocated}:${mem.raw.chunks().length}`);
  return parts.join(',');
}
