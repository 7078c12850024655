// str methods (Objects/unicodeobject.c, Objects/stringlib/*), with 3.11's argument
// errors and result identities: methods that change nothing return the string itself
// (unicode_result_unchanged) and pieces cut out of a string (split, strip, partition)
// are substrings, so one Latin-1 character comes back as the singleton.

import { PyObject, Py_NewRef, Py_DECREF } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from './exceptions';
import { Py_None } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_FromNumber, PyLong_Check } from './longobject';
import { PyUnicodeObject, PyUnicode_Type, PyUnicode_Check } from './unicode_type';
import { _PyUnicode_CheckUnits } from './unicodeobject';
import {
  PyUnicode_Substring, PyUnicode_READ_CHAR, _PyUnicode_SubText,
  _PyUnicode_NewFromText, _PyUnicode_NewKnown, _PyUnicode_JoinArray, _PyUnicode_JsIndexToCp, _PyUnicode_CpToJsIndex,
  unicode_new_empty, unicode_sizeof,
} from './unicodeobject';
import { isPySpace } from './long_format';
import { _PyArg_CheckPositional, _PyArg_CheckTuple, _PyArg_UnpackKeywords } from './argparse';
import { PyNumber_AsSsize_t, PyIndex_Check, PyObject_GetIter } from './abstract';
import { PyList_New, PyList_Append, PyList_SET_ITEM, type PyListObject } from './listobject';
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject } from './tupleobject';
import { PyList_CheckExact, PySequence_List } from './listobject';
import { PyTuple_CheckExact } from './tupleobject';
import { isPyExc, PyErr_Clear } from './errors';
import { unicode_encode } from './bytesobject';
import { METH, METH_VARARGS_of, type PyMethodDef } from './methoddef';
import { unicode_translate_methods } from './unicode_translate';
import { formatMethodDef } from './formatter';
import { unicode_format_method, unicode_format_map } from './unicode_format';

type U = PyUnicodeObject;

function self_(o: PyObject): U {
  return o as U;
}

/** unicode_result_unchanged: the object itself when it is an exact str, else a copy. */
function unchanged(u: U): PyObject {
  if (u.ob_type === PyUnicode_Type) return Py_NewRef(u);
  return _PyUnicode_NewKnown(u.str, u.length, u.kind, u.ascii);
}

function isBmp(u: U): boolean {
  return u.length === u.str.length;
}

// ---------------------------------------------------------------------------
// Argument helpers

/** _PyEval_SliceIndex for the optional start/end arguments of find & co. */
function sliceIndex(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === Py_None) return dflt;
  if (!PyLong_Check(o) && !PyIndex_Check(o)) {
    PyErr_SetString(PyExc_TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  return PyNumber_AsSsize_t(o, null);
}

/** ADJUST_INDICES of stringlib. */
function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}

function needStr(o: PyObject, what: string): U {
  if (!PyUnicode_Check(o)) PyErr_SetString(PyExc_TypeError, `${what}, not ${o.ob_type.tp_name}`);
  return o;
}

