// The assembler (Python/compile.c 3.11 assemble() and the flow-graph optimizer it
// runs): implicit `return None`, cell/free prefix instructions, optimize_cfg
// (constant-condition jumps, BUILD_TUPLE folding, jump threading, SWAP
// elimination, PUSH_NULL+LOAD_GLOBAL merging, dead-code removal), line-number
// propagation, stack depth, the exception table (label_exception_targets), jump
// direction (normalize_jumps) and finally the code object's data (makecode).
// Jump arguments are absolute instruction indices here (no CACHE/EXTENDED_ARG).

import type { CodeUnit, ConstRef } from './code';
import type { CodeGen } from './codegen';
import { pyTruthy } from './constfold';
import type { ConstTable } from './consts';
import {
  Block, ExceptStack, isBlockPush, isJump, JUMP, JUMP_NO_INTERRUPT, POP_BLOCK,
  POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_TRUE,
  SETUP_CLEANUP, SETUP_WITH, stackEffect, type Instr,
} from './flowgraph';
import { Op } from './opcodes';
import type { Unit } from './unit';

const MAX_COPY_SIZE = 4;
const CO_OPTIMIZED = 0x1;
const CO_NEWLOCALS = 0x2;
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

const cloneInstr = (i: Instr): Instr => ({ ...i });
const copyLoc = (from: Instr, to: Instr): void => {
  to.lineno = from.lineno;
  to.end_lineno = from.end_lineno;
  to.col = from.col;
  to.end_col = from.end_col;
};

function chain(entry: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) out.push(b);
  return out;
}

function computeCodeFlags(u: Unit, cfFlags: number): number {
  const ste = u.ste;
  let flags = 0;
  if (ste.type === 'function') {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  // Only the compiler flags in PyCF_MASK (the future features) are inherited.
  return flags | cfFlags;
}

// ---- basic-block passes ---------------------------------------------------------

function normalizeBasicBlock(bb: Block): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const ins = bb.instrs[i]!;
    switch (ins.op) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case JUMP:
      case JUMP_NO_INTERRUPT:
      case POP_JUMP_IF_NOT_NONE:
      case POP_JUMP_IF_NONE:
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (ins.op === JUMP || ins.op === JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== bb.instrs.length - 1) throw new Error('malformed control flow graph.');
        while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
    }
  }
}

function basicblockHasLineno(bb: Block): boolean {
  return bb.instrs.some((i) => i.lineno > 0);
}

/** extend_block: a jump to a small exit block without line numbers is replaced by a copy of it. */
function extendBlock(bb: Block): void {
  const n = bb.instrs.length;
  if (n === 0) return;
  const last = bb.instrs[n - 1]!;
  if (last.op !== JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD) return;
  const t = last.target!;
  if (t.exit && t.instrs.length <= MAX_COPY_SIZE) {
    if (basicblockHasLineno(t)) return;
    last.op = Op.NOP;
    for (const i of t.instrs) bb.instrs.push(cloneInstr(i));
    bb.exit = true;
  }
}

/** clean_basic_block: remove NOPs that carry no line number of their own. */
function cleanBasicBlock(bb: Block): void {
  const ins = bb.instrs;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < ins.length; src++) {
    const lineno = ins[src]!.lineno;
    if (ins[src]!.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1]!.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          copyLoc(ins[src]!, ins[src + 1]!);
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0]!.lineno) continue;
      }
    }
    if (dest !== src) ins[dest] = ins[src]!;
    dest++;
    prevLineno = lineno;
  }
  ins.length = dest;
}

// ---- optimize_cfg -----------------------------------------------------------------

class Optimizer {
  constructor(
    private readonly consts: ConstRef[],
    private readonly table: ConstTable,
  ) {}

  private objIndex: Map<number, number> | null = null;

  /** The first index of each constant object in consts. */
  private constIndex(): Map<number, number> {
    if (this.objIndex === null) {
      const m = new Map<number, number>();
      for (let i = 0; i < this.consts.length; i++) {
        const r = this.consts[i]!;
        if ('obj' in r && !m.has(r.obj)) m.set(r.obj, i);
      }
      this.objIndex = m;
    }
    return this.objIndex;
  }

