// Binding call arguments to a new frame's parameters (Python/ceval.c
// initialize_locals, _PyEvalFramePushAndInit) with CPython 3.11's TypeError
// messages. The new frame *takes over* the caller's references to the function
// and to every argument (they move from the caller's value stack into
// localsplus): that is why, inside `def f(x)`, sys.getrefcount(x) counts the
// caller's name, x, and getrefcount's own argument — 3 — not 4 as in 3.10.

import { PyObject, Py_DECREF, Py_INCREF } from '../objects/object';
import { PyErr_SetString, PyErr_NoMemory } from '../objects/errors';
import { PyExc_TypeError } from '../objects/exceptions';
import { PyUnicode_Check, PyUnicode_AsString } from '../objects/unicodeobject';
import { PyObject_RichCompareBool, PyObject_Repr } from '../objects/abstract';
import { PyDict_New, PyDict_SetItem, PyDict_GetItemWithError } from '../objects/dictobject';
import { _PyTuple_FromArray, PyTuple_New } from '../objects/tupleobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { CompareOp } from '../objects/object';
import { CO } from '../compiler/code';
import { InterpreterFrame, _PyFrame_Clear, FrameOwner } from './frame';
import { FRAME_FREE_MAX } from '../objects/codeobject';
import type { PyFunctionObject } from '../objects/funcobject';
import { tstate } from './pystate';

/** Python frames the simulator holds at most at once. CPython's data stack grows until
 *  memory runs out (a million frames of a small function take ~150 MB there, ~470 MB
 *  here); past this depth (with the recursion limit raised that far) the frame cannot be
 *  pushed and the call raises MemoryError, as CPython's does when its data stack cannot
 *  grow, instead of exhausting the host's heap. */
const HOST_MAX_FRAME_DEPTH = 1_000_000;

/** _PyFrame_InitializeSpecials + zeroed localsplus: the frame owns `func` (stolen) and a new reference to its code. */
export function _PyFrame_New(func: PyFunctionObject, locals: PyObject | null): InterpreterFrame {
  const code = func.func_code;
  code.ob_refcnt++;
  if (locals !== null) Py_INCREF(locals);
  const free = code.co_framefree;
  if (free.length > 0) {
    const frame = free.pop() as InterpreterFrame;
    frame.reinit(func, func.func_globals as PyObject, func.func_builtins as PyObject, locals);
    return frame;
  }
  return new InterpreterFrame(code, func, func.func_globals as PyObject, func.func_builtins as PyObject, locals);
}

/** _PyEvalFrameClearAndPop for a frame that never ran (binding failed) or finished. */
export function _PyEvalFrameClearAndPop(frame: InterpreterFrame): void {
  tstate.recursion_remaining--;
  _PyFrame_Clear(frame);
  tstate.recursion_remaining++;
  _PyFrame_Release(frame);
}

/** _PyThreadState_PopFrame: a cleared activation record goes back to its code's free
 *  stack. A record a frame object took over (take_ownership: owner FRAME_OBJECT) or a
 *  generator's own record is never released here. */
export function _PyFrame_Release(frame: InterpreterFrame): void {
  if (frame.owner !== FrameOwner.CLEARED || frame.gen !== null) return;
  const free = frame.f_code.co_framefree;
  if (free.length < FRAME_FREE_MAX) free.push(frame);
}

function qualname(func: PyFunctionObject): string {
  return PyUnicode_AsString(func.func_qualname);
}

/** format_missing: "f() missing 2 required positional arguments: 'a' and 'b'". */
function missing_arguments(func: PyFunctionObject, ls: (PyObject | null)[], missing: number, defcount: number): never {
  const co = func.func_code;
  const positional = defcount !== -1;
  const kind = positional ? 'positional' : 'keyword-only';
  let start: number, end: number;
  if (positional) {
    start = 0;
    end = co.co_argcount - defcount;
  } else {
    start = co.co_argcount;
    end = start + co.co_kwonlyargcount;
  }
  const names: string[] = [];
  for (let i = start; i < end; i++) {
    if (ls[i] === null) {
      const r = PyObject_Repr(co.localsplusnames[i]);
      names.push(PyUnicode_AsString(r));
      Py_DECREF(r);
    }
  }
  let name_str: string;
  const len = names.length;
  if (len === 1) name_str = names[0];
  else if (len === 2) name_str = `${names[0]} and ${names[1]}`;
  else name_str = names.slice(0, len - 2).join(', ') + `, ${names[len - 2]}, and ${names[len - 1]}`;
  return PyErr_SetString(PyExc_TypeError,
    `${qualname(func)}() missing ${missing} required ${kind} argument${missing === 1 ? '' : 's'}: ${name_str}`);
}

