// The allocator view (src/model/memory/view.ts): JSON-serialisable, block states and
// owners, reuse of unchanged arenas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Obmalloc } from '../../src/model/memory/obmalloc';
import { FreeLists } from '../../src/model/memory/freelist';
import { buildAllocatorView } from '../../src/model/memory/view';
import { PY311_MEMORY as M } from '../../src/model/profiles/py311-memory';

const fakeObj = (addr: number, type: string) => ({ ob_addr: addr, ob_type: { tp_name: type } }) as never;

test('blocks: allocated (with owner), free (on the free list), never-used', () => {
  const m = new Obmalloc(M);
  const a = m.malloc(56, null);
  const obj = fakeObj(a + 16, 'list');
  m.realloc(a, 56, { obj, part: 'object' });
  const b = m.malloc(60, null);
  m.malloc(60, null);
  m.free(b);
  const v = buildAllocatorView(m);
  assert.equal(v.arenas.length, 1);
  const pool = v.arenas[0].pools[0];
  assert.equal(pool.blockSize, 64);
  assert.equal(pool.state, 'used');
  assert.equal(pool.count, 2);
  assert.deepEqual(pool.blocks[0].owner, { id: a + 16, type: 'list', part: 'object' });
  assert.equal(pool.blocks[0].state, 'allocated');
  assert.equal(pool.blocks[1].state, 'free');
  assert.equal(pool.blocks[2].state, 'allocated');
  assert.equal(pool.blocks[3].state, 'never-used', 'carved onto the free list but never handed out');
  assert.deepEqual(pool.freeList, [1, 3]);
  assert.equal(pool.nfree, 1);
  assert.equal(pool.nneverUsed, pool.nblocks - 3);
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(v)));
  assert.equal(v.arenas[0].ntotalpools, 63);
});

test('unchanged arenas are reused by identity; a change rebuilds only that arena', () => {
  const m = new Obmalloc(M);
  const xs: number[] = [];
  for (let i = 0; i < 31 * 63 + 1; i++) xs.push(m.malloc(512, null)); // 2 arenas
  const v1 = buildAllocatorView(m);
  const v2 = buildAllocatorView(m, null, v1);
  assert.equal(v2.arenas[0], v1.arenas[0]);
  assert.equal(v2.arenas[1], v1.arenas[1]);
  m.free(xs[xs.length - 1]);
  const v3 = buildAllocatorView(m, null, v2);
  assert.equal(v3.arenas[0], v1.arenas[0]);
  assert.notEqual(v3.arenas[1], v1.arenas[1]);
});

test('raw chunks and free lists are listed', () => {
  const m = new Obmalloc(M);
  const big = m.malloc(1000, { obj: fakeObj(0, 'bytes'), part: 'object' });
  const fl = new FreeLists<{ ob_addr: number }>(M);
  fl.list.push({ ob_addr: 0x1234 });
  const v = buildAllocatorView(m, fl);
  assert.equal(v.raw.length, 1);
  assert.equal(v.raw[0].address, big);
  assert.equal(v.raw[0].owner?.type, 'bytes');
  const lists = v.freeLists.find((f) => f.kind === 'list')!;
  assert.deepEqual(lists.addresses, [0x1234]);
  assert.equal(v.freeLists.filter((f) => f.kind.startsWith('tuple[')).length, 20);
  assert.ok(v.memoryUsed > 0 && v.memoryCap === M.defaultMemoryCap);
});
