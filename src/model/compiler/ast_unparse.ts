// The annotation unparser of Python/ast_unparse.c (3.11): under
// `from __future__ import annotations` the compiler stores each annotation as the
// text this produces from its (unoptimized) AST, not as the value it would
// evaluate to. It is CPython's limited unparser — spacing, parentheses by operator
// priority, repr() of constants — not ast.unparse's, so `x: 'str'` becomes "'str'"
// and `lambda *a: 0` becomes 'lambda*a: 0' exactly as in CPython 3.11.

import type * as A from '../syntax/ast';
import { unicode_repr_text } from '../objects/unicodeobject';
import { bytes_repr_text } from '../objects/bytesobject';
import { float_repr, PyOS_double_to_string } from '../objects/float_repr';

// Priority levels (the enum of ast_unparse.c).
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Record<A.operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};
const UNARYOP: Record<A.unaryop, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};
const CMPOP: Record<A.cmpop, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ',
  In: ' in ', NotIn: ' not in ',
};

/** _PyAST_ExprAsUnicode: the text of an annotation. */
export function _PyAST_ExprAsUnicode(e: A.expr): string {
  return exprAsText(e, PR_TEST);
}

function exprAsText(e: A.expr, level: number): string {
  const out: string[] = [];
  appendExpr(out, e, level);
  return out.join('');
}

/** append_repr: repr() of a constant, with an infinite float's 'inf' spelled as the
 *  literal that reads back as infinity (1e309). */
function constantRepr(v: A.ConstantValue): string {
  switch (v.kind) {
    case 'None': return 'None';
    case 'bool': return v.value ? 'True' : 'False';
    case 'Ellipsis': return 'Ellipsis';
    case 'int': return v.value.toString();
    case 'float': return float_repr(v.value).replace('inf', '1e309');
    // complex_repr of a pure imaginary: the imaginary part's 'r' format (no '.0') + 'j'.
    case 'complex': return (PyOS_double_to_string(v.imag, 'r', 0) + 'j').replace('inf', '1e309');
    case 'str': return unicode_repr_text(v.value);
    case 'bytes': return bytes_repr_text(v.value);
    case 'tuple': {
      const items = v.items.map(constantRepr);
      return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
    }
    case 'frozenset':
      return v.items.length ? 'frozenset({' + v.items.map(constantRepr).join(', ') + '})' : 'frozenset()';
  }
}

