// pymalloc, as Objects/obmalloc.c (3.11, 64-bit: ALIGNMENT 16, 16 KiB pools, 1 MiB
// arenas, radix tree) lays it out. Requests of 1..512 bytes are served from blocks of
// one of 32 size classes; a block lives in a pool (16 KiB, one size class), a pool in
// an arena (1 MiB from mmap). Everything else goes to the raw allocator (raw.ts).
// The structures and their names follow the C code so a reader can put the two side
// by side: usedpools, freeblock, nextoffset/maxnextoffset, usable_arenas, nfp2lasta,
// unused_arena_objects, insert_to_usedpool / insert_to_freepool.
//
// Representation: a pool's blocks are numbered 0..NUMBLOCKS-1 (address = pool +
// POOL_OVERHEAD + i * size). The free list that CPython threads through the free
// blocks themselves is kept in `nextfree` (block index, -1 = NULL); `owners` records
// what each allocated block holds (FREED = freed, null = never handed out), for the
// memory panel.

import { toBlockOwner, type BlockOwner, type BlockOwnerSlot, type ObjectAllocator } from './allocator';
import { AddressSpace } from './addrspace';
import { MemoryBudget, SimulatedMemoryError } from './budget';
import { RawAllocator } from './raw';
import type { MemoryProfile } from '../profiles/memory';

export { SimulatedMemoryError };

/** pool->szidx of a pool that has never held blocks (DUMMY_SIZE_IDX). */
export const DUMMY_SIZE_IDX = 0xffff;

/** Owner recorded for blocks allocated without one (malloc(n, null)). */
const ANONYMOUS: BlockOwner = { obj: null as never, part: 'anonymous' };
/** Marks a block that was handed out and freed (null marks a never-used block). */
export const FREED: BlockOwner = { obj: null as never, part: 'freed' };


/** struct pool_header. */
export class Pool {
  /** ref.count: number of allocated blocks. */
  count = 0;
  /** Head of the free-block list (block index), -1 = NULL. */
  freeblock = -1;
  nextpool: Pool;
  prevpool: Pool;
  /** Size class index, DUMMY_SIZE_IDX before first use. */
  szidx = DUMMY_SIZE_IDX;
  /** INDEX2SIZE(szidx), cached. */
  size = 0;
  /** Bytes from the pool start to the first never-used block. */
  nextoffset = 0;
  /** Largest valid nextoffset (POOL_SIZE - size). */
  maxnextoffset = 0;
  /** Free-list links (block index → next free block index, -1 = NULL). */
  nextfree: Int16Array = EMPTY_I16;
  /** Owner of each allocated block; FREED when freed, null when never handed out. */
  owners: (BlockOwnerSlot | null)[] = [];
  // Block index from an offset without a division: size = odd * 2**blockShift, and
  // multiplying by the odd part's inverse modulo 2**32 divides exactly (a multiple of
  // `odd` maps to its quotient; anything else to a number far above NUMBLOCKS, which
  // is how a bad pointer is caught).
  blockShift = 0;
  blockInverse = 0;
  /** NUMBLOCKS of the size class. */
  nblocks = 0;
  /** Bumped on every block allocated or freed here: the arena's version for the view
   *  is its own plus its pools' (arenaVersion), so that the hot paths need not load
   *  pool.arena. */
  version = 0;

  constructor(
    /** Address of the pool header (pool-aligned). */
    readonly address: number,
    readonly arena: ArenaObject,
    /** Distance of block 0 below Obmalloc.poolTopAddress (an int32 in practice):
     *  block i is at poolTopAddress - (firstBlockDistance - i * size). */
    readonly firstBlockDistance: number,
  ) {
    this.nextpool = this;
    this.prevpool = this;
  }
}

const EMPTY_I16 = new Int16Array(0);

/** Distances below Obmalloc.poolTopAddress that free() handles in int32 arithmetic. */
const FAST_SPAN = 2 ** 31 - 2 ** 20;

/** The inverse of an odd number modulo 2**32 (Newton's iteration, 5 correct bits doubling). */
function inverseMod32(odd: number): number {
  let x = odd; // correct to 3 bits: odd * odd ≡ 1 (mod 8)
  for (let k = 0; k < 4; k++) x = Math.imul(x, 2 - Math.imul(odd, x));
  return x;
}

