// The raw allocator's index of free large chunks, ordered for best fit: the smallest
// chunk that is big enough, and among chunks of that size the lowest address (the
// order raw.ts has always used, so addresses do not depend on how it is searched).
// glibc keeps sorted large bins for the same purpose; here the distinct sizes are a
// sorted array (binary search) and each size has its starts sorted ascending, so a
// lookup is O(log n) instead of a scan of every free chunk.

export class BestFitIndex {
  /** Distinct sizes of free chunks, ascending. */
  private sizes: number[] = [];
  /** Starts of the free chunks of each size, ascending. */
  private starts = new Map<number, number[]>();

  add(start: number, size: number): void {
    let bucket = this.starts.get(size);
    if (bucket === undefined) {
      bucket = [];
      this.starts.set(size, bucket);
      this.sizes.splice(lowerBound(this.sizes, size), 0, size);
    }
    const i = lowerBound(bucket, start);
    if (i === bucket.length) bucket.push(start);
    else bucket.splice(i, 0, start);
  }

  remove(start: number, size: number): void {
    const bucket = this.starts.get(size)!;
    if (bucket.length === 1) {
      this.starts.delete(size);
      this.sizes.splice(lowerBound(this.sizes, size), 1);
      return;
    }
    const i = bucket.length > 0 && bucket[bucket.length - 1] === start ? bucket.length - 1 : lowerBound(bucket, start);
    if (i === bucket.length - 1) bucket.pop();
    else bucket.splice(i, 1);
  }

  /** Size of the smallest free chunk of at least `cs` bytes, or -1. */
  bestSize(cs: number): number {
    const i = lowerBound(this.sizes, cs);
    return i < this.sizes.length ? this.sizes[i] : -1;
  }

  /** Lowest start among the free chunks of exactly `size` bytes (bestSize's answer). */
  lowestStart(size: number): number {
    return this.starts.get(size)![0];
  }
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
