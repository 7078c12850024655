// The tokenizer, following CPython 3.11's Parser/tokenizer.c (tok_get) as it
// reads a file: one physical line at a time, INDENT/DEDENT from an indent
// stack (tabs to multiples of 8, checked against a tab-size-1 "alt" stack
// for TabError), NEWLINE only for logical lines outside brackets, and the
// same error messages and positions. Errors that tokenizer.c reports with
// syntaxerror() are thrown here; the ones it reports through a `done` code
// (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT) come back as an
// ERRORTOKEN and the parser raises them (pegen_errors.c _Pypegen_tokenizer_error),
// because which error wins depends on the parser's state.
//
// Positions are kept as UTF-16 indices into the source; token columns are
// converted to UTF-8 byte offsets as CPython stores them.

import { PySyntaxError } from './errors';
import { T as TOKENS } from './tokens';
import type { Token } from './tokens';

// Parser/errcode.h
export const E_OK = 10;
export const E_EOF = 11;
export const E_DONE = 16;
export const E_ERROR = 17;
export const E_TABSPACE = 18;
export const E_TOODEEP = 20;
export const E_DEDENT = 21;
export const E_EOFS = 23;
export const E_EOLS = 24;
export const E_LINECONT = 25;

/** Local alias: a module-level const avoids a CommonJS getter per access. */
const T = TOKENS;

const EOF = -1;
const TABSIZE = 8;
const ALTTABSIZE = 1;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const NONASCII = /[^\x00-\x7f]/;
const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^[\p{XID_Continue}]$/u;
const NONPRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isXDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 128;
}
function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 128;
}

/** Python's str.isprintable() for one code point (Py_UNICODE_ISPRINTABLE). */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp === 0x20) return true;
  return !NONPRINTABLE.test(String.fromCodePoint(cp));
}

/** UTF-8 length of s[from, to) (a lone surrogate counts 3, as Python's surrogatepass would). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Number of code points in s[from, to). */
export function codePointCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Universal newlines as a file is read (Py_UniversalNewlineFgets): \r\n and \r
 * become \n; a leading UTF-8 BOM is dropped. A last line without '\n' gets one,
 * as tok_underflow_file fakes it.
 */
export function normalizeSource(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s;
}

export interface TokenizerOptions {
  filename: string;
  /** For an f-string expression: the line of the enclosing STRING token (pegen's starting_lineno). */
  startingLineno?: number;
  startingColOffset?: number;
  /** Initial tok->lineno (lines are counted from lineno+1). */
  lineno?: number;
  /** Source given as a string (tok_underflow_string): 'exec' input gets a real final
   *  newline when it lacks one (translate_newlines), 'eval' input none at all. */
  stringInput?: StringInput;
  /** What reading past the end of the source raises: the source is the part of a file
   *  that read cleanly, and the next line could not be read (source_decode.ts). */
  readError?: PySyntaxError | null;
}

