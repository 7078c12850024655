// Compiling and running source text while a program runs (Python/pythonrun.c
// PyRun_StringFlags, Py_CompileStringObject; Python/ceval.c PyEval_EvalCode,
// PyEval_GetLocals, PyEval_MergeCompilerFlags): what eval(), exec() and compile()
// are built on.
//
// Each compilation has its own parser arena (a list object, created before the
// source is parsed, holding every literal and identifier the parser made): for
// compile() it is freed as soon as the code object exists, for eval()/exec() of a
// string only after the code has run (run_mod), as in CPython.

import { PyObject, Py_DECREF, Py_INCREF } from '../objects/object';
import { PyErr_SetString, PyException } from '../objects/errors';
import {
  PyExc_SyntaxError, PyExc_IndentationError, PyExc_TabError, PyExc_NotImplementedError, PyExc_SystemError, PyExc_RecursionError,
} from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { PyLong_FromNumber } from '../objects/longobject';
import { PyTuple_New, PyTuple_SET_ITEM } from '../objects/tupleobject';
import { PyDict_New, PyDict_SetItem, PyDict_DelItem, PyDict_GetItemWithError } from '../objects/dictobject';
import { PyObject_SetAttr, _Py_ID } from '../objects/abstract';
import { PyCodeObject } from '../objects/codeobject';
import { PyCellObject, PyCell_Type } from '../objects/cellobject';
import { _PyFunction_FromConstructor, _PyEval_BuiltinsFromGlobals } from '../objects/funcobject';
import { parse, parseFull, PySyntaxError, UnsupportedSyntax, type ParseMode } from '../syntax/index';
import { compile, PyCF_MASK } from '../compiler/compile';
import { _Py_int_max_str_digits } from '../objects/long_format';
import { CompileRecursionError } from '../compiler/errors';
import { Op } from '../compiler/opcodes';
import { loadModule, type LoadedModule } from './loader';
import { _PyEval_Vector } from './ceval';
import { ceval, tstate } from './pystate';
import { cStderr } from './sysmodule';
import type { InterpreterFrame } from './frame';

/** co_localspluskinds bits (Include/internal/pycore_code.h). */
const CO_FAST_LOCAL = 0x20;
const CO_FAST_CELL = 0x40;
const CO_FAST_FREE = 0x80;
const CO_OPTIMIZED = 0x1;

/** PyEval_GetGlobals: the current frame's globals (borrowed), or null. */
export function PyEval_GetGlobals(): PyObject | null {
  const frame = tstate.frame;
  return frame === null ? null : frame.f_globals;
}

/** PyEval_GetBuiltins: the current frame's builtins dict (borrowed). */
export function PyEval_GetBuiltins(): PyObject {
  const frame = tstate.frame;
  if (frame === null) return PyErr_SetString(PyExc_SystemError, 'frame does not exist');
  return frame.f_builtins;
}

/** _PyFrame_OpAlreadyRan: whether `op oparg` is among the instructions before lasti. */
function opAlreadyRan(frame: InterpreterFrame, op: number, oparg: number): boolean {
  const code = frame.f_code.co_code;
  for (let i = 0; i < frame.prev_instr; i++) {
    if (code[2 * i] === op && code[2 * i + 1] === oparg) return true;
  }
  return false;
}

/** _PyFrame_FastToLocalsWithError: the frame's f_locals dict (created on first use)
 *  gets the current value of every local, cell and free variable, and loses the names
 *  that are unbound now. The dict keeps those references until the frame ends. */
function fastToLocals(frame: InterpreterFrame): void {
  let locals = frame.f_locals;
  if (locals === null) locals = frame.f_locals = PyDict_New();
  const co = frame.f_code;
  const kinds = co.co_localspluskinds;
  const names = co.localsplusnames;
  const ls = frame.localsplus;
  for (let i = 0; i < co.co_nlocalsplus; i++) {
    const kind = kinds[i]!;
    // A class body's namespace never receives the free variables of its closure.
    if (kind & CO_FAST_FREE && !(co.co_flags & CO_OPTIMIZED)) continue;
    const name = names[i]!;
    let value = ls[i] ?? null;
    if (kind & CO_FAST_FREE) {
      value = (value as PyCellObject).ob_ref;
    } else if (kind & CO_FAST_CELL && value !== null) {
      if (value.ob_type === PyCell_Type && opAlreadyRan(frame, Op.MAKE_CELL, i)) value = (value as PyCellObject).ob_ref;
    }
    if (value === null) {
      if (PyDict_GetItemWithError(locals, name) !== null) PyDict_DelItem(locals, name);
    } else {
      PyDict_SetItem(locals, name, value);
    }
  }
  void CO_FAST_LOCAL;
}

