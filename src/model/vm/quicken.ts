// Quickening and the adaptive PRECALL / COMPARE_OP forms of CPython 3.11
// (Python/specialize.c _PyCode_Quicken, _Py_Specialize_Precall, _Py_Specialize_CompareOp;
// the adaptive counters of Include/internal/pycore_code.h; the DEOPT_IF guards and
// the `miss:` label of Python/ceval.c) — modelled as far as they are observable.
//
// What they change is where the recursion guard runs. A builtin called through the
// generic CALL goes through its vectorcall, which calls _Py_EnterRecursiveCall(" while
// calling a Python object"); the specialized PRECALL_NO_KW_LEN, _BUILTIN_FAST,
// _METHOD_DESCRIPTOR_FAST… call the C function straight from the eval loop without it
// (PRECALL_NO_KW_BUILTIN_O, _METHOD_DESCRIPTOR_O and _NOARGS keep it). A generic
// COMPARE_OP goes through PyObject_RichCompare's guard (" in comparison"),
// COMPARE_OP_INT_JUMP / _FLOAT_JUMP / _STR_JUMP do not. So how deep a recursion gets
// before RecursionError, and which message it carries, depends on which form each
// call site was running: `def f(): return len(s)` inside `__len__` recurses 991
// levels in CPython, not 499, because len() is specialized from the 8th call on.
//
// A code object is quickened after 8 executions of RESUME or JUMP_BACKWARD
// (_PyCode_Warmup); its PRECALL and COMPARE_OP sites then start adaptive with a zero
// counter, so the next execution specializes them by the operands it sees; a
// failure backs the counter off exponentially, 53 guard misses of a specialized form
// return it to adaptive. The forms live in co_form / co_counter (one slot per
// instruction index); nothing else of the specialized instructions is needed, as
// they compute the same results with the same reference moves as the generic ones.
//
// While a trace function is set, ceval.c's DO_TRACING runs every instruction as
// _PyOpcode_Deopt[opcode] (TRACING_NEXTOPARG): the generic PRECALL / CALL / COMPARE_OP,
// so no specialized form runs and no adaptive counter moves (the warmup still counts:
// RESUME and JUMP_BACKWARD are what RESUME_QUICK and JUMP_BACKWARD_QUICK deopt to).

import type { PyObject, PyTypeObject } from '../objects/object';
import { TypeFlags } from '../objects/object';
import type { PyCodeObject } from '../objects/codeobject';
import { Op } from '../compiler/opcodes';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyCFunction_Type, type PyCFunctionObject } from '../objects/methodobject';
import { PyMethodDescr_Type, type PyMethodDescrObject } from '../objects/descrobject';
import { PyFunction_Type } from '../objects/funcobject';
import { PyMethod_Type } from '../objects/classobject';
import { PyType_Type, PyBaseObject_Type } from '../objects/typebase';
import { PyLong_Type } from '../objects/long_type';
import type { PyLongObject } from '../objects/long_type';
import { PyFloat_Type, type PyFloatObject } from '../objects/floatobject';
import { PyUnicode_Type } from '../objects/unicode_type';
import { PyTuple_Type } from '../objects/tupleobject';
import { PyList_Type } from '../objects/listobject';
import { CompareOp } from '../objects/object';
import { PyType_IsSubtype } from '../objects/typeobject';
import { builtinMethods } from './bltinmodule';
import { tracing } from './tracing';

/** cframe.use_tracing: a trace function is set and not running itself. */
function deoptimized(): boolean {
  return tracing.listener !== null && tracing.suspended === 0;
}

/** The form an adaptive site runs (the opcode CPython has rewritten it to). */
export const enum Form {
  /** Never quickened, or the plain instruction (COMPARE_OP not followed by a jump). */
  GENERIC = 0,
  ADAPTIVE = 1,
  // PRECALL_*
  PYFUNC, BOUND_METHOD, TYPE_1, STR_1, TUPLE_1, BUILTIN_CLASS, BUILTIN_O, BUILTIN_FAST,
  BUILTIN_FAST_WITH_KEYWORDS, LEN, ISINSTANCE, LIST_APPEND, METHOD_DESCRIPTOR_O,
  METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, METHOD_DESCRIPTOR_NOARGS, METHOD_DESCRIPTOR_FAST,
  // COMPARE_OP_*_JUMP
  COMPARE_FLOAT_JUMP, COMPARE_INT_JUMP, COMPARE_STR_JUMP,
}

