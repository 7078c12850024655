// Constant objects: which the parser's arena keeps (one per literal), which the
// compiler makes, and how merge_consts_recursive / merge_const_one make equal
// constants ONE object across the whole file — what `is` and sys.getrefcount see.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../../src/model/compiler/compile';
import type { CodeUnit, CompiledModule, ConstRef } from '../../src/model/compiler/code';
import { parseFull } from '../../src/model/syntax/index';

const comp = (src: string): CompiledModule => compile(parseFull(src, 't.py'), 't.py');
const fn = (m: CompiledModule, name: string, from: CodeUnit = m.code): CodeUnit => {
  for (const r of from.co_consts) if ('code' in r && r.code.co_name === name) return r.code;
  throw new Error('no code ' + name);
};
const objOf = (m: CompiledModule, r: ConstRef) => ('obj' in r ? m.objects[r.obj]! : null);
const slotOf = (m: CompiledModule, c: CodeUnit, pred: (v: string) => boolean): number => {
  for (const r of c.co_consts) if ('obj' in r && pred(JSON.stringify(m.objects[r.obj]!.value, (_, v) => (typeof v === 'bigint' ? String(v) : v)))) return r.obj;
  throw new Error('no such constant');
};

test('equal constants in different code objects are one object (a = 1000; def f(): return 1000)', () => {
  const m = comp('a = 1000\ndef f():\n    return 1000\n');
  const modObj = slotOf(m, m.code, (v) => v.includes('"1000"'));
  const fObj = slotOf(m, fn(m, 'f'), (v) => v.includes('"1000"'));
  assert.equal(modObj, fObj);
  // Two literals, both kept by the parser's arena; the first is the canonical one.
  const thousands = m.objects.map((o, i) => [o, i] as const).filter(([o]) => o.value.kind === 'int' && o.value.value === 1000n);
  assert.equal(thousands.length, 2);
  assert.ok(thousands.every(([o]) => o.inArena));
  assert.equal(modObj, thousands[0]![1]);
});

test('0, 0.0, -0.0 and False stay distinct constants', () => {
  const m = comp('a = 0\nb = 0.0\nc = -0.0\nd = False\n');
  const kinds = m.code.co_consts.map((r) => objOf(m, r)!.value).map((v) => (v.kind === 'float' ? (Object.is(v.value, -0) ? '-0.0' : '0.0') : v.kind));
  assert.deepEqual(kinds, ['int', '0.0', '-0.0', 'bool', 'None']);
});

test('functions with equal co_consts share the tuple, even with a tuple literal', () => {
  const m = comp('def f():\n    return 1000\ndef g():\n    return 1000\nt = (None, 1000)\n');
  const f = fn(m, 'f');
  const g = fn(m, 'g');
  assert.equal(f.co_consts_obj, g.co_consts_obj);
  const tLiteral = slotOf(m, m.code, (v) => v.startsWith('{"kind":"tuple"'));
  assert.equal(tLiteral, f.co_consts_obj);
});

test('a literal tuple keeps its items; the compiler folds BUILD_TUPLE of defaults into its own tuple', () => {
  const m = comp('x = (1000, 2000)\ndef f(a=3000, b=4000):\n    pass\n');
  const t = m.objects[slotOf(m, m.code, (v) => v.includes('"1000"') && v.includes('tuple'))]!;
  assert.ok(t.inArena);
  assert.deepEqual(t.items!.map((i) => m.objects[i]!.value), [{ kind: 'int', value: 1000n }, { kind: 'int', value: 2000n }]);
  const d = m.objects[slotOf(m, m.code, (v) => v.includes('"3000"') && v.includes('tuple'))]!;
  assert.equal(d.inArena, false);
});

test("`in` a set literal: the arena's frozenset and the compiler's merged one are different objects", () => {
  const m = comp('x = a in {1000, 2000}\n');
  const sets = m.objects.filter((o) => o.value.kind === 'frozenset');
  assert.equal(sets.length, 2);
  assert.deepEqual(sets.map((s) => s.inArena), [true, false]);
  const used = objOf(m, m.code.co_consts.find((r) => 'obj' in r && m.objects[r.obj]!.value.kind === 'frozenset')!)!;
  assert.equal(used.inArena, false);
});

test('kwnames tuples are compiler-made tuples of interned identifiers', () => {
  const m = comp('f(alpha=1, beta=2)\n');
  const kw = m.objects[slotOf(m, m.code, (v) => v.includes('alpha'))]!;
  assert.equal(kw.inArena, false);
  assert.ok(kw.items!.every((i) => m.objects[i]!.identifier && m.objects[i]!.intern));
});

test('identifier-like str constants are marked for interning, others not', () => {
  const m = comp("a = 'hello'\nb = 'hello world'\n");
  const strs = m.objects.filter((o) => o.value.kind === 'str' && o.inArena);
  assert.deepEqual(strs.map((s) => s.intern), [true, false]);
});

test('arena identifiers come in source order, constants in parse order then folding order', () => {
  const m = comp('x = y + 2 ** 10\nprint(x)\n');
  assert.deepEqual(m.arenaIdentifiers, ['x', 'y', 'print', 'x']);
  const ints = m.objects.filter((o) => o.value.kind === 'int').map((o) => (o.value as { value: bigint }).value);
  assert.deepEqual(ints, [2n, 10n, 1024n]);
});

test('a literal merged away is not interned (only code objects intern their constants)', () => {
  const m = comp("a = 'hello'\nb = 'hello'\n");
  const strs = m.objects.filter((o) => o.value.kind === 'str' && o.inArena);
  assert.deepEqual(strs.map((s) => s.intern), [true, false]);
});
