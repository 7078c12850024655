// The referrers invariant (vm/inspect.ts): at every line stop of every differential
// program, the references the simulator can name for each live heap object add up
// to its ob_refcnt exactly — no "internal references" remainder — and a full
// inspection pass (inspect + referrers of every object) changes no count and no
// allocator state. Programs where a holder is still unnamed are listed in SKIP
// with what is missing; they are still run (a crash fails the test).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listPrograms, programPath } from '../differential/corpus';
import { Interpreter } from '../../src/model/vm/run';
import { inspect, liveObjects, referrerCounts, referrers, safeRepr } from '../../src/model/vm/inspect';
import { PyObject, staticObjects } from '../../src/model/objects/object';
import type { Obmalloc } from '../../src/model/memory/obmalloc';
import { heapFingerprint } from '../support/heapFingerprint';

/** Line stops checked per program (long loops repeat the same lines). */
const MAX_STOPS = 200;

const SKIP: Record<string, string> = {
};

function mismatches(it: Interpreter): string[] {
  const counted = referrerCounts(it);
  const statics = new Set<PyObject>(staticObjects);
  const out: string[] = [];
  for (const o of liveObjects(it.rt.mem as Obmalloc)) {
    if (statics.has(o)) continue;
    const c = counted.get(o) ?? 0;
    if (c !== o.ob_refcnt) out.push(`${o.ob_type.tp_name} at 0x${o.ob_addr.toString(16)}: ob_refcnt ${o.ob_refcnt}, named ${c}`);
  }
  return out;
}

/** Every count and the allocator's visible state, to compare before and after looking. */

const programs = listPrograms().filter((id) => !id.startsWith('syntax_errors/'));

for (const id of programs) {
  test(`referrers sum to ob_refcnt: ${id}`, () => {
    const it = Interpreter.create(readFileSync(programPath(id), 'utf8'), { filename: `${id.split('/')[1]}.py` });
    const skip = SKIP[id];
    let stops = 0;
    const bad: string[] = [];
    while (it.state !== 'done' && stops < MAX_STOPS) {
      try {
        it.stepLine();
      } catch (e) {
        if (skip !== undefined) return;
        throw e;
      }
      stops++;
      if ((it.state as string) === 'done') break;
      for (const m of mismatches(it)) bad.push(`stop ${stops}: ${m}`);
    }
    if (skip === undefined) assert.deepEqual(bad.slice(0, 10), [], `${id}: references nobody names`);
  });
}

// Looking never changes anything: inspect + referrers of every live object at a mid-run stop.
for (const id of ['refcount/exceptions_refs', 'classes/basic', 'generators/send_pipeline', 'closures/counter', 'gc_cycles/instance_pair']) {
  test(`inspection leaves counts and allocator unchanged: ${id}`, { skip: !programs.includes(id) }, () => {
    const it = Interpreter.create(readFileSync(programPath(id), 'utf8'), { filename: `${id.split('/')[1]}.py` });
    for (let i = 0; i < 8 && it.state !== 'done'; i++) it.stepLine();
    const before = heapFingerprint(it);
    for (const o of [...liveObjects(it.rt.mem as Obmalloc), ...staticObjects]) {
      const info = inspect(it, o);
      assert.equal(info.ob_refcnt, o.ob_refcnt);
      const sum = referrers(it, o).reduce((s, r) => s + r.count, 0);
      assert.equal(sum, o.ob_refcnt, `${info.type} ${info.repr}`);
    }
    const after = heapFingerprint(it);
    if (after !== before) {
      const a = after.split(','), b = before.split(',');
      assert.fail(`inspection changed state: ${a.filter((x) => !b.includes(x)).slice(0, 5).join(' ')} / was ${b.filter((x) => !a.includes(x)).slice(0, 5).join(' ')}`);
    }
  });
}

test('safeRepr matches repr() for scalars without allocating', () => {
  const src = [
    'a = "it\x27s"', 'b = "q\\"x\\n\\x01é"', "c = b'\\x00ab\\xff\\''", 'd = 0.1', 'e = 10**30', 'f = -7', 'g = 1e22',
    'h = [1, (2,), None, True, ...]', 'pass',
  ].join('\n');
  const it = Interpreter.create(src, { filename: 'r.py' });
  for (let i = 0; i < 9; i++) it.stepLine();
  const before = heapFingerprint(it);
  // Module-level names live in the globals dict: read its slots through tp_refs.
  const g = it.mainModule()?.ob_dict as PyObject;
  const labels: string[] = [];
  const locals = new Map<string, PyObject>();
  g.ob_type.tp_refs?.(g, (v, label) => {
    labels.push(label);
    const m = /^\['(\w)'\]/.exec(label);
    if (m !== null && !label.includes('key')) locals.set(m[1], v);
  });
  // repr() of the same values, printed by CPython 3.11.7.
  const expected: Record<string, string> = {
    a: `"it's"`, b: `'q"x\\n\\x01é'`, c: `b"\\x00ab\\xff'"`, d: '0.1', e: '1000000000000000000000000000000',
    f: '-7', g: '1e+22', h: '[1, (2,), None, True, Ellipsis]',
  };
  for (const [k, v] of Object.entries(expected)) assert.equal(safeRepr(locals.get(k) ?? null), v, `${k} ${labels.join('|')}`);
  assert.equal(heapFingerprint(it), before);
});
