// compile(): one whole file → code units, as Python/compile.c _PyAST_Compile does
// it: future features (Python/future.c), the AST optimizer (ast_opt.c), the symbol
// table (symtable.c), code generation and assembly (compile.c). The parser's
// constant objects and identifiers are numbered first, in source order, so the VM
// can reproduce which objects the parser arena keeps alive.

import type * as A from '../syntax/ast';
import { PySyntaxError, UnsupportedSyntax } from '../syntax/errors';
import { AstOptimizer, docString } from './ast_opt';
import type { CodeUnit, CompiledModule, ConstObject } from './code';
import { CodeGen } from './codegen';
import { ConstTable } from './consts';
import { CompileErrorAt, SymtableErrorAt } from './errors';
import { Symtable } from './symtable';

export interface CompileOptions {
  /** The file's text, to fill SyntaxError.text as CPython reads it back from the file. */
  source?: string;
  /** PyCompilerFlags.cf_flags given by the caller (compile()'s flags, and the future
   *  features eval/exec/compile inherit from the calling code: PyEval_MergeCompilerFlags). */
  flags?: number;
  /** The recursion depth of the code that compiles and the recursion limit (the AST
   *  optimizer's guard scales them); 0 and 1000 when not given. */
  recursionDepth?: number;
  recursionLimit?: number;
}

/** co_flags bits of the future features (Include/cpython/compile.h; future.c sets them). */
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** PyCF_MASK: the compiler flags every code object of a compilation carries in co_flags. */
export const PyCF_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT |
  CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL | CO_FUTURE_GENERATOR_STOP |
  CO_FUTURE_ANNOTATIONS;

export function compile(mod: A.mod, filename: string, options: CompileOptions = {}): CompiledModule {
  const consts = new ConstTable();
  const constOf = new Map<A.expr, number>();
  const arenaIdentifiers: string[] = [];
  walkSourceOrder(
    mod,
    (c) => {
      // The parser keeps the keyword singletons out of its arena.
      const k = c.value.kind;
      const inArena = k !== 'None' && k !== 'bool' && k !== 'Ellipsis';
      constOf.set(c, consts.add(c.value, inArena, undefined));
    },
    (id) => arenaIdentifiers.push(id),
  );
  let cg: CodeGen | null = null;
  try {
    const future = mod._type === 'Module' ? futureFeatures(mod) : { lineno: -1, features: 0 };
    // _PyAST_Compile: the file's future features merged with the caller's flags.
    const cfFlags = future.features | (options.flags ?? 0);
    const annotations = (cfFlags & CO_FUTURE_ANNOTATIONS) !== 0;
    new AstOptimizer(consts, constOf, 0, annotations).run(mod, options.recursionDepth ?? 0, options.recursionLimit ?? 1000);
    const st = new Symtable(filename, annotations);
    st.build(mod);
    cg = new CodeGen(st, consts, constOf, filename);
    cg.futureLineno = future.lineno;
    cg.futureAnnotations = annotations;
    cg.cfFlags = cfFlags & PyCF_MASK;
    const code = mod._type === 'Module' ? cg.compileModule(mod) : cg.compileExpression(mod);
    markInterned(code, consts.objects);
    return { code, objects: consts.objects, arenaIdentifiers, warnings: cg.warnings };
  } catch (e) {
    if (e instanceof CompileErrorAt) {
      const l = e.loc;
      let text: string | null = null;
      if (options.source !== undefined && l.lineno >= 1) {
        const line = options.source.split(/\r\n|\r|\n/)[l.lineno - 1];
        if (line !== undefined) text = line + '\n';
      }
      const err = new PySyntaxError('SyntaxError', e.msg, filename, l.lineno, l.col_offset + 1, l.end_lineno, l.end_col_offset + 1, text,
        e instanceof SymtableErrorAt);
      if (cg !== null) err.compileWarnings = cg.warnings;
      throw err;
    }
    throw e;
  }
}

/** intern_string_constants (Objects/codeobject.c) interns the identifier-like str
 *  constants a code object holds, directly or inside constant tuples/frozensets;
 *  a literal that was merged away (only the arena holds it) is never interned. */
function markInterned(top: CodeUnit, objects: ConstObject[]): void {
  const seen = new Uint8Array(objects.length);
  const visit = (i: number): void => {
    if (seen[i]) return;
    seen[i] = 1;
    const o = objects[i]!;
    if (o.items) for (const j of o.items) visit(j);
    if (o.slots) for (const r of o.slots) if ('obj' in r) visit(r.obj);
  };
  const units: CodeUnit[] = [top];
  while (units.length) {
    const u = units.pop()!;
    visit(u.co_consts_obj);
    for (const r of u.co_consts) {
      if ('code' in r) units.push(r.code);
      else visit(r.obj);
    }
  }
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i]!;
    if (o.intern && !o.identifier && !seen[i]) o.intern = false;
  }
}

/** future.c future_check_features (3.11): only `annotations` and `barry_as_FLUFL` still
 *  change the compilation; the others are accepted and set no flag. */
