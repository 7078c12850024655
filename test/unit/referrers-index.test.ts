// A stop's referrer index (debug/referrers.ts heldBy: a walk without labels for the names in
// sight, holders named afterwards) gives, after every line of programs of each kind, the
// references a full labelled walk (walkReferrers) gives: the same holders, slots, frames and
// namespaces in the same order, and the same count. Asking changes no count and no allocator
// state.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listPrograms, programPath } from '../differential/corpus';
import { Interpreter } from '../../src/model/vm/run';
import { liveObjects } from '../../src/model/vm/inspect';
import type { PyObject } from '../../src/model/objects/object';
import type { Obmalloc } from '../../src/model/memory/obmalloc';
import { heldBy, walkReferrers, forgetReferrers, type HeldBy } from '../../src/model/debug/referrers';
import { frameNames } from '../../src/model/debug/variables';
import { heapFingerprint } from '../support/heapFingerprint';

const MAX_STOPS = 60;
/** Objects outside the names in sight asked about per stop (each costs a walk). */
const OTHERS = 3;

function text(h: HeldBy): string {
  return `${h.holder}|${h.slot}|${h.object?.ob_addr ?? '-'}|${h.frame?.serial ?? '-'}|${h.namespaceOf?.serial ?? '-'}`;
}


/** At one stop: every name's value, then a few other live objects, against the full walk. */
function check(it: Interpreter, where: string): void {
  const before = heapFingerprint(it);
  const full = walkReferrers(it);
  const asked: PyObject[] = [];
  for (const f of it.currentFrames()) for (const [, v] of frameNames(f)) if (v !== null) asked.push(v);
  const live = liveObjects(it.rt.mem as Obmalloc);
  for (let k = 1; k <= OTHERS; k++) asked.push(live[Math.floor((live.length * k) / (OTHERS + 1))]);
  for (const o of asked) {
    const want = (full.get(o) ?? []).map(text);
    // A prefix first (a class's instances are named 200 at a time), then all of them.
    const some = heldBy(it, o, 2);
    assert.equal(some.total, want.length, `${where}: count of ${o.ob_type.tp_name} at ${o.ob_addr}`);
    assert.deepEqual(some.named.slice(0, 2).map(text), want.slice(0, 2), `${where}: first referrers of ${o.ob_type.tp_name}`);
    assert.deepEqual(heldBy(it, o).named.map(text), want, `${where}: referrers of ${o.ob_type.tp_name} at ${o.ob_addr}`);
  }
  assert.equal(heapFingerprint(it), before, `${where}: looking changed the heap`);
}

const KINDS = ['classes', 'closures', 'generators', 'exceptions', 'gc_cycles', 'gc_weakref', 'gc_finalizers', 'containers',
  'comprehensions', 'decorators', 'inheritance_super', 'refcount', 'eval_exec', 'recursion', 'dunders'];
const programs = listPrograms();

for (const kind of KINDS) {
  for (const id of programs.filter((p) => p.startsWith(`${kind}/`)).slice(0, 2)) {
    test(`a stop's referrer index equals a full walk after each line: ${id}`, () => {
      const it = Interpreter.create(readFileSync(programPath(id), 'utf8'), { filename: `${id.split('/')[1]}.py` });
      for (let stops = 1; stops <= MAX_STOPS; stops++) {
        it.stepLine();
        if ((it.state as string) === 'done') break;
        check(it, `${id} stop ${stops}`);
      }
    });
  }
}

test('the index is made again when code runs at a stop (forgetReferrers) and when the program moves', () => {
  const it = Interpreter.create('class C:\n    pass\na = [C() for _ in range(300)]\nb = a[0]\nc = a\nb = None\nend = 1\n', { filename: 'f.py' });
  const name = (n: string): PyObject => frameNames(it.currentFrames()[0]).find(([k]) => k === n)?.[1] as PyObject;
  do it.stepLine(); while (name('b') === undefined);
  const b = name('b');
  assert.equal(heldBy(it, b).total, b.ob_refcnt);
  // A class is held by each of its instances: the first names are made, the count is whole.
  const C = b.ob_type as PyObject;
  const some = heldBy(it, C, 200);
  assert.equal(some.total, C.ob_refcnt);
  assert.ok(some.named.length >= 200 && some.named.length < some.total);
  it.stepLine();
  it.stepLine();
  assert.equal(heldBy(it, b).total, b.ob_refcnt);
  forgetReferrers(it);
  assert.equal(heldBy(it, b).total, b.ob_refcnt);
});
