// The raw allocator behind PyMem_RawMalloc: glibc malloc (malloc/malloc.c), modelled
// enough that addresses behave as on a real Linux CPython:
//   - chunk sizes: request2size(n) = max(32, (n + 8 + 15) & ~15); the user pointer is
//     the chunk start + 16 (prev_size and size fields);
//   - small chunks (≤ 1040 bytes, the tcache range, tcache_max_bytes 1032): freed
//     chunks are kept per size and reused LIFO, never coalesced (tcache + fastbins);
//   - larger chunks are coalesced with free neighbours and with the top chunk, and
//     reused best-fit (smallest that fits, then lowest address), split when larger;
//   - new chunks are carved from the top chunk, which grows by brk (sysmalloc:
//     nb + top_pad 128 KiB + MINSIZE, page-aligned) and is trimmed back when more
//     than trim_threshold is free at the top (systrim);
//   - requests of at least mmap_threshold (128 KiB, dynamic) that the top chunk cannot
//     serve get their own mmap (user pointer = mapping + 16); freeing such a chunk
//     raises mmap_threshold to its size (up to 32 MiB) and trim_threshold to twice
//     that (__libc_free's dynamic threshold), so the next one comes from the heap.
// Measured on this machine (3.11.7, glibc): a freed 1000-byte buffer's address is
// reused by the next same-size request; 1,000,000 bytes went to its own mmap
// (0x7f...010) and, after it was freed, the next one came from the brk heap; freed
// large chunks merge into top, so a bigger request reuses the same address.
// Not modelled: tcache's 7-entry limit and calloc bypassing tcache (real reuse of
// small raw chunks therefore depends on earlier history), smallbin splitting of
// large free chunks for small requests, and arenas for other threads.

import { HEAP_BASE, PAGE_SIZE, type AddressSpace } from './addrspace';
import { toBlockOwner, type BlockOwner, type BlockOwnerSlot } from './allocator';
import type { MemoryBudget } from './budget';
import { BestFitIndex } from './bestfit';
import { UnitTable } from './unittable';

/** MINSIZE: the smallest chunk (malloc/malloc.c). */
export const MINSIZE = 32;
/** Largest chunk size served LIFO per size (tcache: 64 bins of 16 bytes from 32). */
export const TCACHE_MAX_CHUNK = 1040;
/** DEFAULT_MMAP_THRESHOLD_MIN / M_MMAP_THRESHOLD default. */
export const DEFAULT_MMAP_THRESHOLD = 128 * 1024;
/** DEFAULT_MMAP_THRESHOLD_MAX on 64-bit: 4 * 1024 * 1024 * sizeof(long). */
export const MMAP_THRESHOLD_MAX = 32 * 1024 * 1024;
/** DEFAULT_TOP_PAD: extra bytes asked for on each brk. */
export const TOP_PAD = 128 * 1024;
/** The first chunk of the heap is tcache_perthread_struct (0x290 bytes). */
const TCACHE_STRUCT_CHUNK = 0x290;

/** glibc request2size. */
export function request2size(n: number): number {
  const cs = Math.floor((n + 8 + 15) / 16) * 16;
  return cs < MINSIZE ? MINSIZE : cs;
}

/** One live chunk from the raw allocator (for the view). */
export interface RawChunk {
  /** User pointer (what malloc returned). */
  readonly address: number;
  /** Bytes asked for. */
  readonly nbytes: number;
  /** Chunk size incl. header (heap), or mapping length (mmapped). */
  readonly chunkSize: number;
  readonly mmapped: boolean;
  readonly owner: BlockOwner | null;
}

interface LiveChunk {
  address: number;
  nbytes: number;
  chunkSize: number;
  mmapped: boolean;
  owner: BlockOwnerSlot | null;
}

