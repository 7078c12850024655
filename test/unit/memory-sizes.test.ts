// sys.getsizeof rules (src/model/memory/sizes.ts) replayed against sweeps recorded from
// CPython 3.11.7 (test/unit/memory-goldens/cpython311.json, scripts/memory-goldens.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PY311_MEMORY as M } from '../../src/model/profiles/py311-memory';
import * as S from '../../src/model/memory/sizes';

const golden = JSON.parse(readFileSync(new URL('./memory-goldens/cpython311.json', import.meta.url), 'utf8'));
const G = golden.sizes;
const GC = M.gcHeadSize;

test('type layouts in the profile equal type.__basicsize__/__itemsize__/HAVE_GC of 3.11.7', () => {
  for (const [name, t] of Object.entries(golden.types as Record<string, { basicsize: number; itemsize: number; gc: boolean }>)) {
    if (name.startsWith('<')) continue;
    assert.deepEqual(M.types[name], t, name);
  }
});

test('int: 24 + 4 per 30-bit digit, at least one (longobject.c long__sizeof__)', () => {
  const size = (v: bigint) => S.longSizeof(M, S.longDigits(M, v));
  for (const [v, n] of G.int as [string, number][]) assert.equal(size(BigInt(v)), n, v);
  (G.int_pow2 as number[]).forEach((n, k) => assert.equal(size(2n ** BigInt(k)), n, `2**${k}`));
  (G.int_neg_pow2 as number[]).forEach((n, k) => assert.equal(size(-(2n ** BigInt(k))), n, `-2**${k}`));
  assert.equal(G.bool[0], size(1n));
});

test('str: compact ASCII 48 + n + 1, else 72 + (n + 1) * kind (unicode_sizeof_impl)', () => {
  (G.str_ascii as number[]).forEach((n, len) => assert.equal(S.unicodeSizeof(M, len, len ? 0x78 : 0), n, `ascii ${len}`));
  (G.str_latin1 as number[]).forEach((n, i) => assert.equal(S.unicodeSizeof(M, i + 1, 0xe9), n, `latin1 ${i + 1}`));
  (G.str_ucs2 as number[]).forEach((n, i) => assert.equal(S.unicodeSizeof(M, i + 1, 0x100), n, `ucs2 ${i + 1}`));
  (G.str_ucs4 as number[]).forEach((n, i) => assert.equal(S.unicodeSizeof(M, i + 1, 0x10000), n, `ucs4 ${i + 1}`));
  assert.equal(S.unicodeSizeof(M, 5, 0xe9), G.str_latin1_after_encode, 'str.encode does not cache utf8');
});

test('bytes 33 + n; bytearray 56 + ob_alloc with PyByteArray_Resize growth', () => {
  (G.bytes as number[]).forEach((n, len) => assert.equal(S.bytesSize(M, len), n, `bytes ${len}`));
  (G.bytearray as number[]).forEach((n, len) => assert.equal(S.bytearraySizeof(M, len ? len + 1 : 0), n, `bytearray(${len})`));
  let alloc = 0;
  (G.bytearray_append as number[]).forEach((n, len) => {
    assert.equal(S.bytearraySizeof(M, alloc), n, `after ${len} appends`);
    alloc = S.bytearrayResizeAlloc(alloc, len + 1);
  });
});

test('tuple: 24 + 8n + GC header', () => {
  (G.tuple as number[]).forEach((n, len) => assert.equal(S.tupleStructSize(M, len) + GC, n, `tuple ${len}`));
});

test('list: list_resize over-allocation, list_preallocate_exact, exact [x]*n', () => {
  const gs = (allocated: number) => S.listSizeof(M, allocated) + GC;
  let allocated = 0;
  (G.list_append as number[]).forEach((n, size) => {
    assert.equal(gs(allocated), n, `after ${size} appends`);
    allocated = S.listResize(allocated, size, size + 1);
  });
  allocated = 0;
  (G.list_comp as number[]).forEach((n, size) => {
    assert.equal(gs(allocated), n, `comprehension of ${size}`);
    allocated = S.listResize(allocated, size, size + 1);
  });
  (G.list_from_range as number[]).forEach((n, len) => {
    // list___init__: preallocate exactly for a sized iterable, then list_extend resizes to
    // m + length_hint (kept) and cuts back to the final size (kept).
    let a = len > 0 ? S.listPreallocateExact(len) : 0;
    a = S.listResize(a, 0, len);
    a = S.listResize(a, len, len);
    assert.equal(gs(a), n, `list(range(${len}))`);
  });
  (G.list_repeat as number[]).forEach((n, len) => assert.equal(gs(len), n, `[0]*${len}`));
  // [] / [1] / [1,2]: BUILD_LIST n (exact); [1,2,3] / [1..5]: BUILD_LIST 0 + LIST_EXTEND of a
  // constant tuple into an empty list → list_preallocate_exact.
  assert.deepEqual(G.list_literal, [gs(0), gs(1), gs(2), gs(S.listPreallocateExact(3)), gs(S.listPreallocateExact(5))]);
});

