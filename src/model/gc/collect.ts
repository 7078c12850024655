// One collection, phase by phase, as Modules/gcmodule.c (3.11) gc_collect_main runs it.
//
//  1. The younger generations are merged into the one collected ("young").
//  2. deduce_unreachable: update_refs copies ob_refcnt into gc_refs; subtract_refs
//     visits every reference held by an object of young (tp_traverse) and subtracts
//     one from the target's gc_refs when the target is in young too. What is left
//     is the number of references from outside. move_unreachable then keeps in
//     young everything with gc_refs > 0 and everything reachable from it, and
//     moves the rest to `unreachable` (tentatively: a later object's traversal may
//     move one back).
//  3. Tuples whose items are all untracked are untracked; the survivors move to the
//     next generation (a full collection keeps them and untracks dicts).
//  4. handle_weakrefs: weak references to unreachable objects are cleared; the
//     callbacks of weakrefs that are not garbage themselves are called.
//  5. finalize_garbage: tp_finalize (__del__, generator close) runs once per object
//     (PEP 442), even for objects in cycles.
//  6. handle_resurrected_objects: the unreachable set is examined again; whatever
//     a finalizer made reachable survives.
//  7. delete_garbage: tp_clear on each remaining object breaks the cycles; the
//     objects are then freed by ordinary reference counting.
// gc.collect() returns the number of objects found unreachable (step 7's set plus
// weakrefs freed in step 4) plus the uncollectable ones (none: no type of the
// subset has a legacy tp_del finalizer, so gc.garbage only fills with DEBUG_SAVEALL).

import { freeListObserver } from '../objects/objalloc';
import { PyObject, Py_INCREF, Py_DECREF, GC_UNTRACKED, _Py_SetRefLabelsWanted } from '../objects/object';
import { PyException } from '../objects/errors';
import { _PyEval_ChargeWork } from '../vm/chargework';
import { PyTuple_Type, _PyTuple_ClearFreeList } from '../objects/tupleobject';
import { PyDict_Type, PyDict_New, PyDict_SetItem, _PyDict_ClearFreeList } from '../objects/dictobject';
import { PyList_Append, _PyList_ClearFreeList, type PyListObject } from '../objects/listobject';
import { _PyFloat_ClearFreeList } from '../objects/floatobject';
import { PyLong_FromNumber } from '../objects/longobject';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { PyObject_CallOneArg, PyObject_Vectorcall, _Py_PointerRepr } from '../objects/abstract';
import {
  PyGC_ListHead, gc_list_init, gc_list_is_empty, gc_list_move, gc_list_merge, gc_list_size, gc_list_items,
} from './gclist';
import {
  type GCState, GC_COLLECTING, GC_UNREACHABLE, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_SAVEALL,
} from './gcstate';
import { _PyTuple_MaybeUntrack, _PyDict_MaybeUntrack } from './untrack';
import {
  PyWeakref_Check, _PyWeakref_ClearRef, _PyType_SUPPORTS_WEAKREFS, _PyObject_GetWeakrefHead, type PyWeakReference,
} from '../objects/weakrefobject';
import { PyErr_WriteUnraisable as unraisable } from '../objects/errors';
import { newCollectionEvent, gcRef, type GcCollectionEvent } from './events';
import { visit_decref, set_young_gen, set_reachable, traverse_decref_young, traverse_reachable } from './visit';

/** update_refs: gc_refs = ob_refcnt, and mark the object as being collected. */
function update_refs(containers: PyObject): void {
  for (let gc = containers.gc_next as PyObject; gc !== containers; gc = gc.gc_next as PyObject) {
    gc.gc_refs = gc.ob_refcnt;
    gc.gc_gen = GC_COLLECTING;
  }
}

/** subtract_refs: subtract the references that objects of `containers` hold to each other. */
function subtract_refs(containers: PyObject): void {
  for (let gc = containers.gc_next as PyObject; gc !== containers; gc = gc.gc_next as PyObject) {
    const traverse = gc.ob_type.tp_traverse;
    if (traverse !== null) traverse(gc, visit_decref);
  }
}

// The module-level variables below are scratch of the collection running (one never
// spans a pause of the interpreter), shared by every runtime.

