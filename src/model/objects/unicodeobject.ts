// The str type (Objects/unicodeobject.c, 3.11, PEP 393 compact strings).
//
// A PyUnicodeObject keeps the JS string (UTF-16) plus what CPython's header
// records: the length in code points, the kind (1, 2 or 4 bytes per character) and
// the ASCII flag — they decide sys.getsizeof (49/50/52/74...) and the bytes the hash
// runs over. A character above U+FFFF is one Python character but a surrogate pair
// in JS; indexing, slicing, len and iteration count code points (BMP strings, the
// common case, index the JS string directly).
// Limitation: two lone surrogates that form a valid pair when concatenated become one
// character in the model (CPython keeps two).
//
// Identity: '' and the 256 one-character Latin-1 strings are static singletons
// (_Py_STR(empty), _Py_LATIN1_CHR); every operation producing such a string returns
// the singleton, as unicode_result / get_latin1_char do.

export {
  PyUnicodeObject, UnicodeKind, PyUnicode_Type, PyUnicode_Check, PyUnicode_CheckExact, _PyUnicode_AllocSize,
  _Py_EmptyString, _Py_Latin1Chars, PyUnicode_InternInPlace, PyUnicode_InternFromString, PyUnicode_CHECK_INTERNED,
  _Py_ID, unicode_new_empty, unicode_char, PyUnicode_FromString, _PyUnicode_FromKnown, _PyUnicode_FromASCII,
  _PyUnicode_NewFromText, _PyUnicode_NewKnown, _PyUnicode_ForgetInterned,
} from './unicode_type';
import {
  PyUnicodeObject, UnicodeKind, PyUnicode_Type, PyUnicode_Check, _PyUnicode_AllocSize, unicode_new_empty, unicode_char,
  PyUnicode_FromString, _PyUnicode_FromKnown, _PyUnicode_NewFromText, _PyUnicode_NewKnown, allocUnicode,
  _PyUnicode_ForgetInterned,
} from './unicode_type';
import './singletons_slots';
import { PyObject, PyTypeObject, TypeFlags, CompareOp, Py_NewRef, Py_DECREF, Py_INCREF, rt } from './object';
import { HOST_MAX_STRING_LENGTH } from '../memory/budget';
import { PyType_Type } from './typebase';
import { PyObject_Free, _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del } from './objalloc';
import { PyErr_SetString, PyErr_NoMemory } from './errors';
import { PyExc_TypeError, PyExc_IndexError, PyExc_OverflowError } from './exceptions';
import { Py_NotImplemented } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_Check, PyLong_FromNumber, _Py_CompareResult } from './longobject';
import { _Py_HashBytes, _Py_HashBytesExact, _Py_RegisterExactHash } from './pyhash';
import { PyIndex_Check, PyNumber_AsSsize_t, PyObject_Str, PyObject_Repr, PyObject_ASCII, PyObject_Format } from './abstract';
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices } from './sliceobject';

// Method tables and the remaining slots live in these modules; importing them here
// makes sure they are attached whichever module is loaded first.
import './unicode_methods';
import './unicode_format';
import './formatter';
import { _PyEval_ChargeWork, _PyEval_ChargeBulkWork } from '../vm/chargework';

/** The JS string of a str object (throws TypeError for anything else). */
export function PyUnicode_AsString(o: PyObject): string {
  if (!PyUnicode_Check(o)) PyErr_SetString(PyExc_TypeError, `expected str, got ${o.ob_type.tp_name}`);
  return o.str;
}

// ---------------------------------------------------------------------------
// Code points

/** The code point array of a string with astral characters (cached). */
function codePoints(u: PyUnicodeObject): Uint32Array {
  let cps = u.cps;
  if (cps === null) {
    cps = new Uint32Array(u.length);
    let k = 0;
    const s = u.str;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cps[k++] = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          i++;
          continue;
        }
      }
      cps[k++] = c;
    }
    u.cps = cps;
  }
  return cps;
}

