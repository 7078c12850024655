// Interpreter isolation (runtime.ts, runtimestate.ts): several interpreters in one
// process, stepped in any interleaving, each behave exactly as if it ran alone — the
// same ids, counts, output and exit code — although they share the static objects
// (None, small ints, static types), the startup heap and the module-level state of
// the model (free lists, the interned table, the method cache...), which a context
// switch saves and restores whenever the active runtime changes.
//
// For pairs of differential programs (the refcount, gc_* and mem_ids groups, and every
// sixth other program), A runs alone with stepLine(), recording at each stop its
// frames' locals (id, ob_refcnt, GC generation, size, repr), the collector's counts
// and the static objects' total refcount over their baselines; then it runs again
// interleaved with B (started mid-way, stepped alternately, run to its end while A is
// paused) and C (created, stepped a little and abandoned), and both A's and B's
// records must equal their solo ones. The refcount group does the same stepping by
// instruction.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listPrograms, programPath } from '../differential/corpus';
import { Interpreter } from '../../src/model/vm/run';
import { frames, inspect } from '../../src/model/vm/inspect';
import { staticObjects, staticBaseline } from '../../src/model/objects/object';
import type { GCState } from '../../src/model/gc/index';
import { _PyRuntime_StateNames } from '../../src/model/runtimestate';
import { runSource } from '../../src/model/index';

/** Line stops recorded per program (long loops repeat the same lines); the rest runs at once. */
const MAX_STOPS = 50;

/** The groups whose programs all take part; of the others every EVERY-th one. */
const ALL_OF = ['refcount/', 'gc_', 'mem_ids/'];
const EVERY = 6;

function sample(): string[] {
  const all = listPrograms();
  let k = 0;
  return all.filter((id) => ALL_OF.some((g) => id.startsWith(g)) || k++ % EVERY === 0);
}

const sources = new Map<string, string>();
function source(id: string): string {
  let s = sources.get(id);
  if (s === undefined) {
    s = readFileSync(programPath(id), 'utf8');
    sources.set(id, s);
  }
  return s;
}

/** One interpreter and what was seen of it at each stop. */
class Run {
  readonly it: Interpreter;
  readonly record: string[] = [];
  stops = 0;

  constructor(readonly id: string, readonly by: 'line' | 'instruction' = 'line') {
    this.it = Interpreter.create(source(id), { filename: `${id.slice(id.indexOf('/') + 1)}.py` });
    this.look();
  }

  get done(): boolean {
    return this.it.state === 'done';
  }

  /** One stepLine() and a look (or, past MAX_STOPS, the rest of the run). */
  step(): void {
    if (this.done) return;
    if (this.stops >= MAX_STOPS) {
      this.it.run();
    } else {
      if (this.by === 'line') this.it.stepLine();
      else this.it.stepInstruction();
      this.stops++;
    }
    this.look();
  }

  finish(): string[] {
    while (!this.done) this.step();
    return this.record;
  }

  private look(): void {
    const it = this.it;
    if (this.done) {
      const r = it.result();
      this.record.push(`exit ${r.exitCode}\n${r.stdout}\n--- stderr\n${r.stderr}`);
      return;
    }
    const parts: string[] = [];
    for (const f of frames(it)) {
      parts.push(`${f.qualname}:${f.line}`);
      for (const l of f.locals) {
        const o = inspect(it, l.value);
        parts.push(`  ${l.name}=${o.type} id=${o.id} rc=${o.ob_refcnt} gc=${o.gc} size=${o.size} ${o.repr}`);
      }
    }
    // Every static object's count at once (None, small ints, static types...) over its
    // baseline (static strs are made on first use, by whichever runtime), and the GC's.
    let statics = 0;
    for (let i = 0; i < staticObjects.length; i++) statics += staticObjects[i].ob_refcnt - staticBaseline[i];
    const gc = it.rt.gc as GCState;
    parts.push(`statics=${statics} gc=${gc.generations.map((g) => g.count).join(',')}`);
    this.record.push(parts.join('\n'));
  }
}

const solo = new Map<string, string[]>();
function soloRecord(id: string, by: 'line' | 'instruction' = 'line'): string[] {
  let r = solo.get(`${by} ${id}`);
  if (r === undefined) {
    r = new Run(id, by).finish();
    solo.set(`${by} ${id}`, r);
  }
  return r;
}

/** The first line where two records differ, for the failure message. */
function firstDifference(a: string[], b: string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `stop ${i}:\n  alone:       ${JSON.stringify(a[i])}\n  interleaved: ${JSON.stringify(b[i])}`;
  }
  return '';
}

