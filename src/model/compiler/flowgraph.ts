// The compiler's intermediate form (Python/compile.c 3.11): basic blocks of
// instructions whose jumps point at blocks, plus the pseudo-instructions the
// code generator uses (SETUP_FINALLY, POP_BLOCK, JUMP, POP_JUMP_IF_FALSE...) that
// the assembler turns into real opcodes and the exception table.

import { Op } from './opcodes';

// Pseudo-instructions (negative, as compile.c numbers them).
export const SETUP_FINALLY = -1;
export const SETUP_CLEANUP = -2;
export const SETUP_WITH = -3;
export const POP_BLOCK = -4;
export const JUMP = -5;
export const JUMP_NO_INTERRUPT = -6;
export const POP_JUMP_IF_FALSE = -7;
export const POP_JUMP_IF_TRUE = -8;
export const POP_JUMP_IF_NONE = -9;
export const POP_JUMP_IF_NOT_NONE = -10;

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  /** Handler block when an exception is raised (set by label_exception_targets). */
  except: Block | null;
  lineno: number;
  end_lineno: number;
  col: number;
  end_col: number;
}

export class ExceptStack {
  handlers: (Block | null)[] = [null];
  depth = 0;
  copy(): ExceptStack {
    const c = new ExceptStack();
    c.handlers = this.handlers.slice(0, this.depth + 1);
    c.depth = this.depth;
    return c;
  }
}

export class Block {
  instrs: Instr[] = [];
  /** The block reached by normal control flow (b_next). */
  next: Block | null = null;
  nofallthrough = false;
  exit = false;
  isReturn = false;
  preserveLasti = false;
  visited = false;
  predecessors = 0;
  startdepth = -0x7fffffff;
  offset = 0;
  exceptstack: ExceptStack | null = null;
}

const REAL_JUMPS: number[] = [
  Op.FOR_ITER, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.SEND,
  Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE,
  Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_FORWARD_IF_NOT_NONE,
  Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
  Op.POP_JUMP_BACKWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
];
/** Indexed by opcode + 16 (pseudo-ops are negative). */
const JUMP_TABLE = new Uint8Array(16 + 256);
for (const op of REAL_JUMPS) JUMP_TABLE[op + 16] = 1;
for (let op = POP_JUMP_IF_NOT_NONE; op <= JUMP; op++) JUMP_TABLE[op + 16] = 1;

/** Whether a final opcode's argument is a jump target (an instruction index). */
export function hasJumpTarget(op: number): boolean {
  return op >= 0 && JUMP_TABLE[op + 16] === 1;
}

export function isJump(i: Instr): boolean {
  return JUMP_TABLE[i.op + 16] === 1;
}
export function isBlockPush(i: Instr): boolean {
  return i.op === SETUP_FINALLY || i.op === SETUP_WITH || i.op === SETUP_CLEANUP;
}
export function isEndOfBasicBlock(i: Instr): boolean {
  return isJump(i) || i.op === Op.RETURN_VALUE || i.op === Op.RAISE_VARARGS || i.op === Op.RERAISE;
}

/** FVS_HAVE_SPEC etc. (Include/ceval.h) */
export const FVS_MASK = 0x4;
export const FVS_HAVE_SPEC = 0x4;

