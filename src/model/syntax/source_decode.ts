// Reading a source file's bytes as CPython 3.11's tokenizer reads them
// (Parser/tokenizer.c tok_underflow_file, check_bom, check_coding_spec,
// get_coding_spec, get_normal_name, ensure_utf8, valid_utf8; the null-byte check).
//
// The tokenizer reads the file line by line, and each problem is raised when the
// line that has it is read: so an earlier tokenizer error (`x = )` on line 1) wins
// over a bad byte on line 3, while a parser error does not (reporting it tokenizes
// the rest of the file first). decodeSourceBytes therefore returns the text of the
// lines that read cleanly and the error the next line raises; the tokenizer raises
// it when it runs out of text (Tokenizer's readError).
//
// - A UTF-8 BOM is dropped, and the file is then UTF-8 (declaring another coding
//   is "encoding problem: X with BOM").
// - A coding declaration (`# -*- coding: latin-1 -*-`) is looked for on line 1, and
//   on line 2 when line 1 holds only a comment or blanks. utf-8 and the Latin-1
//   names (get_normal_name) are read as such, and so are their aliases (utf8,
//   latin1, l1, us-ascii...: codec-names-311.json, scripts/measure-codec-names.py);
//   ascii fails on a byte past 0x7f ("encoding problem: ascii", as fp_setreadl's first
//   read does); a name no codec has is "encoding problem: X". PyHeap decodes no other
//   codec: it refuses the file clearly (SyntaxError naming the encoding), and so a
//   file declared (or BOM-marked) UTF-8 that is not.
// - Without a BOM or a declaration, each line must be UTF-8 as valid_utf8 checks it
//   (lead and continuation bytes only): "Non-UTF-8 code starting with '\xff' in file
//   F on line N, but no encoding declared; see https://peps.python.org/pep-0263/ for
//   details" (the message carries the location; the error has none).
// - A NUL byte: "source code cannot contain null bytes", at its line, whose text up
//   to the NUL is shown (no caret). ensure_utf8 stops at a NUL, so on one line the
//   first of the two problems wins.

import { PySyntaxError } from './errors';
import codecNames from './codec-names-311.json';

export interface DecodedSource {
  /** The lines that read cleanly, decoded (line ends as in the file). */
  text: string;
  /** What reading the next line raises (the tokenizer throws it there), or null. */
  readError: PySyntaxError | null;
}

/** CPython 3.11's codec names (normalized) and the codec each one names. */
const CODECS: Record<string, string> = codecNames;

/** Where the NUL error and the encoding errors put their text. */
function located(msg: string, filename: string, lineno: number, text: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, filename, lineno, 0, lineno, 0, text);
}

/** A SyntaxError without a location (PyErr_Format(PyExc_SyntaxError, ...)): shown as
 *  its message only. */
function unlocated(msg: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, '', 0, 0, 0, 0, null);
}

/** get_coding_spec: the declared encoding of a line (get_normal_name applied), or null.
 *  The declaration must be in a comment that is alone on its line. */
function get_coding_spec(b: Uint8Array, start: number, end: number): string | null {
  let i = start;
  for (; i < end - 6; i++) {
    const c = b[i];
    if (c === 0x23) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) return null;
  }
  for (; i < end - 6; i++) {
    if (b[i] !== 0x63 || b[i + 1] !== 0x6f || b[i + 2] !== 0x64 || b[i + 3] !== 0x69 || b[i + 4] !== 0x6e || b[i + 5] !== 0x67) {
      continue; // "coding"
    }
    let t = i + 6;
    if (b[t] !== 0x3a && b[t] !== 0x3d) continue; // ':' or '='
    do t++; while (b[t] === 0x20 || b[t] === 0x09);
    const begin = t;
    while (t < end && (isAlnum(b[t]) || b[t] === 0x2d || b[t] === 0x5f || b[t] === 0x2e)) t++;
    if (begin < t) return get_normal_name(String.fromCharCode(...b.subarray(begin, t)));
  }
  return null;
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** get_normal_name: "utf-8" and "iso-8859-1" for their spellings (first 12 characters,
 *  lowercased, '_' read as '-'), else the name as written. */
function get_normal_name(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' || buf.startsWith('latin-1-') ||
    buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')) return 'iso-8859-1';
  return s;
}

/** codecs.lookup's normalization (encodings.normalize_encoding of the lowercased name). */
function codecKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
}

/** The codec a declared name resolves to (codecs.lookup), or null for none. */
function codecOf(name: string): string | null {
  const k = codecKey(name);
  return CODECS[k] ?? CODECS[k.replace(/\./g, '_')] ?? null;
}

/** valid_utf8: the length of the UTF-8 sequence at i by its lead and continuation bytes
 *  only (no check of overlong forms or surrogates), 0 if invalid. */
