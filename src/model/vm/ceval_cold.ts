// The eval loop's out-of-line opcodes: one table, called from one call site of
// _PyEval_EvalFrameDefault. An opcode (or the slow path of a hot one) that first
// runs after V8 has optimized the loop then reaches a call site that already has
// type feedback, instead of a case of its own without any, which would throw the
// loop's optimized code away (a "soft deopt") and make V8 compile the whole loop
// again. It also keeps the loop's function small, so each compile is quicker.
//
// The budget check (evalhooks.ts) comes through the same call site, as opcode 0,
// every BUDGET_CHUNK instructions: that gives the site its feedback early in every
// run, before V8 first optimizes the loop.
//
// Every handler takes the frame, its value stack, the stack top and oparg, and
// returns the new stack top; one that can jump stores the next instruction's index
// in coldPc[0] as its last act (ceval_cold does it for the others). The
// loop has saved frame.prev_instr (the instruction running) before the call.
// Errors follow ceval_ops.ts: before rethrowing, a handler releases the stack
// items CPython's TARGET had released before `goto error` (in the same order as
// the loop's errPop release) and empties their slots.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, CompareOp } from '../objects/object';
import { PyType_Type } from '../objects/typebase';
import { _PyType_CallPlain } from '../objects/typeobject';
import { PyException, PyErr_SetString, PyErr_Clear } from '../objects/errors';
import { PyExc_AssertionError, PyExc_NameError, PyExc_SystemError, PyExc_KeyError } from '../objects/exceptions';
import { _PyHeap_RefuseMissingBuiltin } from '../objects/unsupported';
import {
  PyNumber_Positive, PyNumber_Negative, PyNumber_Invert, PyObject_IsTrue, PyObject_SetAttr, PyObject_DelItem,
  PyObject_GetIter, PyObject_Size, PyObject_GetItem, PyObject_Vectorcall, PyObject_RichCompare, do_richcompare, _Py_ID,
} from '../objects/abstract';
import { callBuiltinNoKw, callSpecializedForm } from './call_builtin';
import { tracerAllocates, trace_call_method_descr } from './trace_call';
import { _PyPrecall_Form, _PyPrecall_SkipsGuard, _PyCompareOp_IsGeneric, Form } from './quicken';
import { Py_True, Py_False } from '../objects/boolobject';
import { Py_None } from '../objects/singletons';
import { PyLong_FromNumber } from '../objects/longobject';
import { PyList_AsTuple } from '../objects/listobject';
import { PyDict_GetItemWithError, PyDict_SetItem, PyDict_CheckExact, _PyDict_LoadGlobal } from '../objects/dictobject';
import { PyUnicode_AsString } from '../objects/unicodeobject';
import { PySet_Add, _PySet_Update } from '../objects/setobject';
import { PySlice_New } from '../objects/sliceobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { PyCell_New } from '../objects/cellobject';
import type { PyCellObject } from '../objects/cellobject';
import type { PyFunctionObject } from '../objects/funcobject';
import { FrameOwner } from './frame';
import type { InterpreterFrame } from './frame';
import { tstate } from './pystate';
import { evalHooks, evalBudget } from './evalhooks';
import { DO_TRACING, DO_TRACING_LINE, DO_TRACING_PREV, rearmSite, runOriginalOnce, syncCode } from './instrumentation';
import { tracing, traceInstruction } from './tracing';
import { PyGen_CheckExact, _Py_MakeCoro, GenState } from './genobject';
import type { PyGenObject } from './genobject';
import { _PyDict_StoreNameCached, _Py_Specialize_LoadGlobal, _Py_Specialize_LoadName } from './specialize';
import * as ops from './ceval_ops';
import { BEFORE_WITH, WITH_EXCEPT_START } from './ceval_with';
import {
  NAME_ERROR_MSG, format_exc_check_arg, reprOf, format_exc_unbound, unpack_iterable, import_name, import_from,
  check_except_type_valid, exceptionMatches, setup_annotations,
} from './ceval';

