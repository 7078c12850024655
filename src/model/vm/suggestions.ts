// "Did you mean: 'x'?" (Python/suggestions.c): for an uncaught NameError the
// names of the failing frame, then its globals, then builtins; for an
// AttributeError dir(obj). Same weighted Levenshtein distance and limits as 3.11.

import { PyObject, Py_DECREF } from '../objects/object';
import { PyUnicode_AsString, PyUnicode_CheckExact } from '../objects/unicodeobject';
import { PyExc_AttributeError, PyExc_NameError } from '../objects/exceptions';
import { PyDict_Keys } from '../objects/dictobject';
import { PyObject_Dir } from '../objects/object_dir';
import type { PyListObject } from '../objects/listobject';
import type { PyTracebackObject } from './traceback';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitution_cost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein_distance(a: Uint8Array, b: Uint8Array, max_cost: number): number {
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) { as++; bs++; }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) { ae--; be--; }
  let a_size = ae - as, b_size = be - bs;
  if (a_size === 0 || b_size === 0) return (a_size + b_size) * MOVE_COST;
  if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return max_cost + 1;
  let A = a.subarray(as, ae), B = b.subarray(bs, be);
  if (b_size < a_size) {
    [A, B] = [B, A];
    [a_size, b_size] = [b_size, a_size];
  }
  if ((b_size - a_size) * MOVE_COST > max_cost) return max_cost + 1;
  const buffer = new Array<number>(a_size);
  let tmp = MOVE_COST;
  for (let i = 0; i < a_size; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let b_index = 0; b_index < b_size; b_index++) {
    const code = B[b_index];
    let distance = result = b_index * MOVE_COST;
    let minimum = Infinity;
    for (let index = 0; index < a_size; index++) {
      const substitute = distance + substitution_cost(code, A[index]);
      distance = buffer[index];
      const insert_delete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insert_delete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

const enc = new TextEncoder();

function calculate_suggestions(dir: PyObject[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let suggestion_distance = Number.MAX_SAFE_INTEGER;
  let suggestion: string | null = null;
  const nameBytes = enc.encode(name);
  for (const itemObj of dir) {
    const item = PyUnicode_AsString(itemObj);
    if (item === name) continue;
    const itemBytes = enc.encode(item);
    let max_distance = Math.trunc((nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6);
    max_distance = Math.min(max_distance, suggestion_distance - 1);
    const d = levenshtein_distance(nameBytes, itemBytes, max_distance);
    if (d > max_distance) continue;
    if (suggestion === null || d < suggestion_distance) {
      suggestion = item;
      suggestion_distance = d;
    }
  }
  return suggestion;
}

function keysOf(dict: PyObject): string | null | PyObject[] {
  const keys = PyDict_Keys(dict) as PyListObject;
  const items = keys.ob_item.slice(0, keys.ob_size);
  Py_DECREF(keys);
  return items;
}

/** _Py_Offer_Suggestions: the suggested name, or null. Exact NameError/AttributeError only. */
export function _Py_Offer_Suggestions(exc: PyObject): string | null {
  if (exc.ob_type === PyExc_AttributeError) {
    // offer_suggestions_for_attribute_error: dir(obj) against the name.
    const e = exc as PyObject & { name?: PyObject | null; obj?: PyObject | null };
    if (!e.name || !e.obj || !PyUnicode_CheckExact(e.name)) return null;
    const l = PyObject_Dir(e.obj) as PyListObject;
    try {
      return calculate_suggestions(l.ob_item.slice(0, l.ob_size), PyUnicode_AsString(e.name));
    } finally {
      Py_DECREF(l);
    }
  }
  if (exc.ob_type === PyExc_NameError) {
    const e = exc as PyObject & { name?: PyObject | null; traceback?: PyObject | null };
    if (!e.name || !PyUnicode_CheckExact(e.name) || !e.traceback) return null;
    let tb = e.traceback as PyTracebackObject;
    while (tb.tb_next !== null) tb = tb.tb_next;
    const frame = tb.tb_frame.f_frame;
    const name = PyUnicode_AsString(e.name);
    const code = frame.f_code;
    // _PyCode_GetVarnames: the plain locals (CO_FAST_LOCAL).
    const varnames: PyObject[] = [];
    for (let i = 0; i < code.co_localspluskinds.length; i++) {
      if (code.co_localspluskinds[i] & 0x20) varnames.push(code.localsplusnames[i]);
    }
    let r = calculate_suggestions(varnames, name);
    if (r !== null) return r;
    r = calculate_suggestions(keysOf(frame.f_globals) as PyObject[], name);
    if (r !== null) return r;
    return calculate_suggestions(keysOf(frame.f_builtins) as PyObject[], name);
  }
  return null;
}