/** An index argument (Argument Clinic's Py_ssize_t converter). */
function ssizeArg(o: PyObject): number {
  if (!PyLong_Check(o) && !PyIndex_Check(o)) {
    PyErr_SetString(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  return PyNumber_AsSsize_t(o, PyExc_OverflowError);
}

// ---------------------------------------------------------------------------
// Searching: find, rfind, index, rindex, count, startswith, endswith

/** Position (code points) of sub in u[start:end], searching forward or backward; -1 if absent. */
function findIn(u: U, sub: U, start: number, end: number, reverse: boolean): number {
  [start, end] = adjust(start, end, u.length);
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return reverse ? end : start;
  if (isBmp(u)) {
    const hay = u.str;
    if (!reverse) {
      const i = hay.indexOf(sub.str, start);
      return i >= 0 && i + sub.length <= end ? i : -1;
    }
    const i = hay.lastIndexOf(sub.str, end - sub.length);
    return i >= start ? i : -1;
  }
  const js0 = _PyUnicode_CpToJsIndex(u, start);
  const js1 = _PyUnicode_CpToJsIndex(u, end);
  const window = u.str.slice(js0, js1);
  const i = reverse ? window.lastIndexOf(sub.str) : window.indexOf(sub.str);
  if (i < 0) return -1;
  return _PyUnicode_JsIndexToCp(u, js0 + i);
}

function parseFindArgs(name: string, args: PyObject[], nargs: number): [U, number, number] {
  _PyArg_CheckTuple(name, nargs, 1, 3);
  const sub = needStr(args[0], 'must be str');
  return [sub, sliceIndex(args[1], 0), sliceIndex(args[2], Number.MAX_SAFE_INTEGER)];
}

function unicode_find(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [sub, s, e] = parseFindArgs('find', args, nargs);
  return PyLong_FromNumber(findIn(self_(self), sub, s, e, false));
}

function unicode_rfind(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [sub, s, e] = parseFindArgs('rfind', args, nargs);
  return PyLong_FromNumber(findIn(self_(self), sub, s, e, true));
}

function unicode_index(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [sub, s, e] = parseFindArgs('index', args, nargs);
  const r = findIn(self_(self), sub, s, e, false);
  if (r < 0) PyErr_SetString(PyExc_ValueError, 'substring not found');
  return PyLong_FromNumber(r);
}

function unicode_rindex(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [sub, s, e] = parseFindArgs('rindex', args, nargs);
  const r = findIn(self_(self), sub, s, e, true);
  if (r < 0) PyErr_SetString(PyExc_ValueError, 'substring not found');
  return PyLong_FromNumber(r);
}

function countIn(u: U, sub: U, start: number, end: number, max = Infinity): number {
  [start, end] = adjust(start, end, u.length);
  if (end < start) return 0;
  if (sub.length === 0) return Math.min(end - start + 1, max);
  const js0 = _PyUnicode_CpToJsIndex(u, start);
  const js1 = _PyUnicode_CpToJsIndex(u, end);
  const hay = u.str;
  let n = 0;
  let i = hay.indexOf(sub.str, js0);
  while (i >= 0 && i + sub.str.length <= js1 && n < max) {
    n++;
    i = hay.indexOf(sub.str, i + sub.str.length);
  }
  return n;
}

function unicode_count(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [sub, s, e] = parseFindArgs('count', args, nargs);
  return PyLong_FromNumber(countIn(self_(self), sub, s, e));
}

function tailmatch(u: U, sub: U, start: number, end: number, atEnd: boolean): boolean {
  [start, end] = adjust(start, end, u.length);
  end -= sub.length;
  if (end < start) return false;
  if (sub.length === 0) return true;
  const text = _PyUnicode_SubText(u, atEnd ? end : start, (atEnd ? end : start) + sub.length);
  return text === sub.str;
}

function startsEnds(name: 'startswith' | 'endswith', self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckTuple(name, nargs, 1, 3);
  const u = self_(self);
  const s = sliceIndex(args[1], 0);
  const e = sliceIndex(args[2], Number.MAX_SAFE_INTEGER);
  const arg = args[0];
  if (PyTuple_Check(arg)) {
    for (const item of (arg as PyTupleObject).ob_item) {
      if (!PyUnicode_Check(item)) {
        PyErr_SetString(PyExc_TypeError, `tuple for ${name} must only contain str, not ${item.ob_type.tp_name}`);
      }
      if (tailmatch(u, item, s, e, name === 'endswith')) return PyBool_FromLong(true);
    }
    return PyBool_FromLong(false);
  }
  if (!PyUnicode_Check(arg)) {
    PyErr_SetString(PyExc_TypeError, `${name} first arg must be str or a tuple of str, not ${arg.ob_type.tp_name}`);
  }
  return PyBool_FromLong(tailmatch(u, arg, s, e, name === 'endswith'));
}

// ---------------------------------------------------------------------------
// Splitting

/** PREALLOC_SIZE of stringlib/split.h: the result list starts with this many slots. */
const MAX_PREALLOC = 12;

class SplitList {
  list: PyListObject;
  count = 0;
  prealloc: number;
  constructor(maxcount: number) {
    this.prealloc = maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1;
    this.list = PyList_New(this.prealloc);
  }
  /** SPLIT_ADD: steals item. */
  add(item: PyObject): void {
    if (this.count < this.prealloc) {
      PyList_SET_ITEM(this.list, this.count, item);
    } else {
      try {
        PyList_Append(this.list, item);
      } finally {
        Py_DECREF(item);
      }
    }
    this.count++;
  }
  /** FIX_PREALLOC_SIZE: Py_SET_SIZE(list, count) — the buffer keeps its size. */
  finish(): PyObject {
    if (this.count < this.prealloc) this.list.ob_item.length = this.count;
    return this.list;
  }
  /** On error the partly built list is released. */
  fail(): void {
    if (this.count < this.prealloc) this.list.ob_item.length = this.count;
    Py_DECREF(this.list);
  }
}

function cpAt(u: U, i: number): number {
  return PyUnicode_READ_CHAR(u, i);
}

function splitWhitespace(u: U, maxcount: number): PyObject {
  const out = new SplitList(maxcount);
  try {
    const n = u.length;
    let i = 0;
    while (maxcount-- > 0) {
      while (i < n && isPySpace(cpAt(u, i))) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isPySpace(cpAt(u, i))) i++;
      if (j === 0 && i === n && u.ob_type === PyUnicode_Type) {
        // No whitespace in the string: the list holds the string itself.
        out.add(Py_NewRef(u));
        break;
      }
      out.add(PyUnicode_Substring(u, j, i));
    }
    if (i < n) {
      while (i < n && isPySpace(cpAt(u, i))) i++;
      if (i !== n) out.add(PyUnicode_Substring(u, i, n));
    }
  } catch (e) {
    out.fail();
    throw e;
  }
  return out.finish();
}

function rsplitWhitespace(u: U, maxcount: number): PyObject {
  const out = new SplitList(maxcount);
  try {
    let i = u.length - 1;
    while (maxcount-- > 0) {
      while (i >= 0 && isPySpace(cpAt(u, i))) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isPySpace(cpAt(u, i))) i--;
      if (j === u.length - 1 && i < 0 && u.ob_type === PyUnicode_Type) {
        out.add(Py_NewRef(u));
        break;
      }
      out.add(PyUnicode_Substring(u, i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isPySpace(cpAt(u, i))) i--;
      if (i >= 0) out.add(PyUnicode_Substring(u, 0, i + 1));
    }
    out.list.ob_item.length = Math.max(out.count, 0);
    if (out.count < out.prealloc) out.list.ob_item.length = out.count;
    out.list.ob_item.reverse();
  } catch (e) {
    out.fail();
    throw e;
  }
  return out.list;
}

function splitSep(u: U, sep: U, maxcount: number): PyObject {
  if (sep.length === 0) PyErr_SetString(PyExc_ValueError, 'empty separator');
  const out = new SplitList(maxcount);
  try {
    let i = 0;
    const n = u.length;
    while (maxcount-- > 0) {
      const pos = findIn(u, sep, i, n, false);
      if (pos < 0) break;
      out.add(PyUnicode_Substring(u, i, pos));
      i = pos + sep.length;
    }
    if (out.count === 0 && u.ob_type === PyUnicode_Type) out.add(Py_NewRef(u));
    else out.add(PyUnicode_Substring(u, i, n));
  } catch (e) {
    out.fail();
    throw e;
  }
  return out.finish();
}

function rsplitSep(u: U, sep: U, maxcount: number): PyObject {
  if (sep.length === 0) PyErr_SetString(PyExc_ValueError, 'empty separator');
  const out = new SplitList(maxcount);
  try {
    let j = u.length;
    while (maxcount-- > 0) {
      const pos = findIn(u, sep, 0, j, true);
      if (pos < 0) break;
      out.add(PyUnicode_Substring(u, pos + sep.length, j));
      j = pos;
    }
    if (out.count === 0 && u.ob_type === PyUnicode_Type) out.add(Py_NewRef(u));
    else out.add(PyUnicode_Substring(u, 0, j));
    if (out.count < out.prealloc) out.list.ob_item.length = out.count;
    out.list.ob_item.reverse();
  } catch (e) {
    out.fail();
    throw e;
  }
  return out.list;
}

function splitArgs(name: string, args: PyObject[], nargs: number, kwnames: PyObject | null): [U | null, number] {
  const [sepObj, maxObj] = _PyArg_UnpackKeywords(name, args, nargs, kwnames, ['sep', 'maxsplit'], 0);
  let sep: U | null = null;
  if (sepObj !== null && sepObj !== Py_None) {
    if (!PyUnicode_Check(sepObj)) PyErr_SetString(PyExc_TypeError, `must be str or None, not ${sepObj.ob_type.tp_name}`);
    sep = sepObj;
  }
  let maxsplit = maxObj === null ? -1 : ssizeArg(maxObj);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  return [sep, maxsplit];
}

function unicode_split(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [sep, maxsplit] = splitArgs('split', args, nargs, kwnames);
  return sep === null ? splitWhitespace(self_(self), maxsplit) : splitSep(self_(self), sep, maxsplit);
}

function unicode_rsplit(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [sep, maxsplit] = splitArgs('rsplit', args, nargs, kwnames);
  return sep === null ? rsplitWhitespace(self_(self), maxsplit) : rsplitSep(self_(self), sep, maxsplit);
}

/** Line boundaries of str.splitlines (Py_UNICODE_ISLINEBREAK). */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e ||
    c === 0x85 || c === 0x2028 || c === 0x2029;
}

