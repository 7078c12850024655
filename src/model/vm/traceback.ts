// Traceback objects (Python/traceback.c) and CPython 3.11's way of printing an
// uncaught exception (Python/pythonrun.c print_exception_recursive): the
// "Traceback (most recent call last):" block with each frame's source line and,
// when the failing range does not cover the whole stripped line, the
// `~~~^^^` caret line; chained exceptions (__cause__ / __context__) first; then
// "module.Qualname: message" with 3.11's "Did you mean" suggestions.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags } from '../objects/object';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from '../objects/trashcan';
import type { RefVisitor } from '../objects/object';
import { PyType_Type } from '../objects/typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from '../objects/objalloc';
import { PyException, PyErr_Clear } from '../objects/errors';
import { PyLong_FromNumber, PyLong_AsSsize_t } from '../objects/longobject';
import { Py_None } from '../objects/singletons';
import { PyUnicode_AsString, PyUnicode_Check } from '../objects/unicodeobject';
import { PyObject_GetAttr, PyObject_Str, _PyObject_LookupAttr, _Py_ID } from '../objects/abstract';
import { PyExc_SyntaxError } from '../objects/exceptions';
import { PyFrameObject } from './frame';
import { asExc } from './excutil';
import { _Py_Offer_Suggestions } from './suggestions';
import { parseFull as parse } from '../syntax/index';
import type { expr, stmt } from '../syntax/ast';

/** sizeof(PyTracebackObject): tb_next, tb_frame, tb_lasti, tb_lineno (getsizeof 56 with the GC head). */
const TB_BASICSIZE = 40;

export const PyTraceBack_Type = new PyTypeObject(PyType_Type, 'traceback', TB_BASICSIZE, 0, TypeFlags.HAVE_GC);

export class PyTracebackObject extends PyObject {
  tb_next: PyTracebackObject | null;
  tb_frame: PyFrameObject;
  /** Byte offset of the instruction (code units * 2), as CPython stores it. */
  tb_lasti: number;
  tb_lineno: number;
  /** Our instruction index (to find the source range in co_positions). */
  instr: number;
  constructor(next: PyTracebackObject | null, frame: PyFrameObject, instr: number, lasti: number, lineno: number) {
    super(PyTraceBack_Type);
    this.tb_next = next;
    this.tb_frame = frame;
    this.instr = instr;
    this.tb_lasti = lasti;
    this.tb_lineno = lineno;
  }
}

/** PyTraceBack_Here: prepends an entry for `frame` to the exception's traceback. */
export function PyTraceBack_Here(frame: PyFrameObject, e: PyException): void {
  const f = frame.f_frame;
  const instr = f.prev_instr < 0 ? 0 : f.prev_instr;
  const old = e.traceback as PyTracebackObject | null;
  const tb = new PyTracebackObject(old, frame, instr, f.f_code.unitOffsets[instr] * 2, f.f_code.lineOf(instr));
  _PyObject_GC_New(tb, TB_BASICSIZE);
  // tb_create_raw: Py_XINCREF(next), Py_XINCREF(frame); PyTraceBack_Here then drops the
  // exception state's old reference to `next`: net, the reference moves into the new entry.
  Py_INCREF(frame);
  PyObject_GC_Track(tb);
  e.traceback = tb;
}

function tb_dealloc(o: PyObject): void {
  const tb = o as PyTracebackObject;
  PyObject_GC_UnTrack(tb);
  const trash = Py_TRASHCAN_BEGIN(tb, tb_dealloc);
  if (trash === Trash.DEPOSITED) return;
  const next = tb.tb_next;
  tb.tb_next = null;
  if (next !== null) Py_DECREF(next);
  Py_DECREF(tb.tb_frame);
  PyObject_GC_Del(tb);
  Py_TRASHCAN_END(trash);
}

function tb_refs(o: PyObject, visit: RefVisitor): void {
  const tb = o as PyTracebackObject;
  if (tb.tb_next !== null) visit(tb.tb_next, 'tb_next');
  visit(tb.tb_frame, 'tb_frame');
}

