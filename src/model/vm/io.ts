// sys.stdout / sys.stderr as 3.11's io.TextIOWrapper over a pipe
// (Modules/_io/textio.c). What matters for the heap: write() does not copy the
// text right away — it keeps the str object itself in `pending_bytes` (first the
// object alone, then a list of them) until 8192 bytes are pending or someone
// flushes. So after `print(s)` the str has one more reference (held by the
// pending list) and the list is a real GC-tracked allocation, exactly as in
// `python prog.py | cat`. stdout over a pipe is not line-buffered; stderr is
// (write-through line buffering, as CPython sets it up for stderr).

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags } from '../objects/object';
import type { RefVisitor } from '../objects/object';
import { PyType_Type } from '../objects/typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from '../objects/objalloc';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_NotImplementedError } from '../objects/exceptions';
import { PyNumber_AsSsize_t } from '../objects/abstract';
import { Py_None } from '../objects/singletons';
import { PyUnicode_Check, PyUnicode_AsString, PyUnicode_FromString } from '../objects/unicodeobject';
import type { PyUnicodeObject } from '../objects/unicodeobject';
import { PyBytes_FromBytes, _PyUnicode_Encode } from '../objects/bytesobject';
import { PyList_New, PyList_SET_ITEM, PyList_Append, PyList_CheckExact } from '../objects/listobject';
import type { PyListObject } from '../objects/listobject';
import { PyLong_FromNumber } from '../objects/longobject';
import { METH } from '../objects/methoddef';
import type { PyMethodDef } from '../objects/methoddef';
import { PyObject_GetAttr, PyObject_Str, PyObject_CallOneArg, PyObject_CallMethod, _Py_ID } from '../objects/abstract';

/** Where flushed text goes on the host side. */
export interface TextSink {
  write(text: string): void;
}

/** sizeof(textio) (tp_basicsize 192, getsizeof 208 with the GC head). */
const TEXTIO_BASICSIZE = 192;

