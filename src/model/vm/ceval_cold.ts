// The eval loop's out-of-line opcodes: one table, called from one call site of
// _PyEval_EvalFrameDefault. An opcode (or the slow path of a hot one) that first
// runs after V8 has optimized the loop then reaches a call site that already has
// type feedback, instead of a case of its own without any, which would throw the
// loop's optimized code away (a "soft deopt") and make V8 compile the whole loop
// again. It also keeps the loop's function small, so each compile is quicker.
//
// Every handler takes the frame, its value stack, the stack top and oparg, and
// returns the new stack top; one that jumps stores the target in coldJump[0]. The
// loop has saved frame.prev_instr (the instruction running) before the call.
// Errors follow ceval_ops.ts: before rethrowing, a handler releases the stack
// items CPython's TARGET had released before `goto error` (in the same order as
// the loop's errPop release) and empties their slots.

import { PyObject, Py_DECREF, Py_INCREF, Py_XDECREF } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_AssertionError, PyExc_NameError } from '../objects/exceptions';
import {
  PyNumber_Positive, PyNumber_Negative, PyNumber_Invert, PyObject_IsTrue, PyObject_SetAttr, PyObject_DelItem,
  PyObject_GetIter, PyObject_Size, _Py_ID,
} from '../objects/abstract';
import { Py_True, Py_False } from '../objects/boolobject';
import { Py_None } from '../objects/singletons';
import { PyLong_FromNumber } from '../objects/longobject';
import { PyList_AsTuple } from '../objects/listobject';
import { PyDict_GetItemWithError, PyDict_SetItem, PyDict_CheckExact } from '../objects/dictobject';
import { PySet_Add, _PySet_Update } from '../objects/setobject';
import { PySlice_New } from '../objects/sliceobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { PyCell_New } from './cellobject';
import type { PyCellObject } from './cellobject';
import type { PyFunctionObject } from './funcobject';
import type { InterpreterFrame } from './frame';
import { tstate } from './pystate';
import { PyGen_CheckExact } from './genobject';
import { _PyDict_StoreNameCached } from './specialize';
import * as ops from './ceval_ops';
import {
  format_exc_unbound, unpack_iterable, import_name, import_from, check_except_type_valid, exceptionMatches,
  setup_annotations,
} from './ceval';

export type ColdOp = (frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number) => number;

/** A jump taken by a handler (the next instruction's index), or -1. */
export const coldJump = new Int32Array(1);
coldJump[0] = -1;

/** The loop's errPop release for a handler that raised with its operands still on
 *  the stack: releases the top `n` items (bottom first) and empties their slots. */
function releaseTop(ls: (PyObject | null)[], sp: number, n: number): void {
  for (let k = sp - n; k < sp; k++) {
    const o = ls[k];
    ls[k] = null;
    if (o !== null) Py_DECREF(o);
  }
}

function unaryOp(f: (o: PyObject) => PyObject): ColdOp {
  return (_frame, ls, sp) => {
    const value = ls[sp - 1] as PyObject;
    let res: PyObject;
    try {
      res = f(value);
    } catch (e) {
      releaseTop(ls, sp, 1);
      throw e;
    }
    Py_DECREF(value);
    ls[sp - 1] = res;
    return sp;
  };
}