PyTraceBack_Type.tp_dealloc = tb_dealloc;
PyTraceBack_Type.tp_refs = tb_refs;
PyTraceBack_Type.tp_traverse = tb_refs;
PyTraceBack_Type.tp_clear = (o) => {
  const tb = o as PyTracebackObject;
  const next = tb.tb_next;
  tb.tb_next = null;
  if (next !== null) Py_DECREF(next);
};
PyTraceBack_Type.tp_sizeof = () => TB_BASICSIZE;
PyTraceBack_Type.tp_getset = [
  { name: 'tb_next', get: (s) => { const n = (s as PyTracebackObject).tb_next ?? Py_None; Py_INCREF(n); return n; }, set: null },
  { name: 'tb_frame', get: (s) => { const n = (s as PyTracebackObject).tb_frame; Py_INCREF(n); return n; }, set: null },
  { name: 'tb_lasti', get: (s) => PyLong_FromNumber((s as PyTracebackObject).tb_lasti), set: null },
  { name: 'tb_lineno', get: (s) => PyLong_FromNumber((s as PyTracebackObject).tb_lineno), set: null },
];

// ---------------------------------------------------------------------------
// Printing

/** Where source lines come from (the program's text; CPython reads the file again). */
export type SourceLookup = (filename: string) => string[] | null;

const TB_RECURSIVE_CUTOFF = 3;
const INDENT = 4;

