// The evaluation loop (Python/ceval.c _PyEval_EvalFrameDefault, 3.11). Every
// reference move of CPython's TARGET(...) cases is reproduced: an instruction
// that pushes a borrowed object increfs it, one that consumes stack items
// decrefs them in CPython's order, and the value stack lives in the frame's
// `localsplus` array after the fast locals, as in _PyInterpreterFrame.
//
// Python-to-Python calls are inlined as in 3.11: CALL pushes a new frame and
// jumps to its first instruction inside this same JS function, RETURN_VALUE pops
// it — so deep Python recursion does not grow the JS stack, RecursionError comes
// at CPython's count, and a debugger can stop in any frame. Only calls from
// "C" (a builtin calling a Python function: sorted(key=), type.__call__ running
// __init__, a generator being resumed) enter this function recursively, exactly
// where CPython's C stack recurses too.
//
// Errors: objects/ code raises a Python exception by throwing a PyException. One
// try/catch around the dispatch loop turns a throw into CPython's `goto error`;
// before a call that may throw, an instruction sets `errPop` to how many stack
// items CPython would already have released (and the catch releases them, in
// CPython's order), so unwinding leaves the same counts as CPython's.
//
// Opcodes are matched as numeric literals (the Op enum values, named in a
// comment) so the switch compiles to a jump table whatever the build does with
// const enums.
//
// The switch holds only what ordinary loops and calls run, each case ending in
// `continue`; every other opcode, and the slow path of a hot one (a case that
// `break`s), runs out of line through one call site (ceval_cold.ts). V8 compiles
// this function from the type feedback it has seen; code it has never seen run
// has none, and running it later throws the optimized loop away and compiles it
// again (tens of milliseconds each time, a large part of a short run). Sharing
// one call site, and comparing ints through a table rather than by branches on
// the operator, keeps such first-time code out of this function.

import { PyObject, Py_DECREF, Py_INCREF, Py_XDECREF, PyTypeObject } from '../objects/object';
import { PyException, PyErr_SetString, PyErr_Clear, PyExceptionClass_Check, PyExceptionInstance_Check } from '../objects/errors';
import { SimulatedMemoryError } from '../memory/budget';
import {
  PyExc_NameError, PyExc_UnboundLocalError, PyExc_TypeError, PyExc_RuntimeError, PyExc_SystemError,
  PyExc_StopIteration, PyExc_RecursionError, PyExc_KeyError, PyExc_AttributeError,
  PyExc_ImportError, PyExc_ValueError, PyExc_MemoryError,
} from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { Py_True, Py_False } from '../objects/boolobject';
import {
  PyObject_GetAttr, PyObject_GetIter, PyObject_GetItem, PyObject_SetItem,
  PySequence_Contains, PyObject_Vectorcall, PyObject_Call, PyObject_Str, PyObject_Repr, PyIter_Next,
  PySequence_Check, PyObject_CallNoArgs, PyObject_CallMethodOneArg, _Py_ID, PyObject_IsInstance,
  PyType_Check,
  PyNumber_Add, PyNumber_And, PyNumber_FloorDivide, PyNumber_Lshift, PyNumber_MatrixMultiply,
  PyNumber_Multiply, PyNumber_Remainder, PyNumber_Or, PyNumber_Power, PyNumber_Rshift, PyNumber_Subtract,
  PyNumber_TrueDivide, PyNumber_Xor, PyNumber_InPlaceAdd, PyNumber_InPlaceAnd, PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift, PyNumber_InPlaceMatrixMultiply, PyNumber_InPlaceMultiply,
  PyNumber_InPlaceRemainder, PyNumber_InPlaceOr, PyNumber_InPlacePower, PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract, PyNumber_InPlaceTrueDivide, PyNumber_InPlaceXor,
} from '../objects/abstract';
import { PyLong_FromNumber } from '../objects/longobject';
import type { PyLongObject } from '../objects/longobject';
import { PyLong_Type } from '../objects/long_type';
import { PyUnicode_AsString, PyUnicode_FromString } from '../objects/unicodeobject';
import { _Py_EmptyString } from '../objects/unicode_type';
import { _PyRuntime_RegisterState } from '../runtimestate';
import {
  PyTuple_New, PyTuple_SET_ITEM, PyTuple_Check,
} from '../objects/tupleobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { PyList_New, PyList_SET_ITEM, PyList_Append, PySequence_List, _PyList_AppendTakeRef } from '../objects/listobject';
import type { PyListObject } from '../objects/listobject';
import {
  PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, PyDict_CheckExact, _PyDict_LoadGlobal,
} from '../objects/dictobject';
import { _PySet_Update } from '../objects/setobject';
import { PyCodeObject } from '../objects/codeobject';
import { getMethodUnbound } from '../objects/typeobject';
import { PyFunctionObject, PyFunction_Type } from '../objects/funcobject';
import { PyMethod_Type } from '../objects/classobject';
import type { PyMethodObject } from '../objects/classobject';
import { PyCellObject } from '../objects/cellobject';
import { InterpreterFrame, _PyFrame_GetFrameObject, FrameOwner } from './frame';
import { _PyEvalFramePushAndInit, _PyEvalFrameClearAndPop, _PyFrame_Release } from './call';
import { tstate, _setRecursionErrorRaiser, ExcStackItem, _Py_CheckRecursiveCall, _Py_RecursionCheckpoint } from './pystate';
import { _PyErr_FromHostLimit } from './hostlimits';
import { _PyCode_Warmup, _PyPrecall_Adaptive, _PyPrecall_Form, _PyCompareOp_IsGeneric, Form } from './quicken';
import {
  asExc, PyException_SetTraceback, PyException_SetCause, _PyErr_ChainContext, _PyErr_FromInstance, topmostHandled,
} from './excutil';
import { PyTraceBack_Here } from './traceback';
import { _Py_MakeCoro, PyGenObject, PyGen_CheckExact, gen_send_ex2, GenState, PySendResult } from './genobject';
import { CO } from '../compiler/code';
import { evalBudget, evalHooks } from './evalhooks';
import { tracing } from './tracing';
import { tracerAllocates, do_call_core_method_descr } from './trace_call';
import { ceval_cold, coldPc, FOR_ITER_AT_END, make_generator, callKwnames } from './ceval_cold';
import { siteEpoch, syncCode } from './instrumentation';
import { LOAD_GLOBAL_cached, LOAD_NAME_cached, _PyDict_StoreNameCached } from './specialize';
import {
  _PyObject_LoadAttrCached, _PyObject_StoreAttrCached, _PyObject_GetMethodCached,
} from '../objects/typeobject_attrcache';
import type { AttrCache } from '../objects/typeobject_attrcache';
import { PyRangeIter_Type, PyRangeIterObject } from '../objects/rangeobject';
import { PyListIter_Type, PySeqIterObject } from '../objects/iterobject';

// ---------------------------------------------------------------------------
// Labels of the outer state machine (CPython's goto targets).

const L_DISPATCH = 0;
const L_START_FRAME = 1;
const L_ERROR = 2;
const L_EXCEPTION_UNWIND = 3;
const L_EXIT_UNWIND = 4;
const L_RESUME_WITH_ERROR = 5;

/** Returned by the base eval loop when the debugger asked to pause (not a Python object). */
export const PAUSED: PyObject = Object.create(null) as PyObject;

export const NAME_ERROR_MSG = (n: string): string => `name '${n}' is not defined`;
const UNBOUNDLOCAL_ERROR_MSG = (n: string): string => `cannot access local variable '${n}' where it is not associated with a value`;
const UNBOUNDFREE_ERROR_MSG = (n: string): string =>
  `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`;

