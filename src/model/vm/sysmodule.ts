// The sys module (Python/sysmodule.c), as far as the subset uses it:
// getrefcount, intern, get/setrecursionlimit, getsizeof, version_info, version,
// maxsize, stdout/stderr, modules, argv, exit, _debugmallocstats, get/set_int_max_str_digits.

import { _PyHeap_NoteProvided } from '../objects/unsupported';
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags } from '../objects/object';
import { PyErr_SetString, PyErr_SetObject, PyException, PyErr_Clear } from '../objects/errors';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_RecursionError, PyExc_OverflowError, PyExc_SystemExit,
} from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { PyLong_FromNumber, PyLong_FromBigInt, PyLong_Check, PyLong_AsBigInt } from '../objects/longobject';
import { PyUnicode_Check, PyUnicode_CheckExact, PyUnicode_FromString, PyUnicode_InternInPlace } from '../objects/unicodeobject';
import type { PyUnicodeObject } from '../objects/unicodeobject';
import { PyTuple_New, PyTuple_SET_ITEM, PyTuple_Type } from '../objects/tupleobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { PyList_New, PyList_SET_ITEM } from '../objects/listobject';
import { PyDict_SetItem, PyDict_New } from '../objects/dictobject';
import { PyType_Type } from '../objects/typebase';
import { PyType_Ready, _PyObject_LookupSpecial } from '../objects/typeobject';
import { PyCFunction_NewEx } from '../objects/methodobject';
import { PyObject_CallNoArgs, PyObject_Repr, _Py_ID } from '../objects/abstract';
import { PyUnicode_AsString } from '../objects/unicodeobject';
import { _PyArg_ParseTupleAndKeywords } from '../objects/argparse';
import { METH } from '../objects/methoddef';
import type { PyMethodDef } from '../objects/methoddef';
import { _PyType_PreHeaderSize } from '../objects/objalloc';
import { rt } from '../objects/object';
import { PyModule_New, PyModuleObject } from '../objects/moduleobject';
import { ceval, tstate } from './pystate';
import { _PyArg_UnpackKeywords } from '../objects/argparse';
import { _Py_int_max_str_digits, _Py_SetIntMaxStrDigits, _PY_LONG_MAX_STR_DIGITS_THRESHOLD } from '../objects/long_format';

/** sys.version as this build of 3.11.7 prints it. */
const SYS_VERSION = '3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]';