function notABlock(addr: number): never {
  throw new Error(`internal: 0x${addr.toString(16)} is not a block start`);
}

/** struct arena_object. */
export class ArenaObject {
  /** Arena base from mmap, 0 when this arena_object is unused. */
  address = 0;
  /** Next pool to carve (pool-aligned). */
  pool_address = 0;
  /** Free pools + never-carved pools. */
  nfreepools = 0;
  ntotalpools = 0;
  /** Singly-linked (via nextpool) list of empty pools. */
  freepools: Pool | null = null;
  nextarena: ArenaObject | null = null;
  prevarena: ArenaObject | null = null;
  /** Carved pools in address order. */
  pools: Pool[] = [];
  /** Address of the first pool (address rounded up to POOL_SIZE). */
  firstPool = 0;
  /** Bumped on every change to the arena's own fields (pools carved, taken, released);
   *  block changes bump their pool's version (see arenaVersion). */
  version = 0;

  constructor(readonly index: number) {}
}

/** Options of one simulated process's allocator. */
export interface ObmallocOptions {
  /** Simulated memory cap in bytes (default: the profile's defaultMemoryCap). */
  memoryCap?: number;
  /** Top of the mmap area and start of the brk heap (default: the program's ranges,
   *  addrspace.ts MMAP_BASE / HEAP_BASE; the startup heap passes its own). */
  mmapBase?: number;
  heapBase?: number;
}

export class Obmalloc implements ObjectAllocator {
  readonly SMALL_REQUEST_THRESHOLD: number;
  readonly ALIGNMENT_SHIFT: number;
  readonly POOL_SIZE: number;
  readonly ARENA_SIZE: number;
  readonly POOL_OVERHEAD: number;
  readonly MAX_POOLS_IN_ARENA: number;
  readonly NB_SMALL_SIZE_CLASSES: number;

  /** usedpools[i]: head of the circular list of partly used pools of size class i
   *  (CPython stores it at usedpools[2*i] with pointer fudging; a sentinel here). */
  readonly usedpools: Pool[] = [];
  /** The `arenas` vector. */
  readonly arenas: ArenaObject[] = [];
  unused_arena_objects: ArenaObject | null = null;
  usable_arenas: ArenaObject | null = null;
  /** nfp2lasta[nfp]: the last arena in usable_arenas with nfp free pools. */
  readonly nfp2lasta: (ArenaObject | null)[];

  narenas_currently_allocated = 0;
  ntimes_arena_allocated = 0;
  narenas_highwater = 0;
  /** Radix-tree interior nodes created (arena_map_mid_count / arena_map_bot_count). */
  private arenaMapMid = new Set<number>();
  private arenaMapBot = new Set<number>();

  readonly space: AddressSpace;
  readonly budget: MemoryBudget;
  readonly raw: RawAllocator;
  /** Pool table for address_in_range (CPython: the arena radix tree, then POOL_ADDR):
   *  poolTable[poolTop - floor(addr / POOL_SIZE)] is the carved pool of a live arena
   *  holding addr. mmaps are placed top-down below mmapBase, so the index is small and
   *  dense: a plain array, no hashing on the free path. */
  private poolTable: (Pool | undefined)[] = [];
  /** ceil(mmapBase / POOL_SIZE): the index origin of poolTable (every pool lies below
   *  mmapBase, so its index is at least 1; brk-heap addresses fall far past the end). */
  private readonly poolTop: number;
  /** poolTop * POOL_SIZE (exact): free() measures an address down from here, so
   *  that the pool index and the offset in the pool are int32 arithmetic. */
  private readonly poolTopAddress: number;
  private readonly poolBits: number;