/** PyUnicode_READ_CHAR(u, i). */
export function PyUnicode_READ_CHAR(u: PyUnicodeObject, i: number): number {
  if (u.length === u.str.length) return u.str.charCodeAt(i);
  return codePoints(u)[i];
}

/** JS string of the code points [start, end) of u. */
export function _PyUnicode_SubText(u: PyUnicodeObject, start: number, end: number): string {
  if (u.length === u.str.length) return u.str.slice(start, end);
  const cps = codePoints(u);
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCodePoint(cps[i]);
  return out;
}

/** Code point index → JS string index (for find results and the like). */
export function _PyUnicode_JsIndexToCp(u: PyUnicodeObject, jsIndex: number): number {
  if (u.length === u.str.length || jsIndex <= 0) return jsIndex;
  let cp = 0;
  const s = u.str;
  for (let i = 0; i < jsIndex; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  return cp;
}

export function _PyUnicode_CpToJsIndex(u: PyUnicodeObject, cp: number): number {
  if (u.length === u.str.length || cp <= 0) return cp;
  const cps = codePoints(u);
  let j = 0;
  for (let i = 0; i < cp && i < cps.length; i++) j += cps[i] >= 0x10000 ? 2 : 1;
  return j;
}

/** PyUnicode_Substring(u, start, end): u itself for the whole string, singletons for
 *  0 or 1 Latin-1 character, else a new str. */
export function PyUnicode_Substring(u: PyUnicodeObject, start: number, end: number): PyUnicodeObject {
  if (start === 0 && end === u.length && u.ob_type === PyUnicode_Type) return Py_NewRef(u);
  if (end <= start) return unicode_new_empty();
  if (end - start === 1) return unicode_char(PyUnicode_READ_CHAR(u, start));
  const text = _PyUnicode_SubText(u, start, end);
  if (u.ascii) return allocUnicode(text, end - start, UnicodeKind.ONE, true);
  return PyUnicode_FromString(text);
}

// ---------------------------------------------------------------------------
// Slots

function unicode_dealloc(o: PyObject): void {
  const u = o as PyUnicodeObject;
  if (u.interned) _PyUnicode_ForgetInterned(u);
  const free = o.ob_type.tp_free;
  if (free !== null && o.ob_type !== PyUnicode_Type) free(o);
  else PyObject_Free(o);
}

/** unicode_sizeof (Objects/unicodeobject.c): an exact str is one compact block; an
 *  instance of a str subclass is a "legacy" two-block object (unicode_subtype_new):
 *  sizeof(PyUnicodeObject) = 80 plus its separate character buffer. */
export function unicode_sizeof(o: PyObject): number {
  const u = o as PyUnicodeObject;
  if (u.ob_type !== PyUnicode_Type) return 80 + (u.length + 1) * u.kind;
  return _PyUnicode_AllocSize(u.length, u.kind, u.ascii);
}

/** Scratch for hashing (within one call; shared by every runtime). */
const hashBuf = { buf: new Uint8Array(256) };

/** Fills the shared scratch buffer with the kind-width little-endian characters. */
function fillKindBytes(u: PyUnicodeObject): number {
  const n = u.length * u.kind;
  if (hashBuf.buf.length < n) hashBuf.buf = new Uint8Array(Math.max(n, hashBuf.buf.length * 2));
  const b = hashBuf.buf;
  const s = u.str;
  if (u.kind === UnicodeKind.ONE) {
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
  } else if (u.kind === UnicodeKind.TWO) {
    for (let i = 0, j = 0; i < u.length; i++, j += 2) {
      const c = s.charCodeAt(i);
      b[j] = c & 0xff;
      b[j + 1] = c >>> 8;
    }
  } else {
    const cps = codePoints(u);
    for (let i = 0, j = 0; i < u.length; i++, j += 4) {
      const c = cps[i];
      b[j] = c & 0xff;
      b[j + 1] = (c >>> 8) & 0xff;
      b[j + 2] = (c >>> 16) & 0xff;
      b[j + 3] = 0;
    }
  }
  return n;
}

/** unicode_hash: siphash13 over the kind-width buffer, cached in the object. */
export function unicode_hash(o: PyObject): number {
  const u = o as PyUnicodeObject;
  let h = u.hash;
  if (h !== -1) return h;
  _PyEval_ChargeBulkWork(u.length); // hashing a long string (vm/chargework.ts)
  h = _Py_HashBytes(hashBuf.buf, fillKindBytes(u));
  u.hash = h;
  return h;
}

function unicode_hash_exact(o: PyObject): bigint {
  const u = o as PyUnicodeObject;
  return _Py_HashBytesExact(hashBuf.buf, fillKindBytes(u));
}

/** Compares two strings by code point: -1, 0, 1. */
export function unicode_compare(a: PyUnicodeObject, b: PyUnicodeObject): number {
  const x = a.str, y = b.str;
  if (a.kind !== UnicodeKind.FOUR && b.kind !== UnicodeKind.FOUR) return x < y ? -1 : x > y ? 1 : 0;
  const ca = codePoints(a), cb = a === b ? ca : codePoints(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) if (ca[i] !== cb[i]) return ca[i] < cb[i] ? -1 : 1;
  return ca.length < cb.length ? -1 : ca.length > cb.length ? 1 : 0;
}

export function PyUnicode_RichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!PyUnicode_Check(a) || !PyUnicode_Check(b)) return Py_NewRef(Py_NotImplemented);
  if (op === CompareOp.EQ || op === CompareOp.NE) return PyBool_FromLong((a.str === b.str) === (op === CompareOp.EQ));
  if (a === b) return PyBool_FromLong(op === CompareOp.LE || op === CompareOp.GE);
  return PyBool_FromLong(_Py_CompareResult(unicode_compare(a, b), op));
}