/** too_many_positional: "f() takes 2 positional arguments but 3 were given". */
function too_many_positional(func: PyFunctionObject, ls: (PyObject | null)[], given: number): never {
  const co = func.func_code;
  const co_argcount = co.co_argcount;
  let kwonly_given = 0;
  for (let i = co_argcount; i < co_argcount + co.co_kwonlyargcount; i++) if (ls[i] !== null) kwonly_given++;
  const defaults = func.func_defaults;
  const defcount = defaults === null ? 0 : (defaults as PyTupleObject).ob_item.length;
  let sig: string, plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${co_argcount - defcount} to ${co_argcount}`;
  } else {
    plural = co_argcount !== 1;
    sig = `${co_argcount}`;
  }
  const kwonly_sig = kwonly_given
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonly_given} keyword-only argument${kwonly_given !== 1 ? 's' : ''})`
    : '';
  return PyErr_SetString(PyExc_TypeError,
    `${qualname(func)}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonly_sig} ${given === 1 && !kwonly_given ? 'was' : 'were'} given`);
}

function positional_only_passed_as_keyword(func: PyFunctionObject, kwnames: PyObject[]): void {
  const co = func.func_code;
  const conflicts: string[] = [];
  for (let k = 0; k < co.co_posonlyargcount; k++) {
    const posonly_name = co.localsplusnames[k];
    for (let k2 = 0; k2 < kwnames.length; k2++) {
      const kwname = kwnames[k2];
      if (kwname === posonly_name || PyObject_RichCompareBool(posonly_name, kwname, CompareOp.EQ)) {
        conflicts.push(PyUnicode_AsString(kwname));
      }
    }
  }
  if (conflicts.length) {
    PyErr_SetString(PyExc_TypeError,
      `${qualname(func)}() got some positional-only arguments passed as keyword arguments: '${conflicts.join(', ')}'`);
  }
}

/** initialize_locals: binds args[off .. off+argcount) and the keyword values that follow
 *  them to the frame's parameters. Consumes every argument reference, on success and
 *  on failure (then throws the TypeError). */
