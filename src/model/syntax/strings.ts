// Decoding of string and bytes literal tokens, as Parser/string_parser.c
// (_PyPegen_parsestr) and Objects/unicodeobject.c
// (_PyUnicode_DecodeUnicodeEscapeInternal) / Objects/bytesobject.c
// (_PyBytes_DecodeEscape) do it, with their error messages. f-strings are
// split here (fstring_find_literal / fstring_find_expr) and their
// expressions handed back to the parser through a callback.

import { UnsupportedSyntax } from './errors';

export interface ParsedStrToken {
  bytesmode: boolean;
  rawmode: boolean;
  fmode: boolean;
  /** 'u' prefix present (ast Constant.kind). */
  uprefix: boolean;
  /** Body between the quotes. */
  body: string;
  /** Index of the body within the token text. */
  bodyOffset: number;
}

/** The prefix/quote analysis of _PyPegen_parsestr. */
export function splitStringToken(text: string): ParsedStrToken {
  let i = 0;
  let bytesmode = false;
  let rawmode = false;
  let fmode = false;
  let uprefix = false;
  for (;;) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 0x62) bytesmode = true;
    else if (c === 0x72) rawmode = true;
    else if (c === 0x66) fmode = true;
    else if (c === 0x75) uprefix = true;
    else break;
    i++;
  }
  const quote = text.charAt(i);
  let q = 1;
  if (text.length - i >= 6 && text.charAt(i + 1) === quote && text.charAt(i + 2) === quote) q = 3;
  return {
    bytesmode, rawmode, fmode, uprefix: uprefix && text.charAt(0) === 'u',
    body: text.slice(i + q, text.length - q), bodyOffset: i + q,
  };
}

/** A codec error raised while decoding; the parser reports it as "(unicode error) ..." / "(value error) ...". */
export class DecodeError extends Error {}

function isOct(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}

function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * Byte position of body index `i` in the buffer CPython decodes: it first
 * rewrites every non-ASCII character as a 10-byte "\\U%08x" escape
 * (decode_unicode_with_escapes), so codec error positions count that way.
 */
function escapedPos(body: string, i: number): number {
  let pos = 0;
  for (let k = 0; k < i; k++) {
    const c = body.charCodeAt(k);
    if (c < 0x80) pos++;
    else {
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < i) k++;
      pos += 10;
    }
  }
  return pos;
}

/** Decode a non-raw str literal body (Python escapes). */
export function decodeUnicodeEscapes(body: string): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 0x5c) {
      const j = body.indexOf('\\', i);
      const stop = j < 0 ? n : j;
      out += body.slice(i, stop);
      i = stop;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) {
      // "\\" at the very end cannot happen in a valid token; keep it.
      out += '\\';
      break;
    }
    const e = body.charCodeAt(i++);
    switch (e) {
      case 0x0a: break; // backslash-newline: line continuation
      case 0x5c: out += '\\'; break;
      case 0x27: out += "'"; break;
      case 0x22: out += '"'; break;
      case 0x62: out += '\b'; break;
      case 0x66: out += '\f'; break;
      case 0x74: out += '\t'; break;
      case 0x6e: out += '\n'; break;
      case 0x72: out += '\r'; break;
      case 0x76: out += '\v'; break;
      case 0x61: out += '\x07'; break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = e - 0x30;
        if (i < n && isOct(body.charCodeAt(i))) {
          v = v * 8 + body.charCodeAt(i++) - 0x30;
          if (i < n && isOct(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 0x30;
        }
        out += String.fromCharCode(v);
        break;
      }
      case 0x78: case 0x75: case 0x55: {
        const count = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
        const what = e === 0x78 ? 'truncated \\xXX escape' : e === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let v = 0;
        let k = 0;
        for (; k < count && i < n; k++) {
          const h = hexVal(body.charCodeAt(i));
          if (h < 0) break;
          v = v * 16 + h;
          i++;
        }
        const from = escapedPos(body, start);
        if (k < count) {
          throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${from + 1 + k}: ${what}`);
        }
        if (v > 0x10ffff) {
          throw new DecodeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${from + 1 + k}: illegal Unicode character`);
        }
        out += v > 0xffff ? String.fromCodePoint(v) : String.fromCharCode(v);
        break;
      }
      case 0x4e:
        throw new UnsupportedSyntax("'\\N{...}' escapes in string literals", 0);
      default:
        // Invalid escapes are kept as is (a DeprecationWarning in 3.11, not shown).
        out += '\\';
        i--;
        break;
    }
  }
  return out;
}

/** Decode a bytes literal body to its byte values. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i++);
    if (c !== 0x5c || raw) {
      out.push(c);
      continue;
    }
    if (i >= n) {
      out.push(0x5c);
      break;
    }
    const e = body.charCodeAt(i++);
    switch (e) {
      case 0x0a: break;
      case 0x5c: out.push(0x5c); break;
      case 0x27: out.push(0x27); break;
      case 0x22: out.push(0x22); break;
      case 0x62: out.push(8); break;
      case 0x66: out.push(12); break;
      case 0x74: out.push(9); break;
      case 0x6e: out.push(10); break;
      case 0x72: out.push(13); break;
      case 0x76: out.push(11); break;
      case 0x61: out.push(7); break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = e - 0x30;
        if (i < n && isOct(body.charCodeAt(i))) {
          v = v * 8 + body.charCodeAt(i++) - 0x30;
          if (i < n && isOct(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 0x30;
        }
        out.push(v & 0xff);
        break;
      }
      case 0x78: {
        const h1 = i < n ? hexVal(body.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexVal(body.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) throw new DecodeError(`(value error) invalid \\x escape at position ${i - 2}`);
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        out.push(0x5c);
        i--;
        break;
    }
  }
  return Uint8Array.from(out);
}
