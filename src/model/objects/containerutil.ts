// Small pieces shared by the container types: the repr recursion guard
// (Objects/object.c Py_ReprEnter/Py_ReprLeave), PyObject_LengthHint
// (Objects/abstract.c) and the perturbation step of open-addressing probes
// (Objects/dictobject.c, Objects/setobject.c).

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags, rt } from './object';
import { _PyObject_GC_New, _PyObject_New, PyObject_GC_Track } from './objalloc';
import { PyErr_SetString, PyErr_Clear, isPyExc } from './errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from './exceptions';
import { Py_NotImplemented, Py_None } from './singletons';
import { PyLong_Check, PyLong_AsSsize_t, PyLong_AsBigInt } from './longobject';
import { PyObject_CallNoArgs, _Py_ID, PyNumber_AsSsize_t, _PyNumber_Index } from './abstract';
import { _PyObject_LookupSpecial } from './typeobject';

// ---------------------------------------------------------------------------
// Py_ReprEnter / Py_ReprLeave. CPython keeps the objects whose repr is in
// progress in a list stored in the thread state's dict under "Py_Repr". That
// list already exists when a program starts (startup code printed reprs) and its
// item buffer lives in glibc memory after it first shrank to zero (PyMem_Realloc
// of 0 bytes leaves pymalloc), so using it allocates nothing a program can see:
// measured, `repr([1])` changes gc.get_count() by 0 even the first time. We keep
// the same stack as a plain array per runtime.

const reprStacks = new WeakMap<object, PyObject[]>();

function reprStack(): PyObject[] {
  let s = reprStacks.get(rt);
  if (s === undefined) {
    s = [];
    reprStacks.set(rt, s);
  }
  return s;
}

/** Py_ReprEnter: true when `o` is already being repr'd (the caller prints "[...]"). */
export function Py_ReprEnter(o: PyObject): boolean {
  const s = reprStack();
  for (let i = s.length - 1; i >= 0; i--) if (s[i] === o) return true;
  s.push(o);
  return false;
}

/** Py_ReprLeave: removes the last occurrence of `o` (list.remove from the end, as object.c). */
export function Py_ReprLeave(o: PyObject): void {
  const s = reprStack();
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] === o) {
      s.splice(i, 1);
      return;
    }
  }
}

// ---------------------------------------------------------------------------
// Releasing and copying item references (list/tuple deallocs, slices, repeats).
// A run of the same object (`[x] * n`, a copy of it) is counted with one add or
// subtract: the object is not read n times, and no dealloc can happen inside a run
// (the object still holds every reference but the run's last one), so refcounts,
// the order of deallocations and everything observable are those of n single steps.

/** Py_XDECREF of items[n-1] down to items[0] (the order of list_dealloc / tupledealloc). */
export function _Py_XDECREF_ItemsReversed(items: readonly PyObject[], n: number): void {
  let i = n - 1;
  while (i >= 0) {
    const o = items[i];
    let j = i - 1;
    if (j >= 0 && items[j] === o) {
      // A run: four at a time (runs come from `[x] * n` and are long). Distinct items
      // (the common case) cost the one comparison above.
      j--;
      while (j >= 3 && items[j] === o && items[j - 1] === o && items[j - 2] === o && items[j - 3] === o) j -= 4;
      while (j >= 0 && items[j] === o) j--;
    }
    if (o !== null) {
      if (i - j > 1) o.ob_refcnt -= i - j - 1;
      Py_DECREF(o);
    }
    i = j;
  }
}

/** Py_INCREF of items[lo..hi-1] (the caller copies the references). */
export function _Py_INCREF_Items(items: readonly PyObject[], lo: number, hi: number): void {
  let i = lo;
  while (i < hi) {
    const o = items[i];
    let j = i + 1;
    if (j < hi && items[j] === o) {
      j++;
      while (j + 3 < hi && items[j] === o && items[j + 1] === o && items[j + 2] === o && items[j + 3] === o) j += 4;
      while (j < hi && items[j] === o) j++;
    }
    o.ob_refcnt += j - i;
    i = j;
  }
}

// ---------------------------------------------------------------------------

/** _PyObject_HasLen: the type has sq_length or mp_length. */
export function _PyObject_HasLen(o: PyObject): boolean {
  const t = o.ob_type;
  return t.sq_length !== null || t.mp_length !== null;
}