/** Set when a weakref callback or a finalizer ran during the current collection: only
 *  then can an object of the unreachable set have been resurrected. */
let codeRan = false;

/** update_refs and subtract_refs in one walk of `young`, the list of generation `gen` with
 *  the younger ones merged into it. When a collection starts, the objects of young are
 *  exactly those whose gc_gen is between 0 and `gen` (every other tracked object is on an
 *  older or the permanent generation, and says so), so an object can be recognised — and
 *  its gc_refs set from ob_refcnt — the first time the walk touches it, as the object
 *  scanned or as the target of a reference. gc_refs end as the two passes leave them:
 *  ob_refcnt minus the references from young (no code runs in between to change a count). */
function update_and_subtract_refs(young: PyObject, gen: number): void {
  set_young_gen(gen);
  for (let gc = young.gc_next as PyObject; gc !== young; gc = gc.gc_next as PyObject) {
    if (gc.gc_gen !== GC_COLLECTING) {
      gc.gc_refs = gc.ob_refcnt;
      gc.gc_gen = GC_COLLECTING;
    }
    traverse_decref_young(gc);
  }
}

/** The collector and event record untrack_container reports to (set while untracking). */
let untrackState: GCState | null = null;
let untrackEv: GcCollectionEvent | null = null;
/** A full collection's exact dicts that stay in young, in list order, gathered by
 *  move_unreachable for untrack_dicts (reused: emptied after each collection). */
const youngDicts: PyObject[] = [];

/** What _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack call to untrack a container. */
function untrack_container(o: PyObject): void {
  if (untrackEv !== null) untrackEv.untracked.push(gcRef(o));
  (untrackState as GCState).untrack(o);
}

/** move_unreachable: objects of `young` with gc_refs 0 that nothing reachable refers to
 *  end up in `unreachable`; the others stay in young, marked as generation `reachedGen`
 *  (the generation they are about to be merged into). With `state`, it also does
 *  untrack_tuples' work: young's final order is the order in which the scan reaches its
 *  objects (reachable ones stay in place, those moved back go to the end and are
 *  reached later), so untracking each reachable tuple right after it is scanned sees
 *  every item as the separate pass over young would — one list walk fewer. With
 *  `dicts`, it also gathers the exact dicts that stay in young for untrack_dicts.
 *  Returns how many objects stay in young. */
function move_unreachable(young: PyObject, unreachable: PyObject, reachedGen: number, state: GCState | null,
  dicts: PyObject[] | null): number {
  let survivors = 0;
  set_reachable(young);
  let gc = young.gc_next as PyObject;
  while (gc !== young) {
    if (gc.gc_refs !== 0) {
      // Reachable from outside: everything it refers to is reachable too. The
      // traversal may append objects to young, so the next one is read after it.
      traverse_reachable(gc);
      const next = gc.gc_next as PyObject;
      const type = gc.ob_type;
      if (state === null || type !== PyTuple_Type || !_PyTuple_MaybeUntrack(gc, untrack_container)) {
        gc.gc_gen = reachedGen;
        survivors++;
        if (dicts !== null && type === PyDict_Type) dicts.push(gc);
      }
      gc = next;
    } else {
      // Maybe unreachable: assume so; visit_reachable moves it back if a later
      // object turns out to refer to it.
      const next = gc.gc_next as PyObject;
      gc_list_move(gc, unreachable);
      gc.gc_gen = GC_UNREACHABLE;
      gc = next;
    }
  }
  return survivors;
}

/** deduce_unreachable: steps 1–3 of the algorithm on `base`. For a collection's first
 *  pass (`state` given, `base` the list of generation `generation`), steps 1–2 are one walk
 *  (update_and_subtract_refs), untrack_tuples is done by move_unreachable, and the dicts
 *  left in base are gathered in `dicts` for untrack_dicts. Returns how many objects stay in base. */