/** The start rule of a string source: exec_input or not (Parser/tokenizer.c). */
export type StringInput = 'exec' | 'eval';

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  private readonly ascii: boolean;
  /** tok->cur, tok->inp, tok->line_start, tok->start (UTF-16 indices; start -1 = NULL). */
  cur = 0;
  private inp = 0;
  lineStart = 0;
  private tokStart = -1;
  /** tok->buf for the current logical token (file mode keeps a multi-line token's lines). */
  private buf = 0;
  lineno: number;
  done = E_OK;
  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  level = 0;
  readonly parenstack: number[] = [];
  readonly parenlinenostack: number[] = [];
  readonly parencolstack: number[] = [];
  private firstLineno = 0;
  private multiLineStart = 0;
  private readonly startingLineno: number;
  private readonly startingColOffset: number;

  /** True when the last line had no '\n' and one was faked (tok_underflow_file). */
  private readonly fakedNewline: boolean;
  private readonly readError: PySyntaxError | null;

  constructor(normalizedSource: string, options: TokenizerOptions) {
    const si = options.stringInput;
    if (si !== undefined) {
      this.fakedNewline = false;
      this.src = si === 'exec' && !normalizedSource.endsWith('\n') ? normalizedSource + '\n' : normalizedSource;
    } else {
      this.fakedNewline = normalizedSource.length > 0 && !normalizedSource.endsWith('\n');
      this.src = this.fakedNewline ? normalizedSource + '\n' : normalizedSource;
    }
    this.filename = options.filename;
    this.ascii = !NONASCII.test(normalizedSource);
    this.lineno = options.lineno ?? 0;
    this.startingLineno = options.startingLineno ?? 0;
    this.startingColOffset = options.startingColOffset ?? 0;
    this.readError = options.readError ?? null;
  }

  // ---------------------------------------------------------------- reading

  /** tok_nextc: the next character (UTF-16 unit), reading a new line when needed. */
  private nextc(): number {
    if (this.cur !== this.inp) return this.src.charCodeAt(this.cur++);
    if (this.done !== E_OK) return EOF;
    if (this.inp >= this.src.length) {
      if (this.readError !== null) {
        // The next line of the file could not be read (tok_underflow_file's errors).
        this.done = E_ERROR;
        throw this.readError;
      }
      // tok_underflow_file resets the buffer before finding EOF.
      if (this.tokStart < 0) this.buf = this.cur;
      this.done = E_EOF;
      return EOF;
    }
    if (this.tokStart < 0) this.buf = this.cur;
    const nl = this.src.indexOf('\n', this.inp);
    this.inp = nl < 0 ? this.src.length : nl + 1;
    this.lineno++;
    this.lineStart = this.cur;
    return this.src.charCodeAt(this.cur++);
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** Byte column of index `i` on the line that starts at `lineStart`. CPython's tokenizer
   *  reads bytes and has them at hand; here the UTF-8 length is counted from the last column
   *  asked on the same line (tokens come left to right), so a long non-ASCII line costs
   *  O(length) in all rather than per token. */
  byteCol(lineStart: number, i: number): number {
    if (this.ascii) return i - lineStart;
    if (lineStart !== this.colLine || i < this.colIndex) {
      this.colLine = lineStart;
      this.colIndex = lineStart;
      this.colBytes = 0;
    }
    this.colBytes += utf8Length(this.src, this.colIndex, i);
    this.colIndex = i;
    return this.colBytes;
  }
  /** byteCol's cursor: index colIndex of the line at colLine is at byte column colBytes. */
  private colLine = -1;
  private colIndex = 0;
  private colBytes = 0;

  /** The physical line that starts at `start`, without its newline. */
  lineAt(start: number): string {
    const nl = this.src.indexOf('\n', start);
    return this.src.slice(start, nl < 0 ? this.src.length : nl);
  }

  // ----------------------------------------------------------------- errors

  /**
   * tokenizer.c _syntaxerror_range: the position is the current line; a -1
   * column means "where the tokenizer stands" (in characters).
   */
  syntaxError(msg: string, colOffset = -1, endColOffset = -1): PySyntaxError {
    this.done = E_ERROR;
    const col = colOffset === -1 ? codePointCount(this.src, this.lineStart, this.cur) : colOffset;
    const endCol = endColOffset === -1 ? col : endColOffset;
    return new PySyntaxError(
      'SyntaxError', msg, this.filename, this.lineno, col, this.lineno, endCol, this.lineAt(this.lineStart),
    );
  }

  private errorToken(done: number): Token {
    this.done = done;
    return this.makeToken(T.ERRORTOKEN, -1, -1);
  }

  // ----------------------------------------------------------------- tokens

  private makeToken(type: number, start: number, end: number): Token {
    const isString = type === T.STRING;
    const lineStart = isString ? this.multiLineStart : this.lineStart;
    let col = start >= 0 && start >= lineStart ? this.byteCol(lineStart, start) : -1;
    let endCol = end >= 0 && end >= this.lineStart ? this.byteCol(this.lineStart, end) : -1;
    if (this.lineno === this.startingLineno) {
      col += this.startingColOffset;
      endCol += this.startingColOffset;
    }
    let text = start >= 0 && end >= start ? this.src.slice(start, end) : '';
    if (type === T.NAME) {
      const kw = T.KEYWORDS.get(text);
      if (kw !== undefined) type = kw;
    }
    return {
      type,
      string: text,
      lineno: isString ? this.firstLineno : this.lineno,
      col_offset: col,
      end_lineno: this.lineno,
      end_col_offset: endCol,
      level: this.level,
      start,
      done: type === T.ERRORTOKEN ? this.done : E_OK,
      memo: null,
    };
  }

  /** _PyTokenizer_Get: the next token. Throws PySyntaxError for syntaxerror() cases. */
  get(): Token {
    let c: number;
    let blankline = false;
    nextline: for (;;) {
      this.tokStart = -1;
      blankline = false;

      // Get indentation level
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        this.atbol = false;
        let contLineCol = 0;
        for (;;) {
          c = this.nextc();
          if (c === 0x20) {
            col++;
            altcol++;
          } else if (c === 0x09) {
            col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
            altcol = (Math.floor(altcol / ALTTABSIZE) + 1) * ALTTABSIZE;
          } else if (c === 0x0c) {
            col = altcol = 0;
          } else if (c === 0x5c) {
            // Indentation cannot be split over physical lines: the first
            // backslash decides the level.
            contLineCol = contLineCol ? contLineCol : col;
            c = this.continuationLine();
            if (c === -2) return this.makeToken(T.ERRORTOKEN, -1, -1);
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === 0x23 || c === 0x0a) {
          // Lines with only whitespace and/or comments don't affect indentation.
          blankline = true;
        }
        if (!blankline && this.level === 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          if (col === this.indstack[this.indent]) {
            if (altcol !== this.altindstack[this.indent]) return this.indentError();
          } else if (col > this.indstack[this.indent]) {
            if (this.indent + 1 >= MAXINDENT) {
              this.cur = this.inp;
              return this.errorToken(E_TOODEEP);
            }
            if (altcol <= this.altindstack[this.indent]) return this.indentError();
            this.pendin++;
            this.indstack[++this.indent] = col;
            this.altindstack[this.indent] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.cur = this.inp;
              return this.errorToken(E_DEDENT);
            }
            if (altcol !== this.altindstack[this.indent]) return this.indentError();
          }
        }
      }

      this.tokStart = this.cur;

      // Return pending indents/dedents
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.makeToken(T.DEDENT, -1, -1);
        }
        this.pendin--;
        return this.makeToken(T.INDENT, -1, -1);
      }

      again: for (;;) {
        this.tokStart = -1;
        // Skip spaces
        do {
          c = this.nextc();
        } while (c === 0x20 || c === 0x09 || c === 0x0c);

        // Set start of current token
        this.tokStart = this.cur - 1;

        // Skip comment
        if (c === 0x23) {
          while (c !== EOF && c !== 0x0a) c = this.nextc();
        }

        // Check for EOF and errors now
        if (c === EOF) {
          if (this.level) return this.makeToken(T.ERRORTOKEN, -1, -1);
          if (this.done === E_EOF) return this.makeToken(T.ENDMARKER, -1, -1);
          return this.makeToken(T.ERRORTOKEN, -1, -1);
        }

        // Identifier (most frequent token!)
        if (isPotentialIdentifierStart(c)) {
          // Process the legal combinations of b"", r"", u"", and f"".
          let sawB = false;
          let sawR = false;
          let sawU = false;
          let sawF = false;
          let isString = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
            else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
            else break;
            c = this.nextc();
            if (c === 0x22 || c === 0x27) {
              isString = true;
              break;
            }
          }
          if (isString) return this.stringToken(c);
          let nonascii = false;
          while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = this.nextc();
          }
          this.backup(c);
          if (nonascii) this.verifyIdentifier();
          const start = this.tokStart;
          const text = this.src.slice(start, this.cur);
          if (text === 'async') return this.makeToken(T.ASYNC, start, this.cur);
          if (text === 'await') return this.makeToken(T.AWAIT, start, this.cur);
          return this.makeToken(T.NAME, start, this.cur);
        }

        // Newline
        if (c === 0x0a) {
          this.atbol = true;
          if (blankline || this.level > 0) continue nextline;
          return this.makeToken(T.NEWLINE, this.tokStart, this.cur - 1);
        }

        // Period or number starting with period?
        if (c === 0x2e) {
          c = this.nextc();
          if (isDigit(c)) return this.numberFraction(c);
          if (c === 0x2e) {
            c = this.nextc();
            if (c === 0x2e) return this.makeToken(T.ELLIPSIS, this.tokStart, this.cur);
            this.backup(c);
            this.backup(0x2e);
          } else {
            this.backup(c);
          }
          return this.makeToken(T.DOT, this.tokStart, this.cur);
        }

        // Number
        if (isDigit(c)) return this.number(c);

        // String
        if (c === 0x27 || c === 0x22) return this.stringToken(c);

        // Line continuation
        if (c === 0x5c) {
          c = this.continuationLine();
          if (c === -2) return this.makeToken(T.ERRORTOKEN, -1, -1);
          continue again;
        }

        // Check for two-character token
        {
          const c2 = this.nextc();
          let token = T.twoChars(c, c2);
          if (token !== T.OP) {
            const c3 = this.nextc();
            const token3 = T.threeChars(c, c2, c3);
            if (token3 !== T.OP) token = token3;
            else this.backup(c3);
            return this.makeToken(token, this.tokStart, this.cur);
          }
          this.backup(c2);
        }

        // Keep track of parentheses nesting level
        switch (c) {
          case 0x28: case 0x5b: case 0x7b:
            if (this.level >= MAXLEVEL) throw this.syntaxError('too many nested parentheses');
            this.parenstack[this.level] = c;
            this.parenlinenostack[this.level] = this.lineno;
            this.parencolstack[this.level] = this.byteCol(this.lineStart, this.tokStart);
            this.level++;
            break;
          case 0x29: case 0x5d: case 0x7d: {
            if (!this.level) throw this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
            this.level--;
            const opening = this.parenstack[this.level];
            if (!((opening === 0x28 && c === 0x29) || (opening === 0x5b && c === 0x5d) || (opening === 0x7b && c === 0x7d))) {
              const close = String.fromCharCode(c);
              const open = String.fromCharCode(opening);
              if (this.parenlinenostack[this.level] !== this.lineno) {
                throw this.syntaxError(
                  `closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${this.parenlinenostack[this.level]}`,
                );
              }
              throw this.syntaxError(`closing parenthesis '${close}' does not match opening parenthesis '${open}'`);
            }
            break;
          }
        }

        if (c < 128 && !isPrintableCodePoint(c)) {
          throw this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
        }

        // Punctuation character
        return this.makeToken(T.oneChar(c), this.tokStart, this.cur);
      }
    }
  }

  /** tok_continuation_line; returns -2 on error (done is set). */
  private continuationLine(): number {
    let c = this.nextc();
    if (c !== 0x0a) {
      this.done = E_LINECONT;
      return -2;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = E_EOF;
      this.cur = this.inp;
      return -2;
    }
    this.backup(c);
    return c;
  }

  private indentError(): Token {
    this.cur = this.inp;
    return this.errorToken(E_TABSPACE);
  }

  /** verify_identifier: PEP 3131 identifiers (XID_Start XID_Continue*). */
  private verifyIdentifier(): void {
    const s = this.src;
    let i = this.tokStart;
    let first = true;
    while (i < this.cur) {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const width = cp > 0xffff ? 2 : 1;
        if (i + width < this.cur) this.cur = i + width;
        const hex = hex4(cp);
        if (isPrintableCodePoint(cp)) throw this.syntaxError(`invalid character '${ch}' (U+${hex})`);
        throw this.syntaxError(`invalid non-printable character U+${hex}`);
      }
      first = false;
      i += cp > 0xffff ? 2 : 1;
    }
  }

  // ---------------------------------------------------------------- numbers

  /** lookahead(): does the text continue with `test` and then a non-identifier char? */
  private lookahead(test: string): boolean {
    const save = this.cur;
    for (let k = 0; k < test.length; k++) {
      if (this.nextc() !== test.charCodeAt(k)) {
        this.cur = save;
        return false;
      }
    }
    const c = this.nextc();
    const res = !isPotentialIdentifierChar(c);
    this.cur = save;
    return res;
  }

  /**
   * verify_end_of_number: a number followed directly by a keyword that can
   * follow a number in valid code ("1if x else y") only warns in 3.11; any
   * other identifier character is "invalid <kind> literal".
   */
  private verifyEndOfNumber(c: number, kind: string): void {
    let r = false;
    if (c === 0x61) r = this.lookahead('nd');
    else if (c === 0x65) r = this.lookahead('lse');
    else if (c === 0x66) r = this.lookahead('or');
    else if (c === 0x69) {
      const c2 = this.nextc();
      if (c2 === 0x66 || c2 === 0x6e || c2 === 0x73) r = true;
      this.backup(c2);
    } else if (c === 0x6f) r = this.lookahead('r');
    else if (c === 0x6e) r = this.lookahead('ot');
    if (r) return; // a SyntaxWarning in CPython; not an error
    // Only ASCII: a non-ASCII character after a number ends the number and is then
    // reported on its own ("invalid character '€' (U+20AC)"), as 3.11's `c < 128 &&`.
    if (c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      throw this.syntaxError(`invalid ${kind} literal`);
    }
  }

  /** tok_decimal_tail: digits with single underscores between them. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 0x5f) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.syntaxError('invalid decimal literal');
      }
    }
    return c;
  }

  private numberEnd(c: number): Token {
    this.backup(c);
    return this.makeToken(T.NUMBER, this.tokStart, this.cur);
  }

  private number(c: number): Token {
    if (c === 0x30) {
      // Hex, octal or binary -- maybe.
      c = this.nextc();
      if (c === 0x78 || c === 0x58) {
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (!isXDigit(c)) {
            this.backup(c);
            throw this.syntaxError('invalid hexadecimal literal');
          }
          do {
            c = this.nextc();
          } while (isXDigit(c));
        } while (c === 0x5f);
        this.verifyEndOfNumber(c, 'hexadecimal');
        return this.numberEnd(c);
      }
      if (c === 0x6f || c === 0x4f) {
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (c < 0x30 || c >= 0x38) {
            if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            throw this.syntaxError('invalid octal literal');
          }
          do {
            c = this.nextc();
          } while (c >= 0x30 && c < 0x38);
        } while (c === 0x5f);
        if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, 'octal');
        return this.numberEnd(c);
      }
      if (c === 0x62 || c === 0x42) {
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (c !== 0x30 && c !== 0x31) {
            if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            throw this.syntaxError('invalid binary literal');
          }
          do {
            c = this.nextc();
          } while (c === 0x30 || c === 0x31);
        } while (c === 0x5f);
        if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, 'binary');
        return this.numberEnd(c);
      }
      // maybe old-style octal; in any case, allow '0' as a literal
      let nonzero = false;
      for (;;) {
        if (c === 0x5f) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            throw this.syntaxError('invalid decimal literal');
          }
        }
        if (c !== 0x30) break;
        c = this.nextc();
      }
      const zerosEnd = this.cur;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
      }
      if (c === 0x2e) return this.numberFraction(this.nextc());
      if (c === 0x65 || c === 0x45) return this.numberExponent(c);
      if (c === 0x6a || c === 0x4a) return this.numberImaginary();
      if (nonzero) {
        this.backup(c);
        throw this.syntaxError(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          codePointCount(this.src, this.lineStart, this.tokStart + 1),
          codePointCount(this.src, this.lineStart, zerosEnd),
        );
      }
      this.verifyEndOfNumber(c, 'decimal');
      return this.numberEnd(c);
    }
    // Decimal
    c = this.decimalTail();
    if (c === 0x2e) return this.numberFraction(this.nextc());
    return this.numberAfterFraction(c);
  }

  /** The 'fraction:' label: c is the first character after the '.'. */
  private numberFraction(c: number): Token {
    if (isDigit(c)) c = this.decimalTail();
    return this.numberAfterFraction(c);
  }

  private numberAfterFraction(c: number): Token {
    if (c === 0x65 || c === 0x45) return this.numberExponent(c);
    if (c === 0x6a || c === 0x4a) return this.numberImaginary();
    this.verifyEndOfNumber(c, 'decimal');
    return this.numberEnd(c);
  }

  /** The 'exponent:' label: e is the 'e' or 'E' just read. */
  private numberExponent(e: number): Token {
    let c = this.nextc();
    if (c === 0x2b || c === 0x2d) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.syntaxError('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, 'decimal');
      this.backup(e);
      return this.makeToken(T.NUMBER, this.tokStart, this.cur);
    }
    c = this.decimalTail();
    if (c === 0x6a || c === 0x4a) return this.numberImaginary();
    this.verifyEndOfNumber(c, 'decimal');
    return this.numberEnd(c);
  }

  /** The 'imaginary:' label: the 'j' has been read. */
  private numberImaginary(): Token {
    const c = this.nextc();
    this.verifyEndOfNumber(c, 'imaginary');
    return this.numberEnd(c);
  }

  // ---------------------------------------------------------------- strings

  private stringToken(quote: number): Token {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    // Find the quote size and start of string
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string found
    }
    if (c !== quote) this.backup(c);
    // Get rest of string
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 0x0a)) {
        // Report the error from the initial quote character.
        this.cur = this.tokStart + 1;
        this.lineStart = this.multiLineStart;
        const detected = this.lineno;
        this.lineno = this.firstLineno;
        if (quoteSize === 3) {
          const err = this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`);
          if (c !== 0x0a) this.done = E_EOFS;
          throw err;
        }
        const err = this.syntaxError(`unterminated string literal (detected at line ${detected})`);
        if (c !== 0x0a) this.done = E_EOLS;
        throw err;
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === 0x5c) this.nextc(); // skip escaped char
      }
    }
    return this.makeToken(T.STRING, this.tokStart, this.cur);
  }

  /** The text of physical line `lineno` (1-based) of the source, with its newline if it has one. */
  /** The text of a parser error in string input (_PyPegen_raise_error_known_location):
   *  the tokenizer's current line with its newline when the error is on it (or past it),
   *  else that earlier line from the source, without its newline. */
  stringErrorLine(lineno: number): string {
    if (this.lineno <= lineno && this.inp > this.lineStart) return this.src.slice(this.lineStart, this.inp);
    let start = 0;
    for (let n = 1; n < lineno; n++) {
      const nl = this.src.indexOf('\n', start);
      if (nl < 0) break;
      start = nl + 1;
    }
    return this.lineAt(start);
  }

  sourceLine(lineno: number): string | null {
    let start = 0;
    for (let n = 1; n < lineno; n++) {
      const nl = this.src.indexOf('\n', start);
      if (nl < 0) return null;
      start = nl + 1;
    }
    if (start >= this.src.length) return null;
    const nl = this.src.indexOf('\n', start);
    const end = nl < 0 ? this.src.length : nl + 1;
    return this.fakedNewline && end === this.src.length ? this.src.slice(start, end - 1) : this.src.slice(start, end);
  }

  /** tok->buf: start of the buffer holding the current token's lines. */
  get bufStart(): number {
    return this.buf;
  }
}

export function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : '0000'.slice(h.length) + h;
}
