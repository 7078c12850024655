// The bytes type (Objects/bytesobject.c, 3.11) and the codecs the subset needs
// (utf-8, ascii, latin-1 with errors strict/ignore/replace: Objects/unicodeobject.c
// PyUnicode_AsEncodedString / PyUnicode_Decode). b'' and the 256 one-byte strings are
// static singletons (_Py_SINGLETON(bytes_empty), bytes_characters).

import { _PyBytes_HostBuffer } from './bytes_storage';
import { PyObject, PyTypeObject, TypeFlags, CompareOp, Py_NewRef, Py_DECREF, Py_INCREF, _Py_RegisterStatic, rt } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_New, PyObject_Free, _PyObject_GC_New, PyObject_GC_Track, PyObject_GC_UnTrack, PyObject_GC_Del } from './objalloc';
import { PyErr_SetString, PyErr_SetObject, PyErr_NoMemory, PyErr_Clear, isPyExc } from './errors';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_LookupError, PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError, PyExc_OverflowError,
} from './exceptions';
import { Py_NotImplemented, Py_None } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_Check, PyLong_FromNumber, _Py_CompareResult, _PyLong_Value, type PyLongObject } from './longobject';
import { PyUnicodeObject, PyUnicode_Check } from './unicode_type';
import { HOST_MAX_STRING_LENGTH } from '../memory/budget';
import { PyUnicode_FromString, _PyUnicode_NewFromText, unicode_new_empty, _Py_RepeatOverflows, _PyUnicode_CheckUnits } from './unicodeobject';
import { _Py_HashBytes, _Py_HashBytesExact, _Py_RegisterExactHash } from './pyhash';
import {
  PyIndex_Check, PyNumber_AsSsize_t, PyObject_GetIter, PyIter_Next, PyNumber_Index, PyObject_CallOneArg,
  PyObject_CallNoArgs, _Py_ID,
} from './abstract';
import { _PyObject_LookupSpecial } from './typeobject';
import { PyObject_LengthHint } from './containerutil';
import { _PyObject_GetBufferView, _PyType_SetBufferProc } from './buffer';
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices } from './sliceobject';
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject } from './tupleobject';
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional, _PyArg_CheckTuple } from './argparse';
import { METH, METH_VARARGS_of, type PyMethodDef } from './methoddef';
import { sharedBytesMethods, inCPythonOrder, fromhex_bytes, bytes_mod_refused } from './bytes_methods';
import { TYPE_DICTS } from '../profiles/py311-names';
import statics from './numtext_statics.json';
import { StaticLayout } from '../memory/static';
import { _PyEval_ChargeBulkWork } from '../vm/chargework';

export class PyBytesObject extends PyObject {
  ob_sval: Uint8Array;
  /** ob_shash: cached hash (number form), -1 until computed. */
  ob_shash = -1;
  constructor(type: PyTypeObject, v: Uint8Array) {
    super(type);
    this.ob_sval = v;
  }
}

/** PyBytesObject_SIZE: offsetof(PyBytesObject, ob_sval) + 1 (the trailing NUL). */
const PyBytesObject_SIZE = 33;

export const PyBytes_Type = new PyTypeObject(PyType_Type, 'bytes', PyBytesObject_SIZE, 1,
  TypeFlags.BASETYPE | TypeFlags.BYTES_SUBCLASS | TypeFlags.IMMUTABLETYPE);

export function PyBytes_Check(o: PyObject): o is PyBytesObject {
  return (o.ob_type.tp_flags & TypeFlags.BYTES_SUBCLASS) !== 0;
}

export function PyBytes_CheckExact(o: PyObject): o is PyBytesObject {
  return o.ob_type === PyBytes_Type;
}

export const _Py_EmptyBytes = _Py_RegisterStatic(new PyBytesObject(PyBytes_Type, new Uint8Array(0)), statics.empty_bytes);
export const _Py_BytesCharacters: PyBytesObject[] = [];
const staticLayout = new StaticLayout();
_Py_EmptyBytes.ob_addr = staticLayout.staticAddress("b''");
for (let c = 0; c < 256; c++) {
  const o = _Py_RegisterStatic(new PyBytesObject(PyBytes_Type, Uint8Array.of(c)), statics.bytes1[c]);
  o.ob_addr = staticLayout.bytesChar(c);
  _Py_BytesCharacters.push(o);
}