function deduce_unreachable(base: PyObject, unreachable: PyObject, reachedGen: number, ev: GcCollectionEvent | null,
  state: GCState | null, dicts: PyObject[] | null, generation = -1): number {
  // visit_decref and visit_reachable ignore labels: the traversals need not build them.
  const labels = _Py_SetRefLabelsWanted(false);
  untrackState = state;
  untrackEv = ev;
  if (dicts !== null) dicts.length = 0;
  try {
    if (generation >= 0) {
      update_and_subtract_refs(base, generation);
    } else {
      update_refs(base);
      subtract_refs(base);
    }
    if (ev !== null) {
      for (let gc = base.gc_next as PyObject; gc !== base; gc = gc.gc_next as PyObject) {
        ev.examined.push({ id: gc.ob_addr, type: gc.ob_type.tp_name, refcnt: gc.ob_refcnt, gc_refs: gc.gc_refs });
      }
    }
    gc_list_init(unreachable);
    return move_unreachable(base, unreachable, reachedGen, state, dicts);
  } finally {
    _Py_SetRefLabelsWanted(labels);
    untrackState = null;
    untrackEv = null;
  }
}

/** untrack_dicts (full collections only) on the dicts move_unreachable found in young,
 *  in list order: whether a dict is untracked depends only on its own items (tuples among
 *  them are already settled), so this is the walk of young restricted to its dicts.
 *  Returns how many dicts it untracked; empties `dicts`. */
function untrack_dicts(state: GCState, dicts: PyObject[], ev: GcCollectionEvent | null): number {
  untrackState = state;
  untrackEv = ev;
  let n = 0;
  for (let i = 0; i < dicts.length; i++) if (_PyDict_MaybeUntrack(dicts[i], untrack_container)) n++;
  dicts.length = 0;
  untrackState = null;
  untrackEv = null;
  return n;
}

/** handle_weakrefs: clear every weakref to an unreachable object (so no callback or
 *  finalizer can reach the garbage through one), then call the callbacks of the
 *  weakrefs that are not garbage themselves. Returns how many of those weakrefs
 *  were freed by it (they count as collected). */
function handle_weakrefs(unreachable: PyObject, old: PyObject, oldGen: number, ev: GcCollectionEvent | null): number {
  const wrcb_to_call = new PyGC_ListHead('wrcb_to_call');
  let next: PyObject;
  for (let gc = unreachable.gc_next as PyObject; gc !== unreachable; gc = next) {
    next = gc.gc_next as PyObject;
    if (PyWeakref_Check(gc)) {
      // A weakref that is garbage itself: its callback must never run.
      if (ev !== null && gc.wr_object.ob_type !== null) ev.weakrefsCleared.push(gcRef(gc));
      _PyWeakref_ClearRef(gc);
    }
    if (!_PyType_SUPPORTS_WEAKREFS(gc.ob_type)) continue;
    let wr: PyWeakReference | null;
    while ((wr = _PyObject_GetWeakrefHead(gc)) !== null) {
      _PyWeakref_ClearRef(wr);
      if (ev !== null) ev.weakrefsCleared.push(gcRef(wr));
      if (wr.wr_callback === null) continue;
      // The weakref is trash too: pretend it went away first.
      if (wr.gc_gen === GC_COLLECTING) continue;
      // Keep it alive until its callback has run.
      Py_INCREF(wr);
      gc_list_move(wr, wrcb_to_call);
    }
  }
  let num_freed = 0;
  while (!gc_list_is_empty(wrcb_to_call)) {
    const op = wrcb_to_call.gc_next as PyWeakReference;
    const callback = op.wr_callback as PyObject;
    if (ev !== null) ev.weakrefCallbacks.push(gcRef(op));
    try {
      codeRan = true;
      const r = PyObject_CallOneArg(callback, op);
      Py_DECREF(r);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      unraisable(e, callback);
    }
    Py_DECREF(op);
    if (wrcb_to_call.gc_next === op) {
      // Still alive: it goes to the older generation with the other survivors.
      op.gc_gen = oldGen;
      gc_list_move(op, old);
    } else {
      num_freed++;
    }
  }
  return num_freed;
}

/** finalize_garbage: call tp_finalize once per object (PEP 442). A finalizer may free
 *  objects of the list (refcounts falling to 0), so each object is first moved to
 *  `seen`; whatever is left is put back. */
