// The `gc` module (Modules/gcmodule.c and Modules/clinic/gcmodule.c.h, 3.11): the
// Python interface to the collector, with CPython's argument handling and messages.

import { PyObject, Py_INCREF, Py_DECREF, rt, _Py_SetRefLabelsWanted } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_ValueError, PyExc_OverflowError, PyExc_TypeError } from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { Py_True, Py_False, PyBool_FromLong } from '../objects/boolobject';
import { PyLong_FromNumber, PyLong_AsBigInt, PyLong_Check } from '../objects/longobject';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { PyTuple_New, PyTuple_SET_ITEM, type PyTupleObject } from '../objects/tupleobject';
import { PyList_New, PyList_Append, type PyListObject } from '../objects/listobject';
import { PyDict_New, PyDict_SetItemString } from '../objects/dictobject';
import { _PyNumber_Index, PyNumber_AsSsize_t } from '../objects/abstract';
import { _PyArg_UnpackKeywords } from '../objects/argparse';
import { PyCFunction_NewEx } from '../objects/methodobject';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyModule_New, type PyModuleObject } from '../objects/moduleobject';
import { registerBuiltinModule } from '../vm/modules';
import {
  GCState, GC_PERMANENT, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK,
} from './gcstate';
import { gc_list_merge, gc_list_set_gen, gc_list_size } from './gclist';
import { gc_collect_with_callback, gc_collect_main, build_info_item } from './collect';
import { _PyObject_IS_GC } from './untrack';

/** The active interpreter's collector state. */
export function getGcState(): GCState {
  const gc = rt.gc;
  if (!(gc instanceof GCState)) throw new Error('internal: the cyclic GC is not installed (gc/index.ts installGc)');
  return gc;
}

function newInt(v: number): PyObject {
  return PyLong_FromNumber(v);
}

/** _PyLong_AsInt of an argument (__index__, then the C int range). */
function asCInt(o: PyObject): number {
  const v = _PyNumber_Index(o);
  const b = PyLong_AsBigInt(v);
  Py_DECREF(v);
  if (b > 2147483647n || b < -2147483648n) PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C int');
  return Number(b);
}

/** PyArg_ParseTuple's "i" converter: PyLong_AsLong, then the C int range with getargs.c's messages. */
function parseIntArg(o: PyObject): number {
  const v = _PyNumber_Index(o);
  const b = PyLong_AsBigInt(v);
  Py_DECREF(v);
  if (b > 9223372036854775807n || b < -9223372036854775808n) {
    PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C long');
  }
  if (b > 2147483647n) PyErr_SetString(PyExc_OverflowError, 'signed integer is greater than maximum');
  if (b < -2147483648n) PyErr_SetString(PyExc_OverflowError, 'signed integer is less than minimum');
  return Number(b);
}

function intTuple(values: number[]): PyObject {
  // Py_BuildValue("(iii)", ...)
  const t = PyTuple_New(values.length);
  for (let i = 0; i < values.length; i++) PyTuple_SET_ITEM(t, i, newInt(values[i]));
  return t;
}

