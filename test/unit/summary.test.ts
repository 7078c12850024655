// summarizeSource (trace/summary.ts): one record per executed line — executions, the last
// execution's effects split between the program's objects and the runtime's, and the
// names bound after it. Expectations derived by hand from CPython 3.11's semantics.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeSource, bindingsAt } from '../../src/model/index';
import type { LineSummary, SourceSummary } from '../../src/model/trace/types';

function lineOf(s: SourceSummary, n: number): LineSummary {
  const l = s.lines.find((x) => x.line === n);
  assert.ok(l !== undefined, `line ${n} summarised`);
  return l;
}

/** What a hover shows for `name` after line `l`'s last execution (run again to there: bindingsAt). */
function binding(src: string, l: LineSummary, name: string) {
  return bindingsAt(src, { filename: 't.py' }, l).bindings?.find((b) => b.name === name)?.object;
}

test('b = a: the list gains a reference; the name strings are the runtime’s', () => {
  const src = 'a = [321, 123]\nb = a\nprint(b)\n';
  const s = summarizeSource(src, { filename: 't.py' });
  assert.equal(s.result.stdout, '[321, 123]\n');
  const l2 = lineOf(s, 2);
  assert.deepEqual(l2.last.refcounts.map((r) => [r.type, r.repr, r.before, r.after]), [['list', '[321, 123]', 1, 2]]);
  assert.deepEqual(l2.last.allocs, []);
  const a = binding(src, l2, 'a');
  assert.ok(a !== undefined);
  assert.equal(a.ob_refcnt, 2);
  assert.deepEqual(a.heldBy.map((h) => h.holder), ['name a (<module>)', 'name b (<module>)']);
  assert.equal(a.heldByRuntime, 0);
  assert.equal(a.size, 72); // sys.getsizeof([321, 123]): 56 + 2 pointers
  assert.equal(a.gc, 0);
  assert.equal(a.memory.kind, 'pool');
  if (a.memory.kind === 'pool') {
    // The list struct (40 B) after its 16-byte PyGC_Head: 56 B, in the 64-byte size class;
    // id() is the address past the GC head.
    assert.equal(a.memory.blockSize, 64);
    assert.equal(a.memory.blockAddress, a.id - 16);
  }
  // print(b): the bound method, the str and the buffer are the runtime's.
  const l3 = lineOf(s, 3);
  assert.deepEqual(l3.last.refcounts, []);
  assert.ok(l3.runtimeAllocs > 0);
});

test('del of the last reference frees the list; a function’s line runs once per call', () => {
  const src = 'def f():\n    x = [1]\n    return x\nf()\nf()\nf()\na = [5]\ndel a\n';
  const s = summarizeSource(src, { filename: 't.py' });
  assert.equal(lineOf(s, 2).executions, 3);
  assert.equal(lineOf(s, 2).allocs, 3);
  // The caller's POP_TOP drops the returned list after f returned: the caller's line `f()` freed it.
  assert.deepEqual(lineOf(s, 3).last.frees, []);
  assert.deepEqual(lineOf(s, 6).last.frees.map((f) => f.type), ['list']);
  const del = lineOf(s, 8);
  assert.deepEqual(del.last.frees.map((f) => f.type), ['list']);
  assert.deepEqual(del.last.refcounts.filter((r) => r.type === 'list').map((r) => [r.before, r.after]), [[1, 0]]);
  assert.equal(binding(src, del, 'a'), undefined, 'a is unbound after del');
  // A `return` line: its frame as it returns, x still bound.
  assert.equal(binding(src, lineOf(s, 3), 'x')?.repr, '[1]');
});

test('a collection on a line: generation, unreachable and freed counts', () => {
  const src = 'import gc\nl = []\nl.append(l)\ndel l\nn = gc.collect()\n';
  const s = summarizeSource(src, { filename: 't.py' });
  const g = lineOf(s, 5).last.gc;
  assert.equal(g.length, 1);
  assert.equal(g[0].generation, 2);
  assert.equal(g[0].trigger, 'gc.collect');
  assert.equal(g[0].unreachable, 1);
  assert.equal(g[0].collected, 1);
  assert.equal(binding(src, lineOf(s, 5), 'n')?.repr, '1');
});

