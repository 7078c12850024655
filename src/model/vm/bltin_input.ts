// input([prompt]) (Python/bltinmodule.c builtin_input_impl, 3.11). sys.stderr is
// flushed first. When standard input and output are both terminals CPython reads
// through PyOS_Readline, which (without the readline module, as when running a
// file) writes the prompt to stderr and raises a bare EOFError at the end of input;
// otherwise the prompt goes through sys.stdout.write, stdout is flushed, and the
// line comes from sys.stdin.readline() (PyFile_GetLine): '' means
// "EOFError: EOF when reading a line", and a trailing '\n' is removed.

import { PyObject, Py_DECREF } from '../objects/object';
import { PyErr_SetString, PyErr_SetNone, PyErr_Clear, PyException } from '../objects/errors';
import { PyExc_RuntimeError, PyExc_EOFError, PyExc_TypeError } from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { PyUnicode_Check, PyUnicode_Substring, PyUnicode_FromString, type PyUnicodeObject } from '../objects/unicodeobject';
import { PyObject_CallMethod, PyObject_Str } from '../objects/abstract';
import { _PyArg_CheckPositional } from '../objects/argparse';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyFile_WriteObject } from './io';
import { sysLookup } from './bltin_vm';

/** f.flush(), its errors ignored (as builtin_input does for stdout and stderr). */
function flushQuietly(f: PyObject): void {
  try {
    Py_DECREF(PyObject_CallMethod(f, 'flush'));
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
  }
}

/** PyFile_GetLine(f, -1) for a text file: f.readline() without its '\\n'. */
function PyFile_GetLine(f: PyObject): PyObject {
  const result = PyObject_CallMethod(f, 'readline');
  if (!PyUnicode_Check(result)) {
    Py_DECREF(result);
    return PyErr_SetString(PyExc_TypeError, 'object.readline() returned non-string');
  }
  const u = result as PyUnicodeObject;
  if (u.length === 0) {
    Py_DECREF(result);
    return PyErr_SetString(PyExc_EOFError, 'EOF when reading a line');
  }
  if (u.str.endsWith('\n')) {
    const v = PyUnicode_Substring(u, 0, u.length - 1);
    Py_DECREF(result);
    return v;
  }
  return result;
}

function builtin_input(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('input', nargs, 0, 1);
  const prompt = nargs > 0 ? args[0] : null;
  const fin = sysLookup.stdin();
  const fout = sysLookup.stdout();
  const ferr = sysLookup.stderr();
  if (fin === null || fin === Py_None) PyErr_SetString(PyExc_RuntimeError, 'input(): lost sys.stdin');
  if (fout === null || fout === Py_None) PyErr_SetString(PyExc_RuntimeError, 'input(): lost sys.stdout');
  if (ferr === null || ferr === Py_None) PyErr_SetString(PyExc_RuntimeError, 'input(): lost sys.stderr');
  flushQuietly(ferr as PyObject);
  if (sysLookup.consoleIsTTY) {
    // PyOS_StdioReadline: stdout flushed, the prompt (str()) on stderr, then one line.
    flushQuietly(fout as PyObject);
    if (prompt !== null) {
      const s = PyObject_Str(prompt);
      try {
        PyFile_WriteObject(s, ferr as PyObject);
        flushQuietly(ferr as PyObject);
      } finally {
        Py_DECREF(s);
      }
    }
    const line = PyObject_CallMethod(fin as PyObject, 'readline') as PyUnicodeObject;
    let text = line.str;
    Py_DECREF(line);
    if (text.length === 0) return PyErr_SetNone(PyExc_EOFError);
    // The line without its '\n' (and a '\r' before it), decoded into a new str.
    if (text.endsWith('\n')) text = text.slice(0, -1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return PyUnicode_FromString(text);
  }
  if (prompt !== null) PyFile_WriteObject(prompt, fout as PyObject);
  flushQuietly(fout as PyObject);
  return PyFile_GetLine(fin as PyObject);
}

export const inputMethodDef: PyMethodDef = { ml_name: 'input', ml_meth: builtin_input, ml_flags: METH.FASTCALL };
