// struct compiler_unit (Python/compile.c): the state of one code object being
// compiled — its symbol table entry, the dicts that number co_consts / co_names /
// varnames / cellvars / freevars, the basic blocks, the frame-block stack used to
// unwind for return/break/continue, and the current source location.

import type { ConstRef } from './code';
import { Block } from './flowgraph';
import type { SymtableEntry } from './symtable';

export const enum ScopeType {
  MODULE,
  CLASS,
  FUNCTION,
  ASYNC_FUNCTION,
  LAMBDA,
  COMPREHENSION,
}

export const enum FBlockType {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

export interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  /** finally body (FINALLY_TRY), handler name (HANDLER_CLEANUP), with statement... */
  datum: unknown;
}

export class Unit {
  /** u_consts: constant key → index, and the co_consts list in order. */
  readonly consts = new Map<string, number>();
  readonly constList: ConstRef[] = [];
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  cellvars = new Map<string, number>();
  freevars = new Map<string, number>();
  privateName: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Blocks in allocation order (CPython walks u_blocks newest first). */
  readonly blocks: Block[] = [];
  curblock!: Block;
  readonly fblocks: FBlock[] = [];
  firstlineno: number;
  lineno: number;
  col = 0;
  end_lineno: number;
  end_col = 0;
  needNewImplicitBlock = false;
  qualname = '';

  constructor(
    readonly ste: SymtableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    lineno: number,
  ) {
    this.firstlineno = lineno;
    this.lineno = lineno;
    this.end_lineno = lineno;
  }

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }
}