function unicode_splitlines(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [keepObj] = _PyArg_UnpackKeywords('splitlines', args, nargs, kwnames, ['keepends'], 0);
  let keepends = false;
  if (keepObj !== null) {
    if (!PyLong_Check(keepObj) && keepObj.ob_type.tp_name === 'float') {
      PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    }
    keepends = (keepObj.ob_type.nb_bool ?? (() => true))(keepObj);
  }
  const u = self_(self);
  const list = PyList_New(0);
  try {
    const n = u.length;
    let i = 0;
    while (i < n) {
      const j = i;
      while (i < n && !isLineBreak(cpAt(u, i))) i++;
      let eol = i;
      if (i < n) {
        if (cpAt(u, i) === 13 && i + 1 < n && cpAt(u, i + 1) === 10) i += 2;
        else i++;
        if (keepends) eol = i;
      }
      let piece: PyObject;
      if (j === 0 && eol === n && u.ob_type === PyUnicode_Type) piece = Py_NewRef(u);
      else piece = PyUnicode_Substring(u, j, eol);
      try {
        PyList_Append(list, piece);
      } finally {
        Py_DECREF(piece);
      }
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

function partitionImpl(self: PyObject, sepObj: PyObject, reverse: boolean): PyObject {
  const u = self_(self);
  const sep = needStr(sepObj, 'must be str');
  if (sep.length === 0) PyErr_SetString(PyExc_ValueError, 'empty separator');
  const pos = findIn(u, sep, 0, u.length, reverse);
  let a: PyObject, b: PyObject, c: PyObject;
  if (pos < 0) {
    if (reverse) { a = unicode_new_empty(); b = unicode_new_empty(); c = unchanged(u); }
    else { a = unchanged(u); b = unicode_new_empty(); c = unicode_new_empty(); }
  } else {
    a = PyUnicode_Substring(u, 0, pos);
    b = Py_NewRef(sep);
    c = PyUnicode_Substring(u, pos + sep.length, u.length);
  }
  try {
    return PyTuple_Pack(a, b, c);
  } finally {
    Py_DECREF(a); Py_DECREF(b); Py_DECREF(c);
  }
}

// ---------------------------------------------------------------------------
// join

/** PyUnicode_Join: PySequence_Fast(seq, "can only join an iterable") — a list or
 *  tuple is used as is, anything else is first turned into a list. */
function unicode_join(self: PyObject, iterable: PyObject): PyObject {
  if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable)) {
    const items = (iterable as unknown as { ob_item: PyObject[] }).ob_item;
    return _PyUnicode_JoinArray(self, items, items.length);
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(iterable);
  } catch (e) {
    if (isPyExc(e, PyExc_TypeError)) {
      PyErr_Clear(e);
      PyErr_SetString(PyExc_TypeError, 'can only join an iterable');
    }
    throw e;
  }
  let list: PyObject;
  try {
    list = PySequence_List(it);
  } finally {
    Py_DECREF(it);
  }
  try {
    const items = (list as unknown as { ob_item: PyObject[] }).ob_item;
    return _PyUnicode_JoinArray(self, items, items.length);
  } finally {
    Py_DECREF(list);
  }
}

// ---------------------------------------------------------------------------
// Stripping

function isInSet(c: number, set: U): boolean {
  const s = set.str;
  if (isBmp(set)) return s.indexOf(String.fromCharCode(c)) >= 0 && c <= 0xffff;
  return s.includes(String.fromCodePoint(c));
}

function doStrip(self: PyObject, args: PyObject[], nargs: number, name: string, left: boolean, right: boolean): PyObject {
  _PyArg_CheckPositional(name, nargs, 0, 1);
  const u = self_(self);
  let chars: U | null = null;
  if (nargs === 1 && args[0] !== Py_None) {
    if (!PyUnicode_Check(args[0])) PyErr_SetString(PyExc_TypeError, `${name} arg must be None or str`);
    chars = args[0];
  }
  const n = u.length;
  let i = 0;
  let j = n;
  const strip = chars === null ? (c: number) => isPySpace(c) : (c: number) => isInSet(c, chars as U);
  if (left) while (i < j && strip(cpAt(u, i))) i++;
  if (right) while (j > i && strip(cpAt(u, j - 1))) j--;
  if (i === 0 && j === n) return unchanged(u);
  return PyUnicode_Substring(u, i, j);
}

// ---------------------------------------------------------------------------
// replace

function unicode_replace(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('replace', nargs, 2, 3);
  const u = self_(self);
  if (!PyUnicode_Check(args[0])) PyErr_SetString(PyExc_TypeError, `replace() argument 1 must be str, not ${args[0].ob_type.tp_name}`);
  if (!PyUnicode_Check(args[1])) PyErr_SetString(PyExc_TypeError, `replace() argument 2 must be str, not ${args[1].ob_type.tp_name}`);
  const oldS = args[0], newS = args[1];
  let count = nargs > 2 ? ssizeArg(args[2]) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0 || (oldS.length === 0 && newS.length === 0) || (oldS.length > u.length)) return unchanged(u);
  _PyUnicode_CheckUnits(replacedUnits(u.str, oldS.str, newS.str, count));
  let out = '';
  let n = 0;
  if (oldS.length === 0) {
    // Insert `new` before every character and at the end, up to count times.
    const chars = Array.from(u.str);
    for (let i = 0; i < chars.length; i++) {
      if (n < count) { out += newS.str; n++; }
      out += chars[i];
    }
    if (n < count) { out += newS.str; n++; }
  } else {
    const hay = u.str, needle = oldS.str;
    let pos = 0;
    while (n < count) {
      const k = hay.indexOf(needle, pos);
      if (k < 0) break;
      out += hay.slice(pos, k) + newS.str;
      pos = k + needle.length;
      n++;
    }
    if (n === 0) return unchanged(u);
    out += hay.slice(pos);
  }
  return _PyUnicode_NewFromText(out);
}

