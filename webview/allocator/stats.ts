// sys._debugmallocstats()'s numbers, from the allocator view the panel holds: the same
// walk as _PyObject_DebugMallocStats (Objects/obmalloc.c) — every arena's carved pools;
// an empty pool counts as an unused pool, a used or full one for its size class.

import type { AllocatorView } from '../types';

export interface SizeClassStats {
  szidx: number;
  size: number;
  /** Pools of this class with at least one block allocated. */
  pools: number;
  /** Blocks allocated ("blocks in use"). */
  inUse: number;
  /** Blocks free or never used in those pools ("avail blocks"). */
  avail: number;
}

export interface AllocatorStats {
  classes: SizeClassStats[];
  arenas: number;
  /** Σ nfreepools: empty pools plus pools never carved ("unused pools"). */
  unusedPools: number;
  pools: { used: number; full: number; empty: number };
  blocks: { allocated: number; free: number; neverUsed: number };
  bytes: { allocated: number; available: number; unusedPools: number; poolHeaders: number; quantization: number; arenaAlignment: number; total: number };
  raw: { chunks: number; requested: number; size: number };
}

export function allocatorStats(m: AllocatorView): AllocatorStats {
  const byClass = new Map<number, SizeClassStats>();
  const pools = { used: 0, full: 0, empty: 0 };
  const blocks = { allocated: 0, free: 0, neverUsed: 0 };
  let unusedPools = 0;
  let arenaAlignment = 0;
  for (const a of m.arenas) {
    unusedPools += a.nfreepools;
    if (a.address % m.poolSize !== 0) arenaAlignment += m.poolSize;
    for (const p of a.pools) {
      pools[p.state]++;
      blocks.allocated += p.count;
      blocks.free += p.nfree;
      blocks.neverUsed += p.nneverUsed;
      if (p.count === 0) continue;
      let c = byClass.get(p.szidx);
      if (c === undefined) byClass.set(p.szidx, (c = { szidx: p.szidx, size: p.blockSize, pools: 0, inUse: 0, avail: 0 }));
      c.pools++;
      c.inUse += p.count;
      c.avail += p.nblocks - p.count;
    }
  }
  const classes = [...byClass.values()].sort((a, b) => a.szidx - b.szidx);
  let allocated = 0, available = 0, poolHeaders = 0, quantization = 0;
  for (const c of classes) {
    allocated += c.inUse * c.size;
    available += c.avail * c.size;
    poolHeaders += c.pools * m.poolOverhead;
    quantization += c.pools * ((m.poolSize - m.poolOverhead) % c.size);
  }
  const unusedBytes = unusedPools * m.poolSize;
  let requested = 0, size = 0;
  for (const c of m.raw) {
    requested += c.nbytes;
    size += c.chunkSize;
  }
  return {
    classes, arenas: m.arenas.length, unusedPools, pools, blocks,
    bytes: { allocated, available, unusedPools: unusedBytes, poolHeaders, quantization, arenaAlignment, total: allocated + available + unusedBytes + poolHeaders + quantization + arenaAlignment },
    raw: { chunks: m.raw.length, requested, size },
  };
}