function finalize_garbage(collectable: PyObject, ev: GcCollectionEvent | null): void {
  // Most garbage has no finalizer: then moving every object to `seen` and back changes
  // nothing, and a read-only look is enough.
  let gc = collectable.gc_next as PyObject;
  while (gc !== collectable && (gc.ob_type.tp_finalize === null || gc.gc_finalized)) gc = gc.gc_next as PyObject;
  if (gc === collectable) return;
  const seen = new PyGC_ListHead('seen');
  while (!gc_list_is_empty(collectable)) {
    const op = collectable.gc_next as PyObject;
    gc_list_move(op, seen);
    const finalize = op.ob_type.tp_finalize;
    if (!op.gc_finalized && finalize !== null) {
      op.gc_finalized = true;
      if (ev !== null) ev.finalized.push(gcRef(op));
      Py_INCREF(op);
      codeRan = true;
      try {
        finalize(op);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        unraisable(e, op);
      }
      Py_DECREF(op);
    }
  }
  gc_list_merge(seen, collectable);
}

/** handle_resurrected_objects: run deduce_unreachable again on the unreachable set;
 *  what a finalizer made reachable goes to the old generation, the rest to
 *  `still_unreachable`. When no weakref callback and no finalizer ran since the set was
 *  found, no count changed: the second pass would find every object unreachable again,
 *  in the same order, so the set is moved over as it is. */
function handle_resurrected_objects(unreachable: PyObject, still_unreachable: PyObject, old: PyObject, oldGen: number,
  ev: GcCollectionEvent | null): void {
  if (!codeRan) {
    gc_list_init(still_unreachable);
    gc_list_merge(unreachable, still_unreachable);
    return;
  }
  // gc_list_clear_collecting, then a fresh deduce_unreachable on the set.
  for (let gc = unreachable.gc_next as PyObject; gc !== unreachable; gc = gc.gc_next as PyObject) gc.gc_gen = oldGen;
  deduce_unreachable(unreachable, still_unreachable, oldGen, null, null, null);
  // clear_unreachable_mask
  for (let gc = still_unreachable.gc_next as PyObject; gc !== still_unreachable; gc = gc.gc_next as PyObject) {
    gc.gc_gen = GC_COLLECTING;
  }
  if (ev !== null) for (const o of gc_list_items(unreachable)) ev.resurrected.push(gcRef(o));
  gc_list_merge(unreachable, old);
}

/** delete_garbage: tp_clear each object (or, with DEBUG_SAVEALL, append it to
 *  gc.garbage). Clearing drops references, so the objects die by refcounting;
 *  whatever is still alive afterwards goes to the old generation. */
function delete_garbage(state: GCState, collectable: PyObject, old: PyObject, oldGen: number, ev: GcCollectionEvent | null): void {
  const all = ev !== null ? gc_list_items(collectable) : null;
  while (!gc_list_is_empty(collectable)) {
    const op = collectable.gc_next as PyObject;
    if ((state.debug & DEBUG_SAVEALL) !== 0) {
      if (state.garbage !== null) PyList_Append(state.garbage, op);
      if (ev !== null) ev.saved.push(gcRef(op));
    } else {
      const clear = op.ob_type.tp_clear;
      if (clear !== null) {
        Py_INCREF(op);
        try {
          clear(op);
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
          unraisable(e, op.ob_type);
        }
        Py_DECREF(op);
      }
    }
    if (collectable.gc_next === op) {
      // Still alive: it may die later.
      op.gc_gen = oldGen;
      gc_list_move(op, old);
    }
  }
  if (ev !== null && all !== null) {
    for (const o of all) if (o.ob_refcnt === 0 || o.gc_gen === GC_UNTRACKED) ev.freed.push(gcRef(o));
  }
}

/** clear_freelists: a full collection empties the free lists (Modules/gcmodule.c, 3.11 order). */
function clear_freelists(): void {
  // The objects freed now were dead already (kept for reuse): a trace tells them apart.
  freeListObserver.clearing = true;
  try {
    _PyTuple_ClearFreeList();
    _PyFloat_ClearFreeList();
    _PyList_ClearFreeList();
    _PyDict_ClearFreeList();
  } finally {
    freeListObserver.clearing = false;
  }
}