// The 16-bit counters: 12 bits of value over 4 bits of backoff exponent.
const ADAPTIVE_BACKOFF_BITS = 4;
const ADAPTIVE_BACKOFF_START = 5;
const MAX_BACKOFF_VALUE = 16 - ADAPTIVE_BACKOFF_BITS;
/** miss_counter_start: guard misses a specialized form tolerates. */
const MISS_COUNTER_START = 53;

function adaptive_counter_bits(value: number, backoff: number): number {
  return (value << ADAPTIVE_BACKOFF_BITS) | (backoff & ((1 << ADAPTIVE_BACKOFF_BITS) - 1));
}
const ADAPTIVE_COUNTER_START = adaptive_counter_bits((1 << ADAPTIVE_BACKOFF_START) - 1, ADAPTIVE_BACKOFF_START);

function adaptive_counter_backoff(counter: number): number {
  let backoff = (counter & ((1 << ADAPTIVE_BACKOFF_BITS) - 1)) + 1;
  if (backoff > MAX_BACKOFF_VALUE) backoff = MAX_BACKOFF_VALUE;
  return adaptive_counter_bits((1 << backoff) - 1, backoff);
}

/** _PyCode_Warmup: RESUME and JUMP_BACKWARD count towards quickening. */
export function _PyCode_Warmup(co: PyCodeObject): void {
  if (co.co_warmup !== 0 && ++co.co_warmup === 0) _PyCode_Quicken(co);
}

/** _PyCode_Quicken: every PRECALL and COMPARE_OP becomes adaptive with a zero counter. */
function _PyCode_Quicken(co: PyCodeObject): void {
  // co_code: the words may carry the debugger's DO_TRACING (instrumentation.ts).
  const code = co.co_code;
  const n = code.length >> 1;
  const form = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const op = code[2 * i];
    if (op === Op.PRECALL || op === Op.COMPARE_OP) form[i] = Form.ADAPTIVE;
  }
  co.co_counter = new Uint16Array(n);
  co.co_form = form;
}

/** The guard miss of a specialized form (ceval.c `miss:`): after 53 it is adaptive again. */
function miss(co: PyCodeObject, i: number): void {
  const counter = co.co_counter as Uint16Array;
  if (--counter[i] === 0) {
    (co.co_form as Uint8Array)[i] = Form.ADAPTIVE;
    counter[i] = ADAPTIVE_COUNTER_START;
  }
}

/** An adaptive site's execution: specialize when the counter is zero (then run the
 *  site again in its new form, DISPATCH_SAME_OPARG), else count down. Returns whether
 *  the specialized form ran; false means the generic instruction did. */
function adaptive(co: PyCodeObject, i: number, specialize: () => Form | null, guard: (f: Form) => boolean): boolean {
  const form = co.co_form as Uint8Array, counter = co.co_counter as Uint16Array;
  if (counter[i] < 1 << ADAPTIVE_BACKOFF_BITS) {
    const f = specialize();
    if (f === null) {
      counter[i] = adaptive_counter_backoff(counter[i]);
    } else {
      form[i] = f;
      counter[i] = MISS_COUNTER_START;
      if (f === Form.GENERIC) return false;
      if (guard(f)) return true;
      miss(co, i);
      return false;
    }
  }
  counter[i] -= 1 << ADAPTIVE_BACKOFF_BITS;
  return false;
}

// ---------------------------------------------------------------------------
// PRECALL

const CONVENTION = METH.VARARGS | METH.FASTCALL | METH.NOARGS | METH.O | METH.KEYWORDS;

/** interp->callable_cache: len and isinstance, known by their method definitions (the
 *  builtin function objects are created per interpreter), and list.append. */