function appendExpr(out: string[], e: A.expr, level: number): void {
  switch (e._type) {
    case 'BoolOp': {
      const op = e.op === 'And' ? ' and ' : ' or ';
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      if (level > pr) out.push('(');
      e.values.forEach((v, i) => {
        if (i > 0) out.push(op);
        appendExpr(out, v, pr + 1);
      });
      if (level > pr) out.push(')');
      return;
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      if (level > pr) out.push('(');
      appendExpr(out, e.left, pr + rassoc);
      out.push(op);
      appendExpr(out, e.right, pr + 1 - rassoc);
      if (level > pr) out.push(')');
      return;
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOP[e.op];
      if (level > pr) out.push('(');
      out.push(op);
      appendExpr(out, e.operand, pr);
      if (level > pr) out.push(')');
      return;
    }
    case 'Lambda': {
      if (level > PR_TEST) out.push('(');
      const nPositional = e.args.args.length + e.args.posonlyargs.length;
      out.push(nPositional ? 'lambda ' : 'lambda');
      appendArgs(out, e.args);
      out.push(': ');
      appendExpr(out, e.body, PR_TEST);
      if (level > PR_TEST) out.push(')');
      return;
    }
    case 'IfExp':
      if (level > PR_TEST) out.push('(');
      appendExpr(out, e.body, PR_TEST + 1);
      out.push(' if ');
      appendExpr(out, e.test, PR_TEST + 1);
      out.push(' else ');
      appendExpr(out, e.orelse, PR_TEST);
      if (level > PR_TEST) out.push(')');
      return;
    case 'Dict':
      out.push('{');
      e.values.forEach((v, i) => {
        if (i > 0) out.push(', ');
        const k = e.keys[i];
        if (k) {
          appendExpr(out, k, PR_TEST);
          out.push(': ');
          appendExpr(out, v, PR_TEST);
        } else {
          out.push('**');
          appendExpr(out, v, PR_EXPR);
        }
      });
      out.push('}');
      return;
    case 'Set':
      out.push('{');
      appendList(out, e.elts);
      out.push('}');
      return;
    case 'GeneratorExp':
      return appendComprehension(out, '(', [e.elt], e.generators, ')');
    case 'ListComp':
      return appendComprehension(out, '[', [e.elt], e.generators, ']');
    case 'SetComp':
      return appendComprehension(out, '{', [e.elt], e.generators, '}');
    case 'DictComp':
      return appendComprehension(out, '{', [e.key, e.value], e.generators, '}');
    case 'Yield':
      if (!e.value) {
        out.push('(yield)');
        return;
      }
      out.push('(yield ');
      appendExpr(out, e.value, PR_TEST);
      out.push(')');
      return;
    case 'YieldFrom':
      out.push('(yield from ');
      appendExpr(out, e.value, PR_TEST);
      out.push(')');
      return;
    case 'Await':
      if (level > PR_AWAIT) out.push('(');
      out.push('await ');
      appendExpr(out, e.value, PR_ATOM);
      if (level > PR_AWAIT) out.push(')');
      return;
    case 'Compare':
      if (level > PR_CMP) out.push('(');
      appendExpr(out, e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => {
        out.push(CMPOP[op]);
        appendExpr(out, e.comparators[i]!, PR_CMP + 1);
      });
      if (level > PR_CMP) out.push(')');
      return;
    case 'Call':
      return appendCall(out, e);
    case 'Constant':
      if (e.value.kind === 'Ellipsis') {
        out.push('...');
        return;
      }
      if (e.kind !== null) out.push(e.kind);
      out.push(constantRepr(e.value));
      return;
    case 'JoinedStr':
      return appendJoinedStr(out, e, false);
    case 'FormattedValue':
      return appendFormattedValue(out, e);
    case 'Attribute': {
      const v = e.value;
      appendExpr(out, v, PR_ATOM);
      // An int needs a space before the dot to read back as an attribute access.
      out.push(v._type === 'Constant' && v.value.kind === 'int' ? ' .' : '.');
      out.push(e.attr);
      return;
    }
    case 'Subscript':
      appendExpr(out, e.value, PR_ATOM);
      out.push('[');
      appendExpr(out, e.slice, PR_TUPLE);
      out.push(']');
      return;
    case 'Starred':
      out.push('*');
      appendExpr(out, e.value, PR_EXPR);
      return;
    case 'Slice':
      if (e.lower) appendExpr(out, e.lower, PR_TEST);
      out.push(':');
      if (e.upper) appendExpr(out, e.upper, PR_TEST);
      if (e.step) {
        out.push(':');
        appendExpr(out, e.step, PR_TEST);
      }
      return;
    case 'Name':
      out.push(e.id);
      return;
    case 'List':
      out.push('[');
      appendList(out, e.elts);
      out.push(']');
      return;
    case 'Tuple':
      if (e.elts.length === 0) {
        out.push('()');
        return;
      }
      if (level > PR_TUPLE) out.push('(');
      appendList(out, e.elts);
      if (e.elts.length === 1) out.push(',');
      if (level > PR_TUPLE) out.push(')');
      return;
    case 'NamedExpr':
      if (level > PR_TUPLE) out.push('(');
      appendExpr(out, e.target, PR_ATOM);
      out.push(' := ');
      appendExpr(out, e.value, PR_ATOM);
      if (level > PR_TUPLE) out.push(')');
      return;
  }
}

function appendList(out: string[], elts: A.expr[]): void {
  elts.forEach((x, i) => {
    if (i > 0) out.push(', ');
    appendExpr(out, x, PR_TEST);
  });
}

/** append_ast_genexp / listcomp / setcomp / dictcomp: the element (key: value), then
 *  the for and if clauses, inside the brackets. */
function appendComprehension(out: string[], open: string, elt: A.expr[], gens: A.comprehension[], close: string): void {
  out.push(open);
  appendExpr(out, elt[0]!, PR_TEST);
  if (elt.length > 1) {
    out.push(': ');
    appendExpr(out, elt[1]!, PR_TEST);
  }
  appendComprehensions(out, gens);
  out.push(close);
}

