// pymalloc against Objects/obmalloc.c (3.11.7): size classes, pool carving, LIFO
// free lists, usedpools order, usable_arenas order (nfp2lasta), arena release
// (bpo-37257), pymalloc_realloc, the raw fallback and the memory cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Obmalloc, SimulatedMemoryError, type ArenaObject } from '../../src/model/memory/obmalloc';
import { PY311_MEMORY } from '../../src/model/profiles/py311-memory';
import { MMAP_BASE } from '../../src/model/memory/addrspace';

const POOL = 16384;
const mk = (cap?: number) => new Obmalloc(PY311_MEMORY, { memoryCap: cap });

/** Checks the invariants obmalloc.c asserts about usable_arenas and nfp2lasta. */
function checkArenaInvariants(m: Obmalloc): void {
  const seen: ArenaObject[] = [];
  let prev: ArenaObject | null = null;
  for (let a = m.usable_arenas; a !== null; a = a.nextarena) {
    assert.equal(a.prevarena, prev, 'prevarena links');
    assert.ok(a.nfreepools > 0, 'usable arenas have free pools');
    if (prev) assert.ok(prev.nfreepools <= a.nfreepools, 'usable_arenas sorted by nfreepools');
    seen.push(a);
    prev = a;
  }
  for (let nf = 0; nf < m.nfp2lasta.length; nf++) {
    const withNf = seen.filter((a) => a.nfreepools === nf);
    assert.equal(m.nfp2lasta[nf], withNf.length ? withNf[withNf.length - 1] : null, `nfp2lasta[${nf}]`);
  }
  for (const a of m.arenas) {
    if (a.address === 0) continue;
    const used = a.pools.filter((p) => p.count > 0).length;
    const carved = a.pools.length;
    assert.equal(a.nfreepools, a.ntotalpools - carved + (carved - used), 'nfreepools = never carved + empty');
  }
}

test('size classes: (n-1)>>4, 32 classes of 16..512 bytes; NUMBLOCKS', () => {
  const m = mk();
  assert.equal(m.NB_SMALL_SIZE_CLASSES, 32);
  assert.equal(m.indexToSize(0), 16);
  assert.equal(m.indexToSize(31), 512);
  assert.equal(m.numBlocks(0), 1021); // (16384 - 48) / 16
  assert.equal(m.numBlocks(3), 255); // 64-byte class
  assert.equal(m.numBlocks(31), 31);
  const a = m.malloc(1, null);
  const b = m.malloc(16, null);
  assert.equal(b - a, 16, 'requests of 1 and 16 bytes share the 16-byte class');
  const c = m.malloc(17, null);
  assert.equal(m.locate(c)?.kind === 'pymalloc' && m.locate(c)!.kind === 'pymalloc' ? (m.locate(c) as { szidx: number }).szidx : -1, 1);
});

test('first arena: mmap top-down, not pool-aligned → 63 pools, first block at pool + POOL_OVERHEAD', () => {
  const m = mk();
  const p = m.malloc(40, null);
  const arena = m.arenas[0];
  assert.equal(arena.address, MMAP_BASE - (1 << 20));
  assert.notEqual(arena.address % POOL, 0);
  assert.equal(arena.ntotalpools, 63);
  assert.equal(arena.firstPool % POOL, 0);
  assert.equal(p, arena.firstPool + 48);
  assert.equal(m.arenas.length, 16, 'INITIAL_ARENA_OBJECTS');
});

test('blocks are carved in address order; a freed block is reused first (LIFO)', () => {
  const m = mk();
  const xs = Array.from({ length: 5 }, () => m.malloc(64, null));
  for (let i = 1; i < 5; i++) assert.equal(xs[i] - xs[i - 1], 64);
  m.free(xs[1]);
  m.free(xs[3]);
  assert.equal(m.malloc(64, null), xs[3]);
  assert.equal(m.malloc(64, null), xs[1]);
  assert.equal(m.malloc(64, null), xs[4] + 64, 'then the next never-used block (nextoffset)');
});