/** The length of replace's result in UTF-16 units (CPython counts the matches first to
 *  size it); counted only when it could pass the host's string limit. */
function replacedUnits(hay: string, needle: string, repl: string, count: number): number {
  const grow = repl.length - needle.length;
  if (grow <= 0) return hay.length;
  const most = needle.length === 0 ? hay.length + 1 : Math.floor(hay.length / needle.length);
  if (hay.length + grow * Math.min(most, count) <= 0x10000000) return hay.length;
  let n = 0;
  if (needle.length === 0) n = Math.min(Array.from(hay).length + 1, count);
  else for (let k = hay.indexOf(needle); k >= 0 && n < count; k = hay.indexOf(needle, k + needle.length)) n++;
  return hay.length + grow * n;
}

// ---------------------------------------------------------------------------
// Case

const LOWER_RE = /\p{Lowercase}/u;
const UPPER_RE = /\p{Uppercase}/u;
const TITLE_RE = /\p{Lt}/u;
const CASED_RE = /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u;
const ALPHA_RE = /\p{L}/u;
const DECIMAL_RE = /\p{Nd}/u;
const DIGIT_EXTRA_RE = /[\u00B2\u00B3\u00B9\u1369-\u1371\u19DA\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247C\u2488-\u2490\u24EA\u24F5-\u24FD\u24FF\u2776-\u277E\u2780-\u2788\u278A-\u2792\u{10A40}-\u{10A43}\u{10E60}-\u{10E68}\u{1F100}-\u{1F10A}]/u;
const NUMERIC_EXTRA_RE = /[\u3007\u4E00\u4E03\u4E07\u4E09\u4E5D\u4E8C\u4E94\u516B\u516D\u5341\u5343\u5344\u5345\u56DB\u58F1\u58F9\u5E7A\u5EFE\u5EFF\u5F0C-\u5F0E\u5F10\u62FE\u767E\u842C\u8CAE\u8CB3\u8D30\u9621\u96F6\u9678\u96F6\u4EDF\u4F0D\u4F70\u5146\u5104\u67D2\u634C\u7396\u4EBF\u5169]/u;