  constructor(mem: MemoryProfile, options: ObmallocOptions = {}) {
    this.SMALL_REQUEST_THRESHOLD = mem.smallRequestThreshold;
    this.ALIGNMENT_SHIFT = mem.alignmentShift;
    this.POOL_SIZE = 2 ** mem.poolBits;
    this.ARENA_SIZE = 2 ** mem.arenaBits;
    this.POOL_OVERHEAD = mem.poolOverhead;
    this.MAX_POOLS_IN_ARENA = this.ARENA_SIZE / this.POOL_SIZE;
    this.NB_SMALL_SIZE_CLASSES = this.SMALL_REQUEST_THRESHOLD >> this.ALIGNMENT_SHIFT;
    this.initialArenaObjects = mem.initialArenaObjects;
    this.nfp2lasta = new Array<ArenaObject | null>(this.MAX_POOLS_IN_ARENA + 1).fill(null);
    for (let i = 0; i < this.NB_SMALL_SIZE_CLASSES; i++) {
      const head = new Pool(-1, null as never, 0);
      head.szidx = i;
      this.usedpools.push(head);
    }
    this.space = new AddressSpace(options.mmapBase);
    this.poolTop = Math.ceil(this.space.mmapBase / this.POOL_SIZE);
    this.poolBits = mem.poolBits;
    this.poolTopAddress = this.poolTop * this.POOL_SIZE;
    this.budget = new MemoryBudget(options.memoryCap ?? mem.defaultMemoryCap);
    this.raw = new RawAllocator(this.space, this.budget, options.heapBase);
  }

  private readonly initialArenaObjects: number;

  /** INDEX2SIZE. */
  indexToSize(i: number): number {
    return (i + 1) << this.ALIGNMENT_SHIFT;
  }

  /** NUMBLOCKS. */
  numBlocks(i: number): number {
    return Math.floor((this.POOL_SIZE - this.POOL_OVERHEAD) / this.indexToSize(i));
  }

  // -------------------------------------------------------------------------
  // _PyObject_Malloc / _PyObject_Free / _PyObject_Realloc

  // malloc and free are kept tiny (V8 always inlines functions of at most 27 bytecode
  // bytes, while the budget lasts): an address (> 2**31, a double) crossing a call
  // boundary is boxed into a new heap number, one per allocated object. Behind them,
  // addresses travel as their distance below poolTopAddress, a small integer for every
  // pymalloc block.

  malloc(nbytes: number, owner: BlockOwnerSlot | null): number {
    return this.poolTopAddress - this.malloc_below(nbytes, owner);
  }

  /** malloc, as the distance of the result below poolTopAddress (exact: every address
   *  and poolTopAddress are integers below 2**47). */
  private malloc_below(nbytes: number, owner: BlockOwnerSlot | null): number {
    if (nbytes > 0 && nbytes <= this.SMALL_REQUEST_THRESHOLD) return this.pymalloc_alloc(nbytes, owner);
    return this.poolTopAddress - this.raw.malloc(nbytes, owner);
  }

  free(addr: number): void {
    this.free_below(this.poolTopAddress - addr);
  }

  /** free() of the address `e` bytes below poolTopAddress: address_in_range without a
   *  division. Within FAST_SPAN below it (where the arenas are, unless a memory cap
   *  of gigabytes spreads the mmaps further) the pool index is ceil(e / POOL_SIZE) and
   *  the offset in the pool i * POOL_SIZE - e, all int32 arithmetic; freeSlow takes
   *  any other address. */
  private free_below(e: number): void {
    if (!(e > 0 && e < FAST_SPAN)) {
      this.freeSlow(this.poolTopAddress - e); // NULL, the brk heap, far mmaps
      return;
    }
    const bits = this.poolBits;
    const i = (e + (1 << bits) - 1) >> bits;
    const table = this.poolTable;
    const pool = i < table.length ? table[i] : undefined;
    if (pool === undefined) {
      this.freeSlow(this.poolTopAddress - e); // raw memory (an mmapped chunk)
      return;
    }
    const bi = this.blockOf(pool, (i << bits) - e);
    if (bi < 0) notABlock(this.poolTopAddress - e);
    this.pymalloc_free(pool, bi);
  }

  private freeSlow(addr: number): void {
    if (addr === 0) return; // PyObject_Free(NULL)
    const pool = this.poolOf(addr);
    if (pool === undefined) {
      this.raw.free(addr);
      return;
    }
    this.pymalloc_free(pool, this.blockIndex(pool, addr));
  }

