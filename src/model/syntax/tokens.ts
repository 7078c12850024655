// Token kinds, numbered as CPython 3.11's Include/token.h, plus one id per
// reserved keyword (pegen turns a NAME that is a keyword into its own token
// type: Parser/pegen.c _get_keyword_or_name_type).

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const LPAR = 7;
export const RPAR = 8;
export const LSQB = 9;
export const RSQB = 10;
export const COLON = 11;
export const COMMA = 12;
export const SEMI = 13;
export const PLUS = 14;
export const MINUS = 15;
export const STAR = 16;
export const SLASH = 17;
export const VBAR = 18;
export const AMPER = 19;
export const LESS = 20;
export const GREATER = 21;
export const EQUAL = 22;
export const DOT = 23;
export const PERCENT = 24;
export const LBRACE = 25;
export const RBRACE = 26;
export const EQEQUAL = 27;
export const NOTEQUAL = 28;
export const LESSEQUAL = 29;
export const GREATEREQUAL = 30;
export const TILDE = 31;
export const CIRCUMFLEX = 32;
export const LEFTSHIFT = 33;
export const RIGHTSHIFT = 34;
export const DOUBLESTAR = 35;
export const PLUSEQUAL = 36;
export const MINEQUAL = 37;
export const STAREQUAL = 38;
export const SLASHEQUAL = 39;
export const PERCENTEQUAL = 40;
export const AMPEREQUAL = 41;
export const VBAREQUAL = 42;
export const CIRCUMFLEXEQUAL = 43;
export const LEFTSHIFTEQUAL = 44;
export const RIGHTSHIFTEQUAL = 45;
export const DOUBLESTAREQUAL = 46;
export const DOUBLESLASH = 47;
export const DOUBLESLASHEQUAL = 48;
export const AT = 49;
export const ATEQUAL = 50;
export const RARROW = 51;
export const ELLIPSIS = 52;
export const COLONEQUAL = 53;
/** Any other punctuation ('$', '?', '!', '<>' ...): never matched by the grammar. */
export const OP = 54;
export const AWAIT = 55;
export const ASYNC = 56;
export const ERRORTOKEN = 60;

// Reserved keywords (Grammar/python.gram, the quoted 'names').
export const KW_FALSE = 600;
export const KW_NONE = 601;
export const KW_TRUE = 602;
export const KW_AND = 603;
export const KW_AS = 604;
export const KW_ASSERT = 605;
export const KW_BREAK = 606;
export const KW_CLASS = 607;
export const KW_CONTINUE = 608;
export const KW_DEF = 609;
export const KW_DEL = 610;
export const KW_ELIF = 611;
export const KW_ELSE = 612;
export const KW_EXCEPT = 613;
export const KW_FINALLY = 614;
export const KW_FOR = 615;
export const KW_FROM = 616;
export const KW_GLOBAL = 617;
export const KW_IF = 618;
export const KW_IMPORT = 619;
export const KW_IN = 620;
export const KW_IS = 621;
export const KW_LAMBDA = 622;
export const KW_NONLOCAL = 623;
export const KW_NOT = 624;
export const KW_OR = 625;
export const KW_PASS = 626;
export const KW_RAISE = 627;
export const KW_RETURN = 628;
export const KW_TRY = 629;
export const KW_WHILE = 630;
export const KW_WITH = 631;
export const KW_YIELD = 632;

export const KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['False', KW_FALSE], ['None', KW_NONE], ['True', KW_TRUE], ['and', KW_AND], ['as', KW_AS],
  ['assert', KW_ASSERT], ['break', KW_BREAK], ['class', KW_CLASS], ['continue', KW_CONTINUE],
  ['def', KW_DEF], ['del', KW_DEL], ['elif', KW_ELIF], ['else', KW_ELSE], ['except', KW_EXCEPT],
  ['finally', KW_FINALLY], ['for', KW_FOR], ['from', KW_FROM], ['global', KW_GLOBAL], ['if', KW_IF],
  ['import', KW_IMPORT], ['in', KW_IN], ['is', KW_IS], ['lambda', KW_LAMBDA], ['nonlocal', KW_NONLOCAL],
  ['not', KW_NOT], ['or', KW_OR], ['pass', KW_PASS], ['raise', KW_RAISE], ['return', KW_RETURN],
  ['try', KW_TRY], ['while', KW_WHILE], ['with', KW_WITH], ['yield', KW_YIELD],
]);

/** Parser/token.c PyToken_OneChar. */
export function oneChar(c: number): number {
  switch (c) {
    case 0x25: return PERCENT; // %
    case 0x26: return AMPER; // &
    case 0x28: return LPAR;
    case 0x29: return RPAR;
    case 0x2a: return STAR;
    case 0x2b: return PLUS;
    case 0x2c: return COMMA;
    case 0x2d: return MINUS;
    case 0x2e: return DOT;
    case 0x2f: return SLASH;
    case 0x3a: return COLON;
    case 0x3b: return SEMI;
    case 0x3c: return LESS;
    case 0x3d: return EQUAL;
    case 0x3e: return GREATER;
    case 0x40: return AT;
    case 0x5b: return LSQB;
    case 0x5d: return RSQB;
    case 0x5e: return CIRCUMFLEX;
    case 0x7b: return LBRACE;
    case 0x7c: return VBAR;
    case 0x7d: return RBRACE;
    case 0x7e: return TILDE;
    default: return OP;
  }
}