/** stack_effect(opcode, oparg, jump): jump 0 = fall through, 1 = jump taken. */
export function stackEffect(op: number, oparg: number, jump: number): number {
  switch (op) {
    case Op.NOP:
    case Op.EXTENDED_ARG:
    case Op.RESUME:
    case Op.CACHE:
      return 0;
    case Op.POP_TOP:
      return -1;
    case Op.SWAP:
      return 0;
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
      return 0;
    case Op.SET_ADD:
    case Op.LIST_APPEND:
      return -1;
    case Op.MAP_ADD:
      return -2;
    case Op.BINARY_SUBSCR:
      return -1;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.DELETE_SUBSCR:
      return -2;
    case Op.GET_ITER:
      return 0;
    case Op.PRINT_EXPR:
      return -1;
    case Op.LOAD_BUILD_CLASS:
      return 1;
    case Op.RETURN_VALUE:
      return -1;
    case Op.IMPORT_STAR:
      return -1;
    case Op.SETUP_ANNOTATIONS:
      return 0;
    case Op.ASYNC_GEN_WRAP:
    case Op.YIELD_VALUE:
      return 0;
    case POP_BLOCK:
      return 0;
    case Op.POP_EXCEPT:
      return -1;
    case Op.STORE_NAME:
      return -1;
    case Op.DELETE_NAME:
      return 0;
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.FOR_ITER:
      return jump > 0 ? -1 : 1;
    case Op.SEND:
      return jump > 0 ? -1 : 0;
    case Op.STORE_ATTR:
      return -2;
    case Op.DELETE_ATTR:
      return -1;
    case Op.STORE_GLOBAL:
      return -1;
    case Op.DELETE_GLOBAL:
      return 0;
    case Op.LOAD_CONST:
    case Op.LOAD_NAME:
      return 1;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
      return -oparg;
    case Op.LOAD_ATTR:
      return 0;
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
      return -1;
    case Op.CHECK_EXC_MATCH:
    case Op.CHECK_EG_MATCH:
      return 0;
    case Op.IMPORT_NAME:
      return -1;
    case Op.IMPORT_FROM:
      return 1;
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case JUMP:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case JUMP_NO_INTERRUPT:
      return 0;
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.JUMP_IF_FALSE_OR_POP:
      return jump ? 0 : -1;
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case POP_JUMP_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case POP_JUMP_IF_TRUE:
      return -1;
    case Op.LOAD_GLOBAL:
      return (oparg & 1) + 1;
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    case Op.PREP_RERAISE_STAR:
      return -1;
    case Op.RERAISE:
      return -1;
    case Op.PUSH_EXC_INFO:
      return 1;
    case Op.WITH_EXCEPT_START:
      return 1;
    case Op.LOAD_FAST:
      return 1;
    case Op.STORE_FAST:
      return -1;
    case Op.DELETE_FAST:
      return 0;
    case Op.RETURN_GENERATOR:
      return 0;
    case Op.RAISE_VARARGS:
      return -oparg;
    case Op.PRECALL:
      return -oparg;
    case Op.KW_NAMES:
      return 0;
    case Op.CALL:
      return -1;
    case Op.CALL_FUNCTION_EX:
      return -2 - (oparg & 1);
    case Op.MAKE_FUNCTION:
      return -(oparg & 1 ? 1 : 0) - (oparg & 2 ? 1 : 0) - (oparg & 4 ? 1 : 0) - (oparg & 8 ? 1 : 0);
    case Op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
      return 0;
    case Op.LOAD_CLOSURE:
      return 1;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
      return 1;
    case Op.STORE_DEREF:
      return -1;
    case Op.DELETE_DEREF:
      return 0;
    case Op.GET_AWAITABLE:
      return 0;
    case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH:
      return 1;
    case Op.GET_AITER:
      return 0;
    case Op.GET_ANEXT:
      return 1;
    case Op.GET_YIELD_FROM_ITER:
      return 0;
    case Op.END_ASYNC_FOR:
      return -2;
    case Op.FORMAT_VALUE:
      return (oparg & FVS_MASK) === FVS_HAVE_SPEC ? -1 : 0;
    case Op.LOAD_METHOD:
      return 1;
    case Op.LOAD_ASSERTION_ERROR:
      return 1;
    case Op.LIST_TO_TUPLE:
      return 0;
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
      return -1;
    case Op.MATCH_CLASS:
      return -2;
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
      return 1;
    case Op.COPY:
    case Op.PUSH_NULL:
      return 1;
    case Op.BINARY_OP:
      return -1;
  }
  throw new Error(`stack_effect: unknown opcode ${op}`);
}