  realloc(addr: number, nbytes: number, owner: BlockOwnerSlot | null): number {
    if (addr === 0) return this.malloc(nbytes, owner);
    const pool = this.poolOf(addr);
    if (pool === undefined) return this.raw.realloc(addr, nbytes, owner);
    // pymalloc_realloc: stay in place when the size class is the same or the block
    // would shrink by less than 25%; otherwise malloc + copy + free.
    const size = pool.size;
    const bi = this.blockIndex(pool, addr);
    const own = owner ?? pool.owners[bi];
    if (nbytes <= size && 4 * nbytes > 3 * size) {
      if (owner !== null) pool.owners[bi] = owner;
      pool.version++;
      return addr;
    }
    const bp = this.malloc(nbytes, own === ANONYMOUS ? null : own);
    this.pymalloc_free(pool, bi);
    return bp;
  }

  // -------------------------------------------------------------------------
  // pymalloc_alloc and helpers

  /** pymalloc_alloc: the block's distance below poolTopAddress. */
  private pymalloc_alloc(nbytes: number, owner: BlockOwnerSlot | null): number {
    const size = (nbytes - 1) >> this.ALIGNMENT_SHIFT;
    const head = this.usedpools[size];
    let pool = head.nextpool;
    let bi: number;
    if (pool !== head) {
      // There is a used pool for this size class: take the head of its free list.
      ++pool.count;
      bi = pool.freeblock;
      if ((pool.freeblock = pool.nextfree[bi]) < 0) this.pymalloc_pool_extend(pool);
    } else {
      pool = this.allocate_from_new_pool(size);
      bi = this.lastBlock;
    }
    pool.owners[bi] = owner ?? ANONYMOUS;
    pool.version++;
    return pool.firstBlockDistance - bi * pool.size;
  }

  /** Block index allocate_from_new_pool handed out (avoids returning a pair). */
  private lastBlock = 0;

  /** The free list is exhausted: carve the next never-used block, or unlink the full pool. */
  private pymalloc_pool_extend(pool: Pool): void {
    if (pool.nextoffset <= pool.maxnextoffset) {
      // (nextoffset - POOL_OVERHEAD) / size, an exact division: see blockOf.
      pool.freeblock = Math.imul((pool.nextoffset - this.POOL_OVERHEAD) >> pool.blockShift, pool.blockInverse);
      pool.nextoffset += pool.size;
      pool.nextfree[pool.freeblock] = -1;
      return;
    }
    // Pool is full: unlink it from usedpools.
    const next = pool.nextpool;
    const prev = pool.prevpool;
    next.prevpool = prev;
    prev.nextpool = next;
  }

  private allocate_from_new_pool(size: number): Pool {
    if (this.usable_arenas === null) {
      // No arena has a free pool: allocate a new arena.
      const a = this.new_arena();
      a.nextarena = a.prevarena = null;
      this.usable_arenas = a;
      this.nfp2lasta[a.nfreepools] = a;
    }
    const ua = this.usable_arenas;
    // This arena already had the smallest nfreepools value, so decreasing it keeps
    // the order; only the nfp2lasta fingers move.
    if (this.nfp2lasta[ua.nfreepools] === ua) this.nfp2lasta[ua.nfreepools] = null;
    if (ua.nfreepools > 1) this.nfp2lasta[ua.nfreepools - 1] = ua;

    let pool = ua.freepools;
    if (pool !== null) {
      // Unlink a cached empty pool.
      ua.freepools = pool.nextpool === pool ? null : pool.nextpool;
      ua.nfreepools--;
      if (ua.nfreepools === 0) this.unlinkFullArena(ua);
    } else {
      // Carve off a new pool.
      pool = new Pool(ua.pool_address, ua, this.poolTopAddress - ua.pool_address - this.POOL_OVERHEAD);
      ua.pools.push(pool);
      this.setPoolSlot(ua.pool_address, pool);
      ua.pool_address += this.POOL_SIZE;
      --ua.nfreepools;
      if (ua.nfreepools === 0) this.unlinkFullArena(ua);
    }

    // Frontlink to used pools.
    const head = this.usedpools[size];
    pool.nextpool = head;
    pool.prevpool = head;
    head.nextpool = pool;
    head.prevpool = pool;
    pool.count = 1;
    ua.version++;
    if (pool.szidx === size) {
      // This pool last held blocks of the same size class: its free list is intact.
      const bi = pool.freeblock;
      pool.freeblock = pool.nextfree[bi];
      this.lastBlock = bi;
      return pool;
    }
    // Initialise: the free list holds just the second block; return the first.
    pool.szidx = size;
    const bsize = this.indexToSize(size);
    pool.size = bsize;
    const shift = 31 - Math.clz32(bsize & -bsize);
    pool.blockShift = shift;
    pool.blockInverse = inverseMod32(bsize >> shift);
    const n = this.numBlocks(size);
    pool.nblocks = n;
    if (pool.nextfree.length !== n) {
      pool.nextfree = new Int16Array(n);
      pool.owners = new Array<BlockOwnerSlot | null>(n).fill(null);
    } else {
      pool.owners.fill(null);
    }
    pool.nextoffset = this.POOL_OVERHEAD + (bsize << 1);
    pool.maxnextoffset = this.POOL_SIZE - bsize;
    pool.freeblock = 1;
    pool.nextfree[1] = -1;
    this.lastBlock = 0;
    return pool;
  }

