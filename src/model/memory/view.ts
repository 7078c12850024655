// A JSON-serialisable picture of the allocator for the memory panel and the debug
// adapter: arenas → pools → blocks (with the object each block holds), raw chunks and
// free lists. Building it never changes the allocator. Each arena carries the
// allocator's per-arena version counter: pass the previous view back in and arenas
// whose version has not moved are reused as they are (same JS objects), so a step
// that touched one pool rebuilds one arena.

import { toBlockOwner, type BlockOwner, type BlockOwnerSlot } from './allocator';
import type { FreeList, FreeLists } from './freelist';
import { FREED, arenaVersion, type ArenaObject, type Obmalloc, type Pool } from './obmalloc';

/** Who occupies a block: the object's id() (its address), type name and which part. */
export interface OwnerRef {
  id: number;
  type: string;
  /** 'object' for the struct, else the buffer: 'ob_item', 'ma_keys', 'table', ... */
  part: string;
}

export type BlockState = 'allocated' | 'free' | 'never-used';

export interface BlockView {
  /** Offset of the block from the pool start (POOL_OVERHEAD + i * size). */
  offset: number;
  address: number;
  state: BlockState;
  /** Set for allocated blocks whose malloc named an owner. */
  owner?: OwnerRef;
}

/** used: some blocks allocated and some available (in usedpools); full: none available
 *  (in no list); empty: no block allocated (on the arena's freepools list). */
export type PoolState = 'used' | 'full' | 'empty';

export interface PoolView {
  /** Position in the arena (0 = first pool-aligned address). */
  index: number;
  address: number;
  /** Size class index and block size (INDEX2SIZE). */
  szidx: number;
  blockSize: number;
  state: PoolState;
  /** ref.count: allocated blocks. */
  count: number;
  /** NUMBLOCKS(szidx). */
  nblocks: number;
  /** Blocks freed and not reused yet (on the freeblock list). */
  nfree: number;
  /** Blocks never handed out (the one carved onto the free list at nextoffset, and beyond). */
  nneverUsed: number;
  /** Block indices of the freeblock list, head first: the next allocation takes freeList[0]. */
  freeList: number[];
  blocks: BlockView[];
}

export interface ArenaView {
  /** Index in the `arenas` vector. */
  index: number;
  address: number;
  /** Allocator version of this arena when the view was built. */
  version: number;
  /** 64, or 63 when the arena start is not pool-aligned. */
  ntotalpools: number;
  /** Free pools + pools not carved yet. */
  nfreepools: number;
  /** Pools carved so far (the rest of the arena has never been touched). */
  pools: PoolView[];
}

export interface RawChunkView {
  address: number;
  nbytes: number;
  chunkSize: number;
  mmapped: boolean;
  owner?: OwnerRef;
}

export interface FreeListView {
  /** 'list', 'dict', 'dictKeys', 'float', 'slice', 'tuple[3]' ... */
  kind: string;
  /** C struct name (sys._debugmallocstats prints it). */
  name: string;
  capacity: number;
  count: number;
  /** Addresses, oldest first (the last is handed out next). */
  addresses: number[];
}

export interface AllocatorView {
  arenaSize: number;
  poolSize: number;
  poolOverhead: number;
  /** Live arenas in `arenas` order. */
  arenas: ArenaView[];
  raw: RawChunkView[];
  freeLists: FreeListView[];
  /** Bytes taken from the simulated OS and the cap. */
  memoryUsed: number;
  memoryCap: number;
  /** Version of the raw allocator and of the free lists when built. */
  rawVersion: number;
  freeListsVersion: number;
}

function ownerRef(slot: BlockOwnerSlot | null): OwnerRef | undefined {
  const o: BlockOwner | null = slot === null ? null : toBlockOwner(slot);
  if (o === null || o.obj === null || o.obj === undefined) return undefined; // anonymous
  const obj = o.obj as { ob_addr?: number; ob_type?: { tp_name?: string } };
  return { id: obj.ob_addr ?? 0, type: obj.ob_type?.tp_name ?? '?', part: o.part };
}

