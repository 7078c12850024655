// The abstract syntax tree, shaped exactly like Python 3.11's `ast` module
// (Parser/Python.asdl). Every node is a plain object tagged by `_type` (the ast
// class name) with the ASDL field names, so `ast.dump` output and CPython's
// compiler (Python/compile.c) read the same way here.
//
// Positions follow CPython: `lineno`/`end_lineno` are 1-based; `col_offset` and
// `end_col_offset` are 0-based UTF-8 *byte* offsets within the line, as the
// tokenizer reports them (Parser/pegen.c stores byte offsets in the AST).
//
// `dump(node)` (Python's ast.dump without attributes) lives in ./dump.ts.

/** Attributes every stmt/expr/excepthandler/arg/keyword/alias node carries. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------
// Operators and contexts (the ast singletons Add(), Load(), ...)

export type expr_context = 'Load' | 'Store' | 'Del';
export type boolop = 'And' | 'Or';
export type operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------------------
// Constant values. Python str values are JS strings in which a code point above
// U+FFFF is a surrogate pair; a lone surrogate (from a '\ud800' escape) stays a
// single UTF-16 unit. 'tuple' and 'frozenset' are produced only by constant
// folding in the compiler (Python/ast_opt.c), never by the parser.

export type ConstantValue =
  | { kind: 'None' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'Ellipsis' }
  | { kind: 'tuple'; items: ConstantValue[] }
  | { kind: 'frozenset'; items: ConstantValue[] };

// ---------------------------------------------------------------------------
// mod

export interface Module {
  _type: 'Module';
  body: stmt[];
  /** Always empty: PyHeap does not parse type comments. */
  type_ignores: never[];
}

/** The `eval` start rule's result (compile(..., 'eval'), eval()). */
export interface Expression {
  _type: 'Expression';
  body: expr;
}

/** A whole compilation unit. */
export type mod = Module | Expression;

// ---------------------------------------------------------------------------
// stmt

