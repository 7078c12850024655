// The builtins module's dict in CPython 3.11's order (Python/bltinmodule.c:
// the builtin_methods table, then _PyBuiltin_Init's SETBUILTIN list, __debug__,
// then the exception types as Objects/exceptions.c adds them). The order is
// observable: dir(builtins), and which name a NameError suggests first.

import { PyObject, PyTypeObject, Py_DECREF, staticTypes } from '../objects/object';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { PyDict_SetItem } from '../objects/dictobject';
import { PyCFunction_NewEx } from '../objects/methodobject';
import type { PyMethodDef } from '../objects/methoddef';
import { Py_None, Py_Ellipsis, Py_NotImplemented } from '../objects/singletons';
import { Py_True, Py_False } from '../objects/boolobject';
import * as Exc from '../objects/exceptions';
import { _PyHeap_NoteProvided } from '../objects/unsupported';

/** Python/bltinmodule.c builtin_methods[] order. */
const FUNCTION_ORDER = [
  '__build_class__', '__import__', 'abs', 'all', 'any', 'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile',
  'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input',
  'isinstance', 'issubclass', 'iter', 'aiter', 'len', 'locals', 'max', 'min', 'next', 'anext', 'oct', 'ord', 'pow',
  'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars',
];

/** _PyBuiltin_Init's SETBUILTIN order (types by tp_name). */
const OBJECT_ORDER = [
  'None', 'Ellipsis', 'NotImplemented', 'False', 'True', 'bool', 'memoryview', 'bytearray', 'bytes', 'classmethod',
  'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'property', 'int', 'list', 'map', 'object', 'range',
  'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip',
];

function setItem(d: PyObject, k: string, v: PyObject): void {
  const key = PyUnicode_FromString(k);
  PyDict_SetItem(d, key, v);
  Py_DECREF(key);
}

/** _PyBuiltin_Init: fills the builtins dict with the functions (from `defs`, bound to the
 *  builtins module), the constants and types, and __debug__. */
export function fillBuiltins(d: PyObject, module: PyObject, defs: readonly PyMethodDef[]): void {
  const modname = PyUnicode_FromString('builtins');
  const byName = new Map<string, PyMethodDef>();
  for (const ml of defs) byName.set(ml.ml_name, ml);
  const ordered = [...FUNCTION_ORDER.filter((n) => byName.has(n)), ...[...byName.keys()].filter((n) => !FUNCTION_ORDER.includes(n))];
  for (const n of ordered) {
    const f = PyCFunction_NewEx(byName.get(n) as PyMethodDef, module, modname);
    setItem(d, n, f);
    Py_DECREF(f);
  }
  Py_DECREF(modname);
  const types = new Map<string, PyTypeObject>();
  for (const t of staticTypes) if (!types.has(t.tp_name)) types.set(t.tp_name, t);
  const consts: Record<string, PyObject> = {
    None: Py_None, Ellipsis: Py_Ellipsis, NotImplemented: Py_NotImplemented, False: Py_False, True: Py_True,
  };
  for (const n of OBJECT_ORDER) {
    const o = consts[n] ?? types.get(n);
    if (o !== undefined) setItem(d, n, o);
  }
  setItem(d, '__debug__', Py_True);
}

/** _PyBuiltins_AddExceptions: every exception type, added after the module's m_copy was taken. */
export function _PyBuiltins_AddExceptions(d: PyObject): void {
  for (const [k, v] of Object.entries(Exc)) {
    if (k.startsWith('PyExc_') && v instanceof PyTypeObject) setItem(d, k.slice(6), v);
  }
  _PyHeap_NoteProvided('builtins', d);
}
