// The AST optimizer (Python/ast_opt.c, 3.11): folds constant expressions in place
// before the symbol table and the code generator see the tree. Folds unary and
// binary operators on constants (with the safe_* size limits), tuples of
// constants, subscripts of constants, `not` of a single is/in comparison, and
// turns the right operand of `in`/`not in` and the iterable of `for` loops and
// comprehensions into a tuple/frozenset. Like CPython it MUTATES the AST nodes.
// Every folded result is a new object the arena keeps alive (make_const →
// _PyArena_AddPyObject), so it gets a ConstObject with inArena.

import type * as A from '../syntax/ast';
import { CompileRecursionError } from './errors';
import type { ConstantValue } from '../syntax/ast';
import { foldBinop, foldSubscript, foldUnary, pyEquals, type Operand } from './constfold';
import type { ConstTable } from './consts';

/** See symtable.c: the compiler's C frames are bigger than the eval loop's. */
const COMPILER_STACK_FRAME_SCALE = 3;

export class AstOptimizer {
  constructor(
    private readonly consts: ConstTable,
    /** The object of every Constant node. */
    private readonly constOf: Map<A.expr, number>,
    private readonly optimize = 0,
    /** `from __future__ import annotations`: annotations stay as written (astfold_arg). */
    private readonly futureAnnotations = false,
  ) {}

  /** An annotation is folded unless it will be compiled as its source text. */
  private annotation(e: A.expr | null): void {
    if (e && !this.futureAnnotations) this.expr(e);
  }

  private operand(e: A.Constant): Operand {
    const i = this.constOf.get(e)!;
    return this.operandOf(i);
  }
  private operandOf(i: number): Operand {
    const o = this.consts.objects[i]!;
    const r: Operand = { value: o.value };
    if (o.items) {
      r.items = o.items;
      r.item = (k) => this.operandOf(o.items![k]!);
    }
    return r;
  }

  /** make_const: turn `node` into a Constant holding a new arena object. */
  private makeConst(node: A.expr, value: ConstantValue, items?: number[]): void {
    const i = this.consts.add(value, true, items);
    this.replaceWithConst(node, value, i);
  }
  private replaceWithConst(node: A.expr, value: ConstantValue, i: number): void {
    const n = node as unknown as Record<string, unknown>;
    for (const k of Object.keys(n)) {
      if (k !== 'lineno' && k !== 'col_offset' && k !== 'end_lineno' && k !== 'end_col_offset') delete n[k];
    }
    n._type = 'Constant';
    n.value = value;
    n.kind = null;
    this.constOf.set(node, i);
  }

  /** state->recursion_depth / recursion_limit: CPython counts every statement and
   *  expression it folds against 3 × the recursion limit (COMPILER_STACK_FRAME_SCALE),
   *  starting from 3 × the depth of the code that compiles: `x = 1+1+…+1` with 3000
   *  terms raises RecursionError("maximum recursion depth exceeded during compilation"). */
  private recursion_depth = 0;
  private recursion_limit = 0;

  /** astfold_mod. */
  run(mod: A.mod, depth: number, limit: number): void {
    this.recursion_depth = depth * COMPILER_STACK_FRAME_SCALE;
    this.recursion_limit = limit * COMPILER_STACK_FRAME_SCALE;
    if (mod._type === 'Expression') this.expr(mod.body);
    else this.body(mod.body);
  }

  private enter(): void {
    if (++this.recursion_depth > this.recursion_limit) {
      throw new CompileRecursionError('maximum recursion depth exceeded during compilation');
    }
  }

  /** astfold_body: a folded first statement must not become a docstring. */
  private body(stmts: A.stmt[]): void {
    const had = docString(stmts) !== null;
    for (const s of stmts) this.stmt(s);
    if (!had && docString(stmts) !== null) {
      const st = stmts[0] as A.Expr;
      const v = st.value as A.Constant;
      st.value = {
        _type: 'JoinedStr',
        values: [v],
        lineno: st.lineno,
        col_offset: st.col_offset,
        end_lineno: st.end_lineno,
        end_col_offset: st.end_col_offset,
      };
    }
  }

  private stmts(ss: A.stmt[]): void {
    for (const s of ss) this.stmt(s);
  }
  private exprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  private args(a: A.arguments): void {
    for (const p of a.posonlyargs) this.annotation(p.annotation);
    for (const p of a.args) this.annotation(p.annotation);
    if (a.vararg) this.annotation(a.vararg.annotation);
    for (const p of a.kwonlyargs) this.annotation(p.annotation);
    this.exprs(a.kw_defaults);
    if (a.kwarg) this.annotation(a.kwarg.annotation);
    this.exprs(a.defaults);
  }