  private constValue(arg: number) {
    const r = this.consts[arg]!;
    if ('code' in r) return null;
    return this.table.objects[r.obj]!.value;
  }

  private foldTupleOnConstants(bb: Block, start: number, n: number): void {
    const ins = bb.instrs;
    for (let i = 0; i < n; i++) if (ins[start + i]!.op !== Op.LOAD_CONST) return;
    const items: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = this.consts[ins[start + i]!.arg]!;
      if (!('obj' in r)) return;
      items.push(r.obj);
    }
    const t = this.table.mergeOne(this.table.tuple(items));
    // add_const: the first slot holding the merged tuple, else a new one. CPython
    // scans the list; an index kept alongside finds the same slot without a scan per
    // fold (a module with thousands of constants made this quadratic).
    let index = this.constIndex().get(t) ?? -1;
    if (index < 0) {
      index = this.consts.length;
      this.consts.push({ obj: t });
      this.objIndex!.set(t, index);
    }
    for (let i = 0; i < n; i++) ins[start + i]!.op = Op.NOP;
    ins[start + n]!.op = Op.LOAD_CONST;
    ins[start + n]!.arg = index;
  }

  private static jumpThread(inst: Instr, target: Instr, op: number): boolean {
    if (inst.lineno === target.lineno && inst.target !== target.target) {
      inst.target = target.target;
      inst.op = op;
      return true;
    }
    return false;
  }

  optimizeBasicBlock(bb: Block): void {
    const nop: Instr = { op: Op.NOP, arg: 0, target: null, except: null, lineno: -1, end_lineno: -1, col: -1, end_col: -1 };
    const ins = bb.instrs;
    for (let i = 0; i < ins.length; i++) {
      const inst = ins[i]!;
      const oparg = inst.arg;
      const nextop = i + 1 < ins.length ? ins[i + 1]!.op : 0;
      let target: Instr;
      if (isJump(inst) || isBlockPush(inst)) {
        while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
        target = inst.target!.instrs[0]!;
      } else {
        target = nop;
      }
      switch (inst.op) {
        case Op.LOAD_CONST: {
          switch (nextop) {
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE: {
              const v = this.constValue(oparg);
              const isTrue = v === null ? true : pyTruthy(v);
              inst.op = Op.NOP;
              const jumpIfTrue = nextop === POP_JUMP_IF_TRUE;
              if (isTrue === jumpIfTrue) {
                ins[i + 1]!.op = JUMP;
                bb.nofallthrough = true;
              } else {
                ins[i + 1]!.op = Op.NOP;
              }
              break;
            }
            case Op.JUMP_IF_FALSE_OR_POP:
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = this.constValue(oparg);
              const isTrue = v === null ? true : pyTruthy(v);
              const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
              if (isTrue === jumpIfTrue) {
                ins[i + 1]!.op = JUMP;
                bb.nofallthrough = true;
              } else {
                inst.op = Op.NOP;
                ins[i + 1]!.op = Op.NOP;
              }
              break;
            }
            case Op.IS_OP: {
              const v = this.constValue(oparg);
              const jumpOp = i + 2 < ins.length ? ins[i + 2]!.op : 0;
              if (v && v.kind === 'None' && (jumpOp === POP_JUMP_IF_FALSE || jumpOp === POP_JUMP_IF_TRUE)) {
                const nextarg = ins[i + 1]!.arg;
                inst.op = Op.NOP;
                ins[i + 1]!.op = Op.NOP;
                ins[i + 2]!.op = nextarg ^ (jumpOp === POP_JUMP_IF_FALSE ? 1 : 0) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
              }
              break;
            }
          }
          break;
        }
        case Op.BUILD_TUPLE:
          if (nextop === Op.UNPACK_SEQUENCE && oparg === ins[i + 1]!.arg) {
            if (oparg === 1) {
              inst.op = Op.NOP;
              ins[i + 1]!.op = Op.NOP;
              continue;
            }
            if (oparg === 2 || oparg === 3) {
              inst.op = Op.NOP;
              ins[i + 1]!.op = Op.SWAP;
              continue;
            }
          }
          if (i >= oparg) this.foldTupleOnConstants(bb, i - oparg, oparg);
          break;
        case Op.JUMP_IF_FALSE_OR_POP:
          switch (target.op) {
            case POP_JUMP_IF_FALSE:
              if (Optimizer.jumpThread(inst, target, POP_JUMP_IF_FALSE)) i--;
              break;
            case JUMP:
            case Op.JUMP_IF_FALSE_OR_POP:
              if (Optimizer.jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP)) i--;
              break;
            case Op.JUMP_IF_TRUE_OR_POP:
            case POP_JUMP_IF_TRUE:
              if (inst.lineno === target.lineno) {
                inst.op = POP_JUMP_IF_FALSE;
                inst.target = inst.target!.next;
                i--;
              }
              break;
          }
          break;
        case Op.JUMP_IF_TRUE_OR_POP:
          switch (target.op) {
            case POP_JUMP_IF_TRUE:
              if (Optimizer.jumpThread(inst, target, POP_JUMP_IF_TRUE)) i--;
              break;
            case JUMP:
            case Op.JUMP_IF_TRUE_OR_POP:
              if (Optimizer.jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP)) i--;
              break;
            case Op.JUMP_IF_FALSE_OR_POP:
            case POP_JUMP_IF_FALSE:
              if (inst.lineno === target.lineno) {
                inst.op = POP_JUMP_IF_TRUE;
                inst.target = inst.target!.next;
                i--;
              }
              break;
          }
          break;
        case POP_JUMP_IF_NOT_NONE:
        case POP_JUMP_IF_NONE:
          if (target.op === JUMP && Optimizer.jumpThread(inst, target, inst.op)) i--;
          break;
        case POP_JUMP_IF_FALSE:
          if (target.op === JUMP && Optimizer.jumpThread(inst, target, POP_JUMP_IF_FALSE)) i--;
          break;
        case POP_JUMP_IF_TRUE:
          if (target.op === JUMP && Optimizer.jumpThread(inst, target, POP_JUMP_IF_TRUE)) i--;
          break;
        case JUMP:
          if (target.op === JUMP && Optimizer.jumpThread(inst, target, JUMP)) i--;
          break;
        case Op.SWAP: {
          if (oparg === 1) {
            inst.op = Op.NOP;
            break;
          }
          i = swaptimize(bb, i);
          applyStaticSwaps(bb, i);
          break;
        }
        case Op.PUSH_NULL:
          // compile.c tests inst[1].i_opcode & 1 (always 0 for LOAD_GLOBAL = 116).
          if (nextop === Op.LOAD_GLOBAL) {
            inst.op = Op.NOP;
            inst.arg = 0;
            ins[i + 1]!.arg |= 1;
          }
          break;
      }
    }
  }
}