export type ColdOp = (frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number) => number;

/** The index of the instruction to run next, stored by ceval_cold after the handler
 *  (after any Python code it ran in nested activations of the loop, which use this
 *  cell too) and read by the loop after every call, so the access never lacks type
 *  feedback. COLD_PAUSE asks the loop to pause. */
export const coldPc = new Int32Array(1);

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
  return (frame, ls, sp, oparg) => {
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
    coldPc[0] = r === jumpWhen ? oparg : frame.prev_instr + 1;
    return sp;
  };
}

/** JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP with an operand that is not a bool. */
function jumpIfOrPop(jumpWhen: boolean): ColdOp {
  return (frame, ls, sp, oparg) => {
    const cond = ls[sp - 1] as PyObject;
    if (PyObject_IsTrue(cond) === jumpWhen) {
      coldPc[0] = oparg;
      return sp;
    }
    sp--;
    Py_DECREF(cond);
    coldPc[0] = frame.prev_instr + 1;
    return sp;
  };
}

/** FOR_ITER once the iterator is exhausted: pop it and jump past the loop body. */
function FOR_ITER_exhausted(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const iter = ls[--sp] as PyObject;
  Py_DECREF(iter);
  coldPc[0] = oparg;
  return sp;
}

/** FOR_ITER whose inline fast path (range and list iterators) found the end: the
 *  iterator's tp_iternext runs as the generic path would run it, returning NULL
 *  after its own end-of-iteration work. */
export const FOR_ITER_AT_END = 256 + 93;
function FOR_ITER_at_end(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const iter = ls[sp - 1] as PyObject;
  (iter.ob_type.tp_iternext as (o: PyObject) => PyObject | null)(iter);
  return FOR_ITER_exhausted(frame, ls, sp, oparg);
}

/** RETURN_GENERATOR's first half: the generator object, whose frame takes over every
 *  reference of `frame` (_PyFrame_Copy); the loop then leaves the frame. */
export function make_generator(frame: InterpreterFrame, sp: number): PyGenObject {
  const gen = _Py_MakeCoro(frame.f_func as PyFunctionObject);
  const gf = gen.gi_iframe;
  const ls = frame.localsplus;
  gf.f_func = frame.f_func;
  gf.f_code = frame.f_code;
  gf.f_globals = frame.f_globals;
  gf.f_builtins = frame.f_builtins;
  gf.f_locals = frame.f_locals;
  gf.prev_instr = frame.prev_instr;
  gf.stacktop = sp;
  for (let k = 0; k < sp; k++) {
    gf.localsplus[k] = ls[k];
    ls[k] = null;
  }
  gen.gi_frame_state = GenState.CREATED;
  gf.owner = FrameOwner.GENERATOR;
  return gen;
}


/** An instruction that replaces its two operands (left below right) with f's result;
 *  both are released afterwards, left first, or left to the loop's cleanup on error. */
function binaryOp(f: (left: PyObject, right: PyObject, frame: InterpreterFrame, oparg: number) => PyObject): ColdOp {
  return (frame, ls, sp, oparg) => {
    const right = ls[sp - 1] as PyObject;
    const left = ls[sp - 2] as PyObject;
    let res: PyObject;
    try {
      res = f(left, right, frame, oparg);
    } catch (e) {
      releaseTop(ls, sp, 2);
      throw e;
    }
    sp--;
    ls[sp - 1] = res;
    Py_DECREF(left);
    Py_DECREF(right);
    return sp;
  };
}

/** BINARY_SUBSCR's generic path (the loop reads exact lists and tuples itself). */
const BINARY_SUBSCR = binaryOp(PyObject_GetItem);

/** COMPARE_OP's generic path (the loop compares exact ints itself). */
const COMPARE_OP = binaryOp((left, right, frame, oparg) =>
  // COMPARE_OP_FLOAT_JUMP / _STR_JUMP compare without PyObject_RichCompare's guard.
  _PyCompareOp_IsGeneric(frame.f_code, frame.prev_instr, left, right, oparg)
    ? PyObject_RichCompare(left, right, oparg as CompareOp) : do_richcompare(left, right, oparg as CompareOp));

