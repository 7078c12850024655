// The code generator: AST → basic blocks, instruction by instruction as
// Python/compile.c (3.11) emits them (compiler_visit_stmt, compiler_visit_expr
// and their helpers). The assembler (assemble.ts) then optimizes the flow graph
// and lays out the final code object exactly as CPython's assemble() does.

import type * as A from '../syntax/ast';
import { UnsupportedSyntax } from '../syntax/errors';
import { assemble } from './assemble';
import { docString } from './ast_opt';
import { _PyAST_ExprAsUnicode } from './ast_unparse';
import { pyEquals } from './constfold';
import type { CodeUnit, CompileWarning } from './code';
import type { ConstTable } from './consts';
import { CompileErrorAt, type Loc } from './errors';
import {
  Block, FVS_HAVE_SPEC, isEndOfBasicBlock, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK,
  POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE,
  SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, type Instr,
} from './flowgraph';
import { mangle } from './mangle';
import { Op } from './opcodes';
import {
  CELL, DEF_IMPORT, dictbytype, FREE, DEF_FREE_CLASS, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
  type Symtable,
} from './symtable';
import { FBlockType, ScopeType, Unit, type FBlock } from './unit';

const STACK_USE_GUIDELINE = 30;
const CO_MAXBLOCKS = 20;

const NB: Record<A.operator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7,
  Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
const NB_INPLACE = 13;

const enum Comp {
  GENEXP,
  LISTCOMP,
  SETCOMP,
  DICTCOMP,
}

type Ctx = A.expr_context;

export class CodeGen {
  u!: Unit;
  private stack: Unit[] = [];
  /** Line of the last `from __future__` import of the header (future.c ff_lineno). */
  futureLineno = -1;
  /** `from __future__ import annotations`: annotations compile to their source text. */
  futureAnnotations = false;
  /** The compilation's PyCF_MASK flags, which every code object's co_flags carries. */
  cfFlags = 0;
  private noneObj = -1;
  readonly warnings: CompileWarning[] = [];

  constructor(
    private readonly st: Symtable,
    private readonly consts: ConstTable,
    private readonly constOf: Map<A.expr, number>,
    private readonly filename: string,
  ) {}

  // ---- errors --------------------------------------------------------------

  private loc(): Loc {
    const u = this.u;
    return { lineno: u.lineno, col_offset: u.col, end_lineno: u.end_lineno, end_col_offset: u.end_col };
  }
  private error(msg: string): never {
    throw new CompileErrorAt(msg, this.loc());
  }

  private warn(message: string): void {
    this.warnings.push({ category: 'SyntaxWarning', message, filename: this.filename, lineno: this.u.lineno });
  }