export const PyTextIOWrapper_Type = new PyTypeObject(PyType_Type, '_io.TextIOWrapper', TEXTIO_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

/** Where sys.stdin's text comes from: the whole text, or a function returning the next
 *  chunk (null at end of input). */
export type StdinSource = string | (() => string | null);

export class PyTextIOWrapperObject extends PyObject {
  /** sys.stdin: the host's input, text read but not consumed yet, whether it has ended. */
  source: (() => string | null) | null = null;
  readbuf = '';
  eof = false;
  /** NULL, one str/bytes object, or a list of them (owned). */
  pending_bytes: PyObject | null = null;
  pending_bytes_count = 0;
  chunk_size = 8192;
  line_buffering: boolean;
  write_through: boolean;
  closed = false;
  name: string;
  sink: TextSink;
  /** The encoder's error handler: stdout's is strict, so `print('\ud800')` raises
   *  UnicodeEncodeError; stderr's escapes (create_stdio: "backslashreplace"). */
  readonly errors: 'strict' | 'backslashreplace';
  constructor(name: string, sink: TextSink, line_buffering: boolean, write_through: boolean) {
    super(PyTextIOWrapper_Type);
    this.name = name;
    this.errors = name === '<stderr>' ? 'backslashreplace' : 'strict';
    this.sink = sink;
    this.line_buffering = line_buffering;
    this.write_through = write_through;
  }
}

export function PyTextIOWrapper_New(name: string, sink: TextSink, line_buffering: boolean, write_through: boolean): PyTextIOWrapperObject {
  const o = new PyTextIOWrapperObject(name, sink, line_buffering, write_through);
  _PyObject_GC_New(o, TEXTIO_BASICSIZE);
  PyObject_GC_Track(o);
  return o;
}

/** sys.stdin: a readable TextIOWrapper over the host's input. The
 *  decoder's and buffer's own objects (CPython's BufferedReader, decoded_chars) are not
 *  modelled: each line read is one new str. */
export function PyTextIOWrapper_NewReader(name: string, source: StdinSource): PyTextIOWrapperObject {
  const o = PyTextIOWrapper_New(name, { write: () => undefined }, false, false);
  if (typeof source === 'string') {
    let given = false;
    o.source = () => {
      if (given) return null;
      given = true;
      return source;
    };
  } else {
    o.source = source;
  }
  return o;
}

/** Reads more input into readbuf; false at the end. CPython opens sys.stdin with
 *  newline='\n' on POSIX (create_stdio): no newline translation, lines end at '\n'. */
function fill(self: PyTextIOWrapperObject): boolean {
  if (self.eof || self.source === null) return false;
  const chunk = self.source();
  if (chunk === null) {
    self.eof = true;
    return false;
  }
  self.readbuf += chunk;
  return true;
}

/** The next line, with its '\n' ('' at the end of input). */
function readlineText(self: PyTextIOWrapperObject, size: number): string {
  for (;;) {
    const buf = self.readbuf;
    let end = buf.indexOf('\n');
    if (end >= 0 && (size < 0 || end < size)) end += 1;
    else if (size >= 0 && buf.length >= size) end = size;
    else if (!fill(self)) end = self.readbuf.length;
    else continue;
    const line = self.readbuf.slice(0, end);
    self.readbuf = self.readbuf.slice(end);
    return line;
  }
}

function checkReadable(self: PyTextIOWrapperObject): void {
  if (self.closed) PyErr_SetString(PyExc_ValueError, 'I/O operation on closed file.');
  if (self.source === null) PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support reading from ${self.name} yet`);
}

function sizeArg(args: PyObject[], nargs: number, name: string): number {
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `${name} expected at most 1 argument, got ${nargs}`);
  if (nargs === 0 || args[0] === Py_None) return -1;
  return PyNumber_AsSsize_t(args[0], PyExc_OverflowError);
}

/** TextIOWrapper.readline(size=-1, /) */
function textiowrapper_readline(o: PyObject, args: PyObject[], nargs: number): PyObject {
  const self = o as PyTextIOWrapperObject;
  const size = sizeArg(args, nargs, 'readline');
  checkReadable(self);
  return PyUnicode_FromString(readlineText(self, size));
}

/** TextIOWrapper.read(size=-1, /) */
function textiowrapper_read(o: PyObject, args: PyObject[], nargs: number): PyObject {
  const self = o as PyTextIOWrapperObject;
  const size = sizeArg(args, nargs, 'read');
  checkReadable(self);
  while ((size < 0 || self.readbuf.length < size) && fill(self));
  const n = size < 0 ? self.readbuf.length : Math.min(size, self.readbuf.length);
  const text = self.readbuf.slice(0, n);
  self.readbuf = self.readbuf.slice(n);
  return PyUnicode_FromString(text);
}

/** iter(sys.stdin) / next(): one line at a time until the end of input. */
function textiowrapper_iternext(o: PyObject): PyObject | null {
  const self = o as PyTextIOWrapperObject;
  checkReadable(self);
  const line = readlineText(self, -1);
  return line === '' ? null : PyUnicode_FromString(line);
}

/** TextIOWrapper.readlines(hint=-1, /): the remaining lines. */
function textiowrapper_readlines(o: PyObject, args: PyObject[], nargs: number): PyObject {
  const self = o as PyTextIOWrapperObject;
  sizeArg(args, nargs, 'readlines');
  checkReadable(self);
  const list = PyList_New(0);
  for (;;) {
    const line = readlineText(self, -1);
    if (line === '') break;
    const s = PyUnicode_FromString(line);
    PyList_Append(list, s);
    Py_DECREF(s);
  }
  return list;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const utf8 = new TextEncoder();
const utf8dec = new TextDecoder();

/** The text a pending object stands for (a str or the UTF-8 bytes of one). */
function pendingText(o: PyObject): string {
  if (PyUnicode_Check(o)) return PyUnicode_AsString(o);
  return utf8dec.decode((o as unknown as { ob_sval: Uint8Array }).ob_sval);
}

/** _textiowrapper_writeflush: joins the pending objects into one bytes object and hands it
 *  to the buffer (our host sink). */
function writeflush(self: PyTextIOWrapperObject): void {
  const pending = self.pending_bytes;
  if (pending === null) return;
  let text: string;
  if (PyList_CheckExact(pending)) {
    const items = (pending as PyListObject).ob_item;
    text = '';
    for (let i = 0; i < items.length; i++) text += pendingText(items[i]);
  } else {
    text = pendingText(pending);
  }
  // PyBytes_FromStringAndSize for the joined chunk (a str alone is copied too).
  const b = PyBytes_FromBytes(utf8.encode(text));
  self.pending_bytes_count = 0;
  self.pending_bytes = null;
  Py_DECREF(pending);
  self.sink.write(text);
  Py_DECREF(b);
}

/** _io_TextIOWrapper_write_impl */
export function textiowrapper_write(selfObj: PyObject, text: PyObject): PyObject {
  const self = selfObj as PyTextIOWrapperObject;
  if (self.source !== null) PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support writing to ${self.name} yet`);
  if (!PyUnicode_Check(text)) {
    PyErr_SetString(PyExc_TypeError, `write() argument must be str, not ${text.ob_type.tp_name}`);
  }
  if (self.closed) PyErr_SetString(PyExc_ValueError, 'I/O operation on closed file.');
  _PyEval_ChargeBulkWork((text as PyUnicodeObject).length); // encoding it (vm/chargework.ts)
  Py_INCREF(text);
  const s = PyUnicode_AsString(text);
  const textlen = (text as PyUnicodeObject).length;
  let haslf = false;
  if (self.line_buffering && s.indexOf('\n') >= 0) haslf = true;
  const text_needflush = self.write_through;
  const needflush = self.line_buffering && (haslf || s.indexOf('\r') >= 0);
  let b: PyObject;
  let bytes_len: number;
  if (isAscii(s) && s.length <= self.chunk_size) {
    b = text;
    Py_INCREF(b);
    bytes_len = s.length;
  } else {
    // encodefunc (utf8_encode): the text is encoded now, so an unencodable character
    // (a lone surrogate) fails this write.
    let enc: Uint8Array;
    try {
      enc = _PyUnicode_Encode(s, 'utf-8', self.errors);
    } catch (e) {
      Py_DECREF(text);
      throw e;
    }
    b = PyBytes_FromBytes(enc);
    bytes_len = enc.length;
  }
  Py_DECREF(text);
  if (self.pending_bytes === null) {
    self.pending_bytes_count = 0;
    self.pending_bytes = b;
  } else if (self.pending_bytes_count + bytes_len > self.chunk_size) {
    writeflush(self);
    self.pending_bytes = b;
  } else if (!PyList_CheckExact(self.pending_bytes)) {
    const list = PyList_New(2);
    PyList_SET_ITEM(list, 0, self.pending_bytes);
    PyList_SET_ITEM(list, 1, b);
    self.pending_bytes = list;
  } else {
    PyList_Append(self.pending_bytes, b);
    Py_DECREF(b);
  }
  self.pending_bytes_count += bytes_len;
  if (self.pending_bytes_count >= self.chunk_size || needflush || text_needflush) writeflush(self);
  return PyLong_FromNumber(textlen);
}