const FUTURE_FLAGS = new Map<string, number>([
  ['nested_scopes', 0], ['generators', 0], ['division', 0], ['absolute_import', 0], ['with_statement', 0],
  ['print_function', 0], ['unicode_literals', 0], ['generator_stop', 0], ['annotations', CO_FUTURE_ANNOTATIONS],
]);

/** future.c future_parse: ff_lineno (-1 without future imports) and ff_features. */
function futureFeatures(mod: A.Module): { lineno: number; features: number } {
  let lineno = -1;
  let features = 0;
  const body = mod.body;
  let i = docString(body) !== null ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.module !== '__future__') break;
    for (const a of s.names) {
      const flag = FUTURE_FLAGS.get(a.name);
      if (flag !== undefined) {
        features |= flag;
        continue;
      }
      // future.c reports only a line and a start column: end_offset is None (-1 here).
      const at = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: -2 };
      if (a.name === 'braces') throw new CompileErrorAt('not a chance', at);
      if (a.name === 'barry_as_FLUFL') throw new UnsupportedSyntax('barry_as_FLUFL', s.lineno);
      throw new CompileErrorAt(`future feature ${a.name} is not defined`, at);
    }
    lineno = s.lineno;
  }
  return { lineno, features };
}

type ConstVisit = (c: A.Constant) => void;
type IdVisit = (id: string) => void;

/** Visit Constant nodes and identifiers in source order (the order the parser
 *  creates their objects). */
export function walkSourceOrder(mod: A.mod, onConst: ConstVisit, onId: IdVisit): void {
  const w = new SourceWalker(onConst, onId);
  if (mod._type === 'Expression') w.expr(mod.body);
  else w.stmts(mod.body);
}

class SourceWalker {
  constructor(
    private readonly onConst: ConstVisit,
    private readonly onId: IdVisit,
  ) {}

  stmts(ss: A.stmt[]): void {
    for (const s of ss) this.stmt(s);
  }
  private exprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }
  private dotted(name: string): void {
    const parts = name.split('.');
    let joined = '';
    parts.forEach((p, i) => {
      this.onId(p);
      if (i > 0) {
        joined = joined + '.' + p;
        this.onId(joined);
      } else {
        joined = p;
      }
    });
  }
  private arg(a: A.arg): void {
    this.onId(a.arg);
    if (a.annotation) this.expr(a.annotation);
  }
  private args(a: A.arguments): void {
    const pos = [...a.posonlyargs, ...a.args];
    const firstDefault = pos.length - a.defaults.length;
    pos.forEach((p, i) => {
      this.arg(p);
      if (i >= firstDefault) this.expr(a.defaults[i - firstDefault]!);
    });
    if (a.vararg) this.arg(a.vararg);
    a.kwonlyargs.forEach((p, i) => {
      this.arg(p);
      const d = a.kw_defaults[i];
      if (d) this.expr(d);
    });
    if (a.kwarg) this.arg(a.kwarg);
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.exprs(s.decorator_list);
        this.onId(s.name);
        this.args(s.args);
        if (s.returns) this.expr(s.returns);
        this.stmts(s.body);
        break;
      case 'ClassDef':
        this.exprs(s.decorator_list);
        this.onId(s.name);
        this.callArgs(s.bases, s.keywords);
        this.stmts(s.body);
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
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
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
          if (h.name) this.onId(h.name);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
        for (const a of s.names) {
          this.dotted(a.name);
          if (a.asname) this.onId(a.asname);
        }
        break;
      case 'ImportFrom':
        if (s.module) this.dotted(s.module);
        for (const a of s.names) {
          if (a.name !== '*') this.onId(a.name);
          if (a.asname) this.onId(a.asname);
        }
        break;
      case 'Global':
      case 'Nonlocal':
        for (const n of s.names) this.onId(n);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      default:
        break;
    }
  }

  private callArgs(args: A.expr[], keywords: A.keyword[]): void {
    const items: (A.expr | A.keyword)[] = [...args, ...keywords];
    items.sort((x, y) => x.lineno - y.lineno || x.col_offset - y.col_offset);
    for (const it of items) {
      if (it._type === 'keyword') {
        if (it.arg !== null) this.onId(it.arg);
        this.expr(it.value);
      } else {
        this.expr(it);
      }
    }
  }

  private generators(gs: A.comprehension[]): void {
    for (const g of gs) {
      this.expr(g.target);
      this.expr(g.iter);
      this.exprs(g.ifs);
    }
  }

  expr(e: A.expr): void {
    switch (e._type) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'NamedExpr':
        this.expr(e.target);
        this.expr(e.value);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda':
        this.args(e.args);
        this.expr(e.body);
        break;
      case 'IfExp':
        this.expr(e.body);
        this.expr(e.test);
        this.expr(e.orelse);
        break;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) this.expr(k);
          this.expr(e.values[i]!);
        });
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.expr(e.elt);
        this.generators(e.generators);
        break;
      case 'DictComp':
        this.expr(e.key);
        this.expr(e.value);
        this.generators(e.generators);
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
        break;
      case 'Call':
        this.expr(e.func);
        this.callArgs(e.args, e.keywords);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        this.onConst(e);
        break;
      case 'Attribute':
        this.expr(e.value);
        this.onId(e.attr);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Name':
        this.onId(e.id);
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }
}