/** format_exc_check_arg: NameError/UnboundLocalError with the name attribute set (for suggestions). */
export function format_exc_check_arg(type: PyTypeObject, msg: string, name: PyObject): never {
  const e = PyException.lazy(type, PyUnicode_FromString(msg));
  if (type === PyExc_NameError) {
    const v = e.value as PyObject & { name?: PyObject | null };
    if (v.name === null || v.name === undefined) {
      Py_INCREF(name);
      v.name = name;
    }
  }
  throw e;
}

export function format_exc_unbound(co: PyCodeObject, oparg: number): never {
  const name = co.localsplusnames[oparg];
  if (oparg < co.co_nplaincellvars + co.co_nlocals) {
    format_exc_check_arg(PyExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG(PyUnicode_AsString(name)), name);
  }
  return format_exc_check_arg(PyExc_NameError, UNBOUNDFREE_ERROR_MSG(PyUnicode_AsString(name)), name);
}

_setRecursionErrorRaiser((where: string) => PyErr_SetString(PyExc_RecursionError, `maximum recursion depth exceeded${where}`));

/** BINARY_OP's table (Python/ceval.c binary_ops[], NB_* order). */
const binary_ops: ((a: PyObject, b: PyObject) => PyObject)[] = [
  PyNumber_Add, PyNumber_And, PyNumber_FloorDivide, PyNumber_Lshift, PyNumber_MatrixMultiply, PyNumber_Multiply,
  PyNumber_Remainder, PyNumber_Or, (a, b) => PyNumber_Power(a, b, Py_None), PyNumber_Rshift, PyNumber_Subtract,
  PyNumber_TrueDivide, PyNumber_Xor,
  PyNumber_InPlaceAdd, PyNumber_InPlaceAnd, PyNumber_InPlaceFloorDivide, PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply, PyNumber_InPlaceMultiply, PyNumber_InPlaceRemainder, PyNumber_InPlaceOr,
  (a, b) => PyNumber_InPlacePower(a, b, Py_None), PyNumber_InPlaceRshift, PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide, PyNumber_InPlaceXor,
];

/** get_exception_handler over our decoded table: [start, end, target, depth, lasti] per entry. */
function get_exception_handler(co: PyCodeObject, index: number): number {
  const t = co.co_exceptiontable;
  for (let k = 0; k < t.length; k += 5) {
    if (t[k] <= index && index < t[k + 1]) return k;
  }
  return -1;
}

/** CPython's code-unit offset of instruction i (what a pushed `lasti` holds). */
function unitOffset(co: PyCodeObject, i: number): number {
  return co.unitOffsets[i];
}

function instrFromUnitOffset(co: PyCodeObject, u: number): number {
  const offs = co.unitOffsets;
  let lo = 0, hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offs[mid] <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** do_raise: builds the exception RAISE_VARARGS raises. Returns the PyException to
 *  propagate (already owning its references); `raiseWasBare` tells a bare `raise`
 *  (scratch, read right after the call). */
let raiseWasBare = false;
function do_raise(exc: PyObject | null, cause: PyObject | null): PyException {
  raiseWasBare = false;
  if (exc === null) {
    const value = topmostHandled();
    if (value === null) {
      if (cause !== null) Py_DECREF(cause);
      return PyException.lazy(PyExc_RuntimeError, PyUnicode_FromString('No active exception to reraise'));
    }
    raiseWasBare = true;
    return _PyErr_FromInstance(value);
  }
  let value: PyObject;
  if (PyExceptionClass_Check(exc)) {
    try {
      value = PyObject_CallNoArgs(exc);
    } catch (e) {
      Py_DECREF(exc);
      if (cause !== null) Py_DECREF(cause);
      throw e;
    }
    if (!PyExceptionInstance_Check(value)) {
      const msg = `calling ${reprOf(exc)} should have returned an instance of BaseException, not ${reprOf(value.ob_type)}`;
      Py_DECREF(value);
      Py_DECREF(exc);
      if (cause !== null) Py_DECREF(cause);
      return PyException.lazy(PyExc_TypeError, PyUnicode_FromString(msg));
    }
    Py_DECREF(exc);
  } else if (PyExceptionInstance_Check(exc)) {
    value = exc;
  } else {
    Py_DECREF(exc);
    if (cause !== null) Py_DECREF(cause);
    return PyException.lazy(PyExc_TypeError, PyUnicode_FromString('exceptions must derive from BaseException'));
  }
  if (cause !== null) {
    let fixed_cause: PyObject | null;
    if (PyExceptionClass_Check(cause)) {
      try {
        fixed_cause = PyObject_CallNoArgs(cause);
      } catch (e) {
        Py_DECREF(value);
        Py_DECREF(cause);
        throw e;
      }
      Py_DECREF(cause);
    } else if (PyExceptionInstance_Check(cause)) {
      fixed_cause = cause;
    } else if (cause === Py_None) {
      Py_DECREF(cause);
      fixed_cause = null;
    } else {
      Py_DECREF(value);
      Py_DECREF(cause);
      return PyException.lazy(PyExc_TypeError, PyUnicode_FromString('exception causes must derive from BaseException'));
    }
    PyException_SetCause(value, fixed_cause);
  }
  // _PyErr_SetObject: the stack's reference to value moves into the exception state.
  const e = new PyException(value);
  const tb = asExc(value).traceback;
  if (tb !== null) {
    Py_INCREF(tb);
    e.traceback = tb;
  }
  return e;
}

export function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = PyUnicode_AsString(r);
  Py_DECREF(r);
  return s;
}

/** unpack_iterable (Python/ceval.c): stores the items at ls[sp+count-1] down to ls[sp]. */
export function unpack_iterable(v: PyObject, argcnt: number, argcntafter: number, ls: (PyObject | null)[], top: number): void {
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (e instanceof PyException && e.type === PyExc_TypeError && v.ob_type.tp_iter === null && !PySequence_Check(v)) {
      PyErr_Clear(e);
      PyErr_SetString(PyExc_TypeError, `cannot unpack non-iterable ${v.ob_type.tp_name} object`);
    }
    throw e;
  }
  let sp = top;
  let i = 0;
  try {
    for (; i < argcnt; i++) {
      const w = PyIter_Next(it);
      if (w === null) {
        if (argcntafter === -1) {
          PyErr_SetString(PyExc_ValueError, `not enough values to unpack (expected ${argcnt}, got ${i})`);
        }
        PyErr_SetString(PyExc_ValueError, `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${i})`);
      }
      ls[--sp] = w;
    }
    if (argcntafter === -1) {
      const w = PyIter_Next(it);
      if (w === null) {
        Py_DECREF(it);
        return;
      }
      Py_DECREF(w);
      PyErr_SetString(PyExc_ValueError, `too many values to unpack (expected ${argcnt})`);
    }
    const l = PySequence_List(it) as PyListObject;
    ls[--sp] = l;
    i++;
    const ll = l.ob_size;
    if (ll < argcntafter) {
      PyErr_SetString(PyExc_ValueError,
        `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${argcnt + ll})`);
    }
    for (let j = argcntafter; j > 0; j--, i++) ls[--sp] = l.ob_item[ll - j];
    _PyList_Truncate(l, ll - argcntafter);
    Py_DECREF(it);
  } catch (e) {
    for (; i > 0; i--, sp++) Py_DECREF(ls[sp] as PyObject);
    Py_DECREF(it);
    throw e;
  }
}

/** Py_SET_SIZE on a list after moving its tail items out (the items' references moved to the stack). */
function _PyList_Truncate(l: PyListObject, n: number): void {
  l.ob_item.length = Math.max(n, 0);
}