/** CALL's kwnames (KW_NAMES) for the out-of-line C call: the loop moves its own here. */
export const callKwnames: (PyObject | null)[] = [null];

/** CALL of anything but a Python function: a specialized C call (call_builtin.ts), else
 *  vectorcall with the stack slice; then the callable and the arguments are released. */
function CALL(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const kwn = callKwnames[0];
  callKwnames[0] = null;
  const is_meth = ls[sp - oparg - 2] !== null ? 1 : 0;
  const total_args = oparg + is_meth;
  const fn = ls[sp - total_args - 1] as PyObject;
  const nkw = kwn === null ? 0 : (kwn as PyTupleObject).ob_item.length;
  frame.stacktop = sp;
  const form = _PyPrecall_Form(frame.f_code, frame.prev_instr - 1, ls, sp, oparg);
  let res: PyObject | null;
  try {
    res = form === Form.GENERIC ? null : callSpecializedForm(form, fn, ls, sp, total_args, kwn);
    if (res === null && tracerAllocates()) {
      res = trace_call_method_descr(fn, ls.slice(sp - total_args, sp) as PyObject[], total_args - nkw, kwn);
    }
    if (res === null && kwn === null) res = callBuiltinNoKw(fn, ls, sp, total_args, !_PyPrecall_SkipsGuard(form));
    if (res === null && kwn === null && fn.ob_type === PyType_Type) {
      res = _PyType_CallPlain(fn as PyTypeObject, ls, sp - total_args, total_args);
    }
    if (res === null) {
      res = PyObject_Vectorcall(fn, ls.slice(sp - total_args, sp) as PyObject[], total_args - nkw, kwn);
    }
  } catch (e) {
    releaseTop(ls, sp, total_args + 2 - is_meth);
    throw e;
  }
  Py_DECREF(fn);
  sp -= total_args;
  for (let k = 0; k < total_args; k++) {
    const a = ls[sp + k] as PyObject;
    if (--a.ob_refcnt === 0) a.ob_type.tp_dealloc(a);
  }
  sp -= 2 - is_meth;
  ls[sp++] = res;
  return sp;
}

/** LOAD_NAME when the cache does not answer: the generic lookup (locals, globals,
 *  builtins), after which the cache is filled. */
function LOAD_NAME(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const co = frame.f_code;
  const name = co.names[oparg];
  const locals = frame.f_locals;
  if (locals === null) PyErr_SetString(PyExc_SystemError, `no locals when loading ${reprOf(name)}`);
  let v: PyObject | null;
  if (PyDict_CheckExact(locals)) {
    v = PyDict_GetItemWithError(locals, name);
    if (v !== null) Py_INCREF(v);
  } else {
    try {
      v = PyObject_GetItem(locals, name);
    } catch (e) {
      if (!(e instanceof PyException) || e.type !== PyExc_KeyError) throw e;
      PyErr_Clear(e);
      v = null;
    }
  }
  if (v === null) {
    v = PyDict_GetItemWithError(frame.f_globals, name);
    if (v === null) {
      v = PyDict_GetItemWithError(frame.f_builtins, name);
      if (v === null) {
        _PyHeap_RefuseMissingBuiltin(name);
        format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG(PyUnicode_AsString(name)), name);
      }
    }
    Py_INCREF(v);
  }
  _Py_Specialize_LoadName(co, frame.prev_instr, locals, frame.f_globals, frame.f_builtins, name);
  ls[sp++] = v;
  return sp;
}

/** LOAD_GLOBAL when the cache does not answer: _PyDict_LoadGlobal, after which the
 *  cache is filled. */