function isWs(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

/** _PyPegen_byte_offset_to_character_offset: AST columns are UTF-8 byte offsets. */
function byteToCharOffset(line: string, byteOff: number): number {
  let bytes = 0;
  let i = 0;
  for (const ch of line) {
    if (bytes >= byteOff) break;
    const cp = ch.codePointAt(0) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i++;
  }
  if (bytes < byteOff) i += byteOff - bytes;
  return i;
}

function charToByteOffset(s: string, charOff: number): number {
  let bytes = 0, i = 0;
  for (const ch of s) {
    if (i >= charOff) break;
    const cp = ch.codePointAt(0) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i++;
  }
  return bytes;
}

/** extract_anchors_from_line: parse the failing segment; a BinOp gets `~~^~~` around its
 *  operator, a Subscript `~~^^^^` from its '[' to its ']'. Offsets are characters of the line. */
function extractAnchors(filename: string, line: string, start: number, end: number):
  { left: number; right: number; primary: string; secondary: string } | null {
  const chars = Array.from(line);
  const segment = chars.slice(start, end).join('');
  let mod;
  try {
    mod = parse(segment, filename);
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const st = mod.body[0] as stmt;
  if (st._type !== 'Expr') return null;
  const ex = st.value as expr;
  let left = -1, right = -1;
  if (ex._type === 'BinOp') {
    // Byte offsets within the segment.
    const segBytes = new TextEncoder().encode(segment);
    for (let i = ex.left.end_col_offset as number; i < (ex.right.col_offset as number); i++) {
      const c = String.fromCharCode(segBytes[i]);
      if (isWs(c)) continue;
      left = i;
      right = i + 1;
      if (i + 1 < (ex.right.col_offset as number) && !isWs(String.fromCharCode(segBytes[i + 1]))) right++;
      break;
    }
    if (left < 0) return null;
  } else if (ex._type === 'Subscript') {
    // 3.11.7: the anchors move on to the brackets themselves — the first '[' after the
    // value, past the ']' after the slice — so parentheses and spaces around the slice
    // are underlined as the brackets are.
    const segBytes = new TextEncoder().encode(segment);
    const n = segBytes.length;
    left = ex.value.end_col_offset as number;
    right = (ex.slice.end_col_offset as number) + 1;
    while (left < n && segBytes[left] !== 0x5b) left++;
    while (right < n && segBytes[right] !== 0x5d) right++;
    if (right < n) right++;
  } else {
    return null;
  }
  return {
    left: byteToCharOffset(segment, left) + start,
    right: byteToCharOffset(segment, right) + start,
    primary: '~',
    secondary: '^',
  };
}

function displayLine(out: string[], tb: PyTracebackObject, lines: string[] | null): void {
  const code = tb.tb_frame.f_frame.f_code;
  out.push(`  File "${code.filename}", line ${tb.tb_lineno}, in ${code.name}\n`);
  if (lines === null || tb.tb_lineno < 1 || tb.tb_lineno > lines.length) return;
  const source_line = lines[tb.tb_lineno - 1];
  let i = 0;
  while (i < source_line.length && (source_line[i] === ' ' || source_line[i] === '\t' || source_line[i] === '\f')) i++;
  const stripped = source_line.slice(i);
  out.push(' '.repeat(INDENT) + stripped + '\n');
  const truncation = i - INDENT;
  const pos = code.co_positions;
  const k = 4 * tb.instr;
  const start_line = pos[k], end_line = pos[k + 1], start_col = pos[k + 2], end_col = pos[k + 3];
  if (start_line < 0 || end_line < 0 || start_col < 0 || end_col < 0) return;
  const start_offset = byteToCharOffset(source_line, start_col);
  let end_offset = byteToCharOffset(source_line, end_col);
  let left_end = -1, right_start = -1;
  let primary = '^', secondary = '^';
  const lineLen = Array.from(source_line).length;
  if (start_line === end_line) {
    const a = extractAnchors(code.filename, source_line, start_offset, end_offset);
    if (a !== null) {
      left_end = a.left;
      right_start = a.right;
      primary = a.primary;
      secondary = a.secondary;
    }
  } else {
    let j = source_line.length;
    while (--j >= 0) if (!isWs(source_line[j])) break;
    end_offset = byteToCharOffset(source_line, charToByteOffset(source_line, j + 1));
  }
  const stripped_len = lineLen - truncation - INDENT;
  const has_secondary = left_end !== -1 || right_start !== -1;
  if (end_offset - start_offset === stripped_len && !has_secondary) return;
  let s = '';
  let offset = truncation;
  while (++offset <= end_offset) {
    if (offset <= start_offset) s += ' ';
    else if (has_secondary && left_end < offset && offset <= right_start) s += secondary;
    else s += primary;
  }
  out.push(s + '\n');
}

function printTraceback(out: string[], tb: PyTracebackObject, source: SourceLookup): void {
  out.push('Traceback (most recent call last):\n');
  let last_file: PyObject | null = null, last_name: PyObject | null = null;
  let last_line = -1;
  let cnt = 0;
  let t: PyTracebackObject | null = tb;
  const repeated = (n: number): void => {
    n -= TB_RECURSIVE_CUTOFF;
    out.push(n > 1 ? `  [Previous line repeated ${n} more times]\n` : `  [Previous line repeated ${n} more time]\n`);
  };
  while (t !== null) {
    const code = t.tb_frame.f_frame.f_code;
    if (last_file === null || code.co_filename !== last_file || last_line === -1 || t.tb_lineno !== last_line ||
      last_name === null || code.co_name !== last_name) {
      if (cnt > TB_RECURSIVE_CUTOFF) repeated(cnt);
      last_file = code.co_filename;
      last_line = t.tb_lineno;
      last_name = code.co_name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) displayLine(out, t, source(code.filename));
    t = t.tb_next;
  }
  if (cnt > TB_RECURSIVE_CUTOFF) repeated(cnt);
}

function str(o: PyObject): string {
  const s = PyObject_Str(o);
  const r = PyUnicode_AsString(s);
  Py_DECREF(s);
  return r;
}

/** print_error_text: the (stripped) source line of a SyntaxError and its carets. */
export function print_error_text(offset: number, end_offset: number, text: string): string {
  const out: string[] = [];
  const caret_repetitions = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  offset--;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    offset--;
  }
  text = text.slice(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    const inl = nl + 1;
    text = text.slice(inl);
    len -= inl;
    offset -= inl;
  }
  out.push('    ' + text);
  if (text[len] !== '\n') out.push('\n');
  if (offset >= 0) out.push('    ' + ' '.repeat(offset) + '^'.repeat(caret_repetitions) + '\n');
  return out.join('');
}

/** print_exception_file_and_line's text: `  File "f", line N` and the error text,
 *  its caret range clipped to the first line. */
export function formatSyntaxErrorLocation(filename: string, lineno: number, offset: number, end_lineno: number,
  end_offset: number, text: string | null): string {
  let out = `  File "${filename}", line ${lineno}\n`;
  if (text !== null) {
    const line_size = text.length;
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    out += print_error_text(offset, end_offset, text);
  }
  return out;
}

/** parse_syntax_error + print_exception_file_and_line for an exception that has
 *  print_file_and_line (SyntaxError and its subclasses): the location block, and the
 *  message that replaces the exception for the line after it. Null when not one. */
function syntaxErrorBlock(value: PyObject): { text: string; message: PyObject } | null {
  const attr = (n: string): PyObject => PyObject_GetAttr(value, _Py_ID(n));
  const num = (v: PyObject, dflt: number): number => {
    if (v === Py_None) return dflt;
    const n = PyLong_AsSsize_t(v);
    return n;
  };
  const pfl = _PyObject_LookupAttr(value, _Py_ID('print_file_and_line'));
  if (pfl === null) return null;
  Py_DECREF(pfl);
  const got: PyObject[] = [];
  const take = (n: string): PyObject => {
    const v = attr(n);
    got.push(v);
    return v;
  };
  try {
    const message = take('msg');
    const fn = take('filename');
    const filename = fn === Py_None ? '<string>' : str(fn);
    // PyLong_AsSsize_t(lineno) fails on None: parse_syntax_error gives up, no block.
    const linenoObj = take('lineno');
    if (linenoObj === Py_None) return null;
    const lineno = num(linenoObj, 0);
    const offset = num(take('offset'), -1);
    let end_lineno = lineno;
    let end_offset = -1;
    if (value.ob_type === PyExc_SyntaxError) {
      end_lineno = num(take('end_lineno'), lineno);
      end_offset = num(take('end_offset'), -1);
    }
    const t = take('text');
    const text = t === Py_None ? null : str(t);
    Py_INCREF(message);
    return { text: formatSyntaxErrorLocation(filename, lineno, offset, end_lineno, end_offset, text), message };
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
    return null;
  } finally {
    for (const v of got) Py_DECREF(v);
  }
}

/** print_exception_message + suggestions: "module.Qualname: message". `value` is the
 *  exception, or the message str a SyntaxError was replaced by (then `type` is its type);
 *  for the unraisable hook (write_unraisable_exc_file) ": " comes even before an empty
 *  message, and no suggestion. */
function exceptionLine(value: PyObject, type: PyTypeObject = value.ob_type as PyTypeObject, unraisable = false): string {
  let line = '';
  try {
    const modulename = PyObject_GetAttr(type, _Py_ID('__module__'));
    if (!PyUnicode_Check(modulename)) {
      line += '<unknown>.';
    } else {
      const m = PyUnicode_AsString(modulename);
      if (m !== 'builtins' && m !== '__main__') line += m + '.';
    }
    Py_DECREF(modulename);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
    line += '<unknown>.';
  }
  try {
    const qn = PyObject_GetAttr(type, _Py_ID('__qualname__'));
    line += PyUnicode_AsString(qn);
    Py_DECREF(qn);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
    line += '<unknown>';
  }
  let s: string | null = null;
  try {
    s = str(value);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
    line += ': <exception str() failed>';
  }
  if (s !== null) {
    if (s.length !== 0 || unraisable) line += ': ';
    line += s;
  }
  if (unraisable) return line + '\n';
  try {
    const sugg = _Py_Offer_Suggestions(value);
    if (sugg !== null) line += `. Did you mean: '${sugg}'?`;
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
  }
  return line + '\n';
}

/** print_exception_recursive: the whole report for an uncaught exception, chained ones first. */
export function formatException(value: PyObject, source: SourceLookup): string {
  const out: string[] = [];
  const seen = new Set<PyObject>();
  // print_exception_recursive (Python/pythonrun.c): the chained exception is printed first,
  // held by the new reference PyException_GetCause/GetContext returned; print_exception
  // holds one more reference to the exception it prints (its __str__ sees both).
  const chained = (c: PyObject, message: string): void => {
    Py_INCREF(c);
    try {
      rec(c);
    } finally {
      Py_DECREF(c);
    }
    out.push(message);
  };
  const rec = (v: PyObject): void => {
    seen.add(v);
    const ex = asExc(v);
    if (ex.cause !== null) {
      if (!seen.has(ex.cause)) chained(ex.cause, '\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (!ex.suppress_context && ex.context !== null) {
      if (!seen.has(ex.context)) chained(ex.context, '\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    Py_INCREF(v);
    try {
      const tb = ex.traceback;
      if (tb !== null && tb !== Py_None) printTraceback(out, tb as PyTracebackObject, source);
      const se = syntaxErrorBlock(v);
      if (se === null) {
        out.push(exceptionLine(v));
      } else {
        out.push(se.text);
        try {
          out.push(exceptionLine(se.message, v.ob_type as PyTypeObject));
        } finally {
          Py_DECREF(se.message);
        }
      }
    } finally {
      Py_DECREF(v);
    }
  };
  rec(value);
  return out.join('');
}

/** write_unraisable_exc_file (Python/errors.c): the traceback and the exception line of an
 *  exception sys.unraisablehook reports; chained exceptions are not shown. */
export function formatUnraisable(value: PyObject, source: SourceLookup): string {
  const out: string[] = [];
  const tb = asExc(value).traceback;
  if (tb !== null && tb !== Py_None) printTraceback(out, tb as PyTracebackObject, source);
  out.push(exceptionLine(value, value.ob_type as PyTypeObject, true));
  return out.join('');
}