/** flush(): pending text to the host. */
export function textiowrapper_flush(selfObj: PyObject): PyObject {
  const self = selfObj as PyTextIOWrapperObject;
  if (self.closed) PyErr_SetString(PyExc_ValueError, 'I/O operation on closed file.');
  writeflush(self);
  Py_INCREF(Py_None);
  return Py_None;
}

function textio_dealloc(o: PyObject): void {
  const self = o as PyTextIOWrapperObject;
  PyObject_GC_UnTrack(self);
  writeflush(self);
  PyObject_GC_Del(self);
}

function textio_refs(o: PyObject, visit: RefVisitor): void {
  const self = o as PyTextIOWrapperObject;
  if (self.pending_bytes !== null) visit(self.pending_bytes, 'pending_bytes');
}

const textio_methods: PyMethodDef[] = [
  { ml_name: 'readline', ml_meth: textiowrapper_readline, ml_flags: METH.FASTCALL },
  { ml_name: 'read', ml_meth: textiowrapper_read, ml_flags: METH.FASTCALL },
  { ml_name: 'readlines', ml_meth: textiowrapper_readlines, ml_flags: METH.FASTCALL },
  {
    ml_name: 'readable', ml_meth: (o: PyObject): PyObject => {
      const b = (o as PyTextIOWrapperObject).source !== null ? trueObj() : falseObj();
      Py_INCREF(b);
      return b;
    }, ml_flags: METH.NOARGS,
  },
  { ml_name: 'write', ml_meth: textiowrapper_write, ml_flags: METH.O },
  { ml_name: 'flush', ml_meth: textiowrapper_flush, ml_flags: METH.NOARGS },
  {
    ml_name: 'writable', ml_meth: (): PyObject => {
      const t = trueObj();
      Py_INCREF(t);
      return t;
    }, ml_flags: METH.NOARGS,
  },
  {
    ml_name: 'isatty', ml_meth: (): PyObject => {
      const f = falseObj();
      Py_INCREF(f);
      return f;
    }, ml_flags: METH.NOARGS,
  },
];

