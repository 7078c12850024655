// The per-line trace (trace/trace.ts): refcount deltas, allocations, frees and GC
// runs per executed line, with expectations derived by hand from CPython semantics.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { traceProgram } from '../../src/model/trace/trace';
import type { TraceLine } from '../../src/model/trace/types';

function lineOf(lines: TraceLine[], n: number): TraceLine {
  const l = lines.find((x) => x.line === n);
  assert.ok(l !== undefined, `line ${n} traced`);
  return l;
}

test('a list through two names: 0→1, 1→2, 2→1, 1→0 and freed', () => {
  const { lines, result } = traceProgram('a = []\nb = a\ndel a\ndel b\n', { filename: 't.py' });
  assert.equal(result.exitCode, 0);
  const l1 = lineOf(lines, 1);
  assert.deepEqual(l1.allocs.map((a) => [a.type, a.size]), [['list', 56]]); // sys.getsizeof([]) == 56
  const id = l1.allocs[0].id;
  const delta = (l: TraceLine) => l.refcounts.filter((r) => r.id === id).map((r) => [r.before, r.after]);
  assert.deepEqual(delta(l1), [[0, 1]]);
  assert.deepEqual(delta(lineOf(lines, 2)), [[1, 2]]);
  assert.deepEqual(lineOf(lines, 2).allocs, []);
  assert.deepEqual(delta(lineOf(lines, 3)), [[2, 1]]);
  assert.deepEqual(lineOf(lines, 3).frees, []);
  const l4 = lineOf(lines, 4);
  assert.deepEqual(delta(l4), [[1, 0]]);
  assert.deepEqual(l4.frees.map((f) => [f.type, f.id]), [['list', id]]);
});

test('objects created and freed within one line are reported', () => {
  // 10**40 is not folded (over 128 bits, Python/ast_opt.c safe_power): BINARY_OP makes the
  // int, type.__call__ an argument tuple for str() (from the 1-tuple free list), str() a str,
  // + a second str; len() keeps only a small int. All four die in the line.
  const { lines } = traceProgram('t = len(str(10**40) + "y")\n', { filename: 't.py' });
  const l1 = lineOf(lines, 1);
  assert.deepEqual(l1.allocs.map((a) => a.type), ['int', 'tuple', 'str', 'str']);
  // sizeof: int of 133 bits = 24 + 5*4; a 1-tuple 24 + 8 + the GC head; str ASCII = 49 + length.
  assert.deepEqual(l1.allocs.map((a) => a.size), [44, 48, 49 + 41, 49 + 42]);
  assert.deepEqual(new Set(l1.frees.map((f) => f.id)), new Set(l1.allocs.map((a) => a.id)));
  // Net: none of them is alive at the end of the line, so no refcount entry mentions them.
  const born = new Set(l1.allocs.map((a) => a.id));
  assert.deepEqual(l1.refcounts.filter((r) => born.has(r.id)), []);
});

test('a surviving object: allocated, net 0→1, not freed', () => {
  const { lines } = traceProgram('s = str(10**40)\n', { filename: 't.py' });
  const l1 = lineOf(lines, 1);
  assert.deepEqual(l1.allocs.map((a) => a.type), ['int', 'tuple', 'str']);
  const [i, args, s] = l1.allocs;
  assert.deepEqual(l1.frees.map((f) => f.id).sort(), [i.id, args.id].sort());
  assert.deepEqual(l1.refcounts.filter((r) => r.id === s.id).map((r) => [r.before, r.after]), [[0, 1]]);
});

test('gc.collect() on a line is reported as a GC run of generation 2', () => {
  const src = 'import gc\nclass A:\n    pass\na = A()\na.me = a\ndel a\nn = gc.collect()\nprint(n)\n';
  const { lines, result } = traceProgram(src, { filename: 't.py' });
  const runs = lineOf(lines, 7).gc;
  assert.equal(runs.length, 1);
  assert.equal(runs[0].generation, 2);
  assert.equal(runs[0].trigger, 'gc.collect');
  assert.equal(String(runs[0].collected), result.stdout.trim());
  // The instance (and its dict) was unreachable: freed on that line.
  assert.ok(lineOf(lines, 7).frees.some((f) => f.type === 'A'));
  // Other lines run no collection; line 0 (finalization) has _PyGC_CollectNoFail's.
  for (const l of lines) if (l.line !== 7 && l.line !== 0) assert.deepEqual(l.gc, [], `line ${l.line}`);
});