function charIs(re: RegExp, c: number): boolean {
  if (c < 128 && re !== DIGIT_EXTRA_RE && re !== NUMERIC_EXTRA_RE) return re.test(String.fromCharCode(c));
  return re.test(String.fromCodePoint(c));
}

function isLowerC(c: number): boolean { return c < 128 ? c >= 97 && c <= 122 : charIs(LOWER_RE, c); }
function isUpperC(c: number): boolean { return c < 128 ? c >= 65 && c <= 90 : charIs(UPPER_RE, c); }
function isTitleC(c: number): boolean { return c >= 128 && charIs(TITLE_RE, c); }
function isCasedC(c: number): boolean { return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : charIs(CASED_RE, c); }
function isAlphaC(c: number): boolean { return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : charIs(ALPHA_RE, c); }
function isDecimalC(c: number): boolean { return c < 128 ? c >= 48 && c <= 57 : charIs(DECIMAL_RE, c); }
function isDigitC(c: number): boolean { return isDecimalC(c) || (c >= 128 && DIGIT_EXTRA_RE.test(String.fromCodePoint(c))); }
function isNumericC(c: number): boolean {
  if (isDigitC(c)) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(c);
  return /\p{N}/u.test(ch) || NUMERIC_EXTRA_RE.test(ch);
}
function isAlnumC(c: number): boolean { return isAlphaC(c) || isDecimalC(c) || isDigitC(c) || isNumericC(c); }

function titleChar(ch: string): string {
  // Titlecase differs from uppercase only for a few digraphs (Dž, Lj, Nj, Dz).
  const c = ch.codePointAt(0) as number;
  const map: Record<number, string> = { 0x1c4: '\u01c5', 0x1c5: '\u01c5', 0x1c6: '\u01c5', 0x1c7: '\u01c8', 0x1c8: '\u01c8', 0x1c9: '\u01c8', 0x1ca: '\u01cb', 0x1cb: '\u01cb', 0x1cc: '\u01cb', 0x1f1: '\u01f2', 0x1f2: '\u01f2', 0x1f3: '\u01f2' };
  return map[c] ?? ch.toUpperCase();
}

function unicode_upper(self: PyObject): PyObject {
  return _PyUnicode_NewFromText(self_(self).str.toUpperCase());
}

