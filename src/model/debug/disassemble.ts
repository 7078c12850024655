// A frame's code object as `dis.dis` shows it in 3.11 (offsets in bytes of code
// units, CACHE entries not shown, argrepr for names, constants, comparisons and jump
// targets), with what each instruction does to reference counts — the ob_refcnt of the
// objects it touches now, where they can be known before it runs.

import type { PyObject } from '../objects/object';
import type { PyCodeObject } from '../objects/codeobject';
import type { InterpreterFrame } from '../vm/frame';
import { opname, hasjump, cmp_op, nb_ops, Op } from '../compiler/opcodes';
import { stackEffect } from '../compiler/flowgraph';
import { safeRepr } from './repr';
import type { Disassembly, Instruction } from './types';

function strOf(o: PyObject | undefined): string {
  return (o as unknown as { str?: string } | undefined)?.str ?? '?';
}

function countOf(o: PyObject | null | undefined): string {
  return o === null || o === undefined ? 'unbound' : `ob_refcnt ${o.ob_refcnt}`;
}

function argrepr(co: PyCodeObject, op: number, arg: number): string {
  switch (op) {
    case Op.LOAD_CONST: return safeRepr(co.consts[arg]);
    case Op.LOAD_GLOBAL: return (arg & 1 ? 'NULL + ' : '') + strOf(co.names[arg >> 1]);
    case Op.LOAD_FAST: case Op.STORE_FAST: case Op.DELETE_FAST: case Op.LOAD_CLOSURE: case Op.LOAD_DEREF:
    case Op.STORE_DEREF: case Op.DELETE_DEREF: case Op.MAKE_CELL: case Op.LOAD_CLASSDEREF:
      return strOf(co.localsplusnames[arg]);
    case Op.COMPARE_OP: return cmp_op[arg] ?? String(arg);
    case Op.BINARY_OP: return nb_ops[arg] ?? String(arg);
    default:
      if (hasName(op)) return strOf(co.names[arg]);
      if (hasjump.has(op)) return `to ${2 * co.unitOffsets[arg]}`;
      return '';
  }
}

function hasName(op: number): boolean {
  return op === Op.LOAD_NAME || op === Op.STORE_NAME || op === Op.DELETE_NAME || op === Op.LOAD_ATTR || op === Op.STORE_ATTR ||
    op === Op.DELETE_ATTR || op === Op.LOAD_METHOD || op === Op.IMPORT_NAME || op === Op.IMPORT_FROM || op === Op.STORE_GLOBAL ||
    op === Op.DELETE_GLOBAL;
}

/** The reference moves of an instruction, in the words the seed uses. */
function refEffect(frame: InterpreterFrame, co: PyCodeObject, op: number, arg: number): string {
  const local = (i: number): PyObject | null => frame.localsplus[i] ?? null;
  switch (op) {
    case Op.LOAD_FAST: case Op.LOAD_CLOSURE: return `+1: pushes a new reference to ${strOf(co.localsplusnames[arg])}'s object (now ${countOf(local(arg))})`;
    case Op.LOAD_CONST: return `+1: pushes a new reference to the constant (now ${countOf(co.consts[arg])})`;
    case Op.STORE_FAST: return `moves the stack's reference into ${strOf(co.localsplusnames[arg])}; −1 on the object it named before (${countOf(local(arg))})`;
    case Op.DELETE_FAST: return `−1: the name ${strOf(co.localsplusnames[arg])} lets go of its object (${countOf(local(arg))})`;
    case Op.LOAD_NAME: case Op.LOAD_GLOBAL: return '+1: pushes a new reference to the object the name is bound to';
    case Op.STORE_NAME: case Op.STORE_GLOBAL: return "moves the stack's reference into the namespace dict; −1 on the object the name was bound to";
    case Op.DELETE_NAME: case Op.DELETE_GLOBAL: return '−1: removes the name from the namespace dict';
    case Op.POP_TOP: return '−1: drops the reference on top of the stack';
    case Op.COPY: return '+1: another reference to the same object';
    case Op.BINARY_OP: return '−1 on each operand; pushes the result (a new reference)';
    case Op.BINARY_SUBSCR: return '−1 on the container and the index; +1 on the item it pushes';
    case Op.STORE_SUBSCR: return "moves the value's reference into the container; −1 on the container, the key, and the item replaced";
    case Op.BUILD_LIST: case Op.BUILD_TUPLE: case Op.BUILD_SET: return `allocates a ${opname[op].slice(6).toLowerCase()}; its ${arg} item reference(s) move from the stack into it`;
    case Op.BUILD_MAP: return `allocates a dict; ${2 * arg} references move from the stack into it`;
    case Op.LOAD_ATTR: case Op.LOAD_METHOD: return '−1 on the object; +1 on the attribute it pushes';
    case Op.STORE_ATTR: return "moves the value's reference into the attribute; −1 on the object and on the old value";
    case Op.CALL: return '+1 on each argument for the callee (its parameters), −1 on the callable and arguments after the call; pushes the result';
    case Op.RETURN_VALUE: return "the return value's reference goes to the caller; the frame's names let go of their objects";
    case Op.GET_ITER: return '−1 on the iterable; +1 on the iterator it pushes (which holds the iterable)';
    case Op.FOR_ITER: return '+1 on the next item it pushes; at the end, −1 on the iterator';
    case Op.MAKE_FUNCTION: return 'allocates a function object holding the code object and globals';
    case Op.LIST_APPEND: return "moves the item's reference into the list";
    case Op.BEFORE_WITH: return "replaces the manager with its bound __exit__ (a new method object holding the manager's reference), then pushes __enter__()'s result";
    case Op.WITH_EXCEPT_START: return "calls the bound __exit__ with the exception's type, the exception and its traceback (borrowed: no tuple is made); pushes its result";
    default: return '';
  }
}