function LOAD_GLOBAL(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const co = frame.f_code;
  const name = co.names[oparg >> 1];
  const v = _PyDict_LoadGlobal(frame.f_globals, frame.f_builtins, name);
  if (v === null) {
    _PyHeap_RefuseMissingBuiltin(name);
    format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG(PyUnicode_AsString(name)), name);
  }
  _Py_Specialize_LoadGlobal(co, frame.prev_instr, frame.f_globals, frame.f_builtins, name);
  v.ob_refcnt++;
  if (oparg & 1) ls[sp++] = null;
  ls[sp++] = v;
  return sp;
}

/** An unpack raised: CPython's `Py_DECREF(seq); goto error`. The sequence stays in its stack slot
 *  while it is unpacked (inspection names it there, as CPython's C local), and the items land from
 *  that slot up: the last one written may have replaced it, and unpack_iterable released the
 *  items it wrote. The slot is emptied so that unwinding the stack releases nothing twice. */
function unpackFailed(seq: PyObject, ls: (PyObject | null)[], sp: number): void {
  ls[sp - 1] = null;
  Py_DECREF(seq);
}

/** UNPACK_SEQUENCE of anything but a tuple or list of the right length. */
function UNPACK_SEQUENCE(_frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  const seq = ls[sp - 1] as PyObject;
  try {
    unpack_iterable(seq, oparg, -1, ls, sp - 1 + oparg);
  } catch (e) {
    unpackFailed(seq, ls, sp);
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
    unpackFailed(seq, ls, sp);
    throw e;
  }
  sp = sp - 1 + totalargs;
  Py_DECREF(seq);
  return sp;
}

/** An instruction that uses the top of the stack, then pops and releases it (or leaves
 *  it to the loop's cleanup if f raises). f also gets the stack below it. */
function consumeTop(f: (top: PyObject, frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number) => void): ColdOp {
  return (frame, ls, sp, oparg) => {
    const top = ls[sp - 1] as PyObject;
    try {
      f(top, frame, ls, sp, oparg);
    } catch (e) {
      releaseTop(ls, sp, 1);
      throw e;
    }
    sp--;
    Py_DECREF(top);
    return sp;
  };
}

const SET_ADD = consumeTop((v, _frame, ls, sp, oparg) => PySet_Add(ls[sp - 1 - oparg] as PyObject, v));

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

const DELETE_ATTR = consumeTop((owner, frame, _ls, _sp, oparg) => PyObject_SetAttr(owner, frame.f_code.names[oparg], null));

const STORE_GLOBAL = consumeTop((v, frame, _ls, _sp, oparg) => {
  const co = frame.f_code;
  const globals = frame.f_globals;
  if (PyDict_CheckExact(globals)) _PyDict_StoreNameCached(co, frame.prev_instr, globals, co.names[oparg], v);
  else PyDict_SetItem(globals, co.names[oparg], v);
});

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

const LIST_TO_TUPLE = unaryOp(PyList_AsTuple);

const SET_UPDATE = consumeTop((iterable, _frame, ls, sp, oparg) => _PySet_Update(ls[sp - 1 - oparg] as PyObject, iterable));

/** IMPORT_NAME: level below fromlist. */
const IMPORT_NAME = binaryOp((level, fromlist, frame, oparg) => import_name(frame, frame.f_code.names[oparg], fromlist, level));

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

/** GET_ITER: out of line because it runs once per loop, not once per iteration. */
const GET_ITER = unaryOp(PyObject_GetIter);

