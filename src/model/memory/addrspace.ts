// The simulated process's address space: where libpython's data, the brk heap
// and anonymous mmaps (pymalloc arenas, big glibc chunks) sit. Addresses are plain
// JS numbers (all below 2**47, exact in a double).
//
// Real addresses are randomised (ASLR); ours are fixed so a run is reproducible,
// and laid out like a real x86-64 Linux CPython 3.11 process (measured with
// /proc/self/maps): the executable's brk heap near 0x55..., shared libraries and
// anonymous mappings near 0x7f..., mmaps placed top-down below the libraries.

/** Linux x86-64 page size (getconf PAGESIZE). */
export const PAGE_SIZE = 4096;

/** Where the simulated libpython3.11.so is mapped (2 MiB aligned, as ld.so maps it
 *  on this machine). Static objects (static.ts) live at fixed offsets from it. */
export const LIBPYTHON_BASE = 0x7f3a5c200000;

/** mm->mmap_base of the simulated process: anonymous mmaps are placed top-down below
 *  it. It is page-aligned but not 16 KiB-aligned (≡ 8 KiB mod 16 KiB), as the
 *  anonymous mappings next to the libraries were on this machine, so pymalloc
 *  arenas (1 MiB each, so all share that offset) are not pool-aligned: each has 63
 *  usable pools and loses 16 KiB to alignment. Measured: `sys._debugmallocstats()`
 *  at startup reported 49,152 or 65,536 "bytes lost to arena alignment" for 4 arenas
 *  (3 or 4 of 4 arenas unaligned), so unaligned is the common case. */
export const MMAP_BASE = 0x7f3a5c1c6000;

/** Start of the brk heap (glibc main arena). */
export const HEAP_BASE = 0x55d1e3a4b000;

/** The startup heap: objects CPython creates before the program runs (the type
 *  dicts and their method descriptors, the interned names) are made once per
 *  process in these ranges, below and above the program's own (8 GiB away, far
 *  past the 1 GiB memory cap), so no program allocation can ever share an address
 *  with them while every run starts from the same state. */
export const STARTUP_MMAP_BASE = MMAP_BASE - 8 * 2 ** 30;
export const STARTUP_HEAP_BASE = HEAP_BASE + 8 * 2 ** 30;

function pageUp(n: number): number {
  return Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
}

/** Anonymous mmap/munmap/mremap, placing mappings as Linux's top-down allocator does
 *  (mm/mmap.c unmapped_area_topdown: the highest gap below mmap_base that fits). */
export class AddressSpace {
  /** Mapped ranges, sorted by start: starts[i]..ends[i]. */
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(readonly mmapBase: number = MMAP_BASE) {}

  /** mmap(NULL, length, ..., MAP_PRIVATE|MAP_ANONYMOUS): the mapping's address. */
  mmap(length: number): number {
    const len = pageUp(length);
    let gapEnd = this.mmapBase;
    for (let i = this.starts.length - 1; i >= 0; i--) {
      if (gapEnd - this.ends[i] >= len) break;
      gapEnd = Math.min(gapEnd, this.starts[i]);
    }
    const start = gapEnd - len;
    this.insert(start, start + len);
    return start;
  }

  /** munmap(start, length) of a whole mapping made by mmap/mremap. */
  munmap(start: number, length: number): void {
    const i = this.find(start);
    if (i < 0 || this.ends[i] !== start + pageUp(length)) throw new Error(`internal: munmap of unmapped range 0x${start.toString(16)}`);
    this.starts.splice(i, 1);
    this.ends.splice(i, 1);
  }

  /** mremap(start, old, new, MREMAP_MAYMOVE): grows or shrinks in place when the pages
   *  above are free, else moves the mapping to a new place (mm/mremap.c). */
  mremap(start: number, oldLength: number, newLength: number): number {
    const i = this.find(start);
    if (i < 0) throw new Error(`internal: mremap of unmapped range 0x${start.toString(16)}`);
    const newEnd = start + pageUp(newLength);
    const limit = i + 1 < this.starts.length ? this.starts[i + 1] : this.mmapBase;
    if (newEnd <= limit) {
      this.ends[i] = newEnd;
      return start;
    }
    this.munmap(start, oldLength);
    return this.mmap(newLength);
  }

  /** Number of mapped ranges (for tests and the view). */
  get mappingCount(): number {
    return this.starts.length;
  }

  private find(start: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.starts[mid];
      if (s === start) return mid;
      if (s < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private insert(start: number, end: number): void {
    let i = this.starts.length;
    while (i > 0 && this.starts[i - 1] > start) i--;
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}
