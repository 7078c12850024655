// Argument checking for builtin methods with CPython 3.11's exact messages
// (Python/getargs.c: _PyArg_CheckPositional, _PyArg_UnpackKeywords, and the
// PyArg_ParseTuple wording of METH_VARARGS functions).

import type { PyObject } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import { PyDict_Next } from './dictobject';

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/** _PyArg_CheckPositional (Argument Clinic positional-only functions):
 *  "strip expected at most 1 argument, got 5". */
export function _PyArg_CheckPositional(name: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    PyErr_SetString(PyExc_TypeError,
      `${name} expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${nargs}`);
  }
  if (nargs > max) {
    PyErr_SetString(PyExc_TypeError,
      `${name} expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${nargs}`);
  }
}

/** PyArg_ParseTuple's count check (METH_VARARGS functions such as str.find):
 *  "find() takes at least 1 argument (0 given)". */
export function _PyArg_CheckTuple(name: string, nargs: number, min: number, max: number): void {
  if (nargs < min || nargs > max) {
    const how = min === max ? 'exactly' : nargs < min ? 'at least' : 'at most';
    const n = nargs < min ? min : max;
    PyErr_SetString(PyExc_TypeError, `${name}() takes ${how} ${n} argument${plural(n)} (${nargs} given)`);
  }
}

/** _PyArg_UnpackKeywords for an Argument Clinic function with positional-or-keyword
 *  parameters `kwlist` (the first `minpos` required). Returns one slot per parameter
 *  (null when not given). `args` holds nargs positional values then the keyword values. */
export function _PyArg_UnpackKeywords(name: string, args: readonly PyObject[], nargs: number, kwnames: PyObject | null,
  kwlist: readonly string[], minpos: number, maxpos: number = kwlist.length): (PyObject | null)[] {
  const names = kwnames === null ? [] : (kwnames as unknown as { ob_item: PyObject[] }).ob_item;
  const nkw = names.length;
  const maxargs = kwlist.length;
  const out: (PyObject | null)[] = new Array(maxargs).fill(null);
  if (nargs + nkw > maxargs) {
    PyErr_SetString(PyExc_TypeError,
      `${name}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${plural(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) PyErr_SetString(PyExc_TypeError, `${name}() takes no positional arguments`);
    PyErr_SetString(PyExc_TypeError,
      `${name}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${plural(maxpos)} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const key = (names[k] as unknown as { str: string }).str;
    const idx = kwlist.indexOf(key);
    if (idx < 0) PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for ${name}()`);
    if (idx < nargs) {
      PyErr_SetString(PyExc_TypeError, `argument for ${name}() given by name ('${key}') and position (${idx + 1})`);
    }
    out[idx] = args[nargs + k];
  }
  for (let i = 0; i < minpos; i++) {
    if (out[i] === null) {
      PyErr_SetString(PyExc_TypeError, `${name}() missing required argument '${kwlist[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** PyArg_ParseTupleAndKeywords for a METH_VARARGS | METH_KEYWORDS function (an argument tuple
 *  and a dict or null) with parameters `kwlist`, the first `minpos` required: one slot per
 *  parameter, null when not given; the messages are _PyArg_UnpackKeywords' (the same as
 *  vgetargskeywords' for these forms). */
export function _PyArg_ParseTupleAndKeywords(name: string, args: PyObject, kwargs: PyObject | null,
  kwlist: readonly string[], minpos: number): (PyObject | null)[] {
  const pos = (args as unknown as { ob_item: PyObject[] }).ob_item;
  if (kwargs === null) return _PyArg_UnpackKeywords(name, pos, pos.length, null, kwlist, minpos);
  const names: PyObject[] = [];
  const all = pos.slice();
  const it = { pos: 0 };
  let kv: [PyObject, PyObject] | null;
  while ((kv = PyDict_Next(kwargs, it)) !== null) {
    names.push(kv[0]);
    all.push(kv[1]);
  }
  return _PyArg_UnpackKeywords(name, all, pos.length, { ob_item: names } as unknown as PyObject, kwlist, minpos);
}