function objectLength(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  return (t.mp_length as (self: PyObject) => number)(o);
}

/** PyObject_LengthHint (Objects/abstract.c): len(o) if it has one, else
 *  o.__length_hint__() looked up on the type (_PyObject_LookupSpecial: the bound
 *  method is really created, as in CPython), else `defaultvalue`. */
export function PyObject_LengthHint(o: PyObject, defaultvalue: number): number {
  if (_PyObject_HasLen(o)) {
    try {
      return objectLength(o);
    } catch (e) {
      if (!isPyExc(e, PyExc_TypeError)) throw e;
      PyErr_Clear(e);
    }
  }
  const hint = _PyObject_LookupSpecial(o, _Py_ID('__length_hint__'));
  if (hint === null) return defaultvalue;
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(hint);
  } catch (e) {
    Py_DECREF(hint);
    if (isPyExc(e, PyExc_TypeError)) {
      PyErr_Clear(e);
      return defaultvalue;
    }
    throw e;
  }
  Py_DECREF(hint);
  if (result === Py_NotImplemented) {
    Py_DECREF(result);
    return defaultvalue;
  }
  if (!PyLong_Check(result)) {
    const tn = result.ob_type.tp_name;
    Py_DECREF(result);
    return PyErr_SetString(PyExc_TypeError, `__length_hint__ must be an integer, not ${tn}`);
  }
  let res: number;
  try {
    res = PyLong_AsSsize_t(result);
  } finally {
    Py_DECREF(result);
  }
  if (res < 0) return PyErr_SetString(PyExc_ValueError, '__length_hint__() should return >= 0');
  return res;
}

// ---------------------------------------------------------------------------
// Probing. Py_hash_t is signed 64-bit; the model's hash numbers are exact in
// their low 53 bits (objects/pyhash.ts). A probe sequence starts at
// `hash & mask` and then mixes in `perturb`, the hash as an unsigned 64-bit value
// shifted right by PERTURB_SHIFT (5) each round: we keep perturb as two uint32
// halves so the first rounds read exactly CPython's bits.

export const PERTURB_SHIFT = 5;

/** Low 32 bits of a hash number (two's complement). */
export function hashLo(h: number): number {
  return h >>> 0;
}

/** High 32 bits of a hash number (two's complement, exact up to bit 52). */
export function hashHi(h: number): number {
  return Math.floor(h / 4294967296) >>> 0;
}

// ---------------------------------------------------------------------------
// Argument checks of Python/getargs.c and Python/ceval.c used by the container
// methods, with CPython's messages.

/** _PyArg_CheckPositional: "name expected at least 1 argument, got 0" etc. */
export function _PyArg_CheckPositional(name: string | null, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    if (name !== null) {
      PyErr_SetString(PyExc_TypeError,
        `${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    }
    PyErr_SetString(PyExc_TypeError,
      `unpacked tuple should have ${min === max ? '' : 'at least '}${min} element${min === 1 ? '' : 's'}, but has ${nargs}`);
  }
  if (nargs > max) {
    if (name !== null) {
      PyErr_SetString(PyExc_TypeError,
        `${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    }
    PyErr_SetString(PyExc_TypeError,
      `unpacked tuple should have ${min === max ? '' : 'at most '}${max} element${max === 1 ? '' : 's'}, but has ${nargs}`);
  }
}

/** _PyArg_NoKeywords (VARARGS|KEYWORDS form: kwargs is a dict or null). */
export function _PyArg_NoKeywords(funcname: string, kwargs: PyObject | null): void {
  if (kwargs === null) return;
  const mp = kwargs.ob_type.mp_length;
  if (mp !== null && mp(kwargs) === 0) return;
  PyErr_SetString(PyExc_TypeError, `${funcname}() takes no keyword arguments`);
}

/** _PyArg_NoKwnames (vectorcall form: kwnames is a tuple or null). */
export function _PyArg_NoKwnames(funcname: string, kwnames: PyObject | null): void {
  if (kwnames === null) return;
  const sl = kwnames.ob_type.sq_length;
  if (sl !== null && sl(kwnames) === 0) return;
  PyErr_SetString(PyExc_TypeError, `${funcname}() takes no keyword arguments`);
}

/** _PyEval_SliceIndexNotNone (Python/ceval.c): an __index__-able value clamped to
 *  the Py_ssize_t range (used for start/stop arguments of index()). */
export function _PyEval_SliceIndexNotNone(v: PyObject): number {
  if (v.ob_type.nb_index === null) {
    PyErr_SetString(PyExc_TypeError, 'slice indices must be integers or have an __index__ method');
  }
  return PyNumber_AsSsize_t(v, null);
}

/** _PyEval_SliceIndex: None means "not given" (returns `dflt`). */
export function _PyEval_SliceIndex(v: PyObject, dflt: number): number {
  if (v === Py_None) return dflt;
  return _PyEval_SliceIndexNotNone(v);
}

/** PyType_GenericAlloc for a builtin container type or its subclass, with the JS
 *  object already constructed (the container's own class, so its slots work on
 *  subclass instances too): _PyObject_VAR_SIZE(type, nitems + 1) bytes (+1 for a
 *  sentinel, Objects/typeobject.c _PyType_AllocNoTrack), a reference to a heap type
 *  (_PyObject_Init), then tracked. */
export function _PyType_GenericAllocInto<T extends PyObject>(o: T, type: PyTypeObject, nitems: number): T {
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) Py_INCREF(type);
  const size = (type.tp_basicsize + type.tp_itemsize * (nitems + 1) + 7) & ~7;
  if ((type.tp_flags & TypeFlags.HAVE_GC) !== 0) {
    _PyObject_GC_New(o, size);
    PyObject_GC_Track(o);
  } else {
    _PyObject_New(o, size);
  }
  return o;
}

