// f-strings as CPython 3.11 parses them: the STRING token's body is scanned
// here (Parser/string_parser.c fstring_find_literal / fstring_find_expr /
// _PyPegen_FstringParser_ConcatFstring) and every replacement field's
// expression text is parsed by a nested parser over "(" + text + ")".

import type { Constant, Conversion, expr, FormattedValue, JoinedStr, Located } from './ast';
import { decodeUnicodeEscapes } from './strings';

export interface FstringHost {
  /** RAISE_SYNTAX_ERROR at the parser's last token. Never returns. */
  fail(msg: string): never;
  /** fstring_compile_expr: parse body[start, end) as an expression. */
  compileExpr(body: string, start: number, end: number, tokenIndex: number): expr;
  /** Position of the whole concatenation (first_token .. last_token). */
  outer: Located;
  /** 'u' when the first token of the concatenation is a u'' string (make_str_node_and_del). */
  kind: string | null;
  /** Position of the STRING token currently scanned (for nested format specs). */
  token(tokenIndex: number): Located;
}

/** FstringParser state: the pending literal and the parts so far. */
export class FstringState {
  lastStr: string | null = null;
  fmode = false;
  readonly parts: (Constant | FormattedValue)[] = [];

  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }

  flushLiteral(host: FstringHost): void {
    if (this.lastStr !== null) {
      this.parts.push(strNode(this.lastStr, host.outer, host.kind));
      this.lastStr = null;
    }
  }
}

