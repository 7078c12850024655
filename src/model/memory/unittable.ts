// A table from heap positions to small integers, for the raw allocator's boundary
// tags (glibc keeps a free chunk's size in its header and at its end; the model keeps
// those two facts here, keyed by 16-byte units from the heap base). Pages of 4096
// entries (64 KiB of heap each) are created on first write, so an index is two array
// reads instead of a hash lookup, and the host holds 4 bytes per 16 bytes only where
// chunk boundaries have been.

const PAGE_BITS = 12;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

export class UnitTable {
  private pages: (Int32Array | null)[] = [];

  /** The value at a unit (an integer, 0 <= unit < 2**32), 0 when none was set. */
  get(unit: number): number {
    const i = unit >>> PAGE_BITS;
    if (i >= this.pages.length) return 0;
    const p = this.pages[i];
    return p === null ? 0 : p[unit & PAGE_MASK];
  }

  /** Sets the value at a unit (0 clears it). */
  set(unit: number, value: number): void {
    const i = unit >>> PAGE_BITS;
    while (this.pages.length <= i) this.pages.push(null);
    let p = this.pages[i];
    if (p === null) {
      if (value === 0) return;
      p = this.pages[i] = new Int32Array(1 << PAGE_BITS);
    }
    p[unit & PAGE_MASK] = value;
  }
}
