// The bool type (Objects/boolobject.c): a subclass of int with exactly two
// instances, the static objects True and False (ob_size 1 and 0 in CPython; here
// ival 1 and 0). bool cannot be subclassed.

export { PyBool_Type, Py_True, Py_False } from './bool_type';
import { PyBool_Type, Py_True, Py_False } from './bool_type';
import { PyObject, PyTypeObject } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import type { PyLongObject } from './long_type';
import { long_and, long_or, long_xor } from './longobject';
import { _Py_ID } from './unicodeobject';
import { PyObject_IsTrue } from './abstract';
import { PyDict_Size } from './dictobject';


export function PyBool_Check(o: PyObject): boolean {
  return o.ob_type === PyBool_Type;
}

/** PyBool_FromLong: a new reference to True or False. */
export function PyBool_FromLong(b: boolean | number): PyLongObject {
  const o = b ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

/** bool_repr: the static strings 'True' / 'False' (_Py_ID(True), _Py_ID(False)). */
function bool_repr(self: PyObject): PyObject {
  const s = _Py_ID(self === Py_True ? 'True' : 'False');
  s.ob_refcnt++;
  return s;
}

/** bool_vectorcall / bool_new: bool(x=False). */
function bool_new(_type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  if (kwargs !== null && PyDict_Size(kwargs) !== 0) PyErr_SetString(PyExc_TypeError, 'bool() takes no keyword arguments');
  const items = (args as unknown as { ob_item: PyObject[] }).ob_item;
  return bool_vectorcall(PyBool_Type, items, items.length, null);
}

function bool_vectorcall(_type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames as unknown as { ob_item: PyObject[] }).ob_item.length !== 0) {
    PyErr_SetString(PyExc_TypeError, 'bool() takes no keyword arguments');
  }
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `bool expected at most 1 argument, got ${nargs}`);
  if (nargs === 0) return PyBool_FromLong(false);
  return PyBool_FromLong(PyObject_IsTrue(args[0]));
}

/** bool & bool is a bool; anything else is int arithmetic. */
function bool_and(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_and(a, b);
  return PyBool_FromLong((a === Py_True) && (b === Py_True));
}

function bool_or(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_or(a, b);
  return PyBool_FromLong((a === Py_True) || (b === Py_True));
}

function bool_xor(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return long_xor(a, b);
  return PyBool_FromLong((a === Py_True) !== (b === Py_True));
}

function bool_dealloc(_self: PyObject): void {
  throw new Error('internal: deallocating True or False (refcount bug)');
}

const T = PyBool_Type;
T.tp_repr = bool_repr;
T.tp_dealloc = bool_dealloc;
T.tp_new = bool_new;
T.tp_vectorcall_ctor = bool_vectorcall;
T.nb_and = bool_and;
T.nb_or = bool_or;
T.nb_xor = bool_xor;
T.tp_doc = 'bool(x) -> bool';