function show_stats_each_generations(state: GCState): void {
  let buf = '';
  for (let i = 0; i < state.numGenerations; i++) buf += ` ${gc_list_size(state.generations[i].head)}`;
  state.hooks.writeStderr(`gc: objects in each generation:${buf}\n` +
    `gc: objects in permanent generation: ${gc_list_size(state.permanent_generation.head)}\n`);
}

/** gc_collect_main. Returns [collected, uncollectable]. */
export function gc_collect_main(state: GCState, generation: number): [number, number] {
  const NUM_GENERATIONS = state.numGenerations;
  const gens = state.generations;
  let t1 = 0;
  if ((state.debug & DEBUG_STATS) !== 0) {
    state.hooks.writeStderr(`gc: collecting generation ${generation}...\n`);
    show_stats_each_generations(state);
    t1 = performance.now();
  }
  const ev = state.events !== null ? newCollectionEvent(generation, state.trigger, gens.map((g) => g.count)) : null;

  // Update collection and allocation counters.
  if (generation + 1 < NUM_GENERATIONS) gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) gens[i].count = 0;

  // Merge younger generations with the one being collected.
  for (let i = 0; i < generation; i++) gc_list_merge(gens[i].head, gens[generation].head);

  const young = gens[generation].head;
  const oldGen = generation < NUM_GENERATIONS - 1 ? generation + 1 : generation;
  const old = gens[oldGen].head;

  const unreachable = new PyGC_ListHead('unreachable');
  // deduce_unreachable, then untrack_tuples (done by the same walk of young): the
  // `survivors` objects left in young are reachable.
  let survivors = deduce_unreachable(young, unreachable, oldGen, ev, state, young === old ? youngDicts : null, generation);

  // Move reachable objects to the next generation.
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) state.long_lived_pending += survivors;
    if (ev !== null) ev.survivors = survivors;
    gc_list_merge(young, old);
  } else {
    // Dicts are untracked only by full collections, to avoid quadratic dict
    // build-up (issue #14775).
    survivors -= untrack_dicts(state, youngDicts, ev);
    state.long_lived_pending = 0;
    state.long_lived_total = survivors + state.phantom_long_lived;
    if (ev !== null) ev.survivors = survivors;
  }
  if (ev !== null) {
    ev.survivorsGeneration = oldGen;
    for (const o of gc_list_items(unreachable)) ev.unreachable.push(gcRef(o));
  }

  // move_legacy_finalizers: no type of the model has a legacy tp_del, so nothing
  // moves to `finalizers`; what remains is clearing the NEXT_MASK_UNREACHABLE flag.
  // The same walk notes what the next steps would find (host-side, to skip walks that
  // would do nothing): the set's size, whether a weakref is in it or refers to one of
  // its objects, and whether one has a finalizer that has not run.
  let unreachableSize = 0;
  let weakrefsInvolved = false;
  let finalizerPending = false;
  for (let gc = unreachable.gc_next as PyObject; gc !== unreachable; gc = gc.gc_next as PyObject) {
    gc.gc_gen = GC_COLLECTING;
    unreachableSize++;
    if (PyWeakref_Check(gc) || (_PyType_SUPPORTS_WEAKREFS(gc.ob_type) && _PyObject_GetWeakrefHead(gc) !== null)) {
      weakrefsInvolved = true;
    }
    if (gc.ob_type.tp_finalize !== null && !gc.gc_finalized) finalizerPending = true;
  }

  if ((state.debug & DEBUG_COLLECTABLE) !== 0) {
    for (let gc = unreachable.gc_next as PyObject; gc !== unreachable; gc = gc.gc_next as PyObject) {
      state.hooks.writeStderr(`gc: collectable <${gc.ob_type.tp_name} ${_Py_PointerRepr(gc.ob_addr)}>\n`);
    }
  }

  // Clear weakrefs and invoke callbacks as necessary.
  codeRan = false;
  let m = weakrefsInvolved ? handle_weakrefs(unreachable, old, oldGen, ev) : 0;

  // Call tp_finalize on objects which have one.
  if (finalizerPending) finalize_garbage(unreachable, ev);

  // Handle objects that may have been resurrected by the finalizers.
  const final_unreachable = new PyGC_ListHead('final_unreachable');
  handle_resurrected_objects(unreachable, final_unreachable, old, oldGen, ev);

  // Break the cycles; objects die by refcounting. (Unless weakrefs or finalizers were
  // handled, the set is the one walked above.)
  m += weakrefsInvolved || finalizerPending ? gc_list_size(final_unreachable) : unreachableSize;
  delete_garbage(state, final_unreachable, old, oldGen, ev);

  const n = 0; // uncollectable: objects with a legacy finalizer (none in the model)
  if ((state.debug & DEBUG_STATS) !== 0) {
    const d = (performance.now() - t1) / 1000;
    state.hooks.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }

  // Free lists are cleared only by a collection of the oldest generation.
  if (generation === NUM_GENERATIONS - 1) clear_freelists();

  const stats = state.generation_stats[generation];
  stats.collections++;
  stats.collected += m;
  stats.uncollectable += n;

  if (ev !== null && state.events !== null) {
    ev.collected = m;
    ev.uncollectable = n;
    state.events.onCollection(ev);
  }
  // The walk of every object in the collected generations is C-level work (vm/chargework.ts),
  // charged once the collection is complete.
  _PyEval_ChargeWork(survivors + m + n);
  return [m, n];
}