function unicode_lower(self: PyObject): PyObject {
  return _PyUnicode_NewFromText(self_(self).str.toLowerCase());
}

function unicode_casefold(self: PyObject): PyObject {
  const s = self_(self).str;
  // Full case folding: lowercase plus the multi-character folds of the common letters.
  return _PyUnicode_NewFromText(s.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ'));
}

function unicode_swapcase(self: PyObject): PyObject {
  let out = '';
  for (const ch of self_(self).str) {
    const c = ch.codePointAt(0) as number;
    if (isUpperC(c)) out += ch.toLowerCase();
    else if (isLowerC(c)) out += ch.toUpperCase();
    else out += ch;
  }
  return _PyUnicode_NewFromText(out);
}

function unicode_capitalize(self: PyObject): PyObject {
  const s = self_(self).str;
  if (s.length === 0) return unchanged(self_(self));
  const first = String.fromCodePoint(s.codePointAt(0) as number);
  return _PyUnicode_NewFromText(titleChar(first) + s.slice(first.length).toLowerCase());
}

function unicode_title(self: PyObject): PyObject {
  let out = '';
  let prevCased = false;
  for (const ch of self_(self).str) {
    const c = ch.codePointAt(0) as number;
    if (prevCased) out += ch.toLowerCase();
    else out += titleChar(ch);
    prevCased = isCasedC(c);
  }
  return _PyUnicode_NewFromText(out);
}

// ---------------------------------------------------------------------------
// Predicates

function allChars(u: U, pred: (c: number) => boolean): boolean {
  if (u.length === 0) return false;
  for (let i = 0; i < u.length; i++) if (!pred(cpAt(u, i))) return false;
  return true;
}

function unicode_isupper(self: PyObject): PyObject {
  const u = self_(self);
  let cased = false;
  for (let i = 0; i < u.length; i++) {
    const c = cpAt(u, i);
    if (isLowerC(c) || isTitleC(c)) return PyBool_FromLong(false);
    if (!cased && isUpperC(c)) cased = true;
  }
  return PyBool_FromLong(cased);
}

function unicode_islower(self: PyObject): PyObject {
  const u = self_(self);
  let cased = false;
  for (let i = 0; i < u.length; i++) {
    const c = cpAt(u, i);
    if (isUpperC(c) || isTitleC(c)) return PyBool_FromLong(false);
    if (!cased && isLowerC(c)) cased = true;
  }
  return PyBool_FromLong(cased);
}

function unicode_istitle(self: PyObject): PyObject {
  const u = self_(self);
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < u.length; i++) {
    const c = cpAt(u, i);
    if (isUpperC(c) || isTitleC(c)) {
      if (prevCased) return PyBool_FromLong(false);
      prevCased = true;
      cased = true;
    } else if (isLowerC(c)) {
      if (!prevCased) return PyBool_FromLong(false);
      prevCased = true;
      cased = true;
    } else {
      prevCased = false;
    }
  }
  return PyBool_FromLong(cased);
}

const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

/** str.isidentifier (PyUnicode_IsIdentifier). */
export function _PyUnicode_IsIdentifierText(s: string): boolean {
  let first = true;
  if (s.length === 0) return false;
  for (const ch of s) {
    if (first ? !XID_START.test(ch) : !XID_CONTINUE.test(ch)) return false;
    first = false;
  }
  return true;
}

function pred(fn: (c: number) => boolean): (self: PyObject) => PyObject {
  return (self) => PyBool_FromLong(allChars(self_(self), fn));
}

function unicode_isascii(self: PyObject): PyObject {
  return PyBool_FromLong(self_(self).ascii);
}

function unicode_isprintable(self: PyObject): PyObject {
  const u = self_(self);
  for (let i = 0; i < u.length; i++) {
    const c = cpAt(u, i);
    if (c < 128 ? (c < 32 || c === 127) : /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u.test(String.fromCodePoint(c))) return PyBool_FromLong(false);
  }
  return PyBool_FromLong(true);
}

// ---------------------------------------------------------------------------
// Padding

function fillChar(o: PyObject): string {
  if (!PyUnicode_Check(o)) {
    PyErr_SetString(PyExc_TypeError, `The fill character must be a unicode character, not ${o.ob_type.tp_name}`);
  }
  if (o.length !== 1) PyErr_SetString(PyExc_TypeError, 'The fill character must be exactly one character long');
  return o.str;
}

function pad(u: U, left: number, right: number, fill: string): PyObject {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return unchanged(u);
  _PyUnicode_CheckUnits(u.str.length + fill.length * (left + right));
  return _PyUnicode_NewFromText(fill.repeat(left) + u.str + fill.repeat(right));
}

function padArgs(name: string, args: PyObject[], nargs: number): [number, string] {
  _PyArg_CheckPositional(name, nargs, 1, 2);
  const width = ssizeArg(args[0]);
  return [width, nargs > 1 ? fillChar(args[1]) : ' '];
}