/** _PyObject_FunctionStr: "f()" / "C.m()" for call error messages. */
export function funcStr(func: PyObject): string {
  try {
    const qn = PyObject_GetAttr(func, _Py_ID('__qualname__'));
    const s = PyUnicode_AsString(qn);
    Py_DECREF(qn);
    let mod = '';
    try {
      const m = PyObject_GetAttr(func, _Py_ID('__module__'));
      if (m !== Py_None && m.ob_type === (qn.ob_type)) {
        const ms = PyUnicode_AsString(m);
        if (ms !== 'builtins') mod = ms + '.';
      }
      Py_DECREF(m);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      PyErr_Clear(e);
    }
    return `${mod}${s}()`;
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
    return reprOf(func);
  }
}

/** format_kwargs_error for DICT_MERGE / CALL_FUNCTION_EX. */
export function format_kwargs_error(e: PyException, func: PyObject, kwargs: PyObject): PyException {
  if (e.type === PyExc_AttributeError || PyExc_AttributeError === e.type) {
    PyErr_Clear(e);
    return PyException.lazy(PyExc_TypeError,
      PyUnicode_FromString(`${funcStr(func)} argument after ** must be a mapping, not ${kwargs.ob_type.tp_name}`));
  }
  if (e.type === PyExc_KeyError) {
    const v = e.value;
    const args = asExc(v).args as PyTupleObject;
    if (PyTuple_Check(args) && args.ob_item.length === 1) {
      const key = args.ob_item[0];
      const ks = PyObject_Str(key);
      const msg = `${funcStr(func)} got multiple values for keyword argument '${PyUnicode_AsString(ks)}'`;
      Py_DECREF(ks);
      PyErr_Clear(e);
      return PyException.lazy(PyExc_TypeError, PyUnicode_FromString(msg));
    }
  }
  return e;
}

/** import_name: calls builtins.__import__ (the VM's, vm/import.ts). */
export function import_name(frame: InterpreterFrame, name: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  const import_func = PyDict_GetItemWithError(frame.f_builtins, _Py_ID('__import__'));
  if (import_func === null) PyErr_SetString(PyExc_ImportError, '__import__ not found');
  Py_INCREF(import_func);
  try {
    const locals = frame.f_locals ?? Py_None;
    return PyObject_Vectorcall(import_func, [name, frame.f_globals, locals, fromlist, level], 5, null);
  } finally {
    Py_DECREF(import_func);
  }
}

export function import_from(v: PyObject, name: PyObject): PyObject {
  try {
    return PyObject_GetAttr(v, name);
  } catch (e) {
    if (!(e instanceof PyException) || e.type !== PyExc_AttributeError) throw e;
    PyErr_Clear(e);
  }
  let pkgname = '<unknown module name>';
  try {
    const n = PyObject_GetAttr(v, _Py_ID('__name__'));
    pkgname = PyUnicode_AsString(n);
    Py_DECREF(n);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
  }
  const nm = PyUnicode_AsString(name);
  return PyErr_SetString(PyExc_ImportError, `cannot import name '${nm}' from '${pkgname}' (unknown location)`);
}

const CANNOT_CATCH_MSG = 'catching classes that do not inherit from BaseException is not allowed';

export function check_except_type_valid(right: PyObject): void {
  if (PyTuple_Check(right)) {
    const items = (right as PyTupleObject).ob_item;
    for (let i = 0; i < items.length; i++) {
      if (!PyExceptionClass_Check(items[i])) PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
    }
  } else if (!PyExceptionClass_Check(right)) {
    PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
  }
}

export function exceptionMatches(exc: PyObject, type: PyObject): boolean {
  if (PyTuple_Check(type)) {
    const items = (type as PyTupleObject).ob_item;
    for (let i = 0; i < items.length; i++) if (exceptionMatches(exc, items[i])) return true;
    return false;
  }
  return PyObject_IsSubclassFast(exc.ob_type, type);
}

function PyObject_IsSubclassFast(t: PyTypeObject, base: PyObject): boolean {
  if (t === base) return true;
  const mro = t.tp_mro_list;
  for (let i = 0; i < mro.length; i++) if (mro[i] === base) return true;
  return false;
}

/** FOR_ITER's tp_iternext call: a StopIteration raised by the iterator ends the loop like a NULL return. */
function for_iter_next(iter: PyObject): PyObject | null {
  tracing.stopIterationRaised = false;
  try {
    return (iter.ob_type.tp_iternext as (o: PyObject) => PyObject | null)(iter);
  } catch (e) {
    if (!(e instanceof PyException) || !(e.type === PyExc_StopIteration || PyObject_IsSubclassFast(e.type, PyExc_StopIteration))) throw e;
    // FOR_ITER: `if (tstate->c_tracefunc != NULL) call_exc_trace(...)` before clearing it.
    if (tracing.listener !== null && tracing.suspended === 0) tracing.listener.exception(tstate.frame as InterpreterFrame, e);
    PyErr_Clear(e);
    return null;
  }
}

/** PyIter_Send for SEND (yield from): generators resume directly (am_send). sendResult
 *  is scratch, read by SEND right after the call. */
const sendResult: { value: PyObject | null } = { value: null };
/** Whether the last PyIter_Send ended on a StopIteration the delegate raised (for the trace). */
let sendRaisedStop = false;
function PyIter_Send(receiver: PyObject, v: PyObject): PySendResult {
  if (PyGen_CheckExact(receiver)) return gen_send_ex2(receiver as PyGenObject, v, sendResult, false, false);
  let r: PyObject | null;
  try {
    if (v === Py_None && receiver.ob_type.tp_iternext !== null) {
      tracing.stopIterationRaised = false;
      r = receiver.ob_type.tp_iternext(receiver);
      // A Python __next__ that raised StopIteration returned NULL with it set (slot_tp_iternext).
      if (r === null) sendRaisedStop = tracing.stopIterationRaised;
    } else r = PyObject_CallMethodOneArg(receiver, _Py_ID('send'), v);
  } catch (e) {
    if (e instanceof PyException && (e.type === PyExc_StopIteration || PyObject_IsSubclassFast(e.type, PyExc_StopIteration))) {
      // _PyGen_FetchStopIterationValue
      const val = e.value;
      const args = asExc(val).args as PyTupleObject;
      const sv = (val as PyObject & { value?: PyObject }).value ?? (args.ob_item.length ? args.ob_item[0] : Py_None);
      Py_INCREF(sv);
      PyErr_Clear(e);
      sendRaisedStop = true;
      sendResult.value = sv;
      return PySendResult.RETURN;
    }
    throw e;
  }
  if (r !== null) {
    sendResult.value = r;
    return PySendResult.NEXT;
  }
  Py_INCREF(Py_None);
  sendResult.value = Py_None;
  return PySendResult.RETURN;
}

// ---------------------------------------------------------------------------

/** _PyEval_EvalFrameDefault. Runs `entry` (and every Python frame it calls inline)
 *  until it returns (the result, a new reference), raises (throws the PyException),
 *  or — only when `evalHooks` asks and this is the base activation — pauses
 *  (returns PAUSED; call again with resume=true to continue). `throwExc` resumes a
 *  generator frame by raising into it (gen.throw / close). */