/** UNARY_NOT. */
function UNARY_NOT(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const value = ls[sp - 1] as PyObject;
  let r: boolean;
  try {
    r = PyObject_IsTrue(value);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  Py_DECREF(value);
  const b = r ? Py_False : Py_True;
  b.ob_refcnt++;
  ls[sp - 1] = b;
  return sp;
}

/** POP_JUMP_*_IF_FALSE / _IF_TRUE with an operand that is not a bool (the loop
 *  handles True and False itself). */
function popJumpIf(jumpWhen: boolean): ColdOp {
  return (_frame, ls, sp, oparg) => {
    const cond = ls[sp - 1] as PyObject;
    let r: boolean;
    try {
      r = PyObject_IsTrue(cond);
    } catch (e) {
      releaseTop(ls, sp, 1);
      throw e;
    }
    sp--;
    Py_DECREF(cond);
    if (r === jumpWhen) coldJump[0] = oparg;
    return sp;
  };
}

/** JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP with an operand that is not a bool. */
function jumpIfOrPop(jumpWhen: boolean): ColdOp {
  return (_frame, ls, sp, oparg) => {
    const cond = ls[sp - 1] as PyObject;
    if (PyObject_IsTrue(cond) === jumpWhen) {
      coldJump[0] = oparg;
      return sp;
    }
    sp--;
    Py_DECREF(cond);
    return sp;
  };
}

/** FOR_ITER once the iterator is exhausted: pop it and jump past the loop body. */
function FOR_ITER_exhausted(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const iter = ls[--sp] as PyObject;
  Py_DECREF(iter);
  coldJump[0] = oparg;
  return sp;
}

/** UNPACK_SEQUENCE of anything but a tuple or list of the right length. */
function UNPACK_SEQUENCE(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const seq = ls[sp - 1] as PyObject;
  try {
    unpack_iterable(seq, oparg, -1, ls, sp - 1 + oparg);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  sp = sp - 1 + oparg;
  Py_DECREF(seq);
  return sp;
}

function UNPACK_EX(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const totalargs = 1 + (oparg & 0xff) + (oparg >> 8);
  const seq = ls[sp - 1] as PyObject;
  try {
    unpack_iterable(seq, oparg & 0xff, oparg >> 8, ls, sp - 1 + totalargs);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  sp = sp - 1 + totalargs;
  Py_DECREF(seq);
  return sp;
}

function SET_ADD(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const v = ls[sp - 1] as PyObject;
  const set = ls[sp - 1 - oparg] as PyObject;
  try {
    PySet_Add(set, v);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  sp--;
  Py_DECREF(v);
  return sp;
}

function DELETE_SUBSCR(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const sub = ls[sp - 1] as PyObject;
  const container = ls[sp - 2] as PyObject;
  try {
    PyObject_DelItem(container, sub);
  } catch (e) {
    releaseTop(ls, sp, 2);
    throw e;
  }
  sp -= 2;
  Py_DECREF(container);
  Py_DECREF(sub);
  return sp;
}

function POP_EXCEPT(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const exc_info = tstate.exc_info;
  const value = exc_info.exc_value;
  exc_info.exc_value = ls[--sp];
  Py_XDECREF(value);
  return sp;
}

function PUSH_EXC_INFO(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const value = ls[sp - 1] as PyObject;
  const exc_info = tstate.exc_info;
  if (exc_info.exc_value !== null) {
    ls[sp - 1] = exc_info.exc_value;
  } else {
    Py_INCREF(Py_None);
    ls[sp - 1] = Py_None;
  }
  Py_INCREF(value);
  ls[sp++] = value;
  exc_info.exc_value = value;
  return sp;
}

function CHECK_EXC_MATCH(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const right = ls[sp - 1] as PyObject;
  const left = ls[sp - 2] as PyObject;
  try {
    check_except_type_valid(right);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  const res = exceptionMatches(left, right);
  sp--;
  Py_DECREF(right);
  const b = res ? Py_True : Py_False;
  b.ob_refcnt++;
  ls[sp++] = b;
  return sp;
}

function LOAD_ASSERTION_ERROR(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const value = PyExc_AssertionError;
  Py_INCREF(value);
  ls[sp++] = value;
  return sp;
}

function LOAD_BUILD_CLASS(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const bc = PyDict_GetItemWithError(frame.f_builtins, _Py_ID('__build_class__'));
  if (bc === null) PyErr_SetString(PyExc_NameError, '__build_class__ not found');
  Py_INCREF(bc);
  ls[sp++] = bc;
  return sp;
}

function DELETE_ATTR(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const name = frame.f_code.names[oparg];
  const owner = ls[sp - 1] as PyObject;
  try {
    PyObject_SetAttr(owner, name, null);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  sp--;
  Py_DECREF(owner);
  return sp;
}

function STORE_GLOBAL(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const co = frame.f_code;
  const name = co.names[oparg];
  const v = ls[sp - 1] as PyObject;
  try {
    const globals = frame.f_globals;
    if (PyDict_CheckExact(globals)) _PyDict_StoreNameCached(co, frame.prev_instr, globals, name, v);
    else PyDict_SetItem(globals, name, v);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  sp--;
  Py_DECREF(v);
  return sp;
}

function DELETE_FAST(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const v = ls[oparg];
  if (v === null) format_exc_unbound(frame.f_code, oparg);
  ls[oparg] = null;
  Py_DECREF(v);
  return sp;
}

function MAKE_CELL(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const initial = ls[oparg];
  const cell = PyCell_New(initial);
  ls[oparg] = cell;
  // SETLOCAL decrefs the old value: the cell took its own reference.
  if (initial !== null) Py_DECREF(initial);
  return sp;
}

function DELETE_DEREF(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const cell = ls[oparg] as PyCellObject;
  const oldobj = cell.ob_ref;
  if (oldobj === null) format_exc_unbound(frame.f_code, oparg);
  cell.ob_ref = null;
  Py_DECREF(oldobj);
  return sp;
}

function COPY_FREE_VARS(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const co = frame.f_code;
  const closure = ((frame.f_func as PyFunctionObject).func_closure as PyTupleObject).ob_item;
  const offset = co.co_nlocals + co.co_nplaincellvars;
  for (let k = 0; k < oparg; k++) {
    const o = closure[k];
    Py_INCREF(o);
    ls[offset + k] = o;
  }
  return sp;
}

function LIST_TO_TUPLE(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const list = ls[sp - 1] as PyObject;
  let tuple: PyObject;
  try {
    tuple = PyList_AsTuple(list);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  Py_DECREF(list);
  ls[sp - 1] = tuple;
  return sp;
}

function SET_UPDATE(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const iterable = ls[sp - 1] as PyObject;
  const set = ls[sp - 1 - oparg] as PyObject;
  try {
    _PySet_Update(set, iterable);
  } catch (e) {
    releaseTop(ls, sp, 1);
    throw e;
  }
  sp--;
  Py_DECREF(iterable);
  return sp;
}

function IMPORT_NAME(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const name = frame.f_code.names[oparg];
  const fromlist = ls[sp - 1] as PyObject;
  const level = ls[sp - 2] as PyObject;
  let res: PyObject;
  try {
    res = import_name(frame, name, fromlist, level);
  } catch (e) {
    releaseTop(ls, sp, 2);
    throw e;
  }
  sp--;
  Py_DECREF(level);
  Py_DECREF(fromlist);
  ls[sp - 1] = res;
  return sp;
}

function IMPORT_FROM(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const name = frame.f_code.names[oparg];
  const from = ls[sp - 1] as PyObject;
  const res = import_from(from, name);
  ls[sp++] = res;
  return sp;
}

function GET_LEN(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const len_i = PyObject_Size(ls[sp - 1] as PyObject);
  ls[sp++] = PyLong_FromNumber(len_i);
  return sp;
}

function GET_YIELD_FROM_ITER(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const iterable = ls[sp - 1] as PyObject;
  if (!PyGen_CheckExact(iterable)) {
    let iter: PyObject;
    try {
      iter = PyObject_GetIter(iterable);
    } catch (e) {
      releaseTop(ls, sp, 1);
      throw e;
    }
    Py_DECREF(iterable);
    ls[sp - 1] = iter;
  }
  return sp;
}

function BUILD_SLICE(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const step = oparg === 3 ? ls[--sp] : null;
  const stop = ls[--sp] as PyObject;
  const start = ls[sp - 1] as PyObject;
  const slice = PySlice_New(start, stop, step);
  Py_DECREF(start);
  Py_DECREF(stop);
  Py_XDECREF(step);
  ls[sp - 1] = slice;
  return sp;
}

function SETUP_ANNOTATIONS(frame: InterpreterFrame, _ls: (PyObject | null)[], sp: number): number {
  setup_annotations(frame);
  return sp;
}

/** PRINT_EXPR (interactive only). */
function PRINT_EXPR(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  const value = ls[--sp] as PyObject;
  Py_DECREF(value);
  return sp;
}

function unsupported(frame: InterpreterFrame, _ls: (PyObject | null)[], _sp: number): number {
  const pc = frame.prev_instr;
  throw new Error(`internal: unsupported opcode ${frame.f_code.co_words[pc] & 0xff} at ${frame.f_code.qualname}:${pc}`);
}

/** The handlers by opcode (slow paths of inline opcodes under the same number). */
export const coldOps: ColdOp[] = new Array<ColdOp>(256).fill(unsupported);
coldOps[10] = unaryOp(PyNumber_Positive); // UNARY_POSITIVE
coldOps[11] = unaryOp(PyNumber_Negative); // UNARY_NEGATIVE
coldOps[15] = unaryOp(PyNumber_Invert); // UNARY_INVERT
coldOps[12] = UNARY_NOT;
coldOps[114] = popJumpIf(false); // POP_JUMP_FORWARD_IF_FALSE
coldOps[175] = popJumpIf(false); // POP_JUMP_BACKWARD_IF_FALSE
coldOps[115] = popJumpIf(true); // POP_JUMP_FORWARD_IF_TRUE
coldOps[176] = popJumpIf(true); // POP_JUMP_BACKWARD_IF_TRUE
coldOps[111] = jumpIfOrPop(false); // JUMP_IF_FALSE_OR_POP
coldOps[112] = jumpIfOrPop(true); // JUMP_IF_TRUE_OR_POP
coldOps[93] = FOR_ITER_exhausted;
coldOps[92] = UNPACK_SEQUENCE;
coldOps[94] = UNPACK_EX;
coldOps[146] = SET_ADD;
coldOps[61] = DELETE_SUBSCR;
coldOps[89] = POP_EXCEPT;
coldOps[35] = PUSH_EXC_INFO;
coldOps[36] = CHECK_EXC_MATCH;
coldOps[74] = LOAD_ASSERTION_ERROR;
coldOps[71] = LOAD_BUILD_CLASS;
coldOps[91] = ops.DELETE_NAME;
coldOps[96] = DELETE_ATTR;
coldOps[97] = STORE_GLOBAL;
coldOps[98] = ops.DELETE_GLOBAL;
coldOps[126] = DELETE_FAST;
coldOps[135] = MAKE_CELL;
coldOps[139] = DELETE_DEREF;
coldOps[148] = ops.LOAD_CLASSDEREF;
coldOps[149] = COPY_FREE_VARS;
coldOps[157] = ops.BUILD_STRING;
coldOps[82] = LIST_TO_TUPLE;
coldOps[162] = ops.LIST_EXTEND;
coldOps[163] = SET_UPDATE;
coldOps[104] = ops.BUILD_SET;
coldOps[105] = ops.BUILD_MAP;
coldOps[156] = ops.BUILD_CONST_KEY_MAP;
coldOps[165] = ops.DICT_UPDATE;
coldOps[164] = ops.DICT_MERGE;
coldOps[147] = ops.MAP_ADD;
coldOps[108] = IMPORT_NAME;
coldOps[109] = IMPORT_FROM;
coldOps[30] = GET_LEN;
coldOps[69] = GET_YIELD_FROM_ITER;
coldOps[142] = ops.CALL_FUNCTION_EX;
coldOps[132] = ops.MAKE_FUNCTION;
coldOps[133] = BUILD_SLICE;
coldOps[155] = ops.FORMAT_VALUE;
coldOps[85] = SETUP_ANNOTATIONS;
coldOps[70] = PRINT_EXPR;

