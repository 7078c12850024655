// The attributes a program can read from a code object (Objects/codeobject.c
// code_memberlist and code_getsetlist, 3.11). co_varnames, co_cellvars and
// co_freevars are not stored in 3.11: each read builds a new tuple from
// co_localsplusnames (_PyCode_GetVarnames → get_localsplus_names), so
// `f.__code__.co_varnames is f.__code__.co_varnames` is False, as in CPython.

import { PyObject, Py_INCREF } from './object';
import type { PyGetSetDef } from './methoddef';
import { PyTuple_New, PyTuple_SET_ITEM, PyTupleObject } from './tupleobject';
import { PyLong_FromNumber } from './longobject';
import { CO_FAST } from '../compiler/code';
import { PyCode_Type, PyCodeObject } from './codeobject';
import { PyUnicode_FromString } from './unicodeobject';
import { _Py_PointerRepr } from './abstract';

function localsplusNames(co: PyCodeObject, kind: number): PyObject {
  const names = co.co_localsplusnames as PyTupleObject;
  const picked: PyObject[] = [];
  for (let i = 0; i < co.co_localspluskinds.length; i++) {
    if ((co.co_localspluskinds[i] & kind) !== 0) picked.push(names.ob_item[i]);
  }
  const t = PyTuple_New(picked.length);
  for (let i = 0; i < picked.length; i++) {
    Py_INCREF(picked[i]);
    PyTuple_SET_ITEM(t, i, picked[i]);
  }
  return t;
}

const member = (name: string, get: (co: PyCodeObject) => PyObject): PyGetSetDef => ({
  name,
  get: (self) => get(self as PyCodeObject),
  set: null,
});
const objectMember = (name: string, field: (co: PyCodeObject) => PyObject): PyGetSetDef =>
  member(name, (co) => {
    const o = field(co);
    Py_INCREF(o);
    return o;
  });
const intMember = (name: string, field: (co: PyCodeObject) => number): PyGetSetDef =>
  member(name, (co) => PyLong_FromNumber(field(co)));

/** code_repr: the name, the address, the file and the first line (-1 for 0). */
PyCode_Type.tp_repr = (self: PyObject): PyObject => {
  const co = self as PyCodeObject;
  const lineno = co.co_firstlineno !== 0 ? co.co_firstlineno : -1;
  return PyUnicode_FromString(`<code object ${co.name} at ${_Py_PointerRepr(co.ob_addr)}, file "${co.filename}", line ${lineno}>`);
};

PyCode_Type.tp_getset = [
  intMember('co_argcount', (co) => co.co_argcount),
  intMember('co_posonlyargcount', (co) => co.co_posonlyargcount),
  intMember('co_kwonlyargcount', (co) => co.co_kwonlyargcount),
  intMember('co_stacksize', (co) => co.co_stacksize),
  intMember('co_flags', (co) => co.co_flags),
  intMember('co_nlocals', (co) => co.co_nlocals),
  intMember('co_firstlineno', (co) => co.co_firstlineno),
  objectMember('co_consts', (co) => co.co_consts),
  objectMember('co_names', (co) => co.co_names),
  objectMember('co_filename', (co) => co.co_filename),
  objectMember('co_name', (co) => co.co_name),
  objectMember('co_qualname', (co) => co.co_qualname),
  member('co_varnames', (co) => localsplusNames(co, CO_FAST.LOCAL)),
  member('co_cellvars', (co) => localsplusNames(co, CO_FAST.CELL)),
  member('co_freevars', (co) => localsplusNames(co, CO_FAST.FREE)),
];