export interface FunctionDef extends Located {
  _type: 'FunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  _type: 'AsyncFunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
}
export interface ClassDef extends Located {
  _type: 'ClassDef';
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
}
export interface Return extends Located { _type: 'Return'; value: expr | null }
export interface Delete extends Located { _type: 'Delete'; targets: expr[] }
export interface Assign extends Located {
  _type: 'Assign';
  targets: expr[];
  value: expr;
  type_comment: string | null;
}
export interface AugAssign extends Located { _type: 'AugAssign'; target: expr; op: operator; value: expr }
export interface AnnAssign extends Located {
  _type: 'AnnAssign';
  target: expr;
  annotation: expr;
  value: expr | null;
  /** 1 when the target is a bare Name not in parentheses (compile.c stores it in __annotations__). */
  simple: number;
}
export interface For extends Located {
  _type: 'For';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface AsyncFor extends Located {
  _type: 'AsyncFor';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface While extends Located { _type: 'While'; test: expr; body: stmt[]; orelse: stmt[] }
export interface If extends Located { _type: 'If'; test: expr; body: stmt[]; orelse: stmt[] }
export interface With extends Located {
  _type: 'With';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}
export interface AsyncWith extends Located {
  _type: 'AsyncWith';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}
export interface Raise extends Located { _type: 'Raise'; exc: expr | null; cause: expr | null }
export interface Try extends Located {
  _type: 'Try';
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface TryStar extends Located {
  _type: 'TryStar';
  body: stmt[];
  handlers: excepthandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface Assert extends Located { _type: 'Assert'; test: expr; msg: expr | null }
export interface Import extends Located { _type: 'Import'; names: alias[] }
export interface ImportFrom extends Located {
  _type: 'ImportFrom';
  /** null for `from . import x`. */
  module: string | null;
  names: alias[];
  /** Number of leading dots. */
  level: number;
}
export interface Global extends Located { _type: 'Global'; names: string[] }
export interface Nonlocal extends Located { _type: 'Nonlocal'; names: string[] }
export interface Expr extends Located { _type: 'Expr'; value: expr }
export interface Pass extends Located { _type: 'Pass' }
export interface Break extends Located { _type: 'Break' }
export interface Continue extends Located { _type: 'Continue' }

export type stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

// ---------------------------------------------------------------------------
// expr

export interface BoolOp extends Located { _type: 'BoolOp'; op: boolop; values: expr[] }
export interface NamedExpr extends Located { _type: 'NamedExpr'; target: Name; value: expr }
export interface BinOp extends Located { _type: 'BinOp'; left: expr; op: operator; right: expr }
export interface UnaryOp extends Located { _type: 'UnaryOp'; op: unaryop; operand: expr }
export interface Lambda extends Located { _type: 'Lambda'; args: arguments; body: expr }
export interface IfExp extends Located { _type: 'IfExp'; test: expr; body: expr; orelse: expr }
export interface Dict extends Located {
  _type: 'Dict';
  /** A null key stands for a `**mapping` unpacking whose mapping is the matching value. */
  keys: (expr | null)[];
  values: expr[];
}
export interface Set extends Located { _type: 'Set'; elts: expr[] }
export interface ListComp extends Located { _type: 'ListComp'; elt: expr; generators: comprehension[] }
export interface SetComp extends Located { _type: 'SetComp'; elt: expr; generators: comprehension[] }
export interface DictComp extends Located {
  _type: 'DictComp';
  key: expr;
  value: expr;
  generators: comprehension[];
}
export interface GeneratorExp extends Located { _type: 'GeneratorExp'; elt: expr; generators: comprehension[] }
export interface Await extends Located { _type: 'Await'; value: expr }
export interface Yield extends Located { _type: 'Yield'; value: expr | null }
export interface YieldFrom extends Located { _type: 'YieldFrom'; value: expr }
export interface Compare extends Located { _type: 'Compare'; left: expr; ops: cmpop[]; comparators: expr[] }
export interface Call extends Located { _type: 'Call'; func: expr; args: expr[]; keywords: keyword[] }
/** conversion: -1 none, 115 '!s', 114 '!r', 97 '!a' (the character codes, as in ast). */
export type Conversion = -1 | 115 | 114 | 97;
export interface FormattedValue extends Located {
  _type: 'FormattedValue';
  value: expr;
  conversion: Conversion;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Located { _type: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Located {
  _type: 'Constant';
  value: ConstantValue;
  /** 'u' for a u'' string literal, otherwise null. */
  kind: string | null;
}
export interface Attribute extends Located { _type: 'Attribute'; value: expr; attr: string; ctx: expr_context }
export interface Subscript extends Located { _type: 'Subscript'; value: expr; slice: expr; ctx: expr_context }
export interface Starred extends Located { _type: 'Starred'; value: expr; ctx: expr_context }
export interface Name extends Located { _type: 'Name'; id: string; ctx: expr_context }
export interface List extends Located { _type: 'List'; elts: expr[]; ctx: expr_context }
export interface Tuple extends Located { _type: 'Tuple'; elts: expr[]; ctx: expr_context }
export interface Slice extends Located { _type: 'Slice'; lower: expr | null; upper: expr | null; step: expr | null }

export type expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------
// Helper products

export interface comprehension {
  _type: 'comprehension';
  target: expr;
  iter: expr;
  ifs: expr[];
  is_async: number;
}

export interface ExceptHandler extends Located {
  _type: 'ExceptHandler';
  type: expr | null;
  name: string | null;
  body: stmt[];
}
export type excepthandler = ExceptHandler;

export interface arguments {
  _type: 'arguments';
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  /** One entry per kwonlyarg; null where that argument has no default. */
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  /** Defaults of the last len(defaults) of posonlyargs + args. */
  defaults: expr[];
}

export interface arg extends Located {
  _type: 'arg';
  arg: string;
  annotation: expr | null;
  type_comment: string | null;
}

export interface keyword extends Located {
  _type: 'keyword';
  /** null for `**mapping`. */
  arg: string | null;
  value: expr;
}

export interface alias extends Located {
  _type: 'alias';
  name: string;
  asname: string | null;
}

export interface withitem {
  _type: 'withitem';
  context_expr: expr;
  optional_vars: expr | null;
}

export type AST =
  | Module | Expression | stmt | expr | comprehension | ExceptHandler | arguments | arg | keyword | alias | withitem;

// ---------------------------------------------------------------------------
// Field tables (ast.AST._fields). A field name ending in '?' is optional in the
// ASDL: ast.dump omits it when its value is None.

export const AST_FIELDS: { readonly [type: string]: readonly string[] } = {
  Module: ['body', 'type_ignores'],
  Expression: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
};