function appendComprehensions(out: string[], gens: A.comprehension[]): void {
  for (const g of gens) {
    out.push(g.is_async ? ' async for ' : ' for ');
    appendExpr(out, g.target, PR_TUPLE);
    out.push(' in ');
    appendExpr(out, g.iter, PR_TEST + 1);
    for (const c of g.ifs) {
      out.push(' if ');
      appendExpr(out, c, PR_TEST + 1);
    }
  }
}

function appendArg(out: string[], a: A.arg): void {
  out.push(a.arg);
  if (a.annotation) {
    out.push(': ');
    appendExpr(out, a.annotation, PR_TEST);
  }
}

/** append_ast_args. */
function appendArgs(out: string[], args: A.arguments): void {
  let first = true;
  const sep = (): void => {
    if (!first) out.push(', ');
    first = false;
  };
  const nposonly = args.posonlyargs.length;
  const nargs = args.args.length;
  const ndefaults = args.defaults.length;
  for (let i = 0; i < nposonly + nargs; i++) {
    sep();
    appendArg(out, i < nposonly ? args.posonlyargs[i]! : args.args[i - nposonly]!);
    const di = i - nposonly - nargs + ndefaults;
    if (di >= 0) {
      out.push('=');
      appendExpr(out, args.defaults[di]!, PR_TEST);
    }
    if (nposonly && i + 1 === nposonly) out.push(', /');
  }
  if (args.vararg || args.kwonlyargs.length) {
    sep();
    out.push('*');
    if (args.vararg) appendArg(out, args.vararg);
  }
  const nkw = args.kwonlyargs.length;
  const nkwdefaults = args.kw_defaults.length;
  for (let i = 0; i < nkw; i++) {
    sep();
    appendArg(out, args.kwonlyargs[i]!);
    const di = i - nkw + nkwdefaults;
    const d = di >= 0 ? args.kw_defaults[di] : null;
    if (d) {
      out.push('=');
      appendExpr(out, d, PR_TEST);
    }
  }
  if (args.kwarg) {
    sep();
    out.push('**');
    appendArg(out, args.kwarg);
  }
}

function appendCall(out: string[], e: A.Call): void {
  appendExpr(out, e.func, PR_ATOM);
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') {
    // A single generator expression argument keeps only its own parentheses.
    appendExpr(out, e.args[0]!, PR_TEST);
    return;
  }
  out.push('(');
  let first = true;
  for (const a of e.args) {
    if (!first) out.push(', ');
    first = false;
    appendExpr(out, a, PR_TEST);
  }
  for (const k of e.keywords) {
    if (!first) out.push(', ');
    first = false;
    out.push(k.arg === null ? '**' : k.arg + '=');
    appendExpr(out, k.value, PR_TEST);
  }
  out.push(')');
}

/** build_fstring_body: the elements of an f-string, braces of literal parts doubled. */
function fstringBody(values: A.expr[], isFormatSpec: boolean): string {
  const out: string[] = [];
  for (const v of values) {
    if (v._type === 'Constant') {
      out.push((v.value as { value: string }).value.replace(/\{/g, '{{').replace(/\}/g, '}}'));
    } else if (v._type === 'JoinedStr') {
      appendJoinedStr(out, v, isFormatSpec);
    } else {
      appendFormattedValue(out, v as A.FormattedValue);
    }
  }
  return out.join('');
}

function appendJoinedStr(out: string[], e: A.JoinedStr, isFormatSpec: boolean): void {
  const body = fstringBody(e.values, isFormatSpec);
  out.push(isFormatSpec ? body : 'f' + unicode_repr_text(body));
}

function appendFormattedValue(out: string[], e: A.FormattedValue): void {
  // PR_TEST + 1 rather than the grammar's PR_TUPLE, so a lambda's ':' is parenthesized.
  const text = exprAsText(e.value, PR_TEST + 1);
  out.push(text.startsWith('{') ? '{ ' : '{');
  out.push(text);
  if (e.conversion > 0) out.push('!' + String.fromCharCode(e.conversion));
  if (e.format_spec) {
    out.push(':');
    appendJoinedStr(out, e.format_spec, true);
  }
  out.push('}');
}
