// The methods bytes and bytearray share in CPython (Objects/bytes_methods.c and the
// stringlib templates transmogrify.h, split.h, partition.h; bytesobject.c and
// bytearrayobject.c instantiate them once per type). Written once here over the
// bytes of either type; `kind` says which type the results are.
//
// Identity follows CPython: a bytes method whose result equals an exact bytes
// receiver returns the receiver itself (return_self: b.strip() is b when nothing is
// stripped); a bytearray method always returns a new bytearray. Results CPython
// builds as STRINGLIB_NEW(NULL, n) (upper(), center(), replace()...) are new objects
// even for one byte, while slices of the receiver (split() pieces, strip()) use the
// one-byte singletons.

import { PyObject, Py_DECREF, Py_NewRef } from './object';
import { PyErr_SetString, PyErr_NoMemory } from './errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_NotImplementedError } from './exceptions';
import { Py_None } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_FromNumber } from './longobject';
import { PyUnicode_Check, type PyUnicodeObject } from './unicode_type';
import { PyNumber_AsSsize_t, PyObject_GetIter, PyIter_Next, PyObject_CallOneArg } from './abstract';
import { _PyObject_GetBufferView } from './buffer';
import { PyList_New, PyList_Append, PyList_Reverse } from './listobject';
import { PyTuple_Pack } from './tupleobject';
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from './argparse';
import { _PyArg_AsCInt } from './containerutil';
import { METH, type PyMethodDef } from './methoddef';
import { isPySpace } from './long_format';
import { rt } from './object';
import {
  PyBytes_CheckExact, PyBytes_FromBytes, _PyBytes_FromSize, PyBytes_Type, bytes_indexOf, bytes_lastIndexOf,
} from './bytesobject';
import type { PyTypeObject } from './object';

/** bytearray's constructor and type, registered by bytearrayobject.ts (which imports this
 *  module, so it cannot be imported from here). */
const bytearray: { type: PyTypeObject | null; fromBytes: (u8: Uint8Array) => PyObject } = {
  type: null,
  fromBytes: () => {
    throw new Error('internal: bytearray not registered');
  },
};
export function _PyBytesMethods_RegisterByteArray(type: PyTypeObject, fromBytes: (u8: Uint8Array) => PyObject): void {
  bytearray.type = type;
  bytearray.fromBytes = fromBytes;
}

export type BytesKind = 'bytes' | 'bytearray';

/** The bytes a method runs on. */
function B(o: PyObject): Uint8Array {
  return _PyObject_GetBufferView(o) as Uint8Array;
}

/** A Py_buffer argument: "a bytes-like object is required, not 'str'". */
function bufferArg(o: PyObject): Uint8Array {
  const v = _PyObject_GetBufferView(o);
  if (v === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return v;
}

/** STRINGLIB_NEW(str, n): a slice of existing bytes (bytes: the singletons for 0 and 1 byte). */
function newFrom(kind: BytesKind, u8: Uint8Array): PyObject {
  if (kind === 'bytes') return PyBytes_FromBytes(u8.slice());
  return bytearray.fromBytes(u8);
}

/** STRINGLIB_NEW(NULL, n) then filled: a new object even for one byte (b'' stays the singleton). */
function newFilled(kind: BytesKind, u8: Uint8Array): PyObject {
  if (kind === 'bytes') {
    if (u8.length + 33 > rt.profile.memory.defaultMemoryCap) PyErr_NoMemory();
    return _PyBytes_FromSize(u8);
  }
  return bytearray.fromBytes(u8);
}

/** return_self: an exact bytes receiver itself, else a copy of it. */
function returnSelf(kind: BytesKind, self: PyObject): PyObject {
  if (kind === 'bytes' && PyBytes_CheckExact(self)) return Py_NewRef(self);
  return newFrom(kind, B(self));
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const toUpper = (c: number): number => (isLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isUpper(c) ? c + 32 : c);

/** Argument Clinic's "n" converter (Py_ssize_t). */
function ssize(o: PyObject): number {
  return PyNumber_AsSsize_t(o, PyExc_OverflowError);
}

/** Argument Clinic's "char" converter: a bytes or bytearray of length 1. */
function charArg(fname: string, pos: number, o: PyObject): number {
  const v = (PyBytes_CheckExact(o) || o.ob_type === bytearray.type || o.ob_type.tp_mro_list.includes(PyBytes_Type))
    ? _PyObject_GetBufferView(o) : null;
  if (v === null || v.length !== 1) {
    return PyErr_SetString(PyExc_TypeError,
      `${fname}() argument ${pos} must be a byte string of length 1, not ${o.ob_type.tp_name}`);
  }
  return v[0];
}

// ---------------------------------------------------------------------------
// Case and classification (bytes_methods.c _Py_bytes_*)

function mapCase(kind: BytesKind, self: PyObject, f: (b: Uint8Array, out: Uint8Array) => void): PyObject {
  const b = B(self);
  const out = new Uint8Array(b.length);
  f(b, out);
  return newFilled(kind, out);
}

function capitalize(b: Uint8Array, out: Uint8Array): void {
  for (let i = 0; i < b.length; i++) out[i] = i === 0 ? toUpper(b[i]) : toLower(b[i]);
}
function swapcase(b: Uint8Array, out: Uint8Array): void {
  for (let i = 0; i < b.length; i++) out[i] = isUpper(b[i]) ? b[i] + 32 : isLower(b[i]) ? b[i] - 32 : b[i];
}
function title(b: Uint8Array, out: Uint8Array): void {
  let previous_is_cased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isLower(c)) {
      out[i] = previous_is_cased ? c : c - 32;
      previous_is_cased = true;
    } else if (isUpper(c)) {
      out[i] = previous_is_cased ? c + 32 : c;
      previous_is_cased = true;
    } else {
      out[i] = c;
      previous_is_cased = false;
    }
  }
}