/** PyBytes_FromStringAndSize(NULL, n) filled afterwards (_PyBytes_FromSize): b'' is the
 *  singleton, one byte is a new object (takes ownership of u8). */
export function _PyBytes_FromSize(u8: Uint8Array): PyBytesObject {
  if (u8.length === 0) {
    _Py_EmptyBytes.ob_refcnt++;
    return _Py_EmptyBytes;
  }
  return _PyObject_New(new PyBytesObject(PyBytes_Type, u8), PyBytesObject_SIZE + u8.length);
}

/** PyBytes_FromStringAndSize: singletons for b'' and one byte, else a new object
 *  (takes ownership of u8). */
export function PyBytes_FromBytes(u8: Uint8Array): PyBytesObject {
  if (u8.length <= 1) {
    const o = u8.length === 0 ? _Py_EmptyBytes : _Py_BytesCharacters[u8[0]];
    o.ob_refcnt++;
    return o;
  }
  return _PyObject_New(new PyBytesObject(PyBytes_Type, u8), PyBytesObject_SIZE + u8.length);
}

function bytes_dealloc(o: PyObject): void {
  const free = o.ob_type.tp_free;
  if (free !== null && o.ob_type !== PyBytes_Type) free(o);
  else PyObject_Free(o);
}

/** The bytes of a bytes object, or of any buffer (bytearray) the shared methods run on. */
function B(o: PyObject): Uint8Array {
  return PyBytes_Check(o) ? o.ob_sval : (_PyObject_GetBufferView(o) as Uint8Array);
}

/** bytes_repr text (PyBytes_Repr with smartquotes). */
export function bytes_repr_text(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === 39 && quote === "'") out += "\\'";
    else if (c === 92) out += '\\\\';
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

function bytes_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(bytes_repr_text(B(o)));
}

function bytes_hash(o: PyObject): number {
  const b = o as PyBytesObject;
  if (b.ob_shash === -1) {
    _PyEval_ChargeBulkWork(b.ob_sval.length); // hashing a long buffer (vm/chargework.ts)
    b.ob_shash = _Py_HashBytes(b.ob_sval, b.ob_sval.length);
  }
  return b.ob_shash;
}

function bytes_length(o: PyObject): number {
  return B(o).length;
}

function bytes_item(o: PyObject, i: number): PyObject {
  const b = B(o);
  if (i < 0 || i >= b.length) PyErr_SetString(PyExc_IndexError, 'index out of range');
  return PyLong_FromNumber(b[i]);
}

