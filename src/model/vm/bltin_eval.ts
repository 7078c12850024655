// eval(), exec() and compile() (Python/bltinmodule.c, 3.11): source text is
// parsed, compiled and loaded onto the simulated heap like the program itself
// (vm/pythonrun.ts), then run in a frame of its own whose namespace is the given
// globals/locals — or the caller's: globals() and, inside a function, the frame's
// f_locals dict (PyEval_GetLocals), which is a snapshot of its fast locals.

import { PyObject, Py_DECREF, Py_INCREF } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_TypeError, PyExc_ValueError, PyExc_NotImplementedError } from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { PyUnicode_Check, PyUnicode_AsString, type PyUnicodeObject } from '../objects/unicodeobject';
import { PyBytes_Check, type PyBytesObject } from '../objects/bytesobject';
import { PyByteArray_Check } from '../objects/bytearrayobject';
import { _PyObject_GetBufferView } from '../objects/buffer';
import { PyTuple_CheckExact, type PyTupleObject } from '../objects/tupleobject';
import { PyDict_Check, PyDict_Contains, PyDict_SetItem } from '../objects/dictobject';
import { _Py_ID } from '../objects/abstract';
import { PyCode_Check, type PyCodeObject } from '../objects/codeobject';
import { PyCell_Type } from '../objects/cellobject';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from '../objects/argparse';
import { _PyArg_AsCInt } from '../objects/containerutil';
import { PyCF_MASK } from '../compiler/compile';
import {
  PyEval_GetGlobals, PyEval_GetLocals, PyEval_GetBuiltins, PyEval_MergeCompilerFlags, PyEval_EvalCode,
  Py_CompileStringObject, PyRun_StringFlags, type StartMode,
} from './pythonrun';

/** PyCF_* flags compile() accepts besides the future features (Include/cpython/compile.h). */
const PyCF_MASK_OBSOLETE = 0x0010;
const PyCF_ONLY_AST = 0x0400;
const PyCF_TYPE_COMMENTS = 0x1000;
const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | 0x0200 /* DONT_IMPLY_DEDENT */ |
  PyCF_ALLOW_INCOMPLETE_INPUT;