export function _PyEval_EvalFrameDefault(entry: InterpreterFrame, throwExc: PyException | null, resume = false): PyObject {
  const ts = tstate;
  // Whether this activation counts its instructions against the budget (evalhooks.ts).
  const counted = evalHooks.counted;
  let frame: InterpreterFrame;
  let label: number;
  let err: PyException | null = null;
  ts.evalDepth++;
  if (resume) {
    frame = ts.frame as InterpreterFrame;
    label = L_DISPATCH;
  } else {
    entry.is_entry = true;
    entry.previous = ts.frame;
    ts.frame = entry;
    frame = entry;
    if (throwExc !== null) {
      err = throwExc;
      ts.curexc = throwExc;
      // TRACE_FUNCTION_THROW_ENTRY: gen.throw() into a frame is a call event.
      if (tracing.listener !== null && tracing.suspended === 0) tracing.listener.call(entry, entry.prev_instr + 1);
      // The frame's handlers run without its RESUME: its code comes in step with the tracing mode here.
      if (entry.f_code.co_epoch !== siteEpoch[0]) syncCode(entry.f_code, tracing.sites);
      // if (_Py_EnterRecursiveCallTstate(tstate, "")) { recursion_remaining--; goto exit_unwind }
      label = L_RESUME_WITH_ERROR;
      if (ts.recursion_remaining-- <= 0) {
        try {
          checkRecursion();
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
          ts.recursion_remaining--;
          err = e;
          label = L_EXIT_UNWIND;
        }
      }
    } else {
      label = L_START_FRAME;
    }
  }

  let co = frame.f_code;
  let instrs = co.co_words;
  let consts = co.consts;
  let names = co.names;
  let ls = frame.localsplus;
  let pc = frame.prev_instr + 1;
  let sp = frame.stacktop;
  let kwnames: PyObject | null = null;
  let errPop = 0;
  let oparg = 0;

  outer: for (;;) {
    try {
      // ------------------------------------------------------------------
      // The goto targets of CPython's loop.
      while (label !== L_DISPATCH) {
        switch (label) {
          case L_START_FRAME: {
            // _Py_EnterRecursiveCallTstate(tstate, "")
            label = L_DISPATCH;
            if (ts.recursion_remaining-- <= 0) {
              try {
                checkRecursion();
              } catch (e) {
                if (!(e instanceof PyException)) throw e;
                ts.recursion_remaining--;
                err = e;
                label = L_EXIT_UNWIND;
                break;
              }
            }
            co = frame.f_code; instrs = co.co_words; consts = co.consts; names = co.names; ls = frame.localsplus;
            pc = frame.prev_instr + 1; sp = frame.stacktop;
            break;
          }
          case L_RESUME_WITH_ERROR: {
            co = frame.f_code; instrs = co.co_words; consts = co.consts; names = co.names; ls = frame.localsplus;
            pc = frame.prev_instr + 1; sp = frame.stacktop;
            label = L_ERROR;
            break;
          }
          case L_ERROR: {
            kwnames = null;
            const e = err as PyException;
            if (e !== ts.curexc) {
              // A new exception (not one coming up from a callee): _PyErr_SetObject's chaining.
              _PyErr_ChainContext(e);
              ts.curexc = e;
            }
            frame.prev_instr = pc - 1;
            // Watching lines (instrumentation.ts), the raising instruction is instr_prev of the handler
            // (tracing every instruction or every site, traced_pc has its line already).
            if (tracing.watching) frame.traced_pc = pc - 1;
            // PyTraceBack_Here(_PyFrame_GetFrameObject(frame)) unless the frame is incomplete.
            if (!frame.isIncomplete()) PyTraceBack_Here(_PyFrame_GetFrameObject(frame), e);
            // call_exc_trace: the exception event, in every frame the exception reaches. The value
            // stack a stop here shows is what the frame holds now (not what it held when the
            // instruction started: tracing only some instructions, that was not saved).
            if (tracing.listener !== null && tracing.suspended === 0) {
              frame.stacktop = sp;
              tracing.listener.exception(frame, e);
            }
            label = L_EXCEPTION_UNWIND;
            break;
          }
          case L_EXCEPTION_UNWIND: {
            const e = err as PyException;
            const offset = pc - 1;
            const h = get_exception_handler(co, offset);
            const stackbase = co.co_nlocalsplus;
            if (h < 0) {
              while (sp > stackbase) {
                const o = ls[--sp];
                if (o !== null) Py_DECREF(o);
              }
              frame.stacktop = sp;
              // TRACE_FUNCTION_UNWIND: a return event (arg None) for the frame the exception leaves.
              if (tracing.listener !== null && tracing.suspended === 0) tracing.listener.return(frame, frame.prev_instr, null);
              label = L_EXIT_UNWIND;
              break;
            }
            const t = co.co_exceptiontable;
            const new_top = stackbase + t[h + 3];
            while (sp > new_top) {
              const o = ls[--sp];
              if (o !== null) Py_DECREF(o);
            }
            if (t[h + 4]) {
              const lasti = PyLong_FromNumber(unitOffset(co, frame.prev_instr));
              ls[sp++] = lasti;
            }
            // _PyErr_Fetch + normalize + PyException_SetTraceback(val, tb or None).
            const val = e.value;
            PyException_SetTraceback(val, e.traceback);
            const v = e.takeValue();
            ts.curexc = null;
            err = null;
            ls[sp++] = v;
            pc = t[h + 2];
            label = L_DISPATCH;
            break;
          }
          case L_EXIT_UNWIND: {
            ts.recursion_remaining++;
            if (frame.is_entry) {
              ts.frame = frame.previous;
              ts.evalDepth--;
              break outer;
            }
            const dying = frame;
            frame = dying.previous as InterpreterFrame;
            ts.frame = frame;
            _PyEvalFrameClearAndPop(dying);
            label = L_RESUME_WITH_ERROR;
            break;
          }
        }
      }

      // ------------------------------------------------------------------
      // Dispatch.
      for (;;) {
        let opcode = 0;
        if (!counted || --evalBudget[0] > 0) {
          const word = instrs[pc++];
          opcode = word & 0xff;
          oparg = word >> 8;
          switch (opcode) {
            case 9: // NOP
              continue;
            case 151: // RESUME
              // A code object not in step with the tracing mode goes out of line first (instrumentation.ts).
              if (co.co_epoch !== siteEpoch[0]) break;
              if (co.co_warmup !== 0) _PyCode_Warmup(co);
              continue;

            case 124: { // LOAD_FAST
              const value = ls[oparg];
              if (value === null) format_exc_unbound(co, oparg);
              value.ob_refcnt++;
              ls[sp++] = value;
              continue;
            }
            case 100: { // LOAD_CONST
              const value = consts[oparg];
              value.ob_refcnt++;
              ls[sp++] = value;
              continue;
            }
            case 125: { // STORE_FAST
              const value = ls[--sp] as PyObject;
              const old = ls[oparg];
              ls[oparg] = value;
              if (old !== null && --old.ob_refcnt === 0) old.ob_type.tp_dealloc(old);
              continue;
            }
            case 136: { // LOAD_CLOSURE
              const value = ls[oparg];
              if (value === null) format_exc_unbound(co, oparg);
              value.ob_refcnt++;
              ls[sp++] = value;
              continue;
            }
            case 1: { // POP_TOP
              const value = ls[--sp] as PyObject;
              if (--value.ob_refcnt === 0) value.ob_type.tp_dealloc(value);
              continue;
            }
            case 2: // PUSH_NULL
              ls[sp++] = null;
              continue;

            case 122: { // BINARY_OP
              const rhs = ls[sp - 1] as PyObject;
              const lhs = ls[sp - 2] as PyObject;
              let res: PyObject | null = null;
              const intOp = binaryIntOp[oparg];
              if (intOp !== 0 && lhs.ob_type === PyLong_Type && rhs.ob_type === PyLong_Type &&
                (lhs as PyLongObject).big === null && (rhs as PyLongObject).big === null) {
                // BINARY_OP_ADD_INT / SUBTRACT_INT / MULTIPLY_INT: same object as long_add & co.
                // return. (Staging the operands as doubles, so that a result past int32
                // cannot fail V8's int32 speculation once, cost more than that one deopt.)
                const a = (lhs as PyLongObject).ival, b = (rhs as PyLongObject).ival;
                const r = intOp === 1 ? a + b : intOp === 2 ? a - b : a * b;
                if (r >= -9007199254740991 && r <= 9007199254740991) res = PyLong_FromNumber(r);
              }
              if (res === null) {
                // The generic operation stays inline: `i % 3` and float arithmetic are
                // common enough that the out-of-line call costs more than it saves.
                errPop = 2;
                res = binary_ops[oparg](lhs, rhs);
                errPop = 0;
              }
              sp--;
              if (--lhs.ob_refcnt === 0) lhs.ob_type.tp_dealloc(lhs);
              if (--rhs.ob_refcnt === 0) rhs.ob_type.tp_dealloc(rhs);
              ls[sp - 1] = res;
              continue;
            }
            case 25: { // BINARY_SUBSCR
              // BINARY_SUBSCR_LIST_INT / TUPLE_INT: an exact list or tuple and an exact int
              // in range give the item as list_subscript / tuplesubscript do; the rest
              // (and the IndexError) go out of line to PyObject_GetItem.
              const sub = ls[sp - 1] as PyObject;
              const container = ls[sp - 2] as PyObject;
              const ctype = container.ob_type;
              if ((ctype === listType || ctype === tupleType) && sub.ob_type === PyLong_Type && (sub as PyLongObject).big === null) {
                const items = ctype === listType ? (container as PyListObject).ob_item : (container as PyTupleObject).ob_item;
                const n = items.length;
                let i = (sub as PyLongObject).ival;
                if (i < 0) i += n;
                if (i >= 0 && i < n) {
                  const res = items[i];
                  res.ob_refcnt++;
                  sp--;
                  if (--container.ob_refcnt === 0) container.ob_type.tp_dealloc(container);
                  if (--sub.ob_refcnt === 0) sub.ob_type.tp_dealloc(sub);
                  ls[sp - 1] = res;
                  continue;
                }
              }
              break;
            }
            case 145: { // LIST_APPEND
              const v = ls[--sp] as PyObject;
              const list = ls[sp - oparg] as PyObject;
              _PyList_AppendTakeRef(list as PyListObject, v);
              continue;
            }
            case 60: { // STORE_SUBSCR
              const sub = ls[sp - 1] as PyObject;
              const container = ls[sp - 2] as PyObject;
              const v = ls[sp - 3] as PyObject;
              errPop = 3;
              PyObject_SetItem(container, sub, v);
              errPop = 0;
              sp -= 3;
              Py_DECREF(v);
              Py_DECREF(container);
              Py_DECREF(sub);
              continue;
            }
            case 130: { // RAISE_VARARGS
              let cause: PyObject | null = null, exc: PyObject | null = null;
              if (oparg === 2) cause = ls[--sp];
              if (oparg >= 1) exc = ls[--sp];
              const e = do_raise(exc, cause);
              err = e;
              if (raiseWasBare) {
                // Bare `raise`: _PyErr_Restore, then `goto exception_unwind` (no traceback entry).
                ts.curexc = e;
                frame.prev_instr = pc - 1;
                label = L_EXCEPTION_UNWIND;
              } else {
                label = L_ERROR;
              }
              continue outer;
            }

            case 83: { // RETURN_VALUE
              const retval = ls[--sp] as PyObject;
              frame.stacktop = sp;
              frame.prev_instr = pc - 1;
              ts.recursion_remaining++;
              if (!frame.is_entry) {
                const dying = frame;
                frame = dying.previous as InterpreterFrame;
                ts.frame = frame;
                _PyEvalFrameClearAndPop(dying);
                co = frame.f_code; instrs = co.co_words; consts = co.consts; names = co.names; ls = frame.localsplus;
                pc = frame.prev_instr + 1; sp = frame.stacktop;
                ls[sp++] = retval;
                continue;
              }
              ts.frame = frame.previous;
              ts.evalDepth--;
              return retval;
            }

            case 123: { // SEND
              const v = ls[sp - 1] as PyObject;
              const receiver = ls[sp - 2] as PyObject;
              errPop = 1;
              frame.prev_instr = pc - 1;
              frame.stacktop = sp;
              sendRaisedStop = false;
              const status = PyIter_Send(receiver, v);
              errPop = 0;
              sp--;
              const retval = sendResult.value as PyObject;
              sendResult.value = null;
              if (status === PySendResult.RETURN && tracing.listener !== null && tracing.suspended === 0 &&
                  (sendRaisedStop || (PyGen_CheckExact(receiver) && (v !== Py_None || retval !== Py_None)))) {
                // Traced, 3.11's SEND calls tp_iternext (or .send() when a value is sent): the delegate's
                // end is a StopIteration there, and an exception event for this frame.
                tracing.listener.exception(frame, PyException.lazy(PyExc_StopIteration, null));
              }
              Py_DECREF(v);
              if (status === PySendResult.RETURN) {
                Py_DECREF(receiver);
                ls[sp - 1] = retval;
                pc = oparg;
              } else {
                ls[sp++] = retval;
              }
              continue;
            }

            case 86: { // YIELD_VALUE
              const retval = ls[--sp] as PyObject;
              (frame.gen as PyGenObject).gi_frame_state = GenState.SUSPENDED;
              frame.stacktop = sp;
              frame.prev_instr = pc - 1;
              ts.recursion_remaining++;
              ts.frame = frame.previous;
              ts.evalDepth--;
              return retval;
            }

            case 119: { // RERAISE
              if (oparg) {
                const lasti = ls[sp - 1 - oparg] as PyObject;
                frame.prev_instr = instrFromUnitOffset(co, longValue(lasti));
              } else {
                frame.prev_instr = pc - 1;
              }
              const val = ls[--sp] as PyObject;
              // _PyErr_Restore(type, val, tb): the stack's reference moves into the exception state.
              const e = new PyException(val);
              const tb = asExc(val).traceback;
              if (tb !== null) {
                Py_INCREF(tb);
                e.traceback = tb;
              }
              err = e;
              ts.curexc = e;
              label = L_EXCEPTION_UNWIND;
              continue outer;
            }
            case 90: { // STORE_NAME
              const name = names[oparg];
              const v = ls[sp - 1] as PyObject;
              const ns = frame.f_locals;
              errPop = 1;
              if (ns === null) PyErr_SetString(PyExc_SystemError, `no locals found when storing ${reprOf(name)}`);
              if (PyDict_CheckExact(ns)) _PyDict_StoreNameCached(co, pc - 1, ns, name, v);
              else PyObject_SetItem(ns, name, v);
              errPop = 0;
              sp--;
              Py_DECREF(v);
              continue;
            }
            case 92: { // UNPACK_SEQUENCE
              const seq = ls[sp - 1] as PyObject;
              if (seq.ob_type === tupleType && (seq as PyTupleObject).ob_item.length === oparg) {
                // UNPACK_SEQUENCE_TUPLE / TWO_TUPLE: same references, no iterator.
                const items = (seq as PyTupleObject).ob_item;
                sp--;
                for (let k = oparg - 1; k >= 0; k--) {
                  const it = items[k];
                  it.ob_refcnt++;
                  ls[sp++] = it;
                }
                Py_DECREF(seq);
                continue;
              }
              if (seq.ob_type === listType && (seq as PyListObject).ob_size === oparg) {
                const items = (seq as PyListObject).ob_item;
                sp--;
                for (let k = oparg - 1; k >= 0; k--) {
                  const it = items[k];
                  it.ob_refcnt++;
                  ls[sp++] = it;
                }
                Py_DECREF(seq);
                continue;
              }
              break; // any other iterable: out of line
            }
            case 95: { // STORE_ATTR
              const name = names[oparg];
              const owner = ls[sp - 1] as PyObject;
              const v = ls[sp - 2] as PyObject;
              errPop = 2;
              _PyObject_StoreAttrCached(owner, name, v, co.co_attrcache[pc - 1] as AttrCache);
              errPop = 0;
              sp -= 2;
              Py_DECREF(v);
              Py_DECREF(owner);
              continue;
            }
            case 101: { // LOAD_NAME
              const locals = frame.f_locals;
              const cache = co.co_globalcache[pc - 1];
              if (locals !== null && cache !== null) {
                const v = LOAD_NAME_cached(cache, locals, frame.f_globals, frame.f_builtins, names[oparg]);
                if (v !== null) {
                  v.ob_refcnt++;
                  ls[sp++] = v;
                  continue;
                }
              }
              break; // the generic lookup, out of line
            }
            case 116: { // LOAD_GLOBAL
              const cache = co.co_globalcache[pc - 1];
              const v = cache === null ? null : LOAD_GLOBAL_cached(cache, frame.f_globals, frame.f_builtins, names[oparg >> 1]);
              if (v === null) break; // the generic lookup, out of line
              v.ob_refcnt++;
              // NULL below the global when oparg & 1, without a branch: the slot is
              // rewritten at once when there is no NULL.
              ls[sp] = null;
              sp += oparg & 1;
              ls[sp++] = v;
              continue;
            }
            case 137: { // LOAD_DEREF
              const cell = ls[oparg] as PyCellObject;
              const value = cell.ob_ref;
              if (value === null) format_exc_unbound(co, oparg);
              value.ob_refcnt++;
              ls[sp++] = value;
              continue;
            }
            case 138: { // STORE_DEREF
              const v = ls[--sp] as PyObject;
              const cell = ls[oparg] as PyCellObject;
              const oldobj = cell.ob_ref;
              cell.ob_ref = v;
              Py_XDECREF(oldobj);
              continue;
            }
            case 102: { // BUILD_TUPLE
              const tup = PyTuple_New(oparg);
              while (--oparg >= 0) PyTuple_SET_ITEM(tup, oparg, ls[--sp] as PyObject);
              ls[sp++] = tup;
              continue;
            }
            case 103: { // BUILD_LIST
              const list = PyList_New(oparg);
              while (--oparg >= 0) PyList_SET_ITEM(list, oparg, ls[--sp] as PyObject);
              ls[sp++] = list;
              continue;
            }
            case 106: { // LOAD_ATTR
              const owner = ls[sp - 1] as PyObject;
              const res = _PyObject_LoadAttrCached(owner, names[oparg], co.co_attrcache[pc - 1] as AttrCache);
              Py_DECREF(owner);
              ls[sp - 1] = res;
              continue;
            }
            case 107: { // COMPARE_OP
              const right = ls[sp - 1] as PyObject;
              const left = ls[sp - 2] as PyObject;
              let res: PyObject;
              if (left.ob_type === PyLong_Type && right.ob_type === PyLong_Type &&
                (left as PyLongObject).big === null && (right as PyLongObject).big === null) {
                // COMPARE_OP_INT_JUMP's comparison: a bool, as long_richcompare returns.
                // Two comparisons and a table (compareIntOp), the same whatever the operator,
                // so that no comparison is first run after V8 optimized the loop.
                const a = (left as PyLongObject).ival, b = (right as PyLongObject).ival;
                // Unless COMPARE_OP_INT_JUMP runs, PyObject_RichCompare's guard does (quicken.ts).
                const forms = co.co_form;
                if ((forms === null || forms[pc - 1] !== Form.COMPARE_INT_JUMP || tracing.listener !== null ||
                  a >= 0x40000000 || a <= -0x40000000 ||
                  b >= 0x40000000 || b <= -0x40000000) && _PyCompareOp_IsGeneric(co, pc - 1, left, right, oparg)) {
                  errPop = 2;
                  _Py_RecursionCheckpoint(' in comparison');
                  errPop = 0;
                }
                const lt = a < b ? 2 : 0, eq = a === b ? 1 : 0;
                res = compareIntOp[(oparg << 2) | lt | eq] ? Py_True : Py_False;
                res.ob_refcnt++;
              } else {
                break; // PyObject_RichCompare, out of line
              }
              sp--;
              ls[sp - 1] = res;
              if (--left.ob_refcnt === 0) left.ob_type.tp_dealloc(left);
              if (--right.ob_refcnt === 0) right.ob_type.tp_dealloc(right);
              continue;
            }
            case 117: { // IS_OP
              const right = ls[--sp] as PyObject;
              const left = ls[sp - 1] as PyObject;
              const b = ((left === right) ? 1 : 0) ^ oparg ? Py_True : Py_False;
              b.ob_refcnt++;
              ls[sp - 1] = b;
              if (--left.ob_refcnt === 0) left.ob_type.tp_dealloc(left);
              if (--right.ob_refcnt === 0) right.ob_type.tp_dealloc(right);
              continue;
            }
            case 118: { // CONTAINS_OP
              const right = ls[sp - 1] as PyObject;
              const left = ls[sp - 2] as PyObject;
              errPop = 2;
              const res = PySequence_Contains(right, left);
              errPop = 0;
              sp -= 2;
              Py_DECREF(left);
              Py_DECREF(right);
              const b = ((res ? 1 : 0) ^ oparg) ? Py_True : Py_False;
              b.ob_refcnt++;
              ls[sp++] = b;
              continue;
            }
            case 140: // JUMP_BACKWARD
              if (co.co_warmup !== 0) _PyCode_Warmup(co);
              pc = oparg;
              continue;
            case 110: // JUMP_FORWARD
            case 134: // JUMP_BACKWARD_NO_INTERRUPT
              pc = oparg;
              continue;
            case 114: // POP_JUMP_FORWARD_IF_FALSE
            case 175: { // POP_JUMP_BACKWARD_IF_FALSE
              const cond = ls[sp - 1] as PyObject;
              if (cond === Py_True) {
                cond.ob_refcnt--;
                sp--;
              } else if (cond === Py_False) {
                cond.ob_refcnt--;
                sp--;
                pc = oparg;
              } else {
                break; // PyObject_IsTrue out of line
              }
              continue;
            }
            case 115: // POP_JUMP_FORWARD_IF_TRUE
            case 176: { // POP_JUMP_BACKWARD_IF_TRUE
              const cond = ls[sp - 1] as PyObject;
              if (cond === Py_False) {
                cond.ob_refcnt--;
                sp--;
              } else if (cond === Py_True) {
                cond.ob_refcnt--;
                sp--;
                pc = oparg;
              } else {
                break; // PyObject_IsTrue out of line
              }
              continue;
            }
            case 128: // POP_JUMP_FORWARD_IF_NOT_NONE
            case 173: { // POP_JUMP_BACKWARD_IF_NOT_NONE
              const value = ls[--sp] as PyObject;
              if (value !== Py_None) pc = oparg;
              Py_DECREF(value);
              continue;
            }
            case 129: // POP_JUMP_FORWARD_IF_NONE
            case 174: { // POP_JUMP_BACKWARD_IF_NONE
              const value = ls[--sp] as PyObject;
              if (value === Py_None) pc = oparg;
              Py_DECREF(value);
              continue;
            }
            case 111: { // JUMP_IF_FALSE_OR_POP
              const cond = ls[sp - 1] as PyObject;
              if (cond === Py_True) {
                sp--;
                cond.ob_refcnt--;
              } else if (cond === Py_False) {
                pc = oparg;
              } else {
                break; // PyObject_IsTrue out of line
              }
              continue;
            }
            case 112: { // JUMP_IF_TRUE_OR_POP
              const cond = ls[sp - 1] as PyObject;
              if (cond === Py_False) {
                sp--;
                cond.ob_refcnt--;
              } else if (cond === Py_True) {
                pc = oparg;
              } else {
                break; // PyObject_IsTrue out of line
              }
              continue;
            }
            case 93: { // FOR_ITER
              const iter = ls[sp - 1] as PyObject;
              frame.prev_instr = pc - 1;
              frame.stacktop = sp;
              const itype = iter.ob_type;
              // The two commonest iterators step here, as rangeiter_next and listiter_next
              // do; at their end (and at the end of any iterator) the loop goes out of
              // line, where the end's own work (listiter_next releasing the list) is done
              // by tp_iternext itself.
              if (itype === PyRangeIter_Type) {
                const r = iter as PyRangeIterObject;
                if (r.index < r.len) {
                  ls[sp++] = PyLong_FromNumber(r.start + (r.index++) * r.step);
                  continue;
                }
                opcode = FOR_ITER_AT_END;
                break;
              }
              if (itype === PyListIter_Type) {
                const it = iter as PySeqIterObject;
                const seq = it.it_seq as PyListObject | null;
                if (seq !== null && it.it_index < seq.ob_item.length) {
                  const item = seq.ob_item[it.it_index++];
                  item.ob_refcnt++;
                  ls[sp++] = item;
                  continue;
                }
                opcode = FOR_ITER_AT_END;
                break;
              }
              const next = for_iter_next(iter);
              if (next !== null) {
                ls[sp++] = next;
                continue;
              }
              if (tracing.stopIterationRaised && tracing.listener !== null && tracing.suspended === 0) {
                tracing.stopIterationRaised = false;
                tracing.listener.exception(frame, PyException.lazy(PyExc_StopIteration, null));
              }
              break; // exhausted: out of line
            }
            case 160: { // LOAD_METHOD
              const name = names[oparg];
              const obj = ls[sp - 1] as PyObject;
              const meth = _PyObject_GetMethodCached(obj, name, co.co_attrcache[pc - 1] as AttrCache);
              if (getMethodUnbound()) {
                // meth | self | args...
                ls[sp - 1] = meth;
                ls[sp++] = obj;
              } else {
                // NULL | meth | args...
                ls[sp - 1] = null;
                Py_DECREF(obj);
                ls[sp++] = meth;
              }
              continue;
            }
            case 166: { // PRECALL
              const forms = co.co_form;
              if (forms !== null) {
                // The adaptive step (quicken.ts), but not for the commonest hits: a Python
                // function at a PRECALL_PYFUNC site, list.append on a list at a
                // PRECALL_NO_KW_LIST_APPEND one.
                const f = forms[pc - 1];
                if (!(f === Form.PYFUNC && ls[sp - oparg - 1 - (ls[sp - oparg - 2] !== null ? 1 : 0)]!.ob_type === PyFunction_Type) &&
                  !(f === Form.LIST_APPEND && ls[sp - 3] === listAppend && ls[sp - 2]!.ob_type === listType)) {
                  _PyPrecall_Adaptive(co, pc - 1, ls, sp, oparg, kwnames);
                }
              }
              const is_meth = ls[sp - oparg - 2] !== null;
              if (!is_meth) {
                const fn = ls[sp - oparg - 1] as PyObject;
                if (fn.ob_type === PyMethod_Type) {
                  const m = fn as PyMethodObject;
                  const meth = m.im_func, self = m.im_self;
                  Py_INCREF(meth);
                  Py_INCREF(self);
                  ls[sp - oparg - 1] = self;
                  ls[sp - oparg - 2] = meth;
                  Py_DECREF(fn);
                }
              }
              continue;
            }
            case 172: // KW_NAMES
              kwnames = consts[oparg];
              continue;
            case 171: { // CALL
              const is_meth = ls[sp - oparg - 2] !== null ? 1 : 0;
              const total_args = oparg + is_meth;
              const fn = ls[sp - total_args - 1] as PyObject;
              const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
              const positional_args = total_args - nkw;
              if (fn.ob_type === PyFunction_Type) {
                const func = fn as PyFunctionObject;
                const code = func.func_code;
                sp -= total_args;
                const kwn = kwnames;
                kwnames = null;
                const argbase = sp;
                sp -= 2 - is_meth;
                frame.stacktop = sp;
                frame.prev_instr = pc - 1;
                // The new frame steals the function and the arguments from our stack.
                const locals = code.co_flags & CO.OPTIMIZED ? null : func.func_globals;
                const new_frame = _PyEvalFramePushAndInit(func, locals, ls, argbase, positional_args, kwn);
                new_frame.previous = frame;
                frame = new_frame;
                ts.frame = frame;
                // start_frame: _Py_EnterRecursiveCallTstate, done by the label when it fails.
                if (ts.recursion_remaining <= 0) {
                  label = L_START_FRAME;
                  continue outer;
                }
                ts.recursion_remaining--;
                co = code; instrs = co.co_words; consts = co.consts; names = co.names; ls = frame.localsplus;
                pc = 0; sp = frame.stacktop;
                continue;
              }
              // CALL_NO_KW_LIST_APPEND: list.append(x) on an exact list, as the generic
              // call would do it (list_append increfs x and returns None).
              // (Not under a CPython tracer, whose bound method trace_call.ts makes.)
              if (fn === listAppend && is_meth === 1 && oparg === 1 && kwnames === null && ls[sp - 2]!.ob_type === listType &&
                (tracing.listener === null || !tracerAllocates())) {
                const self = ls[sp - 2] as PyObject;
                const arg = ls[sp - 1] as PyObject;
                errPop = 3;
                // The generic call's method_vectorcall_O guards the recursion depth.
                if (ts.recursion_remaining <= 0 && _PyPrecall_Form(co, pc - 2, ls, sp, oparg) !== Form.LIST_APPEND) {
                  _Py_RecursionCheckpoint(' while calling a Python object');
                }
                PyList_Append(self, arg);
                errPop = 0;
                sp -= 3;
                if (--fn.ob_refcnt === 0) fn.ob_type.tp_dealloc(fn);
                if (--self.ob_refcnt === 0) self.ob_type.tp_dealloc(self);
                if (--arg.ob_refcnt === 0) arg.ob_type.tp_dealloc(arg);
                Py_None.ob_refcnt++;
                ls[sp++] = Py_None;
                continue;
              }
              // Not a Python function: the C call, out of line (its callees vary).
              callKwnames[0] = kwnames;
              kwnames = null;
              break;
            }
            case 75: { // RETURN_GENERATOR
              frame.stacktop = sp;
              frame.prev_instr = pc - 1;
              const gen = make_generator(frame, sp);
              ts.recursion_remaining++;
              if (!frame.is_entry) {
                const prev = frame.previous as InterpreterFrame;
                frame.owner = FrameOwner.CLEARED;
                _PyFrame_Release(frame);
                frame = prev;
                ts.frame = frame;
                co = frame.f_code; instrs = co.co_words; consts = co.consts; names = co.names; ls = frame.localsplus;
                pc = frame.prev_instr + 1; sp = frame.stacktop;
                ls[sp++] = gen;
                continue;
              }
              // Leave this frame valid for the C caller's _PyEvalFrameClearAndPop.
              frame.stacktop = 0;
              frame.f_locals = null;
              if (frame.f_func !== null) Py_INCREF(frame.f_func);
              Py_INCREF(frame.f_code);
              ts.frame = frame.previous;
              ts.evalDepth--;
              return gen;
            }
            case 120: { // COPY
              const peek = ls[sp - oparg] as PyObject;
              Py_INCREF(peek);
              ls[sp++] = peek;
              continue;
            }
            case 99: { // SWAP
              const top = ls[sp - 1];
              ls[sp - 1] = ls[sp - oparg];
              ls[sp - oparg] = top;
              continue;
            }
          }
        } else {
          // The budget ran out before the instruction at pc: opcode 0 asks the hook.
          oparg = pc;
        }
        // Every opcode not handled above, the slow paths of those that `break`, and the
        // budget hook (ceval_cold.ts): one call site whose type feedback they all share.
        frame.prev_instr = pc - 1;
        sp = ceval_cold(opcode, frame, ls, sp, oparg);
        pc = coldPc[0];
        if (pc < 0) {
          // COLD_PAUSE (base activation only): the frames keep their state.
          ts.evalDepth--;
          return PAUSED;
        }
      }
    } catch (caught) {
      let e = caught;
      // The simulated allocator refused a request past the memory cap: in CPython that
      // malloc returned NULL and the caller raised MemoryError (PyErr_NoMemory), which
      // Python code can catch like any other exception.
      if (e instanceof SimulatedMemoryError) e = PyException.lazy(PyExc_MemoryError, null);
      // The host's stack or string limit (hostlimits.ts): RecursionError / MemoryError.
      else if (e instanceof RangeError) e = _PyErr_FromHostLimit(e) ?? e;
      if (!(e instanceof PyException)) {
        ts.evalDepth--;
        throw e;
      }
      // `goto error` from the instruction at pc-1: release what CPython had already released.
      if (errPop > 0) {
        const base = sp - errPop;
        for (let k = base; k < sp; k++) {
          const o = ls[k];
          ls[k] = null;
          if (o !== null) Py_DECREF(o);
        }
        sp = base;
        errPop = 0;
      }
      err = e;
      label = L_ERROR;
    }
  }

  // exit_unwind of the entry frame: the exception leaves this activation.
  throw err as PyException;
}