function bytes_subscript(o: PyObject, item: PyObject): PyObject {
  const b = B(o);
  if (PyLong_Check(item) || PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += b.length;
    return bytes_item(o, i);
  }
  if (PySlice_Check(item)) {
    const [s0, e0, step] = PySlice_Unpack(item);
    const [start, , len] = PySlice_AdjustIndices(b.length, s0, e0, step);
    if (len <= 0) return PyBytes_FromBytes(new Uint8Array(0));
    if (start === 0 && step === 1 && len === b.length && o.ob_type === PyBytes_Type) return Py_NewRef(o);
    const out = _PyBytes_HostBuffer(len);
    for (let k = 0, cur = start; k < len; k++, cur += step) out[k] = b[cur];
    return PyBytes_FromBytes(out);
  }
  return PyErr_SetString(PyExc_TypeError, `byte indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

function bytes_concat(a: PyObject, b: PyObject): PyObject {
  // Any two buffers (bytes + bytearray is bytes).
  const x = _PyObject_GetBufferView(a), y = _PyObject_GetBufferView(b);
  if (x === null || y === null) {
    PyErr_SetString(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  if (y.length === 0 && a.ob_type === PyBytes_Type) return Py_NewRef(a);
  if (x.length === 0 && b.ob_type === PyBytes_Type) return Py_NewRef(b);
  if (PyBytesObject_SIZE + x.length + y.length > rt.profile.memory.defaultMemoryCap) PyErr_NoMemory();
  const out = _PyBytes_HostBuffer(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return PyBytes_FromBytes(out);
}

function bytes_repeat(a: PyObject, n: number): PyObject {
  const x = B(a);
  if (n < 0) n = 0;
  if (n === 1 && a.ob_type === PyBytes_Type) return Py_NewRef(a);
  if (_Py_RepeatOverflows(x.length, n)) PyErr_SetString(PyExc_OverflowError, 'repeated bytes are too long');
  if (x.length * n > rt.profile.memory.defaultMemoryCap) PyErr_NoMemory();
  const size = x.length * n;
  const out = _PyBytes_HostBuffer(size);
  _PyEval_ChargeBulkWork(size); // its work, once the memory is allocated: a MemoryError comes first (vm/chargework.ts)
  // bytes_repeat (Objects/bytesobject.c) via _PyBytes_Repeat: copy once, then double the
  // filled prefix, so a short operand costs log2(n) copies instead of n.
  if (size > 0) {
    out.set(x, 0);
    let done = x.length;
    while (done < size) {
      const chunk = Math.min(done, size - done);
      out.copyWithin(done, 0, chunk);
      done += chunk;
    }
  }
  return PyBytes_FromBytes(out);
}

export function bytes_indexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  outer: for (let i = from; i + n <= to; i++) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function bytes_lastIndexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const n = needle.length;
  outer: for (let i = to - n; i >= from; i--) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A byte or a bytes-like argument of find/count/in (the int form must be 0..255). Not
 *  either: find and count say so (parse_args_finds_byte), `in` asks for a buffer
 *  (_Py_bytes_contains tries the int first, then PyObject_GetBuffer). */
function needleOf(o: PyObject, finds = true): Uint8Array {
  const view = _PyObject_GetBufferView(o);
  if (view !== null) return view;
  if (PyLong_Check(o) || PyIndex_Check(o)) {
    const v = PyNumber_AsSsize_t(o, PyExc_OverflowError);
    if (v < 0 || v > 255) PyErr_SetString(PyExc_ValueError, 'byte must be in range(0, 256)');
    return Uint8Array.of(v);
  }
  return PyErr_SetString(PyExc_TypeError, finds
    ? `argument should be integer or bytes-like object, not '${o.ob_type.tp_name}'`
    : `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
}

function bytes_contains(o: PyObject, v: PyObject): boolean {
  const b = B(o);
  const nd = needleOf(v, false);
  return bytes_indexOf(b, nd, 0, b.length) >= 0;
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

function bytes_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!PyBytes_Check(a) || !PyBytes_Check(b)) return Py_NewRef(Py_NotImplemented);
  if (a === b) return PyBool_FromLong(op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE);
  return PyBool_FromLong(_Py_CompareResult(compareBytes(a.ob_sval, b.ob_sval), op));
}

// ---------------------------------------------------------------------------
// Codecs

type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** The codec a name refers to (encodings.normalize_encoding + aliases), or LookupError. */
function lookupCodec(name: string): Codec {
  const n = name.toLowerCase().replace(/[-\s]/g, '_');
  if (n === 'utf_8' || n === 'utf8' || n === 'u8' || n === 'utf' || n === 'cp65001') return 'utf-8';
  if (n === 'ascii' || n === 'us_ascii' || n === '646' || n === 'us') return 'ascii';
  if (n === 'latin_1' || n === 'latin1' || n === 'iso_8859_1' || n === 'iso8859_1' || n === 'l1' || n === 'latin' || n === '8859' || n === 'cp819') return 'latin-1';
  return PyErr_SetString(PyExc_LookupError, `unknown encoding: ${name}`);
}

const utf8Encoder = typeof TextEncoder === 'undefined' ? null : new TextEncoder();

