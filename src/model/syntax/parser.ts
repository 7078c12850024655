// The parser: a hand-written PEG parser following CPython 3.11's
// Grammar/python.gram rule by rule (pegen's generated Parser/parser.c), with
// its two passes: a fast first pass, and on failure a second pass in which the
// invalid_* rules are active and raise CPython's specific SyntaxError
// messages (Parser/pegen.c _PyPegen_run_parser, pegen_errors.c
// _Pypegen_set_syntax_error). Tokens are pulled lazily from the tokenizer so
// tokenizer errors win or lose against parser errors exactly as in CPython.
//
// Left-recursive rules (primary, t_primary, bitwise_or, sum, ...) are written
// as loops, which yields the same trees as pegen's seed growing for these
// rules. Rules marked (memo) in the grammar are memoized per token.

import type * as A from './ast';
import { PySyntaxError, UnsupportedSyntax, type SyntaxErrorKind } from './errors';
import { concatFstring, finishFstring, FstringState, strNode, type FstringHost } from './fstring';
import { DecodeError, decodeBytes, decodeUnicodeEscapes, splitStringToken } from './strings';
import {
  codePointCount, E_DEDENT, E_DONE, E_EOF, E_LINECONT, E_OK, E_TABSPACE, E_TOODEEP, normalizeSource, type StringInput, Tokenizer, utf8Length,
} from './tokenizer';
import { T as TOKENS } from './tokens';
import { Memo, type Token } from './tokens';

/** Local alias: a module-level const avoids a CommonJS getter per access. */
const T = TOKENS;

type expr = A.expr;
type stmt = A.stmt;

interface NameDefaultPair { arg: A.arg; value: expr | null }
interface SlashWithDefault { plain_names: A.arg[]; names_with_defaults: NameDefaultPair[] }
interface StarEtc { vararg: A.arg | null; kwonlyargs: NameDefaultPair[]; kwarg: A.arg | null }
interface KeywordOrStarred { element: A.keyword | expr; is_keyword: boolean }
interface KeyValuePair { key: expr | null; value: expr }
interface CmpopExprPair { op: A.cmpop; expr: expr }

const enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

// Memo keys (one per memoized rule).
const M_SIMPLE_STMT = 1;
const M_BLOCK = 2;
const M_EXPRESSION = 3;
const M_STAR_EXPRESSION = 4;
const M_DISJUNCTION = 5;
const M_CONJUNCTION = 6;
const M_INVERSION = 7;
const M_FACTOR = 8;
const M_AWAIT_PRIMARY = 9;
const M_STRINGS = 10;
const M_ARGUMENTS = 11;
const M_STAR_TARGET = 12;
const M_TARGET_WITH_STAR_ATOM = 13;
const M_DEL_TARGET = 14;
const M_INVALID_NAMED_EXPRESSION = 15;
const M_BITWISE_OR = 20;
const M_PRIMARY = 17;
const M_T_PRIMARY = 18;
const M_DOTTED_NAME = 19;
// M_BITWISE_OR + 1..5: bitwise_xor, bitwise_and, shift_expr, sum, term

/** Thrown inside the parser to stop at the first error (pegen's error_indicator). */
function isPyErr(e: unknown): e is PySyntaxError {
  return e instanceof PySyntaxError;
}

export interface ParserOptions {
  filename: string;
  /** f-string expression mode (Py_fstring_input). */
  fstring?: { startingLineno: number; startingColOffset: number; lineno: number };
  /** Source given as a string (eval/exec/compile: _PyParser_ASTFromString), with its
   *  start rule; absent for a file. */
  stringInput?: StringInput;
  /** The error reading the file's next line raises (source_decode.ts). */
  readError?: PySyntaxError | null;
  /** sys.get_int_max_str_digits() (0: no limit) for decimal int literals; 4300 if absent. */
  intMaxStrDigits?: number;
}

/** _PY_LONG_DEFAULT_MAX_STR_DIGITS: the limit a file is parsed with (before any code can change it). */
const DEFAULT_MAX_STR_DIGITS = 4300;

export class Parser {
  readonly tok: Tokenizer;
  readonly tokens: Token[] = [];
  mark = 0;
  private callInvalidRules = false;
  private knownErrToken: Token | null = null;
  /** The node found by the last memoHit(). */
  private memoNode: unknown = null;
  private readonly filename: string;
  private readonly fstringMode: boolean;
  private readonly stringInput: boolean;
  private readonly startingColOffset: number;
  private readonly intMaxStrDigits: number;

  constructor(source: string, options: ParserOptions) {
    this.filename = options.filename;
    this.intMaxStrDigits = options.intMaxStrDigits ?? DEFAULT_MAX_STR_DIGITS;
    const fs = options.fstring;
    this.fstringMode = fs !== undefined;
    this.stringInput = options.stringInput !== undefined;
    this.startingColOffset = fs ? fs.startingColOffset : 0;
    this.tok = new Tokenizer(fs ? source : normalizeSource(source), {
      filename: options.filename,
      startingLineno: fs?.startingLineno,
      startingColOffset: fs?.startingColOffset,
      lineno: fs?.lineno,
      stringInput: options.stringInput,
      readError: options.readError,
    });
  }

  // =====================================================================
  // Driver (_PyPegen_run_parser)

  parseFile(): A.Module {
    return this.run(() => this.file()) as A.Module;
  }

  /** The eval start rule (Py_eval_input). */
  parseEval(): A.Expression {
    return this.run(() => this.eval()) as A.Expression;
  }

  parseFstringExpr(): expr {
    return this.run(() => this.star_expressions()) as expr;
  }

  private run(start: () => unknown): unknown {
    let res: unknown;
    try {
      res = start();
    } catch (e) {
      if (isPyErr(e)) this.afterError(e);
      throw e;
    }
    if (res) return res;
    // Second pass with the invalid_* rules on, for a better message.
    const lastToken = this.tokens[this.tokens.length - 1];
    for (const t of this.tokens) t.memo = null;
    this.mark = 0;
    this.callInvalidRules = true;
    try {
      start();
    } catch (e) {
      if (isPyErr(e)) this.afterError(e);
      throw e;
    }
    // _Pypegen_set_syntax_error with no error raised by the second pass.
    if (lastToken.type === T.INDENT || lastToken.type === T.DEDENT) {
      throw this.raiseError('IndentationError', lastToken.type === T.INDENT ? 'unexpected indent' : 'unexpected unindent');
    }
    const err = this.errorAt('SyntaxError', 'invalid syntax', lastToken.lineno, lastToken.col_offset, lastToken.end_lineno, lastToken.end_col_offset);
    this.afterError(err);
    throw err;
  }

  /**
   * Tokenizer errors later in the file take priority over parser errors
   * (pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors); throws
   * the replacing error, or returns to let the caller throw the original.
   */
  private afterError(err: PySyntaxError): void {
    const done = this.tok.done;
    if (!(done === E_OK || done === E_DONE)) return;
    if (this.fstringMode) return;
    const current = this.knownErrToken ?? this.tokens[this.tokens.length - 1];
    const currentErrLine = current ? current.lineno : 0;
    for (;;) {
      const t = this.tok.get(); // throws a replacing tokenizer error
      if (t.type === T.ERRORTOKEN) {
        if (this.tok.level !== 0) {
          const errorLineno = this.tok.parenlinenostack[this.tok.level - 1];
          if (currentErrLine > errorLineno) throw this.unclosedParenError();
        }
        break;
      }
      if (t.type === T.ENDMARKER) break;
    }
    void err; // the caller rethrows it
  }

  // =====================================================================
  // Tokens

  private fillToken(): void {
    const t = this.tok.get();
    this.tokens.push(t);
    if (t.type === T.ERRORTOKEN) throw this.tokenizerError(t);
  }