function checkRecursion(): void {
  // _Py_CheckRecursiveCall(tstate, "") after recursion_remaining-- went below zero.
  _Py_CheckRecursiveCall(tstate, '');
}

function longValue(o: PyObject): number {
  return (o as PyLongObject).ival;
}

/** &_Py_STR(empty), borrowed: the static '' (no reference taken, as in CPython, so no
 *  runtime's count of '' depends on which runtime asked first). */
export function emptyStr(): PyObject {
  return _Py_EmptyString;
}

/** COMPARE_OP's result for exact ints by (oparg << 2) | (a < b) << 1 | (a == b). */
const compareIntOp = new Uint8Array(24);
for (let op = 0; op < 6; op++) {
  for (const [lt, eq] of [[0, 0], [1, 0], [0, 1]]) {
    const gt = !lt && !eq;
    const r = [lt, lt || eq, eq, !eq, gt, !lt][op];
    compareIntOp[(op << 2) | (lt << 1) | eq] = r ? 1 : 0;
  }
}
/** BINARY_OP's exact-int fast path by oparg (NB_*): 1 add, 2 subtract, 3 multiply, 0 none. */
const binaryIntOp = new Int8Array(26);
binaryIntOp[0] = binaryIntOp[13] = 1; // NB_ADD, NB_INPLACE_ADD
binaryIntOp[10] = binaryIntOp[23] = 2; // NB_SUBTRACT, NB_INPLACE_SUBTRACT
binaryIntOp[5] = binaryIntOp[18] = 3; // NB_MULTIPLY, NB_INPLACE_MULTIPLY