function poolView(m: Obmalloc, a: ArenaObject, p: Pool): PoolView {
  const nblocks = p.owners.length;
  const blocks: BlockView[] = new Array(nblocks);
  let nfree = 0;
  for (let i = 0; i < nblocks; i++) {
    const offset = m.POOL_OVERHEAD + i * p.size;
    const o = p.owners[i];
    const state: BlockState = o === null ? 'never-used' : o === FREED ? 'free' : 'allocated';
    const bv: BlockView = { offset, address: p.address + offset, state };
    if (state === 'allocated') {
      const r = ownerRef(o);
      if (r !== undefined) bv.owner = r;
    } else if (state === 'free') nfree++;
    blocks[i] = bv;
  }
  return {
    index: (p.address - a.firstPool) / m.POOL_SIZE,
    address: p.address,
    szidx: p.szidx,
    blockSize: p.size,
    state: p.count === 0 ? 'empty' : p.count === nblocks ? 'full' : 'used',
    count: p.count,
    nblocks,
    nfree,
    nneverUsed: nblocks - p.count - nfree,
    freeList: m.freeList(p),
    blocks,
  };
}

function arenaView(m: Obmalloc, a: ArenaObject): ArenaView {
  return {
    index: a.index,
    address: a.address,
    version: arenaVersion(a),
    ntotalpools: a.ntotalpools,
    nfreepools: a.nfreepools,
    pools: a.pools.map((p) => poolView(m, a, p)),
  };
}

function freeListView<T>(kind: string, fl: FreeList<T>, addressOf: (o: T) => number): FreeListView {
  return { kind, name: fl.name, capacity: fl.capacity, count: fl.numfree, addresses: fl.entries().map(addressOf) };
}

/** Default address of a free-list entry: PyObject.ob_addr, or an `address` field. */
function defaultAddressOf(o: unknown): number {
  const x = o as { ob_addr?: number; address?: number };
  return x.ob_addr ?? x.address ?? 0;
}

/** Builds the view; arenas unchanged since `previous` are reused. */
export function buildAllocatorView<O, K>(
  m: Obmalloc,
  freeLists: FreeLists<O, K> | null = null,
  previous: AllocatorView | null = null,
  addressOf: (o: O | K) => number = defaultAddressOf,
): AllocatorView {
  const prevByIndex = new Map<number, ArenaView>();
  if (previous !== null) for (const av of previous.arenas) prevByIndex.set(av.index, av);
  const arenas: ArenaView[] = [];
  for (const a of m.arenas) {
    if (a.address === 0) continue;
    const prev = prevByIndex.get(a.index);
    arenas.push(prev !== undefined && prev.address === a.address && prev.version === arenaVersion(a) ? prev : arenaView(m, a));
  }
  const raw =
    previous !== null && previous.rawVersion === m.raw.version
      ? previous.raw
      : m.raw.chunks().map((c) => {
          const v: RawChunkView = { address: c.address, nbytes: c.nbytes, chunkSize: c.chunkSize, mmapped: c.mmapped };
          const r = ownerRef(c.owner);
          if (r !== undefined) v.owner = r;
          return v;
        });
  let fls: FreeListView[] = [];
  const flVersion = freeLists === null ? 0 : freeLists.version;
  if (freeLists !== null) {
    if (previous !== null && previous.freeListsVersion === flVersion && previous.freeLists.length > 0) fls = previous.freeLists;
    else {
      fls = [
        freeListView('list', freeLists.list, addressOf),
        freeListView('dict', freeLists.dict, addressOf),
        freeListView('dictKeys', freeLists.dictKeys, addressOf),
        freeListView('float', freeLists.float, addressOf),
        freeListView('slice', freeLists.slice, addressOf),
        ...freeLists.tuple.map((t, i) => freeListView(`tuple[${i + 1}]`, t, addressOf)),
      ];
    }
  }
  return {
    arenaSize: m.ARENA_SIZE,
    poolSize: m.POOL_SIZE,
    poolOverhead: m.POOL_OVERHEAD,
    arenas,
    raw,
    freeLists: fls,
    memoryUsed: m.budget.used,
    memoryCap: m.budget.cap,
    rawVersion: m.raw.version,
    freeListsVersion: flVersion,
  };
}