import { Py_True, Py_False } from '../objects/boolobject';
import { _PyEval_ChargeBulkWork } from './chargework';
function trueObj(): PyObject {
  return Py_True;
}
function falseObj(): PyObject {
  return Py_False;
}

PyTextIOWrapper_Type.tp_dealloc = textio_dealloc;
PyTextIOWrapper_Type.tp_refs = textio_refs;
PyTextIOWrapper_Type.tp_traverse = textio_refs;
PyTextIOWrapper_Type.tp_methods = textio_methods;
PyTextIOWrapper_Type.tp_iter = (o) => {
  Py_INCREF(o);
  return o;
};
PyTextIOWrapper_Type.tp_iternext = textiowrapper_iternext;
PyTextIOWrapper_Type.tp_repr = (o) => {
  const self = o as PyTextIOWrapperObject;
  return PyUnicode_FromString(`<_io.TextIOWrapper name='${self.name}' mode='${self.source !== null ? 'r' : 'w'}' encoding='utf-8'>`);
};
PyTextIOWrapper_Type.tp_getset = [
  { name: 'name', get: (s) => PyUnicode_FromString((s as PyTextIOWrapperObject).name), set: null },
  { name: 'encoding', get: () => PyUnicode_FromString('utf-8'), set: null },
  {
    name: 'line_buffering', get: (s) => {
      const b = (s as PyTextIOWrapperObject).line_buffering ? Py_True : Py_False;
      Py_INCREF(b);
      return b;
    }, set: null,
  },
];

/** PyFile_WriteObject(v, f, Py_PRINT_RAW): f.write(str(v)) through a looked-up bound
 *  `write` method (a builtin method object is created and freed, as in CPython). */
export function PyFile_WriteObject(v: PyObject, f: PyObject): void {
  const writer = PyObject_GetAttr(f, _Py_ID('write'));
  let value: PyObject;
  try {
    value = PyObject_Str(v);
  } catch (e) {
    Py_DECREF(writer);
    throw e;
  }
  try {
    const result = PyObject_CallOneArg(writer, value);
    Py_DECREF(result);
  } finally {
    Py_DECREF(value);
    Py_DECREF(writer);
  }
}

/** PyFile_WriteString(s, f): a str object for s, then PyFile_WriteObject. */
export function PyFile_WriteString(s: string, f: PyObject): void {
  const v = PyUnicode_FromString(s);
  try {
    PyFile_WriteObject(v, f);
  } finally {
    Py_DECREF(v);
  }
}

/** file.flush() through the method protocol. */
export function PyFile_Flush(f: PyObject): void {
  const r = PyObject_CallMethod(f, 'flush');
  Py_DECREF(r);
}