function unicode_center(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [width, fill] = padArgs('center', args, nargs);
  const u = self_(self);
  if (u.length >= width) return unchanged(u);
  const marg = width - u.length;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(u, left, marg - left, fill);
}

function unicode_ljust(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [width, fill] = padArgs('ljust', args, nargs);
  const u = self_(self);
  if (u.length >= width) return unchanged(u);
  return pad(u, 0, width - u.length, fill);
}

function unicode_rjust(self: PyObject, args: PyObject[], nargs: number): PyObject {
  const [width, fill] = padArgs('rjust', args, nargs);
  const u = self_(self);
  if (u.length >= width) return unchanged(u);
  return pad(u, width - u.length, 0, fill);
}

function unicode_zfill(self: PyObject, arg: PyObject): PyObject {
  const width = ssizeArg(arg);
  const u = self_(self);
  if (u.length >= width) return unchanged(u);
  const fill = width - u.length;
  _PyUnicode_CheckUnits(u.str.length + fill);
  let s = '0'.repeat(fill) + u.str;
  const c = u.str.charCodeAt(0);
  if (c === 43 || c === 45) s = u.str[0] + '0'.repeat(fill) + u.str.slice(1);
  return _PyUnicode_NewFromText(s);
}

function unicode_expandtabs(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [tsObj] = _PyArg_UnpackKeywords('expandtabs', args, nargs, kwnames, ['tabsize'], 0);
  const tabsize = tsObj === null ? 8 : ssizeArg(tsObj);
  const u = self_(self);
  if (!u.str.includes('\t')) return unchanged(u);
  _PyUnicode_CheckUnits(expandedUnits(u.str, tabsize));
  let out = '';
  let col = 0;
  for (const ch of u.str) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return _PyUnicode_NewFromText(out);
}

/** The length of expandtabs' result in UTF-16 units (its first pass, as CPython
 *  sizes the result before filling it). */
function expandedUnits(s: string, tabsize: number): number {
  let units = 0, col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        units += n;
        col += n;
      }
    } else {
      units++;
      // A surrogate pair is one column.
      if (c < 0xdc00 || c > 0xdfff) col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return units;
}

// ---------------------------------------------------------------------------
// Misc

function unicode_removeprefix(self: PyObject, arg: PyObject): PyObject {
  const u = self_(self);
  const p = needStr(arg, 'removeprefix() argument must be str');
  if (u.str.startsWith(p.str) && p.length > 0) return PyUnicode_Substring(u, p.length, u.length);
  return unchanged(u);
}

function unicode_removesuffix(self: PyObject, arg: PyObject): PyObject {
  const u = self_(self);
  const p = needStr(arg, 'removesuffix() argument must be str');
  if (u.str.endsWith(p.str) && p.length > 0) return PyUnicode_Substring(u, 0, u.length - p.length);
  return unchanged(u);
}

function unicode___sizeof__(self: PyObject): PyObject {
  return PyLong_FromNumber(unicode_sizeof(self_(self)));
}

function unicode_getnewargs(self: PyObject): PyObject {
  const c = _PyUnicode_NewKnown(self_(self).str, self_(self).length, self_(self).kind, self_(self).ascii);
  try {
    return PyTuple_Pack(c);
  } finally {
    Py_DECREF(c);
  }
}