  private stmt(s: A.stmt): void {
    this.enter();
    this.stmtFold(s);
    this.recursion_depth--;
  }

  private stmtFold(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.args(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        this.annotation(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        this.expr(s.target);
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        this.foldIter(s.iter);
        break;
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      default:
        break;
    }
  }

  private comprehension(g: A.comprehension): void {
    this.expr(g.target);
    this.expr(g.iter);
    this.exprs(g.ifs);
    this.foldIter(g.iter);
  }

  private expr(e: A.expr): void {
    this.enter();
    this.exprFold(e);
    this.recursion_depth--;
  }

  private exprFold(e: A.expr): void {
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.foldBinop(e);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        this.foldUnaryop(e);
        break;
      case 'Lambda':
        this.args(e.args);
        this.expr(e.body);
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.expr(e.elt);
        for (const g of e.generators) this.comprehension(g);
        break;
      case 'DictComp':
        this.expr(e.key);
        this.expr(e.value);
        for (const g of e.generators) this.comprehension(g);
        break;
      case 'Await':
      case 'YieldFrom':
        this.expr(e.value);
        break;
      case 'Yield':
        if (e.value) this.expr(e.value);
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        this.foldCompare(e);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.foldSubscr(e);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'List':
        this.exprs(e.elts);
        break;
      case 'Tuple':
        this.exprs(e.elts);
        this.foldTuple(e);
        break;
      case 'Name':
        if (e.ctx === 'Load' && e.id === '__debug__') this.makeConst(e, { kind: 'bool', value: !this.optimize });
        break;
      default:
        break;
    }
  }

  private foldUnaryop(e: A.UnaryOp): void {
    const arg = e.operand;
    if (arg._type !== 'Constant') {
      // `not (a is b)` → `a is not b` (and in / not in), a single comparison only.
      if (e.op === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
        const swap: Partial<Record<A.cmpop, A.cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
        const op = swap[arg.ops[0]!];
        if (op) {
          arg.ops[0] = op;
          const n = e as unknown as Record<string, unknown>;
          delete n.op;
          delete n.operand;
          Object.assign(n, arg);
        }
      }
      return;
    }
    const r = foldUnary(e.op, arg.value);
    if (r) this.makeConst(e, r);
  }

  private foldBinop(e: A.BinOp): void {
    if (e.left._type !== 'Constant') return;
    const lv = e.left.value;
    if (e.op === 'Mod' && e.right._type === 'Tuple' && lv.kind === 'str' && !e.right.elts.some((x) => x._type === 'Starred')) {
      this.optimizeFormat(e, lv.value, e.right.elts);
      return;
    }
    if (e.right._type !== 'Constant') return;
    const r = foldBinop(e.op, this.operand(e.left), this.operand(e.right));
    if (r) this.makeConst(e, r.value, r.items);
  }