/** _PyUnicode_EQ / unicode_eq for dict lookups: both are str. */
export function _PyUnicode_EQ(a: PyObject, b: PyObject): boolean {
  return (a as PyUnicodeObject).str === (b as PyUnicodeObject).str;
}

export function unicode_length(o: PyObject): number {
  return (o as PyUnicodeObject).length;
}

/** PyUnicode_New failing, checked before the text is built: a str of `length`
 *  characters beyond the simulated memory cap, or of more than the host's longest
 *  string (`units`: its length in UTF-16 units, HOST_MAX_STRING_LENGTH), is a
 *  MemoryError — as in CPython when malloc cannot give the block. */
export function _PyUnicode_CheckNew(length: number, kind: UnicodeKind, ascii: boolean, units: number): void {
  if (units > HOST_MAX_STRING_LENGTH || _PyUnicode_AllocSize(length, kind, ascii) > rt.profile.memory.defaultMemoryCap) {
    PyErr_NoMemory();
  }
}

/** The host half of _PyUnicode_CheckNew, for results whose kind is not worked out in
 *  advance (padding, formatting): the simulated allocator still enforces the cap. */
export function _PyUnicode_CheckUnits(units: number): void {
  if (units > HOST_MAX_STRING_LENGTH) PyErr_NoMemory();
}

/** PyUnicode_Concat: a new str; `'' + s` and `s + ''` give s itself (exact strs). */
export function PyUnicode_Concat(left: PyObject, right: PyObject): PyObject {
  if (!PyUnicode_Check(right)) {
    PyErr_SetString(PyExc_TypeError, `can only concatenate str (not "${right.ob_type.tp_name}") to str`);
  }
  const a = left as PyUnicodeObject, b = right as PyUnicodeObject;
  if (a.length === 0 && b.ob_type === PyUnicode_Type) return Py_NewRef(b);
  if (b.length === 0 && a.ob_type === PyUnicode_Type) return Py_NewRef(a);
  const length = a.length + b.length;
  const kind = a.kind > b.kind ? a.kind : b.kind;
  _PyUnicode_CheckNew(length, kind, a.ascii && b.ascii, a.str.length + b.str.length);
  return allocUnicode(a.str + b.str, length, kind, a.ascii && b.ascii);
}