function all(self: PyObject, test: (c: number) => boolean): PyObject {
  const b = B(self);
  if (b.length === 0) return PyBool_FromLong(false);
  for (const c of b) if (!test(c)) return PyBool_FromLong(false);
  return PyBool_FromLong(true);
}

/** islower / isupper: at least one cased character and none of the other case. */
function cased(self: PyObject, want: (c: number) => boolean, other: (c: number) => boolean): PyObject {
  let seen = false;
  for (const c of B(self)) {
    if (other(c)) return PyBool_FromLong(false);
    if (want(c)) seen = true;
  }
  return PyBool_FromLong(seen);
}

function istitle(self: PyObject): PyObject {
  let cased = false;
  let previous_is_cased = false;
  for (const c of B(self)) {
    if (isUpper(c)) {
      if (previous_is_cased) return PyBool_FromLong(false);
      previous_is_cased = true;
      cased = true;
    } else if (isLower(c)) {
      if (!previous_is_cased) return PyBool_FromLong(false);
      previous_is_cased = true;
      cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return PyBool_FromLong(cased);
}

// ---------------------------------------------------------------------------
// Padding (stringlib/transmogrify.h)

function pad(kind: BytesKind, self: PyObject, left: number, right: number, fill: number): PyObject {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return returnSelf(kind, self);
  const b = B(self);
  if (left + b.length + right + 33 > rt.profile.memory.defaultMemoryCap) PyErr_NoMemory();
  const out = new Uint8Array(left + b.length + right);
  out.fill(fill, 0, left);
  out.set(b, left);
  out.fill(fill, left + b.length);
  return newFilled(kind, out);
}

function padArgs(fname: string, args: PyObject[], nargs: number): [number, number] {
  _PyArg_CheckPositional(fname, nargs, 1, 2);
  const width = ssize(args[0]);
  const fill = nargs > 1 ? charArg(fname, 2, args[1]) : 32;
  return [width, fill];
}

function center(kind: BytesKind, self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [width, fill] = padArgs('center', args, nargs);
  const len = B(self).length;
  if (len >= width) return returnSelf(kind, self);
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(kind, self, left, marg - left, fill);
}

function zfill(kind: BytesKind, self: PyObject, arg: PyObject): PyObject {
  const width = ssize(arg);
  const len = B(self).length;
  if (len >= width) return returnSelf(kind, self);
  const fill = width - len;
  const s = pad(kind, self, fill, 0, 48);
  const p = B(s);
  if (p[fill] === 43 || p[fill] === 45) {
    p[0] = p[fill];
    p[fill] = 48;
  }
  return s;
}

function expandtabs(kind: BytesKind, self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [t] = _PyArg_UnpackKeywords('expandtabs', args, nargs, kwnames, ['tabsize'], 0);
  const tabsize = t === null ? 8 : _PyArg_AsCInt(t);
  const out: number[] = [];
  let j = 0;
  for (const c of B(self)) {
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (j % tabsize);
        j += incr;
        for (let k = 0; k < incr; k++) out.push(32);
      }
    } else {
      j++;
      out.push(c);
      if (c === 10 || c === 13) j = 0;
    }
  }
  return newFilled(kind, Uint8Array.from(out));
}

