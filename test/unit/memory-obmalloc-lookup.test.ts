// How free() finds a block without a division (obmalloc.ts free_below / blockOf): the
// distance below the pool table's top, the block size's inverse modulo 2**32, and the
// slow path for addresses beyond the int32 span. Every way must agree with the plain
// arithmetic (pool + POOL_OVERHEAD + i * size) and reject what is not a block start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Obmalloc } from '../../src/model/memory/obmalloc';
import { PY311_MEMORY } from '../../src/model/profiles/py311-memory';

test('every block of every size class is found again by free, and reused LIFO', () => {
  const m = new Obmalloc(PY311_MEMORY);
  for (let szidx = 0; szidx < m.NB_SMALL_SIZE_CLASSES; szidx++) {
    const size = m.indexToSize(szidx);
    const n = m.numBlocks(szidx);
    const addrs: number[] = [];
    for (let i = 0; i < n; i++) addrs.push(m.malloc(size, null));
    const pool = m.poolOf(addrs[0])!;
    addrs.forEach((a, i) => assert.equal(a, pool.address + 48 + i * size, `class ${szidx} block ${i}`));
    // Free in a scrambled order; the free list is then that order reversed.
    const order = addrs.map((_, i) => (i * 7) % n);
    if (new Set(order).size !== n) order.splice(0, n, ...addrs.map((_, i) => i));
    for (const i of order) m.free(addrs[i]);
    for (const i of [...order].reverse()) assert.equal(m.malloc(size, null), addrs[i], `class ${szidx} LIFO`);
    for (const a of addrs) m.free(a);
  }
  assert.equal(m.allocatedBlocks(), 0);
});

test('a pointer into a pool that is no block start is refused, and frees nothing', () => {
  const m = new Obmalloc(PY311_MEMORY);
  const a = m.malloc(48, null); // 48-byte class: odd part 3, so the inverse matters
  const b = m.malloc(48, null);
  const pool = m.poolOf(a)!;
  for (const bad of [a + 16, a + 8, b - 16, pool.address, pool.address + 16, pool.address + 48 + 48 * m.numBlocks(2)]) {
    assert.throws(() => m.free(bad), /not a block start/, `0x${bad.toString(16)}`);
  }
  assert.equal(m.allocatedBlocks(), 2);
  m.free(a);
  assert.throws(() => m.free(a), /free of a free block/);
});

test('arenas more than 2 GiB below the top (a large memory cap) take the slow path alike', () => {
  const m = new Obmalloc(PY311_MEMORY, { memoryCap: 4 * 2 ** 30 });
  // Raw chunks of 256 MiB are mmapped top-down first; the first arena goes below them.
  const big: number[] = [];
  for (let i = 0; i < 9; i++) big.push(m.malloc(256 * 2 ** 20, null));
  const a = m.malloc(32, null);
  const b = m.malloc(32, null);
  assert.ok(big[0] - a > 2 ** 31, 'the arena lies beyond the int32 span');
  assert.equal(b, a + 32);
  m.free(a);
  assert.equal(m.malloc(32, null), a, 'the freed block is reused');
  assert.throws(() => m.free(a + 16), /not a block start/);
  m.free(a);
  m.free(b);
  for (const p of big) m.free(p);
  assert.equal(m.allocatedBlocks(), 0);
});

test('raw chunks are found by their user pointer only (heap table and mmap map)', () => {
  const m = new Obmalloc(PY311_MEMORY);
  const small = m.malloc(600, null); // tcache-sized heap chunk
  const large = m.malloc(5000, null); // heap chunk that coalesces
  const mapped = m.malloc(1 << 20, null); // its own mmap
  for (const bad of [small + 8, small + 16, large - 16, mapped + 16]) {
    assert.throws(() => m.free(bad), /unknown address/, `0x${bad.toString(16)}`);
  }
  assert.equal(m.raw.count, 3);
  assert.equal(m.raw.chunkAt(large)!.nbytes, 5000);
  m.free(large);
  assert.equal(m.raw.chunkAt(large), undefined);
  assert.equal(m.malloc(5000, null), large, 'the freed chunk is reused');
  for (const a of [small, large, mapped]) m.free(a);
  assert.equal(m.raw.count, 0);
  assert.deepEqual(m.raw.chunks(), []);
});
