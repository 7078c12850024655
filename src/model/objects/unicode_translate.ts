// str.translate and str.maketrans (Objects/unicodeobject.c, 3.11:
// unicode_maketrans_impl, _PyUnicode_TranslateCharmap). translate() looks each
// character's ordinal up in the table (table[ord(c)], so any mapping or sequence
// works): a LookupError leaves the character as it is, None deletes it, an int is
// the replacement's ordinal and a str its text. maketrans() builds the dict of
// ordinals translate() expects.

import { PyObject, Py_DECREF } from './object';
import { PyErr_SetString, PyErr_Clear, isPyExc } from './errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_LookupError } from './exceptions';
import { Py_None } from './singletons';
import { PyLong_Check, PyLong_FromNumber, PyLong_AsBigInt } from './longobject';
import { PyUnicode_Check, type PyUnicodeObject } from './unicode_type';
import { PyUnicode_FromString } from './unicodeobject';
import { PyDict_New, PyDict_SetItem, PyDict_Check, PyDict_Next } from './dictobject';
import { PyObject_GetItem } from './abstract';
import { _PyArg_CheckPositional } from './argparse';
import { METH, type PyMethodDef } from './methoddef';

/** One character through the table: its replacement text, or null to keep it. */
function charmapLookup(table: PyObject, cp: number): string | null {
  const key = PyLong_FromNumber(cp);
  let x: PyObject;
  try {
    x = PyObject_GetItem(table, key);
  } catch (e) {
    if (isPyExc(e, PyExc_LookupError)) {
      PyErr_Clear(e);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(key);
  }
  try {
    if (x === Py_None) return '';
    if (PyLong_Check(x)) {
      const v = PyLong_AsBigInt(x);
      if (v < 0n || v > 0x10ffffn) PyErr_SetString(PyExc_ValueError, 'character mapping must be in range(0x110000)');
      return String.fromCodePoint(Number(v));
    }
    if (PyUnicode_Check(x)) return (x as PyUnicodeObject).str;
    return PyErr_SetString(PyExc_TypeError, 'character mapping must return integer, None or str');
  } finally {
    Py_DECREF(x);
  }
}

/** str.translate(table, /) */
function unicode_translate(self: PyObject, table: PyObject): PyObject {
  let out = '';
  for (const ch of (self as PyUnicodeObject).str) {
    const r = charmapLookup(table, ch.codePointAt(0) as number);
    out += r === null ? ch : r;
  }
  return PyUnicode_FromString(out);
}

/** str.maketrans(x, y=None, z=None, /): a static method. */
function unicode_maketrans(_null: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('maketrans', nargs, 1, 3);
  const x = args[0];
  const y = nargs > 1 ? args[1] : null;
  const z = nargs > 2 ? args[2] : null;
  if (y !== null && !PyUnicode_Check(y)) PyErr_SetString(PyExc_TypeError, `maketrans() argument 2 must be str, not ${y.ob_type.tp_name}`);
  if (z !== null && !PyUnicode_Check(z)) PyErr_SetString(PyExc_TypeError, `maketrans() argument 3 must be str, not ${z.ob_type.tp_name}`);
  const d = PyDict_New();
  const set = (k: number, v: PyObject): void => {
    const key = PyLong_FromNumber(k);
    try {
      PyDict_SetItem(d, key, v);
    } finally {
      Py_DECREF(key);
    }
  };
  try {
    if (y !== null) {
      if (!PyUnicode_Check(x)) PyErr_SetString(PyExc_TypeError, 'first maketrans argument must be a string if there is a second argument');
      const xs = Array.from((x as PyUnicodeObject).str), ys = Array.from((y as PyUnicodeObject).str);
      if (xs.length !== ys.length) PyErr_SetString(PyExc_ValueError, 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < xs.length; i++) {
        const key = PyLong_FromNumber(xs[i].codePointAt(0) as number);
        const v = PyLong_FromNumber(ys[i].codePointAt(0) as number);
        try {
          PyDict_SetItem(d, key, v);
        } finally {
          Py_DECREF(key);
          Py_DECREF(v);
        }
      }
      if (z !== null) for (const ch of (z as PyUnicodeObject).str) set(ch.codePointAt(0) as number, Py_None);
    } else {
      if (!PyDict_Check(x)) PyErr_SetString(PyExc_TypeError, 'if you give only one argument to maketrans it must be a dict');
      const pos = { pos: 0 };
      let kv: [PyObject, PyObject] | null;
      while ((kv = PyDict_Next(x, pos)) !== null) {
        const [key, value] = kv;
        if (PyUnicode_Check(key)) {
          const s = Array.from((key as PyUnicodeObject).str);
          if (s.length !== 1) PyErr_SetString(PyExc_ValueError, 'string keys in translate table must be of length 1');
          set(s[0].codePointAt(0) as number, value);
        } else if (PyLong_Check(key)) {
          PyDict_SetItem(d, key, value);
        } else {
          PyErr_SetString(PyExc_TypeError, 'keys in translate table must be strings or integers');
        }
      }
    }
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

export const unicode_translate_methods: PyMethodDef[] = [
  { ml_name: 'translate', ml_meth: unicode_translate, ml_flags: METH.O },
  { ml_name: 'maketrans', ml_meth: unicode_maketrans, ml_flags: METH.FASTCALL | METH.STATIC },
];
