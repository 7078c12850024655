// The raw allocator's index of free large chunks, ordered for best fit: the smallest
// chunk that is big enough, and among chunks of that size the lowest address (the
// order raw.ts has always used, so addresses do not depend on how it is searched).
// As glibc's bins: chunks below BIN_LIMIT sit in one bin per exact size (16-byte
// steps) with a bitmap of the non-empty bins (binmap), so the smallest fitting size is
// a bit scan; bigger chunks are rare and kept as a sorted array of their sizes. Each
// size keeps its chunk starts sorted ascending.

/** Chunk sizes below this have a bin of their own. */
const BIN_LIMIT = 64 * 1024;
const NBINS = BIN_LIMIT / 16;

export class BestFitIndex {
  /** bins[size / 16]: starts of the free chunks of that size, ascending (null: none). */
  private bins: (number[] | null)[] = new Array<number[] | null>(NBINS).fill(null);
  /** Bit i of binmap[i >> 5] is set when bins[i] is non-empty. */
  private binmap = new Int32Array(NBINS / 32);
  /** Sizes of free chunks of BIN_LIMIT bytes or more, ascending, and their starts. */
  private largeSizes: number[] = [];
  private large = new Map<number, number[]>();

  add(start: number, size: number): void {
    if (size < BIN_LIMIT) {
      const i = size >> 4;
      const bin = this.bins[i];
      if (bin === null) {
        this.bins[i] = [start];
        this.binmap[i >> 5] |= 1 << (i & 31);
      } else insertSorted(bin, start);
      return;
    }
    let bucket = this.large.get(size);
    if (bucket === undefined) {
      bucket = [];
      this.large.set(size, bucket);
      this.largeSizes.splice(lowerBound(this.largeSizes, size), 0, size);
    }
    insertSorted(bucket, start);
  }

  remove(start: number, size: number): void {
    if (size < BIN_LIMIT) {
      const i = size >> 4;
      const bin = this.bins[i]!;
      if (bin.length === 1) {
        this.bins[i] = null;
        this.binmap[i >> 5] &= ~(1 << (i & 31));
      } else removeSorted(bin, start);
      return;
    }
    const bucket = this.large.get(size)!;
    if (bucket.length === 1) {
      this.large.delete(size);
      this.largeSizes.splice(lowerBound(this.largeSizes, size), 1);
    } else removeSorted(bucket, start);
  }

  /** Size of the smallest free chunk of at least `cs` bytes, or -1. */
  bestSize(cs: number): number {
    if (cs < BIN_LIMIT) {
      let i = cs >> 4;
      let w = i >> 5;
      // Bits of bins >= i in the first word, then whole words.
      let bits = this.binmap[w] & (-1 << (i & 31));
      while (bits === 0) {
        if (++w === this.binmap.length) return this.largeSizes.length > 0 ? this.largeSizes[0] : -1;
        bits = this.binmap[w];
      }
      i = (w << 5) + (31 - Math.clz32(bits & -bits));
      return i << 4;
    }
    const j = lowerBound(this.largeSizes, cs);
    return j < this.largeSizes.length ? this.largeSizes[j] : -1;
  }

  /** Lowest start among the free chunks of exactly `size` bytes (bestSize's answer). */
  lowestStart(size: number): number {
    return size < BIN_LIMIT ? this.bins[size >> 4]![0] : this.large.get(size)![0];
  }
}

function insertSorted(a: number[], x: number): void {
  const i = lowerBound(a, x);
  if (i === a.length) a.push(x);
  else a.splice(i, 0, x);
}

function removeSorted(a: number[], x: number): void {
  const i = a[a.length - 1] === x ? a.length - 1 : lowerBound(a, x);
  if (i === a.length - 1) a.pop();
  else a.splice(i, 1);
}

/** First index i with a[i] >= x (a ascending). */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