/** swaptimize: replace a run of SWAPs and NOPs by an optimal sequence; returns the new index. */
function swaptimize(bb: Block, ix: number): number {
  const ins = bb.instrs;
  let depth = ins[ix]!.arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len]!.op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, ins[ix + len]!.arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const x = ins[ix + i]!;
    if (x.op === Op.SWAP) {
      const top = stack[0]!;
      stack[0] = stack[x.arg - 1]!;
      stack[x.arg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const x = ins[ix + current--]!;
        x.op = Op.SWAP;
        x.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) ins[ix + current--]!.op = Op.NOP;
  return ix + len - 1;
}

const SWAPPABLE = (op: number): boolean => op === Op.STORE_FAST || op === Op.POP_TOP;
const storesTo = (i: Instr): number => (i.op === Op.STORE_FAST ? i.arg : -1);

function nextSwappable(bb: Block, i: number, lineno: number): number {
  const ins = bb.instrs;
  while (++i < ins.length) {
    const x = ins[i]!;
    if (lineno >= 0 && x.lineno !== lineno) return -1;
    if (x.op === Op.NOP) continue;
    if (SWAPPABLE(x.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(bb: Block, i: number): void {
  const ins = bb.instrs;
  for (; i >= 0; i--) {
    const swap = ins[i]!;
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || SWAPPABLE(swap.op)) continue;
      return;
    }
    const j = nextSwappable(bb, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = ins[j]!.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(bb, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(ins[j]!);
    const sk = storesTo(ins[k]!);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(ins[idx]!);
        if (s >= 0 && (s === sj || s === sk)) return;
      }
    }
    swap.op = Op.NOP;
    const tmp = ins[j]!;
    ins[j] = ins[k]!;
    ins[k] = tmp;
  }
}

function markReachable(entry: Block): void {
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins) || isBlockPush(ins)) {
        const t = ins.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length === 0) continue;
    const last: Instr = b.instrs[b.instrs.length - 1]!;
    if (isJump(last)) {
      let t = last.target!;
      while (t.instrs.length === 0) t = t.next!;
      last.target = t;
    }
  }
}