function long_arg_as_int(o: PyObject): number {
  // _PyLong_AsInt: "'float' object cannot be interpreted as an integer".
  if (!PyLong_Check(o)) {
    PyErr_SetString(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const v = PyLong_AsBigInt(o);
  if (v > 2147483647n || v < -2147483648n) PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

function sys_getrefcount(_self: PyObject, o: PyObject): PyObject {
  return PyLong_FromNumber(o.ob_refcnt);
}

function sys_intern(_self: PyObject, s: PyObject): PyObject {
  if (!PyUnicode_Check(s)) PyErr_SetString(PyExc_TypeError, `intern() argument must be str, not ${s.ob_type.tp_name}`);
  if (!PyUnicode_CheckExact(s)) PyErr_SetString(PyExc_TypeError, `can't intern ${(s as PyObject).ob_type.tp_name}`);
  Py_INCREF(s);
  return PyUnicode_InternInPlace(s as PyUnicodeObject);
}

/** sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640 digits. */
function sys_set_int_max_str_digits(_self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [m] = _PyArg_UnpackKeywords('set_int_max_str_digits', args, nargs, kwnames, ['maxdigits'], 1);
  const maxdigits = long_arg_as_int(m as PyObject);
  if (maxdigits !== 0 && maxdigits < _PY_LONG_MAX_STR_DIGITS_THRESHOLD) {
    PyErr_SetString(PyExc_ValueError, `maxdigits must be 0 or larger than ${_PY_LONG_MAX_STR_DIGITS_THRESHOLD}`);
  }
  _Py_SetIntMaxStrDigits(maxdigits);
  Py_INCREF(Py_None);
  return Py_None;
}

function sys_getrecursionlimit(_self: PyObject): PyObject {
  return PyLong_FromNumber(ceval.recursion_limit);
}

function sys_setrecursionlimit(_self: PyObject, arg: PyObject): PyObject {
  const new_limit = long_arg_as_int(arg);
  if (new_limit < 1) PyErr_SetString(PyExc_ValueError, 'recursion limit must be greater or equal than 1');
  const depth = tstate.recursion_limit - tstate.recursion_remaining;
  if (depth >= new_limit) {
    PyErr_SetString(PyExc_RecursionError,
      `cannot set the recursion limit to ${new_limit} at the recursion depth ${depth}: the limit is too low`);
  }
  // Py_SetRecursionLimit
  ceval.recursion_limit = new_limit;
  const d = tstate.recursion_limit - tstate.recursion_remaining;
  tstate.recursion_limit = new_limit;
  tstate.recursion_remaining = new_limit - d;
  Py_INCREF(Py_None);
  return Py_None;
}

/** _PySys_GetSizeOf: __sizeof__() plus the GC (and managed-dict) pre-header. */
export function _PySys_GetSizeOf(o: PyObject): number {
  let size: number;
  const method = _PyObject_LookupSpecial(o, _Py_ID('__sizeof__'));
  if (method !== null) {
    let res: PyObject;
    try {
      res = PyObject_CallNoArgs(method);
    } finally {
      Py_DECREF(method);
    }
    if (!PyLong_Check(res)) {
      Py_DECREF(res);
      PyErr_SetString(PyExc_TypeError, 'an integer is required');
    }
    size = Number(PyLong_AsBigInt(res));
    Py_DECREF(res);
  } else {
    const tp = o.ob_type;
    if (tp.tp_sizeof !== null) size = tp.tp_sizeof(o);
    else size = tp.tp_basicsize;
  }
  if (size < 0) PyErr_SetString(PyExc_ValueError, '__sizeof__() should return >= 0');
  return size + _PyType_PreHeaderSize(o.ob_type.tp_flags);
}

/** sys_getsizeof: METH_VARARGS | METH_KEYWORDS in 3.11, so the argument tuple (which holds
 *  the object) is alive while __sizeof__ runs. */
function sys_getsizeof(_self: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const [obj, dflt] = _PyArg_ParseTupleAndKeywords('getsizeof', args, kwargs, ['object', 'default'], 1) as [PyObject, PyObject | null];
  try {
    return PyLong_FromNumber(_PySys_GetSizeOf(obj));
  } catch (e) {
    if (dflt !== null && e instanceof PyException && e.type === PyExc_TypeError) {
      PyErr_Clear(e);
      Py_INCREF(dflt);
      return dflt;
    }
    throw e;
  }
}

function sys_exit(_self: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `exit expected at most 1 argument, got ${nargs}`);
  return PyErr_SetObject(PyExc_SystemExit, nargs === 1 ? args[0] : null);
}

/** Text sink for C-level stderr writes (_debugmallocstats writes with fprintf). */
export const cStderr: { write: (s: string) => void } = { write: () => undefined };
/** The allocator statistics text (memory/debugmallocstats.ts), provided by the interpreter. */
export const debugMallocStatsText: { fn: (() => string) | null } = { fn: null };

function sys_debugmallocstats(_self: PyObject): PyObject {
  if (debugMallocStatsText.fn !== null) cStderr.write(debugMallocStatsText.fn());
  Py_INCREF(Py_None);
  return Py_None;
}

function sys_getdefaultencoding(_self: PyObject): PyObject {
  return PyUnicode_FromString('utf-8');
}

const sys_methods: PyMethodDef[] = [
  { ml_name: 'getrefcount', ml_meth: sys_getrefcount, ml_flags: METH.O },
  { ml_name: 'intern', ml_meth: sys_intern, ml_flags: METH.O },
  { ml_name: 'getrecursionlimit', ml_meth: sys_getrecursionlimit, ml_flags: METH.NOARGS },
  { ml_name: 'setrecursionlimit', ml_meth: sys_setrecursionlimit, ml_flags: METH.O },
  { ml_name: 'getsizeof', ml_meth: sys_getsizeof, ml_flags: METH.VARARGS | METH.KEYWORDS },
  { ml_name: 'exit', ml_meth: sys_exit, ml_flags: METH.FASTCALL },
  { ml_name: '_debugmallocstats', ml_meth: sys_debugmallocstats, ml_flags: METH.NOARGS },
  { ml_name: 'get_int_max_str_digits', ml_meth: () => PyLong_FromNumber(_Py_int_max_str_digits), ml_flags: METH.NOARGS },
  { ml_name: 'set_int_max_str_digits', ml_meth: sys_set_int_max_str_digits, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'getdefaultencoding', ml_meth: sys_getdefaultencoding, ml_flags: METH.NOARGS },
];

// ---------------------------------------------------------------------------
// sys.version_info: a struct sequence (Objects/structseq.c) — a tuple subclass whose
// repr names its fields.

const VI_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];

export const VersionInfo_Type = new PyTypeObject(PyType_Type, 'sys.version_info', 24 + 8 * 5, 8,
  TypeFlags.TUPLE_SUBCLASS);
VersionInfo_Type.tp_base = PyTuple_Type;
VersionInfo_Type.tp_repr = (o) => {
  const items = (o as PyTupleObject).ob_item;
  const parts = VI_FIELDS.map((f, i) => {
    const r = PyObject_Repr(items[i]);
    const s = PyUnicode_AsString(r);
    Py_DECREF(r);
    return `${f}=${s}`;
  });
  return PyUnicode_FromString(`sys.version_info(${parts.join(', ')})`);
};
VersionInfo_Type.tp_getset = VI_FIELDS.map((name, i) => ({
  name,
  get: (s: PyObject) => {
    const v = (s as PyTupleObject).ob_item[i];
    Py_INCREF(v);
    return v;
  },
  set: null,
}));

function makeVersionInfo(): PyObject {
  const vi = rt.profile.versionInfo;
  const t = PyTuple_New(5);
  PyTuple_SET_ITEM(t, 0, PyLong_FromNumber(vi[0]));
  PyTuple_SET_ITEM(t, 1, PyLong_FromNumber(vi[1]));
  PyTuple_SET_ITEM(t, 2, PyLong_FromNumber(vi[2]));
  PyTuple_SET_ITEM(t, 3, PyUnicode_FromString(vi[3]));
  PyTuple_SET_ITEM(t, 4, PyLong_FromNumber(vi[4]));
  // The struct sequence type holds the instance's type reference (a static type here).
  t.ob_type = VersionInfo_Type;
  return t;
}

function setItem(d: PyObject, k: string, v: PyObject): void {
  const key = PyUnicode_FromString(k);
  PyDict_SetItem(d, key, v);
  Py_DECREF(key);
  Py_DECREF(v);
}

/** _PySys_Create: the sys module with its functions, sys.modules and the data
 *  _PySys_InitCore sets (what the module's m_copy will hold). */
export function makeSysModule(modules: PyObject): PyModuleObject {
  PyType_Ready(VersionInfo_Type);
  const m = PyModule_New('sys', '(built-in)');
  const d = m.ob_dict as PyObject;
  const modname = PyUnicode_FromString('sys');
  for (const ml of sys_methods) setItem(d, ml.ml_name, PyCFunction_NewEx(ml, m, modname));
  Py_DECREF(modname);
  Py_INCREF(modules);
  setItem(d, 'modules', modules);
  setItem(d, 'version', PyUnicode_FromString(SYS_VERSION));
  setItem(d, 'version_info', makeVersionInfo());
  const vi = rt.profile.versionInfo;
  setItem(d, 'hexversion', PyLong_FromNumber((vi[0] << 24) | (vi[1] << 16) | (vi[2] << 8) | 0xf0 | vi[4]));
  setItem(d, 'maxsize', PyLong_FromBigInt(9223372036854775807n));
  setItem(d, 'byteorder', PyUnicode_FromString('little'));
  setItem(d, 'platform', PyUnicode_FromString('linux'));
  return m;
}

/** What init_sys_streams and _PySys_UpdateConfig add to sys once the core is up (after
 *  its m_copy was taken): the standard streams, argv, path, warnoptions, _xoptions. */
export function sysUpdateConfig(m: PyModuleObject, stdout: PyObject, stderr: PyObject, argv0: string,
  args: readonly string[] = [], stdin: PyObject | null = null): void {
  const d = m.ob_dict as PyObject;
  Py_INCREF(stdout);
  setItem(d, 'stdout', stdout);
  Py_INCREF(stderr);
  setItem(d, 'stderr', stderr);
  Py_INCREF(stdout);
  setItem(d, '__stdout__', stdout);
  Py_INCREF(stderr);
  setItem(d, '__stderr__', stderr);
  if (stdin !== null) {
    Py_INCREF(stdin);
    setItem(d, '__stdin__', stdin);
    Py_INCREF(stdin);
    setItem(d, 'stdin', stdin);
  }
  const argv = PyList_New(1 + args.length);
  PyList_SET_ITEM(argv, 0, PyUnicode_FromString(argv0));
  args.forEach((a, i) => PyList_SET_ITEM(argv, i + 1, PyUnicode_FromString(a)));
  setItem(d, 'argv', argv);
  setItem(d, 'path', PyList_New(0));
  setItem(d, 'warnoptions', PyList_New(0));
  setItem(d, '_xoptions', PyDict_New());
  _PyHeap_NoteProvided('sys', d);
}