  private unlinkFullArena(ua: ArenaObject): void {
    // Wholly allocated: remove from usable_arenas (it is the head).
    this.usable_arenas = ua.nextarena;
    if (this.usable_arenas !== null) this.usable_arenas.prevarena = null;
  }

  private new_arena(): ArenaObject {
    if (this.unused_arena_objects === null) {
      // Double the number of arena objects (INITIAL_ARENA_OBJECTS first).
      const maxarenas = this.arenas.length;
      const numarenas = maxarenas ? maxarenas << 1 : this.initialArenaObjects;
      for (let i = maxarenas; i < numarenas; i++) this.arenas.push(new ArenaObject(i));
      for (let i = maxarenas; i < numarenas; i++) this.arenas[i].nextarena = i < numarenas - 1 ? this.arenas[i + 1] : null;
      this.unused_arena_objects = this.arenas[maxarenas];
    }
    const a = this.unused_arena_objects!;
    // _PyObject_ArenaMmap: the arena is an anonymous mapping. Charge it first so a
    // refused arena leaves no trace.
    this.budget.charge(this.ARENA_SIZE);
    this.unused_arena_objects = a.nextarena;
    const address = this.space.mmap(this.ARENA_SIZE);
    this.arena_map_mark_used(address);
    a.address = address;
    ++this.narenas_currently_allocated;
    ++this.ntimes_arena_allocated;
    if (this.narenas_currently_allocated > this.narenas_highwater) this.narenas_highwater = this.narenas_currently_allocated;
    a.freepools = null;
    a.pools = [];
    a.pool_address = address;
    a.nfreepools = this.MAX_POOLS_IN_ARENA;
    const excess = address % this.POOL_SIZE;
    if (excess !== 0) {
      --a.nfreepools;
      a.pool_address += this.POOL_SIZE - excess;
    }
    a.firstPool = a.pool_address;
    a.ntotalpools = a.nfreepools;
    a.version++;
    return a;
  }

  /** arena_map_mark_used(base, 1): counts the radix-tree nodes it creates (the stats print them). */
  private arena_map_mark_used(base: number): void {
    // 64-bit, IGNORE_BITS 0, ARENA_BITS 20: MAP_TOP 15 bits, MAP_MID 15, MAP_BOT 14.
    const mark = (p: number) => {
      const top = Math.floor(p / 2 ** 49);
      const mid = Math.floor(p / 2 ** 34);
      this.arenaMapMid.add(top);
      this.arenaMapBot.add(mid);
    };
    mark(base);
    if (base % this.ARENA_SIZE !== 0) mark(base + this.ARENA_SIZE);
  }

  // -------------------------------------------------------------------------
  // pymalloc_free and helpers

  private pymalloc_free(pool: Pool, bi: number): void {
    const o = pool.owners[bi];
    if (o === null || o === FREED) {
      throw new Error(`internal: pymalloc free of a free block 0x${(pool.address + this.POOL_OVERHEAD + bi * pool.size).toString(16)}`);
    }
    pool.owners[bi] = FREED;
    pool.version++;
    // Link the block to the front of the pool's free list (LIFO).
    const lastfree = pool.freeblock;
    pool.nextfree[bi] = lastfree;
    pool.freeblock = bi;
    pool.count--;
    if (lastfree < 0) {
      // The pool was full, so it is in no list: link it to the front of its
      // usedpools list, so the next allocation of this size reuses the freed block.
      this.insert_to_usedpool(pool);
      return;
    }
    if (pool.count !== 0) return;
    // The pool is now empty: unlink from usedpools, link to the arena's freepools.
    this.insert_to_freepool(pool);
  }