// Static types: the same for every runtime.
let tupleType: PyTypeObject = null as unknown as PyTypeObject;
let listType: PyTypeObject = null as unknown as PyTypeObject;
/** The method descriptor list.append (CALL_NO_KW_LIST_APPEND's callable_cache.list_append):
 *  a startup heap object, so the active runtime's (its profile's), switched with it. */
let listAppend: PyObject | null = null;
/** Called once the container types exist (ceval's fast paths compare type identity). */
export function _PyEval_InitFastPaths(tuple: PyTypeObject, list: PyTypeObject, append: PyObject): void {
  tupleType = tuple;
  listType = list;
  listAppend = append;
}
_PyRuntime_RegisterState<PyObject | null>({
  name: 'ceval callable_cache',
  save: () => listAppend,
  restore: (append) => {
    listAppend = append;
  },
  fresh: () => null,
});

/** SETUP_ANNOTATIONS: __annotations__ = {} in the namespace if missing. */
export function setup_annotations(frame: InterpreterFrame): void {
  const locals = frame.f_locals;
  if (locals === null) PyErr_SetString(PyExc_SystemError, 'no locals found when setting up annotations');
  const name = _Py_ID('__annotations__');
  if (PyDict_CheckExact(locals)) {
    if (PyDict_GetItemWithError(locals, name) === null) {
      const d = PyDict_New();
      PyDict_SetItem(locals, name, d);
      Py_DECREF(d);
    }
  } else {
    try {
      const a = PyObject_GetItem(locals, name);
      Py_DECREF(a);
    } catch (e) {
      if (!(e instanceof PyException) || e.type !== PyExc_KeyError) throw e;
      PyErr_Clear(e);
      const d = PyDict_New();
      PyObject_SetItem(locals, name, d);
      Py_DECREF(d);
    }
  }
}