  /** optimize_format (3.11): `'%s %r' % (a, b)` becomes the f-string f'{a!s} {b!r}'
   *  when every unit is %s/%r/%a with at most 2-digit width/precision. */
  private optimizeFormat(node: A.BinOp, fmt: string, elts: A.expr[]): void {
    const chars = Array.from(fmt);
    const noLoc = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
    const newStr = (v: string): A.Constant => {
      const c: A.Constant = { _type: 'Constant', value: { kind: 'str', value: v }, kind: null, ...noLoc };
      this.constOf.set(c, this.consts.add(c.value, true));
      return c;
    };
    const seq: (A.Constant | A.FormattedValue)[] = [];
    let pos = 0;
    let cnt = 0;
    const size = chars.length;
    for (;;) {
      // parse_literal
      const start = pos;
      let hasPercents = false;
      while (pos < size) {
        if (chars[pos] !== '%') pos++;
        else if (pos + 1 < size && chars[pos + 1] === '%') {
          hasPercents = true;
          pos += 2;
        } else break;
      }
      if (pos !== start) {
        let str = chars.slice(start, pos).join('');
        if (hasPercents) str = str.split('%%').join('%');
        seq.push(newStr(str));
      }
      if (pos >= size) break;
      if (cnt >= elts.length) return; // more format units than items
      pos++;
      // simple_format_arg_parse
      let ljust = false;
      let width = -1;
      let prec = -1;
      let ch: string | undefined;
      const next = (): boolean => {
        if (pos >= size) return false;
        ch = chars[pos++];
        return true;
      };
      const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
      const arg = elts[cnt++]!;
      let ok = true;
      for (;;) {
        if (!next()) {
          ok = false;
          break;
        }
        if (ch === '-') ljust = true;
        else if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
        else break;
      }
      if (ok && isDigit(ch)) {
        width = 0;
        let digits = 0;
        while (ok && isDigit(ch)) {
          width = width * 10 + (ch!.charCodeAt(0) - 48);
          if (!next() || ++digits >= 3) ok = false;
        }
      }
      if (ok && ch === '.') {
        if (!next()) ok = false;
        else {
          prec = 0;
          let digits = 0;
          while (ok && isDigit(ch)) {
            prec = prec * 10 + (ch!.charCodeAt(0) - 48);
            if (!next() || ++digits >= 3) ok = false;
          }
        }
      }
      if (!ok || (ch !== 's' && ch !== 'r' && ch !== 'a')) return; // unsupported format
      let spec = '';
      if (!ljust && width > 0) spec += '>';
      if (width >= 0) spec += String(width);
      if (prec >= 0) spec += '.' + String(prec);
      let formatSpec: A.JoinedStr | null = null;
      if (spec) formatSpec = newStr(spec) as unknown as A.JoinedStr;
      seq.push({
        _type: 'FormattedValue',
        value: arg,
        conversion: ch.charCodeAt(0) as A.Conversion,
        format_spec: formatSpec,
        lineno: arg.lineno,
        col_offset: arg.col_offset,
        end_lineno: arg.end_lineno,
        end_col_offset: arg.end_col_offset,
      });
    }
    if (cnt < elts.length) return; // more items than format units
    const n = node as unknown as Record<string, unknown>;
    delete n.left;
    delete n.op;
    delete n.right;
    n._type = 'JoinedStr';
    n.values = seq;
  }

  private constTuple(elts: A.expr[]): { value: ConstantValue; items: number[] } | null {
    for (const x of elts) if (x._type !== 'Constant') return null;
    return {
      value: { kind: 'tuple', items: elts.map((x) => (x as A.Constant).value) },
      items: elts.map((x) => this.constOf.get(x)!),
    };
  }

  private foldTuple(e: A.Tuple): void {
    if (e.ctx !== 'Load') return;
    const t = this.constTuple(e.elts);
    if (t) this.makeConst(e, t.value, t.items);
  }

  private foldSubscr(e: A.Subscript): void {
    if (e.ctx !== 'Load' || e.value._type !== 'Constant' || e.slice._type !== 'Constant') return;
    const r = foldSubscript(e.value.value, e.slice.value);
    if (!r) return;
    if (r.itemIndex !== undefined) {
      // The tuple's own item object (the arena's extra reference to it is not modelled).
      const obj = this.consts.objects[this.constOf.get(e.value)!]!;
      if (obj.items) {
        this.replaceWithConst(e, r.value, obj.items[r.itemIndex]!);
        return;
      }
    }
    this.makeConst(e, r.value);
  }

  /** fold_iter: list → tuple, set of constants → frozenset. */
  private foldIter(arg: A.expr): void {
    if (arg._type === 'List') {
      for (const x of arg.elts) if (x._type === 'Starred') return;
      (arg as unknown as { _type: string })._type = 'Tuple';
      const t = this.constTuple(arg.elts);
      if (t) this.makeConst(arg, t.value, t.items);
    } else if (arg._type === 'Set') {
      const t = this.constTuple(arg.elts);
      if (!t) return;
      // PyFrozenSet_New: the first of equal items is kept.
      const vals: ConstantValue[] = [];
      const items: number[] = [];
      t.items.forEach((obj, k) => {
        const v = (t.value as { items: ConstantValue[] }).items[k]!;
        if (!vals.some((w) => pyEquals(v, w))) {
          vals.push(v);
          items.push(obj);
        }
      });
      this.makeConst(arg, { kind: 'frozenset', items: vals }, items);
    }
  }

  private foldCompare(e: A.Compare): void {
    const i = e.ops.length - 1;
    const op = e.ops[i];
    if (op === 'In' || op === 'NotIn') this.foldIter(e.comparators[i]!);
  }
}

/** _PyAST_GetDocString */
export function docString(body: A.stmt[]): string | null {
  const st = body[0];
  if (!st || st._type !== 'Expr') return null;
  const v = st.value;
  if (v._type === 'Constant' && v.value.kind === 'str') return v.value.value;
  return null;
}