/** Replays insertions into a dict as insertdict/insertion_resize do (no deletions). */
function dictSweep(n: number, unicode: boolean): number[] {
  const out: number[] = [];
  let log2: number | null = null;
  let usable = 0;
  for (let used = 0; used <= n; used++) {
    out.push(S.dictSizeof(M, { ownKeys: log2 === null ? null : { log2Size: log2, unicode }, splitValuesSlots: null }) + GC);
    if (log2 === null) {
      log2 = S.PyDict_LOG2_MINSIZE; // insert_to_emptydict: new_keys_object(PyDict_LOG2_MINSIZE)
      usable = S.usableFraction(8);
    } else if (usable <= 0) {
      log2 = S.calculateLog2Keysize(S.growthRate(used));
      usable = S.usableFraction(2 ** log2) - used;
    }
    usable--;
  }
  return out;
}

test('dict: keys object sizes, 2/3 usable, GROWTH_RATE used*3, {} shares the empty keys', () => {
  assert.deepEqual(dictSweep(1000, false), G.dict_int_insert);
  assert.deepEqual(dictSweep(1000, true), G.dict_str_insert);
  assert.deepEqual(dictSweep(199, false), G.dict_fromkeys);
  assert.deepEqual(dictSweep(199, false), G.dict_comp);
  assert.equal(dictSweep(100, false)[100], G.dict_after_deletes, 'deleting never shrinks the keys');
  assert.equal(S.dictSizeof(M, { ownKeys: null, splitValuesSlots: null }) + GC, G.dict_clear);
});

/** Replays set_add_entry for distinct keys. */
function setSweep(n: number): number[] {
  const out: number[] = [];
  let table = M.structs.PySet_MINSIZE;
  for (let used = 0; used <= n; used++) {
    out.push(S.setSizeof(M, table) + GC);
    const fill = used + 1;
    if (S.setNeedsResize(fill, table - 1)) table = S.setTableSize(M, S.setGrowthMinused(fill));
  }
  return out;
}

test('set/frozenset: 200-byte struct with smalltable, table ×4 growth at fill*5 >= mask*3', () => {
  assert.deepEqual(setSweep(1000), G.set_add);
  assert.deepEqual(setSweep(199), G.set_from_range);
  assert.deepEqual(setSweep(199), G.frozenset_from_range);
});

test('fixed-size objects, instances, functions, code, generators, types', () => {
  assert.equal(S.fixedGetsizeof(M, 'float'), G.float);
  assert.equal(S.fixedGetsizeof(M, 'NoneType'), G.none);
  assert.equal(S.fixedGetsizeof(M, 'function'), G.function);
  assert.equal(S.fixedGetsizeof(M, 'function'), G.lambda);
  assert.equal(S.fixedGetsizeof(M, 'cell'), G.cell);
  assert.equal(S.fixedGetsizeof(M, 'method'), G.method);
  assert.equal(S.fixedGetsizeof(M, 'builtin_function_or_method'), G.builtin_method);
  assert.equal(S.fixedGetsizeof(M, 'range'), G.range);
  assert.equal(S.fixedGetsizeof(M, 'slice'), G.slice);
  assert.equal(S.fixedGetsizeof(M, 'object'), G.object);
  // class Inst: pass → object (16) + __weakref__ slot; GC header + managed dict pre-header.
  const plain = S.instanceBasicsize(M, M.types.object.basicsize, 0, true);
  assert.equal(plain, golden.types['<class Plain>'].basicsize);
  assert.equal(S.getsizeof(M, plain, true, true), G.instance);
  const slots = S.instanceBasicsize(M, M.types.object.basicsize, 2, false);
  assert.equal(slots, golden.types['<class Slots2>'].basicsize);
  assert.equal(S.getsizeof(M, slots, true, false), G.slots_instance);
  assert.equal(S.heapTypeSizeof(M, { log2Size: S.SHARED_KEYS_LOG2_SIZE }) + GC, G.heaptype_plain);
  assert.equal(S.heapTypeSizeof(M, null) + GC, G.heaptype_slots);
  assert.equal(S.staticTypeSizeof(M) + GC, G.static_type_int);
  for (const [units, n] of G.code as [number, number][]) assert.equal(S.codeSizeof(M, units), n, `code of ${units} units`);
  for (const [, nlocalsplus, stack, n] of G.generator as number[][]) assert.equal(S.generatorSizeof(M, nlocalsplus, stack) + GC, n);
});

test('helpers: index bytes, estimate_log2_keysize, values prefix, heap type allocation', () => {
  assert.equal(S.dictLog2IndexBytes(7), 7);
  assert.equal(S.dictLog2IndexBytes(8), 9);
  assert.equal(S.dictLog2IndexBytes(16), 18);
  assert.equal(S.estimateLog2Keysize(5), 3);
  assert.equal(S.estimateLog2Keysize(6), 4);
  assert.equal(S.dictValuesAllocSize(M, 30), 32 + 240);
  assert.ok(S.heapTypeAllocSize(M, 2) > M.smallRequestThreshold, 'class objects come from the raw allocator');
});