test('a full pool leaves usedpools; a free in it puts it at the front', () => {
  const m = mk();
  const n = m.numBlocks(3);
  const first = Array.from({ length: n }, () => m.malloc(64, null));
  const pool0 = m.poolOf(first[0])!;
  assert.equal(pool0.count, n);
  assert.equal(m.usedpools[3].nextpool, m.usedpools[3], 'full pool unlinked');
  const second = m.malloc(64, null);
  const pool1 = m.poolOf(second)!;
  assert.equal(pool1.address, pool0.address + POOL, 'next pool carved from the arena');
  m.free(first[10]);
  assert.equal(m.usedpools[3].nextpool, pool0, 'front insert (insert_to_usedpool)');
  assert.equal(m.malloc(64, null), first[10]);
  checkArenaInvariants(m);
});

test('an empty pool goes to the arena freepools and is reused by any size class', () => {
  const m = mk();
  const a = m.malloc(100, null);
  const pool = m.poolOf(a)!;
  m.free(a);
  assert.equal(pool.count, 0);
  assert.equal(m.arenas[0].freepools, pool);
  const b = m.malloc(500, null);
  assert.equal(m.poolOf(b), pool, 'cached pool reused for another size class');
  assert.equal(b, pool.address + 48);
  m.free(b);
  const c = m.malloc(490, null);
  assert.equal(c, b, 'same size class again: the pool free list is intact');
});

test('arenas: new pools come from the most used arena; empty arenas are freed except the last (bpo-37257)', () => {
  const m = mk();
  const perPool = m.numBlocks(31);
  // Fill 2.5 arenas of 512-byte blocks.
  const blocks: number[] = [];
  for (let i = 0; i < perPool * 63 * 2.5; i++) blocks.push(m.malloc(512, null));
  assert.equal(m.narenas_currently_allocated, 3);
  checkArenaInvariants(m);
  const arenaOf = (addr: number) => m.poolOf(addr)!.arena;
  const a0 = arenaOf(blocks[0]);
  const a1 = arenaOf(blocks[perPool * 63]);
  const a2 = arenaOf(blocks[blocks.length - 1]);
  // Free all of arena 0: as its free pools grow it slides right past arena 2 (case 3),
  // so when it is wholly free it is the last usable arena and is kept (case 1 needs
  // ao->nextarena != NULL).
  const live = new Set(blocks);
  const freeIf = (pred: (b: number) => boolean) => {
    for (const b of [...live]) if (pred(b)) { m.free(b); live.delete(b); }
  };
  freeIf((b) => arenaOf(b) === a0);
  assert.notEqual(a0.address, 0, 'rightmost wholly free arena kept');
  assert.equal(a0.nfreepools, 63);
  checkArenaInvariants(m);
  // Now free all of arena 2: it ends up left of arena 0, so it is released.
  freeIf((b) => arenaOf(b) === a2);
  assert.equal(a2.address, 0, 'wholly free arena with another usable one after it is released');
  assert.equal(m.narenas_currently_allocated, 2);
  // Empty the first 10 pools of arena 1.
  let k = 0;
  freeIf((b) => arenaOf(b) === a1 && k++ < perPool * 10);
  assert.equal(a1.nfreepools, 10);
  checkArenaInvariants(m);
  // The next new pool comes from the head of usable_arenas: the fewest free pools.
  const x = m.malloc(200, null);
  assert.ok(m.poolOf(x)!.arena === a1);
  assert.ok(m.usable_arenas === a1 && a1.nextarena === a0);
  checkArenaInvariants(m);
  // Free everything: the last usable arena is kept.
  m.free(x);
  for (const b of live) m.free(b);
  assert.equal(m.narenas_currently_allocated, 1);
  assert.equal(m.ntimes_arena_allocated, 3);
  assert.equal(m.narenas_highwater, 3);
  checkArenaInvariants(m);
});