export function strNode(s: string, at: Located, kind: string | null): Constant {
  return {
    _type: 'Constant', value: { kind: 'str', value: s }, kind,
    lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
}

interface Cursor {
  i: number;
}

/** fstring_find_literal: returns the literal and whether scanning stopped on a doubled brace. */
function findLiteral(host: FstringHost, body: string, cur: Cursor, end: number, raw: boolean, recurse: number): [string | null, boolean] {
  let s = cur.i;
  const literalStart = s;
  let doubled = false;
  while (s < end) {
    let ch = body.charCodeAt(s++);
    if (!raw && ch === 0x5c && s < end) {
      ch = body.charCodeAt(s++);
      if (ch === 0x4e) {
        if (s < end && body.charCodeAt(s++) === 0x7b) {
          while (s < end && body.charCodeAt(s++) !== 0x7d) { /* skip \N{...} */ }
        }
        continue;
      }
    }
    if (ch === 0x7b || ch === 0x7d) {
      if (recurse === 0) {
        if (s < end && body.charCodeAt(s) === ch) {
          // Doubled brace: the literal ends here; resume after the second brace.
          const lit = body.slice(literalStart, s);
          cur.i = s + 1;
          doubled = true;
          return [decodeLit(lit, raw), doubled];
        }
        if (ch === 0x7d) {
          cur.i = s - 1;
          host.fail("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  cur.i = s;
  if (literalStart === s) return [null, false];
  return [decodeLit(body.slice(literalStart, s), raw), false];
}

function decodeLit(lit: string, raw: boolean): string {
  return raw ? lit : decodeUnicodeEscapes(lit);
}

/** fstring_find_expr: scan one replacement field starting at '{'. */
function findExpr(
  host: FstringHost, body: string, cur: Cursor, end: number, raw: boolean, recurse: number,
  tokenIndex: number, state: FstringState,
): FormattedValue {
  if (recurse >= 2) host.fail('f-string: expressions nested too deeply');
  cur.i++; // the '{'
  const exprStart = cur.i;
  let quoteChar = 0;
  let stringType = 0;
  const parenstack: number[] = [];
  for (; cur.i < end; cur.i++) {
    const ch = body.charCodeAt(cur.i);
    if (ch === 0x5c) host.fail('f-string expression part cannot include a backslash');
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (cur.i + 2 < end && body.charCodeAt(cur.i + 1) === ch && body.charCodeAt(cur.i + 2) === ch) {
            cur.i += 2;
            stringType = 0;
            quoteChar = 0;
            continue;
          }
        } else {
          quoteChar = 0;
          stringType = 0;
          continue;
        }
      }
    } else if (ch === 0x27 || ch === 0x22) {
      if (cur.i + 2 < end && body.charCodeAt(cur.i + 1) === ch && body.charCodeAt(cur.i + 2) === ch) {
        stringType = 3;
        cur.i += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
      if (parenstack.length >= 200) host.fail('f-string: too many nested parenthesis');
      parenstack.push(ch);
    } else if (ch === 0x23) {
      host.fail("f-string expression part cannot include '#'");
    } else if (parenstack.length === 0 && (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
      if (cur.i + 1 < end) {
        const next = body.charCodeAt(cur.i + 1);
        if ((ch === 0x21 && next === 0x3d) || (ch === 0x3d && next === 0x3d) || (ch === 0x3c && next === 0x3d) || (ch === 0x3e && next === 0x3d)) {
          cur.i += 1;
          continue;
        }
      }
      if (ch === 0x3e || ch === 0x3c) continue;
      break;
    } else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
      if (parenstack.length === 0) host.fail(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = parenstack.pop()!;
      if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === 0x7b && ch === 0x7d))) {
        host.fail(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
      }
    }
  }
  const exprEnd = cur.i;
  if (quoteChar) host.fail('f-string: unterminated string');
  if (parenstack.length) host.fail(`f-string: unmatched '${String.fromCharCode(parenstack[parenstack.length - 1])}'`);
  if (cur.i >= end) host.fail("f-string: expecting '}'");

  // Compile the expression first, so its errors come before those of the
  // conversion or format spec.
  const value = compileExprChecked(host, body, exprStart, exprEnd, tokenIndex);

  let exprText: string | null = null;
  if (body.charCodeAt(cur.i) === 0x3d) {
    cur.i++;
    while (cur.i < end && isSpace(body.charCodeAt(cur.i))) cur.i++;
    if (cur.i >= end) host.fail("f-string: expecting '}'");
    exprText = body.slice(exprStart, cur.i);
  }

  let conversion: number = -1;
  if (body.charCodeAt(cur.i) === 0x21) {
    cur.i++;
    if (cur.i >= end) host.fail("f-string: expecting '}'");
    conversion = body.charCodeAt(cur.i);
    cur.i++;
    if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
      host.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }

  let formatSpec: JoinedStr | null = null;
  if (cur.i >= end) host.fail("f-string: expecting '}'");
  if (body.charCodeAt(cur.i) === 0x3a) {
    cur.i++;
    if (cur.i >= end) host.fail("f-string: expecting '}'");
    const inner = new FstringState();
    concatFstring(host, inner, body, cur, end, raw, recurse + 1, tokenIndex);
    formatSpec = finishFstring(inner, host.token(tokenIndex), null);
  }
  if (cur.i >= end || body.charCodeAt(cur.i) !== 0x7d) host.fail("f-string: expecting '}'");
  cur.i++;

  if (exprText !== null) {
    state.concat(exprText);
    if (formatSpec === null && conversion === -1) conversion = 0x72;
  }
  const o = host.outer;
  return {
    _type: 'FormattedValue', value, conversion: conversion as Conversion, format_spec: formatSpec,
    lineno: o.lineno, col_offset: o.col_offset, end_lineno: o.end_lineno, end_col_offset: o.end_col_offset,
  };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

function compileExprChecked(host: FstringHost, body: string, start: number, end: number, tokenIndex: number): expr {
  let s = start;
  while (s < end) {
    const c = body.charCodeAt(s);
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c)) break;
    s++;
  }
  if (s === end) {
    const c = body.charAt(end);
    if (c === '!' || c === ':' || c === '=') host.fail(`f-string: expression required before '${c}'`);
    host.fail('f-string: empty expression not allowed');
  }
  return host.compileExpr(body, start, end, tokenIndex);
}

/** _PyPegen_FstringParser_ConcatFstring. */
export function concatFstring(
  host: FstringHost, state: FstringState, body: string, cur: Cursor, end: number, raw: boolean,
  recurse: number, tokenIndex: number,
): void {
  state.fmode = true;
  for (;;) {
    const [literal, doubled] = findLiteral(host, body, cur, end, raw, recurse);
    if (literal !== null) state.concat(literal);
    if (doubled) continue;
    if (cur.i >= end || body.charCodeAt(cur.i) === 0x7d) break;
    // The expression's '=' text (if any) joins the literal before the FormattedValue.
    const fv = findExpr(host, body, cur, end, raw, recurse, tokenIndex, state);
    state.flushLiteral(host);
    state.parts.push(fv);
  }
  if (recurse === 0 && cur.i < end) host.fail('f-string: unexpected end of string');
  if (recurse !== 0 && body.charCodeAt(cur.i) !== 0x7d) host.fail("f-string: expecting '}'");
}

/** _PyPegen_FstringParser_Finish for an f-string state. */
export function finishFstring(state: FstringState, at: Located, kind: string | null): JoinedStr {
  if (state.lastStr !== null) {
    state.parts.push(strNode(state.lastStr, at, kind));
    state.lastStr = null;
  }
  return {
    _type: 'JoinedStr', values: state.parts,
    lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
}