/** GET_YIELD_FROM_ITER: a generator is its own iterator; anything else as GET_ITER. */
function GET_YIELD_FROM_ITER(frame: InterpreterFrame, ls: (PyObject | null)[], sp: number): number {
  return PyGen_CheckExact(ls[sp - 1] as PyObject) ? sp : GET_ITER(frame, ls, sp, 0);
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

/** Pause request from the budget handler (in coldPc[0]). */
export const COLD_PAUSE = -1;

/** The eval budget ran out before the instruction at pc (see evalhooks.ts): saves the
 *  frame's stack top (the loop saved prev_instr) and asks the hook. */
function budgetExhausted(frame: InterpreterFrame, sp: number, pc: number): number {
  frame.stacktop = sp;
  if (rearmSite() && evalHooks.resumeChunk()) {
    // Right after a site's instruction: the site carries DO_TRACING again, the budget chunk goes on.
    coldPc[0] = pc;
    return sp;
  }
  const tl = tracing.listener;
  if (tl !== null) {
    if (tracing.suspended === 0 && !tracing.skipping && !tracing.sites) {
      if (tracing.resumeFrame === frame && tracing.resumePc === pc) tracing.resumeFrame = null;
      else traceInstruction(tl, frame, pc);
    }
    if (tracing.fastLeft > 0 && !tracing.pause) {
      // The common case while tracing: no hook work due; the instruction runs (budget 1, refunded).
      tracing.fastLeft--;
      tracing.fastRun++;
      coldPc[0] = pc;
      evalBudget[0] = 2;
      return sp;
    }
  }
  if (evalHooks.onBudget(frame, pc, tstate.evalDepth)) {
    coldPc[0] = COLD_PAUSE;
    return sp;
  }
  coldPc[0] = pc;
  // The loop charges the instruction at pc once more when it dispatches it: refund it
  // (the setter keeps the budget below 2^31 - 1, so this cannot wrap).
  evalBudget[0]++;
  return sp;
}

/** DO_TRACING at a site of instrumented code (instrumentation.ts): the events of the instruction
 *  at pc, then the instruction itself, once, from its original word. */
function DO_TRACING_SITE(frame: InterpreterFrame, sp: number): number {
  const pc = frame.prev_instr;
  // The frame as the budget hook leaves it before an instruction (what a stop here inspects).
  frame.prev_instr = pc - 1;
  frame.stacktop = sp;
  // Not started yet: the loop charged it, and charges it again when it runs.
  evalBudget[0]++;
  const tl = tracing.listener;
  if (tl !== null && tracing.suspended === 0) {
    // Traced already when tracing switched to sites right before it (Interpreter.onBudget).
    if (tracing.resumeFrame === frame && tracing.resumePc === pc) tracing.resumeFrame = null;
    else traceInstruction(tl, frame, pc);
  }
  runOriginalOnce(frame.f_code, pc);
  evalHooks.hookAfterNext();
  coldPc[0] = pc;
  return sp;
}

/** DO_TRACING_PREV (watching lines, instrumentation.ts): an instruction that may lead into a
 *  watched line records itself as the frame's instr_prev, then runs once from its original word. */
function DO_TRACING_PREV_SITE(frame: InterpreterFrame, sp: number): number {
  const pc = frame.prev_instr;
  frame.traced_pc = pc;
  evalBudget[0]++;
  runOriginalOnce(frame.f_code, pc);
  evalHooks.hookAfterNext();
  coldPc[0] = pc;
  return sp;
}

/** RESUME of a code object not in step with the tracing mode: its sites go on or off, then
 *  RESUME is dispatched again (as DO_TRACING where instrumented). */
function RESUME_out_of_step(frame: InterpreterFrame, sp: number): number {
  syncCode(frame.f_code, tracing.sites);
  if (evalHooks.counted) evalBudget[0]++;
  coldPc[0] = frame.prev_instr;
  return sp;
}

function unsupported(frame: InterpreterFrame, _ls: (PyObject | null)[], _sp: number): number {
  const pc = frame.prev_instr;
  throw new Error(`internal: unsupported opcode ${frame.f_code.co_words[pc] & 0xff} at ${frame.f_code.qualname}:${pc}`);
}

const UNARY_POSITIVE = unaryOp(PyNumber_Positive);
const UNARY_NEGATIVE = unaryOp(PyNumber_Negative);
const UNARY_INVERT = unaryOp(PyNumber_Invert);
const POP_JUMP_IF_FALSE = popJumpIf(false);
const POP_JUMP_IF_TRUE = popJumpIf(true);
const JUMP_IF_FALSE_OR_POP = jumpIfOrPop(false);
const JUMP_IF_TRUE_OR_POP = jumpIfOrPop(true);

/** The out-of-line half of the dispatch: opcode 0 (CACHE, never executed) stands for
 *  "the eval budget ran out before the instruction at oparg". One function with a
 *  switch rather than a table of handlers, so that the loop's call site has a single
 *  target (a table's many targets would make V8 guess one and deopt on the next). */
export function ceval_cold(opcode: number, frame: InterpreterFrame, ls: (PyObject | null)[], sp: number, oparg: number): number {
  switch (opcode) {
    case 0: return budgetExhausted(frame, sp, oparg);
    case DO_TRACING: return DO_TRACING_SITE(frame, sp);
    case DO_TRACING_PREV: return DO_TRACING_PREV_SITE(frame, sp);
    case DO_TRACING_LINE:
      // Entered only from another line: no instruction of this line ran last.
      frame.traced_pc = -1;
      return DO_TRACING_SITE(frame, sp);
    case 151: return RESUME_out_of_step(frame, sp); // RESUME
    case 10: sp = UNARY_POSITIVE(frame, ls, sp, oparg); break; // UNARY_POSITIVE
    case 11: sp = UNARY_NEGATIVE(frame, ls, sp, oparg); break; // UNARY_NEGATIVE
    case 15: sp = UNARY_INVERT(frame, ls, sp, oparg); break; // UNARY_INVERT
    case 12: sp = UNARY_NOT(frame, ls, sp); break; // UNARY_NOT
    case 114: return POP_JUMP_IF_FALSE(frame, ls, sp, oparg); // POP_JUMP_FORWARD_IF_FALSE
    case 175: return POP_JUMP_IF_FALSE(frame, ls, sp, oparg); // POP_JUMP_BACKWARD_IF_FALSE
    case 115: return POP_JUMP_IF_TRUE(frame, ls, sp, oparg); // POP_JUMP_FORWARD_IF_TRUE
    case 176: return POP_JUMP_IF_TRUE(frame, ls, sp, oparg); // POP_JUMP_BACKWARD_IF_TRUE
    case 111: return JUMP_IF_FALSE_OR_POP(frame, ls, sp, oparg); // JUMP_IF_FALSE_OR_POP
    case 112: return JUMP_IF_TRUE_OR_POP(frame, ls, sp, oparg); // JUMP_IF_TRUE_OR_POP
    case 93: return FOR_ITER_exhausted(frame, ls, sp, oparg); // FOR_ITER
    case FOR_ITER_AT_END: return FOR_ITER_at_end(frame, ls, sp, oparg);
    case 25: sp = BINARY_SUBSCR(frame, ls, sp, oparg); break;
    case 107: sp = COMPARE_OP(frame, ls, sp, oparg); break;
    case 171: sp = CALL(frame, ls, sp, oparg); break;
    case 101: sp = LOAD_NAME(frame, ls, sp, oparg); break;
    case 116: sp = LOAD_GLOBAL(frame, ls, sp, oparg); break;
    case 92: sp = UNPACK_SEQUENCE(frame, ls, sp, oparg); break; // UNPACK_SEQUENCE
    case 94: sp = UNPACK_EX(frame, ls, sp, oparg); break; // UNPACK_EX
    case 146: sp = SET_ADD(frame, ls, sp, oparg); break; // SET_ADD
    case 61: sp = DELETE_SUBSCR(frame, ls, sp); break; // DELETE_SUBSCR
    case 89: sp = POP_EXCEPT(frame, ls, sp); break; // POP_EXCEPT
    case 35: sp = PUSH_EXC_INFO(frame, ls, sp); break; // PUSH_EXC_INFO
    case 53: sp = BEFORE_WITH(frame, ls, sp); break; // BEFORE_WITH
    case 49: sp = WITH_EXCEPT_START(frame, ls, sp); break; // WITH_EXCEPT_START
    case 36: sp = CHECK_EXC_MATCH(frame, ls, sp); break; // CHECK_EXC_MATCH
    case 74: sp = LOAD_ASSERTION_ERROR(frame, ls, sp); break; // LOAD_ASSERTION_ERROR
    case 71: sp = LOAD_BUILD_CLASS(frame, ls, sp); break; // LOAD_BUILD_CLASS
    case 91: sp = ops.DELETE_NAME(frame, ls, sp, oparg); break; // DELETE_NAME
    case 96: sp = DELETE_ATTR(frame, ls, sp, oparg); break; // DELETE_ATTR
    case 97: sp = STORE_GLOBAL(frame, ls, sp, oparg); break; // STORE_GLOBAL
    case 98: sp = ops.DELETE_GLOBAL(frame, ls, sp, oparg); break; // DELETE_GLOBAL
    case 126: sp = DELETE_FAST(frame, ls, sp, oparg); break; // DELETE_FAST
    case 135: sp = MAKE_CELL(frame, ls, sp, oparg); break; // MAKE_CELL
    case 139: sp = DELETE_DEREF(frame, ls, sp, oparg); break; // DELETE_DEREF
    case 148: sp = ops.LOAD_CLASSDEREF(frame, ls, sp, oparg); break; // LOAD_CLASSDEREF
    case 149: sp = COPY_FREE_VARS(frame, ls, sp, oparg); break; // COPY_FREE_VARS
    case 157: sp = ops.BUILD_STRING(frame, ls, sp, oparg); break; // BUILD_STRING
    case 82: sp = LIST_TO_TUPLE(frame, ls, sp, oparg); break; // LIST_TO_TUPLE
    case 162: sp = ops.LIST_EXTEND(frame, ls, sp, oparg); break; // LIST_EXTEND
    case 163: sp = SET_UPDATE(frame, ls, sp, oparg); break; // SET_UPDATE
    case 104: sp = ops.BUILD_SET(frame, ls, sp, oparg); break; // BUILD_SET
    case 105: sp = ops.BUILD_MAP(frame, ls, sp, oparg); break; // BUILD_MAP
    case 156: sp = ops.BUILD_CONST_KEY_MAP(frame, ls, sp, oparg); break; // BUILD_CONST_KEY_MAP
    case 165: sp = ops.DICT_UPDATE(frame, ls, sp, oparg); break; // DICT_UPDATE
    case 164: sp = ops.DICT_MERGE(frame, ls, sp, oparg); break; // DICT_MERGE
    case 147: sp = ops.MAP_ADD(frame, ls, sp, oparg); break; // MAP_ADD
    case 108: sp = IMPORT_NAME(frame, ls, sp, oparg); break; // IMPORT_NAME
    case 109: sp = IMPORT_FROM(frame, ls, sp, oparg); break; // IMPORT_FROM
    case 30: sp = GET_LEN(frame, ls, sp); break; // GET_LEN
    case 68: sp = GET_ITER(frame, ls, sp, oparg); break;
    case 69: sp = GET_YIELD_FROM_ITER(frame, ls, sp); break; // GET_YIELD_FROM_ITER
    case 142: sp = ops.CALL_FUNCTION_EX(frame, ls, sp, oparg); break; // CALL_FUNCTION_EX
    case 132: sp = ops.MAKE_FUNCTION(frame, ls, sp, oparg); break; // MAKE_FUNCTION
    case 133: sp = BUILD_SLICE(frame, ls, sp, oparg); break; // BUILD_SLICE
    case 155: sp = ops.FORMAT_VALUE(frame, ls, sp, oparg); break; // FORMAT_VALUE
    case 85: sp = SETUP_ANNOTATIONS(frame, ls, sp); break; // SETUP_ANNOTATIONS
    case 70: sp = PRINT_EXPR(frame, ls, sp); break; // PRINT_EXPR
    default: sp = unsupported(frame, ls, sp); break;
  }
  coldPc[0] = frame.prev_instr + 1;
  return sp;
}