/** PyMapping_Check: the type has mp_subscript. */
function PyMapping_Check(o: PyObject): boolean {
  return o.ob_type.mp_subscript !== null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** _Py_SourceAsString: the text of a str, or of bytes / bytearray read as UTF-8. */
function _Py_SourceAsString(cmd: PyObject, funcname: string, what: string): string {
  let text: string;
  if (PyUnicode_Check(cmd)) {
    text = (cmd as PyUnicodeObject).str;
  } else if (PyBytes_Check(cmd) || PyByteArray_Check(cmd)) {
    const b = PyBytes_Check(cmd) ? (cmd as PyBytesObject).ob_sval : (_PyObject_GetBufferView(cmd) as Uint8Array);
    if (b.includes(0)) return PyErr_SetString(PyExc_ValueError, 'source code string cannot contain null bytes');
    try {
      text = utf8.decode(b);
    } catch {
      return PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support ${funcname}() of bytes that are not UTF-8 yet`);
    }
  } else {
    return PyErr_SetString(PyExc_TypeError, `${funcname}() arg 1 must be a ${what} object`);
  }
  if (text.includes('\0')) PyErr_SetString(PyExc_ValueError, 'source code string cannot contain null bytes');
  return text;
}

/** Sets globals['__builtins__'] to the caller's builtins when it is missing. */
function ensureBuiltins(globals: PyObject): void {
  if (!PyDict_Contains(globals, _Py_ID('__builtins__'))) PyDict_SetItem(globals, _Py_ID('__builtins__'), PyEval_GetBuiltins());
}

function co_nfree(co: PyCodeObject): number {
  return co.co_nfreevars;
}

/** builtin_eval_impl: eval(source, globals=None, locals=None, /). */
function builtin_eval(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('eval', nargs, 1, 3);
  const source = args[0];
  let globals: PyObject | null = nargs > 1 ? args[1] : Py_None;
  let locals: PyObject | null = nargs > 2 ? args[2] : Py_None;
  if (locals !== Py_None && !PyMapping_Check(locals)) PyErr_SetString(PyExc_TypeError, 'locals must be a mapping');
  if (globals !== Py_None && !PyDict_Check(globals)) {
    PyErr_SetString(PyExc_TypeError, PyMapping_Check(globals)
      ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  if (globals === Py_None) {
    globals = PyEval_GetGlobals();
    if (locals === Py_None) locals = PyEval_GetLocals();
  } else if (locals === Py_None) {
    locals = globals;
  }
  if (globals === null || locals === null) {
    PyErr_SetString(PyExc_TypeError, 'eval must be given globals and locals when called without a frame');
  }
  ensureBuiltins(globals);
  if (PyCode_Check(source)) {
    if (co_nfree(source) > 0) PyErr_SetString(PyExc_TypeError, 'code object passed to eval() may not contain free variables');
    return PyEval_EvalCode(source, globals, locals);
  }
  let str = _Py_SourceAsString(source, 'eval', 'string, bytes or code');
  // Leading blanks are skipped, so an indented expression is not an IndentationError.
  str = str.replace(/^[ \t]+/, '');
  return PyRun_StringFlags(str, 'eval', globals, locals, PyEval_MergeCompilerFlags(0));
}

/** builtin_exec_impl: exec(source, globals=None, locals=None, /, *, closure=None). */
function builtin_exec(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = execArgs(args, nargs, kwnames);
  const source = a[0] as PyObject;
  let globals: PyObject | null = a[1] ?? Py_None;
  let locals: PyObject | null = a[2] ?? Py_None;
  let closure: PyObject | null = a[3] ?? Py_None;
  if (globals === Py_None) {
    globals = PyEval_GetGlobals();
    if (locals === Py_None) locals = PyEval_GetLocals();
  } else if (locals === Py_None) {
    locals = globals;
  }
  if (!PyDict_Check(globals as PyObject)) {
    PyErr_SetString(PyExc_TypeError, `exec() globals must be a dict, not ${(globals as PyObject).ob_type.tp_name.slice(0, 100)}`);
  }
  if (!PyMapping_Check(locals as PyObject)) {
    PyErr_SetString(PyExc_TypeError, `locals must be a mapping or None, not ${(locals as PyObject).ob_type.tp_name.slice(0, 100)}`);
  }
  ensureBuiltins(globals as PyObject);
  if (closure === Py_None) closure = null;
  let v: PyObject;
  if (PyCode_Check(source)) {
    const numFree = co_nfree(source);
    if (numFree === 0) {
      if (closure !== null) PyErr_SetString(PyExc_TypeError, 'cannot use a closure with this code object');
    } else {
      const ok = closure !== null && PyTuple_CheckExact(closure) &&
        (closure as PyTupleObject).ob_item.length === numFree &&
        (closure as PyTupleObject).ob_item.every((c) => c.ob_type === PyCell_Type);
      if (!ok) PyErr_SetString(PyExc_TypeError, `code object requires a closure of exactly length ${numFree}`);
    }
    v = PyEval_EvalCode(source, globals as PyObject, locals, closure);
  } else {
    if (closure !== null) PyErr_SetString(PyExc_TypeError, 'closure can only be used when source is a code object');
    const str = _Py_SourceAsString(source, 'exec', 'string, bytes or code');
    v = PyRun_StringFlags(str, 'exec', globals as PyObject, locals as PyObject, PyEval_MergeCompilerFlags(0));
  }
  Py_DECREF(v);
  Py_INCREF(Py_None);
  return Py_None;
}

/** exec's clinic parsing: three positional-only parameters and keyword-only closure. */
function execArgs(args: PyObject[], nargs: number, kwnames: PyObject | null): (PyObject | null)[] {
  if (kwnames === null) {
    _PyArg_CheckPositional('exec', nargs, 1, 3);
    return [args[0], nargs > 1 ? args[1] : null, nargs > 2 ? args[2] : null, null];
  }
  const names = (kwnames as PyTupleObject).ob_item;
  const nkw = names.length;
  if (nargs + nkw > 4) PyErr_SetString(PyExc_TypeError, `exec() takes at most 4 arguments (${nargs + nkw} given)`);
  if (nargs > 3) PyErr_SetString(PyExc_TypeError, `exec() takes at most 3 positional arguments (${nargs} given)`);
  if (nargs < 1) PyErr_SetString(PyExc_TypeError, `exec() takes at least 1 positional argument (${nargs} given)`);
  let closure: PyObject | null = null;
  for (let k = 0; k < nkw; k++) {
    const key = PyUnicode_AsString(names[k]);
    if (key !== 'closure') PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for exec()`);
    closure = args[nargs + k];
  }
  return [args[0], nargs > 1 ? args[1] : null, nargs > 2 ? args[2] : null, closure];
}

/** builtin_compile_impl: compile(source, filename, mode, flags=0, dont_inherit=False,
 *  optimize=-1, *, _feature_version=-1). */
function builtin_compile(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords('compile', args, nargs, kwnames,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 3, 6);
  const source = a[0] as PyObject;
  const filename = a[1] as PyObject;
  if (!PyUnicode_Check(filename)) {
    PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support compile() with a filename of type '${filename.ob_type.tp_name}' yet`);
  }
  const modeObj = a[2] as PyObject;
  if (!PyUnicode_Check(modeObj)) PyErr_SetString(PyExc_TypeError, `compile() argument 'mode' must be str, not ${modeObj.ob_type.tp_name}`);
  const mode = (modeObj as PyUnicodeObject).str;
  const flags = a[3] !== null ? _PyArg_AsCInt(a[3]) : 0;
  const dontInherit = a[4] !== null ? _PyArg_AsCInt(a[4]) !== 0 : false;
  const optimize = a[5] !== null ? _PyArg_AsCInt(a[5]) : -1;
  if (a[6] !== null) _PyArg_AsCInt(a[6]);
  if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) PyErr_SetString(PyExc_ValueError, 'compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) PyErr_SetString(PyExc_ValueError, 'compile(): invalid optimize value');
  let cfFlags = flags;
  if (!dontInherit) cfFlags = PyEval_MergeCompilerFlags(cfFlags);
  let start: StartMode;
  if (mode === 'exec' || mode === 'eval') {
    start = mode;
  } else if (mode === 'single' || (mode === 'func_type' && flags & PyCF_ONLY_AST)) {
    return PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support compile() mode '${mode}' yet`);
  } else if (mode === 'func_type') {
    return PyErr_SetString(PyExc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else {
    return PyErr_SetString(PyExc_ValueError, flags & PyCF_ONLY_AST
      ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
      : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (flags & PyCF_ONLY_AST) return PyErr_SetString(PyExc_NotImplementedError, 'PyHeap does not support compile() to an AST (the ast module) yet');
  if (optimize > 0) return PyErr_SetString(PyExc_NotImplementedError, 'PyHeap does not support compile() with optimize > 0 yet');
  const str = _Py_SourceAsString(source, 'compile', 'string, bytes or AST');
  return Py_CompileStringObject(str, filename, (filename as PyUnicodeObject).str, start, cfFlags & PyCF_MASK);
}

export const evalMethodDefs: PyMethodDef[] = [
  { ml_name: 'compile', ml_meth: builtin_compile, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'eval', ml_meth: builtin_eval, ml_flags: METH.FASTCALL },
  { ml_name: 'exec', ml_meth: builtin_exec, ml_flags: METH.FASTCALL | METH.KEYWORDS },
];