function initialize_locals(func: PyFunctionObject, ls: (PyObject | null)[], args: (PyObject | null)[], off: number,
  argcount: number, kwnames: PyObject | null): void {
  const co = func.func_code;
  const co_argcount = co.co_argcount;
  const total_args = co_argcount + co.co_kwonlyargcount;
  const flags = co.co_flags;
  let kwdict: PyObject | null = null;
  const kwn = kwnames === null ? null : (kwnames as PyTupleObject).ob_item;
  const kwcount = kwn === null ? 0 : kwn.length;
  let i = 0;
  let stage = 0; // 0: before positional copy, 1: positional consumed, 2: all consumed
  try {
    if (flags & CO.VARKEYWORDS) {
      kwdict = PyDict_New();
      let k = total_args;
      if (flags & CO.VARARGS) k++;
      ls[k] = kwdict;
    }
    const n = argcount > co_argcount ? co_argcount : argcount;
    for (let j = 0; j < n; j++) ls[j] = args[off + j];
    stage = 1;
    if (flags & CO.VARARGS) {
      let u: PyObject;
      if (argcount === n) {
        u = PyTuple_New(0);
      } else {
        // _PyTuple_FromArraySteal
        const items: PyObject[] = [];
        for (let j = n; j < argcount; j++) items.push(args[off + j] as PyObject);
        u = _PyTuple_FromArray(items);
        for (let j = 0; j < items.length; j++) Py_DECREF(items[j]);
      }
      ls[total_args] = u;
    } else if (argcount > n) {
      for (let j = n; j < argcount; j++) Py_DECREF(args[off + j] as PyObject);
    }
    if (kwn !== null) {
      const names = co.localsplusnames;
      for (i = 0; i < kwcount; i++) {
        const keyword = kwn[i];
        const value = args[off + argcount + i] as PyObject;
        if (!PyUnicode_Check(keyword)) PyErr_SetString(PyExc_TypeError, `${qualname(func)}() keywords must be strings`);
        let j = co.co_posonlyargcount;
        for (; j < total_args; j++) if (names[j] === keyword) break;
        if (j >= total_args) {
          for (j = co.co_posonlyargcount; j < total_args; j++) {
            if (PyObject_RichCompareBool(keyword, names[j], CompareOp.EQ)) break;
          }
        }
        if (j >= total_args) {
          if (kwdict === null) {
            if (co.co_posonlyargcount) positional_only_passed_as_keyword(func, kwn);
            PyErr_SetString(PyExc_TypeError,
              `${qualname(func)}() got an unexpected keyword argument '${PyUnicode_AsString(keyword)}'`);
          }
          PyDict_SetItem(kwdict, keyword, value);
          Py_DECREF(value);
          continue;
        }
        if (ls[j] !== null) {
          PyErr_SetString(PyExc_TypeError,
            `${qualname(func)}() got multiple values for argument '${PyUnicode_AsString(keyword)}'`);
        }
        ls[j] = value;
      }
    }
    stage = 2;
    if (argcount > co_argcount && !(flags & CO.VARARGS)) too_many_positional(func, ls, argcount);
    if (argcount < co_argcount) {
      const defaults = func.func_defaults === null ? null : (func.func_defaults as PyTupleObject).ob_item;
      const defcount = defaults === null ? 0 : defaults.length;
      const m = co_argcount - defcount;
      let missing = 0;
      for (let k = argcount; k < m; k++) if (ls[k] === null) missing++;
      if (missing) missing_arguments(func, ls, missing, defcount);
      let k = n > m ? n - m : 0;
      if (defaults !== null) {
        for (; k < defcount; k++) {
          if (ls[m + k] === null) {
            const def = defaults[k];
            Py_INCREF(def);
            ls[m + k] = def;
          }
        }
      }
    }
    if (co.co_kwonlyargcount > 0) {
      let missing = 0;
      const names = co.localsplusnames;
      for (let k = co_argcount; k < total_args; k++) {
        if (ls[k] !== null) continue;
        if (func.func_kwdefaults !== null) {
          const def = PyDict_GetItemWithError(func.func_kwdefaults, names[k]);
          if (def !== null) {
            Py_INCREF(def);
            ls[k] = def;
            continue;
          }
        }
        missing++;
      }
      if (missing) missing_arguments(func, ls, missing, -1);
    }
  } catch (e) {
    // Release the arguments not yet stored in the frame (the frame's own slots are
    // released when the caller clears it), as the fail_* labels of initialize_locals do.
    if (stage === 0) {
      for (let j = 0; j < argcount; j++) Py_DECREF(args[off + j] as PyObject);
      for (let j = 0; j < kwcount; j++) Py_DECREF(args[off + argcount + j] as PyObject);
    } else if (stage === 1) {
      // kw_fail: values from the failing keyword on were not stored.
      for (let j = i; j < kwcount; j++) Py_DECREF(args[off + argcount + j] as PyObject);
    }
    throw e;
  }
}

/** _PyEvalFramePushAndInit: a new frame for func with its arguments bound. Consumes the
 *  reference to func and to every argument (args[off...]). On a binding error the frame
 *  is cleared and the TypeError thrown. */
export function _PyEvalFramePushAndInit(func: PyFunctionObject, locals: PyObject | null,
  args: (PyObject | null)[], off: number, argcount: number, kwnames: PyObject | null): InterpreterFrame {
  const code = func.func_code;
  if (tstate.recursion_limit - tstate.recursion_remaining >= HOST_MAX_FRAME_DEPTH) {
    // _PyThreadState_BumpFramePointer failed: the `fail:` path consumes the arguments
    // (not the function) and raises MemoryError.
    const n = argcount + (kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length);
    for (let k = 0; k < n; k++) Py_DECREF(args[off + k] as PyObject);
    PyErr_NoMemory();
  }
  if (kwnames === null && locals === null && code.co_argcount === argcount && code.co_kwonlyargcount === 0 &&
    (code.co_flags & (CO.OPTIMIZED | CO.VARARGS | CO.VARKEYWORDS)) === CO.OPTIMIZED) {
    // CALL_PY_EXACT_ARGS: a simple function given exactly its positional parameters;
    // initialize_locals would only move them over.
    const frame = _PyFrame_New(func, null);
    const ls = frame.localsplus;
    for (let k = 0; k < argcount; k++) ls[k] = args[off + k];
    return frame;
  }
  const frame = _PyFrame_New(func, locals);
  try {
    initialize_locals(func, frame.localsplus, args, off, argcount, kwnames);
  } catch (e) {
    _PyEvalFrameClearAndPop(frame);
    throw e;
  }
  return frame;
}