let lenDef: PyMethodDef | undefined, isinstanceDef: PyMethodDef | undefined;
function isBuiltin(o: PyObject, name: 'len' | 'isinstance'): boolean {
  if (o.ob_type !== PyCFunction_Type) return false;
  if (lenDef === undefined) {
    lenDef = builtinMethods.find((d) => d.ml_name === 'len');
    isinstanceDef = builtinMethods.find((d) => d.ml_name === 'isinstance');
  }
  return (o as PyCFunctionObject).m_ml === (name === 'len' ? lenDef : isinstanceDef);
}
function isListAppend(o: PyObject): boolean {
  const d = o as PyMethodDescrObject;
  return o.ob_type === PyMethodDescr_Type && d.d_type === PyList_Type && d.d_method.ml_name === 'append';
}

/** _Py_Specialize_Precall: the form for this callable, or null (a failure). */
function specializePrecall(co: PyCodeObject, i: number, callable: PyObject, nargs: number, kwnames: PyObject | null,
  oparg: number): Form | null {
  const t = callable.ob_type;
  if (t === PyCFunction_Type) {
    // specialize_c_call
    const m = callable as PyCFunctionObject;
    switch (m.m_ml.ml_flags & CONVENTION) {
      case METH.O:
        if (kwnames !== null || nargs !== 1) return null;
        return isBuiltin(callable, 'len') ? Form.LEN : Form.BUILTIN_O;
      case METH.FASTCALL:
        if (kwnames !== null) return null;
        return nargs === 2 && isBuiltin(callable, 'isinstance') ? Form.ISINSTANCE : Form.BUILTIN_FAST;
      case METH.FASTCALL | METH.KEYWORDS:
        return Form.BUILTIN_FAST_WITH_KEYWORDS;
      default:
        return null;
    }
  }
  if (t === PyFunction_Type) return Form.PYFUNC;
  if (t === PyType_Type || PyType_IsSubtype(t, PyType_Type)) {
    // specialize_class_call
    const tp = callable as PyTypeObject;
    if (tp.tp_new === PyBaseObject_Type.tp_new) return null;
    if ((tp.tp_flags & TypeFlags.IMMUTABLETYPE) === 0) return null;
    if (nargs === 1 && kwnames === null && oparg === 1) {
      if (tp === PyUnicode_Type) return Form.STR_1;
      if (tp === PyType_Type) return Form.TYPE_1;
      if (tp === PyTuple_Type) return Form.TUPLE_1;
    }
    return tp.tp_vectorcall_ctor !== null ? Form.BUILTIN_CLASS : null;
  }
  if (t === PyMethodDescr_Type) {
    // specialize_method_descriptor
    if (kwnames !== null) return null;
    switch ((callable as PyMethodDescrObject).d_method.ml_flags & CONVENTION) {
      case METH.NOARGS:
        return nargs === 1 ? Form.METHOD_DESCRIPTOR_NOARGS : null;
      case METH.O: {
        if (nargs !== 2) return null;
        const next = 2 * (i + 2) < co.co_code.length ? co.co_code[2 * (i + 2)] : -1;
        if (isListAppend(callable) && oparg === 1 && next === Op.POP_TOP) return Form.LIST_APPEND;
        return Form.METHOD_DESCRIPTOR_O;
      }
      case METH.FASTCALL:
        return Form.METHOD_DESCRIPTOR_FAST;
      case METH.FASTCALL | METH.KEYWORDS:
        return Form.METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
      default:
        return null;
    }
  }
  if (t === PyMethod_Type) return Form.BOUND_METHOD;
  return null;
}

/** The DEOPT_IF guards of each PRECALL form, on the stack as PRECALL sees it
 *  (`... | NULL or method | callable or self | args`). */
