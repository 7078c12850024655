// Unit tests of the cyclic GC (src/model/gc/): the collector's phases on objects
// built directly (gc_refs after update_refs/subtract_refs, move_unreachable's
// reachable-again dance, untracking, thresholds, weakrefs, events), and programs
// whose output was recorded from CPython 3.11.7 (`python prog.py`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PyRuntime } from '../../src/model/runtime';
import { Obmalloc } from '../../src/model/memory/obmalloc';
import { PY311 } from '../../src/model/profiles/py311';
import { PyObject, Py_DECREF, Py_INCREF, GC_UNTRACKED } from '../../src/model/objects/object';
import { _PyTypes_InitTypes } from '../../src/model/objects/typeobject';
import { PyList_New, PyList_Append, type PyListObject } from '../../src/model/objects/listobject';
import { PyTuple_New, PyTuple_SET_ITEM } from '../../src/model/objects/tupleobject';
import { PyDict_New, PyDict_SetItem, PyDict_DelItem, PyDict_GetItemString } from '../../src/model/objects/dictobject';
import { PyObject_CallNoArgs } from '../../src/model/objects/abstract';
import { makeGcModule } from '../../src/model/gc/gcmodule';
import { PyLong_FromNumber } from '../../src/model/objects/longobject';
import { PyUnicode_FromString } from '../../src/model/objects/unicodeobject';
import { installGc, GCState, type GcCollectionEvent } from '../../src/model/gc/index';
import { gc_collect_main } from '../../src/model/gc/collect';
import { gc_list_items, gc_list_size } from '../../src/model/gc/gclist';
import { _PyObject_IS_GC } from '../../src/model/gc/untrack';
import { runSource } from '../../src/model/index';

/** A fresh runtime with the collector installed (as the interpreter sets it up). */
function fresh(): GCState {
  const rt = new PyRuntime(PY311, new Obmalloc(PY311.memory));
  rt.activate();
  const gc = installGc(rt);
  _PyTypes_InitTypes();
  gc_collect_main(gc, 2); // start from empty young generations
  return gc;
}

function list(...items: PyObject[]): PyListObject {
  const l = PyList_New(0);
  for (const o of items) PyList_Append(l, o);
  return l;
}

function record(gc: GCState): GcCollectionEvent[] {
  const evs: GcCollectionEvent[] = [];
  gc.events = { onCollection: (ev) => evs.push(ev) };
  return evs;
}

test('a self-referencing list: gc_refs 1 -> 0, unreachable, freed by tp_clear', () => {
  const gc = fresh();
  const evs = record(gc);
  const a = list();
  PyList_Append(a, a);
  assert.equal(a.ob_refcnt, 2);
  Py_DECREF(a);
  const [collected, uncollectable] = gc_collect_main(gc, 0);
  assert.deepEqual([collected, uncollectable], [1, 0]);
  assert.equal(a.ob_refcnt, 0);
  assert.equal(a.gc_gen, GC_UNTRACKED);
  const ev = evs[0];
  const seen = ev.examined.find((e) => e.id === a.ob_addr);
  assert.deepEqual(seen && [seen.refcnt, seen.gc_refs], [1, 0]);
  assert.deepEqual(ev.unreachable.map((o) => o.id), [a.ob_addr]);
  assert.deepEqual(ev.freed.map((o) => o.id), [a.ob_addr]);
});

test('subtract_refs leaves only outside references; reachable objects move to the next generation', () => {
  const gc = fresh();
  const evs = record(gc);
  const inner = list();
  const outer = list(inner, inner);
  // outer: 1 outside reference (this test); inner: outer's 2 slots + ours.
  gc_collect_main(gc, 0);
  const g = (o: PyObject) => evs[0].examined.find((e) => e.id === o.ob_addr)?.gc_refs;
  assert.equal(g(outer), 1);
  assert.equal(g(inner), 1);
  assert.equal(outer.gc_gen, 1);
  assert.equal(inner.gc_gen, 1);
  assert.equal(gc.generations[1].count, 1);
  assert.equal(gc.generations[0].count, 0);
  Py_DECREF(outer);
  Py_DECREF(inner);
});

test('move_unreachable: a chain reachable only through a later object ends reversed (C, B, A)', () => {
  const gc = fresh();
  const A = list();
  const B = list(A);
  const C = list(B);
  Py_DECREF(A);
  Py_DECREF(B);
  // young: A, B, C. A and B first look unreachable, C's traversal brings B back, B's brings A.
  gc_collect_main(gc, 0);
  const order = gc_list_items(gc.generations[1].head).filter((o) => o === A || o === B || o === C);
  assert.deepEqual(order, [C, B, A]);
  Py_DECREF(C);
});

test('tuples are untracked by any collection when all items are untracked; dicts only by full ones', () => {
  const gc = fresh();
  const t = PyTuple_New(2);
  PyTuple_SET_ITEM(t, 0, PyLong_FromNumber(1));
  PyTuple_SET_ITEM(t, 1, PyUnicode_FromString('x'));
  const t2 = PyTuple_New(1);
  PyTuple_SET_ITEM(t2, 0, PyList_New(0));
  const d = PyDict_New();
  const k = PyUnicode_FromString('k');
  const l = PyList_New(0);
  PyDict_SetItem(d, k, l);
  assert.ok(t.gc_gen >= 0 && t2.gc_gen >= 0 && d.gc_gen >= 0);
  PyDict_DelItem(d, k);
  gc_collect_main(gc, 0);
  assert.equal(t.gc_gen, GC_UNTRACKED);
  assert.ok(t2.gc_gen >= 0);
  assert.ok(d.gc_gen >= 0, 'a generation-0 collection does not untrack dicts');
  gc_collect_main(gc, 2);
  assert.equal(d.gc_gen, GC_UNTRACKED);
  for (const o of [t, t2, d, k, l]) Py_DECREF(o);
});