/** One "s" / "i" (or "n") pair of Py_BuildValue's do_mkdict: a new (not interned) str for
 *  the key, then the int, then PyDict_SetItem. */
export function build_info_item(info: PyObject, key: string, value: number): void {
  const k = PyUnicode_FromString(key);
  const v = PyLong_FromNumber(value);
  PyDict_SetItem(info, k, v);
  Py_DECREF(k);
  Py_DECREF(v);
}

/** invoke_gc_callback: call each of gc.callbacks with (phase, info). */
function invoke_gc_callback(state: GCState, phase: string, generation: number, collected: number, uncollectable: number): void {
  const callbacks = state.callbacks as PyListObject | null;
  if (callbacks === null) return;
  let info: PyObject | null = null;
  if (callbacks.ob_item.length !== 0) {
    // Py_BuildValue("{sisnsn}", ...)
    info = PyDict_New();
    build_info_item(info, 'generation', generation);
    build_info_item(info, 'collected', collected);
    build_info_item(info, 'uncollectable', uncollectable);
  }
  // The list may change while its callbacks run: re-read its length each time.
  for (let i = 0; i < callbacks.ob_item.length; i++) {
    const cb = callbacks.ob_item[i];
    Py_INCREF(cb);
    // PyObject_CallFunction(cb, "sO", phase, info): a stack of a new str and info.
    const phaseObj = PyUnicode_FromString(phase);
    const infoObj = info as PyObject;
    Py_INCREF(infoObj);
    try {
      const r = PyObject_Vectorcall(cb, [phaseObj, infoObj], 2, null);
      Py_DECREF(r);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      unraisable(e, cb);
    } finally {
      Py_DECREF(phaseObj);
      Py_DECREF(infoObj);
    }
    Py_DECREF(cb);
  }
  if (info !== null) Py_DECREF(info);
}

/** gc_collect_with_callback: one collection between the "start" and "stop" callbacks. */
export function gc_collect_with_callback(state: GCState, generation: number): number {
  invoke_gc_callback(state, 'start', generation, 0, 0);
  const [collected, uncollectable] = gc_collect_main(state, generation);
  invoke_gc_callback(state, 'stop', generation, collected, uncollectable);
  return collected + uncollectable;
}

/** gc_collect_generations: collect the oldest generation whose count exceeds its
 *  threshold — the oldest one only when enough objects await their first full
 *  collection (long_lived_pending > long_lived_total / 4, issue #4074). */
export function gc_collect_generations(state: GCState): number {
  const gens = state.generations;
  const NUM_GENERATIONS = gens.length;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gens[i].count > gens[i].threshold) {
      if (i === NUM_GENERATIONS - 1 && state.long_lived_pending < Math.trunc(state.long_lived_total / 4)) continue;
      return gc_collect_with_callback(state, i);
    }
  }
  return 0;
}