function precallGuard(f: Form, ls: (PyObject | null)[], sp: number, oparg: number): boolean {
  const is_meth = ls[sp - oparg - 2] !== null;
  const total_args = is_meth ? oparg + 1 : oparg;
  const callable = ls[sp - total_args - 1] as PyObject;
  const t = callable.ob_type;
  switch (f) {
    case Form.PYFUNC: return t === PyFunction_Type;
    case Form.BOUND_METHOD: return !is_meth && t === PyMethod_Type;
    case Form.TYPE_1: return !is_meth && callable === PyType_Type;
    case Form.STR_1: return !is_meth && callable === PyUnicode_Type;
    case Form.TUPLE_1: return !is_meth && callable === PyTuple_Type;
    case Form.BUILTIN_CLASS:
      return (t === PyType_Type || PyType_IsSubtype(t, PyType_Type)) && (callable as PyTypeObject).tp_vectorcall_ctor !== null;
    case Form.BUILTIN_O: return total_args === 1 && cfunctionConv(callable) === METH.O;
    case Form.BUILTIN_FAST: return cfunctionConv(callable) === METH.FASTCALL;
    case Form.BUILTIN_FAST_WITH_KEYWORDS: return cfunctionConv(callable) === (METH.FASTCALL | METH.KEYWORDS);
    case Form.LEN: return total_args === 1 && isBuiltin(callable, 'len');
    case Form.ISINSTANCE: return total_args === 2 && isBuiltin(callable, 'isinstance');
    case Form.LIST_APPEND: return isListAppend(callable) && PyType_IsSubtype(ls[sp - 2]!.ob_type, PyList_Type);
    case Form.METHOD_DESCRIPTOR_O: return total_args === 2 && descrConv(callable, ls, sp, total_args) === METH.O;
    case Form.METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
      return descrConv(callable, ls, sp, total_args) === (METH.FASTCALL | METH.KEYWORDS);
    case Form.METHOD_DESCRIPTOR_NOARGS: return total_args === 1 && descrConv(callable, ls, sp, total_args) === METH.NOARGS;
    case Form.METHOD_DESCRIPTOR_FAST: return descrConv(callable, ls, sp, total_args) === METH.FASTCALL;
    default: return false;
  }
}

/** The calling convention of a builtin function object, -1 for anything else. */
function cfunctionConv(o: PyObject): number {
  return o.ob_type === PyCFunction_Type ? (o as PyCFunctionObject).m_ml.ml_flags & CONVENTION : -1;
}

/** The calling convention of a method descriptor called on an exact instance of its
 *  type (self, the first argument, is checked by every _METHOD_DESCRIPTOR_ form), else -1. */
function descrConv(o: PyObject, ls: (PyObject | null)[], sp: number, total_args: number): number {
  if (o.ob_type !== PyMethodDescr_Type) return -1;
  const d = o as PyMethodDescrObject;
  if (total_args < 1 || ls[sp - total_args]!.ob_type !== d.d_type) return -1;
  return d.d_method.ml_flags & CONVENTION;
}

/** PRECALL at instruction i of quickened code: the adaptive step (the eval loop calls
 *  this before its own generic PRECALL, which every form agrees with). */
export function _PyPrecall_Adaptive(co: PyCodeObject, i: number, ls: (PyObject | null)[], sp: number, oparg: number,
  kwnames: PyObject | null): void {
  if (deoptimized()) return;
  const f = (co.co_form as Uint8Array)[i];
  if (f === Form.ADAPTIVE) {
    adaptive(co, i, () => {
      const nargs = ls[sp - oparg - 2] !== null ? oparg + 1 : oparg;
      return specializePrecall(co, i, ls[sp - nargs - 1] as PyObject, nargs, kwnames, oparg);
    }, (g) => precallGuard(g, ls, sp, oparg));
  } else if (f !== Form.GENERIC && !precallGuard(f, ls, sp, oparg)) {
    miss(co, i);
  }
}

/** The PRECALL form that ran for the CALL at instruction i+1 (its stack is still the
 *  one PRECALL saw): a specialized form whose guards hold, else GENERIC. */
export function _PyPrecall_Form(co: PyCodeObject, i: number, ls: (PyObject | null)[], sp: number, oparg: number): Form {
  const forms = co.co_form;
  if (forms === null || deoptimized()) return Form.GENERIC;
  const f = forms[i];
  if (f <= Form.ADAPTIVE) return Form.GENERIC;
  return precallGuard(f, ls, sp, oparg) ? f : Form.GENERIC;
}