/** PyUnicode_AsEncodedString for the subset's codecs. */
export function _PyUnicode_Encode(text: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  _PyEval_ChargeBulkWork(text.length); // its work, before doing it (vm/chargework.ts)
  // Text without surrogates encodes the same everywhere: the host's encoder, in one go.
  if (codec === 'utf-8' && utf8Encoder !== null && !LONE_SURROGATE.test(text)) return utf8Encoder.encode(text);
  const cps = Array.from(text, (ch) => ch.codePointAt(0) as number);
  const limit = codec === 'ascii' ? 128 : codec === 'latin-1' ? 256 : 0x110000;
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const bad = codec === 'utf-8' ? (c >= 0xd800 && c <= 0xdfff) : c >= limit;
    if (bad) {
      if (errors === 'ignore') continue;
      if (errors === 'replace') { out.push(63); continue; }
      if (errors === 'backslashreplace') {
        const esc = c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0')
          : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
        for (let k = 0; k < esc.length; k++) out.push(esc.charCodeAt(k));
        continue;
      }
      // Errors cover the whole run of unencodable characters (strict).
      let j = i + 1;
      while (j < cps.length && (codec === 'utf-8' ? (cps[j] >= 0xd800 && cps[j] <= 0xdfff) : cps[j] >= limit)) j++;
      const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      raiseUnicodeError(PyExc_UnicodeEncodeError, codec, PyUnicode_FromString(text), i, j, reason);
    }
    if (codec !== 'utf-8' || c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** A surrogate code point the UTF-8 codec refuses (a pair stands for one character). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Raises UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason);
 *  steals `obj`. The exception's __str__ words the message as CPython does. */
function raiseUnicodeError(type: PyTypeObject, codec: string, obj: PyObject, start: number, end: number, reason: string): never {
  const parts = [PyUnicode_FromString(codec), obj, PyLong_FromNumber(start), PyLong_FromNumber(end), PyUnicode_FromString(reason)];
  const args = PyTuple_Pack(...parts);
  for (const p of parts) Py_DECREF(p);
  try {
    PyErr_SetObject(type, args);
  } finally {
    Py_DECREF(args);
  }
}

/** The input of the decode in progress, for its error (scratch, within one call). */
let decodeInput: Uint8Array = new Uint8Array(0);
function decodeError(codec: string, start: number, end: number, reason: string): never {
  raiseUnicodeError(PyExc_UnicodeDecodeError, codec, PyBytes_FromBytes(decodeInput.slice()), start, end, reason);
}

/** UTF-8 decoding with CPython's error positions and reasons. */
function decodeUtf8(b: Uint8Array, errors: string): string {
  let out = '';
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { out += String.fromCharCode(c); i++; continue; }
    let need = 0, cp = 0, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else {
      if (errors === 'strict') decodeError('utf-8', i, i + 1, 'invalid start byte');
      if (errors === 'replace') out += '\ufffd';
      i++;
      continue;
    }
    let k = 1;
    let ok = true;
    for (; k <= need; k++) {
      if (i + k >= n) { ok = false; break; }
      const d = b[i + k];
      const l = k === 1 ? lo : 0x80, h = k === 1 ? hi : 0xbf;
      if (d < l || d > h) { ok = false; break; }
      cp = (cp << 6) | (d & 63);
    }
    if (!ok) {
      const atEnd = i + k >= n;
      if (errors === 'strict') {
        // utf8 decoder: the error spans the valid prefix (or runs to the end of the data).
        decodeError('utf-8', i, atEnd ? n : i + k, atEnd ? 'unexpected end of data' : 'invalid continuation byte');
      }
      if (errors === 'replace') out += '\ufffd';
      i += k;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** The host's UTF-8 decoder: exactly CPython's strict 'utf-8' codec on valid input
 *  (the same rejection of overlong forms and encoded surrogates; a BOM is kept, as
 *  'utf-8' keeps it) and native-fast. On invalid input it throws and decodeUtf8
 *  finds CPython's error position or applies the error handler. */
const utf8Strict = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Latin-1 (and checked ASCII) text of bytes, in chunks: one String.fromCharCode call
 *  per 8192 bytes instead of a string concatenation per byte. */
function latin1Text(b: Uint8Array): string {
  const CHUNK = 8192;
  if (b.length <= CHUNK) return String.fromCharCode.apply(null, b as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < b.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, b.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/** The length in UTF-16 units of the str these bytes decode to (at most): a UTF-8
 *  character is one unit per lead byte, two for a 4-byte one; other codecs one per byte. */
function decodedUnits(b: Uint8Array, codec: Codec): number {
  if (codec !== 'utf-8') return b.length;
  let units = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x80 || c >= 0xc0) units += c >= 0xf0 ? 2 : 1;
  }
  return units;
}

/** PyUnicode_Decode: bytes → str for the subset's codecs. */
export function _PyUnicode_Decode(o: PyObject, encoding: string, errors: string): PyObject {
  const b = B(o);
  const codec = lookupCodec(encoding);
  // A result longer than the host's longest string: MemoryError before decoding.
  if (b.length > HOST_MAX_STRING_LENGTH) _PyUnicode_CheckUnits(decodedUnits(b, codec));
  _PyEval_ChargeBulkWork(b.length); // its work, before doing it (vm/chargework.ts)
  decodeInput = b;
  let text = '';
  if (codec === 'utf-8') {
    let fast: string | null = null;
    if (utf8Strict !== null) {
      try {
        fast = utf8Strict.decode(b);
      } catch {
        fast = null;
      }
    }
    text = fast ?? decodeUtf8(b, errors);
  } else if (codec === 'latin-1') {
    text = latin1Text(b);
  } else if (b.every((c) => c < 128)) {
    text = latin1Text(b);
  } else {
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c >= 128) {
        if (errors === 'strict') decodeError('ascii', i, i + 1, 'ordinal not in range(128)');
        if (errors === 'replace') text += '\ufffd';
        continue;
      }
      text += String.fromCharCode(c);
    }
  }
  // The decoders build through _PyUnicodeWriter / unicode_result: '' and one Latin-1
  // character come back as the singletons.
  return PyUnicode_FromString(text);
}

function encodingArgs(name: string, args: PyObject[], nargs: number, kwnames: PyObject | null): [string, string] {
  const [encObj, errObj] = _PyArg_UnpackKeywords(name, args, nargs, kwnames, ['encoding', 'errors'], 0);
  let enc = 'utf-8', err = 'strict';
  if (encObj !== null) {
    if (!PyUnicode_Check(encObj)) PyErr_SetString(PyExc_TypeError, `${name}() argument 'encoding' must be str, not ${encObj.ob_type.tp_name}`);
    enc = encObj.str;
  }
  if (errObj !== null) {
    if (!PyUnicode_Check(errObj)) PyErr_SetString(PyExc_TypeError, `${name}() argument 'errors' must be str, not ${errObj.ob_type.tp_name}`);
    err = errObj.str;
  }
  return [enc, err];
}

/** str.encode(encoding='utf-8', errors='strict') */
export function unicode_encode(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [enc, err] = encodingArgs('encode', args, nargs, kwnames);
  return PyBytes_FromBytes(_PyUnicode_Encode((self as PyUnicodeObject).str, enc, err));
}

function bytes_decode(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [enc, err] = encodingArgs('decode', args, nargs, kwnames);
  return _PyUnicode_Decode(self, enc, err);
}

// ---------------------------------------------------------------------------
// Methods

function sliceArg(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === Py_None) return dflt;
  return PyNumber_AsSsize_t(o, null);
}