export const unicode_methods: PyMethodDef[] = [
  { ml_name: 'encode', ml_meth: (s: PyObject, a: PyObject[], n: number, k: PyObject | null) => unicode_encode(s, a, n, k), ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'replace', ml_meth: unicode_replace, ml_flags: METH.FASTCALL },
  { ml_name: 'split', ml_meth: unicode_split, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'rsplit', ml_meth: unicode_rsplit, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'join', ml_meth: unicode_join, ml_flags: METH.O },
  { ml_name: 'capitalize', ml_meth: unicode_capitalize, ml_flags: METH.NOARGS },
  { ml_name: 'casefold', ml_meth: unicode_casefold, ml_flags: METH.NOARGS },
  { ml_name: 'title', ml_meth: unicode_title, ml_flags: METH.NOARGS },
  { ml_name: 'center', ml_meth: unicode_center, ml_flags: METH.FASTCALL },
  { ml_name: 'count', ml_meth: METH_VARARGS_of(unicode_count), ml_flags: METH.VARARGS },
  { ml_name: 'expandtabs', ml_meth: unicode_expandtabs, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'find', ml_meth: METH_VARARGS_of(unicode_find), ml_flags: METH.VARARGS },
  { ml_name: 'partition', ml_meth: (s: PyObject, a: PyObject) => partitionImpl(s, a, false), ml_flags: METH.O },
  { ml_name: 'index', ml_meth: METH_VARARGS_of(unicode_index), ml_flags: METH.VARARGS },
  { ml_name: 'ljust', ml_meth: unicode_ljust, ml_flags: METH.FASTCALL },
  { ml_name: 'lower', ml_meth: unicode_lower, ml_flags: METH.NOARGS },
  { ml_name: 'lstrip', ml_meth: (s: PyObject, a: PyObject[], n: number) => doStrip(s, a, n, 'lstrip', true, false), ml_flags: METH.FASTCALL },
  { ml_name: 'rfind', ml_meth: METH_VARARGS_of(unicode_rfind), ml_flags: METH.VARARGS },
  { ml_name: 'rindex', ml_meth: METH_VARARGS_of(unicode_rindex), ml_flags: METH.VARARGS },
  { ml_name: 'rjust', ml_meth: unicode_rjust, ml_flags: METH.FASTCALL },
  { ml_name: 'rstrip', ml_meth: (s: PyObject, a: PyObject[], n: number) => doStrip(s, a, n, 'rstrip', false, true), ml_flags: METH.FASTCALL },
  { ml_name: 'rpartition', ml_meth: (s: PyObject, a: PyObject) => partitionImpl(s, a, true), ml_flags: METH.O },
  { ml_name: 'splitlines', ml_meth: unicode_splitlines, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'strip', ml_meth: (s: PyObject, a: PyObject[], n: number) => doStrip(s, a, n, 'strip', true, true), ml_flags: METH.FASTCALL },
  { ml_name: 'swapcase', ml_meth: unicode_swapcase, ml_flags: METH.NOARGS },
  { ml_name: 'upper', ml_meth: unicode_upper, ml_flags: METH.NOARGS },
  { ml_name: 'startswith', ml_meth: METH_VARARGS_of((s: PyObject, a: PyObject[], n: number) => startsEnds('startswith', s, a, n)), ml_flags: METH.VARARGS },
  { ml_name: 'endswith', ml_meth: METH_VARARGS_of((s: PyObject, a: PyObject[], n: number) => startsEnds('endswith', s, a, n)), ml_flags: METH.VARARGS },
  { ml_name: 'removeprefix', ml_meth: unicode_removeprefix, ml_flags: METH.O },
  { ml_name: 'removesuffix', ml_meth: unicode_removesuffix, ml_flags: METH.O },
  { ml_name: 'isascii', ml_meth: unicode_isascii, ml_flags: METH.NOARGS },
  { ml_name: 'islower', ml_meth: unicode_islower, ml_flags: METH.NOARGS },
  { ml_name: 'isupper', ml_meth: unicode_isupper, ml_flags: METH.NOARGS },
  { ml_name: 'istitle', ml_meth: unicode_istitle, ml_flags: METH.NOARGS },
  { ml_name: 'isspace', ml_meth: pred(isPySpace), ml_flags: METH.NOARGS },
  { ml_name: 'isdecimal', ml_meth: pred(isDecimalC), ml_flags: METH.NOARGS },
  { ml_name: 'isdigit', ml_meth: pred(isDigitC), ml_flags: METH.NOARGS },
  { ml_name: 'isnumeric', ml_meth: pred(isNumericC), ml_flags: METH.NOARGS },
  { ml_name: 'isalpha', ml_meth: pred(isAlphaC), ml_flags: METH.NOARGS },
  { ml_name: 'isalnum', ml_meth: pred(isAlnumC), ml_flags: METH.NOARGS },
  { ml_name: 'isidentifier', ml_meth: (s: PyObject) => PyBool_FromLong(_PyUnicode_IsIdentifierText(self_(s).str)), ml_flags: METH.NOARGS },
  { ml_name: 'isprintable', ml_meth: unicode_isprintable, ml_flags: METH.NOARGS },
  { ml_name: 'zfill', ml_meth: unicode_zfill, ml_flags: METH.O },
  { ml_name: '__sizeof__', ml_meth: unicode___sizeof__, ml_flags: METH.NOARGS },
  { ml_name: '__getnewargs__', ml_meth: unicode_getnewargs, ml_flags: METH.NOARGS },
  formatMethodDef('str'),
  { ml_name: 'format', ml_meth: (s: PyObject, a: PyObject, k: PyObject | null) => unicode_format_method(s, a, k), ml_flags: METH.VARARGS | METH.KEYWORDS },
  { ml_name: 'format_map', ml_meth: (s: PyObject, m: PyObject) => unicode_format_map(s, m), ml_flags: METH.O },
];

/** Appends a method table entry (format, format_map, __format__, __mod__ helpers). */
export function _PyUnicode_AddMethods(defs: PyMethodDef[]): void {
  for (const d of defs) unicode_methods.push(d);
}

for (const d of unicode_translate_methods) unicode_methods.push(d);
PyUnicode_Type.tp_methods = unicode_methods;