/** PyEval_GetLocals: the current frame's locals mapping (borrowed). At module and
 *  class level that is the namespace itself; in a function, its f_locals dict
 *  refreshed from the fast locals. */
export function PyEval_GetLocals(): PyObject {
  const frame = tstate.frame;
  if (frame === null) return PyErr_SetString(PyExc_SystemError, 'frame does not exist');
  fastToLocals(frame);
  return frame.f_locals as PyObject;
}

/** PyEval_MergeCompilerFlags: the future features of the calling code (its co_flags
 *  bits in PyCF_MASK) are added to `flags`. */
export function PyEval_MergeCompilerFlags(flags: number): number {
  const frame = tstate.frame;
  if (frame !== null) flags |= frame.f_code.co_flags & PyCF_MASK;
  return flags;
}

/** PyEval_EvalCode / PyEval_EvalCodeEx with a closure: a function object for the
 *  code, then a frame whose namespace is `locals` (or globals). New reference. */
export function PyEval_EvalCode(co: PyCodeObject, globals: PyObject, locals: PyObject | null,
  closure: PyObject | null = null): PyObject {
  if (locals === null) locals = globals;
  const builtins = _PyEval_BuiltinsFromGlobals(globals);
  const func = _PyFunction_FromConstructor(co, globals, builtins, closure);
  try {
    return _PyEval_Vector(func, locals, [], 0, null);
  } finally {
    Py_DECREF(func);
  }
}

/** The start symbols PyHeap compiles (Py_file_input, Py_eval_input). */
export type StartMode = ParseMode;

/** _PyParser_ASTFromString + _PyAST_Compile + the objects: the compiled code and its
 *  arena (both owned by the caller). A SyntaxError becomes the Python exception
 *  CPython raises; a construct PyHeap lacks, a NotImplementedError naming it. */
function compileToObjects(source: string, filename: PyObject, filenameText: string, mode: StartMode,
  flags: number): LoadedModule {
  let cm;
  try {
    const mod = parse(source, filenameText, { mode, intMaxStrDigits: _Py_int_max_str_digits });
    // The AST optimizer's guard starts from the depth of the code calling compile().
    cm = compile(mod, filenameText, {
      flags, recursionDepth: tstate.recursion_limit - tstate.recursion_remaining, recursionLimit: ceval.recursion_limit,
    });
  } catch (e) {
    if (e instanceof PySyntaxError) {
      writeCompileWarnings(e.compileWarnings);
      raiseSyntaxError(e, filename);
    }
    if (e instanceof UnsupportedSyntax) {
      // A construct PyHeap lacks, unless CPython rejects this source anyway: then its SyntaxError.
      const real = _PyHeap_CompileErrorOf(source, filenameText, mode);
      if (real instanceof CompileRecursionError) PyErr_SetString(PyExc_RecursionError, real.message);
      if (real !== null) {
        writeCompileWarnings(real.compileWarnings);
        raiseSyntaxError(real, filename);
      }
      PyErr_SetString(PyExc_NotImplementedError, e.message);
    }
    if (e instanceof CompileRecursionError) PyErr_SetString(PyExc_RecursionError, e.message);
    throw e;
  }
  const loaded = loadModule(cm, filenameText, filename);
  writeCompileWarnings(cm.warnings);
  return loaded;
}

/** The error CPython raises compiling source that PyHeap's subset refuses (the whole
 *  language parsed and compiled): a SyntaxError, or the compiler's RecursionError; null
 *  when CPython would compile it. `mode`: how a string is compiled; absent for a file,
 *  whose error lines come from `source`. */