// ---------------------------------------------------------------------------
// Splitting and joining (stringlib/split.h, partition.h)

function splitArgs(fname: string, args: PyObject[], nargs: number, kwnames: PyObject | null): [Uint8Array | null, number] {
  const [sepObj, maxObj] = _PyArg_UnpackKeywords(fname, args, nargs, kwnames, ['sep', 'maxsplit'], 0);
  let maxsplit = maxObj === null ? -1 : ssize(maxObj);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  let sep: Uint8Array | null = null;
  if (sepObj !== null && sepObj !== Py_None) {
    sep = bufferArg(sepObj);
    if (sep.length === 0) PyErr_SetString(PyExc_ValueError, 'empty separator');
  }
  return [sep, maxsplit];
}

/** One piece of a split: an exact bytes receiver that is not split at all is the piece. */
function piece(kind: BytesKind, self: PyObject, b: Uint8Array, s: number, e: number): PyObject {
  if (kind === 'bytes' && s === 0 && e === b.length && PyBytes_CheckExact(self)) return Py_NewRef(self);
  return newFrom(kind, b.subarray(s, e));
}

function split(kind: BytesKind, self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null, right: boolean): PyObject {
  const [sep, max] = splitArgs(right ? 'rsplit' : 'split', args, nargs, kwnames);
  let maxsplit = max;
  const b = B(self);
  const n = b.length;
  const list = PyList_New(0);
  const add = (s: number, e: number): void => {
    const p = piece(kind, self, b, s, e);
    try {
      PyList_Append(list, p);
    } finally {
      Py_DECREF(p);
    }
  };
  try {
    if (sep === null) {
      if (!right) {
        let i = 0;
        while (maxsplit-- > 0) {
          while (i < n && isSpace(b[i])) i++;
          if (i === n) break;
          const j = i;
          while (i < n && !isSpace(b[i])) i++;
          add(j, i);
        }
        while (i < n && isSpace(b[i])) i++;
        if (i < n) add(i, n);
      } else {
        let i = n - 1;
        while (maxsplit-- > 0) {
          while (i >= 0 && isSpace(b[i])) i--;
          if (i < 0) break;
          const j = i;
          while (i >= 0 && !isSpace(b[i])) i--;
          add(i + 1, j + 1);
        }
        while (i >= 0 && isSpace(b[i])) i--;
        if (i >= 0) add(0, i + 1);
        PyList_Reverse(list);
      }
    } else if (!right) {
      let i = 0;
      while (maxsplit-- > 0) {
        const p = bytes_indexOf(b, sep, i, n);
        if (p < 0) break;
        add(i, p);
        i = p + sep.length;
      }
      add(i, n);
    } else {
      let j = n;
      while (maxsplit-- > 0) {
        const p = bytes_lastIndexOf(b, sep, 0, j);
        if (p < 0) break;
        add(p + sep.length, j);
        j = p;
      }
      add(0, j);
      PyList_Reverse(list);
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

function splitlines(kind: BytesKind, self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [k] = _PyArg_UnpackKeywords('splitlines', args, nargs, kwnames, ['keepends'], 0);
  const keepends = k === null ? false : _PyArg_AsCInt(k) !== 0;
  const b = B(self);
  const n = b.length;
  const list = PyList_New(0);
  try {
    let i = 0;
    while (i < n) {
      const j = i;
      while (i < n && b[i] !== 10 && b[i] !== 13) i++;
      let eol = i;
      if (i < n) {
        if (b[i] === 13 && i + 1 < n && b[i + 1] === 10) i += 2;
        else i++;
        if (keepends) eol = i;
      }
      const p = piece(kind, self, b, j, eol);
      try {
        PyList_Append(list, p);
      } finally {
        Py_DECREF(p);
      }
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

function partition(kind: BytesKind, self: PyObject, sepObj: PyObject, right: boolean): PyObject {
  const sep = bufferArg(sepObj);
  if (sep.length === 0) PyErr_SetString(PyExc_ValueError, 'empty separator');
  const b = B(self);
  const pos = right ? bytes_lastIndexOf(b, sep, 0, b.length) : bytes_indexOf(b, sep, 0, b.length);
  const parts: PyObject[] = [];
  try {
    if (pos < 0) {
      const whole = kind === 'bytes' && PyBytes_CheckExact(self) ? Py_NewRef(self) : newFrom(kind, b);
      const e1 = newFrom(kind, b.subarray(0, 0));
      const e2 = newFrom(kind, b.subarray(0, 0));
      parts.push(...(right ? [e1, e2, whole] : [whole, e1, e2]));
    } else {
      parts.push(newFrom(kind, b.subarray(0, pos)));
      parts.push(kind === 'bytes' && PyBytes_CheckExact(sepObj) ? Py_NewRef(sepObj) : newFrom(kind, sep));
      parts.push(newFrom(kind, b.subarray(pos + sep.length)));
    }
    return PyTuple_Pack(...parts);
  } finally {
    for (const p of parts) Py_DECREF(p);
  }
}

function join(kind: BytesKind, self: PyObject, iterable: PyObject): PyObject {
  const sep = B(self);
  const it = PyObject_GetIter(iterable);
  const items: PyObject[] = [];
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      items.push(item);
      if (_PyObject_GetBufferView(item) === null) {
        PyErr_SetString(PyExc_TypeError,
          `sequence item ${items.length - 1}: expected a bytes-like object, ${item.ob_type.tp_name} found`);
      }
    }
    // _PyBytes_Join: a single exact bytes item is the result itself.
    if (kind === 'bytes' && items.length === 1 && items[0].ob_type === PyBytes_Type) return Py_NewRef(items[0]);
    let total = sep.length * Math.max(0, items.length - 1);
    for (const p of items) total += B(p).length;
    if (33 + total > rt.profile.memory.defaultMemoryCap) PyErr_NoMemory();
    const out = new Uint8Array(total);
    let pos = 0;
    items.forEach((p, k) => {
      if (k > 0) {
        out.set(sep, pos);
        pos += sep.length;
      }
      out.set(B(p), pos);
      pos += B(p).length;
    });
    return newFilled(kind, out);
  } finally {
    for (const p of items) Py_DECREF(p);
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------
// Stripping, prefixes, replacing, translating

function strip(kind: BytesKind, self: PyObject, args: PyObject[], nargs: number, fname: string, left: boolean, right: boolean): PyObject {
  _PyArg_CheckPositional(fname, nargs, 0, 1);
  const b = B(self);
  const set = nargs === 1 && args[0] !== Py_None ? bufferArg(args[0]) : null;
  const strips = (c: number): boolean => (set === null ? isSpace(c) : set.includes(c));
  let i = 0, j = b.length;
  if (left) while (i < j && strips(b[i])) i++;
  if (right) while (j > i && strips(b[j - 1])) j--;
  if (i === 0 && j === b.length && kind === 'bytes' && PyBytes_CheckExact(self)) return Py_NewRef(self);
  return newFrom(kind, b.subarray(i, j));
}

function removeAffix(kind: BytesKind, self: PyObject, arg: PyObject, prefix: boolean): PyObject {
  const a = bufferArg(arg);
  const b = B(self);
  if (a.length > 0 && a.length <= b.length) {
    const at = prefix ? 0 : b.length - a.length;
    let match = true;
    for (let i = 0; i < a.length; i++) if (b[at + i] !== a[i]) { match = false; break; }
    if (match) return newFrom(kind, prefix ? b.subarray(a.length) : b.subarray(0, b.length - a.length));
  }
  return returnSelf(kind, self);
}

function replace(kind: BytesKind, self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('replace', nargs, 2, 3);
  const oldB = bufferArg(args[0]), newB = bufferArg(args[1]);
  let count = nargs > 2 ? ssize(args[2]) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const b = B(self);
  const out: number[] = [];
  let n = 0;
  if (oldB.length === 0) {
    for (let i = 0; i < b.length; i++) {
      if (n < count) {
        out.push(...newB);
        n++;
      }
      out.push(b[i]);
    }
    if (n < count) {
      out.push(...newB);
      n++;
    }
  } else {
    let i = 0;
    while (i < b.length) {
      const p = n < count ? bytes_indexOf(b, oldB, i, b.length) : -1;
      if (p < 0) {
        for (; i < b.length; i++) out.push(b[i]);
        break;
      }
      for (; i < p; i++) out.push(b[i]);
      out.push(...newB);
      i = p + oldB.length;
      n++;
    }
  }
  if (n === 0) return returnSelf(kind, self);
  return newFilled(kind, Uint8Array.from(out));
}

function translate(kind: BytesKind, self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [tableObj, delObj] = _PyArg_UnpackKeywords('translate', args, nargs, kwnames, ['', 'delete'], 1);
  const table = tableObj === Py_None ? null : bufferArg(tableObj as PyObject);
  if (table !== null && table.length !== 256) PyErr_SetString(PyExc_ValueError, 'translation table must be 256 characters long');
  const del = delObj === null ? null : bufferArg(delObj);
  const b = B(self);
  const out: number[] = [];
  let changed = false;
  for (const c of b) {
    if (del !== null && del.includes(c)) {
      changed = true;
      continue;
    }
    const t = table === null ? c : table[c];
    if (t !== c) changed = true;
    out.push(t);
  }
  if (!changed && kind === 'bytes' && PyBytes_CheckExact(self)) return Py_NewRef(self);
  return newFilled(kind, Uint8Array.from(out));
}

/** maketrans(frm, to, /): the 256-byte table mapping each byte of frm to to's. */
function maketrans(_null: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('maketrans', nargs, 2, 2);
  const frm = bufferArg(args[0]), to = bufferArg(args[1]);
  if (frm.length !== to.length) PyErr_SetString(PyExc_ValueError, 'maketrans arguments must have same length');
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < frm.length; i++) out[frm[i]] = to[i];
  return _PyBytes_FromSize(out);
}

function rindex(self: PyObject, args: PyObject[], nargs: number, findImpl: (s: PyObject, a: PyObject[], n: number) => number): PyObject {
  const r = findImpl(self, args, nargs);
  if (r < 0) PyErr_SetString(PyExc_ValueError, 'subsection not found');
  return PyLong_FromNumber(r);
}

/** fromhex(string, /): two hex digits per byte, ASCII whitespace between bytes. */
export function fromhex_bytes(arg: PyObject): Uint8Array {
  if (!PyUnicode_Check(arg)) PyErr_SetString(PyExc_TypeError, `fromhex() argument must be str, not ${arg.ob_type.tp_name}`);
  const s = (arg as PyUnicodeObject).str;
  const out: number[] = [];
  const hexv = (ch: string | undefined): number => (ch !== undefined && /^[0-9a-fA-F]$/.test(ch) ? parseInt(ch, 16) : -1);
  let i = 0;
  while (i < s.length) {
    if (isPySpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const hi = hexv(s[i]);
    if (hi < 0) PyErr_SetString(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hexv(s[i + 1]);
    if (lo < 0) PyErr_SetString(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** bytearray.fromhex: a bytearray, or cls(bytearray) for a subclass. */
function bytearray_fromhex(cls: PyObject, arg: PyObject): PyObject {
  const u8 = fromhex_bytes(arg);
  const r = bytearray.fromBytes(u8);
  if (cls === bytearray.type) return r;
  try {
    return PyObject_CallOneArg(cls, r);
  } finally {
    Py_DECREF(r);
  }
}

/** bytes % args and bytearray % args (printf-style formatting) are not modelled. */
export function bytes_mod_refused(a: PyObject, b: PyObject): PyObject {
  const t = _PyObject_GetBufferView(a) !== null ? a : b;
  return PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support ${t.ob_type.tp_name} % formatting yet`);
}

// ---------------------------------------------------------------------------

type Fast = (s: PyObject, a: PyObject[], n: number) => PyObject;
type FastKw = (s: PyObject, a: PyObject[], n: number, k: PyObject | null) => PyObject;

/** The shared methods for one type (`findImpl` is rfind's search, for rindex). */
export function sharedBytesMethods(kind: BytesKind, rfindImpl: (s: PyObject, a: PyObject[], n: number) => number): PyMethodDef[] {
  const noargs = (name: string, f: (s: PyObject) => PyObject): PyMethodDef => ({ ml_name: name, ml_meth: f, ml_flags: METH.NOARGS });
  const fast = (name: string, f: Fast): PyMethodDef => ({ ml_name: name, ml_meth: f, ml_flags: METH.FASTCALL });
  const fastkw = (name: string, f: FastKw): PyMethodDef => ({ ml_name: name, ml_meth: f, ml_flags: METH.FASTCALL | METH.KEYWORDS });
  const o = (name: string, f: (s: PyObject, a: PyObject) => PyObject): PyMethodDef => ({ ml_name: name, ml_meth: f, ml_flags: METH.O });
  const defs: PyMethodDef[] = [
    noargs('capitalize', (s) => mapCase(kind, s, capitalize)),
    fast('center', (s, a, n) => center(kind, s, a, n)),
    fastkw('expandtabs', (s, a, n, k) => expandtabs(kind, s, a, n, k)),
    noargs('isalnum', (s) => all(s, (c) => isAlpha(c) || isDigit(c))),
    noargs('isalpha', (s) => all(s, isAlpha)),
    noargs('isascii', (s) => PyBool_FromLong(B(s).every((c) => c < 128))),
    noargs('isdigit', (s) => all(s, isDigit)),
    noargs('islower', (s) => cased(s, isLower, isUpper)),
    noargs('isspace', (s) => all(s, isSpace)),
    noargs('istitle', istitle),
    noargs('isupper', (s) => cased(s, isUpper, isLower)),
    o('join', (s, it) => join(kind, s, it)),
    fast('ljust', (s, a, n) => {
      const [width, fill] = padArgs('ljust', a, n);
      return pad(kind, s, 0, width - B(s).length, fill);
    }),
    noargs('lower', (s) => mapCase(kind, s, (b, out) => b.forEach((c, i) => { out[i] = toLower(c); }))),
    fast('lstrip', (s, a, n) => strip(kind, s, a, n, 'lstrip', true, false)),
    { ml_name: 'maketrans', ml_meth: maketrans, ml_flags: METH.FASTCALL | METH.STATIC },
    o('partition', (s, sep) => partition(kind, s, sep, false)),
    fast('replace', (s, a, n) => replace(kind, s, a, n)),
    o('removeprefix', (s, p) => removeAffix(kind, s, p, true)),
    o('removesuffix', (s, p) => removeAffix(kind, s, p, false)),
    fast('rindex', (s, a, n) => rindex(s, a, n, rfindImpl)),
    fast('rjust', (s, a, n) => {
      const [width, fill] = padArgs('rjust', a, n);
      return pad(kind, s, width - B(s).length, 0, fill);
    }),
    o('rpartition', (s, sep) => partition(kind, s, sep, true)),
    fastkw('rsplit', (s, a, n, k) => split(kind, s, a, n, k, true)),
    fast('rstrip', (s, a, n) => strip(kind, s, a, n, 'rstrip', false, true)),
    fastkw('split', (s, a, n, k) => split(kind, s, a, n, k, false)),
    fastkw('splitlines', (s, a, n, k) => splitlines(kind, s, a, n, k)),
    fast('strip', (s, a, n) => strip(kind, s, a, n, 'strip', true, true)),
    noargs('swapcase', (s) => mapCase(kind, s, swapcase)),
    noargs('title', (s) => mapCase(kind, s, title)),
    fastkw('translate', (s, a, n, k) => translate(kind, s, a, n, k)),
    noargs('upper', (s) => mapCase(kind, s, (b, out) => b.forEach((c, i) => { out[i] = toUpper(c); }))),
    o('zfill', (s, w) => zfill(kind, s, w)),
  ];
  if (kind === 'bytearray') defs.push({ ml_name: 'fromhex', ml_meth: bytearray_fromhex, ml_flags: METH.O | METH.CLASS });
  return defs;
}

/** Orders a method table as CPython's type dict lists them (recorded names). */
export function inCPythonOrder(defs: PyMethodDef[], order: readonly string[]): PyMethodDef[] {
  const rank = new Map<string, number>();
  order.forEach((e, i) => rank.set(e.endsWith('()') ? e.slice(0, -2) : e, i));
  return defs.slice().sort((a, b) => (rank.get(a.ml_name) ?? 1e9) - (rank.get(b.ml_name) ?? 1e9));
}