/** PyUnicode_Append semantics for `s += t` when the VM wants it: same result object rules as Concat. */
export const unicode_concat = PyUnicode_Concat;

/** `len > PY_SSIZE_T_MAX / n` (integer division), the overflow test of the repeat
 *  functions, exactly (the product can exceed 2**53). */
export function _Py_RepeatOverflows(len: number, n: number): boolean {
  if (len * n < 2 ** 62) return false;
  return BigInt(len) > ((1n << 63n) - 1n) / BigInt(n);
}

/** unicode_repeat: '' for n <= 0 or an empty string, s itself for n == 1. */
export function unicode_repeat(o: PyObject, n: number): PyObject {
  const u = o as PyUnicodeObject;
  if (n < 1 || u.length === 0) return unicode_new_empty();
  if (n === 1 && u.ob_type === PyUnicode_Type) return Py_NewRef(u);
  // PY_SSIZE_T_MAX / n overflow check, then PyUnicode_New: a result beyond the
  // simulated memory is a MemoryError before anything is built on the host.
  if (_Py_RepeatOverflows(u.length, n)) PyErr_SetString(PyExc_OverflowError, 'repeated string is too long');
  _PyUnicode_CheckNew(u.length * n, u.kind, u.ascii, u.str.length * n);
  _PyEval_ChargeBulkWork(u.length * n); // its work, before doing it (vm/chargework.ts)
  return allocUnicode(u.str.repeat(n), u.length * n, u.kind, u.ascii);
}

function unicode_getitem(o: PyObject, i: number): PyObject {
  const u = o as PyUnicodeObject;
  if (i < 0 || i >= u.length) PyErr_SetString(PyExc_IndexError, 'string index out of range');
  return unicode_char(PyUnicode_READ_CHAR(u, i));
}

function unicode_subscript(o: PyObject, item: PyObject): PyObject {
  const u = o as PyUnicodeObject;
  if (PyLong_Check(item) || PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += u.length;
    return unicode_getitem(u, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, step] = PySlice_Unpack(item);
    const [start, , slicelength] = PySlice_AdjustIndices(u.length, start0, stop0, step);
    if (slicelength <= 0) return unicode_new_empty();
    if (start === 0 && step === 1 && slicelength === u.length && u.ob_type === PyUnicode_Type) return Py_NewRef(u);
    if (step === 1) return PyUnicode_Substring(u, start, start + slicelength);
    let out = '';
    if (u.length === u.str.length) {
      const s = u.str;
      for (let i = 0, cur = start; i < slicelength; i++, cur += step) out += s[cur];
    } else {
      const cps = codePoints(u);
      for (let i = 0, cur = start; i < slicelength; i++, cur += step) out += String.fromCodePoint(cps[cur]);
    }
    return u.ascii ? allocUnicode(out, slicelength, UnicodeKind.ONE, true) : _PyUnicode_NewFromText(out);
  }
  return PyErr_SetString(PyExc_TypeError, `string indices must be integers, not '${item.ob_type.tp_name}'`);
}

/** PyUnicode_Contains: `sub in s`. */
export function PyUnicode_Contains(o: PyObject, sub: PyObject): boolean {
  if (!PyUnicode_Check(sub)) {
    PyErr_SetString(PyExc_TypeError, `'in <string>' requires string as left operand, not ${sub.ob_type.tp_name}`);
  }
  return (o as PyUnicodeObject).str.includes(sub.str);
}

/** unicode_str: an exact str is its own str(); a subclass instance gives a plain copy. */
function unicode_str(o: PyObject): PyObject {
  if (o.ob_type === PyUnicode_Type) return Py_NewRef(o);
  return _PyUnicode_Copy(o as PyUnicodeObject);
}