/** A with B (and an abandoned C) interleaved; returns both records. */
function interleaved(a: string, b: string, c: string, by: 'line' | 'instruction' = 'line'): { a: string[]; b: string[] } {
  const ra = new Run(a, by);
  for (let i = 0; i < 3; i++) ra.step();
  const rb = new Run(b, by); // created while A is paused
  for (let i = 0; i < 6; i++) {
    ra.step();
    rb.step();
  }
  const rc = new Run(c); // created, stepped, abandoned mid-run
  rc.step();
  ra.step();
  rc.step();
  rb.step();
  rb.finish(); // B runs to its end while A is paused
  return { a: ra.finish(), b: rb.record };
}

const programs = sample();

test('every registered per-runtime state has a name', () => {
  const names = _PyRuntime_StateNames();
  assert.ok(names.length >= 10, names.join(', '));
  assert.equal(new Set(names).size, names.length, 'two states with one name');
});

function assertSame(id: string, alone: string[], got: string[]): void {
  assert.ok(got.length === alone.length && got.every((s, k) => s === alone[k]), `${id}: ${firstDifference(alone, got)}`);
}

for (let i = 0; i < programs.length; i++) {
  const a = programs[i];
  // B from another part of the corpus, C from a third.
  const b = programs[(i + Math.floor(programs.length / 3)) % programs.length];
  const c = programs[(i + Math.floor((2 * programs.length) / 3)) % programs.length];
  test(`interleaved with others, a run is the run alone: ${a} (with ${b}, ${c})`, () => {
    const aloneA = soloRecord(a);
    const aloneB = soloRecord(b);
    const got = interleaved(a, b, c);
    assertSame(a, aloneA, got.a);
    assertSame(b, aloneB, got.b);
  });
}

// The other pause point: between any two instructions of the base activation.
const byInstruction = programs.filter((id) => id.startsWith('refcount/'));
for (let i = 0; i < byInstruction.length; i++) {
  const a = byInstruction[i], b = byInstruction[(i + 1) % byInstruction.length], c = byInstruction[(i + 2) % byInstruction.length];
  test(`stepped by instruction, interleaved: ${a} (with ${b}, ${c})`, () => {
    const got = interleaved(a, b, c, 'instruction');
    assertSame(a, soloRecord(a, 'instruction'), got.a);
    assertSame(b, soloRecord(b, 'instruction'), got.b);
  });
}

const NONE_COUNTS = `
import sys
a = sys.getrefcount(None)
x = [None] * 10
print(sys.getrefcount(None) - a)
class K:
    pass
print(sys.getrefcount(int), sys.getrefcount(K), len(object.__subclasses__()) > 0)
del x
print(sys.getrefcount(None) - a, sys.getrefcount(1), sys.getrefcount(''))
`;

const NONE_HEAVY = `
import sys
keep = [None] * 1000
class Sub(int):
    pass
ks = [Sub(i) for i in range(5)]
sys.setrecursionlimit(50)
s = f"{1}{2}" + ''
print(sys.getrefcount(None), sys.getrefcount(1))
`;

test('a runtime paused while another runs to its end sees its own counts (sys.getrefcount(None) deltas)', () => {
  const alone = runSource(NONE_COUNTS, { filename: 'a.py' });
  assert.equal(alone.exitCode, 0, alone.stderr);
  const a = Interpreter.create(NONE_COUNTS, { filename: 'a.py' });
  a.stepLine();
  a.stepLine();
  a.stepLine(); // paused with x alive
  const b = Interpreter.create(NONE_HEAVY, { filename: 'b.py' });
  assert.equal(b.run(), 'end');
  const heavy = runSource(NONE_HEAVY, { filename: 'b.py' });
  assert.deepEqual(b.result(), heavy);
  a.run();
  assert.deepEqual(a.result(), alone);
});

test('per-interpreter settings do not leak: recursion limit, static type subclasses', () => {
  const PROBE = `
import sys
print(sys.getrecursionlimit(), [c.__name__ for c in int.__subclasses__()])
`;
  const before = runSource(PROBE, { filename: 'p.py' });
  const b = Interpreter.create(NONE_HEAVY, { filename: 'b.py' });
  while (b.state !== 'done' && (frames(b)[0]?.line ?? 0) < 8) b.stepLine(); // paused after its settings
  assert.equal(b.state, 'paused');
  assert.deepEqual(runSource(PROBE, { filename: 'p.py' }), before);
  b.run();
  assert.deepEqual(runSource(PROBE, { filename: 'p.py' }), before);
  assert.match(before.stdout, /^1000 \['bool'/);
});