test('random malloc/free keeps obmalloc invariants', () => {
  const m = mk();
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const live: number[] = [];
  for (let i = 0; i < 60000; i++) {
    if (live.length && rnd() < 0.48) {
      const j = Math.floor(rnd() * live.length);
      m.free(live[j]);
      live[j] = live[live.length - 1];
      live.pop();
    } else {
      live.push(m.malloc(1 + Math.floor(rnd() * 600), null));
    }
    if (i % 5000 === 0) checkArenaInvariants(m);
  }
  assert.equal(new Set(live).size, live.length, 'no address handed out twice');
  assert.equal(m.allocatedBlocks(), live.length);
  for (const x of live) m.free(x);
  checkArenaInvariants(m);
  assert.equal(m.allocatedBlocks(), 0);
});

test('pymalloc_realloc: in place unless the class grows or shrinks by 25% or more', () => {
  const m = mk();
  const p = m.malloc(100, null); // 112-byte class
  assert.equal(m.realloc(p, 112, null), p, 'same class');
  assert.equal(m.realloc(p, 85, null), p, '4*85 > 3*112');
  const q = m.realloc(p, 84, null); // 4*84 == 3*112 → copy to a smaller block
  assert.notEqual(q, p);
  assert.equal(m.ownerOf(p), undefined, 'old block freed');
  const r = m.realloc(q, 600, null);
  assert.equal(m.locate(r)?.kind, 'raw', 'grows past 512 → raw malloc');
  const s = m.realloc(r, 700, null);
  assert.equal(m.locate(s)?.kind, 'raw');
  const z = m.realloc(0, 10, null);
  assert.equal(m.locate(z)?.kind, 'pymalloc');
});

test('owners are kept per block and carried over by realloc', () => {
  const m = mk();
  const obj = { ob_addr: 0 } as never;
  const owner = { obj, part: 'ob_item' };
  const p = m.malloc(40, owner);
  assert.equal(m.ownerOf(p), owner);
  const q = m.realloc(p, 300, null);
  assert.equal(m.ownerOf(q), owner);
});

test('0 and > 512 bytes go to the raw allocator (glibc-like heap)', () => {
  const m = mk();
  const z = m.malloc(0, null);
  const big = m.malloc(513, null);
  assert.equal(m.locate(z)?.kind, 'raw');
  assert.equal(m.locate(big)?.kind, 'raw');
  assert.ok(big < 0x560000000000, 'brk heap, like [heap] at 0x55...');
  m.free(big);
  assert.equal(m.malloc(513, null), big, 'same-size chunk reused LIFO');
  assert.equal(m.raw.count, 2);
});

test('memory cap: a huge request is refused before anything is recorded', () => {
  const m = mk(8 << 20);
  const before = m.budget.used;
  assert.throws(() => m.malloc(1e15, null), SimulatedMemoryError);
  assert.throws(() => m.malloc(9 << 20, null), SimulatedMemoryError);
  assert.equal(m.budget.used, before);
  // Arenas count against the cap too.
  const xs: number[] = [];
  assert.throws(() => {
    for (;;) xs.push(m.malloc(512, null));
  }, SimulatedMemoryError);
  assert.ok(m.budget.used <= 8 << 20);
  for (const x of xs) m.free(x);
  assert.equal(m.narenas_currently_allocated, 1);
});

test('1,000,000 malloc/free pairs well under a second', () => {
  const m = mk();
  const keep = Array.from({ length: 1000 }, (_, i) => m.malloc(16 + (i % 400), null));
  const t0 = performance.now();
  for (let i = 0; i < 1_000_000; i++) {
    const p = m.malloc(24 + (i & 255), null);
    m.free(p);
  }
  const ms = performance.now() - t0;
  for (const k of keep) m.free(k);
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
});