function optimizeCfg(u: Unit, entry: Block, opt: Optimizer): void {
  for (let b: Block | null = entry; b; b = b.next) {
    opt.optimizeBasicBlock(b);
    cleanBasicBlock(b);
  }
  for (let k = u.blocks.length - 1; k >= 0; k--) extendBlock(u.blocks[k]!);
  markReachable(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs.length = 0;
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length > 0) {
      const last: Instr = b.instrs[b.instrs.length - 1]!;
      if ((last.op === JUMP || last.op === JUMP_NO_INTERRUPT) && last.target === b.next) {
        b.nofallthrough = false;
        last.op = Op.NOP;
        maybeEmpty = true;
      }
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

function isExitWithoutLineno(b: Block): boolean {
  if (!b.exit) return false;
  return b.instrs.every((i) => i.lineno < 0);
}

function duplicateExitsWithoutLineno(u: Unit): void {
  const n = u.blocks.length;
  for (let k = n - 1; k >= 0; k--) {
    const b = u.blocks[k]!;
    if (b.instrs.length > 0 && isJump(b.instrs[b.instrs.length - 1]!)) {
      const last = b.instrs[b.instrs.length - 1]!;
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = u.newBlock();
        for (const i of target.instrs) nt.instrs.push(cloneInstr(i));
        nt.exit = target.exit;
        nt.nofallthrough = true;
        copyLoc(last, nt.instrs[0]!);
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  for (let k = u.blocks.length - 1; k >= 0; k--) {
    const b = u.blocks[k]!;
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let k = u.blocks.length - 1; k >= 0; k--) {
    const b = u.blocks[k]!;
    if (!b.nofallthrough && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) copyLoc(b.instrs[b.instrs.length - 1]!, b.next.instrs[0]!);
    }
  }
}

function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length === 0) continue;
    const prev: Instr = { op: 0, arg: 0, target: null, except: null, lineno: -1, end_lineno: -1, col: -1, end_col: -1 };
    for (const i of b.instrs) {
      if (i.lineno < 0) copyLoc(prev, i);
      else copyLoc(i, prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0]!.lineno < 0) copyLoc(prev, b.next!.instrs[0]!);
    }
    const last = b.instrs[b.instrs.length - 1]!;
    if (isJump(last)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0]!.lineno < 0) copyLoc(prev, t.instrs[0]!);
    }
  }
}

function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length === 0) continue;
    const last = b.instrs[b.instrs.length - 1]!;
    if (last.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}