/** do_call_core: PyObject_Call with the tuple and dict CALL_FUNCTION_EX built. */
export function do_call_core(func: PyObject, callargs: PyObject, kwdict: PyObject | null): PyObject {
  if (tracerAllocates()) {
    const res = do_call_core_method_descr(func, callargs, kwdict);
    if (res !== null) return res;
  }
  return PyObject_Call(func, callargs, kwdict);
}

// ---------------------------------------------------------------------------
// Entry points used from "C".

/** _PyEval_EvalFrame: runs a frame to completion in a new activation of the loop. */
export function _PyEval_EvalFrame(frame: InterpreterFrame, throwExc: PyException | null): PyObject {
  return _PyEval_EvalFrameDefault(frame, throwExc);
}

/** _PyEval_Vector: calls a Python function from C (args borrowed; kwnames values follow
 *  the positional ones). The frame takes new references, runs, and is cleared. */
export function _PyEval_Vector(func: PyFunctionObject, locals: PyObject | null, args: PyObject[], argcount: number,
  kwnames: PyObject | null): PyObject {
  Py_INCREF(func);
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
  for (let i = 0; i < argcount + nkw; i++) Py_INCREF(args[i]);
  const frame = _PyEvalFramePushAndInit(func, locals, args, 0, argcount, kwnames);
  try {
    return _PyEval_EvalFrameDefault(frame, null);
  } finally {
    _PyEvalFrameClearAndPop(frame);
  }
}

/** _PyFunction_Vectorcall: PyFunction_Type's tp_vectorcall. */
export function _PyFunction_Vectorcall(callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const func = callable as PyFunctionObject;
  const locals = func.func_code.co_flags & CO.OPTIMIZED ? null : func.func_globals;
  return _PyEval_Vector(func, locals, args, nargs, kwnames);
}
PyFunction_Type.tp_vectorcall = _PyFunction_Vectorcall;
PyFunction_Type.tp_call = (self, args, kwargs) => PyObject_Call(self, args, kwargs);

void PyObject_IsInstance; void PyType_Check; void ExcStackItem; void PyTuple_New;