test('a freed block names its pool; a list goes to its free list instead', () => {
  // A str's block goes back to its pool ('x' * n is not a folded constant).
  const s = summarizeSource("n = 30\ns = 'x' * n\ndel s\n", { filename: 't.py' });
  const f = lineOf(s, 3).last.frees;
  assert.equal(f.length, 1);
  assert.equal(f[0].type, 'str');
  assert.equal(f[0].released?.kind, 'pool');
  const t = summarizeSource('a = [1]\na = None\n', { filename: 't.py' });
  const lf = lineOf(t, 2).last.frees;
  assert.deepEqual(lf.map((x) => [x.type, x.released]), [['list', undefined]]);
});

test('closures: a cell variable is held by its cell', () => {
  const src = 'def outer():\n    v = [1]\n    def inner():\n        return v\n    w = inner\n    return w\nouter()\n';
  const s = summarizeSource(src, { filename: 't.py' });
  const v = binding(src, lineOf(s, 5), 'v');
  assert.ok(v !== undefined);
  assert.deepEqual(v.heldBy.map((h) => [h.holder, h.slot]), [['cell of v (outer)', 'cell_contents']]);
  assert.equal(v.ob_refcnt, 1);
});

test('a syntax error: CPython’s message, line and caret; nothing ran', () => {
  const s = summarizeSource('a = [1, 2\nprint(a)\n', { filename: 't.py' });
  assert.deepEqual(s.error, { type: 'SyntaxError', message: "'[' was never closed", line: 1, column: 4, length: 1 });
  assert.deepEqual(s.lines, []);
});

test('an unsupported feature is reported like a SyntaxError, at its line', () => {
  const s = summarizeSource('x = 1\nasync def f():\n    pass\n', { filename: 't.py' });
  assert.equal(s.error?.line, 2);
  assert.match(s.error?.message ?? '', /async def/);
});

test('an uncaught exception: type, message and the line that raised it', () => {
  const s = summarizeSource('a = 1\ndel a\nprint(a)\n', { filename: 't.py' });
  assert.deepEqual(s.exception, { type: 'NameError', message: "name 'a' is not defined", line: 3 });
});

test('maxSteps stops the run and says after how many steps', () => {
  const s = summarizeSource('n = 0\nwhile True:\n    n += 1\n', { filename: 't.py', maxSteps: 500 });
  assert.equal(s.stoppedAfter, 500);
  assert.equal(s.steps, 500);
  assert.ok(lineOf(s, 3).executions > 10);
});

test('codeLines: lines where code starts (not comments or blanks)', () => {
  // Line 3 has an instruction of its own (LOAD_CONST 2): 3.11 gives a display's
  // continuation line its own line event; line 8 continues a string, no code.
  const s = summarizeSource("# c\nx = [1,\n     2]\n\ndef f():\n    return x\ny = ('a'\n     'b')\n", { filename: 't.py' });
  assert.deepEqual(s.codeLines, [2, 3, 5, 6, 7]);
});

test('where objects live: pool blocks, raw chunks past their GC head, static objects', () => {
  // A class object (over 512 bytes) and a long str go to the raw heap; small ints are static.
  const src = "class C:\n    pass\nt = 'x' * len(range(600))\nx = [1]\ny = 1\n";
  const s = summarizeSource(src, { filename: 't.py' });
  const l = lineOf(s, 5);
  const at = (n: string) => binding(src, l, n)?.memory;
  assert.equal(at('C')?.kind, 'raw');
  assert.equal(at('t')?.kind, 'raw');
  assert.equal(at('x')?.kind, 'pool');
  assert.deepEqual(at('y'), { kind: 'static' });
  const c = at('C');
  if (c?.kind === 'raw') assert.equal(c.chunk, (binding(src, l, 'C')?.id ?? 0) - 16); // the PyGC_Head first
});