function valid_utf8(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  if (c < 0xc0) return 0;
  const expected = c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf8 ? 3 : -1;
  if (expected < 0) return 0;
  for (let k = expected; k > 0; k--) {
    if (i + k >= end) return 0;
    const d = b[i + k];
    if (d < 0x80 || d >= 0xc0) return 0;
  }
  return expected + 1;
}

/** The end of the line starting at i (after its \n, \r\n or lone \r: universal newlines). */
function lineEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  while (i < n) {
    const c = b[i++];
    if (c === 0x0a) return i;
    if (c === 0x0d) return i < n && b[i] === 0x0a ? i + 1 : i;
  }
  return n;
}

const utf8Strict = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictUtf8(b: Uint8Array, start: number, end: number): boolean {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii || utf8Strict === null) return true;
  try {
    utf8Strict.decode(b.subarray(start, end));
    return true;
  } catch {
    return false;
  }
}

const utf8Lenient = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-8', { ignoreBOM: true });

function decodeText(b: Uint8Array, encoding: 'utf-8' | 'latin-1'): string {
  if (encoding === 'latin-1' || utf8Lenient === null) {
    let s = '';
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(i + 8192, b.length)));
    return s;
  }
  // valid_utf8 lets through sequences the strict codec refuses (overlong forms,
  // surrogates): CPython fails on them later, in the token that holds them; here
  // they read as U+FFFD.
  return utf8Lenient.decode(b);
}

/** Reads a source file's bytes as the tokenizer does (see the top of this file). */
export function decodeSourceBytes(b: Uint8Array, filename: string): DecodedSource {
  let pos = 0;
  let encoding: string | null = null;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    pos = 3;
    encoding = 'utf-8';
  }
  const textStart = pos;
  let seekCoding = true;
  let lineno = 0;
  let errorAt = -1;
  let error: PySyntaxError | null = null;
  let decodeAs: 'utf-8' | 'latin-1' = 'utf-8';
  while (pos < b.length) {
    const start = pos;
    const end = lineEnd(b, pos);
    lineno++;
    if (seekCoding) {
      if (lineno > 2) {
        seekCoding = false;
      } else {
        const cs = get_coding_spec(b, start, end);
        if (cs === null) {
          // A line with anything but a comment ends the search.
          for (let i = start; i < end; i++) {
            const c = b[i];
            if (c === 0x23 || c === 0x0a || c === 0x0d) break;
            if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
              seekCoding = false;
              break;
            }
          }
        } else {
          seekCoding = false;
          if (encoding !== null) {
            if (cs !== encoding) return { text: '', readError: unlocated(`encoding problem: ${cs} with BOM`) };
          } else {
            const codec = cs === 'utf-8' ? 'utf-8' : cs === 'iso-8859-1' ? 'iso8859-1' : codecOf(cs);
            if (codec === null) return { text: '', readError: unlocated(`encoding problem: ${cs}`) };
            if (codec === 'ascii') {
              // fp_setreadl decodes the rest of the file through the codec at once.
              for (let i = end; i < b.length; i++) {
                if (b[i] >= 0x80) return { text: '', readError: unlocated(`encoding problem: ${cs}`) };
              }
            } else if (codec === 'iso8859-1') {
              decodeAs = 'latin-1';
            } else if (codec !== 'utf-8') {
              return {
                text: '',
                readError: unlocated(`encoding '${cs}' is not supported by PyHeap (source files must be UTF-8, Latin-1 or ASCII)`),
              };
            }
            encoding = cs;
          }
        }
      }
    }
    // ensure_utf8 (no BOM, no declaration) reads up to a NUL, as C strings end there.
    let nul = -1;
    for (let i = start; i < end; i++) {
      if (b[i] === 0) {
        nul = i;
        break;
      }
    }
    if (encoding === null) {
      const stop = nul < 0 ? end : nul;
      for (let i = start; i < stop;) {
        const n = valid_utf8(b, i, stop);
        if (n === 0) {
          error = unlocated(`Non-UTF-8 code starting with '\\x${b[i].toString(16).padStart(2, '0')}' in file ${filename} ` +
            `on line ${lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`);
          break;
        }
        i += n;
      }
    }
    if (error === null && encoding !== null && decodeAs === 'utf-8' && !strictUtf8(b, start, nul < 0 ? end : nul)) {
      // Declared (or BOM-marked) UTF-8 is not checked line by line: CPython meets a bad
      // byte in the token that holds it ("(unicode error) 'utf-8' codec can't decode
      // ...", or nothing in a comment). PyHeap does not read such a file.
      error = unlocated(`PyHeap cannot read ${filename}: line ${lineno} is not valid UTF-8 (the file declares UTF-8)`);
    }
    if (error === null && nul >= 0) {
      error = located('source code cannot contain null bytes', filename, lineno, decodeText(b.subarray(start, nul), decodeAs));
    }
    if (error !== null) {
      errorAt = start;
      break;
    }
    pos = end;
  }
  const text = decodeText(b.subarray(textStart, errorAt < 0 ? b.length : errorAt), decodeAs);
  return { text, readError: error };
}