  /** In C, `usedpools[size + size]` reads the first pool of the list (or the
   *  sentinel when empty) and the pool is linked before it: a front insert. */
  private insert_to_usedpool(pool: Pool): void {
    const next = this.usedpools[pool.szidx].nextpool;
    const prev = next.prevpool;
    pool.nextpool = next;
    pool.prevpool = prev;
    next.prevpool = pool;
    prev.nextpool = pool;
  }

  private insert_to_freepool(pool: Pool): void {
    const next = pool.nextpool;
    const prev = pool.prevpool;
    next.prevpool = prev;
    prev.nextpool = next;

    const ao = pool.arena;
    // Singly-linked list via nextpool; `pool.nextpool === pool` marks its end here.
    pool.nextpool = ao.freepools ?? pool;
    ao.freepools = pool;
    let nf = ao.nfreepools;
    const lastnf = this.nfp2lasta[nf];
    if (lastnf === ao) {
      // It is the rightmost arena with nf free pools.
      const p = ao.prevarena;
      this.nfp2lasta[nf] = p !== null && p.nfreepools === nf ? p : null;
    }
    ao.nfreepools = ++nf;

    // Case 1: every pool is free: give the arena back, unless it is the last usable
    // one (bpo-37257: keeping one wholly free arena avoids thrashing).
    if (nf === ao.ntotalpools && ao.nextarena !== null) {
      if (ao.prevarena === null) this.usable_arenas = ao.nextarena;
      else ao.prevarena.nextarena = ao.nextarena;
      if (ao.nextarena !== null) ao.nextarena.prevarena = ao.prevarena;
      ao.nextarena = this.unused_arena_objects;
      this.unused_arena_objects = ao;
      this.freeArena(ao);
      return;
    }
    // Case 2: its first free pool: put it at the head of usable_arenas.
    if (nf === 1) {
      ao.nextarena = this.usable_arenas;
      ao.prevarena = null;
      if (this.usable_arenas !== null) this.usable_arenas.prevarena = ao;
      this.usable_arenas = ao;
      if (this.nfp2lasta[1] === null) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === null) this.nfp2lasta[nf] = ao;
    // Case 4: it was the rightmost of the old count, so the order still holds.
    if (ao === lastnf) return;
    // Case 3: slide it right, to just after lastnf.
    if (ao.prevarena !== null) ao.prevarena.nextarena = ao.nextarena;
    else this.usable_arenas = ao.nextarena;
    ao.nextarena!.prevarena = ao.prevarena;
    ao.prevarena = lastnf;
    ao.nextarena = lastnf!.nextarena;
    if (ao.nextarena !== null) ao.nextarena.prevarena = ao;
    lastnf!.nextarena = ao;
  }

  private freeArena(ao: ArenaObject): void {
    for (const p of ao.pools) this.poolTable[this.poolTop - p.address / this.POOL_SIZE] = undefined;
    this.space.munmap(ao.address, this.ARENA_SIZE);
    this.budget.release(this.ARENA_SIZE);
    // The pools go: their versions move into the arena's, so arenaVersion never goes back.
    ao.version = arenaVersion(ao) + 1;
    ao.address = 0;
    ao.pools = [];
    ao.freepools = null;
    --this.narenas_currently_allocated;
  }

  // -------------------------------------------------------------------------
  // Lookups (address_in_range and friends)

  /** The carved pool holding `addr` in a live arena, or undefined (raw memory). */
  poolOf(addr: number): Pool | undefined {
    const i = this.poolTop - Math.floor(addr / this.POOL_SIZE);
    return i >= 0 && i < this.poolTable.length ? this.poolTable[i] : undefined;
  }

