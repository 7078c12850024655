// Free lists (src/model/memory/freelist.ts) as CPython 3.11 keeps them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FreeList, FreeLists } from '../../src/model/memory/freelist';
import { PY311_MEMORY as M } from '../../src/model/profiles/py311-memory';

test('LIFO with a capacity: the most recently freed object comes back first', () => {
  const fl = new FreeList<string>('PyListObject', 2);
  assert.equal(fl.push('a'), true);
  assert.equal(fl.push('b'), true);
  assert.equal(fl.push('c'), false, 'full: the caller frees it');
  assert.equal(fl.pop(), 'b');
  assert.equal(fl.pop(), 'a');
  assert.equal(fl.pop(), null);
});

test('3.11 capacities: list 80, dict 80, dict keys 80, float 100, tuple 2000 per length, slice 1', () => {
  const f = new FreeLists<object>(M);
  assert.deepEqual([f.list.capacity, f.dict.capacity, f.dictKeys.capacity, f.float.capacity, f.slice.capacity], [80, 80, 80, 100, 1]);
  assert.equal(f.tuple.length, 20);
  assert.equal(f.tuple[0].capacity, 2000);
  let kept = 0;
  for (let i = 0; i < 100; i++) if (f.list.push({})) kept++;
  assert.equal(kept, 80, '[[] for _ in range(100)] then del: 80 lists kept, 20 freed');
});

test('tuples: lengths 1..20 are kept but only 1..19 reused (3.11 maybe_freelist_pop)', () => {
  const f = new FreeLists<object>(M);
  const t19 = {};
  const t20 = {};
  assert.equal(f.pushTuple(19, t19), true);
  assert.equal(f.pushTuple(20, t20), true);
  assert.equal(f.pushTuple(21, {}), false);
  assert.equal(f.pushTuple(0, {}), false, '() is static');
  assert.equal(f.popTuple(19), t19);
  assert.equal(f.popTuple(20), null, 'never popped');
  assert.equal(f.tuple[19].numfree, 1);
});

test('clear_freelists: tuples, floats, lists, dicts, dict keys, most recent first; slice cache kept', () => {
  const f = new FreeLists<string, string>(M);
  f.pushTuple(2, 't2a');
  f.pushTuple(2, 't2b');
  f.pushTuple(1, 't1');
  f.float.push('f');
  f.list.push('l1');
  f.list.push('l2');
  f.dict.push('d');
  f.dictKeys.push('k');
  f.slice.push('s');
  const order: string[] = [];
  const n = f.clearFreeLists({ object: (kind, o) => order.push(`${kind}:${o}`), dictKeys: (k) => order.push(`keys:${k}`) });
  assert.equal(n, 8);
  assert.deepEqual(order, ['tuple:t1', 'tuple:t2b', 'tuple:t2a', 'float:f', 'list:l2', 'list:l1', 'dict:d', 'keys:k']);
  assert.equal(f.slice.numfree, 1);
  assert.equal(f.list.numfree + f.dict.numfree + f.float.numfree, 0);
});