  /** check_compare: `is` with a literal. */
  private checkCompare(e: A.Compare): void {
    let left = checkIsArg(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!;
      const right = checkIsArg(e.comparators[i]!);
      if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
        this.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
        return;
      }
      left = right;
    }
  }

  private checkCaller(e: A.expr): void {
    switch (e._type) {
      case 'Constant':
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'Dict':
      case 'DictComp':
      case 'Set':
      case 'SetComp':
      case 'GeneratorExp':
      case 'JoinedStr':
      case 'FormattedValue':
        this.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
    }
  }

  private checkSubscripter(e: A.expr): void {
    let bad = e._type === 'Set' || e._type === 'SetComp' || e._type === 'GeneratorExp' || e._type === 'Lambda';
    if (e._type === 'Constant') {
      const k = e.value.kind;
      bad = k === 'None' || k === 'Ellipsis' || k === 'int' || k === 'bool' || k === 'float' || k === 'complex' || k === 'frozenset';
    }
    if (bad) this.warn(`'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
  }

  private checkIndex(e: A.expr, s: A.expr): void {
    const it = inferType(s);
    if (it === null || it === 'int' || it === 'bool' || s._type === 'Slice') return;
    let bad = e._type === 'Tuple' || e._type === 'List' || e._type === 'ListComp' || e._type === 'JoinedStr' || e._type === 'FormattedValue';
    if (e._type === 'Constant') {
      const k = e.value.kind;
      bad = k === 'str' || k === 'bytes' || k === 'tuple';
    }
    if (bad) this.warn(`${inferType(e)} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
  }

  // ---- locations -------------------------------------------------------------

  private setLoc(n: Loc): void {
    const u = this.u;
    u.lineno = n.lineno;
    u.col = n.col_offset;
    u.end_lineno = n.end_lineno;
    u.end_col = n.end_col_offset;
  }
  private unsetLoc(): void {
    const u = this.u;
    u.lineno = -1;
    u.col = -1;
    u.end_lineno = -1;
    u.end_col = -1;
  }
  private saveLoc(): [number, number, number, number] {
    const u = this.u;
    return [u.lineno, u.end_lineno, u.col, u.end_col];
  }
  private restoreLoc(l: [number, number, number, number]): void {
    const u = this.u;
    [u.lineno, u.end_lineno, u.col, u.end_col] = l;
  }

  // ---- emitting ----------------------------------------------------------------

  private useNextBlock(b: Block): Block {
    this.u.curblock.next = b;
    this.u.curblock = b;
    this.u.needNewImplicitBlock = false;
    return b;
  }
  private newBlock(): Block {
    return this.u.newBlock();
  }

  private addInstr(op: number, arg: number, target: Block | null, line: number, eline: number, col: number, ecol: number): void {
    const u = this.u;
    if (u.needNewImplicitBlock) this.useNextBlock(u.newBlock());
    const b = u.curblock;
    const i: Instr = { op, arg, target, except: null, lineno: line, end_lineno: eline, col, end_col: ecol };
    b.instrs.push(i);
    if (op === Op.RETURN_VALUE) b.isReturn = true;
    if (isEndOfBasicBlock(i)) u.needNewImplicitBlock = true;
  }
  private addop(op: number, arg = 0): void {
    const u = this.u;
    this.addInstr(op, arg, null, u.lineno, u.end_lineno, u.col, u.end_col);
  }
  private addopNoline(op: number, arg = 0): void {
    this.addInstr(op, arg, null, -1, 0, 0, 0);
  }
  private addopJ(op: number, target: Block): void {
    const u = this.u;
    this.addInstr(op, 0, target, u.lineno, u.end_lineno, u.col, u.end_col);
  }
  private addopJNoline(op: number, target: Block): void {
    this.addInstr(op, 0, target, -1, 0, 0, 0);
  }

  // ---- constants and names ------------------------------------------------------

  private none(): number {
    if (this.noneObj < 0) this.noneObj = this.consts.add({ kind: 'None' }, false);
    return this.noneObj;
  }

  /** compiler_add_const for an existing constant object (merge_consts_recursive). */
  addConstObj(obj: number, compilerMade = false): number {
    const c = compilerMade ? this.consts.mergeNew(obj) : this.consts.mergeRecursive(obj);
    const key = this.consts.key(c);
    return this.addConstKey(key, { obj: c });
  }
  private addConstKey(key: string, ref: { obj: number } | { code: CodeUnit }): number {
    const u = this.u;
    let i = u.consts.get(key);
    if (i === undefined) {
      i = u.constList.length;
      u.consts.set(key, i);
      u.constList.push(ref);
    }
    return i;
  }
  private loadConstObj(obj: number, compilerMade = false): void {
    this.addop(Op.LOAD_CONST, this.addConstObj(obj, compilerMade));
  }
  private loadNone(): void {
    this.loadConstObj(this.none());
  }
  private loadConstNode(e: A.Constant): void {
    this.loadConstObj(this.constOf.get(e)!);
  }
  /** A compiler-made constant of the given value (an int for import levels...). */
  private loadNewConst(value: A.ConstantValue): void {
    this.loadConstObj(this.consts.add(value, false), true);
  }
  /** An identifier used as a constant (class name, keyword name, annotation key). */
  private loadIdentifier(name: string): void {
    this.loadConstObj(this.consts.identifier(name));
  }

  private static addO(dict: Map<string, number>, name: string): number {
    let i = dict.get(name);
    if (i === undefined) {
      i = dict.size;
      dict.set(name, i);
    }
    return i;
  }
  private addopName(op: number, dict: Map<string, number>, name: string): void {
    this.addop(op, CodeGen.addO(dict, mangle(this.u.privateName, name)));
  }

  // ---- scopes ---------------------------------------------------------------------

  private enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    for (const v of ste.varnames) CodeGen.addO(u.varnames, v);
    u.cellvars = dictbytype(ste, CELL, 0, 0);
    if (ste.needsClassClosure) u.cellvars.set('__class__', 0);
    u.freevars = dictbytype(ste, FREE, DEF_FREE_CLASS, u.cellvars.size);
    if (this.u) {
      this.stack.push(this.u);
      u.privateName = this.u.privateName;
    }
    this.u = u;
    u.curblock = u.newBlock();
    if (scopeType === ScopeType.MODULE) {
      u.lineno = 0;
    } else {
      this.setQualname();
    }
    this.addop(Op.RESUME, 0);
    if (scopeType === ScopeType.MODULE) u.lineno = -1;
  }

  private exitScope(): void {
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1]!;
      let forceGlobal = false;
      if (u.scopeType === ScopeType.FUNCTION || u.scopeType === ScopeType.ASYNC_FUNCTION || u.scopeType === ScopeType.CLASS) {
        const mangled = mangle(parent.privateName, u.name);
        if (parent.ste.getScope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.FUNCTION || parent.scopeType === ScopeType.ASYNC_FUNCTION || parent.scopeType === ScopeType.LAMBDA) {
          base = parent.qualname + '.<locals>';
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  private finish(addNone: boolean): CodeUnit {
    const co = assemble(this, this.u, addNone, this.filename, this.consts);
    this.codeSources.set(co, this.u.ste);
    return co;
  }

  /** Called by assemble(): emit the implicit `return None` if the last block falls off. */
  emitImplicitReturn(addNone: boolean): void {
    if (!this.u.curblock.isReturn) {
      this.unsetLoc();
      if (addNone) this.loadNone();
      this.addop(Op.RETURN_VALUE);
    }
  }

  // ---- frame blocks ---------------------------------------------------------------

  private pushFblock(type: FBlockType, block: Block | null, exit: Block | null, datum: unknown): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }
  private popFblock(): void {
    this.u.fblocks.pop();
  }

  private callExitWithNones(): void {
    this.loadNone();
    this.loadNone();
    this.loadNone();
    this.addop(Op.PRECALL, 2);
    this.addop(Op.CALL, 2);
  }

  private addYieldFrom(isAwait: boolean): void {
    const start = this.newBlock();
    const resume = this.newBlock();
    const exit = this.newBlock();
    this.useNextBlock(start);
    this.addopJ(Op.SEND, exit);
    this.useNextBlock(resume);
    this.addop(Op.YIELD_VALUE);
    this.addop(Op.RESUME, isAwait ? 3 : 2);
    this.addopJ(JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  private popExceptAndReraise(): void {
    this.addop(Op.COPY, 3);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.RERAISE, 1);
  }

  /** compiler_unwind_fblock */
  private unwindFblock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FBlockType.WHILE_LOOP:
      case FBlockType.EXCEPTION_HANDLER:
      case FBlockType.EXCEPTION_GROUP_HANDLER:
      case FBlockType.ASYNC_COMPREHENSION_GENERATOR:
        return;
      case FBlockType.FOR_LOOP:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case FBlockType.TRY_EXCEPT:
        this.addop(POP_BLOCK);
        return;
      case FBlockType.FINALLY_TRY:
        this.addop(POP_BLOCK);
        if (preserveTos) this.pushFblock(FBlockType.POP_VALUE, null, null, null);
        this.visitStmts(info.datum as A.stmt[]);
        if (preserveTos) this.popFblock();
        this.unsetLoc();
        return;
      case FBlockType.FINALLY_END:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case FBlockType.WITH:
      case FBlockType.ASYNC_WITH:
        this.setLoc(info.datum as A.stmt);
        this.addop(POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.callExitWithNones();
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FBlockType.HANDLER_CLEANUP: {
        const name = info.datum as string | null;
        if (name) this.addop(POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (name) {
          this.loadNone();
          this.nameop(name, 'Store');
          this.nameop(name, 'Del');
        }
        return;
      }
      case FBlockType.POP_VALUE:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  /** compiler_unwind_fblock_stack; returns the loop block when `wantLoop`. */
  private unwindFblockStack(preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fb = this.u.fblocks;
    if (fb.length === 0) return null;
    const top = fb[fb.length - 1]!;
    if (top.type === FBlockType.EXCEPTION_GROUP_HANDLER) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (wantLoop && (top.type === FBlockType.WHILE_LOOP || top.type === FBlockType.FOR_LOOP)) return top;
    fb.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, wantLoop);
    fb.push(top);
    return loop;
  }

  // ---- module / body ------------------------------------------------------------------

  compileModule(mod: A.Module): CodeUnit {
    this.enterScope('<module>', ScopeType.MODULE, mod, 1);
    this.u.lineno = 1;
    this.body(mod.body);
    const co = this.finish(true);
    this.exitScopeTop();
    return co;
  }
  /** compiler_mod for an Expression: the value is the code's return value. */
  compileExpression(mod: A.Expression): CodeUnit {
    this.enterScope('<module>', ScopeType.MODULE, mod, 1);
    this.u.lineno = 1;
    this.visitExpr(mod.body);
    const co = this.finish(false);
    this.exitScopeTop();
    return co;
  }

  private exitScopeTop(): void {
    const p = this.stack.pop();
    if (p) this.u = p;
  }

  private body(stmts: A.stmt[]): void {
    if (this.u.scopeType === ScopeType.MODULE && stmts.length) this.setLoc(stmts[0]!);
    if (findAnn(stmts)) this.addop(Op.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    let i = 0;
    if (docString(stmts) !== null) {
      i = 1;
      const st = stmts[0] as A.Expr;
      this.visitExpr(st.value);
      this.unsetLoc();
      this.nameop('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]!);
  }

  // ---- names --------------------------------------------------------------------------

  private nameop(name: string, ctx: Ctx): void {
    this.forbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    let dict = u.names;
    switch (scope) {
      case FREE:
        dict = u.freevars;
        optype = 'deref';
        break;
      case CELL:
        dict = u.cellvars;
        optype = 'deref';
        break;
      case LOCAL:
        if (u.ste.type === 'function') optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.type === 'function') optype = 'global';
        break;
      case GLOBAL_EXPLICIT:
        optype = 'global';
        break;
    }
    let op: number;
    switch (optype) {
      case 'deref':
        op = ctx === 'Load' ? (u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addop(op, CodeGen.addO(u.varnames, mangled));
        return;
      case 'global':
        op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      default:
        op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
    }
    let arg = CodeGen.addO(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addop(op, arg);
  }

  private forbiddenName(name: string, ctx: Ctx): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') this.error('cannot assign to __debug__');
    if (ctx === 'Del') this.error('cannot delete __debug__');
  }

  // ---- statements ---------------------------------------------------------------------

  private visitStmts(ss: A.stmt[]): void {
    for (const s of ss) this.visitStmt(s);
  }

  visitStmt(s: A.stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return':
        return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign': {
        const n = s.targets.length;
        this.visitExpr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addop(Op.COPY, 1);
          this.visitExpr(s.targets[i]!);
        }
        return;
      }
      case 'AugAssign':
        return this.augassign(s);
      case 'AnnAssign':
        return this.annassign(s);
      case 'For':
        return this.forStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'If':
        return this.ifStmt(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.addop(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        return s.finalbody.length ? this.tryFinally(s) : this.tryExcept(s);
      case 'TryStar':
        return s.finalbody.length ? this.tryStarFinally(s) : this.tryStarExcept(s);
      case 'Assert':
        return this.assertStmt(s);
      case 'Import':
        return this.importStmt(s);
      case 'ImportFrom':
        return this.fromImport(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        return this.stmtExpr(s.value);
      case 'Pass':
        this.addop(Op.NOP);
        return;
      case 'Break':
        return this.breakStmt();
      case 'Continue':
        return this.continueStmt();
      case 'With':
        return this.withStmt(s, 0);
      case 'AsyncFunctionDef':
        throw new UnsupportedSyntax('async functions', s.lineno);
      case 'AsyncFor':
        throw new UnsupportedSyntax("'async for'", s.lineno);
      case 'AsyncWith':
        throw new UnsupportedSyntax("'async with'", s.lineno);
    }
  }

  private stmtExpr(value: A.expr): void {
    if (value._type === 'Constant') {
      this.addop(Op.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.addop(Op.POP_TOP);
  }

  // functions and classes

  private makeClosure(co: CodeUnit, flags: number): void {
    const nfree = co.co_localspluskinds.reduce((n, k) => n + (k === 0x80 ? 1 : 0), 0);
    if (nfree) {
      const names = co.co_localsplusnames;
      for (let i = names.length - nfree; i < names.length; i++) {
        const name = names[i]!;
        let reftype: number;
        if (this.u.scopeType === ScopeType.CLASS && name === '__class__') reftype = CELL;
        else reftype = this.u.ste.getScope(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler_lookup_arg(name=${name}) failed`);
        this.addop(Op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addop(Op.BUILD_TUPLE, nfree);
    }
    this.addop(Op.LOAD_CONST, this.addConstKey('C' + this.codeSerial(co), { code: co }));
    this.addop(Op.MAKE_FUNCTION, flags);
  }
  /** The symbol table entry (so the AST node) each code unit was compiled from. */
  private codeSources = new Map<CodeUnit, object>();
  private codeSerials = new Map<object, number>();
  /** The constant key of a code object. _PyCode_ConstantKey keys code objects by equality
   *  (code_richcompare: name, counts, flags, first line, instructions, constants, names,
   *  line and exception tables), and the same node compiled twice — a `finally` body is
   *  compiled once for the normal exit and once for the exception — gives equal code
   *  objects, while two nodes never do (their positions differ): the unit keeps one
   *  constant, the first one made, as CPython does. */
  private codeSerial(co: CodeUnit): number {
    const source = this.codeSources.get(co) ?? co;
    let n = this.codeSerials.get(source);
    if (n === undefined) {
      n = this.codeSerials.size;
      this.codeSerials.set(source, n);
    }
    return n;
  }

  private applyDecorators(decos: A.expr[]): void {
    const saved = this.saveLoc();
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]!);
      this.addop(Op.PRECALL, 0);
      this.addop(Op.CALL, 0);
    }
    this.restoreLoc(saved);
  }

  private kwonlyDefaults(args: A.arguments): boolean {
    const keys: string[] = [];
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i];
      if (d) {
        keys.push(mangle(this.u.privateName, args.kwonlyargs[i]!.arg));
        this.visitExpr(d);
      }
    }
    if (!keys.length) return false;
    const t = this.consts.tuple(keys.map((k) => this.consts.identifier(k)));
    this.loadConstObj(t, true);
    this.addop(Op.BUILD_CONST_KEY_MAP, keys.length);
    return true;
  }

  private argAnnotation(id: string, ann: A.expr | null, len: { n: number }): void {
    if (!ann) return;
    this.loadIdentifier(mangle(this.u.privateName, id));
    if (this.futureAnnotations) {
      this.annexpr(ann);
    } else if (ann._type === 'Starred') {
      this.visitExpr(ann.value);
      this.addop(Op.UNPACK_SEQUENCE, 1);
    } else {
      this.visitExpr(ann);
    }
    len.n += 2;
  }

  private annotations(args: A.arguments, returns: A.expr | null): boolean {
    const len = { n: 0 };
    for (const a of args.args) this.argAnnotation(a.arg, a.annotation, len);
    for (const a of args.posonlyargs) this.argAnnotation(a.arg, a.annotation, len);
    if (args.vararg?.annotation) this.argAnnotation(args.vararg.arg, args.vararg.annotation, len);
    for (const a of args.kwonlyargs) this.argAnnotation(a.arg, a.annotation, len);
    if (args.kwarg?.annotation) this.argAnnotation(args.kwarg.arg, args.kwarg.annotation, len);
    this.argAnnotation('return', returns, len);
    if (len.n) {
      this.addop(Op.BUILD_TUPLE, len.n);
      return true;
    }
    return false;
  }

  private defaultArguments(args: A.arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addop(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 0x01;
    }
    if (args.kwonlyargs.length && this.kwonlyDefaults(args)) flags |= 0x02;
    return flags;
  }

  private checkDebugArgs(args: A.arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
      this.forbiddenName(a.arg, 'Store');
    }
  }

  private functionDef(s: A.FunctionDef): void {
    const args = s.args;
    this.checkDebugArgs(args);
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    let flags = this.defaultArguments(args);
    if (this.annotations(args, s.returns)) flags |= 0x04;
    this.enterScope(s.name, ScopeType.FUNCTION, s, firstlineno);
    const doc = docString(s.body);
    if (doc !== null) {
      this.addConstObj(this.constOf.get((s.body[0] as A.Expr).value)!);
    } else {
      this.addConstObj(this.none());
    }
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]!);
    const co = this.finish(true);
    this.exitScope();
    this.makeClosure(co, flags);
    this.applyDecorators(s.decorator_list);
    this.nameop(s.name, 'Store');
  }

  private classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
    this.enterScope(s.name, ScopeType.CLASS, s, firstlineno);
    this.u.privateName = s.name;
    this.nameop('__name__', 'Load');
    this.nameop('__module__', 'Store');
    if (this.u.qualname === s.name) this.loadIdentifier(s.name);
    else this.loadNewConst({ kind: 'str', value: this.u.qualname });
    this.nameop('__qualname__', 'Store');
    this.body(s.body);
    this.unsetLoc();
    if (this.u.ste.needsClassClosure) {
      this.addop(Op.LOAD_CLOSURE, this.u.cellvars.get('__class__')!);
      this.addop(Op.COPY, 1);
      this.nameop('__classcell__', 'Store');
    } else {
      this.loadNone();
    }
    this.addop(Op.RETURN_VALUE);
    const co = this.finish(true);
    this.exitScope();
    this.addop(Op.PUSH_NULL);
    this.addop(Op.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0);
    this.loadIdentifier(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameop(s.name, 'Store');
  }

  private lambda(e: A.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const flags = this.defaultArguments(args);
    this.enterScope('<lambda>', ScopeType.LAMBDA, e, e.lineno);
    this.addConstObj(this.none());
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: CodeUnit;
    if (this.u.ste.generator) {
      co = this.finish(false);
    } else {
      this.addop(Op.RETURN_VALUE);
      co = this.finish(true);
    }
    this.exitScope();
    this.makeClosure(co, flags);
  }

  // control flow

  private returnStmt(s: A.Return): void {
    const v = s.value;
    const preserveTos = v !== null && v._type !== 'Constant';
    if (this.u.ste.type !== 'function') this.error("'return' outside function");
    if (preserveTos) {
      this.visitExpr(v!);
    } else if (v) {
      this.setLoc(v);
      this.addop(Op.NOP);
    }
    if (!v || v.lineno !== s.lineno) {
      this.setLoc(s);
      this.addop(Op.NOP);
    }
    this.unwindFblockStack(preserveTos, false);
    if (!v) this.loadNone();
    else if (!preserveTos) this.loadConstNode(v as A.Constant);
    this.addop(Op.RETURN_VALUE);
  }

  private breakStmt(): void {
    const saved = this.saveLoc();
    this.addop(Op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (!loop) {
      this.restoreLoc(saved);
      this.error("'break' outside loop");
    }
    this.unwindFblock(loop, false);
    this.addopJ(JUMP, loop.exit!);
  }

  private continueStmt(): void {
    const saved = this.saveLoc();
    this.addop(Op.NOP);
    const loop = this.unwindFblockStack(false, true);
    if (!loop) {
      this.restoreLoc(saved);
      this.error("'continue' not properly in loop");
    }
    this.addopJ(JUMP, loop.block!);
  }

  private jumpIf(e: A.expr, next: Block, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.newBlock();
        for (let i = 0; i < n; i++) this.jumpIf(s[i]!, next2, cond2);
        this.jumpIf(s[n]!, next, cond);
        if (next2 !== next) this.useNextBlock(next2);
        return;
      }
      case 'IfExp': {
        const end = this.newBlock();
        const next2 = this.newBlock();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.addopJNoline(JUMP, end);
        this.useNextBlock(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useNextBlock(end);
        return;
      }
      case 'Compare': {
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const cleanup = this.newBlock();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]!);
            this.addop(Op.SWAP, 2);
            this.addop(Op.COPY, 2);
            this.addCompare(e.ops[i]!);
            this.addopJ(POP_JUMP_IF_FALSE, cleanup);
          }
          this.visitExpr(e.comparators[n]!);
          this.addCompare(e.ops[n]!);
          this.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
          const end = this.newBlock();
          this.addopJNoline(JUMP, end);
          this.useNextBlock(cleanup);
          this.addop(Op.POP_TOP);
          if (!cond) this.addopJNoline(JUMP, next);
          this.useNextBlock(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.visitExpr(e);
    this.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  private ifStmt(s: A.If): void {
    const end = this.newBlock();
    const next = s.orelse.length ? this.newBlock() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.addopJNoline(JUMP, end);
      this.useNextBlock(next);
      this.visitStmts(s.orelse);
    }
    this.useNextBlock(end);
  }

  private forStmt(s: A.For): void {
    const start = this.newBlock();
    const body = this.newBlock();
    const cleanup = this.newBlock();
    const end = this.newBlock();
    this.pushFblock(FBlockType.FOR_LOOP, start, end, null);
    this.visitExpr(s.iter);
    this.addop(Op.GET_ITER);
    this.useNextBlock(start);
    this.addopJ(Op.FOR_ITER, cleanup);
    this.useNextBlock(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.addopJ(JUMP, start);
    this.useNextBlock(cleanup);
    this.popFblock();
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private whileStmt(s: A.While): void {
    const loop = this.newBlock();
    const body = this.newBlock();
    const anchor = this.newBlock();
    const end = this.newBlock();
    this.useNextBlock(loop);
    this.pushFblock(FBlockType.WHILE_LOOP, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useNextBlock(body);
    this.visitStmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFblock();
    this.useNextBlock(anchor);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private tryFinally(s: A.Try): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFblock(FBlockType.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length) this.tryExcept(s);
    else this.visitStmts(s.body);
    this.addopNoline(POP_BLOCK);
    this.popFblock();
    this.visitStmts(s.finalbody);
    this.addopJNoline(JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock(FBlockType.FINALLY_END, end, null, null);
    this.visitStmts(s.finalbody);
    this.popFblock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  private tryStarFinally(s: A.TryStar): void {
    const body = this.newBlock();
    const end = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(SETUP_FINALLY, end);
    this.useNextBlock(body);
    this.pushFblock(FBlockType.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length) this.tryStarExcept(s);
    else this.visitStmts(s.body);
    this.addopNoline(POP_BLOCK);
    this.popFblock();
    this.visitStmts(s.finalbody);
    this.addopJNoline(JUMP, exit);
    this.useNextBlock(end);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock(FBlockType.FINALLY_END, end, null, null);
    this.visitStmts(s.finalbody);
    this.popFblock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
  }

  private tryExcept(s: A.Try): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    this.addopJ(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock(FBlockType.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.addopNoline(POP_BLOCK);
    this.visitStmts(s.orelse);
    this.addopJNoline(JUMP, end);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock(FBlockType.EXCEPTION_HANDLER, null, null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i]!;
      this.setLoc(h);
      if (!h.type && i < n - 1) this.error("default 'except:' must be last");
      except = this.newBlock();
      if (h.type) {
        this.visitExpr(h.type);
        this.addop(Op.CHECK_EXC_MATCH);
        this.addopJ(POP_JUMP_IF_FALSE, except);
      }
      if (h.name) {
        const cleanupEnd = this.newBlock();
        const cleanupBody = this.newBlock();
        this.nameop(h.name, 'Store');
        this.addopJ(SETUP_CLEANUP, cleanupEnd);
        this.useNextBlock(cleanupBody);
        this.pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name);
        this.visitStmts(h.body);
        this.popFblock();
        this.unsetLoc();
        this.addop(POP_BLOCK);
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.loadNone();
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.addopJ(JUMP, end);
        this.useNextBlock(cleanupEnd);
        this.unsetLoc();
        this.loadNone();
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.addop(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newBlock();
        this.addop(Op.POP_TOP);
        this.useNextBlock(cleanupBody);
        this.pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
        this.visitStmts(h.body);
        this.popFblock();
        this.unsetLoc();
        this.addop(POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        this.addopJ(JUMP, end);
      }
      this.useNextBlock(except);
    }
    this.unsetLoc();
    this.popFblock();
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(end);
  }

  private tryStarExcept(s: A.TryStar): void {
    const body = this.newBlock();
    let except = this.newBlock();
    const orelse = this.newBlock();
    const end = this.newBlock();
    const cleanup = this.newBlock();
    const reraiseStar = this.newBlock();
    this.addopJ(SETUP_FINALLY, except);
    this.useNextBlock(body);
    this.pushFblock(FBlockType.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.addopNoline(POP_BLOCK);
    this.addopJNoline(JUMP, orelse);
    const n = s.handlers.length;
    this.useNextBlock(except);
    this.unsetLoc();
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.pushFblock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, 'except handler');
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i]!;
      this.setLoc(h);
      except = this.newBlock();
      const exceptWithError = this.newBlock();
      const noMatch = this.newBlock();
      if (i === 0) {
        this.addop(Op.COPY, 1);
        this.addop(Op.BUILD_LIST, 0);
        this.addop(Op.SWAP, 2);
      }
      if (h.type) {
        this.visitExpr(h.type);
        this.addop(Op.CHECK_EG_MATCH);
        this.addop(Op.COPY, 1);
        this.addopJ(POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.newBlock();
      const cleanupBody = this.newBlock();
      if (h.name) this.nameop(h.name, 'Store');
      else this.addop(Op.POP_TOP);
      this.addopJ(SETUP_CLEANUP, cleanupEnd);
      this.useNextBlock(cleanupBody);
      this.pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name);
      this.visitStmts(h.body);
      this.popFblock();
      this.unsetLoc();
      this.addop(POP_BLOCK);
      if (h.name) {
        this.loadNone();
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.addopJ(JUMP, except);
      this.useNextBlock(cleanupEnd);
      this.unsetLoc();
      if (h.name) {
        this.loadNone();
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.addop(Op.LIST_APPEND, 3);
      this.addop(Op.POP_TOP);
      this.addopJ(JUMP, exceptWithError);
      this.useNextBlock(except);
      this.addop(Op.NOP);
      this.addopJ(JUMP, exceptWithError);
      this.useNextBlock(noMatch);
      this.addop(Op.POP_TOP);
      this.useNextBlock(exceptWithError);
      if (i === n - 1) {
        this.addop(Op.LIST_APPEND, 1);
        this.addopJ(JUMP, reraiseStar);
      }
    }
    this.unsetLoc();
    this.popFblock();
    const reraise = this.newBlock();
    this.useNextBlock(reraiseStar);
    this.addop(Op.PREP_RERAISE_STAR);
    this.addop(Op.COPY, 1);
    this.addopJ(POP_JUMP_IF_NOT_NONE, reraise);
    this.addop(Op.POP_TOP);
    this.addop(POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addopJ(JUMP, end);
    this.useNextBlock(reraise);
    this.addop(POP_BLOCK);
    this.addop(Op.SWAP, 2);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.RERAISE, 0);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(orelse);
    this.visitStmts(s.orelse);
    this.useNextBlock(end);
  }

  private withExceptFinish(cleanup: Block): void {
    this.unsetLoc();
    const exit = this.newBlock();
    this.addopJ(POP_JUMP_IF_TRUE, exit);
    this.addop(Op.RERAISE, 2);
    this.useNextBlock(cleanup);
    this.popExceptAndReraise();
    this.useNextBlock(exit);
    this.addop(Op.POP_TOP);
    this.addop(POP_BLOCK);
    this.addop(Op.POP_EXCEPT);
    this.addop(Op.POP_TOP);
    this.addop(Op.POP_TOP);
  }

  private withStmt(s: A.With, pos: number): void {
    const item = s.items[pos]!;
    const block = this.newBlock();
    const final = this.newBlock();
    const exit = this.newBlock();
    const cleanup = this.newBlock();
    this.visitExpr(item.context_expr);
    this.addop(Op.BEFORE_WITH);
    this.addopJ(SETUP_WITH, final);
    this.useNextBlock(block);
    this.pushFblock(FBlockType.WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(Op.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.withStmt(s, pos);
    this.unsetLoc();
    this.addop(POP_BLOCK);
    this.popFblock();
    this.setLoc(s);
    this.callExitWithNones();
    this.addop(Op.POP_TOP);
    this.addopJ(JUMP, exit);
    this.useNextBlock(final);
    this.addopJ(SETUP_CLEANUP, cleanup);
    this.addop(Op.PUSH_EXC_INFO);
    this.addop(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useNextBlock(exit);
  }

  private assertStmt(s: A.Assert): void {
    const t = s.test;
    if ((t._type === 'Tuple' && t.elts.length > 0) || (t._type === 'Constant' && t.value.kind === 'tuple' && t.value.items.length > 0)) {
      this.warn('assertion is always true, perhaps remove parentheses?');
    }
    const end = this.newBlock();
    this.jumpIf(s.test, end, true);
    this.addop(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addop(Op.PRECALL, 0);
      this.addop(Op.CALL, 0);
    }
    this.addop(Op.RAISE_VARARGS, 1);
    this.useNextBlock(end);
  }

  private importAs(name: string, asname: string): void {
    const parts = name.split('.');
    if (parts.length > 1) {
      for (let k = 1; k < parts.length; k++) {
        this.addop(Op.IMPORT_FROM, CodeGen.addO(this.u.names, parts[k]!));
        if (k === parts.length - 1) break;
        this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
      }
      this.nameop(asname, 'Store');
      this.addop(Op.POP_TOP);
      return;
    }
    this.nameop(asname, 'Store');
  }

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.loadNewConst({ kind: 'int', value: 0n });
      this.loadNone();
      this.addopName(Op.IMPORT_NAME, this.u.names, a.name);
      if (a.asname) {
        this.importAs(a.name, a.asname);
      } else {
        const dot = a.name.indexOf('.');
        this.nameop(dot >= 0 ? a.name.slice(0, dot) : a.name, 'Store');
      }
    }
  }

  private fromImport(s: A.ImportFrom): void {
    this.loadNewConst({ kind: 'int', value: BigInt(s.level) });
    const names = this.consts.tuple(s.names.map((a) => this.consts.identifier(a.name)));
    if (s.lineno > this.futureLineno && s.module === '__future__') {
      this.error('from __future__ imports must occur at the beginning of the file');
    }
    this.loadConstObj(names, true);
    this.addopName(Op.IMPORT_NAME, this.u.names, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const a = s.names[i]!;
      if (i === 0 && a.name === '*') {
        this.addop(Op.IMPORT_STAR);
        return;
      }
      this.addopName(Op.IMPORT_FROM, this.u.names, a.name);
      this.nameop(a.asname ?? a.name, 'Store');
    }
    this.addop(Op.POP_TOP);
  }

  private augassign(s: A.AugAssign): void {
    const e = s.target;
    const saved = this.saveLoc();
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.addop(Op.COPY, 1);
        this.updateStartLocationToMatchAttr(e);
        this.addopName(Op.LOAD_ATTR, this.u.names, e.attr);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addop(Op.COPY, 2);
        this.addop(Op.COPY, 2);
        this.addop(Op.BINARY_SUBSCR);
        break;
      case 'Name':
        this.nameop(e.id, 'Load');
        break;
      default:
        throw new Error('invalid node type for augmented assignment');
    }
    this.restoreLoc(saved);
    this.visitExpr(s.value);
    this.addop(Op.BINARY_OP, NB[s.op] + NB_INPLACE);
    this.setLoc(e);
    switch (e._type) {
      case 'Attribute':
        this.updateStartLocationToMatchAttr(e);
        this.addop(Op.SWAP, 2);
        this.addopName(Op.STORE_ATTR, this.u.names, e.attr);
        break;
      case 'Subscript':
        this.addop(Op.SWAP, 3);
        this.addop(Op.SWAP, 2);
        this.addop(Op.STORE_SUBSCR);
        break;
      case 'Name':
        this.nameop(e.id, 'Store');
        break;
    }
  }

  private checkAnnExpr(e: A.expr): void {
    this.visitExpr(e);
    this.addop(Op.POP_TOP);
  }

  private checkAnnSubscr(e: A.expr): void {
    if (e._type === 'Slice') {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e._type === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  /** compiler_visit_annexpr: the annotation's text as a new constant. */
  private annexpr(ann: A.expr): void {
    this.loadNewConst({ kind: 'str', value: _PyAST_ExprAsUnicode(ann) });
  }

  private annassign(s: A.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const moduleOrClass = this.u.scopeType === ScopeType.MODULE || this.u.scopeType === ScopeType.CLASS;
    switch (targ._type) {
      case 'Name':
        this.forbiddenName(targ.id, 'Store');
        if (s.simple && moduleOrClass) {
          if (this.futureAnnotations) this.annexpr(s.annotation);
          else this.visitExpr(s.annotation);
          this.addopName(Op.LOAD_NAME, this.u.names, '__annotations__');
          this.loadIdentifier(mangle(this.u.privateName, targ.id));
          this.addop(Op.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        this.forbiddenName(targ.attr, 'Store');
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        throw new Error('invalid node type for annotated assignment');
    }
    // check_annotation: evaluated last, and not at all under future annotations.
    if (!s.simple && moduleOrClass && !this.futureAnnotations) this.checkAnnExpr(s.annotation);
  }

  // ---- expressions ----------------------------------------------------------------------

  visitExpr(e: A.expr): void {
    const saved = this.saveLoc();
    this.setLoc(e);
    this.visitExpr1(e);
    this.restoreLoc(saved);
  }

  private visitExpr1(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.addop(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case 'BoolOp':
        return this.boolop(e);
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addop(Op.BINARY_OP, NB[e.op]);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        this.addop(
          e.op === 'Invert' ? Op.UNARY_INVERT : e.op === 'Not' ? Op.UNARY_NOT : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_NEGATIVE,
        );
        return;
      case 'Lambda':
        return this.lambda(e);
      case 'IfExp': {
        const end = this.newBlock();
        const next = this.newBlock();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.addopJNoline(JUMP, end);
        this.useNextBlock(next);
        this.visitExpr(e.orelse);
        this.useNextBlock(end);
        return;
      }
      case 'Dict':
        return this.dict(e);
      case 'Set':
        return this.starunpackHelper(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case 'GeneratorExp':
        return this.comprehension(e, Comp.GENEXP, '<genexpr>', e.generators, e.elt, null);
      case 'ListComp':
        return this.comprehension(e, Comp.LISTCOMP, '<listcomp>', e.generators, e.elt, null);
      case 'SetComp':
        return this.comprehension(e, Comp.SETCOMP, '<setcomp>', e.generators, e.elt, null);
      case 'DictComp':
        return this.comprehension(e, Comp.DICTCOMP, '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        if (this.u.ste.type !== 'function') this.error("'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadNone();
        this.addop(Op.YIELD_VALUE);
        this.addop(Op.RESUME, 1);
        return;
      case 'YieldFrom':
        if (this.u.ste.type !== 'function') this.error("'yield' outside function");
        this.visitExpr(e.value);
        this.addop(Op.GET_YIELD_FROM_ITER);
        this.loadNone();
        this.addYieldFrom(false);
        return;
      case 'Await':
        if (this.u.ste.type !== 'function') this.error("'await' outside function");
        if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION && this.u.scopeType !== ScopeType.COMPREHENSION) {
          this.error("'await' outside async function");
        }
        throw new UnsupportedSyntax("'await'", e.lineno);
      case 'Compare':
        return this.compare(e);
      case 'Call':
        return this.call(e);
      case 'Constant':
        this.loadConstNode(e);
        return;
      case 'JoinedStr':
        return this.joinedStr(e);
      case 'FormattedValue':
        return this.formattedValue(e);
      case 'Attribute':
        this.visitExpr(e.value);
        this.updateStartLocationToMatchAttr(e);
        if (e.ctx === 'Load') this.addopName(Op.LOAD_ATTR, this.u.names, e.attr);
        else if (e.ctx === 'Store') {
          this.forbiddenName(e.attr, 'Store');
          this.addopName(Op.STORE_ATTR, this.u.names, e.attr);
        } else this.addopName(Op.DELETE_ATTR, this.u.names, e.attr);
        return;
      case 'Subscript':
        if (e.ctx === 'Load') {
          this.checkSubscripter(e.value);
          this.checkIndex(e.value, e.slice);
        }
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.addop(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
        return;
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple');
        this.error("can't use starred expression here");
        return;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        else this.loadNone();
        if (e.upper) this.visitExpr(e.upper);
        else this.loadNone();
        if (e.step) this.visitExpr(e.step);
        this.addop(Op.BUILD_SLICE, e.step ? 3 : 2);
        return;
      case 'Name':
        return this.nameop(e.id, e.ctx);
      case 'List':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        for (const x of e.elts) this.visitExpr(x);
        return;
      case 'Tuple':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') return this.starunpackHelper(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        for (const x of e.elts) this.visitExpr(x);
        return;
    }
  }

  private updateStartLocationToMatchAttr(attr: A.Attribute): void {
    const u = this.u;
    if (u.lineno !== attr.end_lineno) {
      u.lineno = attr.end_lineno;
      const len = Array.from(attr.attr).length;
      if (len <= attr.end_col_offset) {
        u.col = attr.end_col_offset - len;
      } else {
        u.col = -1;
        u.end_col = -1;
      }
      u.end_lineno = Math.max(u.lineno, u.end_lineno);
      if (u.lineno === u.end_lineno) u.end_col = Math.max(u.col, u.end_col);
    }
  }

  private addCompare(op: A.cmpop): void {
    switch (op) {
      case 'Eq':
        return this.addop(Op.COMPARE_OP, 2);
      case 'NotEq':
        return this.addop(Op.COMPARE_OP, 3);
      case 'Lt':
        return this.addop(Op.COMPARE_OP, 0);
      case 'LtE':
        return this.addop(Op.COMPARE_OP, 1);
      case 'Gt':
        return this.addop(Op.COMPARE_OP, 4);
      case 'GtE':
        return this.addop(Op.COMPARE_OP, 5);
      case 'Is':
        return this.addop(Op.IS_OP, 0);
      case 'IsNot':
        return this.addop(Op.IS_OP, 1);
      case 'In':
        return this.addop(Op.CONTAINS_OP, 0);
      case 'NotIn':
        return this.addop(Op.CONTAINS_OP, 1);
    }
  }

  private compare(e: A.Compare): void {
    this.checkCompare(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.addCompare(e.ops[0]!);
      return;
    }
    const cleanup = this.newBlock();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.addop(Op.SWAP, 2);
      this.addop(Op.COPY, 2);
      this.addCompare(e.ops[i]!);
      this.addopJ(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitExpr(e.comparators[n]!);
    this.addCompare(e.ops[n]!);
    const end = this.newBlock();
    this.addopJNoline(JUMP, end);
    this.useNextBlock(cleanup);
    this.addop(Op.SWAP, 2);
    this.addop(Op.POP_TOP);
    this.useNextBlock(end);
  }

  private boolop(e: A.BoolOp): void {
    const jumpi = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    const end = this.newBlock();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(s[i]!);
      this.addopJ(jumpi, end);
      this.useNextBlock(this.newBlock());
    }
    this.visitExpr(s[n]!);
    this.useNextBlock(end);
  }

  private starunpackHelper(elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant')) {
      const items = elts.map((x) => this.constOf.get(x)!);
      if (tuple && !pushed) {
        this.loadConstObj(this.consts.tuple(items), true);
      } else {
        let folded: number;
        if (add === Op.SET_ADD) {
          folded = this.newFrozenset(items);
        } else {
          folded = this.consts.tuple(items);
        }
        this.addop(build, pushed);
        this.loadConstObj(folded, true);
        this.addop(extend, 1);
        if (tuple) this.addop(Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addop(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addop(build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const x = elts[i]!;
      if (x._type === 'Starred') {
        if (!built) {
          this.addop(build, i + pushed);
          built = true;
        }
        this.visitExpr(x.value);
        this.addop(extend, 1);
      } else {
        this.visitExpr(x);
        if (built) this.addop(add, 1);
      }
    }
    if (tuple) this.addop(Op.LIST_TO_TUPLE);
  }

  /** PyFrozenSet_New of constant objects (first of equal items kept). */
  private newFrozenset(items: number[]): number {
    const objs = this.consts.objects;
    const keep: number[] = [];
    for (const i of items) {
      if (!keep.some((j) => pyEqualsObj(objs[i]!.value, objs[j]!.value))) keep.push(i);
    }
    return this.consts.add({ kind: 'frozenset', items: keep.map((j) => objs[j]!.value) }, false, keep);
  }

  private unpackHelper(elts: A.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const x = elts[i]!;
      if (x._type === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) this.error('too many expressions in star-unpacking assignment');
        this.addop(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (x._type === 'Starred') {
        this.error('multiple starred expressions in assignment');
      }
    }
    if (!seenStar) this.addop(Op.UNPACK_SEQUENCE, n);
  }

  private assignmentHelper(elts: A.expr[]): void {
    this.unpackHelper(elts);
    for (const x of elts) this.visitExpr(x._type === 'Starred' ? x.value : x);
  }

  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && e.keys.slice(begin, end).every((k) => k !== null && k._type === 'Constant')) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]!);
      const keys = this.consts.tuple(e.keys.slice(begin, end).map((k) => this.constOf.get(k!)!));
      this.loadConstObj(keys, true);
      this.addop(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addop(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.addop(Op.MAP_ADD, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, n);
  }

  private dict(e: A.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addop(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addop(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.addop(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addop(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addop(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addop(Op.BUILD_MAP, 0);
  }

  // calls

  private isImportOriginated(e: A.expr): boolean {
    if (e._type !== 'Name') return false;
    return ((this.st.top.symbols.get(e.id) ?? 0) & DEF_IMPORT) !== 0;
  }

  private validateKeywords(keywords: A.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i]!;
      if (k.arg === null) continue;
      this.forbiddenName(k.arg, 'Store');
      for (let j = i + 1; j < keywords.length; j++) {
        const o = keywords[j]!;
        if (o.arg !== null && o.arg === k.arg) {
          this.setLoc(o);
          this.error(`keyword argument repeated: ${k.arg}`);
        }
      }
    }
  }

  private maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._type === 'Starred')) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.updateStartLocationToMatchAttr(meth);
    this.addopName(Op.LOAD_METHOD, this.u.names, meth.attr);
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.callSimpleKwHelper(e.keywords);
    }
    this.setLoc(e);
    this.updateStartLocationToMatchAttr(meth);
    this.addop(Op.PRECALL, argsl + kwdsl);
    this.addop(Op.CALL, argsl + kwdsl);
    return true;
  }

  private call(e: A.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.checkCaller(e.func);
    this.setLoc(e.func);
    this.addop(Op.PUSH_NULL);
    this.setLoc(e);
    this.visitExpr(e.func);
    this.callHelper(0, e.args, e.keywords);
  }

  private callSimpleKwHelper(keywords: A.keyword[]): void {
    const names = this.consts.tuple(keywords.map((k) => this.consts.identifier(k.arg!)));
    this.addop(Op.KW_NAMES, this.addConstObj(names, true));
  }

  private subkwargs(keywords: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i]!.value);
      const keys = this.consts.tuple(keywords.slice(begin, end).map((k) => this.consts.identifier(k.arg!)));
      this.loadConstObj(keys, true);
      this.addop(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopNoline(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.loadIdentifier(kw.arg!);
      this.visitExpr(kw.value);
      if (big) this.addopNoline(Op.MAP_ADD, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, n);
  }

  private callHelper(n: number, args: A.expr[], keywords: A.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    const exCall =
      nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.callSimpleKwHelper(keywords);
      }
      this.addop(Op.PRECALL, n + nelts + nkwelts);
      this.addop(Op.CALL, n + nelts + nkwelts);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') {
      this.visitExpr(args[0].value);
    } else {
      this.starunpackHelper(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.addop(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addop(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addop(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addop(Op.DICT_MERGE, 1);
        haveDict = true;
      }
    }
    this.addop(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // f-strings

  private joinedStr(e: A.JoinedStr): void {
    const n = e.values.length;
    if (n > STACK_USE_GUIDELINE) {
      this.loadNewConst({ kind: 'str', value: '' });
      this.addop(Op.LOAD_METHOD, CodeGen.addO(this.u.names, 'join'));
      this.addop(Op.BUILD_LIST, 0);
      for (const v of e.values) {
        this.visitExpr(v);
        this.addop(Op.LIST_APPEND, 1);
      }
      this.addop(Op.PRECALL, 1);
      this.addop(Op.CALL, 1);
      return;
    }
    for (const v of e.values) this.visitExpr(v);
    if (n !== 1) this.addop(Op.BUILD_STRING, n);
  }

  private formattedValue(e: A.FormattedValue): void {
    this.visitExpr(e.value);
    let oparg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= FVS_HAVE_SPEC;
    }
    this.addop(Op.FORMAT_VALUE, oparg);
  }

  // comprehensions

  private comprehensionGenerator(gens: A.comprehension[], genIndex: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp): void {
    const gen = gens[genIndex]!;
    if (gen.is_async) throw new UnsupportedSyntax('asynchronous comprehensions', elt.lineno);
    let start: Block | null = this.newBlock();
    const ifCleanup = this.newBlock();
    const anchor = this.newBlock();
    if (genIndex === 0) {
      this.u.argcount = 1;
      this.addop(Op.LOAD_FAST, 0);
    } else {
      const it = gen.iter;
      const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
      if (elts && elts.length === 1 && elts[0]!._type !== 'Starred') {
        this.visitExpr(elts[0]!);
        start = null;
      }
      if (start) {
        this.visitExpr(gen.iter);
        this.addop(Op.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.useNextBlock(start);
      this.addopJ(Op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const c of gen.ifs) this.jumpIf(c, ifCleanup, false);
    if (++genIndex < gens.length) this.comprehensionGenerator(gens, genIndex, depth, elt, val, type);
    if (genIndex >= gens.length) {
      switch (type) {
        case Comp.GENEXP:
          this.visitExpr(elt);
          this.addop(Op.YIELD_VALUE);
          this.addop(Op.RESUME, 1);
          this.addop(Op.POP_TOP);
          break;
        case Comp.LISTCOMP:
          this.visitExpr(elt);
          this.addop(Op.LIST_APPEND, depth + 1);
          break;
        case Comp.SETCOMP:
          this.visitExpr(elt);
          this.addop(Op.SET_ADD, depth + 1);
          break;
        case Comp.DICTCOMP:
          this.visitExpr(elt);
          this.visitExpr(val!);
          this.addop(Op.MAP_ADD, depth + 1);
          break;
      }
    }
    this.useNextBlock(ifCleanup);
    if (start) {
      this.addopJ(JUMP, start);
      this.useNextBlock(anchor);
    }
  }

  private comprehension(e: A.expr, type: Comp, name: string, gens: A.comprehension[], elt: A.expr, val: A.expr | null): void {
    const outermost = gens[0]!;
    this.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
    this.setLoc(e);
    if (type !== Comp.GENEXP) {
      this.addop(type === Comp.LISTCOMP ? Op.BUILD_LIST : type === Comp.SETCOMP ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.comprehensionGenerator(gens, 0, 0, elt, val, type);
    if (type !== Comp.GENEXP) this.addop(Op.RETURN_VALUE);
    const co = this.finish(true);
    this.exitScope();
    this.makeClosure(co, 0);
    this.visitExpr(outermost.iter);
    this.addop(Op.GET_ITER);
    this.addop(Op.PRECALL, 0);
    this.addop(Op.CALL, 0);
  }
}

/** check_is_arg: false for a constant other than None, True, False, Ellipsis. */
function checkIsArg(e: A.expr): boolean {
  if (e._type !== 'Constant') return true;
  const k = e.value.kind;
  return k === 'None' || k === 'bool' || k === 'Ellipsis';
}

/** infer_type's type name, or null. */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant':
      switch (e.value.kind) {
        case 'None':
          return 'NoneType';
        case 'Ellipsis':
          return 'ellipsis';
        default:
          return e.value.kind;
      }
    default:
      return null;
  }
}

function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

function pyEqualsObj(a: A.ConstantValue, b: A.ConstantValue): boolean {
  return pyEquals(a, b);
}