export function disassemble(frame: InterpreterFrame, nextPc: number): Disassembly {
  const co = frame.f_code;
  const n = co.co_code.length >> 1;
  const instructions: Instruction[] = [];
  for (let i = 0; i < n; i++) {
    const op = co.co_code[2 * i];
    const arg = co.co_code[2 * i + 1];
    instructions.push({
      index: i,
      offset: 2 * co.unitOffsets[i],
      opname: opname[op] ?? `<${op}>`,
      arg: op >= 90 || hasjump.has(op) ? arg : null,
      argrepr: argrepr(co, op, arg),
      line: co.lineOf(i),
      refEffect: refEffect(frame, co, op, arg),
      current: i === nextPc,
    });
  }
  return { code: co.qualname, filename: co.filename, firstLine: co.co_firstlineno, instructions };
}

/** The names of the functions the line of `nextPc` calls, in the order they appear in the
 *  source (`f(g(1))`: f, g), for stepInTargets. The line's instructions run on a stack of
 *  labels (the name a slot was loaded by, or none), so that each CALL finds its callable
 *  under its arguments as 3.11 lays them out: [NULL or method, callable or self, args...]. */
export function callTargets(frame: InterpreterFrame, nextPc: number): string[] {
  const co = frame.f_code;
  const line = co.lineOf(nextPc);
  const n = co.co_code.length >> 1;
  const found: { name: string; at: number }[] = [];
  type Label = { name: string; at: number } | null;
  const stack: Label[] = [];
  const push = (l: Label): void => { stack.push(l); };
  const pop = (k: number): void => { stack.length = Math.max(0, stack.length - k); };
  for (let i = 0; i < n; i++) {
    if (co.lineOf(i) !== line) continue;
    const op = co.co_code[2 * i], arg = co.co_code[2 * i + 1];
    switch (op) {
      case Op.LOAD_NAME: push({ name: strOf(co.names[arg]), at: i }); break;
      case Op.LOAD_GLOBAL:
        if (arg & 1) push(null);
        push({ name: strOf(co.names[arg >> 1]), at: i });
        break;
      case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: push({ name: strOf(co.localsplusnames[arg]), at: i }); break;
      case Op.LOAD_ATTR: pop(1); push({ name: strOf(co.names[arg]), at: i }); break;
      case Op.LOAD_METHOD: pop(1); push({ name: strOf(co.names[arg]), at: i }); push(null); break;
      case Op.CALL: {
        const callee = stack[stack.length - arg - 1] ?? stack[stack.length - arg - 2] ?? null;
        if (callee !== null && callee !== undefined && !found.some((f) => f.name === callee.name)) found.push(callee);
        pop(arg + 2);
        push(null);
        break;
      }
      case Op.PRECALL: case Op.KW_NAMES: case Op.NOP: case Op.RESUME: break;
      default: {
        const e = stackEffect(op, arg, 0);
        if (e > 0) for (let k = 0; k < e; k++) push(null);
        else {
          pop(-e);
          // What an operation leaves on the stack is its result, not the name below it.
          if (!isStore(op) && stack.length > 0) stack[stack.length - 1] = null;
        }
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

function isStore(op: number): boolean {
  return op === Op.POP_TOP || op === Op.STORE_NAME || op === Op.STORE_FAST || op === Op.STORE_GLOBAL || op === Op.STORE_DEREF
    || op === Op.STORE_ATTR || op === Op.STORE_SUBSCR || op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE
    || op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
}
