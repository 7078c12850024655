// The glibc-like raw allocator (src/model/memory/raw.ts), against what was measured
// on this machine with CPython 3.11.7 (see the comment at the top of raw.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RawAllocator, request2size, DEFAULT_MMAP_THRESHOLD } from '../../src/model/memory/raw';
import { AddressSpace, HEAP_BASE, MMAP_BASE } from '../../src/model/memory/addrspace';
import { MemoryBudget, SimulatedMemoryError } from '../../src/model/memory/budget';

const mk = () => new RawAllocator(new AddressSpace(), new MemoryBudget(1 << 30));

test('request2size: +8, 16-aligned, at least 32', () => {
  assert.equal(request2size(0), 32);
  assert.equal(request2size(24), 32);
  assert.equal(request2size(25), 48);
  assert.equal(request2size(1033), 1056);
  assert.equal(request2size(2033), 2048);
});

test('first chunk after tcache_perthread_struct; consecutive chunks are chunk-size apart', () => {
  const r = mk();
  const a = r.malloc(1000, null);
  assert.equal(a, HEAP_BASE + 0x290 + 16);
  const b = r.malloc(2033, null);
  const c = r.malloc(2033, null);
  assert.equal(c - b, 2048, 'measured: bytes(2000) objects 2048 apart');
});

test('same-size chunks are reused LIFO', () => {
  const r = mk();
  const xs = [r.malloc(1000, null), r.malloc(1000, null), r.malloc(1000, null)];
  for (const x of xs) r.free(x);
  const ys = [r.malloc(1000, null), r.malloc(1000, null), r.malloc(1000, null)];
  assert.deepEqual(ys, [xs[2], xs[1], xs[0]], 'measured on glibc: [2, 1, 0]');
});

test('large chunks merge into top, so a bigger request gets the same address', () => {
  const r = mk();
  r.malloc(100, null);
  const a = r.malloc(10033, null);
  r.free(a);
  const b = r.malloc(100033, null);
  assert.equal(b, a, 'measured: bytes(10000) then bytes(100000) at the same address');
  r.free(b);
  const c = r.malloc(131033, null);
  assert.equal(c, a);
});

test('freed large chunks coalesce and are reused best-fit', () => {
  const r = mk();
  const a = r.malloc(5000, null);
  const b = r.malloc(5000, null);
  r.malloc(5000, null); // keeps a and b away from top
  r.free(a);
  r.free(b);
  assert.equal(r.malloc(9000, null), a, 'a and b merged');
});

test('mmap threshold: 1 MB gets its own mapping; after freeing it, the next one comes from the heap', () => {
  const r = mk();
  r.malloc(10, null);
  const a = r.malloc(1_000_033, null);
  assert.ok(a > HEAP_BASE + (1 << 30) && a < MMAP_BASE, 'an mmap');
  assert.equal(a % 4096, 16, 'user pointer = mapping + 16');
  r.free(a);
  assert.ok(r.mmapThreshold > DEFAULT_MMAP_THRESHOLD, 'dynamic threshold raised');
  const b = r.malloc(1_000_033, null);
  assert.ok(b < HEAP_BASE + (1 << 30), 'now from the brk heap');
});

test('realloc: in place when shrinking or growing into top; else moves', () => {
  const r = mk();
  const a = r.malloc(2000, null);
  assert.equal(r.realloc(a, 3000, null), a, 'grows into top');
  const b = r.malloc(2000, null);
  assert.equal(r.realloc(a, 1000, null), a, 'shrinks in place');
  const c = r.realloc(a, 5000, null);
  assert.notEqual(c, a, 'b is in the way');
  assert.ok(r.chunkAt(b));
});

test('the cap refuses huge requests before touching anything', () => {
  const r = new RawAllocator(new AddressSpace(), new MemoryBudget(1 << 20));
  assert.throws(() => r.malloc(2 ** 52, null), SimulatedMemoryError);
  assert.throws(() => r.malloc(2 << 20, null), SimulatedMemoryError);
  assert.equal(r.count, 0);
  assert.equal(r.heapSize, 0);
});