/** Parser/token.c PyToken_TwoChars ('<>' is NOTEQUAL there; the grammar then rejects it). */
export function twoChars(c1: number, c2: number): number {
  switch (c1) {
    case 0x21: if (c2 === 0x3d) return NOTEQUAL; break; // !=
    case 0x25: if (c2 === 0x3d) return PERCENTEQUAL; break;
    case 0x26: if (c2 === 0x3d) return AMPEREQUAL; break;
    case 0x2a: if (c2 === 0x2a) return DOUBLESTAR; if (c2 === 0x3d) return STAREQUAL; break;
    case 0x2b: if (c2 === 0x3d) return PLUSEQUAL; break;
    case 0x2d: if (c2 === 0x3d) return MINEQUAL; if (c2 === 0x3e) return RARROW; break;
    case 0x2f: if (c2 === 0x2f) return DOUBLESLASH; if (c2 === 0x3d) return SLASHEQUAL; break;
    case 0x3a: if (c2 === 0x3d) return COLONEQUAL; break;
    case 0x3c:
      if (c2 === 0x3c) return LEFTSHIFT;
      if (c2 === 0x3d) return LESSEQUAL;
      if (c2 === 0x3e) return NOTEQUAL;
      break;
    case 0x3d: if (c2 === 0x3d) return EQEQUAL; break;
    case 0x3e: if (c2 === 0x3d) return GREATEREQUAL; if (c2 === 0x3e) return RIGHTSHIFT; break;
    case 0x40: if (c2 === 0x3d) return ATEQUAL; break;
    case 0x5e: if (c2 === 0x3d) return CIRCUMFLEXEQUAL; break;
    case 0x7c: if (c2 === 0x3d) return VBAREQUAL; break;
  }
  return OP;
}

/** Parser/token.c PyToken_ThreeChars. */
export function threeChars(c1: number, c2: number, c3: number): number {
  if (c3 === 0x3d) {
    if (c1 === 0x2a && c2 === 0x2a) return DOUBLESTAREQUAL;
    if (c1 === 0x2f && c2 === 0x2f) return DOUBLESLASHEQUAL;
    if (c1 === 0x3c && c2 === 0x3c) return LEFTSHIFTEQUAL;
    if (c1 === 0x3e && c2 === 0x3e) return RIGHTSHIFTEQUAL;
  }
  if (c1 === 0x2e && c2 === 0x2e && c3 === 0x2e) return ELLIPSIS;
  return OP;
}

/**
 * All token constants and helpers in one plain object: `T.NAME` is a
 * constant-field load, where a namespace import can cost a getter call per
 * access once transpiled to CommonJS.
 */
export const T = {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  COLON,
  COMMA,
  SEMI,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  VBAR,
  AMPER,
  LESS,
  GREATER,
  EQUAL,
  DOT,
  PERCENT,
  LBRACE,
  RBRACE,
  EQEQUAL,
  NOTEQUAL,
  LESSEQUAL,
  GREATEREQUAL,
  TILDE,
  CIRCUMFLEX,
  LEFTSHIFT,
  RIGHTSHIFT,
  DOUBLESTAR,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  DOUBLESTAREQUAL,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  AT,
  ATEQUAL,
  RARROW,
  ELLIPSIS,
  COLONEQUAL,
  OP,
  AWAIT,
  ASYNC,
  ERRORTOKEN,
  KW_FALSE,
  KW_NONE,
  KW_TRUE,
  KW_AND,
  KW_AS,
  KW_ASSERT,
  KW_BREAK,
  KW_CLASS,
  KW_CONTINUE,
  KW_DEF,
  KW_DEL,
  KW_ELIF,
  KW_ELSE,
  KW_EXCEPT,
  KW_FINALLY,
  KW_FOR,
  KW_FROM,
  KW_GLOBAL,
  KW_IF,
  KW_IMPORT,
  KW_IN,
  KW_IS,
  KW_LAMBDA,
  KW_NONLOCAL,
  KW_NOT,
  KW_OR,
  KW_PASS,
  KW_RAISE,
  KW_RETURN,
  KW_TRY,
  KW_WHILE,
  KW_WITH,
  KW_YIELD,
  KEYWORDS,
  oneChar,
  twoChars,
  threeChars,
} as const;

/** One token as pegen stores it (Parser/pegen.h Token). */
export interface Token {
  type: number;
  /** The token's source text. */
  string: string;
  lineno: number;
  /** UTF-8 byte offsets, -1 where CPython has none (INDENT, DEDENT, ENDMARKER). */
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Parenthesis nesting level after this token (tok->level). */
  level: number;
  /** UTF-16 index of the token's first character in the source, -1 if none. */
  start: number;
  /** The tokenizer's done code when type is ERRORTOKEN. */
  done: number;
  /** pegen's per-token memo (see Parser.memoHit): a list of the rules memoized here. */
  memo: Memo | null;
}

/** One memoized rule result at a token (pegen's Memo): the node (null for a failure),
 *  the mark after it, and the next entry of the token's list. */
export class Memo {
  constructor(
    readonly type: number,
    public node: unknown,
    public mark: number,
    readonly next: Memo | null,
  ) {}
}