export class RawAllocator {
  /** Live heap chunks: unitOf(user pointer) → index + 1 in `slots` (0: none). A table,
   *  not a Map: a Map insertion with a fresh record per malloc was the allocator's
   *  largest cost for programs of big lists and strings. */
  private liveByUnit = new UnitTable();
  /** The records of live heap chunks (address !== 0), and reusable ones (address 0,
   *  indices on freeSlots). */
  private slots: LiveChunk[] = [];
  private freeSlots: number[] = [];
  /** Live mmapped chunks by user pointer (their units lie beyond the table's range). */
  private liveMapped = new Map<number, LiveChunk>();
  /** Number of live chunks. */
  private nlive = 0;
  /** Free small chunks per chunk size: tcache[size / 16] is a LIFO stack of chunk starts. */
  private tcache: number[][] = [];
  /** Free large chunks, as boundary tags for coalescing: unitOf(start) → size / 16, and
   *  unitOf(end) → unitOf(start) + 1 (0: no free chunk starts or ends there). */
  private freeByStart = new UnitTable();
  private freeByEnd = new UnitTable();
  /** Number of free large chunks. */
  private nfreeLarge = 0;
  /** The same free large chunks, ordered for best fit. */
  private bestFit = new BestFitIndex();
  /** Current program break and start of the top chunk. */
  private brk: number;
  private topStart: number;
  mmapThreshold = DEFAULT_MMAP_THRESHOLD;
  trimThreshold = 2 * DEFAULT_MMAP_THRESHOLD;
  /** Bumped on every change, so a view can be reused while unchanged. */
  version = 0;

  constructor(
    private readonly space: AddressSpace,
    private readonly budget: MemoryBudget,
    /** Start of the brk heap; the startup heap uses its own range (addrspace.ts). */
    private readonly heapBase: number = HEAP_BASE,
  ) {
    this.brk = heapBase;
    this.topStart = heapBase;
    for (let i = 0; i <= TCACHE_MAX_CHUNK >> 4; i++) this.tcache.push([]);
  }

  /** malloc(n). Throws SimulatedMemoryError past the cap. */
  malloc(nbytes: number, owner: BlockOwnerSlot | null): number {
    if (nbytes > this.budget.cap) this.budget.charge(nbytes); // throws before any bookkeeping
    const cs = request2size(nbytes);
    let start = -1;
    let size = cs;
    if (cs <= TCACHE_MAX_CHUNK) {
      const bin = this.tcache[cs >> 4];
      if (bin.length > 0) start = bin.pop()!;
    } else if (this.nfreeLarge > 0) {
      start = this.takeBestFit(cs);
      if (start >= 0) size = this.fitSize;
    }
    if (start < 0) {
      if (this.brk - this.topStart < cs + MINSIZE && cs >= this.mmapThreshold) {
        return this.mmapChunk(nbytes, owner);
      }
      start = this.fromTop(cs);
    }
    const addr = start + 16;
    this.addHeapChunk(addr, nbytes, size, owner);
    this.version++;
    return addr;
  }

  /** free(p). */
  free(addr: number): void {
    const c = this.liveChunk(addr);
    if (c === undefined) throw new Error(`internal: raw free of unknown address 0x${addr.toString(16)}`);
    const chunkSize = c.chunkSize;
    this.version++;
    if (c.mmapped) {
      this.liveMapped.delete(addr);
      this.nlive--;
      // __libc_free: dynamic mmap threshold.
      if (chunkSize > this.mmapThreshold && chunkSize <= MMAP_THRESHOLD_MAX) {
        this.mmapThreshold = chunkSize;
        this.trimThreshold = 2 * chunkSize;
      }
      this.space.munmap(addr - 16, chunkSize);
      this.budget.release(chunkSize);
      return;
    }
    this.removeHeapChunk(addr, c);
    this.releaseChunk(addr - 16, chunkSize);
  }

