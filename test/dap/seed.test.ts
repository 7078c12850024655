// The seed's lessons, as a learner steps through them in the Variables view: ids shared
// by names, counts moving with assignments, calls, del and rebinding, a cycle freed by
// gc.collect(), and __init__ / __del__ stepped into from a class call and a del.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, step, locals, rows, topFrame, finish } from './client';

test('a = 123; b = a: one object, same id; a = 456: a new object, b keeps 123', async () => {
  const s = await launch('a = 123\nb = a\na = 456\nend = 0\n');
  await step(s.dc, 'next');
  await step(s.dc, 'next');
  let v = await locals(s.dc);
  assert.equal(v.get('a')?.id, v.get('b')?.id);
  assert.match(v.get('a')!.value, /^123 /);
  const old = v.get('a')!.id;
  await step(s.dc, 'next');
  v = await locals(s.dc);
  assert.notEqual(v.get('a')?.id, old);
  assert.equal(v.get('b')?.id, old);
  assert.match(v.get('a')!.value, /^456 /);
  await s.stop();
});

test('b = a on a list moves ob_refcnt 1 → 2; the expanded object shows both names as referrers', async () => {
  const s = await launch('a = [321, 123]\nb = a\nend = 0\n');
  await step(s.dc, 'next');
  let v = await locals(s.dc);
  assert.equal(v.get('a')?.refcnt, 1);
  await step(s.dc, 'next');
  v = await locals(s.dc);
  assert.equal(v.get('a')?.refcnt, 2);
  assert.equal(v.get('b')?.refcnt, 2);
  const inner = await rows(s.dc, v.get('a')!.ref);
  assert.match(inner.get('ob_refcnt')!.value, /^2 {2}\(sys\.getrefcount would print 3/);
  assert.match(inner.get('id')!.value, new RegExp(`^${v.get('a')!.id} `));
  assert.equal(inner.get('type')?.value, 'list');
  assert.equal(inner.get('sys.getsizeof')?.value, '72 bytes');
  assert.equal(inner.get('gc')?.value, 'generation 0');
  assert.match(inner.get('memory')!.value, /^pymalloc block \d+ of pool 0x[0-9a-f]+ \(64-byte blocks, size class 3\) in arena 0x[0-9a-f]+$/);
  assert.match(inner.get('[0]')!.value, /^321 /);
  const refs = await rows(s.dc, inner.get('referrers')!.ref);
  assert.deepEqual([...refs.keys()].sort(), ["name a in <module>'s namespace", "name b in <module>'s namespace"]);
  await s.stop();
});

test('del a and rebinding release references; the last one frees the list', async () => {
  const s = await launch('a = [1, 2]\nb = a\ndel a\nb = None\nend = 0\n');
  for (let i = 0; i < 2; i++) await step(s.dc, 'next');
  let v = await locals(s.dc);
  const id = v.get('b')!.id!;
  assert.equal(v.get('b')?.refcnt, 2);
  await step(s.dc, 'next');
  v = await locals(s.dc);
  assert.equal(v.has('a'), false);
  assert.equal(v.get('b')?.refcnt, 1);
  await step(s.dc, 'next');
  const e = await s.dc.evaluateRequest({ expression: `b is None`, context: 'watch', frameId: (await topFrame(s.dc)).id });
  assert.equal(e.body.result, 'True', 'a computed value: no refcount suffix');
  const heap = await s.dc.scopesRequest({ frameId: (await topFrame(s.dc)).id });
  const h = await rows(s.dc, heap.body.scopes.find((x) => x.name === 'Heap')!.variablesReference);
  assert.equal(h.has(`0x${id.toString(16)}`), false, 'the list is gone from the heap');
  await s.stop();
});

test('a call: the parameter is one more reference to the caller\'s object (seed 0x02)', async () => {
  const src = 'import sys\na = [321, 123]\nb = a\npair = [a, a]\n\ndef show(x):\n    print(sys.getrefcount(x))\n\nshow(a)\n';
  const s = await launch(src, { breakpoints: [{ line: 7 }], stopOnEntry: false });
  assert.equal(s.first?.body.reason, 'breakpoint');
  const v = await locals(s.dc);
  assert.equal(v.get('x')?.refcnt, 5, 'a, b, two list slots, x');
  const caller = await locals(s.dc, 1);
  assert.equal(caller.get('a')?.id, v.get('x')?.id);
  await finish(s.dc);
  assert.ok(s.output.includes('stdout:6\n'), 'getrefcount printed one more: its argument');
  await s.stop();
});

test('step into __init__ from a class call, and into __del__ from a del', async () => {
  const src = 'class A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print("bye", self.n)\n\na = A(5)\ndel a\nend = 0\n';
  const s = await launch(src, { breakpoints: [{ line: 7 }], stopOnEntry: false });
  await step(s.dc, 'stepIn');
  let st = await s.dc.stackTraceRequest({ threadId: 1 });
  assert.equal(st.body.stackFrames[0].line, 3);
  assert.match(st.body.stackFrames[0].name, /^A\.__init__ {2}\(called by the runtime\)$/);
  assert.equal(st.body.stackFrames[1].name, '<module>');
  let v = await locals(s.dc);
  assert.match(v.get('n')!.value, /^5 /);
  await step(s.dc, 'stepOut');
  assert.equal((await topFrame(s.dc)).line, 8);
  await step(s.dc, 'stepIn');
  st = await s.dc.stackTraceRequest({ threadId: 1 });
  assert.equal(st.body.stackFrames[0].line, 5);
  assert.match(st.body.stackFrames[0].name, /^A\.__del__/);
  v = await locals(s.dc);
  // The name a is gone: CPython resurrects the object for its finalizer (ob_refcnt 1), and the call adds self.
  assert.equal(v.get('self')?.refcnt, 2);
  await s.stop();
});

test('a cycle survives del and is freed by gc.collect(); the GC scope counts the collection', async () => {
  const src = 'import gc\na = []\na.append(a)\nb = a\ndel a\ndel b\nn = gc.collect()\nend = 0\n';
  const s = await launch(src, { breakpoints: [{ line: 6 }], stopOnEntry: false });
  const v = await locals(s.dc);
  const id = v.get('b')!.id!;
  assert.equal(v.get('b')?.refcnt, 2, 'b and the list itself');
  await step(s.dc, 'next');
  const frame = await topFrame(s.dc);
  const sc = await s.dc.scopesRequest({ frameId: frame.id });
  const heapRef = sc.body.scopes.find((x) => x.name === 'Heap')!.variablesReference;
  let h = await rows(s.dc, heapRef);
  assert.equal(h.get(`0x${id.toString(16)}`)?.refcnt, 1, 'unreachable, yet alive: its own reference');
  await step(s.dc, 'next');
  const after = await locals(s.dc);
  assert.match(after.get('n')!.value, /^1 /);
  const sc2 = await s.dc.scopesRequest({ frameId: (await topFrame(s.dc)).id });
  h = await rows(s.dc, sc2.body.scopes.find((x) => x.name === 'Heap')!.variablesReference);
  assert.equal(h.has(`0x${id.toString(16)}`), false);
  const gc = await rows(s.dc, sc2.body.scopes.find((x) => x.name === 'GC')!.variablesReference);
  assert.match(gc.get('collections')!.value, /gen 2: [1-9]/);
  await s.stop();
});

test('stepping a for loop stops at its header on every iteration, as CPython\'s line events do', async () => {
  const s = await launch('t = 0\nfor i in range(3):\n    t += i\nend = t\n');
  const lines: number[] = [(await topFrame(s.dc)).line];
  for (let k = 0; k < 8; k++) {
    await step(s.dc, 'next');
    lines.push((await topFrame(s.dc)).line);
  }
  assert.deepEqual(lines, [1, 2, 3, 2, 3, 2, 3, 2, 4]);
  await s.stop();
});

test('step in reaches a generator body resumed by a for loop, a key= lambda run by sorted, and __repr__ run by print', async () => {
  const src = [
    'def gen():', '    yield 1', '    yield 2', 'for x in gen():', '    pass',
    'ys = sorted([3, 1], key=lambda v: -v)',
    'class R:', '    def __repr__(self):', '        return "R!"', 'print(R())', '',
  ].join('\n');
  const s = await launch(src, { breakpoints: [{ line: 4 }, { line: 6 }, { line: 10 }], stopOnEntry: false });
  await step(s.dc, 'stepIn');
  let f = await topFrame(s.dc);
  assert.equal(f.line, 2);
  assert.match(f.name, /^gen/);
  await step(s.dc, 'continue');
  assert.equal((await topFrame(s.dc)).line, 4, 'the second iteration');
  await step(s.dc, 'continue');
  assert.equal((await topFrame(s.dc)).line, 4, 'the end of the loop');
  await step(s.dc, 'continue');
  assert.equal((await topFrame(s.dc)).line, 6);
  await step(s.dc, 'stepIn');
  f = await topFrame(s.dc);
  assert.match(f.name, /^<lambda> {2}\(called by the runtime\)$/);
  // sorted() calls the key function again, and the breakpoint's line is the lambda's too: stepping
  // out of the first call stops at the breakpoint in the second (as pdb's `return` does); out of that, line 7.
  const out = await step(s.dc, 'stepOut');
  assert.equal(out.body.reason, 'breakpoint');
  f = await topFrame(s.dc);
  assert.match(f.name, /^<lambda>/);
  assert.equal(f.line, 6);
  await step(s.dc, 'stepOut');
  assert.equal((await topFrame(s.dc)).line, 7);
  await step(s.dc, 'continue');
  assert.equal((await topFrame(s.dc)).line, 10);
  // R() runs no Python code; print's repr of it does.
  await step(s.dc, 'stepIn');
  f = await topFrame(s.dc);
  assert.match(f.name, /^R\.__repr__ {2}\(called by the runtime\)$/);
  assert.equal(f.line, 9);
  await s.stop();
});
