// list.sort() (Objects/listobject.c list_sort_impl and Objects/listsort.txt).
//
// Like CPython 3.11: the list is emptied while the sort runs (ob_item NULL,
// allocated -1) so comparison code that mutates it is detected ("list modified
// during sort"); keys from key= are computed first, in order (a PyMem_Malloc'd
// array when there are 128 or more); reverse=True reverses before and after a
// stable ascending sort. The sort itself is timsort's run detection: runs are
// found with count_run, descending runs reversed, short runs extended to minrun
// with binarysort, and pending runs merged on the powersort policy (3.11). So for
// lists shorter than 64 items the sequence of `<` comparisons equals CPython's
// exactly (a user __lt__ that prints shows the same lines). Merging two runs uses
// a plain stable merge rather than timsort's galloping merge_lo/merge_hi, so for
// longer lists the result is the same but the comparisons made may differ.

import { PyObject, Py_DECREF, CompareOp } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_ValueError } from './exceptions';
import { PyObject_RichCompareBool, PyObject_CallOneArg } from './abstract';
import { PyMem_Malloc, PyMem_Free } from './objalloc';
import type { PyListObject } from './listobject';
import { _PyEval_ChargeWork } from '../vm/chargework';

/** MERGESTATE_TEMP_SIZE: the on-stack temp array; keys use it below half of it. */
const MERGESTATE_TEMP_SIZE = 256;

interface Run {
  base: number;
  len: number;
  power: number;
}

class SortState {
  constructor(readonly keys: PyObject[], readonly values: PyObject[] | null, readonly listlen: number) {}
  pending: Run[] = [];

  lt(a: PyObject, b: PyObject): boolean {
    return PyObject_RichCompareBool(a, b, CompareOp.LT);
  }

  swap(i: number, j: number): void {
    const k = this.keys;
    let t = k[i]; k[i] = k[j]; k[j] = t;
    const v = this.values;
    if (v !== null) { t = v[i]; v[i] = v[j]; v[j] = t; }
  }

  reverseSlice(lo: number, hi: number): void {
    for (hi--; lo < hi; lo++, hi--) this.swap(lo, hi);
  }

  /** count_run: length of the run starting at lo; descending runs are strictly descending. */
  countRun(lo: number, hi: number): [number, boolean] {
    const k = this.keys;
    ++lo;
    if (lo === hi) return [1, false];
    let n = 2;
    if (this.lt(k[lo], k[lo - 1])) {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (!this.lt(k[lo], k[lo - 1])) break;
      }
      return [n, true];
    }
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (this.lt(k[lo], k[lo - 1])) break;
    }
    return [n, false];
  }

  /** binarysort: [lo, start) is sorted; insert each of [start, hi) by binary search. */
  binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys, vals = this.values;
    if (lo === start) ++start;
    for (; start < hi; ++start) {
      let l = lo, r = start;
      const pivot = k[r];
      do {
        const p = l + ((r - l) >> 1);
        if (this.lt(pivot, k[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; --p) k[p] = k[p - 1];
      k[l] = pivot;
      if (vals !== null) {
        const pv = vals[start];
        for (let p = start; p > l; --p) vals[p] = vals[p - 1];
        vals[l] = pv;
      }
    }
  }

  /** merge_at(i): merges pending runs i and i+1 (stable). */
  mergeAt(i: number): void {
    const a = this.pending[i], b = this.pending[i + 1];
    const k = this.keys, vals = this.values;
    const ka = k.slice(a.base, a.base + a.len);
    const va = vals !== null ? vals.slice(a.base, a.base + a.len) : null;
    let ia = 0, ib = b.base, dest = a.base;
    const bend = b.base + b.len;
    while (ia < ka.length && ib < bend) {
      if (this.lt(k[ib], ka[ia])) {
        k[dest] = k[ib];
        if (vals !== null) vals[dest] = vals[ib];
        ib++;
      } else {
        k[dest] = ka[ia];
        if (vals !== null) vals[dest] = (va as PyObject[])[ia];
        ia++;
      }
      dest++;
    }
    while (ia < ka.length) {
      k[dest] = ka[ia];
      if (vals !== null) vals[dest] = (va as PyObject[])[ia];
      ia++;
      dest++;
    }
    a.len += b.len;
    this.pending.splice(i + 1, 1);
  }

  /** found_new_run (powersort): merge while the run below has a higher power. */
  foundNewRun(n2: number): number {
    const p = this.pending;
    if (p.length === 0) return 0;
    const top = p[p.length - 1];
    const power = powerloop(top.base, top.len, n2, this.listlen);
    while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
    p[p.length - 1].power = power;
    return power;
  }

  /** merge_force_collapse. */
  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
      this.mergeAt(n);
    }
  }
}