  /** realloc(p, n): in place when it fits (shrinking, or growing into top or a free
   *  neighbour), else malloc + copy + free (_int_realloc); mmapped chunks use mremap. */
  realloc(addr: number, nbytes: number, owner: BlockOwnerSlot | null): number {
    const c = this.liveChunk(addr);
    if (c === undefined) throw new Error(`internal: raw realloc of unknown address 0x${addr.toString(16)}`);
    if (nbytes > this.budget.cap) this.budget.charge(nbytes);
    const own = owner ?? c.owner;
    if (c.mmapped) {
      const newLen = Math.ceil((request2size(nbytes) + 8) / PAGE_SIZE) * PAGE_SIZE;
      if (newLen > c.chunkSize) this.budget.charge(newLen - c.chunkSize);
      else this.budget.release(c.chunkSize - newLen);
      const m = this.space.mremap(addr - 16, c.chunkSize, newLen);
      this.liveMapped.delete(addr);
      this.liveMapped.set(m + 16, { address: m + 16, nbytes, chunkSize: newLen, mmapped: true, owner: own });
      this.version++;
      return m + 16;
    }
    const start = addr - 16;
    const cs = c.chunkSize;
    const ncs = request2size(nbytes);
    if (ncs <= cs) {
      c.nbytes = nbytes;
      c.owner = own;
      if (cs - ncs >= MINSIZE) {
        c.chunkSize = ncs;
        this.releaseChunk(start + ncs, cs - ncs);
      }
      this.version++;
      return addr;
    }
    const end = start + cs;
    if (end === this.topStart && this.brk - this.topStart >= ncs - cs + MINSIZE) {
      this.topStart = start + ncs;
      c.chunkSize = ncs;
      c.nbytes = nbytes;
      c.owner = own;
      this.version++;
      return addr;
    }
    const nextFree = this.freeByStart.get(this.unitOf(end)) * 16;
    if (nextFree !== 0 && cs + nextFree >= ncs) {
      this.unlinkFree(end, nextFree);
      const total = cs + nextFree;
      c.chunkSize = total;
      if (total - ncs >= MINSIZE) {
        c.chunkSize = ncs;
        this.releaseChunk(start + ncs, total - ncs);
      }
      c.nbytes = nbytes;
      c.owner = own;
      this.version++;
      return addr;
    }
    const n = this.malloc(nbytes, own);
    this.free(addr);
    return n;
  }

  /** The live chunk at a user pointer, or undefined. */
  chunkAt(addr: number): RawChunk | undefined {
    const c = this.liveChunk(addr);
    return c === undefined ? undefined : { ...c, owner: c.owner === null ? null : toBlockOwner(c.owner) };
  }

  /** Every live chunk, by address. */
  chunks(): RawChunk[] {
    const out: RawChunk[] = [];
    for (const c of this.slots) if (c.address !== 0) out.push({ ...c, owner: c.owner === null ? null : toBlockOwner(c.owner) });
    for (const c of this.liveMapped.values()) out.push({ ...c, owner: c.owner === null ? null : toBlockOwner(c.owner) });
    out.sort((a, b) => a.address - b.address);
    return out;
  }

  /** Table index of a heap chunk's start, end or user pointer: 16-byte units from the
   *  heap base (every such address is 16-aligned relative to it). */
  private unitOf(addr: number): number {
    return (addr - this.heapBase) * 0.0625;
  }

  /** The live chunk whose user pointer is addr, or undefined. Heap chunks all lie
   *  below the break; anything else is an mmapped chunk or unknown. */
  private liveChunk(addr: number): LiveChunk | undefined {
    if (addr >= this.heapBase && addr < this.brk) {
      const unit = this.unitOf(addr);
      const k = unit === Math.floor(unit) ? this.liveByUnit.get(unit) : 0; // a misaligned pointer is no chunk
      return k === 0 ? undefined : this.slots[k - 1];
    }
    return this.liveMapped.get(addr);
  }

  private addHeapChunk(addr: number, nbytes: number, chunkSize: number, owner: BlockOwnerSlot | null): void {
    let i: number;
    let c: LiveChunk;
    if (this.freeSlots.length > 0) {
      i = this.freeSlots.pop()!;
      c = this.slots[i];
      c.address = addr;
      c.nbytes = nbytes;
      c.chunkSize = chunkSize;
      c.owner = owner;
    } else {
      i = this.slots.length;
      c = { address: addr, nbytes, chunkSize, mmapped: false, owner };
      this.slots.push(c);
    }
    this.liveByUnit.set(this.unitOf(addr), i + 1);
    this.nlive++;
  }

  private removeHeapChunk(addr: number, c: LiveChunk): void {
    const unit = this.unitOf(addr);
    this.freeSlots.push(this.liveByUnit.get(unit) - 1);
    this.liveByUnit.set(unit, 0);
    c.address = 0;
    c.owner = null;
    this.nlive--;
  }

  /** Number of live chunks (raw_allocated_blocks as obmalloc.c counts them). */
  get count(): number {
    return this.nlive;
  }