/** The forms that call the C function without the recursion guard. */
export function _PyPrecall_SkipsGuard(f: Form): boolean {
  return f === Form.BUILTIN_FAST || f === Form.BUILTIN_FAST_WITH_KEYWORDS || f === Form.LEN || f === Form.ISINSTANCE ||
    f === Form.LIST_APPEND || f === Form.METHOD_DESCRIPTOR_FAST || f === Form.METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS ||
    f === Form.TYPE_1 || f === Form.TUPLE_1 || f === Form.BUILTIN_CLASS;
}

// ---------------------------------------------------------------------------
// COMPARE_OP

/** A "compact" int (one 30-bit digit, Py_SIZE in -1..1): what COMPARE_OP_INT_JUMP takes. */
function compactInt(o: PyObject): boolean {
  const v = o as PyLongObject;
  return o.ob_type === PyLong_Type && v.big === null && v.ival < 0x40000000 && v.ival > -0x40000000;
}

function isConditionalJump(op: number): boolean {
  return op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_FALSE ||
    op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
}

/** CPython reads the opcode after COMPARE_OP's caches: an EXTENDED_ARG when the jump's
 *  relative offset (in code units) does not fit a byte, which never combines. */
function nextOpcode(co: PyCodeObject, i: number): number {
  const code = co.co_code;
  if (2 * (i + 1) >= code.length) return -1;
  const op = code[2 * (i + 1)];
  if (!isConditionalJump(op)) return op;
  const offs = co.unitOffsets, j = i + 1, target = code[2 * j + 1];
  const after = j + 1 < offs.length ? offs[j + 1] : co.ncodeunits;
  const rel = op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE
    ? offs[target] - after : after - offs[target];
  return rel > 0xff ? Op.EXTENDED_ARG : op;
}

/** _Py_Specialize_CompareOp. */
function specializeCompare(co: PyCodeObject, i: number, lhs: PyObject, rhs: PyObject, oparg: number): Form | null {
  if (!isConditionalJump(nextOpcode(co, i))) return Form.GENERIC;
  if (lhs.ob_type !== rhs.ob_type) return null;
  if (lhs.ob_type === PyFloat_Type) return Form.COMPARE_FLOAT_JUMP;
  if (lhs.ob_type === PyLong_Type) return compactInt(lhs) && compactInt(rhs) ? Form.COMPARE_INT_JUMP : null;
  if (lhs.ob_type === PyUnicode_Type) {
    return oparg === CompareOp.EQ || oparg === CompareOp.NE ? Form.COMPARE_STR_JUMP : null;
  }
  return null;
}

function compareGuard(f: Form, left: PyObject, right: PyObject): boolean {
  switch (f) {
    case Form.COMPARE_FLOAT_JUMP:
      return left.ob_type === PyFloat_Type && right.ob_type === PyFloat_Type &&
        !Number.isNaN((left as PyFloatObject).ob_fval) && !Number.isNaN((right as PyFloatObject).ob_fval);
    case Form.COMPARE_INT_JUMP:
      return compactInt(left) && compactInt(right);
    case Form.COMPARE_STR_JUMP:
      return left.ob_type === PyUnicode_Type && right.ob_type === PyUnicode_Type;
    default:
      return false;
  }
}

/** COMPARE_OP at instruction i: the adaptive step; true when the generic instruction
 *  (PyObject_RichCompare, with its recursion guard) runs. */
export function _PyCompareOp_IsGeneric(co: PyCodeObject, i: number, left: PyObject, right: PyObject, oparg: number): boolean {
  const forms = co.co_form;
  if (forms === null || deoptimized()) return true;
  const f = forms[i];
  if (f === Form.GENERIC) return true;
  if (f === Form.ADAPTIVE) {
    return !adaptive(co, i, () => specializeCompare(co, i, left, right, oparg), (g) => compareGuard(g, left, right));
  }
  if (compareGuard(f, left, right)) return false;
  miss(co, i);
  return true;
}
