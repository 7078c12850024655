// The symbol table, as Python/symtable.c (3.11) builds it: one entry per scope
// (module, class, function, lambda, comprehension), recording for every name how
// it is used (DEF_* flags), then an analysis pass deciding its scope (LOCAL,
// GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) the way analyze_block() does.
// The code generator reads it to choose LOAD_FAST / LOAD_GLOBAL / LOAD_NAME /
// LOAD_DEREF and to lay out co_varnames, co_cellvars and co_freevars.

import type * as A from '../syntax/ast';
import { SymtableErrorAt, type Loc } from './errors';
import { mangle } from './mangle';

// Flags (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Scopes, stored in bits SCOPE_OFFSET.. of the flags.
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
const SCOPE_OFFSET = 11;
const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export type BlockType = 'function' | 'class' | 'module' | 'annotation';
export type ComprehensionType = 'none' | 'list' | 'set' | 'dict' | 'genexp';

/** PySTEntryObject. */
export class SymtableEntry {
  symbols = new Map<string, number>();
  /** Parameters, in order (ste_varnames). */
  varnames: string[] = [];
  children: SymtableEntry[] = [];
  /** Global/nonlocal statements: [name, location], for error locations (ste_directives). */
  directives: [string, Loc][] = [];
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType = 'none';
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  childFree = false;
  free = false;
  compIterTarget = false;
  compIterExpr = 0;
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly loc: Loc,
  ) {}

  /** _PyST_GetScope. */
  getScope(name: string): number {
    const f = this.symbols.get(name);
    return f === undefined ? 0 : (f >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}

export class Symtable {
  readonly blocks = new Map<object, SymtableEntry>();
  top!: SymtableEntry;
  private cur!: SymtableEntry;
  private stack: SymtableEntry[] = [];
  private global!: Map<string, number>;
  private priv: string | null = null;

  constructor(
    readonly filename: string,
    /** `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS). */
    private readonly futureAnnotations = false,
  ) {}

  lookup(key: object): SymtableEntry {
    const e = this.blocks.get(key);
    if (!e) throw new Error('symtable: no entry for node');
    return e;
  }

  // ---- building (symtable_visit_*) -------------------------------------

  build(mod: A.mod): void {
    this.enterBlock('top', 'module', mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    this.global = this.cur.symbols;
    if (mod._type === 'Expression') this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
    this.analyze();
  }

  private enterBlock(name: string, type: BlockType, key: object, loc: Loc): void {
    const prev = this.cur as SymtableEntry | undefined;
    const ste = new SymtableEntry(name, type, key, loc);
    this.blocks.set(key, ste);
    if (prev) {
      this.stack.push(prev);
      // A scope inside a comprehension's iterable expression inherits that state.
      ste.compIterExpr = prev.compIterExpr;
      if (prev.nested || prev.type === 'function') ste.nested = true;
      prev.children.push(ste);
    }
    this.cur = ste;
  }

  private exitBlock(): void {
    const p = this.stack.pop();
    if (p) this.cur = p;
  }

  /** symtable_add_def / symtable_add_def_helper. */
  private addDef(name: string, flag: number, loc: Loc, ste: SymtableEntry = this.cur): void {
    const mangled = mangle(this.priv, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) {
        throw new SymtableErrorAt(`duplicate argument '${name}' in function definition`, loc);
      }
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw new SymtableErrorAt(
          `comprehension inner loop cannot rebind assignment expression target '${name}'`,
          loc,
        );
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private lookupFlags(name: string): number {
    return this.cur.symbols.get(mangle(this.priv, name)) ?? 0;
  }

  private visitStmts(ss: A.stmt[]): void {
    for (const s of ss) this.visitStmt(s);
  }
  private visitExprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  private visitStmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s.args, s.returns, s, s);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitParams(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'class', s, s);
        const tmp = this.priv;
        this.priv = s.name;
        this.visitStmts(s.body);
        this.priv = tmp;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const cur = this.lookupFlags(s.target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            const kind = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            throw new SymtableErrorAt(`annotated name '${s.target.id}' can't be ${kind}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
        for (const name of s.names) {
          const cur = this.lookupFlags(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and global`;
            else if (cur & USE) msg = `name '${name}' is used prior to global declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be global`;
            else msg = `name '${name}' is assigned to before global declaration`;
            throw new SymtableErrorAt(msg, s);
          }
          this.addDef(name, DEF_GLOBAL, s);
          this.cur.directives.push([mangle(this.priv, name), s]);
        }
        break;
      case 'Nonlocal':
        for (const name of s.names) {
          const cur = this.lookupFlags(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and nonlocal`;
            else if (cur & USE) msg = `name '${name}' is used prior to nonlocal declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be nonlocal`;
            else msg = `name '${name}' is assigned to before nonlocal declaration`;
            throw new SymtableErrorAt(msg, s);
          }
          this.addDef(name, DEF_NONLOCAL, s);
          this.cur.directives.push([mangle(this.priv, name), s]);
        }
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const store = dot >= 0 ? name.slice(0, dot) : name;
    if (name === '*') {
      if (this.cur.type !== 'module') throw new SymtableErrorAt('import * only allowed at module level', a);
      return;
    }
    this.addDef(store, DEF_IMPORT, a);
  }

  private visitParams(a: A.arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** symtable_visit_annotations: the parameters' annotations, then the return's. Under
   *  future annotations they are visited in an AnnotationBlock, a scope that is not
   *  linked into the tree (they compile to strings, so their names bind and use
   *  nothing), but that refuses ':=', yield and await as CPython does. */
  private visitAnnotations(a: A.arguments, returns: A.expr | null, key: object, loc: Loc): void {
    if (this.futureAnnotations) this.enterAnnotationBlock(key, loc);
    for (const p of [...a.posonlyargs, ...a.args]) if (p.annotation) this.visitExpr(p.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  /** symtable_visit_annotation. */
  private visitAnnotation(e: A.expr): void {
    if (this.futureAnnotations) this.enterAnnotationBlock(e, e);
    this.visitExpr(e);
    if (this.futureAnnotations) this.exitBlock();
  }

  /** symtable_enter_block(AnnotationBlock): a detached entry (not among the children). */
  private enterAnnotationBlock(key: object, loc: Loc): void {
    const prev = this.cur;
    const ste = new SymtableEntry('_annotation', 'annotation', key, loc);
    ste.compIterExpr = prev.compIterExpr;
    this.stack.push(prev);
    this.cur = ste;
  }

  /** symtable_raise_if_annotation_block. */
  private raiseIfAnnotationBlock(what: string, e: A.expr): void {
    if (this.cur.type === 'annotation') throw new SymtableErrorAt(`'${what}' can not be used within an annotation`, e);
  }

  private visitExpr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        if (this.cur.compIterExpr > 0) {
          throw new SymtableErrorAt(
            'assignment expression cannot be used in a comprehension iterable expression',
            e,
          );
        }
        this.visitExpr(e.value);
        this.extendNamedExprScope(e.target);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'genexpr', e.generators, e.elt, null, 'genexp');
        break;
      case 'ListComp':
        this.comprehension(e, 'listcomp', e.generators, e.elt, null, 'list');
        break;
      case 'SetComp':
        this.comprehension(e, 'setcomp', e.generators, e.elt, null, 'set');
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', e.generators, e.key, e.value, 'dict');
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.raiseIfComprehension(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // Special-case super: it counts as a use of __class__.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private raiseIfComprehension(e: A.expr): never {
    const what = {
      list: "'yield' inside list comprehension",
      set: "'yield' inside set comprehension",
      dict: "'yield' inside dict comprehension",
      genexp: "'yield' inside generator expression",
      none: '',
    }[this.cur.comprehension];
    throw new SymtableErrorAt(what, e);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the
   *  nearest enclosing non-comprehension scope. */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    if (this.cur.comprehension !== 'none') {
      for (let i = this.stack.length; i >= 0; i--) {
        const ste = i === this.stack.length ? this.cur : this.stack[i]!;
        if (ste.comprehension !== 'none') {
          const f = ste.symbols.get(name) ?? 0;
          if (f & DEF_COMP_ITER) {
            throw new SymtableErrorAt(
              `assignment expression cannot rebind comprehension iteration variable '${name}'`,
              target,
            );
          }
          continue;
        }
        if (ste.type === 'function') {
          const f = ste.symbols.get(name) ?? 0;
          if (f & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, target);
          else this.addDef(name, DEF_NONLOCAL, target);
          this.addDef(name, DEF_LOCAL, target, ste);
          return;
        }
        if (ste.type === 'module') {
          this.addDef(name, DEF_GLOBAL, target);
          this.addDef(name, DEF_GLOBAL, target, ste);
          return;
        }
        throw new SymtableErrorAt(
          'assignment expression within a comprehension cannot be used in a class body',
          target,
        );
      }
    }
    this.visitExpr(target);
  }

  private comprehension(
    e: A.expr,
    scopeName: string,
    gens: A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
    kind: ComprehensionType,
  ): void {
    const outermost = gens[0]!;
    // The outermost iterator is evaluated in the current scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e);
    if (outermost.is_async) this.cur.coroutine = true;
    this.cur.comprehension = kind;
    // The outermost iterable is received as the implicit argument .0.
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < gens.length; i++) {
      const g = gens[i]!;
      this.cur.compIterTarget = true;
      this.visitExpr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(g.iter);
      this.cur.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = kind === 'genexp';
    this.exitBlock();
  }

  // ---- analysis (analyze_block and friends) ----------------------------

  private analyze(): void {
    this.analyzeBlock(this.top, null, new Set(), new Set());
  }

  private errorAtDirective(ste: SymtableEntry, name: string, msg: string): never {
    for (const [n, loc] of ste.directives) {
      if (n === name) throw new SymtableErrorAt(msg, loc);
    }
    throw new SymtableErrorAt(msg, ste.loc);
  }

  private analyzeName(
    ste: SymtableEntry,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private analyzeBlock(
    ste: SymtableEntry,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
  ): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    if (ste.type === 'class') {
      for (const n of global) newglobal.add(n);
      if (bound) for (const n of bound) newbound.add(n);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    }
    if (ste.type !== 'class') {
      if (ste.type === 'function') for (const n of local) newbound.add(n);
      if (bound) for (const n of bound) newbound.add(n);
      for (const n of global) newglobal.add(n);
    } else {
      newbound.add('__class__');
    }
    const allfree = new Set<string>();
    for (const child of ste.children) {
      const tb = new Set(newbound);
      const tf = new Set(newfree);
      const tg = new Set(newglobal);
      this.analyzeBlock(child, tb, tf, tg);
      for (const n of tf) allfree.add(n);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const n of allfree) newfree.add(n);
    if (ste.type === 'function') {
      // analyze_cells: locals used free in children become cells.
      for (const [name, sc] of scopes) {
        if (sc !== LOCAL || !newfree.has(name)) continue;
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    } else if (ste.type === 'class') {
      if (newfree.delete('__class__')) ste.needsClassClosure = true;
    }
    // update_symbols
    for (const [name, flags] of ste.symbols) {
      ste.symbols.set(name, flags | ((scopes.get(name) ?? 0) << SCOPE_OFFSET));
    }
    for (const name of newfree) {
      const v = ste.symbols.get(name);
      if (v !== undefined) {
        if (ste.type === 'class' && v & (DEF_BOUND | DEF_GLOBAL)) {
          ste.symbols.set(name, v | DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, FREE << SCOPE_OFFSET);
    }
    for (const n of newfree) free.add(n);
  }
}

/** Names of a scope whose scope is `scope` or whose flags have `flag`, sorted,
 *  numbered from `offset` (compile.c dictbytype). */
export function dictbytype(ste: SymtableEntry, scope: number, flag: number, offset: number): Map<string, number> {
  const keys: string[] = [];
  for (const [k, v] of ste.symbols) {
    const sc = (v >> SCOPE_OFFSET) & SCOPE_MASK;
    if (sc === scope || v & flag) keys.push(k);
  }
  keys.sort(pyStrCmp);
  const out = new Map<string, number>();
  let i = offset;
  for (const k of keys) out.set(k, i++);
  return out;
}

/** Python's str ordering (by code point; JS compares UTF-16 units, which differs
 *  only for astral characters). */
export function pyStrCmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