/** powerloop: the powersort "power" of the boundary between two adjacent runs. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** merge_compute_minrun. */
function merge_compute_minrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function sortSlice(ms: SortState, n: number): void {
  let nremaining = n;
  let lo = 0;
  const minrun = merge_compute_minrun(nremaining);
  do {
    let [run, descending] = ms.countRun(lo, lo + nremaining);
    if (descending) ms.reverseSlice(lo, lo + run);
    if (run < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      ms.binarySort(lo, lo + force, lo + run);
      run = force;
    }
    ms.foundNewRun(run);
    ms.pending.push({ base: lo, len: run, power: 0 });
    lo += run;
    nremaining -= run;
  } while (nremaining > 0);
  ms.forceCollapse();
}

export function list_sort_impl(self: PyListObject, keyfunc: PyObject | null, reverse: boolean): void {
  // Empty the list while sorting: mutations by comparison code can't touch the items.
  const saved_ob_item = self.ob_item;
  const saved_addr = self.ob_item_addr;
  const saved_allocated = self.allocated;
  const saved_ob_size = saved_ob_item.length;
  self.ob_item = [];
  self.ob_item_addr = 0;
  self.allocated = -1;

  let keys: PyObject[] | null = null;
  let keysAddr = 0;
  let error: unknown = null;
  let keyfuncFailed = false;
  if (keyfunc !== null) {
    if (saved_ob_size >= MERGESTATE_TEMP_SIZE / 2) keysAddr = PyMem_Malloc(8 * saved_ob_size, self, 'sort keys');
    keys = [];
    try {
      for (let i = 0; i < saved_ob_size; i++) keys.push(PyObject_CallOneArg(keyfunc, saved_ob_item[i]));
    } catch (e) {
      for (const k of keys) Py_DECREF(k);
      if (keysAddr !== 0) PyMem_Free(keysAddr);
      keys = null;
      error = e;
      keyfuncFailed = true;
    }
  }

  if (!keyfuncFailed) {
    try {
      if (saved_ob_size >= 2) {
        if (reverse) {
          if (keys !== null) keys.reverse();
          saved_ob_item.reverse();
        }
        // About n log2 n comparisons, charged before sorting (vm/chargework.ts).
        _PyEval_ChargeWork(saved_ob_size * Math.ceil(Math.log2(saved_ob_size)));
        const ms = keys !== null ? new SortState(keys, saved_ob_item, saved_ob_size) : new SortState(saved_ob_item, null, saved_ob_size);
        sortSlice(ms, saved_ob_size);
      }
    } catch (e) {
      error = e;
    }
    if (keys !== null) {
      for (const k of keys) Py_DECREF(k);
      if (keysAddr !== 0) PyMem_Free(keysAddr);
    }
    if (self.allocated !== -1 && error === null) {
      try {
        PyErr_SetString(PyExc_ValueError, 'list modified during sort');
      } catch (e) {
        error = e;
      }
    }
    if (reverse && saved_ob_size > 1) saved_ob_item.reverse();
  }

  // keyfunc_fail: put the sorted items back and drop whatever was added meanwhile.
  const final_ob_item = self.ob_item;
  const final_addr = self.ob_item_addr;
  self.ob_item = saved_ob_item;
  self.ob_item_addr = saved_addr;
  self.allocated = saved_allocated;
  for (let i = final_ob_item.length - 1; i >= 0; i--) {
    const o = final_ob_item[i];
    if (o !== null) Py_DECREF(o);
  }
  if (final_addr !== 0) PyMem_Free(final_addr);
  if (error !== null) throw error;
}
