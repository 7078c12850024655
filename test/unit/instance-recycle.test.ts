// Host-side recycling of class instances' JS objects (objects/instance_recycle.ts)
// and of tuples' (tupleobject.ts):
// a reused object has the fields, in the order, of a new one, nothing observable
// changes (expected output recorded from CPython 3.11.7, `python recycle.py`), and
// nothing is recycled while a collection observer (trace, panel) is installed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSource, traceSource } from '../../src/model/index';
import { Interpreter } from '../../src/model/vm/run';
import { liveObjects } from '../../src/model/vm/inspect';
import { PyInstanceObject } from '../../src/model/objects/typeobject';
import type { PyObject } from '../../src/model/objects/object';
import type { Obmalloc } from '../../src/model/memory/obmalloc';
import { GCState, addGcEventSink } from '../../src/model/gc/index';

const parity = [
  'import gc, sys, weakref',
  'class A:',
  '    pass',
  'class W:',
  "    __slots__ = ('p', 'q')",
  'class WW:',
  "    __slots__ = ('p', '__weakref__')",
  'class D:',
  '    def __init__(self, k):',
  '        self.k = k',
  '    def __del__(self):',
  '        global saved',
  "        if self.k == 'keep':",
  '            saved = self',
  'saved = None',
  'a = A(); a.x = 1; a.y = 2',
  'ia = id(a)',
  'del a',
  'b = A(); b.z = 3',
  'print(id(b) == ia, b.__dict__, sys.getsizeof(b), sys.getrefcount(b))',
  'c = A()',
  "print(hasattr(c, 'x'), hasattr(c, 'z'), c.__dict__, gc.get_count()[0] >= 0)",
  'r = weakref.ref(c)',
  'del c',
  'print(r())',
  'd = A()',
  'print(weakref.getweakrefcount(d), d.__dict__)',
  'd.__dict__',
  'd.w = 5',
  'del d',
  'e = A(); e.q = 1',
  'print(e.__dict__, sys.getsizeof(e.__dict__) > 0)',
  's = W(); s.p = 1',
  'del s',
  's2 = W()',
  "print(hasattr(s2, 'p'))",
  't = WW(); t.p = 2',
  'del t',
  't2 = WW()',
  "print(hasattr(t2, 'p'), weakref.getweakrefcount(t2))",
  "x = D('keep')",
  'del x',
  'print(saved.k, sys.getrefcount(saved))',
  "y = D('drop')",
  'del y',
  "z = D('z')",
  'print(z.k, saved.k)',
  'saved = None',
  "z2 = D('z2')",
  'print(z2.k)',
  'for i in range(3):',
  '    p = A(); q = A(); p.o = q; q.o = p',
  'del p, q',
  'print(gc.collect())',
  'n = A()',
  'print(n.__dict__)',
  'class E(A):',
  '    def __init__(self):',
  '        self.e = 1',
  'l = [E() for _ in range(5)]',
  'del l',
  'f = E()',
  'print(f.__dict__, isinstance(f, A), type(f).__name__)',
  // Tuples past the free lists (tupleobject.ts recycles their JS objects too).
  'gc.collect()',
  'c0 = gc.get_count()',
  'l = [(i, -i) for i in range(2500)]',
  'del l',
  'm = [(i, str(i)) for i in range(2600)]',
  'c1 = gc.get_count()',
  'print(len(m), m[2599], c0, c1, sys.getsizeof(m[5]))',
  'del m',
  'gc.collect()',
  'k = [(j,) * 3 for j in range(3000)]',
  'print(k[2999], gc.get_count())',
].join('\n') + '\n';

const parityExpected = [
  "True {'z': 3} 56 2",
  'False False {} True',
  'None',
  '0 {}',
  "{'q': 1} True",
  'False',
  'False 0',
  'keep 2',
  'z keep',
  'z2',
  '6',
  '{}',
  "{'e': 1} True E",
  "2600 (2599, '2599') (0, 0, 0) (601, 3, 0) 56",
  '(2999, 2999, 2999) (198, 4, 0)',
].join('\n') + '\n';

test('instances made from recycled JS objects behave as CPython', () => {
  const r = runSource(parity, { filename: 'recycle.py' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, parityExpected);
});

const reuse = 'class A:\n    pass\na = A(); a.x = 1\ndel a\nb = A()\npass\n';

interface Seen {
  obj: PyObject;
  keys: string[];
  refcnt: number;
  values: unknown;
}

function run(observed: boolean): { first: Seen; second: Seen } {
  const it = Interpreter.create(reuse, { filename: 'reuse.py' });
  if (observed) addGcEventSink(it.rt.gc as GCState, { onCollection: () => {} });
  // The instance of class A alive when lines 4 (`del a`) and 6 start.
  const seen = new Map<number, Seen>();
  it.lineListener = (_frame, line) => {
    if (line !== 4 && line !== 6) return;
    const found = liveObjects(it.rt.mem as Obmalloc).filter((o) => o.ob_type.tp_name === 'A');
    assert.equal(found.length, 1);
    const obj = found[0];
    seen.set(line, { obj, keys: Object.keys(obj), refcnt: obj.ob_refcnt, values: [...((obj as PyInstanceObject).ob_values ?? [])] });
  };
  it.run();
  return { first: seen.get(4) as Seen, second: seen.get(6) as Seen };
}

test('a freed instance JS object serves the next instance, with the fields of a new one in the same order', () => {
  const { first, second } = run(false);
  assert.ok(first.obj instanceof PyInstanceObject);
  assert.equal(second.obj, first.obj);
  assert.deepEqual(second.keys, Object.keys(new PyInstanceObject(second.obj.ob_type)));
  assert.equal(second.refcnt, 1); // `b`
  assert.deepEqual(second.values, [null]);
});

test('nothing is recycled while a collection observer is installed', () => {
  const { first, second } = run(true);
  assert.notEqual(second.obj, first.obj);
});

test('the trace sees an object freed and one made in the same line as two objects (no recycling under it)', () => {
  const src = [
    'class A:',
    '    pass',
    'x = 1000',
    'a = x + 1; del a; b = x + 2',
    'p = A(); p.v = 1; del p; q = A()',
    't = [(i, -i) for i in range(2100)]; del t; u = (x, 7)',
  ].join('\n') + '\n';
  const r = traceSource(src, { filename: 'tr.py' });
  // Every execution of the line (the comprehension's frame runs line 6 too, once per item).
  const allocs = (line: number, type: string): string[] =>
    r.lines.filter((l) => l.line === line).flatMap((l) => l.allocs).filter((a) => a.type === type).map((a) => a.repr);
  assert.deepEqual(allocs(4, 'int'), ['1001', '1002']);
  assert.equal(allocs(5, 'A').length, 2);
  assert.ok(allocs(6, 'tuple').includes('(1000, 7)'));
});