function stackdepth(u: Unit, entry: Block): number {
  for (const b of u.blocks) b.startdepth = -0x7fffffff;
  const stack: Block[] = [];
  let maxdepth = 0;
  const push = (b: Block, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, u.ste.generator || u.ste.coroutine ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next: Block | null = b.next;
    for (const ins of b.instrs) {
      const effect = stackEffect(ins.op, ins.arg, 0);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(ins) || isBlockPush(ins)) {
        const td = depth + stackEffect(ins.op, ins.arg, 1);
        if (td > maxdepth) maxdepth = td;
        push(ins.target!, td);
      }
      depth = newDepth;
      if (
        ins.op === JUMP_NO_INTERRUPT || ins.op === JUMP || ins.op === Op.RETURN_VALUE ||
        ins.op === Op.RAISE_VARARGS || ins.op === Op.RERAISE
      ) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptstack = new ExceptStack();
  while (todo.length) {
    const b = todo.pop()!;
    let es: ExceptStack | null = b.exceptstack!;
    b.exceptstack = null;
    let handler: Block | null = es.handlers[es.depth]!;
    for (const ins of b.instrs) {
      if (isBlockPush(ins)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptstack = es!.copy();
          todo.push(t);
          t.visited = true;
        }
        if (ins.op === SETUP_WITH || ins.op === SETUP_CLEANUP) t.preserveLasti = true;
        es!.handlers[++es!.depth] = t;
        handler = t;
      } else if (ins.op === POP_BLOCK) {
        handler = es!.handlers[--es!.depth]!;
      } else if (isJump(ins)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (!b.nofallthrough) {
            t.exceptstack = es!.copy();
          } else {
            t.exceptstack = es;
            es = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        ins.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptstack = es;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    if (b.instrs.length === 0) continue;
    const last = b.instrs[b.instrs.length - 1]!;
    if (!isJump(last)) continue;
    const fwd = !last.target!.visited;
    switch (last.op) {
      case JUMP:
        last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case JUMP_NO_INTERRUPT:
        last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case POP_JUMP_IF_NOT_NONE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case POP_JUMP_IF_NONE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case POP_JUMP_IF_FALSE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case POP_JUMP_IF_TRUE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
    }
  }
}

// ---- the assembler ------------------------------------------------------------------

export function assemble(cg: CodeGen, u: Unit, addNone: boolean, filename: string, table: ConstTable): CodeUnit {
  cg.emitImplicitReturn(addNone);
  for (let k = u.blocks.length - 1; k >= 0; k--) normalizeBasicBlock(u.blocks[k]!);
  for (let k = u.blocks.length - 1; k >= 0; k--) extendBlock(u.blocks[k]!);
  const entry = u.blocks[0]!;

  const nlocals = u.varnames.size;
  const ncellvars = u.cellvars.size;
  const nfreevars = u.freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  // build_cellfixedoffsets
  const fixed: number[] = [];
  for (let i = 0; i < ncellvars + nfreevars; i++) fixed.push(nlocals + i);
  for (const [name, cellindex] of u.cellvars) {
    const varindex = u.varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  if (!u.firstlineno) {
    const first = entry.instrs[0];
    u.firstlineno = first && first.lineno ? first.lineno : 1;
  }

  // insert_prefix_instructions
  const flags = computeCodeFlags(u, cg.cfFlags);
  const mk = (op: number, arg: number, lineno = -1, eline = -1): Instr => ({
    op, arg, target: null, except: null, lineno, end_lineno: eline, col: -1, end_col: -1,
  });
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    entry.instrs.unshift(mk(Op.RETURN_GENERATOR, 0, u.firstlineno, u.firstlineno), mk(Op.POP_TOP, 0));
  }
  if (ncellvars) {
    const nvars = ncellvars + nlocals;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    const cells: Instr[] = [];
    for (let i = 0; cells.length < ncellvars; i++) {
      const old = sorted[i]! - 1;
      if (old === -1) continue;
      cells.push(mk(Op.MAKE_CELL, old));
    }
    entry.instrs.unshift(...cells);
  }
  if (nfreevars) entry.instrs.unshift(mk(Op.COPY_FREE_VARS, nfreevars));

  // fix_cell_offsets
  let numdropped = 0;
  for (let i = 0; i < ncellvars + nfreevars; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= numdropped;
    else numdropped++;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_CLASSDEREF:
          ins.arg = fixed[ins.arg]!;
      }
    }
  }
  nlocalsplus -= numdropped;

  const consts = u.constList.slice();
  optimizeCfg(u, entry, new Optimizer(consts, table));
  duplicateExitsWithoutLineno(u);
  // trim_unused_consts
  let maxConst = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if ((ins.op === Op.LOAD_CONST || ins.op === Op.KW_NAMES) && ins.arg > maxConst) maxConst = ins.arg;
    }
  }
  if (maxConst + 1 < consts.length) consts.length = maxConst + 1;
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackdepth(u, entry);
  labelExceptionTargets(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) if (isBlockPush(ins) || ins.op === POP_BLOCK) ins.op = Op.NOP;
  }
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  normalizeJumps(entry);

  // Lay out: block offsets in instruction indices.
  const blocks = chain(entry);
  let total = 0;
  for (const b of blocks) {
    b.offset = total;
    total += b.instrs.length;
  }
  const code = new Int32Array(total * 2);
  const positions = new Int32Array(total * 4);
  const exc: number[] = [];
  let k = 0;
  let handler: Block | null = null;
  let start = -1;
  for (const b of blocks) {
    for (const ins of b.instrs) {
      code[2 * k] = ins.op;
      code[2 * k + 1] = isJump(ins) ? ins.target!.offset : ins.arg;
      const p = 4 * k;
      if (ins.lineno < 0) {
        positions[p] = positions[p + 1] = positions[p + 2] = positions[p + 3] = -1;
      } else if ((ins.col < 0 || ins.end_col < 0) && (ins.end_lineno === ins.lineno || ins.end_lineno === -1)) {
        positions[p] = ins.lineno;
        positions[p + 1] = ins.lineno;
        positions[p + 2] = -1;
        positions[p + 3] = -1;
      } else {
        positions[p] = ins.lineno;
        positions[p + 1] = ins.end_lineno;
        positions[p + 2] = ins.col < 0 ? -1 : ins.col;
        positions[p + 3] = ins.end_col < 0 ? -1 : ins.end_col;
      }
      if (ins.except !== handler) {
        if (handler) exc.push(...excEntry(start, k, handler));
        start = k;
        handler = ins.except;
      }
      k++;
    }
  }
  if (handler) exc.push(...excEntry(start, k, handler));

  // makecode
  const names = keysInOrder(u.names);
  const localsplusnames: string[] = new Array<string>(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, off] of u.varnames) {
    localsplusnames[off] = name;
    kinds[off] = 0x20 | (u.cellvars.has(name) ? 0x40 : 0);
  }
  let dropped = 0;
  for (const [name, v] of u.cellvars) {
    if (u.varnames.has(name)) {
      dropped++;
      continue;
    }
    const off = v + nlocals - dropped;
    localsplusnames[off] = name;
    kinds[off] = 0x40;
  }
  for (const [name, v] of u.freevars) {
    const off = v + nlocals - dropped;
    localsplusnames[off] = name;
    kinds[off] = 0x80;
  }
  const co_names_obj = table.nameTuple(names);
  const co_consts_obj = table.constsTuple(consts);
  const co_localsplusnames_obj = table.nameTuple(localsplusnames);
  return {
    co_name: u.name,
    co_qualname: u.qualname || u.name,
    co_filename: filename,
    co_firstlineno: u.firstlineno,
    co_argcount: u.posonlyargcount + u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_flags: flags,
    co_stacksize: maxdepth,
    co_code: code,
    co_consts: consts,
    co_names: names,
    co_localsplusnames: localsplusnames,
    co_localspluskinds: kinds,
    co_positions: positions,
    co_exceptiontable: Int32Array.from(exc),
    co_names_obj,
    co_consts_obj,
    co_localsplusnames_obj,
  };
}

function excEntry(start: number, end: number, handler: Block): number[] {
  let depth = handler.startdepth - 1;
  if (handler.preserveLasti) depth -= 1;
  return [start, end, handler.offset, depth, handler.preserveLasti ? 1 : 0];
}

function keysInOrder(d: Map<string, number>): string[] {
  const out = new Array<string>(d.size);
  for (const [k, v] of d) out[v] = k;
  return out;
}
