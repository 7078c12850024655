// The raw allocator's best-fit index (src/model/memory/bestfit.ts) against a plain scan
// of every free chunk: the smallest size that fits, the lowest start among equals.
// Addresses are observable (id()), so the index must pick exactly what the scan picks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BestFitIndex } from '../../src/model/memory/bestfit';

function scan(free: Map<number, number>, cs: number): [number, number] {
  let best = -1;
  let bestSize = Infinity;
  for (const [s, size] of free) {
    if (size >= cs && (size < bestSize || (size === bestSize && s < best))) {
      best = s;
      bestSize = size;
    }
  }
  return [best, best < 0 ? -1 : bestSize];
}

test('best fit agrees with a scan of every free chunk (bins, binmap words, large sizes)', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const idx = new BestFitIndex();
  const free = new Map<number, number>();
  let next = 0x1000;
  for (let step = 0; step < 20000; step++) {
    const op = rnd(3);
    if (op === 0 || free.size === 0) {
      // Sizes across the bins, word boundaries of the binmap and the large range.
      const size = 16 * (2 + (rnd(4) === 0 ? rnd(16384) : rnd(300)));
      next += 16 * (1 + rnd(4));
      free.set(next, size);
      idx.add(next, size);
      next += size;
    } else if (op === 1) {
      const keys = [...free.keys()];
      const s = keys[rnd(keys.length)];
      idx.remove(s, free.get(s)!);
      free.delete(s);
    } else {
      const cs = 16 * (2 + (rnd(4) === 0 ? rnd(20000) : rnd(400)));
      const [start, size] = scan(free, cs);
      const got = idx.bestSize(cs);
      assert.equal(got, size, `bestSize(${cs})`);
      if (size >= 0) assert.equal(idx.lowestStart(got), start, `lowestStart(${got})`);
    }
  }
});