  /** The token at the mark (filled on demand). */
  private peek(): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark];
  }

  private peekType(): number {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.tokens[this.mark].type;
  }

  private expect(type: number): Token | null {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark];
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** &&'x': the token must be there, else "expected 'x'" right away. */
  private expectForced(type: number, text: string): Token {
    const t = this.peek();
    if (t.type !== type) throw this.knownLocation(t, `expected '${text}'`);
    this.mark++;
    return t;
  }

  private isType(type: number): boolean {
    return this.peekType() === type;
  }

  /** Negative/positive lookahead of a sub-rule without consuming input. */
  private lookahead(positive: boolean, fn: () => unknown): boolean {
    const m = this.mark;
    const r = fn();
    this.mark = m;
    return (r !== null && r !== undefined && r !== false) === positive;
  }

  private nameTokenNode(): A.Name | null {
    const t = this.expect(T.NAME);
    if (!t) return null;
    return this.nameFromToken(t);
  }

  private nameFromToken(t: Token): A.Name {
    let id = t.string;
    for (let i = 0; i < id.length; i++) {
      if (id.charCodeAt(i) >= 0x80) {
        id = id.normalize('NFKC');
        break;
      }
    }
    return {
      _type: 'Name', id, ctx: 'Load',
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
    };
  }

  private softKeyword(word: string): Token | null {
    const t = this.peek();
    if (t.type === T.NAME && t.string === word) {
      this.mark++;
      return t;
    }
    return null;
  }

  /**
   * _PyPegen_is_memoized: true (and the mark moved past the result) when
   * `key` is memoized at the mark (each token keeps a short list, as pegen does:
   * only the rules tried there take room).
   */
  private memoHit(key: number): boolean {
    if (this.mark === this.tokens.length) this.fillToken();
    for (let m = this.tokens[this.mark].memo; m !== null; m = m.next) {
      if (m.type === key) {
        this.memoNode = m.node;
        this.mark = m.mark;
        return true;
      }
    }
    return false;
  }

  /** _PyPegen_insert_memo / _PyPegen_update_memo: a left-recursive rule updates its
   *  entry as the seed grows. */
  private memoSet(startMark: number, key: number, node: unknown): void {
    const t = this.tokens[startMark];
    for (let m = t.memo; m !== null; m = m.next) {
      if (m.type === key) {
        m.node = node;
        m.mark = this.mark;
        return;
      }
    }
    t.memo = new Memo(key, node, this.mark, t.memo);
  }

  /** _PyPegen_get_last_nonnwhitespace_token. */
  private lastNonWs(): Token {
    let token = this.tokens[0];
    for (let m = this.mark - 1; m >= 0; m--) {
      token = this.tokens[m];
      if (token.type !== T.ENDMARKER && (token.type < T.NEWLINE || token.type > T.DEDENT)) break;
    }
    return token;
  }

  /** EXTRA: the node spans from the token at `m` to the last consumed one. */
  private loc<N extends A.Located>(n: N, m: number): N {
    const s = this.tokens[m];
    const e = this.lastNonWs();
    const r = n as N;
    r.lineno = s.lineno;
    r.col_offset = s.col_offset;
    r.end_lineno = e.end_lineno;
    r.end_col_offset = e.end_col_offset;
    return r;
  }

  /** Position spanning two nodes (EXTRA_EXPR). */
  private span<N extends A.Located>(n: N, a: A.Located, b: A.Located): N {
    const r = n as N;
    r.lineno = a.lineno;
    r.col_offset = a.col_offset;
    r.end_lineno = b.end_lineno;
    r.end_col_offset = b.end_col_offset;
    return r;
  }

  // =====================================================================
  // Errors

  /**
   * _PyPegen_raise_error_known_location. Columns are 1-based byte columns, or
   * CURRENT_POS (-5). In a file, CPython leaves them as bytes (no encoding
   * set); an f-string's nested parser converts them to characters.
   */
  private errorAtRaw(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    const CURRENT_POS = -5;
    if (endLineno === CURRENT_POS) endLineno = this.tok.lineno;
    if (endCol === CURRENT_POS) endCol = this.tok.byteCol(this.tok.lineStart, this.tok.cur);
    if (this.fstringMode) {
      msg = 'f-string: ' + msg;
      const text = this.tok.lineAt(this.tok.bufStart) + '\n';
      col -= this.startingColOffset;
      endCol -= this.startingColOffset;
      const c = col > 0 ? byteOffsetToCharOffset(text, col) : col;
      const ec = endCol > 0 ? byteOffsetToCharOffset(text, endCol) : endCol;
      return new PySyntaxError(kind, msg, this.filename, lineno, c, endLineno, ec, text);
    }
    let text: string | null;
    if (this.stringInput) {
      text = this.tok.stringErrorLine(lineno);
    } else {
      const line = this.tok.sourceLine(lineno);
      text = line === null ? null : programTextLine(line);
      if (text === null) text = this.tok.lineAt(this.tok.bufStart);
    }
    return new PySyntaxError(kind, msg, this.filename, lineno, col, endLineno, endCol, text);
  }

  /** RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (-1 none). */
  private errorAt(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    return this.errorAtRaw(kind, msg, lineno, col === -5 ? -5 : col + 1, endLineno, endCol === -5 ? -5 : endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read (_PyPegen_raise_error). */
  private raiseError(kind: SyntaxErrorKind, msg: string): PySyntaxError {
    if (this.tokens.length === 0) return this.errorAtRaw(kind, msg, 0, 0, 0, -1);
    const t = this.knownErrToken ?? this.tokens[this.tokens.length - 1];
    let col: number;
    if (t.col_offset === -1) {
      col = this.tok.cur === this.tok.bufStart ? 0 : this.tok.byteCol(this.tok.lineStart, this.tok.cur);
    } else {
      col = t.col_offset + 1;
    }
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    return this.errorAtRaw(kind, msg, t.lineno, col, t.end_lineno, endCol);
  }

  private syntaxError(msg: string): PySyntaxError {
    return this.raiseError('SyntaxError', msg);
  }

  private knownLocation(a: A.Located | Token, msg: string): PySyntaxError {
    return this.errorAt('SyntaxError', msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  private knownRange(a: A.Located | Token, b: A.Located | Token, msg: string): PySyntaxError {
    return this.errorAt('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  private startingFrom(a: A.Located | Token, msg: string): PySyntaxError {
    return this.errorAt('SyntaxError', msg, a.lineno, a.col_offset, -5, -5);
  }

  private unclosedParenError(): PySyntaxError {
    const level = this.tok.level;
    const lineno = this.tok.parenlinenostack[level - 1];
    const col = this.tok.parencolstack[level - 1];
    const ch = String.fromCharCode(this.tok.parenstack[level - 1]);
    return this.errorAt('SyntaxError', `'${ch}' was never closed`, lineno, col, lineno, -1);
  }

  /** _Pypegen_tokenizer_error for an ERRORTOKEN carrying a done code. */
  private tokenizerError(t: Token): PySyntaxError {
    let kind: SyntaxErrorKind = 'SyntaxError';
    let msg: string;
    let col = -1;
    switch (t.done) {
      case E_EOF:
        if (this.tok.level) return this.unclosedParenError();
        return this.syntaxError('unexpected EOF while parsing');
      case E_DEDENT:
        return this.raiseError('IndentationError', 'unindent does not match any outer indentation level');
      case E_TABSPACE:
        kind = 'TabError';
        msg = 'inconsistent use of tabs and spaces in indentation';
        break;
      case E_TOODEEP:
        kind = 'IndentationError';
        msg = 'too many levels of indentation';
        break;
      case E_LINECONT:
        col = this.tok.byteCol(this.tok.bufStart, this.tok.cur) - 1;
        msg = 'unexpected character after line continuation character';
        break;
      default:
        msg = 'unknown parsing error';
    }
    return this.errorAt(kind, msg, this.tok.lineno, col >= 0 ? col : 0, this.tok.lineno, -1);
  }

  private invalidTarget(type: TargetsType, e: expr | null): PySyntaxError | null {
    const target = getInvalidTarget(e, type);
    if (target === null) return null;
    const msg = type === TargetsType.DEL_TARGETS ? 'cannot delete ' : 'cannot assign to ';
    return this.knownLocation(target, msg + getExprName(target));
  }

  // =====================================================================
  // Starting rules and statements

  // file: [statements] ENDMARKER
  private file(): A.Module | null {
    const m = this.mark;
    const a = this.statements();
    if (this.expect(T.ENDMARKER)) return { _type: 'Module', body: a ?? [], type_ignores: [] };
    this.mark = m;
    return null;
  }

  // eval: expressions NEWLINE* ENDMARKER
  private eval(): A.Expression | null {
    const m = this.mark;
    const a = this.expressions();
    if (a) {
      while (this.expect(T.NEWLINE));
      if (this.expect(T.ENDMARKER)) return { _type: 'Expression', body: a };
    }
    this.mark = m;
    return null;
  }

  // statements: statement+
  private statements(): stmt[] | null {
    const out: stmt[] = [];
    for (;;) {
      const start = this.mark;
      const s = this.statement();
      if (s === null) break;
      // A statement that parsed is not parsed again (a failure after it backtracks to
      // its end at most), so its tokens' memos are dropped: kept, a long program's
      // memo arrays stay alive through the whole parse and every scavenge copies them.
      // Memoization only saves work, so this changes no result.
      for (let i = start; i < this.mark; i++) this.tokens[i].memo = null;
      for (const x of s) out.push(x);
    }
    return out.length ? out : null;
  }

  // statement: compound_stmt | simple_stmts
  private statement(): stmt[] | null {
    const m = this.mark;
    const a = this.compound_stmt();
    if (a) return [a];
    this.mark = m;
    const b = this.simple_stmts();
    if (b) return b;
    this.mark = m;
    return null;
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  private simple_stmts(): stmt[] | null {
    const m = this.mark;
    const a = this.simple_stmt();
    if (a && !this.isType(T.SEMI) && this.expect(T.NEWLINE)) return [a];
    this.mark = m;
    const seq = this.gather(() => this.simple_stmt(), T.SEMI);
    if (seq) {
      this.expect(T.SEMI);
      if (this.expect(T.NEWLINE)) return seq;
    }
    this.mark = m;
    return null;
  }

  /** s.e+ : one or more e separated by s (separator not consumed when no e follows). */
  private gather<N>(elem: () => N | null, sep: number): N[] | null {
    const first = elem();
    if (first === null) return null;
    const out = [first];
    for (;;) {
      const m = this.mark;
      if (!this.expect(sep)) break;
      const e = elem();
      if (e === null) {
        this.mark = m;
        break;
      }
      out.push(e);
    }
    return out;
  }

  private simple_stmt(): stmt | null {
    const m = this.mark;
    if (this.memoHit(M_SIMPLE_STMT)) return this.memoNode as stmt | null;
    const r = this.simple_stmt_raw();
    this.memoSet(m, M_SIMPLE_STMT, r);
    return r;
  }

  private simple_stmt_raw(): stmt | null {
    const m = this.mark;
    let r: stmt | null = this.assignment();
    if (r) return r;
    this.mark = m;
    const e = this.star_expressions();
    if (e) return this.loc<A.Expr>({ _type: 'Expr', value: e, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    this.mark = m;
    const t = this.peekType();
    switch (t) {
      case T.KW_RETURN: r = this.return_stmt(); break;
      case T.KW_IMPORT: case T.KW_FROM: r = this.import_stmt(); break;
      case T.KW_RAISE: r = this.raise_stmt(); break;
      case T.KW_PASS: this.mark++; return this.loc<A.Pass>({ _type: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      case T.KW_DEL: r = this.del_stmt(); break;
      case T.KW_YIELD: r = this.yield_stmt(); break;
      case T.KW_ASSERT: r = this.assert_stmt(); break;
      case T.KW_BREAK: this.mark++; return this.loc<A.Break>({ _type: 'Break', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      case T.KW_CONTINUE: this.mark++; return this.loc<A.Continue>({ _type: 'Continue', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      case T.KW_GLOBAL: r = this.global_stmt(); break;
      case T.KW_NONLOCAL: r = this.nonlocal_stmt(); break;
      default: return null;
    }
    if (r) return r;
    this.mark = m;
    return null;
  }

  private compound_stmt(): stmt | null {
    const m = this.mark;
    const t = this.peekType();
    let r: stmt | null = null;
    if (t === T.KW_DEF || t === T.AT || t === T.ASYNC) {
      r = this.function_def();
      if (r) return r;
      this.mark = m;
    }
    if (t === T.KW_IF) {
      r = this.if_stmt();
      if (r) return r;
      this.mark = m;
    }
    if (t === T.KW_CLASS || t === T.AT) {
      r = this.class_def();
      if (r) return r;
      this.mark = m;
    }
    if (t === T.KW_WITH || t === T.ASYNC) {
      r = this.with_stmt();
      if (r) return r;
      this.mark = m;
    }
    if (t === T.KW_FOR || t === T.ASYNC) {
      r = this.for_stmt();
      if (r) return r;
      this.mark = m;
    }
    if (t === T.KW_TRY) {
      r = this.try_stmt();
      if (r) return r;
      this.mark = m;
    }
    if (t === T.KW_WHILE) {
      r = this.while_stmt();
      if (r) return r;
      this.mark = m;
    }
    r = this.match_stmt();
    if (r) return r;
    this.mark = m;
    return null;
  }

  // --------------------------------------------------------------- assignment

  private assignment(): stmt | null {
    const m = this.mark;
    // NAME ':' expression ['=' annotated_rhs]
    {
      const a = this.nameTokenNode();
      if (a && this.expect(T.COLON)) {
        const b = this.expression();
        if (b) {
          const c = this.optAssignRhs();
          a.ctx = 'Store';
          return this.loc<A.AnnAssign>({ _type: 'AnnAssign', target: a, annotation: b, value: c, simple: 1, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
      this.mark = m;
    }
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    {
      let a: expr | null = null;
      if (this.expect(T.LPAR)) {
        const b = this.single_target();
        if (b && this.expect(T.RPAR)) a = b;
      }
      if (!a) {
        this.mark = m;
        a = this.single_subscript_attribute_target();
      }
      if (a && this.expect(T.COLON)) {
        const b = this.expression();
        if (b) {
          const c = this.optAssignRhs();
          return this.loc<A.AnnAssign>({ _type: 'AnnAssign', target: a, annotation: b, value: c, simple: 0, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
      this.mark = m;
    }
    // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    {
      const targets: expr[] = [];
      for (;;) {
        const m2 = this.mark;
        const z = this.star_targets();
        if (z && this.expect(T.EQUAL)) {
          targets.push(z);
          continue;
        }
        this.mark = m2;
        break;
      }
      if (targets.length) {
        const b = this.yield_expr() ?? this.star_expressions();
        if (b && !this.isType(T.EQUAL)) {
          return this.loc<A.Assign>({ _type: 'Assign', targets, value: b, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
      this.mark = m;
    }
    // single_target augassign ~ (yield_expr | star_expressions)
    {
      const a = this.single_target();
      if (a) {
        const op = this.augassign();
        if (op) {
          const c = this.yield_expr() ?? this.star_expressions();
          if (c) return this.loc<A.AugAssign>({ _type: 'AugAssign', target: a, op, value: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
          this.mark = m;
          return null; // cut
        }
      }
      this.mark = m;
    }
    if (this.callInvalidRules) {
      this.invalid_assignment();
      this.mark = m;
    }
    return null;
  }

  private optAssignRhs(): expr | null {
    const m = this.mark;
    if (this.expect(T.EQUAL)) {
      const d = this.annotated_rhs();
      if (d) return d;
    }
    this.mark = m;
    return null;
  }

  private annotated_rhs(): expr | null {
    return this.yield_expr() ?? this.star_expressions();
  }

  private augassign(): A.operator | null {
    const t = this.peekType();
    let op: A.operator | null = null;
    switch (t) {
      case T.PLUSEQUAL: op = 'Add'; break;
      case T.MINEQUAL: op = 'Sub'; break;
      case T.STAREQUAL: op = 'Mult'; break;
      case T.ATEQUAL: op = 'MatMult'; break;
      case T.SLASHEQUAL: op = 'Div'; break;
      case T.PERCENTEQUAL: op = 'Mod'; break;
      case T.AMPEREQUAL: op = 'BitAnd'; break;
      case T.VBAREQUAL: op = 'BitOr'; break;
      case T.CIRCUMFLEXEQUAL: op = 'BitXor'; break;
      case T.LEFTSHIFTEQUAL: op = 'LShift'; break;
      case T.RIGHTSHIFTEQUAL: op = 'RShift'; break;
      case T.DOUBLESTAREQUAL: op = 'Pow'; break;
      case T.DOUBLESLASHEQUAL: op = 'FloorDiv'; break;
      default: return null;
    }
    this.mark++;
    return op;
  }

  // ----------------------------------------------------------- simple stmts

  private return_stmt(): stmt | null {
    const m = this.mark;
    if (!this.expect(T.KW_RETURN)) return null;
    const a = this.star_expressions();
    return this.loc<A.Return>({ _type: 'Return', value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private raise_stmt(): stmt | null {
    const m = this.mark;
    if (this.expect(T.KW_RAISE)) {
      const a = this.expression();
      if (a) {
        let b: expr | null = null;
        const m2 = this.mark;
        if (this.expect(T.KW_FROM)) {
          b = this.expression();
          if (!b) this.mark = m2;
        }
        return this.loc<A.Raise>({ _type: 'Raise', exc: a, cause: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    if (this.expect(T.KW_RAISE)) return this.loc<A.Raise>({ _type: 'Raise', exc: null, cause: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    this.mark = m;
    return null;
  }

  private global_stmt(): stmt | null {
    const m = this.mark;
    if (!this.expect(T.KW_GLOBAL)) return null;
    const a = this.gather(() => this.nameTokenNode(), T.COMMA);
    if (!a) {
      this.mark = m;
      return null;
    }
    return this.loc<A.Global>({ _type: 'Global', names: a.map((n) => n.id), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private nonlocal_stmt(): stmt | null {
    const m = this.mark;
    if (!this.expect(T.KW_NONLOCAL)) return null;
    const a = this.gather(() => this.nameTokenNode(), T.COMMA);
    if (!a) {
      this.mark = m;
      return null;
    }
    return this.loc<A.Nonlocal>({ _type: 'Nonlocal', names: a.map((n) => n.id), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private del_stmt(): stmt | null {
    const m = this.mark;
    if (this.expect(T.KW_DEL)) {
      const a = this.del_targets();
      if (a && (this.isType(T.SEMI) || this.isType(T.NEWLINE))) {
        return this.loc<A.Delete>({ _type: 'Delete', targets: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_del_stmt: 'del' star_expressions
      if (this.expect(T.KW_DEL)) {
        const a = this.star_expressions();
        if (a) {
          const err = this.invalidTarget(TargetsType.DEL_TARGETS, a);
          if (err) throw err;
          this.mark = m;
          return null;
        }
      }
      this.mark = m;
    }
    return null;
  }

  private yield_stmt(): stmt | null {
    const m = this.mark;
    const y = this.yield_expr();
    if (!y) return null;
    return this.loc<A.Expr>({ _type: 'Expr', value: y, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private assert_stmt(): stmt | null {
    const m = this.mark;
    if (this.expect(T.KW_ASSERT)) {
      const a = this.expression();
      if (a) {
        let b: expr | null = null;
        const m2 = this.mark;
        if (this.expect(T.COMMA)) {
          b = this.expression();
          if (!b) this.mark = m2;
        }
        return this.loc<A.Assert>({ _type: 'Assert', test: a, msg: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    return null;
  }

  private import_stmt(): stmt | null {
    const m = this.mark;
    const a = this.import_name();
    if (a) return a;
    this.mark = m;
    const b = this.import_from();
    if (b) return b;
    this.mark = m;
    return null;
  }

  private import_name(): stmt | null {
    const m = this.mark;
    if (!this.expect(T.KW_IMPORT)) return null;
    const a = this.gather(() => this.dotted_as_name(), T.COMMA);
    if (!a) {
      this.mark = m;
      return null;
    }
    return this.loc<A.Import>({ _type: 'Import', names: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private countDots(): number {
    let level = 0;
    for (;;) {
      const t = this.peekType();
      if (t === T.DOT) level += 1;
      else if (t === T.ELLIPSIS) level += 3;
      else return level;
      this.mark++;
    }
  }

  private import_from(): stmt | null {
    const m = this.mark;
    if (this.expect(T.KW_FROM)) {
      const level = this.countDots();
      const b = this.dotted_name();
      if (b && this.expect(T.KW_IMPORT)) {
        const c = this.import_from_targets();
        if (c) return this.loc<A.ImportFrom>({ _type: 'ImportFrom', module: b.id, names: c, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    if (this.expect(T.KW_FROM)) {
      const level = this.countDots();
      if (level > 0 && this.expect(T.KW_IMPORT)) {
        const c = this.import_from_targets();
        if (c) return this.loc<A.ImportFrom>({ _type: 'ImportFrom', module: null, names: c, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    return null;
  }

  private import_from_targets(): A.alias[] | null {
    const m = this.mark;
    if (this.expect(T.LPAR)) {
      const a = this.gather(() => this.import_from_as_name(), T.COMMA);
      if (a) {
        this.expect(T.COMMA);
        if (this.expect(T.RPAR)) return a;
      }
    }
    this.mark = m;
    {
      const a = this.gather(() => this.import_from_as_name(), T.COMMA);
      if (a && !this.isType(T.COMMA)) return a;
    }
    this.mark = m;
    if (this.expect(T.STAR)) {
      return [this.loc<A.alias>({ _type: 'alias', name: '*', asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m)];
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_import_from_targets: import_from_as_names ',' NEWLINE
      const a = this.gather(() => this.import_from_as_name(), T.COMMA);
      if (a && this.expect(T.COMMA) && this.expect(T.NEWLINE)) {
        throw this.syntaxError('trailing comma not allowed without surrounding parentheses');
      }
      this.mark = m;
    }
    return null;
  }

  private import_from_as_name(): A.alias | null {
    const m = this.mark;
    const a = this.nameTokenNode();
    if (!a) return null;
    const b = this.optAsName();
    return this.loc<A.alias>({ _type: 'alias', name: a.id, asname: b ? b.id : null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private optAsName(): A.Name | null {
    const m = this.mark;
    if (this.expect(T.KW_AS)) {
      const z = this.nameTokenNode();
      if (z) return z;
    }
    this.mark = m;
    return null;
  }

  private dotted_as_name(): A.alias | null {
    const m = this.mark;
    const a = this.dotted_name();
    if (!a) return null;
    const b = this.optAsName();
    return this.loc<A.alias>({ _type: 'alias', name: a.id, asname: b ? b.id : null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  // dotted_name: dotted_name '.' NAME | NAME
  private dotted_name(): A.Name | null {
    const m = this.mark;
    if (this.memoHit(M_DOTTED_NAME)) return this.memoNode as A.Name | null;
    let a = this.nameTokenNode();
    if (a) {
      for (;;) {
        const m2 = this.mark;
        if (!this.expect(T.DOT)) break;
        const b = this.nameTokenNode();
        if (!b) {
          this.mark = m2;
          break;
        }
        a = this.span<A.Name>({ _type: 'Name', id: a.id + '.' + b.id, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, a, b);
      }
    }
    this.memoSet(m, M_DOTTED_NAME, a);
    return a;
  }

  // ------------------------------------------------------- compound statements

  // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  private block(): stmt[] | null {
    const m = this.mark;
    if (this.memoHit(M_BLOCK)) return this.memoNode as stmt[] | null;
    const r = this.block_raw();
    this.memoSet(m, M_BLOCK, r);
    return r;
  }

  private block_raw(): stmt[] | null {
    const m = this.mark;
    if (this.expect(T.NEWLINE) && this.expect(T.INDENT)) {
      const a = this.statements();
      if (a && this.expect(T.DEDENT)) return a;
    }
    this.mark = m;
    const b = this.simple_stmts();
    if (b) return b;
    this.mark = m;
    if (this.callInvalidRules) {
      if (this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
        throw this.raiseError('IndentationError', 'expected an indented block');
      }
      this.mark = m;
    }
    return null;
  }

  private decorators(): expr[] | null {
    const out: expr[] = [];
    for (;;) {
      const m = this.mark;
      if (this.expect(T.AT)) {
        const f = this.named_expression();
        if (f && this.expect(T.NEWLINE)) {
          out.push(f);
          continue;
        }
      }
      this.mark = m;
      break;
    }
    return out.length ? out : null;
  }

  private class_def(): stmt | null {
    const m = this.mark;
    const a = this.decorators();
    if (a) {
      const b = this.class_def_raw() as A.ClassDef | null;
      if (b) {
        b.decorator_list = a;
        // _PyPegen_class_def_decorators: the node starts at the first decorator... (3.11: keeps class line)
        return b;
      }
    }
    this.mark = m;
    const b = this.class_def_raw();
    if (b) return b;
    this.mark = m;
    return null;
  }

  private class_def_raw(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_class_def_raw();
      this.mark = m;
    }
    if (this.expect(T.KW_CLASS)) {
      const a = this.nameTokenNode();
      if (a) {
        let b: A.Call | null = null;
        let ok = true;
        const m2 = this.mark;
        if (this.expect(T.LPAR)) {
          const z = this.arguments();
          if (this.expect(T.RPAR)) b = z ?? this.emptyCall();
          else {
            this.mark = m2;
            ok = true;
          }
        }
        if (ok && this.expect(T.COLON)) {
          const c = this.block();
          if (c) {
            return this.loc<A.ClassDef>({
              _type: 'ClassDef', name: a.id, bases: b ? b.args : [], keywords: b ? b.keywords : [], body: c, decorator_list: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
            }, m);
          }
        }
      }
    }
    this.mark = m;
    return null;
  }

  private emptyCall(): A.Call {
    return { _type: 'Call', func: dummyName(), args: [], keywords: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
  }

  private function_def(): stmt | null {
    const m = this.mark;
    const d = this.decorators();
    if (d) {
      const f = this.function_def_raw() as A.FunctionDef | null;
      if (f) {
        f.decorator_list = d;
        return f;
      }
    }
    this.mark = m;
    const f = this.function_def_raw();
    if (f) return f;
    this.mark = m;
    return null;
  }

  private function_def_raw(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_def_raw();
      this.mark = m;
    }
    for (let isAsync = 0; isAsync < 2; isAsync++) {
      if (isAsync && !this.expect(T.ASYNC)) break;
      if (this.expect(T.KW_DEF)) {
        const n = this.nameTokenNode();
        if (n) {
          this.expectForced(T.LPAR, '(');
          const params = this.params();
          if (this.expect(T.RPAR)) {
            let a: expr | null = null;
            const m2 = this.mark;
            if (this.expect(T.RARROW)) {
              a = this.expression();
              if (!a) this.mark = m2;
            }
            this.expectForced(T.COLON, ':');
            const b = this.block();
            if (b) {
              return this.loc<A.FunctionDef>({
                _type: (isAsync ? 'AsyncFunctionDef' : 'FunctionDef') as 'FunctionDef', name: n.id, args: params ?? emptyArguments(), body: b,
                decorator_list: [], returns: a, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
              }, m);
            }
          }
        }
      }
      this.mark = m;
    }
    this.mark = m;
    return null;
  }

  // ------------------------------------------------------------ parameters

  private params(): A.arguments | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_parameters();
      this.mark = m;
    }
    const r = this.parameters();
    if (r) return r;
    this.mark = m;
    return null;
  }

  private parameters(): A.arguments | null {
    const m = this.mark;
    {
      const a = this.slash_no_default();
      if (a) {
        const b = this.many(() => this.param_no_default());
        const c = this.many(() => this.param_with_default());
        const d = this.star_etc();
        return makeArguments(a, null, b, c, d);
      }
      this.mark = m;
    }
    {
      const a = this.slash_with_default();
      if (a) {
        const b = this.many(() => this.param_with_default());
        const c = this.star_etc();
        return makeArguments(null, a, null, b, c);
      }
      this.mark = m;
    }
    {
      const a = this.many(() => this.param_no_default());
      if (a.length) {
        const b = this.many(() => this.param_with_default());
        const c = this.star_etc();
        return makeArguments(null, null, a, b, c);
      }
      this.mark = m;
    }
    {
      const a = this.many(() => this.param_with_default());
      if (a.length) {
        const b = this.star_etc();
        return makeArguments(null, null, null, a, b);
      }
      this.mark = m;
    }
    {
      const a = this.star_etc();
      if (a) return makeArguments(null, null, null, null, a);
      this.mark = m;
    }
    return null;
  }

  /** e* */
  private many<N>(elem: () => N | null): N[] {
    const out: N[] = [];
    for (;;) {
      const m = this.mark;
      const e = elem();
      if (e === null) {
        this.mark = m;
        return out;
      }
      out.push(e);
    }
  }

  private slash_no_default(): A.arg[] | null {
    const m = this.mark;
    const a = this.many(() => this.param_no_default());
    if (a.length && this.expect(T.SLASH)) {
      if (this.expect(T.COMMA)) return a;
      if (this.isType(T.RPAR)) return a;
    }
    this.mark = m;
    return null;
  }

  private slash_with_default(): SlashWithDefault | null {
    const m = this.mark;
    const a = this.many(() => this.param_no_default());
    const b = this.many(() => this.param_with_default());
    if (b.length && this.expect(T.SLASH)) {
      if (this.expect(T.COMMA) || this.isType(T.RPAR)) return { plain_names: a, names_with_defaults: b };
    }
    this.mark = m;
    return null;
  }

  private star_etc(): StarEtc | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_star_etc();
      this.mark = m;
    }
    if (this.expect(T.STAR)) {
      const a = this.param_no_default();
      if (a) {
        const b = this.many(() => this.param_maybe_default());
        const c = this.kwds();
        return { vararg: a, kwonlyargs: b, kwarg: c };
      }
    }
    this.mark = m;
    if (this.expect(T.STAR)) {
      const a = this.param_no_default_star_annotation();
      if (a) {
        const b = this.many(() => this.param_maybe_default());
        const c = this.kwds();
        return { vararg: a, kwonlyargs: b, kwarg: c };
      }
    }
    this.mark = m;
    if (this.expect(T.STAR) && this.expect(T.COMMA)) {
      const b = this.many(() => this.param_maybe_default());
      if (b.length) {
        const c = this.kwds();
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    this.mark = m;
    const a = this.kwds();
    if (a) return { vararg: null, kwonlyargs: [], kwarg: a };
    this.mark = m;
    return null;
  }

  private kwds(): A.arg | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_kwds();
      this.mark = m;
    }
    if (this.expect(T.DOUBLESTAR)) {
      const a = this.param_no_default();
      if (a) return a;
    }
    this.mark = m;
    return null;
  }

  private param_no_default(): A.arg | null {
    const m = this.mark;
    const a = this.param();
    if (a) {
      if (this.expect(T.COMMA)) return a;
      if (this.isType(T.RPAR)) return a;
    }
    this.mark = m;
    return null;
  }

  private param_no_default_star_annotation(): A.arg | null {
    const m = this.mark;
    const a = this.param_star_annotation();
    if (a) {
      if (this.expect(T.COMMA)) return a;
      if (this.isType(T.RPAR)) return a;
    }
    this.mark = m;
    return null;
  }

  private param_with_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.param();
    if (a) {
      const c = this.default_();
      if (c) {
        if (this.expect(T.COMMA)) return { arg: a, value: c };
        if (this.isType(T.RPAR)) return { arg: a, value: c };
      }
    }
    this.mark = m;
    return null;
  }

  private param_maybe_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.param();
    if (a) {
      const m2 = this.mark;
      const c = this.default_();
      if (!c) this.mark = m2;
      if (this.expect(T.COMMA)) return { arg: a, value: c };
      if (this.isType(T.RPAR)) return { arg: a, value: c };
    }
    this.mark = m;
    return null;
  }

  private param(): A.arg | null {
    const m = this.mark;
    const a = this.nameTokenNode();
    if (!a) return null;
    const m2 = this.mark;
    let b: expr | null = null;
    if (this.expect(T.COLON)) {
      b = this.expression();
      if (!b) this.mark = m2;
    }
    return this.loc<A.arg>({ _type: 'arg', arg: a.id, annotation: b, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private param_star_annotation(): A.arg | null {
    const m = this.mark;
    const a = this.nameTokenNode();
    if (a && this.expect(T.COLON)) {
      const b = this.star_expression();
      if (b) return this.loc<A.arg>({ _type: 'arg', arg: a.id, annotation: b, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    return null;
  }

  // default: '=' expression | invalid_default
  private default_(): expr | null {
    const m = this.mark;
    if (this.expect(T.EQUAL)) {
      const a = this.expression();
      if (a) return a;
    }
    this.mark = m;
    if (this.callInvalidRules) {
      const a = this.expect(T.EQUAL);
      if (a && (this.isType(T.RPAR) || this.isType(T.COMMA))) throw this.knownLocation(a, 'expected default value expression');
      this.mark = m;
    }
    return null;
  }

  // ---------------------------------------------------------- if / while / for

  private if_stmt(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_if_stmt(T.KW_IF, 'if');
      this.mark = m;
    }
    if (this.expect(T.KW_IF)) {
      const a = this.named_expression();
      if (a && this.expect(T.COLON)) {
        const b = this.block();
        if (b) {
          const m2 = this.mark;
          const c = this.elif_stmt();
          if (c) return this.loc<A.If>({ _type: 'If', test: a, body: b, orelse: [c], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
          this.mark = m2;
          const e = this.else_block();
          if (!e) this.mark = m2;
          return this.loc<A.If>({ _type: 'If', test: a, body: b, orelse: e ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    return null;
  }

  private elif_stmt(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_if_stmt(T.KW_ELIF, 'elif');
      this.mark = m;
    }
    if (this.expect(T.KW_ELIF)) {
      const a = this.named_expression();
      if (a && this.expect(T.COLON)) {
        const b = this.block();
        if (b) {
          const m2 = this.mark;
          const c = this.elif_stmt();
          if (c) return this.loc<A.If>({ _type: 'If', test: a, body: b, orelse: [c], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
          this.mark = m2;
          const e = this.else_block();
          if (!e) this.mark = m2;
          return this.loc<A.If>({ _type: 'If', test: a, body: b, orelse: e ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    return null;
  }

  private else_block(): stmt[] | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalidIndentAfter(T.KW_ELSE, "'else' statement");
      this.mark = m;
    }
    if (this.expect(T.KW_ELSE)) {
      this.expectForced(T.COLON, ':');
      const b = this.block();
      if (b) return b;
    }
    this.mark = m;
    return null;
  }

  private while_stmt(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_if_stmt(T.KW_WHILE, 'while');
      this.mark = m;
    }
    if (this.expect(T.KW_WHILE)) {
      const a = this.named_expression();
      if (a && this.expect(T.COLON)) {
        const b = this.block();
        if (b) {
          const m2 = this.mark;
          const c = this.else_block();
          if (!c) this.mark = m2;
          return this.loc<A.While>({ _type: 'While', test: a, body: b, orelse: c ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    return null;
  }

  private for_stmt(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_for_stmt();
      this.mark = m;
    }
    for (let isAsync = 0; isAsync < 2; isAsync++) {
      this.mark = m;
      if (isAsync && !this.expect(T.ASYNC)) break;
      if (this.expect(T.KW_FOR)) {
        const t = this.star_targets();
        if (t && this.expect(T.KW_IN)) {
          // cut
          const ex = this.star_expressions();
          if (ex && this.expect(T.COLON)) {
            const b = this.block();
            if (b) {
              const m2 = this.mark;
              const el = this.else_block();
              if (!el) this.mark = m2;
              return this.loc<A.For>({
                _type: (isAsync ? 'AsyncFor' : 'For') as 'For', target: t, iter: ex, body: b, orelse: el ?? [], type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
              }, m);
            }
          }
          this.mark = m;
          return null;
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_for_target();
      this.mark = m;
    }
    return null;
  }

  // ------------------------------------------------------------------ with

  private with_stmt(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_with_stmt_indent();
      this.mark = m;
    }
    for (let isAsync = 0; isAsync < 2; isAsync++) {
      this.mark = m;
      if (isAsync && !this.expect(T.ASYNC)) break;
      const m1 = this.mark;
      if (this.expect(T.KW_WITH) && this.expect(T.LPAR)) {
        const a = this.gather(() => this.with_item(), T.COMMA);
        if (a) {
          this.expect(T.COMMA);
          if (this.expect(T.RPAR) && this.expect(T.COLON)) {
            const b = this.block();
            if (b) {
              return this.loc<A.With>({ _type: (isAsync ? 'AsyncWith' : 'With') as 'With', items: a, body: b, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            }
          }
        }
      }
      this.mark = m1;
      if (this.expect(T.KW_WITH)) {
        const a = this.gather(() => this.with_item(), T.COMMA);
        if (a && this.expect(T.COLON)) {
          const b = this.block();
          if (b) {
            return this.loc<A.With>({ _type: (isAsync ? 'AsyncWith' : 'With') as 'With', items: a, body: b, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
          }
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_with_stmt();
      this.mark = m;
    }
    return null;
  }

  private with_item(): A.withitem | null {
    const m = this.mark;
    const e = this.expression();
    if (e && this.expect(T.KW_AS)) {
      const t = this.star_target();
      if (t && (this.isType(T.COMMA) || this.isType(T.RPAR) || this.isType(T.COLON))) {
        return { _type: 'withitem', context_expr: e, optional_vars: t };
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
      const e2 = this.expression();
      if (e2 && this.expect(T.KW_AS)) {
        const a = this.expression();
        if (a && (this.isType(T.COMMA) || this.isType(T.RPAR) || this.isType(T.COLON))) {
          const err = this.invalidTarget(TargetsType.STAR_TARGETS, a);
          if (err) throw err;
        }
      }
      this.mark = m;
    }
    const e3 = this.expression();
    if (e3) return { _type: 'withitem', context_expr: e3, optional_vars: null };
    this.mark = m;
    return null;
  }

  // ------------------------------------------------------------------- try

  private try_stmt(): stmt | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_try_stmt();
      this.mark = m;
    }
    if (this.expect(T.KW_TRY)) {
      this.expectForced(T.COLON, ':');
      const b = this.block();
      if (b) {
        const m2 = this.mark;
        const f = this.finally_block();
        if (f) return this.loc<A.Try>({ _type: 'Try', body: b, handlers: [], orelse: [], finalbody: f, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        this.mark = m2;
      }
    }
    this.mark = m;
    if (this.expect(T.KW_TRY)) {
      this.expectForced(T.COLON, ':');
      const b = this.block();
      if (b) {
        const ex = this.many(() => this.except_block());
        if (ex.length) {
          const m2 = this.mark;
          const el = this.else_block();
          if (!el) this.mark = m2;
          const m3 = this.mark;
          const f = this.finally_block();
          if (!f) this.mark = m3;
          return this.loc<A.Try>({ _type: 'Try', body: b, handlers: ex, orelse: el ?? [], finalbody: f ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    if (this.expect(T.KW_TRY)) {
      this.expectForced(T.COLON, ':');
      const b = this.block();
      if (b) {
        const ex = this.many(() => this.except_star_block());
        if (ex.length) {
          const m2 = this.mark;
          const el = this.else_block();
          if (!el) this.mark = m2;
          const m3 = this.mark;
          const f = this.finally_block();
          if (!f) this.mark = m3;
          return this.loc<A.TryStar>({ _type: 'TryStar', body: b, handlers: ex, orelse: el ?? [], finalbody: f ?? [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    return null;
  }

  private except_block(): A.ExceptHandler | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_except_stmt_indent();
      this.mark = m;
    }
    if (this.expect(T.KW_EXCEPT)) {
      const e = this.expression();
      if (e) {
        const t = this.optAsName();
        if (this.expect(T.COLON)) {
          const b = this.block();
          if (b) return this.loc<A.ExceptHandler>({ _type: 'ExceptHandler', type: e, name: t ? t.id : null, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    if (this.expect(T.KW_EXCEPT) && this.expect(T.COLON)) {
      const b = this.block();
      if (b) return this.loc<A.ExceptHandler>({ _type: 'ExceptHandler', type: null, name: null, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_except_stmt();
      this.mark = m;
    }
    return null;
  }

  private except_star_block(): A.ExceptHandler | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      // invalid_except_star_stmt_indent
      const a = this.expect(T.KW_EXCEPT);
      if (a && this.expect(T.STAR) && this.expression()) {
        this.optAsName();
        if (this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
          throw this.raiseError('IndentationError', `expected an indented block after 'except*' statement on line ${a.lineno}`);
        }
      }
      this.mark = m;
    }
    if (this.expect(T.KW_EXCEPT) && this.expect(T.STAR)) {
      const e = this.expression();
      if (e) {
        const t = this.optAsName();
        if (this.expect(T.COLON)) {
          const b = this.block();
          if (b) return this.loc<A.ExceptHandler>({ _type: 'ExceptHandler', type: e, name: t ? t.id : null, body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_except_stmt();
      this.mark = m;
    }
    return null;
  }

  private finally_block(): stmt[] | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalidIndentAfter(T.KW_FINALLY, "'finally' statement");
      this.mark = m;
    }
    if (this.expect(T.KW_FINALLY)) {
      this.expectForced(T.COLON, ':');
      const a = this.block();
      if (a) return a;
    }
    this.mark = m;
    return null;
  }

  // ----------------------------------------------------------------- match

  /**
   * match_stmt. PyHeap parses no patterns: a statement that CPython would
   * read as a match statement is rejected as unsupported.
   */
  private match_stmt(): stmt | null {
    const m = this.mark;
    const kw = this.softKeyword('match');
    if (kw) {
      const subject = this.subject_expr();
      if (subject) {
        const m2 = this.mark;
        if (this.expect(T.COLON) && this.expect(T.NEWLINE) && this.expect(T.INDENT) && this.softKeyword('case')) {
          throw new UnsupportedMatch(kw.lineno);
        }
        this.mark = m2;
        if (this.callInvalidRules) {
          if (this.expect(T.NEWLINE)) throw this.syntaxError("expected ':'");
          this.mark = m2;
          if (this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
            throw this.raiseError('IndentationError', `expected an indented block after 'match' statement on line ${kw.lineno}`);
          }
        }
      }
    }
    this.mark = m;
    return null;
  }

  private subject_expr(): expr | null {
    const m = this.mark;
    const value = this.star_named_expression();
    if (value && this.expect(T.COMMA)) {
      const values = this.star_named_expressions();
      return this.loc<A.Tuple>({ _type: 'Tuple', elts: [value, ...(values ?? [])], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    const a = this.named_expression();
    if (a) return a;
    this.mark = m;
    return null;
  }

  // ===================================================================
  // Expressions

  private expressions(): expr | null {
    const m = this.mark;
    const a = this.expression();
    if (a) {
      const rest: expr[] = [];
      for (;;) {
        const m2 = this.mark;
        if (!this.expect(T.COMMA)) break;
        const c = this.expression();
        if (!c) {
          this.mark = m2;
          break;
        }
        rest.push(c);
      }
      if (rest.length) {
        this.expect(T.COMMA);
        return this.loc<A.Tuple>({ _type: 'Tuple', elts: [a, ...rest], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
      if (this.expect(T.COMMA)) return this.loc<A.Tuple>({ _type: 'Tuple', elts: [a], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      return a;
    }
    this.mark = m;
    return null;
  }

  private expression(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_EXPRESSION)) return this.memoNode as expr | null;
    const r = this.expression_raw();
    this.memoSet(m, M_EXPRESSION, r);
    return r;
  }

  private expression_raw(): expr | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_expression();
      this.mark = m;
      this.invalid_legacy_expression();
      this.mark = m;
    }
    return this.expression_without_invalid_body(m);
  }

  /** The valid alternatives of expression (shared with expression_without_invalid). */
  private expression_without_invalid_body(m: number): expr | null {
    const a = this.disjunction();
    if (a) {
      const m2 = this.mark;
      if (this.expect(T.KW_IF)) {
        const b = this.disjunction();
        if (b && this.expect(T.KW_ELSE)) {
          const c = this.expression();
          if (c) return this.loc<A.IfExp>({ _type: 'IfExp', test: b, body: a, orelse: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
      this.mark = m2;
      return a;
    }
    this.mark = m;
    const l = this.lambdef();
    if (l) return l;
    this.mark = m;
    return null;
  }

  private expression_without_invalid(): expr | null {
    const prev = this.callInvalidRules;
    this.callInvalidRules = false;
    try {
      const m = this.mark;
      return this.expression_without_invalid_body(m);
    } finally {
      this.callInvalidRules = prev;
    }
  }

  private yield_expr(): expr | null {
    const m = this.mark;
    if (this.expect(T.KW_YIELD)) {
      if (this.expect(T.KW_FROM)) {
        const a = this.expression();
        if (a) return this.loc<A.YieldFrom>({ _type: 'YieldFrom', value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
      this.mark = m + 1;
      const a = this.star_expressions();
      return this.loc<A.Yield>({ _type: 'Yield', value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    return null;
  }

  private star_expressions(): expr | null {
    const m = this.mark;
    const a = this.star_expression();
    if (a) {
      const rest: expr[] = [];
      for (;;) {
        const m2 = this.mark;
        if (!this.expect(T.COMMA)) break;
        const c = this.star_expression();
        if (!c) {
          this.mark = m2;
          break;
        }
        rest.push(c);
      }
      if (rest.length) {
        this.expect(T.COMMA);
        return this.loc<A.Tuple>({ _type: 'Tuple', elts: [a, ...rest], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
      if (this.expect(T.COMMA)) return this.loc<A.Tuple>({ _type: 'Tuple', elts: [a], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      return a;
    }
    this.mark = m;
    return null;
  }

  private star_expression(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_STAR_EXPRESSION)) return this.memoNode as expr | null;
    let r: expr | null = null;
    if (this.expect(T.STAR)) {
      const a = this.bitwise_or();
      if (a) r = this.loc<A.Starred>({ _type: 'Starred', value: a, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    if (!r) {
      this.mark = m;
      r = this.expression();
      if (!r) this.mark = m;
    }
    this.memoSet(m, M_STAR_EXPRESSION, r);
    return r;
  }

  private star_named_expressions(): expr[] | null {
    const a = this.gather(() => this.star_named_expression(), T.COMMA);
    if (!a) return null;
    this.expect(T.COMMA);
    return a;
  }

  private star_named_expression(): expr | null {
    const m = this.mark;
    if (this.expect(T.STAR)) {
      const a = this.bitwise_or();
      if (a) return this.loc<A.Starred>({ _type: 'Starred', value: a, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    const b = this.named_expression();
    if (b) return b;
    this.mark = m;
    return null;
  }

  /** assignment_expression: NAME ':=' ~ expression. Returns undefined after a failed cut. */
  private assignment_expression(): expr | null {
    const m = this.mark;
    const a = this.nameTokenNode();
    if (a && this.expect(T.COLONEQUAL)) {
      const b = this.expression();
      if (b) {
        a.ctx = 'Store';
        return this.loc<A.NamedExpr>({ _type: 'NamedExpr', target: a, value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
      this.mark = m;
      return null;
    }
    this.mark = m;
    return null;
  }

  private named_expression(): expr | null {
    const m = this.mark;
    const a = this.assignment_expression();
    if (a) return a;
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_named_expression();
      this.mark = m;
    }
    const b = this.expression();
    if (b && !this.isType(T.COLONEQUAL)) return b;
    this.mark = m;
    return null;
  }

  private disjunction(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_DISJUNCTION)) return this.memoNode as expr | null;
    let r: expr | null = null;
    const a = this.conjunction();
    if (a) {
      const vals = [a];
      for (;;) {
        const m2 = this.mark;
        if (!this.expect(T.KW_OR)) break;
        const c = this.conjunction();
        if (!c) {
          this.mark = m2;
          break;
        }
        vals.push(c);
      }
      r = vals.length > 1 ? this.loc<A.BoolOp>({ _type: 'BoolOp', op: 'Or', values: vals, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m) : a;
    } else {
      this.mark = m;
    }
    this.memoSet(m, M_DISJUNCTION, r);
    return r;
  }

  private conjunction(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_CONJUNCTION)) return this.memoNode as expr | null;
    let r: expr | null = null;
    const a = this.inversion();
    if (a) {
      const vals = [a];
      for (;;) {
        const m2 = this.mark;
        if (!this.expect(T.KW_AND)) break;
        const c = this.inversion();
        if (!c) {
          this.mark = m2;
          break;
        }
        vals.push(c);
      }
      r = vals.length > 1 ? this.loc<A.BoolOp>({ _type: 'BoolOp', op: 'And', values: vals, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m) : a;
    } else {
      this.mark = m;
    }
    this.memoSet(m, M_CONJUNCTION, r);
    return r;
  }

  private inversion(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_INVERSION)) return this.memoNode as expr | null;
    let r: expr | null = null;
    if (this.expect(T.KW_NOT)) {
      const a = this.inversion();
      if (a) r = this.loc<A.UnaryOp>({ _type: 'UnaryOp', op: 'Not', operand: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    if (!r) {
      this.mark = m;
      r = this.comparison();
      if (!r) this.mark = m;
    }
    this.memoSet(m, M_INVERSION, r);
    return r;
  }

  private comparison(): expr | null {
    const m = this.mark;
    const a = this.bitwise_or();
    if (!a) return null;
    const ops: A.cmpop[] = [];
    const comparators: expr[] = [];
    for (;;) {
      const m2 = this.mark;
      const p = this.compare_op_bitwise_or_pair();
      if (!p) {
        this.mark = m2;
        break;
      }
      ops.push(p.op);
      comparators.push(p.expr);
    }
    if (ops.length) return this.loc<A.Compare>({ _type: 'Compare', left: a, ops, comparators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    return a;
  }

  private compare_op_bitwise_or_pair(): CmpopExprPair | null {
    const m = this.mark;
    const t = this.peek();
    let op: A.cmpop;
    switch (t.type) {
      case T.EQEQUAL: op = 'Eq'; break;
      case T.NOTEQUAL:
        if (t.string !== '!=') return null; // '<>' only with barry_as_FLUFL
        op = 'NotEq';
        break;
      case T.LESSEQUAL: op = 'LtE'; break;
      case T.LESS: op = 'Lt'; break;
      case T.GREATEREQUAL: op = 'GtE'; break;
      case T.GREATER: op = 'Gt'; break;
      case T.KW_NOT: {
        this.mark++;
        if (!this.expect(T.KW_IN)) {
          this.mark = m;
          return null;
        }
        const a = this.bitwise_or();
        if (a) return { op: 'NotIn', expr: a };
        this.mark = m;
        return null;
      }
      case T.KW_IN: op = 'In'; break;
      case T.KW_IS: {
        this.mark++;
        if (this.expect(T.KW_NOT)) {
          const a = this.bitwise_or();
          if (a) return { op: 'IsNot', expr: a };
          this.mark = m + 1;
        }
        const b = this.bitwise_or();
        if (b) return { op: 'Is', expr: b };
        this.mark = m;
        return null;
      }
      default: return null;
    }
    this.mark++;
    const a = this.bitwise_or();
    if (a) return { op, expr: a };
    this.mark = m;
    return null;
  }

  /**
   * The left-recursive binary rules, level 0..5: bitwise_or, bitwise_xor,
   * bitwise_and, shift_expr, sum, term (a=self OP b=next, as a loop;
   * memoized like pegen's left-recursive rules).
   */
  private binary(level: number): expr | null {
    const key = M_BITWISE_OR + level;
    const m = this.mark;
    if (this.memoHit(key)) return this.memoNode as expr | null;
    let a = level === 5 ? this.factor() : this.binary(level + 1);
    if (a) {
      for (;;) {
        const m2 = this.mark;
        const op = binaryOp(level, this.peekType());
        if (op === null) break;
        this.mark++;
        const b = level === 5 ? this.factor() : this.binary(level + 1);
        if (!b) {
          this.mark = m2;
          break;
        }
        a = this.loc<A.BinOp>({ _type: 'BinOp', left: a, op, right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    } else {
      this.mark = m;
    }
    this.memoSet(m, key, a);
    return a;
  }

  private bitwise_or(): expr | null {
    return this.binary(0);
  }

  private factor(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_FACTOR)) return this.memoNode as expr | null;
    let r: expr | null = null;
    const t = this.peekType();
    const op: A.unaryop | null = t === T.PLUS ? 'UAdd' : t === T.MINUS ? 'USub' : t === T.TILDE ? 'Invert' : null;
    if (op) {
      this.mark++;
      const a = this.factor();
      if (a) r = this.loc<A.UnaryOp>({ _type: 'UnaryOp', op, operand: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      else this.mark = m;
    }
    if (!r) {
      r = this.power();
      if (!r) this.mark = m;
    }
    this.memoSet(m, M_FACTOR, r);
    return r;
  }

  private power(): expr | null {
    const m = this.mark;
    const a = this.await_primary();
    if (!a) return null;
    const m2 = this.mark;
    if (this.expect(T.DOUBLESTAR)) {
      const b = this.factor();
      if (b) return this.loc<A.BinOp>({ _type: 'BinOp', left: a, op: 'Pow', right: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m2;
    return a;
  }

  private await_primary(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_AWAIT_PRIMARY)) return this.memoNode as expr | null;
    let r: expr | null = null;
    if (this.expect(T.AWAIT)) {
      const a = this.primary();
      if (a) r = this.loc<A.Await>({ _type: 'Await', value: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    if (!r) {
      this.mark = m;
      r = this.primary();
      if (!r) this.mark = m;
    }
    this.memoSet(m, M_AWAIT_PRIMARY, r);
    return r;
  }

  private primary(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_PRIMARY)) return this.memoNode as expr | null;
    let a = this.atom();
    if (a) {
      for (;;) {
        const m2 = this.mark;
        const t = this.peekType();
        if (t === T.DOT) {
          this.mark++;
          const b = this.nameTokenNode();
          if (b) {
            a = this.loc<A.Attribute>({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2;
          break;
        }
        if (t === T.LPAR) {
          const g = this.genexp();
          if (g) {
            a = this.loc<A.Call>({ _type: 'Call', func: a, args: [g], keywords: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2;
          this.mark++;
          const b = this.arguments();
          if (this.expect(T.RPAR)) {
            a = this.loc<A.Call>({ _type: 'Call', func: a, args: b ? b.args : [], keywords: b ? b.keywords : [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2;
          break;
        }
        if (t === T.LSQB) {
          this.mark++;
          const b = this.slices();
          if (b && this.expect(T.RSQB)) {
            a = this.loc<A.Subscript>({ _type: 'Subscript', value: a, slice: b, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2;
          break;
        }
        break;
      }
    } else {
      this.mark = m;
    }
    this.memoSet(m, M_PRIMARY, a);
    return a;
  }

  private slices(): expr | null {
    const m = this.mark;
    const a = this.slice();
    if (a && !this.isType(T.COMMA)) return a;
    this.mark = m;
    const seq = this.gather(() => {
      const m2 = this.mark;
      const s = this.slice();
      if (s) return s;
      this.mark = m2;
      return this.starred_expression();
    }, T.COMMA);
    if (seq) {
      this.expect(T.COMMA);
      return this.loc<A.Tuple>({ _type: 'Tuple', elts: seq, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    return null;
  }

  private slice(): expr | null {
    const m = this.mark;
    {
      const a = this.expression();
      if (!a) this.mark = m;
      if (this.expect(T.COLON)) {
        const m2 = this.mark;
        const b = this.expression();
        if (!b) this.mark = m2;
        let c: expr | null = null;
        const m3 = this.mark;
        if (this.expect(T.COLON)) {
          const m4 = this.mark;
          c = this.expression();
          if (!c) this.mark = m4;
        } else {
          this.mark = m3;
        }
        return this.loc<A.Slice>({ _type: 'Slice', lower: a, upper: b, step: c, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    const a = this.named_expression();
    if (a) return a;
    this.mark = m;
    return null;
  }

  private atom(): expr | null {
    const m = this.mark;
    const t = this.peek();
    switch (t.type) {
      case T.NAME:
        this.mark++;
        return this.nameFromToken(t);
      case T.KW_TRUE:
        this.mark++;
        return this.constant({ kind: 'bool', value: true }, t);
      case T.KW_FALSE:
        this.mark++;
        return this.constant({ kind: 'bool', value: false }, t);
      case T.KW_NONE:
        this.mark++;
        return this.constant({ kind: 'None' }, t);
      case T.STRING:
        return this.strings();
      case T.NUMBER:
        this.mark++;
        return this.numberNode(t);
      case T.LPAR: {
        const a = this.tuple() ?? this.group() ?? this.genexp();
        if (a) return a;
        this.mark = m;
        return null;
      }
      case T.LSQB: {
        const a = this.list() ?? this.listcomp();
        if (a) return a;
        this.mark = m;
        return null;
      }
      case T.LBRACE: {
        const a = this.dict() ?? this.set() ?? this.dictcomp() ?? this.setcomp();
        if (a) return a;
        this.mark = m;
        return null;
      }
      case T.ELLIPSIS:
        this.mark++;
        return this.constant({ kind: 'Ellipsis' }, t);
      default:
        return null;
    }
  }

  private constant(value: A.ConstantValue, t: Token): A.Constant {
    return {
      _type: 'Constant', value, kind: null,
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
    };
  }

  /** _PyPegen_number_token: a decimal int literal longer than sys.get_int_max_str_digits()
   *  fails in PyLong_FromString, which the parser reports at the token's line, without
   *  columns ("nobody is going to overlook their huge numeric literal once given the line"). */
  private numberNode(t: Token): A.Constant {
    const value = parseNumber(t.string);
    const limit = this.intMaxStrDigits;
    if (value.kind === 'int' && limit > 0 && isDecimalInt(t.string)) {
      const digits = t.string.length - (t.string.split('_').length - 1);
      if (digits > limit) {
        throw this.errorAt('SyntaxError', `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; ` +
          'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
        t.lineno, -1, t.end_lineno, -1);
      }
    }
    return this.constant(value, t);
  }

  private group(): expr | null {
    const m = this.mark;
    if (this.expect(T.LPAR)) {
      const a = this.yield_expr() ?? this.named_expression();
      if (a && this.expect(T.RPAR)) return a;
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_group
      if (this.expect(T.LPAR)) {
        const a = this.starred_expression();
        if (a && this.expect(T.RPAR)) throw this.knownLocation(a, 'cannot use starred expression here');
      }
      this.mark = m;
      if (this.expect(T.LPAR)) {
        const a = this.expect(T.DOUBLESTAR);
        if (a && this.expression() && this.expect(T.RPAR)) throw this.knownLocation(a, 'cannot use double starred expression here');
      }
      this.mark = m;
    }
    return null;
  }

  // ---------------------------------------------------------------- lambda

  private lambdef(): expr | null {
    const m = this.mark;
    if (this.expect(T.KW_LAMBDA)) {
      const m2 = this.mark;
      const a = this.lambda_params();
      if (!a) this.mark = m2;
      if (this.expect(T.COLON)) {
        const b = this.expression();
        if (b) return this.loc<A.Lambda>({ _type: 'Lambda', args: a ?? emptyArguments(), body: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    return null;
  }

  private lambda_params(): A.arguments | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_lambda_parameters();
      this.mark = m;
    }
    const r = this.lambda_parameters();
    if (r) return r;
    this.mark = m;
    return null;
  }

  private lambda_parameters(): A.arguments | null {
    const m = this.mark;
    {
      const a = this.lambda_slash_no_default();
      if (a) {
        const b = this.many(() => this.lambda_param_no_default());
        const c = this.many(() => this.lambda_param_with_default());
        const d = this.lambda_star_etc();
        return makeArguments(a, null, b, c, d);
      }
      this.mark = m;
    }
    {
      const a = this.lambda_slash_with_default();
      if (a) {
        const b = this.many(() => this.lambda_param_with_default());
        const c = this.lambda_star_etc();
        return makeArguments(null, a, null, b, c);
      }
      this.mark = m;
    }
    {
      const a = this.many(() => this.lambda_param_no_default());
      if (a.length) {
        const b = this.many(() => this.lambda_param_with_default());
        const c = this.lambda_star_etc();
        return makeArguments(null, null, a, b, c);
      }
      this.mark = m;
    }
    {
      const a = this.many(() => this.lambda_param_with_default());
      if (a.length) {
        const b = this.lambda_star_etc();
        return makeArguments(null, null, null, a, b);
      }
      this.mark = m;
    }
    {
      const a = this.lambda_star_etc();
      if (a) return makeArguments(null, null, null, null, a);
      this.mark = m;
    }
    return null;
  }

  private lambda_slash_no_default(): A.arg[] | null {
    const m = this.mark;
    const a = this.many(() => this.lambda_param_no_default());
    if (a.length && this.expect(T.SLASH)) {
      if (this.expect(T.COMMA) || this.isType(T.COLON)) return a;
    }
    this.mark = m;
    return null;
  }

  private lambda_slash_with_default(): SlashWithDefault | null {
    const m = this.mark;
    const a = this.many(() => this.lambda_param_no_default());
    const b = this.many(() => this.lambda_param_with_default());
    if (b.length && this.expect(T.SLASH)) {
      if (this.expect(T.COMMA) || this.isType(T.COLON)) return { plain_names: a, names_with_defaults: b };
    }
    this.mark = m;
    return null;
  }

  private lambda_star_etc(): StarEtc | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_lambda_star_etc();
      this.mark = m;
    }
    if (this.expect(T.STAR)) {
      const a = this.lambda_param_no_default();
      if (a) {
        const b = this.many(() => this.lambda_param_maybe_default());
        const c = this.lambda_kwds();
        return { vararg: a, kwonlyargs: b, kwarg: c };
      }
    }
    this.mark = m;
    if (this.expect(T.STAR) && this.expect(T.COMMA)) {
      const b = this.many(() => this.lambda_param_maybe_default());
      if (b.length) {
        const c = this.lambda_kwds();
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    this.mark = m;
    const a = this.lambda_kwds();
    if (a) return { vararg: null, kwonlyargs: [], kwarg: a };
    this.mark = m;
    return null;
  }

  private lambda_kwds(): A.arg | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_lambda_kwds();
      this.mark = m;
    }
    if (this.expect(T.DOUBLESTAR)) {
      const a = this.lambda_param_no_default();
      if (a) return a;
    }
    this.mark = m;
    return null;
  }

  private lambda_param_no_default(): A.arg | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a && (this.expect(T.COMMA) || this.isType(T.COLON))) return a;
    this.mark = m;
    return null;
  }

  private lambda_param_with_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a) {
      const c = this.default_();
      if (c && (this.expect(T.COMMA) || this.isType(T.COLON))) return { arg: a, value: c };
    }
    this.mark = m;
    return null;
  }

  private lambda_param_maybe_default(): NameDefaultPair | null {
    const m = this.mark;
    const a = this.lambda_param();
    if (a) {
      const m2 = this.mark;
      const c = this.default_();
      if (!c) this.mark = m2;
      if (this.expect(T.COMMA) || this.isType(T.COLON)) return { arg: a, value: c };
    }
    this.mark = m;
    return null;
  }

  private lambda_param(): A.arg | null {
    const m = this.mark;
    const a = this.nameTokenNode();
    if (!a) return null;
    return this.loc<A.arg>({ _type: 'arg', arg: a.id, annotation: null, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  // ------------------------------------------------------------- literals

  // strings (memo): STRING+
  private strings(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_STRINGS)) return this.memoNode as expr | null;
    const first = this.mark;
    while (this.expect(T.STRING)) { /* STRING+ */ }
    let r: expr | null = null;
    if (this.mark > first) r = this.concatenateStrings(first, this.mark);
    this.memoSet(m, M_STRINGS, r);
    return r;
  }

  /** _PyPegen_concatenate_strings over tokens[from, to). */
  private concatenateStrings(from: number, to: number): expr {
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    const outer: A.Located = { lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
    const kind = first.string.charCodeAt(0) === 0x75 ? 'u' : null;
    let bytesmode = false;
    const byteParts: Uint8Array[] = [];
    const state = new FstringState();
    const host: FstringHost = {
      fail: (msg: string): never => {
        throw this.syntaxError(msg);
      },
      compileExpr: (body, start, end, tokenIndex) => this.fstringCompileExpr(body, start, end, tokenIndex),
      outer,
      kind,
      token: (i: number) => this.tokens[i],
    };
    let cur = first;
    try {
      for (let i = from; i < to; i++) {
        const t = this.tokens[i];
        cur = t;
        const s = splitStringToken(t.string);
        if (i !== from && bytesmode !== s.bytesmode) throw this.syntaxError('cannot mix bytes and nonbytes literals');
        bytesmode = s.bytesmode;
        if (s.fmode) {
          concatFstring(host, state, s.body, { i: 0 }, s.body.length, s.rawmode, 0, i);
        } else if (bytesmode) {
          for (let k = 0; k < s.body.length; k++) {
            if (s.body.charCodeAt(k) >= 0x80) throw this.knownLocation(t, 'bytes can only contain ASCII literal characters');
          }
          byteParts.push(decodeBytes(s.body, s.rawmode));
        } else {
          state.concat(s.rawmode ? s.body : decodeUnicodeEscapes(s.body));
        }
      }
    } catch (e) {
      if (e instanceof DecodeError) throw this.syntaxError(e.message);
      if (e instanceof UnsupportedSyntax && e.lineno === 0) throw new UnsupportedSyntax(e.feature, cur.lineno);
      throw e;
    }
    if (bytesmode) {
      let n = 0;
      for (const p of byteParts) n += p.length;
      const out = new Uint8Array(n);
      let k = 0;
      for (const p of byteParts) {
        out.set(p, k);
        k += p.length;
      }
      return { _type: 'Constant', value: { kind: 'bytes', value: out }, kind: null, ...outer };
    }
    if (!state.fmode) return strNode(state.lastStr ?? '', outer, kind);
    return finishFstring(state, outer, kind);
  }

  /** fstring_compile_expr: parse "(" + text + ")" with a nested parser in f-string mode. */
  private fstringCompileExpr(body: string, start: number, end: number, tokenIndex: number): expr {
    const t = this.tokens[tokenIndex];
    // fstring_find_expr_location: line and column shift of the expression within the token.
    const tokenText = t.string;
    const bodyOffset = splitStringToken(tokenText).bodyOffset;
    const braceIdx = bodyOffset + start - 1; // index of '{' in the token text
    let lines = 0;
    let cols = 0;
    let newlineAfterBrace = true;
    for (let i = braceIdx + 1; i < tokenText.length; i++) {
      const c = tokenText.charCodeAt(i);
      if (c === 0x7d || c === 0x0a) break;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
        newlineAfterBrace = false;
        break;
      }
    }
    if (!newlineAfterBrace) {
      let s = braceIdx;
      while (s > 0 && tokenText.charCodeAt(s) !== 0x0a) s--;
      cols += utf8Length(tokenText, s, braceIdx);
      if (tokenText.charCodeAt(s) === 0x0a) cols -= 1;
    }
    for (let i = 0; i < braceIdx; i++) if (tokenText.charCodeAt(i) === 0x0a) lines++;
    const text = '(' + body.slice(start, end) + ')\n';
    const sub = new Parser(text, {
      filename: this.filename,
      intMaxStrDigits: this.intMaxStrDigits,
      fstring: {
        startingLineno: t.lineno + lines,
        startingColOffset: lines !== 0 ? cols : t.col_offset + cols,
        lineno: t.lineno + lines - 1,
      },
    });
    return sub.parseFstringExpr();
  }

  private list(): expr | null {
    const m = this.mark;
    if (this.expect(T.LSQB)) {
      const m2 = this.mark;
      const a = this.star_named_expressions();
      if (!a) this.mark = m2;
      if (this.expect(T.RSQB)) return this.loc<A.List>({ _type: 'List', elts: a ?? [], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    return null;
  }

  private tuple(): expr | null {
    const m = this.mark;
    if (this.expect(T.LPAR)) {
      let a: expr[] | null = null;
      const m2 = this.mark;
      const y = this.star_named_expression();
      if (y && this.expect(T.COMMA)) {
        const m3 = this.mark;
        const z = this.star_named_expressions();
        if (!z) this.mark = m3;
        a = [y, ...(z ?? [])];
      } else {
        this.mark = m2;
      }
      if (this.expect(T.RPAR)) return this.loc<A.Tuple>({ _type: 'Tuple', elts: a ?? [], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    return null;
  }

  private set(): expr | null {
    const m = this.mark;
    if (this.expect(T.LBRACE)) {
      const a = this.star_named_expressions();
      if (a && this.expect(T.RBRACE)) return this.loc<A.Set>({ _type: 'Set', elts: a, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    return null;
  }

  private dict(): expr | null {
    const m = this.mark;
    if (this.expect(T.LBRACE)) {
      const m2 = this.mark;
      const a = this.double_starred_kvpairs();
      if (!a) this.mark = m2;
      if (this.expect(T.RBRACE)) {
        const pairs = a ?? [];
        return this.loc<A.Dict>({ _type: 'Dict', keys: pairs.map((p) => p.key), values: pairs.map((p) => p.value), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    // '{' invalid_double_starred_kvpairs '}': pegen does not gate this
    // alternative on the second pass (the invalid rule is not its first
    // item), so "':' expected after dictionary key" is raised in the first.
    if (this.expect(T.LBRACE)) this.invalid_double_starred_kvpairs();
    this.mark = m;
    return null;
  }

  private double_starred_kvpairs(): KeyValuePair[] | null {
    const a = this.gather(() => this.double_starred_kvpair(), T.COMMA);
    if (!a) return null;
    this.expect(T.COMMA);
    return a;
  }

  private double_starred_kvpair(): KeyValuePair | null {
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR)) {
      const a = this.bitwise_or();
      if (a) return { key: null, value: a };
    }
    this.mark = m;
    const p = this.kvpair();
    if (p) return p;
    this.mark = m;
    return null;
  }

  private kvpair(): KeyValuePair | null {
    const m = this.mark;
    const a = this.expression();
    if (a && this.expect(T.COLON)) {
      const b = this.expression();
      if (b) return { key: a, value: b };
    }
    this.mark = m;
    return null;
  }

  // ------------------------------------------------------- comprehensions

  private for_if_clauses(): A.comprehension[] | null {
    const a = this.many(() => this.for_if_clause());
    return a.length ? a : null;
  }

  private for_if_clause(): A.comprehension | null {
    const m = this.mark;
    const async = this.expect(T.ASYNC) !== null;
    if (this.expect(T.KW_FOR)) {
      const a = this.star_targets();
      if (a && this.expect(T.KW_IN)) {
        // cut: no other alternative once 'in' is seen
        const b = this.disjunction();
        if (b) {
          const ifs: expr[] = [];
          for (;;) {
            const m2 = this.mark;
            if (!this.expect(T.KW_IF)) break;
            const z = this.disjunction();
            if (!z) {
              this.mark = m2;
              break;
            }
            ifs.push(z);
          }
          return { _type: 'comprehension', target: a, iter: b, ifs, is_async: async ? 1 : 0 };
        }
        this.mark = m;
        return null;
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_for_target();
      this.mark = m;
    }
    return null;
  }

  private listcomp(): expr | null {
    const m = this.mark;
    if (this.expect(T.LSQB)) {
      const a = this.named_expression();
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect(T.RSQB)) return this.loc<A.ListComp>({ _type: 'ListComp', elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_comprehension();
      this.mark = m;
    }
    return null;
  }

  private setcomp(): expr | null {
    const m = this.mark;
    if (this.expect(T.LBRACE)) {
      const a = this.named_expression();
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect(T.RBRACE)) return this.loc<A.SetComp>({ _type: 'SetComp', elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_comprehension();
      this.mark = m;
    }
    return null;
  }

  private genexp(): expr | null {
    const m = this.mark;
    if (this.expect(T.LPAR)) {
      const m2 = this.mark;
      let a = this.assignment_expression();
      if (!a) {
        this.mark = m2;
        a = this.expression();
        if (a && this.isType(T.COLONEQUAL)) a = null;
      }
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect(T.RPAR)) return this.loc<A.GeneratorExp>({ _type: 'GeneratorExp', elt: a, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      this.invalid_comprehension();
      this.mark = m;
    }
    return null;
  }

  private dictcomp(): expr | null {
    const m = this.mark;
    if (this.expect(T.LBRACE)) {
      const a = this.kvpair();
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect(T.RBRACE)) {
          return this.loc<A.DictComp>({ _type: 'DictComp', key: a.key!, value: a.value, generators: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    if (this.callInvalidRules) {
      // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
      if (this.expect(T.LBRACE)) {
        const a = this.expect(T.DOUBLESTAR);
        if (a && this.bitwise_or() && this.for_if_clauses() && this.expect(T.RBRACE)) {
          throw this.knownLocation(a, 'dict unpacking cannot be used in dict comprehension');
        }
      }
      this.mark = m;
    }
    return null;
  }

  // ------------------------------------------------------------ arguments

  // arguments (memo): args [','] &')' | invalid_arguments
  private arguments(): A.Call | null {
    const m = this.mark;
    if (this.memoHit(M_ARGUMENTS)) return this.memoNode as A.Call | null;
    let r: A.Call | null = null;
    const a = this.args();
    if (a) {
      this.expect(T.COMMA);
      if (this.isType(T.RPAR)) r = a;
    }
    if (!r) {
      this.mark = m;
      if (this.callInvalidRules) {
        this.invalid_arguments();
        this.mark = m;
      }
    }
    this.memoSet(m, M_ARGUMENTS, r);
    return r;
  }

  /** One positional argument: starred_expression | (assignment_expression | expression !':=') !'=' */
  private positionalArg(): expr | null {
    const m = this.mark;
    const s = this.starred_expression();
    if (s) return s;
    this.mark = m;
    let a = this.assignment_expression();
    if (!a) {
      this.mark = m;
      a = this.expression();
      if (a && this.isType(T.COLONEQUAL)) a = null;
    }
    if (a && !this.isType(T.EQUAL)) return a;
    this.mark = m;
    return null;
  }

  private args(): A.Call | null {
    const m = this.mark;
    const a = this.gather(() => this.positionalArg(), T.COMMA);
    if (a) {
      let b: KeywordOrStarred[] | null = null;
      const m2 = this.mark;
      if (this.expect(T.COMMA)) {
        b = this.kwargs();
        if (!b) this.mark = m2;
      }
      const starreds = b ? b.filter((k) => !k.is_keyword).map((k) => k.element as expr) : [];
      const keywords = b ? b.filter((k) => k.is_keyword).map((k) => k.element as A.keyword) : [];
      return this.loc<A.Call>({ _type: 'Call', func: dummyName(), args: [...a, ...starreds], keywords, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    const k = this.kwargs();
    if (k) {
      return this.loc<A.Call>({
        _type: 'Call', func: dummyName(),
        args: k.filter((x) => !x.is_keyword).map((x) => x.element as expr),
        keywords: k.filter((x) => x.is_keyword).map((x) => x.element as A.keyword), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0,
      }, m);
    }
    this.mark = m;
    return null;
  }

  private kwargs(): KeywordOrStarred[] | null {
    const m = this.mark;
    const a = this.gather(() => this.kwarg_or_starred(), T.COMMA);
    if (a) {
      const afterA = this.mark;
      if (this.expect(T.COMMA)) {
        const b = this.gather(() => this.kwarg_or_double_starred(), T.COMMA);
        if (b) return [...a, ...b];
      }
      this.mark = afterA;
      return a;
    }
    this.mark = m;
    const c = this.gather(() => this.kwarg_or_double_starred(), T.COMMA);
    if (c) return c;
    this.mark = m;
    return null;
  }

  private starred_expression(): expr | null {
    const m = this.mark;
    if (this.expect(T.STAR)) {
      const a = this.expression();
      if (a) return this.loc<A.Starred>({ _type: 'Starred', value: a, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    this.mark = m;
    return null;
  }

  private kwarg_or_starred(): KeywordOrStarred | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_kwarg();
      this.mark = m;
    }
    const a = this.nameTokenNode();
    if (a && this.expect(T.EQUAL)) {
      const b = this.expression();
      if (b) return { element: this.loc<A.keyword>({ _type: 'keyword', arg: a.id, value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m), is_keyword: true };
    }
    this.mark = m;
    const s = this.starred_expression();
    if (s) return { element: s, is_keyword: false };
    this.mark = m;
    return null;
  }

  private kwarg_or_double_starred(): KeywordOrStarred | null {
    const m = this.mark;
    if (this.callInvalidRules) {
      this.invalid_kwarg();
      this.mark = m;
    }
    const a = this.nameTokenNode();
    if (a && this.expect(T.EQUAL)) {
      const b = this.expression();
      if (b) return { element: this.loc<A.keyword>({ _type: 'keyword', arg: a.id, value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m), is_keyword: true };
    }
    this.mark = m;
    if (this.expect(T.DOUBLESTAR)) {
      const b = this.expression();
      if (b) return { element: this.loc<A.keyword>({ _type: 'keyword', arg: null, value: b, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m), is_keyword: true };
    }
    this.mark = m;
    return null;
  }

  // ------------------------------------------------------------- targets

  private star_targets(): expr | null {
    const m = this.mark;
    const a = this.star_target();
    if (!a) return null;
    if (!this.isType(T.COMMA)) return a;
    const rest: expr[] = [];
    for (;;) {
      const m2 = this.mark;
      if (!this.expect(T.COMMA)) break;
      const c = this.star_target();
      if (!c) {
        this.mark = m2;
        break;
      }
      rest.push(c);
    }
    this.expect(T.COMMA);
    return this.loc<A.Tuple>({ _type: 'Tuple', elts: [a, ...rest], ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
  }

  private star_targets_list_seq(): expr[] | null {
    const a = this.gather(() => this.star_target(), T.COMMA);
    if (!a) return null;
    this.expect(T.COMMA);
    return a;
  }

  private star_targets_tuple_seq(): expr[] | null {
    const m = this.mark;
    const a = this.star_target();
    if (!a) return null;
    const rest: expr[] = [];
    for (;;) {
      const m2 = this.mark;
      if (!this.expect(T.COMMA)) break;
      const c = this.star_target();
      if (!c) {
        this.mark = m2;
        break;
      }
      rest.push(c);
    }
    if (rest.length) {
      this.expect(T.COMMA);
      return [a, ...rest];
    }
    if (this.expect(T.COMMA)) return [a];
    this.mark = m;
    return null;
  }

  private star_target(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_STAR_TARGET)) return this.memoNode as expr | null;
    let r: expr | null = null;
    if (this.expect(T.STAR) && !this.isType(T.STAR)) {
      const a = this.star_target();
      if (a) r = this.loc<A.Starred>({ _type: 'Starred', value: setExprContext(a, 'Store'), ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
    }
    if (!r) {
      this.mark = m;
      r = this.target_with_star_atom();
      if (!r) this.mark = m;
    }
    this.memoSet(m, M_STAR_TARGET, r);
    return r;
  }

  private target_with_star_atom(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_TARGET_WITH_STAR_ATOM)) return this.memoNode as expr | null;
    let r = this.subscriptAttributeTarget('Store');
    if (!r) {
      this.mark = m;
      r = this.star_atom();
      if (!r) this.mark = m;
    }
    this.memoSet(m, M_TARGET_WITH_STAR_ATOM, r);
    return r;
  }

  /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
  private subscriptAttributeTarget(ctx: A.expr_context): expr | null {
    const m = this.mark;
    const a = this.t_primary();
    if (a) {
      const m2 = this.mark;
      if (this.expect(T.DOT)) {
        const b = this.nameTokenNode();
        if (b && !this.tLookahead()) return this.loc<A.Attribute>({ _type: 'Attribute', value: a, attr: b.id, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      }
      this.mark = m2;
      if (this.expect(T.LSQB)) {
        const b = this.slices();
        if (b && this.expect(T.RSQB) && !this.tLookahead()) {
          return this.loc<A.Subscript>({ _type: 'Subscript', value: a, slice: b, ctx, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
        }
      }
    }
    this.mark = m;
    return null;
  }

  private star_atom(): expr | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.NAME) {
      this.mark++;
      const n = this.nameFromToken(t);
      n.ctx = 'Store';
      return n;
    }
    if (t.type === T.LPAR) {
      this.mark++;
      const a = this.target_with_star_atom();
      if (a && this.expect(T.RPAR)) return setExprContext(a, 'Store');
      this.mark = m + 1;
      const b = this.star_targets_tuple_seq();
      if (!b) this.mark = m + 1;
      if (this.expect(T.RPAR)) return this.loc<A.Tuple>({ _type: 'Tuple', elts: b ?? [], ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      this.mark = m;
      return null;
    }
    if (t.type === T.LSQB) {
      this.mark++;
      const b = this.star_targets_list_seq();
      if (!b) this.mark = m + 1;
      if (this.expect(T.RSQB)) return this.loc<A.List>({ _type: 'List', elts: b ?? [], ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      this.mark = m;
      return null;
    }
    return null;
  }

  private single_target(): expr | null {
    const m = this.mark;
    const a = this.single_subscript_attribute_target();
    if (a) return a;
    this.mark = m;
    const t = this.peek();
    if (t.type === T.NAME) {
      this.mark++;
      const n = this.nameFromToken(t);
      n.ctx = 'Store';
      return n;
    }
    if (this.expect(T.LPAR)) {
      const b = this.single_target();
      if (b && this.expect(T.RPAR)) return b;
    }
    this.mark = m;
    return null;
  }

  private single_subscript_attribute_target(): expr | null {
    return this.subscriptAttributeTarget('Store');
  }

  private tLookahead(): boolean {
    const t = this.peekType();
    return t === T.LPAR || t === T.LSQB || t === T.DOT;
  }

  // t_primary: left-recursive, every step followed by &t_lookahead.
  private t_primary(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_T_PRIMARY)) return this.memoNode as expr | null;
    let a = this.atom();
    if (a && !this.tLookahead()) a = null;
    if (a) {
      for (;;) {
        const m2 = this.mark;
        const t = this.peekType();
        if (t === T.DOT) {
          this.mark++;
          const b = this.nameTokenNode();
          if (b && this.tLookahead()) {
            a = this.loc<A.Attribute>({ _type: 'Attribute', value: a, attr: b.id, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2;
          break;
        }
        if (t === T.LSQB) {
          this.mark++;
          const b = this.slices();
          if (b && this.expect(T.RSQB) && this.tLookahead()) {
            a = this.loc<A.Subscript>({ _type: 'Subscript', value: a, slice: b, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2;
          break;
        }
        if (t === T.LPAR) {
          const g = this.genexp();
          if (g && this.tLookahead()) {
            a = this.loc<A.Call>({ _type: 'Call', func: a, args: [g], keywords: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2 + 1;
          const b = this.arguments();
          if (this.expect(T.RPAR) && this.tLookahead()) {
            a = this.loc<A.Call>({ _type: 'Call', func: a, args: b ? b.args : [], keywords: b ? b.keywords : [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
            continue;
          }
          this.mark = m2;
          break;
        }
        break;
      }
    } else {
      this.mark = m;
    }
    this.memoSet(m, M_T_PRIMARY, a);
    return a;
  }

  private del_targets(): expr[] | null {
    const a = this.gather(() => this.del_target(), T.COMMA);
    if (!a) return null;
    this.expect(T.COMMA);
    return a;
  }

  private del_target(): expr | null {
    const m = this.mark;
    if (this.memoHit(M_DEL_TARGET)) return this.memoNode as expr | null;
    let r = this.subscriptAttributeTarget('Del');
    if (!r) {
      this.mark = m;
      r = this.del_t_atom();
      if (!r) this.mark = m;
    }
    this.memoSet(m, M_DEL_TARGET, r);
    return r;
  }

  private del_t_atom(): expr | null {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.NAME) {
      this.mark++;
      const n = this.nameFromToken(t);
      n.ctx = 'Del';
      return n;
    }
    if (t.type === T.LPAR) {
      this.mark++;
      const a = this.del_target();
      if (a && this.expect(T.RPAR)) return setExprContext(a, 'Del');
      this.mark = m + 1;
      const b = this.del_targets();
      if (!b) this.mark = m + 1;
      if (this.expect(T.RPAR)) return this.loc<A.Tuple>({ _type: 'Tuple', elts: b ?? [], ctx: 'Del', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      this.mark = m;
      return null;
    }
    if (t.type === T.LSQB) {
      this.mark++;
      const b = this.del_targets();
      if (!b) this.mark = m + 1;
      if (this.expect(T.RSQB)) return this.loc<A.List>({ _type: 'List', elts: b ?? [], ctx: 'Del', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, m);
      this.mark = m;
      return null;
    }
    return null;
  }

  // =====================================================================
  // invalid_* rules (second pass only). Each either throws its error or
  // returns (the caller resets the mark).

  private invalid_arguments(): void {
    const m = this.mark;
    // a=args ',' '*'
    {
      // 3.11.7 reports the '*' itself (the 3.11.2 grammar reported the args).
      const a = this.args();
      const b = a && this.expect(T.COMMA) ? this.expect(T.STAR) : null;
      if (b) throw this.knownLocation(b, 'iterable argument unpacking follows keyword argument unpacking');
      this.mark = m;
    }
    // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
    {
      const a = this.expression();
      if (a) {
        const b = this.for_if_clauses();
        if (b && this.expect(T.COMMA)) {
          const m2 = this.mark;
          if (!this.args()) {
            this.mark = m2;
            if (!(this.expression() && this.for_if_clauses())) this.mark = m2;
          }
          throw this.knownRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
        }
      }
      this.mark = m;
    }
    // a=NAME b='=' expression for_if_clauses
    {
      const a = this.expect(T.NAME);
      if (a) {
        const b = this.expect(T.EQUAL);
        if (b && this.expression() && this.for_if_clauses()) {
          throw this.knownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      this.mark = m;
    }
    // a=args b=for_if_clauses
    {
      const a = this.args();
      if (a) {
        const b = this.for_if_clauses();
        if (b) {
          if (a.args.length <= 1) return; // _PyPegen_nonparen_genexp_in_call returns NULL: rule fails
          throw this.knownRange(a.args[a.args.length - 1], lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
        }
      }
      this.mark = m;
    }
    // args ',' a=expression b=for_if_clauses
    {
      if (this.args() && this.expect(T.COMMA)) {
        const a = this.expression();
        if (a) {
          const b = this.for_if_clauses();
          if (b) throw this.knownRange(a, lastComprehensionItem(b[b.length - 1]), 'Generator expression must be parenthesized');
        }
      }
      this.mark = m;
    }
    // a=args ',' args
    {
      const a = this.args();
      if (a && this.expect(T.COMMA) && this.args()) {
        const unpack = a.keywords.some((k) => k.arg === null);
        throw this.syntaxError(unpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
      }
      this.mark = m;
    }
  }

  private invalid_kwarg(): void {
    const m = this.mark;
    {
      const t = this.peek();
      if (t.type === T.KW_TRUE || t.type === T.KW_FALSE || t.type === T.KW_NONE) {
        this.mark++;
        const b = this.expect(T.EQUAL);
        if (b) throw this.knownRange(t, b, `cannot assign to ${t.string}`);
      }
      this.mark = m;
    }
    {
      const a = this.expect(T.NAME);
      if (a) {
        const b = this.expect(T.EQUAL);
        if (b && this.expression() && this.for_if_clauses()) {
          throw this.knownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      this.mark = m;
    }
    {
      const isNameEq = this.lookahead(true, () => this.expect(T.NAME) && this.expect(T.EQUAL));
      if (!isNameEq) {
        const a = this.expression();
        if (a) {
          const b = this.expect(T.EQUAL);
          if (b) throw this.knownRange(a, b, 'expression cannot contain assignment, perhaps you meant "=="?');
        }
      }
      this.mark = m;
    }
  }

  private invalid_legacy_expression(): void {
    const m = this.mark;
    const t = this.peek();
    if (t.type === T.NAME) {
      this.mark++;
      if (!this.isType(T.LPAR)) {
        const b = this.star_expressions();
        if (b) {
          if (t.string === 'print' || t.string === 'exec') {
            throw this.knownRange(t, b, `Missing parentheses in call to '${t.string}'. Did you mean ${t.string}(...)?`);
          }
          return;
        }
      }
    }
    this.mark = m;
  }

  private invalid_expression(): void {
    const m = this.mark;
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    {
      const blocked = this.lookahead(true, () => {
        const m0 = this.mark;
        if (this.expect(T.NAME) && this.expect(T.STRING)) return true;
        this.mark = m0;
        const t = this.peek();
        return t.type === T.NAME && (t.string === '_' || t.string === 'case' || t.string === 'match');
      });
      if (!blocked) {
        const a = this.disjunction();
        if (a) {
          const b = this.expression_without_invalid();
          if (b) {
            const legacy = a._type === 'Name' && (a.id === 'print' || a.id === 'exec');
            if (legacy || this.tokens[this.mark - 1].level === 0) return;
            throw this.knownRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
          }
        }
      }
      this.mark = m;
    }
    // a=disjunction 'if' b=disjunction !('else'|':')
    {
      const a = this.disjunction();
      if (a && this.expect(T.KW_IF)) {
        const b = this.disjunction();
        if (b && !this.isType(T.KW_ELSE) && !this.isType(T.COLON)) {
          throw this.knownRange(a, b, "expected 'else' after 'if' expression");
        }
      }
      this.mark = m;
    }
  }

  private invalid_named_expression(): void {
    const m = this.mark;
    if (this.memoHit(M_INVALID_NAMED_EXPRESSION)) return;
    this.invalid_named_expression_raw();
    this.mark = m;
    this.memoSet(m, M_INVALID_NAMED_EXPRESSION, null);
  }

  private invalid_named_expression_raw(): void {
    const m = this.mark;
    // a=expression ':=' expression
    {
      const a = this.expression();
      if (a && this.expect(T.COLONEQUAL) && this.expression()) {
        throw this.knownLocation(a, `cannot use assignment expressions with ${getExprName(a)}`);
      }
      this.mark = m;
    }
    // a=NAME '=' b=bitwise_or !('='|':=')
    {
      const a = this.expect(T.NAME);
      if (a && this.expect(T.EQUAL)) {
        const b = this.bitwise_or();
        if (b && !this.isType(T.EQUAL) && !this.isType(T.COLONEQUAL)) {
          throw this.knownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
      this.mark = m;
    }
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    {
      const blocked = this.lookahead(true, () => {
        const t = this.peekType();
        if (t === T.KW_TRUE || t === T.KW_NONE || t === T.KW_FALSE) return true;
        const m0 = this.mark;
        if (this.list()) return true;
        this.mark = m0;
        if (this.tuple()) return true;
        this.mark = m0;
        return this.genexp() !== null;
      });
      if (!blocked) {
        const a = this.bitwise_or();
        if (a && this.expect(T.EQUAL) && this.bitwise_or() && !this.isType(T.EQUAL) && !this.isType(T.COLONEQUAL)) {
          throw this.knownLocation(a, `cannot assign to ${getExprName(a)} here. Maybe you meant '==' instead of '='?`);
        }
      }
      this.mark = m;
    }
  }

  private invalid_assignment(): void {
    const m = this.mark;
    // a=invalid_ann_assign_target ':' expression
    {
      const a = this.invalid_ann_assign_target();
      if (a && this.expect(T.COLON) && this.expression()) {
        throw this.knownLocation(a, `only single target (not ${getExprName(a)}) can be annotated`);
      }
      this.mark = m;
    }
    // a=star_named_expression ',' star_named_expressions* ':' expression
    {
      const a = this.star_named_expression();
      if (a && this.expect(T.COMMA)) {
        this.many(() => this.star_named_expressions());
        if (this.expect(T.COLON) && this.expression()) throw this.knownLocation(a, 'only single target (not tuple) can be annotated');
      }
      this.mark = m;
    }
    // a=expression ':' expression
    {
      const a = this.expression();
      if (a && this.expect(T.COLON) && this.expression()) throw this.knownLocation(a, 'illegal target for annotation');
      this.mark = m;
    }
    // (star_targets '=')* a=star_expressions '='
    {
      this.starTargetsEqMany();
      const a = this.star_expressions();
      if (a && this.expect(T.EQUAL)) {
        const err = this.invalidTarget(TargetsType.STAR_TARGETS, a);
        if (err) throw err;
        return;
      }
      this.mark = m;
    }
    // (star_targets '=')* a=yield_expr '='
    {
      this.starTargetsEqMany();
      const a = this.yield_expr();
      if (a && this.expect(T.EQUAL)) throw this.knownLocation(a, 'assignment to yield expression not possible');
      this.mark = m;
    }
    // a=star_expressions augassign (yield_expr | star_expressions)
    {
      const a = this.star_expressions();
      if (a && this.augassign() && (this.yield_expr() ?? this.star_expressions())) {
        throw this.knownLocation(a, `'${getExprName(a)}' is an illegal expression for augmented assignment`);
      }
      this.mark = m;
    }
  }

  private starTargetsEqMany(): void {
    for (;;) {
      const m = this.mark;
      if (this.star_targets() && this.expect(T.EQUAL)) continue;
      this.mark = m;
      return;
    }
  }

  private invalid_ann_assign_target(): expr | null {
    const m = this.mark;
    const a = this.list();
    if (a) return a;
    this.mark = m;
    const b = this.tuple();
    if (b) return b;
    this.mark = m;
    if (this.expect(T.LPAR)) {
      const c = this.invalid_ann_assign_target();
      if (c && this.expect(T.RPAR)) return c;
    }
    this.mark = m;
    return null;
  }

  private invalid_comprehension(): void {
    const m = this.mark;
    const open = this.peekType();
    // ('[' | '(' | '{') a=starred_expression for_if_clauses
    if (open === T.LSQB || open === T.LPAR || open === T.LBRACE) {
      this.mark++;
      const a = this.starred_expression();
      if (a && this.for_if_clauses()) throw this.knownLocation(a, 'iterable unpacking cannot be used in comprehension');
      this.mark = m;
    }
    if (open === T.LSQB || open === T.LBRACE) {
      // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
      this.mark++;
      const a = this.star_named_expression();
      if (a && this.expect(T.COMMA)) {
        const b = this.star_named_expressions();
        if (b && this.for_if_clauses()) {
          throw this.knownRange(a, b[b.length - 1], 'did you forget parentheses around the comprehension target?');
        }
      }
      this.mark = m + 1;
      // ('[' | '{') a=star_named_expression b=',' for_if_clauses
      const a2 = this.star_named_expression();
      if (a2) {
        const b = this.expect(T.COMMA);
        if (b && this.for_if_clauses()) throw this.knownRange(a2, b, 'did you forget parentheses around the comprehension target?');
      }
      this.mark = m;
    }
  }

  private invalid_parameters(): void {
    const m = this.mark;
    // param_no_default* invalid_parameters_helper a=param_no_default
    {
      this.many(() => this.param_no_default());
      if (this.invalid_parameters_helper()) {
        const a = this.param_no_default();
        if (a) throw this.knownLocation(a, 'non-default argument follows default argument');
      }
      this.mark = m;
    }
    // param_no_default* a='(' param_no_default+ ','? b=')'
    {
      this.many(() => this.param_no_default());
      const a = this.expect(T.LPAR);
      if (a && this.many(() => this.param_no_default()).length) {
        this.expect(T.COMMA);
        const b = this.expect(T.RPAR);
        if (b) throw this.knownRange(a, b, 'Function parameters cannot be parenthesized');
      }
      this.mark = m;
    }
    // a="/" ','
    {
      const a = this.expect(T.SLASH);
      if (a && this.expect(T.COMMA)) throw this.knownLocation(a, 'at least one argument must precede /');
      this.mark = m;
    }
    // (slash_no_default | slash_with_default) param_maybe_default* a='/'
    {
      let ok = this.slash_no_default() !== null;
      if (!ok) {
        this.mark = m;
        ok = this.slash_with_default() !== null;
      }
      if (ok) {
        this.many(() => this.param_maybe_default());
        const a = this.expect(T.SLASH);
        if (a) throw this.knownLocation(a, '/ may appear only once');
      }
      this.mark = m;
    }
    // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
    {
      if (!this.slash_no_default()) {
        this.mark = m;
        if (!this.slash_with_default()) this.mark = m;
      }
      this.many(() => this.param_maybe_default());
      if (this.expect(T.STAR) && (this.expect(T.COMMA) || this.param_no_default())) {
        this.many(() => this.param_maybe_default());
        const a = this.expect(T.SLASH);
        if (a) throw this.knownLocation(a, '/ must be ahead of *');
      }
      this.mark = m;
    }
    // param_maybe_default+ '/' a='*'
    {
      if (this.many(() => this.param_maybe_default()).length && this.expect(T.SLASH)) {
        const a = this.expect(T.STAR);
        if (a) throw this.knownLocation(a, 'expected comma between / and *');
      }
      this.mark = m;
    }
  }

  private invalid_parameters_helper(): boolean {
    const m = this.mark;
    if (this.slash_with_default()) return true;
    this.mark = m;
    if (this.many(() => this.param_with_default()).length) return true;
    this.mark = m;
    return false;
  }

  private invalid_star_etc(): void {
    const m = this.mark;
    {
      const a = this.expect(T.STAR);
      if (a) {
        if (this.expect(T.RPAR)) throw this.knownLocation(a, 'named arguments must follow bare *');
        if (this.expect(T.COMMA) && (this.expect(T.RPAR) || this.expect(T.DOUBLESTAR))) {
          throw this.knownLocation(a, 'named arguments must follow bare *');
        }
      }
      this.mark = m;
    }
    {
      if (this.expect(T.STAR) && this.param()) {
        const a = this.expect(T.EQUAL);
        if (a) throw this.knownLocation(a, 'var-positional argument cannot have default value');
      }
      this.mark = m;
    }
    {
      if (this.expect(T.STAR) && (this.param_no_default() || this.expect(T.COMMA))) {
        this.many(() => this.param_maybe_default());
        const a = this.expect(T.STAR);
        if (a && (this.param_no_default() || this.expect(T.COMMA))) throw this.knownLocation(a, '* argument may appear only once');
      }
      this.mark = m;
    }
  }

  private invalid_kwds(): void {
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR) && this.param()) {
      const a = this.expect(T.EQUAL);
      if (a) throw this.knownLocation(a, 'var-keyword argument cannot have default value');
    }
    this.mark = m;
    if (this.expect(T.DOUBLESTAR) && this.param() && this.expect(T.COMMA)) {
      const a = this.param();
      if (a) throw this.knownLocation(a, 'arguments cannot follow var-keyword argument');
    }
    this.mark = m;
    if (this.expect(T.DOUBLESTAR) && this.param() && this.expect(T.COMMA)) {
      const t = this.peek();
      if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) {
        throw this.knownLocation(t, 'arguments cannot follow var-keyword argument');
      }
    }
    this.mark = m;
  }

  private invalid_lambda_parameters(): void {
    const m = this.mark;
    {
      this.many(() => this.lambda_param_no_default());
      if (this.invalid_lambda_parameters_helper()) {
        const a = this.lambda_param_no_default();
        if (a) throw this.knownLocation(a, 'non-default argument follows default argument');
      }
      this.mark = m;
    }
    {
      this.many(() => this.lambda_param_no_default());
      const a = this.expect(T.LPAR);
      if (a && this.gather(() => this.lambda_param(), T.COMMA)) {
        this.expect(T.COMMA);
        const b = this.expect(T.RPAR);
        if (b) throw this.knownRange(a, b, 'Lambda expression parameters cannot be parenthesized');
      }
      this.mark = m;
    }
    {
      const a = this.expect(T.SLASH);
      if (a && this.expect(T.COMMA)) throw this.knownLocation(a, 'at least one argument must precede /');
      this.mark = m;
    }
    {
      let ok = this.lambda_slash_no_default() !== null;
      if (!ok) {
        this.mark = m;
        ok = this.lambda_slash_with_default() !== null;
      }
      if (ok) {
        this.many(() => this.lambda_param_maybe_default());
        const a = this.expect(T.SLASH);
        if (a) throw this.knownLocation(a, '/ may appear only once');
      }
      this.mark = m;
    }
    {
      if (!this.lambda_slash_no_default()) {
        this.mark = m;
        if (!this.lambda_slash_with_default()) this.mark = m;
      }
      this.many(() => this.lambda_param_maybe_default());
      if (this.expect(T.STAR) && (this.expect(T.COMMA) || this.lambda_param_no_default())) {
        this.many(() => this.lambda_param_maybe_default());
        const a = this.expect(T.SLASH);
        if (a) throw this.knownLocation(a, '/ must be ahead of *');
      }
      this.mark = m;
    }
    {
      if (this.many(() => this.lambda_param_maybe_default()).length && this.expect(T.SLASH)) {
        const a = this.expect(T.STAR);
        if (a) throw this.knownLocation(a, 'expected comma between / and *');
      }
      this.mark = m;
    }
  }

  private invalid_lambda_parameters_helper(): boolean {
    const m = this.mark;
    if (this.lambda_slash_with_default()) return true;
    this.mark = m;
    if (this.many(() => this.lambda_param_with_default()).length) return true;
    this.mark = m;
    return false;
  }

  private invalid_lambda_star_etc(): void {
    const m = this.mark;
    if (this.expect(T.STAR)) {
      if (this.expect(T.COLON)) throw this.syntaxError('named arguments must follow bare *');
      if (this.expect(T.COMMA) && (this.expect(T.COLON) || this.expect(T.DOUBLESTAR))) {
        throw this.syntaxError('named arguments must follow bare *');
      }
    }
    this.mark = m;
    if (this.expect(T.STAR) && this.lambda_param()) {
      const a = this.expect(T.EQUAL);
      if (a) throw this.knownLocation(a, 'var-positional argument cannot have default value');
    }
    this.mark = m;
    if (this.expect(T.STAR) && (this.lambda_param_no_default() || this.expect(T.COMMA))) {
      this.many(() => this.lambda_param_maybe_default());
      const a = this.expect(T.STAR);
      if (a && (this.lambda_param_no_default() || this.expect(T.COMMA))) throw this.knownLocation(a, '* argument may appear only once');
    }
    this.mark = m;
  }

  private invalid_lambda_kwds(): void {
    const m = this.mark;
    if (this.expect(T.DOUBLESTAR) && this.lambda_param()) {
      const a = this.expect(T.EQUAL);
      if (a) throw this.knownLocation(a, 'var-keyword argument cannot have default value');
    }
    this.mark = m;
    if (this.expect(T.DOUBLESTAR) && this.lambda_param() && this.expect(T.COMMA)) {
      const a = this.lambda_param();
      if (a) throw this.knownLocation(a, 'arguments cannot follow var-keyword argument');
    }
    this.mark = m;
    if (this.expect(T.DOUBLESTAR) && this.lambda_param() && this.expect(T.COMMA)) {
      const t = this.peek();
      if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) {
        throw this.knownLocation(t, 'arguments cannot follow var-keyword argument');
      }
    }
    this.mark = m;
  }

  private invalid_for_target(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    if (this.expect(T.KW_FOR)) {
      const a = this.star_expressions();
      if (a) {
        const err = this.invalidTarget(TargetsType.FOR_TARGETS, a);
        if (err) throw err;
      }
    }
    this.mark = m;
  }

  private withItemsLoose(parenthesized: boolean): boolean {
    const item = (): boolean => {
      const e = parenthesized ? this.expressions() : this.expression();
      if (!e) return false;
      const m = this.mark;
      if (!(this.expect(T.KW_AS) && this.star_target())) this.mark = m;
      return true;
    };
    return this.gather(() => (item() ? true : null), T.COMMA) !== null;
  }

  private invalid_with_stmt(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    if (this.expect(T.KW_WITH) && this.withItemsLoose(false) && this.expect(T.NEWLINE)) throw this.syntaxError("expected ':'");
    this.mark = m;
    this.expect(T.ASYNC);
    if (this.expect(T.KW_WITH) && this.expect(T.LPAR) && this.withItemsLoose(true)) {
      this.expect(T.COMMA);
      if (this.expect(T.RPAR) && this.expect(T.NEWLINE)) throw this.syntaxError("expected ':'");
    }
    this.mark = m;
  }

  private invalid_with_stmt_indent(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    let a = this.expect(T.KW_WITH);
    if (a && this.withItemsLoose(false) && this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
      throw this.raiseError('IndentationError', `expected an indented block after 'with' statement on line ${a.lineno}`);
    }
    this.mark = m;
    this.expect(T.ASYNC);
    a = this.expect(T.KW_WITH);
    if (a && this.expect(T.LPAR) && this.withItemsLoose(true)) {
      this.expect(T.COMMA);
      if (this.expect(T.RPAR) && this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
        throw this.raiseError('IndentationError', `expected an indented block after 'with' statement on line ${a.lineno}`);
      }
    }
    this.mark = m;
  }

  private invalid_try_stmt(): void {
    const m = this.mark;
    {
      const a = this.expect(T.KW_TRY);
      if (a && this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
        throw this.raiseError('IndentationError', `expected an indented block after 'try' statement on line ${a.lineno}`);
      }
      this.mark = m;
    }
    {
      if (this.expect(T.KW_TRY) && this.expect(T.COLON) && this.block() && !this.isType(T.KW_EXCEPT) && !this.isType(T.KW_FINALLY)) {
        throw this.syntaxError("expected 'except' or 'finally' block");
      }
      this.mark = m;
    }
    {
      if (this.expect(T.KW_TRY) && this.expect(T.COLON)) {
        this.many(() => this.block());
        if (this.many(() => this.except_block()).length) {
          const a = this.expect(T.KW_EXCEPT);
          const b = a ? this.expect(T.STAR) : null;
          if (a && b && this.expression()) {
            const m2 = this.mark;
            if (!(this.expect(T.KW_AS) && this.expect(T.NAME))) this.mark = m2;
            if (this.expect(T.COLON)) throw this.knownRange(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
          }
        }
      }
      this.mark = m;
    }
    {
      if (this.expect(T.KW_TRY) && this.expect(T.COLON)) {
        this.many(() => this.block());
        if (this.many(() => this.except_star_block()).length) {
          const a = this.expect(T.KW_EXCEPT);
          if (a) {
            const m2 = this.mark;
            if (this.expression()) {
              const m3 = this.mark;
              if (!(this.expect(T.KW_AS) && this.expect(T.NAME))) this.mark = m3;
            } else {
              this.mark = m2;
            }
            if (this.expect(T.COLON)) throw this.knownLocation(a, "cannot have both 'except' and 'except*' on the same 'try'");
          }
        }
      }
      this.mark = m;
    }
  }

  private invalid_except_stmt(): void {
    const m = this.mark;
    {
      if (this.expect(T.KW_EXCEPT)) {
        this.expect(T.STAR);
        const a = this.expression();
        if (a && this.expect(T.COMMA) && this.expressions()) {
          const m2 = this.mark;
          if (!(this.expect(T.KW_AS) && this.expect(T.NAME))) this.mark = m2;
          if (this.expect(T.COLON)) throw this.startingFrom(a, 'multiple exception types must be parenthesized');
        }
      }
      this.mark = m;
    }
    {
      if (this.expect(T.KW_EXCEPT)) {
        this.expect(T.STAR);
        if (this.expression()) {
          const m2 = this.mark;
          if (!(this.expect(T.KW_AS) && this.expect(T.NAME))) this.mark = m2;
          if (this.expect(T.NEWLINE)) throw this.syntaxError("expected ':'");
        }
      }
      this.mark = m;
    }
    {
      if (this.expect(T.KW_EXCEPT) && this.expect(T.NEWLINE)) throw this.syntaxError("expected ':'");
      this.mark = m;
    }
    {
      if (this.expect(T.KW_EXCEPT) && this.expect(T.STAR) && (this.expect(T.NEWLINE) || this.expect(T.COLON))) {
        throw this.syntaxError('expected one or more exception types');
      }
      this.mark = m;
    }
  }

  /** invalid_else_stmt / invalid_finally_stmt: a=KW ':' NEWLINE !INDENT. */
  private invalidIndentAfter(kw: number, what: string): void {
    const m = this.mark;
    const a = this.expect(kw);
    if (a && this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
      throw this.raiseError('IndentationError', `expected an indented block after ${what} on line ${a.lineno}`);
    }
    this.mark = m;
  }

  private invalid_except_stmt_indent(): void {
    const m = this.mark;
    {
      const a = this.expect(T.KW_EXCEPT);
      if (a && this.expression()) {
        const m2 = this.mark;
        if (!(this.expect(T.KW_AS) && this.expect(T.NAME))) this.mark = m2;
        if (this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
          throw this.raiseError('IndentationError', `expected an indented block after 'except' statement on line ${a.lineno}`);
        }
      }
      this.mark = m;
    }
    this.invalidIndentAfter(T.KW_EXCEPT, "'except' statement");
  }

  /** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt. */
  private invalid_if_stmt(kw: number, word: string): void {
    const m = this.mark;
    if (this.expect(kw) && this.named_expression() && this.expect(T.NEWLINE)) throw this.syntaxError("expected ':'");
    this.mark = m;
    const a = this.expect(kw);
    if (a && this.named_expression() && this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
      throw this.raiseError('IndentationError', `expected an indented block after '${word}' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  private invalid_for_stmt(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    if (this.expect(T.KW_FOR) && this.star_targets() && this.expect(T.KW_IN) && this.star_expressions() && this.expect(T.NEWLINE)) {
      throw this.syntaxError("expected ':'");
    }
    this.mark = m;
    this.expect(T.ASYNC);
    const a = this.expect(T.KW_FOR);
    if (a && this.star_targets() && this.expect(T.KW_IN) && this.star_expressions() && this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
      throw this.raiseError('IndentationError', `expected an indented block after 'for' statement on line ${a.lineno}`);
    }
    this.mark = m;
  }

  private invalid_def_raw(): void {
    const m = this.mark;
    this.expect(T.ASYNC);
    const a = this.expect(T.KW_DEF);
    if (a && this.expect(T.NAME) && this.expect(T.LPAR)) {
      const m2 = this.mark;
      if (!this.params()) this.mark = m2;
      if (this.expect(T.RPAR)) {
        const m3 = this.mark;
        if (!(this.expect(T.RARROW) && this.expression())) this.mark = m3;
        if (this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
          throw this.raiseError('IndentationError', `expected an indented block after function definition on line ${a.lineno}`);
        }
      }
    }
    this.mark = m;
  }

  private invalid_class_def_raw(): void {
    const m = this.mark;
    const classHead = (): Token | null => {
      const a = this.expect(T.KW_CLASS);
      if (!a || !this.expect(T.NAME)) return null;
      const m2 = this.mark;
      if (this.expect(T.LPAR)) {
        const m3 = this.mark;
        if (!this.arguments()) this.mark = m3;
        if (!this.expect(T.RPAR)) this.mark = m2;
      }
      return a;
    };
    if (classHead() && this.expect(T.NEWLINE)) throw this.syntaxError("expected ':'");
    this.mark = m;
    const a = classHead();
    if (a && this.expect(T.COLON) && this.expect(T.NEWLINE) && !this.isType(T.INDENT)) {
      throw this.raiseError('IndentationError', `expected an indented block after class definition on line ${a.lineno}`);
    }
    this.mark = m;
  }

  /** After '{': invalid_double_starred_kvpairs. */
  private invalid_double_starred_kvpairs(): void {
    const m = this.mark;
    {
      if (this.gather(() => this.double_starred_kvpair(), T.COMMA) && this.expect(T.COMMA)) this.invalid_kvpair();
      this.mark = m;
    }
    {
      const e = this.expression();
      if (e && this.expect(T.COLON)) {
        const a = this.expect(T.STAR);
        if (a && this.bitwise_or()) throw this.startingFrom(a, 'cannot use a starred expression in a dictionary value');
      }
      this.mark = m;
    }
    {
      const e = this.expression();
      if (e) {
        const a = this.expect(T.COLON);
        if (a && (this.isType(T.RBRACE) || this.isType(T.COMMA))) throw this.knownLocation(a, "expression expected after dictionary key and ':'");
      }
      this.mark = m;
    }
  }

  private invalid_kvpair(): void {
    const m = this.mark;
    {
      const a = this.expression();
      if (a && !this.isType(T.COLON)) {
        throw this.errorAt('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
      }
      this.mark = m;
    }
    {
      const e = this.expression();
      if (e && this.expect(T.COLON)) {
        const a = this.expect(T.STAR);
        if (a && this.bitwise_or()) throw this.startingFrom(a, 'cannot use a starred expression in a dictionary value');
      }
      this.mark = m;
    }
    {
      const e = this.expression();
      if (e) {
        const a = this.expect(T.COLON);
        if (a && (this.isType(T.RBRACE) || this.isType(T.COMMA))) throw this.knownLocation(a, "expression expected after dictionary key and ':'");
      }
      this.mark = m;
    }
  }
}

/** Thrown for a match statement (PyHeap parses no patterns); parse() turns it into UnsupportedSyntax. */
export class UnsupportedMatch extends Error {
  constructor(readonly lineno: number) {
    super('match');
  }
}

// ---------------------------------------------------------------------------
// Action helpers (Parser/action_helpers.c)

/** The operator of binary rule `level` (see Parser.binary) for token type t, or null. */
function binaryOp(level: number, t: number): A.operator | null {
  switch (level) {
    case 0: return t === T.VBAR ? 'BitOr' : null;
    case 1: return t === T.CIRCUMFLEX ? 'BitXor' : null;
    case 2: return t === T.AMPER ? 'BitAnd' : null;
    case 3: return t === T.LEFTSHIFT ? 'LShift' : t === T.RIGHTSHIFT ? 'RShift' : null;
    case 4: return t === T.PLUS ? 'Add' : t === T.MINUS ? 'Sub' : null;
    default:
      switch (t) {
        case T.STAR: return 'Mult';
        case T.SLASH: return 'Div';
        case T.DOUBLESLASH: return 'FloorDiv';
        case T.PERCENT: return 'Mod';
        case T.AT: return 'MatMult';
        default: return null;
      }
  }
}

function dummyName(): A.Name {
  return { _type: 'Name', id: '', ctx: 'Load', lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
}

function emptyArguments(): A.arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** _PyPegen_make_arguments. */
function makeArguments(
  slashWithoutDefault: A.arg[] | null, slashWithDefault: SlashWithDefault | null, plainNames: A.arg[] | null,
  namesWithDefault: NameDefaultPair[] | null, starEtc: StarEtc | null,
): A.arguments {
  let posonlyargs: A.arg[] = [];
  if (slashWithoutDefault) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault) posonlyargs = [...slashWithDefault.plain_names, ...slashWithDefault.names_with_defaults.map((p) => p.arg)];
  const args: A.arg[] = [...(plainNames ?? []), ...(namesWithDefault ?? []).map((p) => p.arg)];
  const defaults: expr[] = [
    ...(slashWithDefault ? slashWithDefault.names_with_defaults.map((p) => p.value!) : []),
    ...(namesWithDefault ?? []).map((p) => p.value!),
  ];
  return {
    _type: 'arguments', posonlyargs, args, vararg: starEtc ? starEtc.vararg : null,
    kwonlyargs: starEtc ? starEtc.kwonlyargs.map((p) => p.arg) : [],
    kw_defaults: starEtc ? starEtc.kwonlyargs.map((p) => p.value) : [],
    kwarg: starEtc ? starEtc.kwarg : null, defaults,
  };
}

/** _PyPegen_set_expr_context. */
function setExprContext(e: expr, ctx: A.expr_context): expr {
  switch (e._type) {
    case 'Name': return { ...e, ctx };
    case 'Tuple': return { ...e, elts: e.elts.map((x) => setExprContext(x, ctx)), ctx };
    case 'List': return { ...e, elts: e.elts.map((x) => setExprContext(x, ctx)), ctx };
    case 'Subscript': return { ...e, ctx };
    case 'Attribute': return { ...e, ctx };
    case 'Starred': return { ...e, value: setExprContext(e.value, ctx), ctx };
    default: return e;
  }
}

function lastComprehensionItem(c: A.comprehension): expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1];
}

/** _PyPegen_get_expr_name. */
export function getExprName(e: expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const k = e.value.kind;
      if (k === 'None') return 'None';
      if (k === 'bool') return e.value.kind === 'bool' && e.value.value ? 'True' : 'False';
      if (k === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** _PyPegen_get_invalid_target. */
function getInvalidTarget(e: expr | null, type: TargetsType): expr | null {
  if (e === null) return null;
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const c = getInvalidTarget(x, type);
        if (c) return c;
      }
      return null;
    case 'Starred':
      if (type === TargetsType.DEL_TARGETS) return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      if (type === TargetsType.FOR_TARGETS) {
        if (e.ops[0] === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

const utf8Encoder = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** err_programtext (Python/errors.c): a file's line as read again with fgets into a
 *  1000-byte buffer. A line of more than 998 bytes (its newline included) is read in
 *  chunks of 999 and what remains is the last one; null when that chunk does not decode
 *  (a character cut in two) or the file ends exactly at a chunk's end. The columns of
 *  the error stay those of the whole line. */
function programTextLine(line: string): string | null {
  if (line.length < 333) return line; // at most 3 UTF-8 bytes per UTF-16 unit: fits
  const bytes = utf8Encoder.encode(line);
  let start = 0;
  while (bytes.length - start >= 999 && bytes[start + 998] !== 0x0a) start += 999;
  if (start === 0) return line;
  if (start === bytes.length) return null;
  try {
    return utf8Strict.decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/** An int literal in base 10 (no 0x/0o/0b prefix): PyLong_FromString limits only those. */
function isDecimalInt(text: string): boolean {
  const p = text.length > 1 && text.charCodeAt(0) === 0x30 ? text.charCodeAt(1) | 0x20 : 0;
  return p !== 0x78 && p !== 0x6f && p !== 0x62;
}

/** parsenumber (Parser/pegen.c): int, float or imaginary from a NUMBER token. */
export function parseNumber(text: string): A.ConstantValue {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return { kind: 'complex', imag: Number(s.slice(0, -1)) };
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 0x30 && s.length > 1 && (c1 | 0x20) !== 0x2e && (c1 | 0x20) !== 0x65 && c1 !== 0x30) {
    const p = c1 | 0x20;
    if (p === 0x78 || p === 0x6f || p === 0x62) return { kind: 'int', value: BigInt(s.slice(0, 2).toLowerCase() + s.slice(2)) };
  }
  if (/^[0-9]+$/.test(s)) return { kind: 'int', value: BigInt(s) };
  return { kind: 'float', value: Number(s) };
}

/** _PyPegen_byte_offset_to_character_offset on a str line. */
function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteOffset; i++) {
    const c = line.charCodeAt(i);
    let w = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      w = 4;
      i++;
    }
    bytes += w;
    chars++;
  }
  if (bytes < byteOffset) chars += 1; // past the end: the NUL counts once
  return chars;
}

export { codePointCount };