function returnNone(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

// ---------------------------------------------------------------------------
// The functions

function gc_enable(_m: PyObject): PyObject {
  getGcState().enabled = true;
  return returnNone();
}

function gc_disable(_m: PyObject): PyObject {
  getGcState().enabled = false;
  return returnNone();
}

function gc_isenabled(_m: PyObject): PyObject {
  return PyBool_FromLong(getGcState().enabled ? 1 : 0);
}

/** gc.collect(generation=2): the number of unreachable objects found. */
function gc_collect(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const state = getGcState();
  let generation = state.numGenerations - 1;
  if (nargs !== 0 || kwnames !== null) {
    const a = _PyArg_UnpackKeywords('collect', args, nargs, kwnames, ['generation'], 0, 1);
    if (a[0] !== null) generation = asCInt(a[0]);
  }
  if (generation < 0 || generation >= state.numGenerations) PyErr_SetString(PyExc_ValueError, 'invalid generation');
  let n = 0;
  if (!state.collecting) {
    state.collecting = true;
    const prevTrigger = state.trigger;
    state.trigger = 'gc.collect';
    try {
      n = gc_collect_with_callback(state, generation);
    } finally {
      state.collecting = false;
      state.trigger = prevTrigger;
    }
  }
  return newInt(n);
}

function gc_set_debug(_m: PyObject, flags: PyObject): PyObject {
  getGcState().debug = asCInt(flags);
  return returnNone();
}

function gc_get_debug(_m: PyObject): PyObject {
  return newInt(getGcState().debug);
}

/** set_threshold(threshold0, [threshold1, threshold2]): PyArg_ParseTuple("i|ii:set_threshold")
 *  stores each value as it is converted, so an error leaves the earlier ones set. */
function gc_set_threshold(_m: PyObject, args: PyObject, _kwargs: PyObject | null): PyObject {
  const items = (args as PyTupleObject).ob_item;
  const n = items.length;
  if (n < 1) PyErr_SetString(PyExc_TypeError, `set_threshold() takes at least 1 argument (${n} given)`);
  if (n > 3) PyErr_SetString(PyExc_TypeError, `set_threshold() takes at most 3 arguments (${n} given)`);
  const gens = getGcState().generations;
  for (let i = 0; i < n; i++) gens[i].threshold = parseIntArg(items[i]);
  // Generations above 2 (none in 3.11) get the same threshold as generation 2.
  for (let i = 3; i < gens.length; i++) gens[i].threshold = gens[2].threshold;
  return returnNone();
}

function gc_get_threshold(_m: PyObject): PyObject {
  return intTuple(getGcState().generations.map((g) => g.threshold));
}

function gc_get_count(_m: PyObject): PyObject {
  return intTuple(getGcState().generations.map((g) => g.count));
}

/** referrersvisit: does `obj`'s tp_traverse visit one of objs? */
function gc_referrers_for(objs: PyTupleObject, list: PyObject, result: PyListObject): void {
  const targets = objs.ob_item;
  let found = false;
  const visit = (o: PyObject): void => {
    if (!found) for (let i = 0; i < targets.length; i++) if (targets[i] === o) found = true;
  };
  for (let gc = list.gc_next as PyObject; gc !== list; gc = gc.gc_next as PyObject) {
    if (gc === objs || gc === result) continue;
    const traverse = gc.ob_type.tp_traverse;
    if (traverse === null) continue;
    found = false;
    traverse(gc, visit);
    if (found) PyList_Append(result, gc);
  }
}

function gc_get_referrers(_m: PyObject, args: PyObject, _kwargs: PyObject | null): PyObject {
  const result = PyList_New(0);
  const state = getGcState();
  // The visitor only compares targets: no labels (the whole heap is traversed).
  const labels = _Py_SetRefLabelsWanted(false);
  try {
    for (let i = 0; i < state.numGenerations; i++) {
      gc_referrers_for(args as PyTupleObject, state.generations[i].head, result);
    }
  } finally {
    _Py_SetRefLabelsWanted(labels);
  }
  return result;
}

function gc_get_referents(_m: PyObject, args: PyObject, _kwargs: PyObject | null): PyObject {
  const result = PyList_New(0);
  const append = (o: PyObject): void => PyList_Append(result, o);
  for (const obj of (args as PyTupleObject).ob_item) {
    if (!_PyObject_IS_GC(obj)) continue;
    const traverse = obj.ob_type.tp_traverse;
    if (traverse === null) continue;
    traverse(obj, append);
  }
  return result;
}

/** append_objects: every object of a generation list except the result list itself. */
function append_objects(result: PyListObject, list: PyObject): void {
  for (let gc = list.gc_next as PyObject; gc !== list; gc = gc.gc_next as PyObject) {
    if (gc !== result) PyList_Append(result, gc);
  }
}

/** gc.get_objects(generation=None). */
function gc_get_objects(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const state = getGcState();
  let generation = -1;
  if (nargs !== 0 || kwnames !== null) {
    const a = _PyArg_UnpackKeywords('get_objects', args, nargs, kwnames, ['generation'], 0, 1);
    const g = a[0];
    // _Py_convert_optional_to_ssize_t
    if (g !== null && g !== Py_None) {
      if (!PyLong_Check(g) && g.ob_type.nb_index === null) {
        PyErr_SetString(PyExc_TypeError, `argument should be integer or None, not '${g.ob_type.tp_name}'`);
      }
      generation = PyNumber_AsSsize_t(g, PyExc_OverflowError);
    }
  }
  const result = PyList_New(0);
  try {
    if (generation !== -1) {
      if (generation >= state.numGenerations) {
        PyErr_SetString(PyExc_ValueError,
          `generation parameter must be less than the number of available generations (${state.numGenerations})`);
      }
      if (generation < 0) PyErr_SetString(PyExc_ValueError, 'generation parameter cannot be negative');
      append_objects(result, state.generations[generation].head);
      return result;
    }
    for (let i = 0; i < state.numGenerations; i++) append_objects(result, state.generations[i].head);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function gc_get_stats(_m: PyObject): PyObject {
  const state = getGcState();
  // A snapshot first: building the result allocates, which may collect.
  const stats = state.generation_stats.map((s) => ({ ...s }));
  const result = PyList_New(0);
  for (const st of stats) {
    // Py_BuildValue("{snsnsn}", ...)
    const dict = PyDict_New();
    build_info_item(dict, 'collections', st.collections);
    build_info_item(dict, 'collected', st.collected);
    build_info_item(dict, 'uncollectable', st.uncollectable);
    PyList_Append(result, dict);
    Py_DECREF(dict);
  }
  return result;
}

function gc_is_tracked(_m: PyObject, obj: PyObject): PyObject {
  const r = _PyObject_IS_GC(obj) && obj.gc_gen >= 0 ? Py_True : Py_False;
  Py_INCREF(r);
  return r;
}

function gc_is_finalized(_m: PyObject, obj: PyObject): PyObject {
  const r = _PyObject_IS_GC(obj) && obj.gc_finalized ? Py_True : Py_False;
  Py_INCREF(r);
  return r;
}

/** gc.freeze(): every tracked object moves to the permanent generation, ignored by collections. */
function gc_freeze(_m: PyObject): PyObject {
  const state = getGcState();
  const perm = state.permanent_generation.head;
  for (const g of state.generations) {
    gc_list_set_gen(g.head, GC_PERMANENT);
    gc_list_merge(g.head, perm);
    g.count = 0;
  }
  return returnNone();
}

/** gc.unfreeze(): the permanent generation goes back to the oldest generation. */
function gc_unfreeze(_m: PyObject): PyObject {
  const state = getGcState();
  const oldest = state.numGenerations - 1;
  gc_list_set_gen(state.permanent_generation.head, oldest);
  gc_list_merge(state.permanent_generation.head, state.generations[oldest].head);
  return returnNone();
}

function gc_get_freeze_count(_m: PyObject): PyObject {
  return newInt(gc_list_size(getGcState().permanent_generation.head));
}

/** PyGC_Collect: the full collection Py_FinalizeEx runs at exit (with gc.callbacks),
 *  only when automatic collection is enabled. Pending exceptions are not involved. */
export function PyGC_Collect(): number {
  const state = getGcState();
  if (!state.enabled || state.collecting) return 0;
  state.collecting = true;
  state.trigger = 'gc.collect';
  try {
    return gc_collect_with_callback(state, state.numGenerations - 1);
  } finally {
    state.collecting = false;
    state.trigger = 'automatic';
  }
}

/** _PyGC_CollectNoFail: the collection finalize_modules runs once sys.modules is emptied
 *  (no callbacks, runs even when the collector is disabled). */
export function _PyGC_CollectNoFail(): number {
  const state = getGcState();
  if (state.collecting) return 0;
  state.collecting = true;
  state.trigger = 'gc.collect';
  try {
    const [m, n] = gc_collect_main(state, state.numGenerations - 1);
    return m + n;
  } finally {
    state.collecting = false;
    state.trigger = 'automatic';
  }
}

/** GcMethods, in CPython's order. */
export const gcMethods: PyMethodDef[] = [
  { ml_name: 'enable', ml_meth: gc_enable, ml_flags: METH.NOARGS, ml_doc: 'Enable automatic garbage collection.' },
  { ml_name: 'disable', ml_meth: gc_disable, ml_flags: METH.NOARGS, ml_doc: 'Disable automatic garbage collection.' },
  { ml_name: 'isenabled', ml_meth: gc_isenabled, ml_flags: METH.NOARGS, ml_doc: 'Returns true if automatic garbage collection is enabled.' },
  { ml_name: 'set_debug', ml_meth: gc_set_debug, ml_flags: METH.O, ml_doc: 'Set the garbage collection debugging flags.' },
  { ml_name: 'get_debug', ml_meth: gc_get_debug, ml_flags: METH.NOARGS, ml_doc: 'Get the garbage collection debugging flags.' },
  { ml_name: 'get_count', ml_meth: gc_get_count, ml_flags: METH.NOARGS, ml_doc: 'Return a three-tuple of the current collection counts.' },
  { ml_name: 'set_threshold', ml_meth: gc_set_threshold, ml_flags: METH.VARARGS, ml_doc: 'Sets the collection thresholds.' },
  { ml_name: 'get_threshold', ml_meth: gc_get_threshold, ml_flags: METH.NOARGS, ml_doc: 'Return the current collection thresholds.' },
  { ml_name: 'collect', ml_meth: gc_collect, ml_flags: METH.FASTCALL | METH.KEYWORDS, ml_doc: 'Run the garbage collector.' },
  { ml_name: 'get_objects', ml_meth: gc_get_objects, ml_flags: METH.FASTCALL | METH.KEYWORDS, ml_doc: 'Return a list of objects tracked by the collector (excluding the list returned).' },
  { ml_name: 'get_stats', ml_meth: gc_get_stats, ml_flags: METH.NOARGS, ml_doc: 'Return a list of dictionaries containing per-generation statistics.' },
  { ml_name: 'is_tracked', ml_meth: gc_is_tracked, ml_flags: METH.O, ml_doc: 'Returns true if the object is tracked by the garbage collector.' },
  { ml_name: 'is_finalized', ml_meth: gc_is_finalized, ml_flags: METH.O, ml_doc: 'Returns true if the object has been already finalized by the GC.' },
  { ml_name: 'get_referrers', ml_meth: gc_get_referrers, ml_flags: METH.VARARGS, ml_doc: 'Return the list of objects that directly refer to any of objs.' },
  { ml_name: 'get_referents', ml_meth: gc_get_referents, ml_flags: METH.VARARGS, ml_doc: 'Return the list of objects that are directly referred to by objs.' },
  { ml_name: 'freeze', ml_meth: gc_freeze, ml_flags: METH.NOARGS, ml_doc: 'Freeze all current tracked objects and ignore them for future collections.' },
  { ml_name: 'unfreeze', ml_meth: gc_unfreeze, ml_flags: METH.NOARGS, ml_doc: 'Unfreeze all objects in the permanent generation.' },
  { ml_name: 'get_freeze_count', ml_meth: gc_get_freeze_count, ml_flags: METH.NOARGS, ml_doc: 'Return the number of objects in the permanent generation.' },
];

const gc__doc__ =
  'This module provides access to the garbage collector for reference cycles.\n' +
  '\n' +
  'enable() -- Enable automatic garbage collection.\n' +
  'disable() -- Disable automatic garbage collection.\n' +
  'isenabled() -- Returns true if automatic collection is enabled.\n' +
  'collect() -- Do a full collection right now.\n' +
  'get_count() -- Return the current collection counts.\n' +
  'get_stats() -- Return list of dictionaries containing per-generation stats.\n' +
  'set_debug() -- Set debugging flags.\n' +
  'get_debug() -- Get debugging flags.\n' +
  'set_threshold() -- Set the collection thresholds.\n' +
  'get_threshold() -- Return the current the collection thresholds.\n' +
  'get_objects() -- Return a list of all objects tracked by the collector.\n' +
  'is_tracked() -- Returns true if a given object is tracked.\n' +
  'is_finalized() -- Returns true if a given object has been already finalized.\n' +
  'get_referrers() -- Return the list of objects that refer to an object.\n' +
  'get_referents() -- Return the list of objects that an object refers to.\n' +
  'freeze() -- Freeze all tracked objects and ignore them for future collections.\n' +
  'unfreeze() -- Unfreeze all objects in the permanent generation.\n' +
  'get_freeze_count() -- Return the number of objects in the permanent generation.\n';

/** PyInit_gc + gcmodule_exec: the module object (new reference). gc.garbage and
 *  gc.callbacks are the lists the GCState owns (_PyGC_Init creates them). */
export function makeGcModule(): PyModuleObject {
  const state = getGcState();
  const m = PyModule_New('gc', '(built-in)');
  const d = m.ob_dict as PyObject;
  const doc = PyUnicode_FromString(gc__doc__);
  PyDict_SetItemString(d, '__doc__', doc);
  Py_DECREF(doc);
  const modname = PyUnicode_FromString('gc');
  for (const ml of gcMethods) {
    const f = PyCFunction_NewEx(ml, m, modname);
    PyDict_SetItemString(d, ml.ml_name, f);
    Py_DECREF(f);
  }
  Py_DECREF(modname);
  PyDict_SetItemString(d, 'garbage', state.garbage as PyObject);
  PyDict_SetItemString(d, 'callbacks', state.callbacks as PyObject);
  for (const [k, v] of [['DEBUG_STATS', DEBUG_STATS], ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE],
    ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE], ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', DEBUG_LEAK]] as [string, number][]) {
    const o = newInt(v);
    PyDict_SetItemString(d, k, o);
    Py_DECREF(o);
  }
  return m;
}

// Replaces the VM's counting-only placeholder (vm/gcmodule.ts): the last registration wins.
registerBuiltinModule('gc', makeGcModule);