test('an allocation past threshold[0] collects generation 0; the 12th takes generation 1 (count[1] must exceed 10)', () => {
  const gc = fresh();
  const gens: number[] = [];
  gc.events = { onCollection: (ev) => gens.push(ev.generation) };
  gc.generations[0].threshold = 5;
  const keep: PyObject[] = [];
  for (let i = 0; i < 6 * 12; i++) keep.push(PyList_New(0));
  assert.deepEqual(gens.slice(0, 12), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  for (const o of keep) Py_DECREF(o);
});

test('long_lived_pending must exceed long_lived_total / 4 before generation 2 is collected automatically', () => {
  const gc = fresh();
  gc.long_lived_total = 1000;
  gc.long_lived_pending = 0;
  gc.generations[2].count = 11;
  gc.generations[1].count = 11;
  const gens: number[] = [];
  gc.events = { onCollection: (ev) => gens.push(ev.generation) };
  gc.generations[0].count = gc.generations[0].threshold;
  const l = PyList_New(0);
  assert.deepEqual(gens, [1], 'not enough pending objects: generation 1 instead');
  gc.long_lived_pending = 251;
  gc.generations[0].count = gc.generations[0].threshold;
  const l2 = PyList_New(0);
  assert.deepEqual(gens, [1, 2]);
  Py_DECREF(l);
  Py_DECREF(l2);
});

test('freeze moves everything to the permanent generation; unfreeze to generation 2', () => {
  const gc = fresh();
  const a = list();
  PyList_Append(a, a);
  const m = makeGcModule();
  const call = (name: string) => {
    const f = PyDict_GetItemString(m.ob_dict as PyObject, name) as PyObject;
    Py_DECREF(PyObject_CallNoArgs(f));
  };
  call('freeze');
  assert.equal(a.gc_gen, 3);
  Py_DECREF(a);
  assert.deepEqual(gc_collect_main(gc, 2), [0, 0]);
  call('unfreeze');
  assert.equal(a.gc_gen, 2);
  assert.equal(gc_list_size(gc.permanent_generation.head), 0);
  assert.deepEqual(gc_collect_main(gc, 2), [1, 0]);
  Py_DECREF(m);
});

test('_PyObject_IS_GC: static types are not GC objects, heap types are', () => {
  fresh();
  const l = PyList_New(0);
  assert.equal(_PyObject_IS_GC(l), true);
  assert.equal(_PyObject_IS_GC(l.ob_type), false);
  assert.equal(_PyObject_IS_GC(PyLong_FromNumber(5)), false);
  Py_DECREF(l);
  Py_INCREF(l.ob_type);
  Py_DECREF(l.ob_type);
});

// ---------------------------------------------------------------------------
// Programs (stdout recorded from CPython 3.11.7)

interface Case { name: string; source: string; stdout: string }
const cases: Case[] = [
  {
    name: 'model doc section 3: collect() results',
    source: [
      'import gc', 'gc.collect()',
      'a = []', 'a.append(a)', 'del a', 'print(gc.collect())',
      'class N:', '    pass', 'x = N(); y = N(); x.p = y; y.p = x', 'del x, y', 'print(gc.collect())',
      'x = N(); y = N(); x.p = y; y.p = x; x.__dict__; y.__dict__', 'del x, y', 'print(gc.collect())',
      'd1 = {}; d2 = {"o": d1}; d1["o"] = d2', 'del d1, d2', 'print(gc.collect())',
      'def outer():', '    def rec(n):', '        return 0 if n == 0 else rec(n - 1)', '    return rec(2)',
      'outer()', 'print(gc.collect())', 'print(gc.collect())',
    ].join('\n') + '\n',
    stdout: '1\n2\n4\n2\n3\n0\n',
  },
  {
    name: '__del__ in a cycle runs once; resurrection',
    source: [
      'import gc', 'gc.collect()', 'class F:', '    def __del__(self):', '        print("del")',
      'a = F(); b = F(); a.o = b; b.o = a', 'del a, b', 'print(gc.collect(), gc.garbage)',
      'keep = []', 'class R:', '    def __del__(self):', '        keep.append(self)',
      'r = R(); r.me = r', 'del r', 'print(gc.collect())', 'keep.clear()', 'print(gc.collect())',
    ].join('\n') + '\n',
    stdout: 'del\ndel\n2 []\n0\n1\n',
  },
  {
    name: 'automatic collection counts',
    source: [
      'import gc', 'seen = []', 'def cb(phase, info):', '    if phase == "start":',
      '        seen.append((info["generation"], gc.get_count()))',
      'gc.collect()', 'gc.callbacks.append(cb)', 'keep = []', 'for i in range(800):', '    keep.append([])',
      'gc.callbacks.remove(cb)', 'print(seen)',
    ].join('\n') + '\n',
    stdout: '[(0, (702, 0, 0))]\n',
  },
];

for (const c of cases) {
  test(`program: ${c.name}`, () => {
    const r = runSource(c.source, { filename: 'prog.py' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, c.stdout);
  });
}