export function _PyHeap_CompileErrorOf(source: string, filename: string, mode?: StartMode): PySyntaxError | CompileRecursionError | null {
  try {
    const mod = parseFull(source, filename, { mode, intMaxStrDigits: _Py_int_max_str_digits });
    compile(mod, filename, mode === undefined ? { source } : {
      recursionDepth: tstate.recursion_limit - tstate.recursion_remaining, recursionLimit: ceval.recursion_limit,
    });
  } catch (e) {
    if (e instanceof PySyntaxError || e instanceof CompileRecursionError) return e;
  }
  return null;
}

/** The compiler's SyntaxWarnings, as _warnings.c shows them for source that has no file
 *  to read the line back from: just `file:line: SyntaxWarning: message`. */
function writeCompileWarnings(warnings: PySyntaxError['compileWarnings']): void {
  for (const w of warnings) cStderr.write(`${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`);
}

/** The parser's error (RAISE_ERROR_KNOWN_LOCATION: SyntaxError(msg, (filename, lineno,
 *  offset, text, end_lineno, end_offset))), or symtable.c's (SyntaxError(msg) with the
 *  location in its attributes: PyErr_RangedSyntaxLocationObject). */
function raiseSyntaxError(e: PySyntaxError, filename: PyObject): never {
  const type = e.kind === 'TabError' ? PyExc_TabError : e.kind === 'IndentationError' ? PyExc_IndentationError : PyExc_SyntaxError;
  const msg = PyUnicode_FromString(e.msg);
  if (e.locationInAttributes) {
    const exc = PyException.lazy(type, msg);
    const v = exc.value;
    const set = (name: string, n: number | null): void => {
      const o = n === null ? Py_None : PyLong_FromNumber(n);
      if (n === null) Py_INCREF(o);
      PyObject_SetAttr(v, _Py_ID(name), o);
      Py_DECREF(o);
    };
    set('lineno', e.lineno);
    set('offset', e.offset >= 0 ? e.offset : null);
    set('end_lineno', e.end_lineno >= 0 ? e.end_lineno : null);
    set('end_offset', e.end_offset >= 0 ? e.end_offset : null);
    PyObject_SetAttr(v, _Py_ID('filename'), filename);
    throw exc;
  }
  const loc = PyTuple_New(6);
  Py_INCREF(filename);
  PyTuple_SET_ITEM(loc, 0, filename);
  PyTuple_SET_ITEM(loc, 1, PyLong_FromNumber(e.lineno));
  PyTuple_SET_ITEM(loc, 2, PyLong_FromNumber(e.offset));
  let text: PyObject = Py_None;
  if (e.text === null) Py_INCREF(Py_None);
  else text = PyUnicode_FromString(e.text);
  PyTuple_SET_ITEM(loc, 3, text);
  PyTuple_SET_ITEM(loc, 4, PyLong_FromNumber(e.end_lineno));
  PyTuple_SET_ITEM(loc, 5, PyLong_FromNumber(e.end_offset));
  const args = PyTuple_New(2);
  PyTuple_SET_ITEM(args, 0, msg);
  PyTuple_SET_ITEM(args, 1, loc);
  throw PyException.lazy(type, args);
}

/** Py_CompileStringObject: a code object (new reference); the arena is freed at once. */
export function Py_CompileStringObject(source: string, filename: PyObject, filenameText: string, mode: StartMode,
  flags: number): PyCodeObject {
  const { code, arena } = compileToObjects(source, filename, filenameText, mode, flags);
  Py_DECREF(arena);
  return code;
}

/** PyRun_StringFlags: compile `source` as "<string>" and run it in globals/locals;
 *  the arena lives until the code has run (run_mod). New reference. */
export function PyRun_StringFlags(source: string, mode: StartMode, globals: PyObject, locals: PyObject,
  flags: number): PyObject {
  const filename = _Py_ID('<string>');
  const { code, arena } = compileToObjects(source, filename, '<string>', mode, flags);
  try {
    return PyEval_EvalCode(code, globals, locals);
  } finally {
    Py_DECREF(code);
    Py_DECREF(arena);
  }
}