/** Argument Clinic's "int" converter (_PyLong_AsInt): an __index__-able value in the C
 *  int range (OverflowError "Python int too large to convert to C int" outside it). */
export function _PyArg_AsCInt(o: PyObject): number {
  const i = _PyNumber_Index(o);
  const v = PyLong_AsBigInt(i);
  Py_DECREF(i);
  if (v > 2147483647n || v < -2147483648n) PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

/** Argument Clinic's "n" converter: an __index__-able value as a Py_ssize_t
 *  (OverflowError "Python int too large to convert to C ssize_t" past 2**63). */
export function _PyArg_AsSsize_t(o: PyObject): number {
  const i = _PyNumber_Index(o);
  try {
    return PyLong_AsSsize_t(i);
  } finally {
    Py_DECREF(i);
  }
}

// ---------------------------------------------------------------------------
// Free lists at startup. CPython's own startup (site, encodings, importlib) leaves
// objects on the free lists before __main__ runs, so the program's first `[]`,
// `{}` or small tuple comes from a free list (no gc count change). Measured on
// 3.11.7 by running a file `import sys; sys._debugmallocstats()` (the "free ..."
// lines; identical on every run). The model fills each free list with that many
// objects when __main__ starts (after the module is compiled and loaded, before
// its first instruction: _PyContainers_FillStartupFreeLists, called by the VM),
// allocated as startup objects (a block from the allocator, never counted by the
// GC). Only 3.11's numbers are known; other versions start empty.
export const STARTUP_FREE_LISTS_311 = {
  list: 40,
  dict: 8,
  /** Per tuple length 1..20. */
  tuple: [4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6],
} as const;

/** Allocates `o` as an object created during interpreter startup: its block comes
 *  from the allocator but _PyObject_GC_Link is not called (the program's gc count
 *  starts after startup). Returns o with ob_refcnt 0, ready for a free list. */
export function _PyObject_StartupAlloc<T extends PyObject>(o: T, nbytes: number): T {
  const gc = (o.ob_type.tp_flags & TypeFlags.HAVE_GC) !== 0;
  const pre = gc ? 16 : 0;
  o.ob_addr = rt.mem.malloc(pre + nbytes, { obj: o, part: 'object' }) + pre;
  o.ob_refcnt = 0;
  return o;
}

/** Fills the tuple, list and dict free lists as CPython's startup leaves them.
 *  Call once per interpreter, right before __main__'s first instruction. */
export function _PyContainers_FillStartupFreeLists(): void {
  _PyTuple_FillStartupFreeList();
  _PyList_FillStartupFreeList();
  _PyDict_FillStartupFreeList();
}
import { _PyTuple_FillStartupFreeList } from './tupleobject';
import { _PyList_FillStartupFreeList } from './listobject';
import { _PyDict_FillStartupFreeList } from './dictobject';