  private setPoolSlot(poolAddress: number, pool: Pool): void {
    const i = this.poolTop - poolAddress / this.POOL_SIZE;
    // Grow with explicit undefined entries, so the array stays packed (no holes).
    while (this.poolTable.length <= i) this.poolTable.push(undefined);
    this.poolTable[i] = pool;
  }

  private blockIndex(pool: Pool, addr: number): number {
    const off = addr - pool.address;
    const bi = off >= 0 && off < this.POOL_SIZE ? this.blockOf(pool, off) : -1;
    if (bi < 0) notABlock(addr);
    return bi;
  }

  /** The block starting `off` bytes (0 <= off < POOL_SIZE) into the pool, or -1. */
  private blockOf(pool: Pool, off: number): number {
    const rel = off - this.POOL_OVERHEAD;
    if ((rel & ((1 << pool.blockShift) - 1)) !== 0) return -1;
    const bi = Math.imul(rel >> pool.blockShift, pool.blockInverse) >>> 0;
    return bi < pool.nblocks ? bi : -1;
  }

  /** What the block at `addr` (as returned by malloc) holds, or undefined when it is
   *  not an allocated pymalloc block. */
  ownerOf(addr: number): BlockOwner | null | undefined {
    const pool = this.poolOf(addr);
    if (pool === undefined) {
      const c = this.raw.chunkAt(addr);
      return c === undefined ? undefined : c.owner;
    }
    const bi = (addr - pool.address - this.POOL_OVERHEAD) / pool.size;
    if (!(bi >= 0 && bi < pool.owners.length && bi === Math.floor(bi))) return undefined;
    const o = pool.owners[bi];
    return o === null || o === FREED ? undefined : o === ANONYMOUS ? null : toBlockOwner(o);
  }

  /** Where an address lives, for the variables view: "arena 0 / pool 3 / block 17 (64-byte class)". */
  locate(addr: number): BlockLocation | RawLocation | null {
    const pool = this.poolOf(addr);
    if (pool !== undefined) {
      const off = addr - pool.address - this.POOL_OVERHEAD;
      const block = Math.floor(off / pool.size);
      return {
        kind: 'pymalloc',
        arenaIndex: pool.arena.index,
        arenaAddress: pool.arena.address,
        poolIndex: (pool.address - pool.arena.firstPool) / this.POOL_SIZE,
        poolAddress: pool.address,
        szidx: pool.szidx,
        blockSize: pool.size,
        block,
        blockAddress: pool.address + this.POOL_OVERHEAD + block * pool.size,
      };
    }
    const c = this.raw.chunkAt(addr);
    if (c !== undefined) return { kind: 'raw', address: c.address, nbytes: c.nbytes, chunkSize: c.chunkSize, mmapped: c.mmapped };
    return null;
  }

  /** _Py_GetAllocatedBlocks: allocated pymalloc blocks + live raw chunks. */
  allocatedBlocks(): number {
    let n = this.raw.count;
    for (const a of this.arenas) {
      if (a.address === 0) continue;
      for (const p of a.pools) n += p.count;
    }
    return n;
  }

  /** arena_map_mid_count / arena_map_bot_count. */
  get arenaMapCounts(): { mid: number; bot: number } {
    return { mid: this.arenaMapMid.size, bot: this.arenaMapBot.size };
  }

  /** Blocks on a pool's free list, in list order (head first). */
  freeList(pool: Pool): number[] {
    const out: number[] = [];
    for (let b = pool.freeblock; b >= 0 && out.length <= pool.owners.length; b = pool.nextfree[b]) out.push(b);
    return out;
  }
}

/** A number that changes whenever anything in the arena changes (its fields, a pool's
 *  blocks), so a view of it can be reused while unchanged: every counter only grows,
 *  and an arena's pools are only dropped with the arena (which bumps its own). */
export function arenaVersion(a: ArenaObject): number {
  let v = a.version;
  for (const p of a.pools) v += p.version;
  return v;
}

export interface BlockLocation {
  kind: 'pymalloc';
  arenaIndex: number;
  arenaAddress: number;
  poolIndex: number;
  poolAddress: number;
  szidx: number;
  blockSize: number;
  block: number;
  blockAddress: number;
}

export interface RawLocation {
  kind: 'raw';
  address: number;
  nbytes: number;
  chunkSize: number;
  mmapped: boolean;
}
