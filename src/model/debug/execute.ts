// The debug console's code, run for real in a paused frame, as pdb's `!statement` runs
// it: compiled as a module of its own, with the frame's globals, and as locals the
// module or class namespace itself or — for a function frame — a dict of its fast
// locals (what 3.11's frame.f_locals is), whose changed entries are written back to the
// frame afterwards (PyFrame_LocalsToFast). It allocates and moves counts like any code:
// the Debuggee records it in the session's history so that replays run it again at the
// same step.

import type { PyObject } from '../objects/object';
import { Py_DECREF, Py_INCREF, Py_XDECREF } from '../objects/object';
import { PyException, PyErr_Clear } from '../objects/errors';
import { PyDict_New, PyDict_SetItem, PyDict_GetItemWithError } from '../objects/dictobject';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { parse, PySyntaxError, UnsupportedSyntax } from '../syntax/index';
import { compile } from '../compiler/compile';
import { Op } from '../compiler/opcodes';
import { CO, CO_FAST } from '../compiler/code';
import { loadModule } from '../vm/loader';
import { _PyFunction_FromModuleCode } from '../vm/run';
import { _PyEvalFramePushAndInit } from '../vm/call';
import { _PyEval_EvalFrameDefault } from '../vm/ceval';
import type { InterpreterFrame } from '../vm/frame';
import { exceptionText } from './exctext';

export type ExecOutcome = { value: PyObject | null } | { error: string };

/** Makes the module code of a lone expression return its value instead of dropping it. */
function returnLastExpression(code: Int32Array): void {
  const n = code.length >> 1;
  for (let k = n - 3; k >= 0; k--) {
    if (code[2 * k] === Op.POP_TOP && code[2 * k + 2] === Op.LOAD_CONST && code[2 * k + 4] === Op.RETURN_VALUE) {
      code[2 * k] = Op.RETURN_VALUE;
      return;
    }
  }
}

/** Runs `source` in `frame`. An expression's value comes back as a new reference. With `obj`,
 *  the code runs with its own locals holding only __pyheap_obj__ = obj (setting an item or
 *  attribute of an object that has no name in the frame). */
export function executeInFrame(frame: InterpreterFrame, source: string, obj?: PyObject): ExecOutcome {
  let cm;
  try {
    const mod = parse(source, '<debug console>');
    const isExpression = mod.body.length === 1 && mod.body[0]._type === 'Expr';
    cm = compile(mod, '<debug console>', { source });
    if (isExpression) returnLastExpression(cm.code.co_code);
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: `${e.kind}: ${e.msg}` };
    if (e instanceof UnsupportedSyntax) return { error: `SyntaxError: ${e.message}` };
    throw e;
  }
  const { code, arena } = loadModule(cm, '<debug console>');
  const isFunction = obj === undefined && (frame.f_code.co_flags & CO.OPTIMIZED) !== 0;
  let locals: PyObject;
  if (obj !== undefined) {
    locals = PyDict_New();
    const key = PyUnicode_FromString('__pyheap_obj__');
    PyDict_SetItem(locals, key, obj);
    Py_DECREF(key);
  } else if (isFunction) {
    locals = PyDict_New();
    forEachFast(frame, (name, v) => {
      if (v === null) return;
      const key = PyUnicode_FromString(name);
      PyDict_SetItem(locals, key, v);
      Py_DECREF(key);
    });
  } else {
    locals = frame.f_locals ?? frame.f_globals;
    Py_INCREF(locals);
  }
  const func = _PyFunction_FromModuleCode(code, frame.f_globals, frame.f_builtins);
  let outcome: ExecOutcome;
  try {
    const f = _PyEvalFramePushAndInit(func, locals, [], 0, 0, null);
    const r = _PyEval_EvalFrameDefault(f, null);
    outcome = { value: r };
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const { type, message } = exceptionText(e);
    PyErr_Clear(e);
    outcome = { error: message === '' ? type : `${type}: ${message}` };
  }
  if (isFunction) writeBack(frame, locals);
  Py_DECREF(locals);
  Py_DECREF(func);
  Py_DECREF(code);
  Py_DECREF(arena);
  return outcome;
}

function forEachFast(frame: InterpreterFrame, visit: (name: string, v: PyObject | null, i: number, cell: PyObject | null) => void): void {
  const co = frame.f_code;
  for (let i = 0; i < co.co_nlocalsplus; i++) {
    let v = frame.localsplus[i];
    let cell: PyObject | null = null;
    if (v !== null && (co.co_localspluskinds[i] & (CO_FAST.CELL | CO_FAST.FREE)) !== 0 && v.ob_type.tp_name === 'cell') {
      cell = v;
      v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
    }
    visit((co.localsplusnames[i] as unknown as { str: string }).str, v, i, cell);
  }
}

/** PyFrame_LocalsToFast: names the code bound, rebound or deleted in the dict go back to the frame. */
function writeBack(frame: InterpreterFrame, locals: PyObject): void {
  forEachFast(frame, (name, old, i, cell) => {
    const key = PyUnicode_FromString(name);
    let now: PyObject | null;
    try {
      now = PyDict_GetItemWithError(locals, key);
    } finally {
      Py_DECREF(key);
    }
    if (now === old) return;
    if (now !== null) Py_INCREF(now);
    if (cell !== null) (cell as unknown as { ob_ref: PyObject | null }).ob_ref = now;
    else frame.localsplus[i] = now;
    Py_XDECREF(old);
  });
}