  /** Bytes of the brk heap (sbrk(0) - heap start). */
  get heapSize(): number {
    return this.brk - this.heapBase;
  }

  private mmapChunk(nbytes: number, owner: BlockOwnerSlot | null): number {
    // sysmalloc_mmap: size = ALIGN_UP(nb + SIZE_SZ, pagesize).
    const len = Math.ceil((request2size(nbytes) + 8) / PAGE_SIZE) * PAGE_SIZE;
    this.budget.charge(len);
    const m = this.space.mmap(len);
    this.liveMapped.set(m + 16, { address: m + 16, nbytes, chunkSize: len, mmapped: true, owner });
    this.nlive++;
    this.version++;
    return m + 16;
  }

  /** Carves `cs` bytes off the top chunk, growing the heap by brk when needed. */
  private fromTop(cs: number): number {
    if (this.brk === this.heapBase) {
      // The first malloc sets up the heap; its first chunk is tcache_perthread_struct.
      this.grow(TCACHE_STRUCT_CHUNK + cs);
      this.topStart += TCACHE_STRUCT_CHUNK;
    } else if (this.brk - this.topStart < cs + MINSIZE) {
      this.grow(cs);
    }
    const start = this.topStart;
    this.topStart += cs;
    return start;
  }

  /** sysmalloc's brk extension: nb + top_pad + MINSIZE minus what top has, page-aligned. */
  private grow(cs: number): void {
    const need = cs + TOP_PAD + MINSIZE - (this.brk - this.topStart);
    const size = Math.ceil(need / PAGE_SIZE) * PAGE_SIZE;
    this.budget.charge(size);
    this.brk += size;
  }

  private releaseChunk(start: number, size: number): void {
    if (size <= TCACHE_MAX_CHUNK) {
      this.tcache[size >> 4].push(start);
      return;
    }
    // Coalesce backward and forward with free large chunks (_int_free's consolidation).
    const prevTag = this.freeByEnd.get(this.unitOf(start));
    if (prevTag !== 0) {
      const prevStart = this.heapBase + (prevTag - 1) * 16;
      const prevSize = this.freeByStart.get(prevTag - 1) * 16;
      this.unlinkFree(prevStart, prevSize);
      start = prevStart;
      size += prevSize;
    }
    const nextSize = this.freeByStart.get(this.unitOf(start + size)) * 16;
    if (nextSize !== 0) {
      this.unlinkFree(start + size, nextSize);
      size += nextSize;
    }
    if (start + size === this.topStart) {
      this.topStart = start;
      this.trim();
      return;
    }
    this.linkFree(start, size);
  }

  /** systrim: give back whole pages above top_pad when top exceeds trim_threshold. */
  private trim(): void {
    const top = this.brk - this.topStart;
    if (top < this.trimThreshold) return;
    const extra = Math.floor((top - MINSIZE - 1 - TOP_PAD) / PAGE_SIZE) * PAGE_SIZE;
    if (extra > 0) {
      this.brk -= extra;
      this.budget.release(extra);
    }
  }

  private linkFree(start: number, size: number): void {
    const unit = this.unitOf(start);
    this.freeByStart.set(unit, size / 16);
    this.freeByEnd.set(this.unitOf(start + size), unit + 1);
    this.nfreeLarge++;
    this.bestFit.add(start, size);
  }

  private unlinkFree(start: number, size: number): void {
    this.freeByStart.set(this.unitOf(start), 0);
    this.freeByEnd.set(this.unitOf(start + size), 0);
    this.nfreeLarge--;
    this.bestFit.remove(start, size);
  }

  /** Size of the chunk takeBestFit returned (cs, or all of it when the rest is < MINSIZE). */
  private fitSize = 0;

  /** The smallest free large chunk that fits `cs` (lowest address among equals), split
   *  when the rest is at least MINSIZE; -1 when none fits. */
  private takeBestFit(cs: number): number {
    const bestSize = this.bestFit.bestSize(cs);
    if (bestSize < 0) return -1;
    const best = this.bestFit.lowestStart(bestSize);
    this.unlinkFree(best, bestSize);
    this.fitSize = bestSize;
    if (bestSize - cs >= MINSIZE) {
      this.fitSize = cs;
      this.linkFree(best + cs, bestSize - cs);
    }
    return best;
  }

}