function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}

function findImpl(name: string, self: PyObject, args: PyObject[], nargs: number, reverse: boolean): number {
  _PyArg_CheckTuple(name, nargs, 1, 3);
  const b = B(self);
  const nd = needleOf(args[0]);
  const [s, e] = adjust(sliceArg(args[1], 0), sliceArg(args[2], Number.MAX_SAFE_INTEGER), b.length);
  if (e - s < nd.length) return -1;
  return reverse ? bytes_lastIndexOf(b, nd, s, e) : bytes_indexOf(b, nd, s, e);
}

function bytes_count(self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckTuple('count', nargs, 1, 3);
  const b = B(self);
  const nd = needleOf(args[0]);
  const [s, e] = adjust(sliceArg(args[1], 0), sliceArg(args[2], Number.MAX_SAFE_INTEGER), b.length);
  if (e < s) return PyLong_FromNumber(0);
  if (nd.length === 0) return PyLong_FromNumber(e - s + 1);
  let n = 0;
  let i = bytes_indexOf(b, nd, s, e);
  while (i >= 0) { n++; i = bytes_indexOf(b, nd, i + nd.length, e); }
  return PyLong_FromNumber(n);
}

function startsEnds(name: 'startswith' | 'endswith', self: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckTuple(name, nargs, 1, 3);
  const b = B(self);
  const [s, e] = adjust(sliceArg(args[1], 0), sliceArg(args[2], Number.MAX_SAFE_INTEGER), b.length);
  const test = (p: Uint8Array): boolean => {
    if (e - s < p.length) return false;
    const at = name === 'startswith' ? s : e - p.length;
    for (let i = 0; i < p.length; i++) if (b[at + i] !== p[i]) return false;
    return true;
  };
  const arg = args[0];
  if (PyTuple_Check(arg)) {
    for (const item of (arg as PyTupleObject).ob_item) {
      if (!PyBytes_Check(item)) PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${item.ob_type.tp_name}'`);
      if (test(item.ob_sval)) return PyBool_FromLong(true);
    }
    return PyBool_FromLong(false);
  }
  if (!PyBytes_Check(arg)) {
    PyErr_SetString(PyExc_TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${arg.ob_type.tp_name}`);
  }
  return PyBool_FromLong(test(arg.ob_sval));
}

function bytes_hex(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [sepObj] = _PyArg_UnpackKeywords('hex', args, nargs, kwnames, ['sep', 'bytes_per_sep'], 0);
  const b = B(self);
  const parts = Array.from(b, (c) => c.toString(16).padStart(2, '0'));
  let sep = '';
  if (sepObj !== null) {
    sep = PyUnicode_Check(sepObj) ? sepObj.str : PyBytes_Check(sepObj) ? String.fromCharCode(...sepObj.ob_sval) : '';
    if (sep.length !== 1) PyErr_SetString(PyExc_ValueError, 'sep must be length 1.');
  }
  return _PyUnicode_NewFromText(parts.join(sep));
}

/** bytes.fromhex(string, /): bytes, or cls(bytes) for a subclass. */
function bytes_fromhex(cls: PyObject, arg: PyObject): PyObject {
  const r = PyBytes_FromBytes(fromhex_bytes(arg));
  if (cls === PyBytes_Type) return r;
  try {
    return PyObject_CallOneArg(cls, r);
  } finally {
    Py_DECREF(r);
  }
}

/** rfind's search (also rindex's). */
export function bytes_rfind_impl(s: PyObject, a: PyObject[], n: number): number {
  return findImpl('rfind', s, a, n, true);
}

/** The methods bytes shares with bytearray read either type; own ones first. */
export const bytes_methods: PyMethodDef[] = [
  { ml_name: 'decode', ml_meth: bytes_decode, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'hex', ml_meth: bytes_hex, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'find', ml_meth: METH_VARARGS_of((s: PyObject, a: PyObject[], n: number) => PyLong_FromNumber(findImpl('find', s, a, n, false))), ml_flags: METH.VARARGS },
  { ml_name: 'rfind', ml_meth: METH_VARARGS_of((s: PyObject, a: PyObject[], n: number) => PyLong_FromNumber(bytes_rfind_impl(s, a, n))), ml_flags: METH.VARARGS },
  { ml_name: 'index', ml_meth: METH_VARARGS_of((s: PyObject, a: PyObject[], n: number) => {
    const r = findImpl('index', s, a, n, false);
    if (r < 0) PyErr_SetString(PyExc_ValueError, 'subsection not found');
    return PyLong_FromNumber(r);
  }), ml_flags: METH.VARARGS },
  { ml_name: 'count', ml_meth: METH_VARARGS_of(bytes_count), ml_flags: METH.VARARGS },
  { ml_name: 'startswith', ml_meth: METH_VARARGS_of((s: PyObject, a: PyObject[], n: number) => startsEnds('startswith', s, a, n)), ml_flags: METH.VARARGS },
  { ml_name: 'endswith', ml_meth: METH_VARARGS_of((s: PyObject, a: PyObject[], n: number) => startsEnds('endswith', s, a, n)), ml_flags: METH.VARARGS },
];

const bytes_own_methods: PyMethodDef[] = [
  { ml_name: 'fromhex', ml_meth: bytes_fromhex, ml_flags: METH.O | METH.CLASS },
  { ml_name: '__getnewargs__', ml_meth: (s: PyObject) => Py_NewRef(s), ml_flags: METH.NOARGS },
  // bytes.__bytes__ (3.11): the object itself, or an exact copy of a subclass instance.
  { ml_name: '__bytes__', ml_meth: (s: PyObject) => (PyBytes_CheckExact(s) ? Py_NewRef(s) : PyBytes_FromBytes(B(s).slice())), ml_flags: METH.NOARGS },
];

// ---------------------------------------------------------------------------
// bytes(source=b'', encoding, errors)

/** PyObject_Bytes: bytes(x) without bytes()'s integer and str cases: the object itself
 *  when an exact bytes, its __bytes__(), or PyBytes_FromObject (a buffer or an iterable
 *  of ints). */
export function PyObject_Bytes(x: PyObject): PyObject {
  if (PyBytes_CheckExact(x)) return Py_NewRef(x);
  const func = _PyObject_LookupSpecial(x, _Py_ID('__bytes__'));
  if (func !== null) return callBytesDunder(func);
  if (PyUnicode_Check(x) || PyLong_Check(x)) PyErr_SetString(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
  return PyBytes_FromObject(x);
}

/** x.__bytes__() (the bound special method, consumed), which must return a bytes. */
function callBytesDunder(func: PyObject): PyObject {
  let r: PyObject;
  try {
    r = PyObject_CallNoArgs(func);
  } finally {
    Py_DECREF(func);
  }
  if (!PyBytes_Check(r)) {
    const tn = r.ob_type.tp_name;
    Py_DECREF(r);
    PyErr_SetString(PyExc_TypeError, `__bytes__ returned non-bytes (type ${tn})`);
  }
  return r;
}

/** bytes_new_impl for one argument: __bytes__, then an int (a zeroed buffer), then
 *  PyBytes_FromObject. */
function bytes_from_object(x: PyObject): PyObject {
  if (PyBytes_CheckExact(x)) return Py_NewRef(x);
  const func = _PyObject_LookupSpecial(x, _Py_ID('__bytes__'));
  if (func !== null) return callBytesDunder(func);
  if (PyUnicode_Check(x)) PyErr_SetString(PyExc_TypeError, 'string argument without an encoding');
  if (PyLong_Check(x) || PyIndex_Check(x)) {
    const n = PyNumber_AsSsize_t(x, PyExc_OverflowError);
    if (n < 0) PyErr_SetString(PyExc_ValueError, 'negative count');
    if (PyBytesObject_SIZE + n > rt.profile.memory.defaultMemoryCap) PyErr_NoMemory();
    return PyBytes_FromBytes(new Uint8Array(n));
  }
  return PyBytes_FromObject(x);
}

/** PyBytes_FromObject: a buffer's bytes, or an iterable of ints in range(256). */
function PyBytes_FromObject(x: PyObject): PyObject {
  const view = _PyObject_GetBufferView(x);
  if (view !== null) return PyBytes_FromBytes(view.slice()); // _PyBytes_FromBuffer
  let it: PyObject;
  try {
    it = PyObject_GetIter(x);
  } catch (e) {
    if (!isPyExc(e, PyExc_TypeError)) throw e;
    PyErr_Clear(e);
    return PyErr_SetString(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
  }
  try {
    return _PyBytes_FromIterator(it, x);
  } finally {
    Py_DECREF(it);
  }
}

/** _PyBytes_FromIterator: the size guess comes from x (__len__ or __length_hint__, after
 *  __iter__), then each item's __index__ must be in range(256). */
function _PyBytes_FromIterator(it: PyObject, x: PyObject): PyObject {
  PyObject_LengthHint(x, 64);
  const out: number[] = [];
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) break;
    try {
      const iv = PyNumber_Index(item);
      const v = _PyLong_Value(iv as PyLongObject);
      Py_DECREF(iv);
      if (typeof v !== 'number' || v < 0 || v > 255) PyErr_SetString(PyExc_ValueError, 'bytes must be in range(0, 256)');
      out.push(v);
    } finally {
      Py_DECREF(item);
    }
  }
  return PyBytes_FromBytes(Uint8Array.from(out));
}

function bytes_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [x, enc, errs] = _PyArg_UnpackKeywords('bytes', args, nargs, kwnames, ['source', 'encoding', 'errors'], 0);
  let r: PyObject;
  if (x === null) {
    if (enc !== null || errs !== null) PyErr_SetString(PyExc_TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    r = PyBytes_FromBytes(new Uint8Array(0));
  } else if (enc !== null || errs !== null) {
    if (!PyUnicode_Check(x)) PyErr_SetString(PyExc_TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    r = PyBytes_FromBytes(_PyUnicode_Encode(x.str, enc === null ? 'utf-8' : (enc as PyUnicodeObject).str, errs === null ? 'strict' : (errs as PyUnicodeObject).str));
  } else {
    r = bytes_from_object(x);
  }
  if (type === PyBytes_Type) return r;
  if (type.tp_alloc === null) throw new Error(`internal: ${type.tp_name} has no tp_alloc`);
  const o = type.tp_alloc(type, B(r).length) as PyBytesObject;
  o.ob_sval = B(r).slice();
  o.ob_shash = -1;
  Py_DECREF(r);
  return o;
}

function bytes_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const items = (args as PyTupleObject).ob_item;
  if (kwargs !== null) PyErr_SetString(PyExc_TypeError, 'bytes() keyword arguments are not supported by PyHeap');
  return bytes_vectorcall(type, items, items.length, null);
}

// ---------------------------------------------------------------------------
// bytes_iterator

class PyBytesIterObject extends PyObject {
  it_seq: PyBytesObject | null;
  it_index = 0;
  constructor(type: PyTypeObject, seq: PyBytesObject) {
    super(type);
    this.it_seq = seq;
  }
}

export const PyBytesIter_Type = new PyTypeObject(PyType_Type, 'bytes_iterator', 32, 0, TypeFlags.HAVE_GC);

function bytes_iter(o: PyObject): PyObject {
  const it = _PyObject_GC_New(new PyBytesIterObject(PyBytesIter_Type, o as PyBytesObject), 32);
  Py_INCREF(o);
  PyObject_GC_Track(it);
  return it;
}

PyBytesIter_Type.tp_iter = (s) => Py_NewRef(s);
PyBytesIter_Type.tp_iternext = (o) => {
  const it = o as PyBytesIterObject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.ob_sval.length) return PyLong_FromNumber(seq.ob_sval[it.it_index++]);
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
};
PyBytesIter_Type.tp_dealloc = (o) => {
  const it = o as PyBytesIterObject;
  PyObject_GC_UnTrack(it);
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
  PyObject_GC_Del(it);
};
PyBytesIter_Type.tp_free = PyObject_GC_Del;
PyBytesIter_Type.tp_traverse = (o, visit) => {
  const seq = (o as PyBytesIterObject).it_seq;
  if (seq !== null) visit(seq, 'it_seq');
};
PyBytesIter_Type.tp_refs = PyBytesIter_Type.tp_traverse;

const T = PyBytes_Type;
T.tp_dealloc = bytes_dealloc;
T.tp_free = PyObject_Free;
T.tp_repr = bytes_repr;
T.tp_str = bytes_repr;
T.tp_hash = bytes_hash;
T.tp_richcompare = bytes_richcompare;
T.tp_iter = bytes_iter;
T.tp_sizeof = (o) => PyBytesObject_SIZE + B(o).length;
T.tp_methods = inCPythonOrder([...bytes_methods, ...bytes_own_methods, ...sharedBytesMethods('bytes', bytes_rfind_impl)],
  TYPE_DICTS.bytes);
T.nb_remainder = bytes_mod_refused;
T.tp_new = bytes_new;
// No vectorcall constructor in 3.11: str(x)/int(x)/bytes(x) go through type_call with
// an argument tuple (measured: one more GC allocation than list(x); 3.12 adds vectorcall).
T.sq_length = bytes_length;
T.sq_concat = bytes_concat;
T.sq_repeat = bytes_repeat;
T.sq_item = bytes_item;
T.sq_contains = bytes_contains;
T.mp_length = bytes_length;
T.mp_subscript = bytes_subscript;

_Py_RegisterExactHash(PyBytes_Type, (o) => _Py_HashBytesExact(B(o), B(o).length));
_PyType_SetBufferProc(PyBytes_Type, (o) => (o as PyBytesObject).ob_sval);

void unicode_new_empty;