export function _PyUnicode_Copy(u: PyUnicodeObject): PyUnicodeObject {
  return _PyUnicode_FromKnown(u.str, u.length, u.kind, u.ascii);
}

// ---------------------------------------------------------------------------
// repr (unicode_repr)

const NONPRINTABLE = /[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Py_UNICODE_ISPRINTABLE. */
export function _PyUnicode_IsPrintable(c: number): boolean {
  if (c < 128) return c >= 32 && c < 127;
  if (c === 0x20) return true;
  return !NONPRINTABLE.test(String.fromCodePoint(c));
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

/** repr() text of a str (quotes and escapes exactly as unicode_repr). */
export function unicode_repr_text(s: string): string {
  let hasSingle = false, hasDouble = false, plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
    else if (c < 32 || c >= 127 || c === 92) plain = false;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  if (plain && !(hasSingle && hasDouble)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c === 39 && quote === "'") out += "\\'";
    else if (c === 92) out += '\\\\';
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c === 127) out += '\\x' + hex(c, 2);
    else if (c < 127) out += ch;
    else if (_PyUnicode_IsPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + quote;
}

/** ascii(): repr with every non-ASCII character escaped. */
export function unicode_ascii_text(reprText: string): string {
  let out = '';
  for (const ch of reprText) {
    const c = ch.codePointAt(0) as number;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out;
}

function unicode_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(unicode_repr_text((o as PyUnicodeObject).str));
}

// ---------------------------------------------------------------------------
// Join, FORMAT_VALUE and BUILD_STRING support

/** _PyUnicode_JoinArray(sep, items): str.join over an array (BUILD_STRING uses sep ''). */
export function _PyUnicode_JoinArray(sep: PyObject, items: readonly PyObject[], n: number = items.length): PyObject {
  if (n === 0) return unicode_new_empty();
  _PyEval_ChargeWork(n); // one step per item joined (vm/chargework.ts)
  const s = sep as PyUnicodeObject;
  if (n === 1) {
    const it = items[0];
    if (it.ob_type === PyUnicode_Type) return Py_NewRef(it);
  }
  let length = 0;
  let kind: UnicodeKind = s.kind;
  let ascii = s.ascii;
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const it = items[i];
    if (!PyUnicode_Check(it)) {
      PyErr_SetString(PyExc_TypeError, `sequence item ${i}: expected str instance, ${it.ob_type.tp_name} found`);
    }
    parts[i] = it.str;
    length += it.length;
    if (it.kind > kind) kind = it.kind;
    ascii = ascii && it.ascii;
  }
  if (n > 1) length += s.length * (n - 1);
  // PyUnicode_New(length, maxchar): a block beyond the simulated memory is a
  // MemoryError, raised before any text is built.
  let units = s.str.length * (n - 1);
  for (let i = 0; i < n; i++) units += parts[i].length;
  _PyUnicode_CheckNew(length, kind, ascii, units);
  // A few parts are concatenated with `+`: V8 then links them (a rope, copied only if
  // ever flattened) instead of join's copy of every character.
  let text: string;
  if (n <= 4) {
    text = parts[0];
    for (let i = 1; i < n; i++) text = text + s.str + parts[i];
  } else text = parts.join(s.str);
  return _PyUnicode_NewKnown(text, length, kind, ascii);
}

/** FVC_* conversion codes of FORMAT_VALUE's oparg (Include/ceval.h). */
export const enum FormatConversion { NONE = 0, STR = 1, REPR = 2, ASCII = 3 }

/** FORMAT_VALUE (Python/ceval.c): applies !s/!r/!a, then format(value, spec)
 *  unless the value is already an exact str and there is no spec. Borrowed arguments,
 *  new reference returned. */
export function _PyUnicode_FormatValue(value: PyObject, conversion: FormatConversion, spec: PyObject | null): PyObject {
  let v = value;
  let owned = false;
  switch (conversion) {
    case FormatConversion.STR: v = PyObject_Str(value); owned = true; break;
    case FormatConversion.REPR: v = PyObject_Repr(value); owned = true; break;
    case FormatConversion.ASCII: v = PyObject_ASCII(value); owned = true; break;
    default: break;
  }
  try {
    if (spec === null && v.ob_type === PyUnicode_Type) {
      Py_INCREF(v);
      return v;
    }
    return PyObject_Format(v, spec);
  } finally {
    if (owned) Py_DECREF(v);
  }
}

// ---------------------------------------------------------------------------
// Iterators: str_ascii_iterator (3.11, ASCII strings) and str_iterator.

export class PyUnicodeIterObject extends PyObject {
  it_seq: PyUnicodeObject | null;
  it_index = 0;
  constructor(type: PyTypeObject, seq: PyUnicodeObject) {
    super(type);
    this.it_seq = seq;
  }
}

export const PyUnicodeIter_Type = new PyTypeObject(PyType_Type, 'str_iterator', 32, 0, TypeFlags.HAVE_GC);
export const _PyUnicodeASCIIIter_Type = new PyTypeObject(PyType_Type, 'str_ascii_iterator', 32, 0, TypeFlags.HAVE_GC);

function unicode_iter(o: PyObject): PyObject {
  const u = o as PyUnicodeObject;
  const type = u.ascii ? _PyUnicodeASCIIIter_Type : PyUnicodeIter_Type;
  const it = _PyObject_GC_New(new PyUnicodeIterObject(type, u), 32);
  Py_INCREF(u);
  PyObject_GC_Track(it);
  return it;
}

function unicodeiter_next(o: PyObject): PyObject | null {
  const it = o as PyUnicodeIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.length) return unicode_char(PyUnicode_READ_CHAR(seq, it.it_index++));
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function unicodeiter_dealloc(o: PyObject): void {
  const it = o as PyUnicodeIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
}

function unicodeiter_traverse(o: PyObject, visit: (t: PyObject, label: string) => void): void {
  const seq = (o as PyUnicodeIterObject).it_seq;
  if (seq !== null) visit(seq, 'it_seq');
}

function unicodeiter_len(o: PyObject): PyObject {
  const it = o as PyUnicodeIterObject;
  return PyLong_FromNumber(it.it_seq === null ? 0 : it.it_seq.length - it.it_index);
}

for (const IT of [PyUnicodeIter_Type, _PyUnicodeASCIIIter_Type]) {
  IT.tp_dealloc = unicodeiter_dealloc;
  IT.tp_free = PyObject_GC_Del;
  IT.tp_iter = (self) => Py_NewRef(self);
  IT.tp_iternext = unicodeiter_next;
  IT.tp_traverse = unicodeiter_traverse;
  IT.tp_refs = unicodeiter_traverse;
  IT.tp_methods = [{ ml_name: '__length_hint__', ml_meth: unicodeiter_len, ml_flags: 0x0004 /* METH_NOARGS */ }];
}

// ---------------------------------------------------------------------------
// Type slots (methods, %, __format__ and the constructor are in unicode_methods.ts,
// unicode_format.ts and formatter.ts, which fill in the rest of PyUnicode_Type).

const T = PyUnicode_Type;
T.tp_dealloc = unicode_dealloc;
T.tp_free = PyObject_Free;
T.tp_repr = unicode_repr;
T.tp_str = unicode_str;
T.tp_hash = unicode_hash;
T.tp_richcompare = PyUnicode_RichCompare;
T.tp_iter = unicode_iter;
T.tp_sizeof = unicode_sizeof;
T.sq_length = unicode_length;
T.sq_concat = PyUnicode_Concat;
T.sq_repeat = unicode_repeat;
T.sq_item = unicode_getitem;
T.sq_contains = PyUnicode_Contains;
T.mp_length = unicode_length;
T.mp_subscript = unicode_subscript;

_Py_RegisterExactHash(PyUnicode_Type, unicode_hash_exact);

