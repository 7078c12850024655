// types.UnionType (Objects/unionobject.c, 3.11): what `int | str` and `int | None`
// evaluate to — type's (and GenericAlias's) nb_or. The union keeps a tuple of its
// distinct members in order (None stands for NoneType; a union operand contributes
// its members); when nothing new is added the left operand itself is the result
// (`int | int` is int). isinstance() and issubclass() accept a union as they accept
// a tuple. Equality and hash ignore the order (they go through a set / frozenset).

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, CompareOp, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_New } from './objalloc';
import { Py_None, PyNone_Type, Py_NotImplemented } from './singletons';
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import { PyTuple_New, _PyTuple_Resize, type PyTupleObject } from './tupleobject';
import { PySet_New, PyFrozenSet_New } from './setobject';
import {
  PyObject_GetAttr, PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool, PyType_Check, _Py_ID,
} from './abstract';
import { PyObject_GenericGetAttr } from './typeobject';
import {
  _PyGenericAlias_Check, _Py_typing_repr_item, _Py_make_parameters, _Py_subs_parameters,
} from './genericaliasobject';

/** sizeof(unionobject): args, parameters. */
const UNION_BASICSIZE = 32;

export const _PyUnion_Type = new PyTypeObject(PyType_Type, 'types.UnionType', UNION_BASICSIZE, 0, TypeFlags.HAVE_GC);
_PyUnion_Type.tp_doc = 'Represent a PEP 604 union type\n\nE.g. for int | str';

export class PyUnionObject extends PyObject {
  args: PyTupleObject | null = null;
  parameters: PyObject | null = null;
}

export function _PyUnion_Check(o: PyObject): o is PyUnionObject {
  return o.ob_type === _PyUnion_Type;
}

/** _Py_union_args: the member tuple (borrowed). */
export function _Py_union_args(u: PyObject): PyTupleObject {
  return (u as PyUnionObject).args as PyTupleObject;
}

/** make_union: PyObject_GC_New, the tuple taken with a new reference. */
function make_union(args: PyTupleObject): PyUnionObject {
  const result = new PyUnionObject(_PyUnion_Type);
  _PyObject_GC_New(result, UNION_BASICSIZE);
  Py_INCREF(args);
  result.args = args;
  PyObject_GC_Track(result);
  return result;
}

/** is_same: generic aliases compare by ==, everything else by identity. */
function is_same(left: PyObject, right: PyObject): boolean {
  return _PyGenericAlias_Check(left) && _PyGenericAlias_Check(right)
    ? PyObject_RichCompareBool(left, right, CompareOp.EQ) : left === right;
}

/** merge: items1 followed by the items of items2 not already there, or null when
 *  items2 adds nothing. */
function merge(items1: readonly PyObject[], items2: readonly PyObject[]): PyTupleObject | null {
  let tuple: PyTupleObject | null = null;
  let pos = 0;
  for (let i = 0; i < items2.length; i++) {
    const arg = items2[i];
    if (items1.some((x) => is_same(x, arg))) continue;
    if (tuple === null) {
      tuple = PyTuple_New(items1.length + items2.length - i);
      for (; pos < items1.length; pos++) {
        Py_INCREF(items1[pos]);
        tuple.ob_item[pos] = items1[pos];
      }
    }
    Py_INCREF(arg);
    tuple.ob_item[pos++] = arg;
  }
  if (tuple !== null) tuple = _PyTuple_Resize(tuple, pos);
  return tuple;
}

/** get_types: a union's members, or the operand alone (None meaning NoneType). */
function get_types(obj: PyObject): [PyObject, readonly PyObject[]] {
  if (obj === Py_None) obj = PyNone_Type;
  if (_PyUnion_Check(obj)) return [obj, _Py_union_args(obj).ob_item];
  return [obj, [obj]];
}

function is_unionable(obj: PyObject): boolean {
  return obj === Py_None || PyType_Check(obj) || _PyGenericAlias_Check(obj) || _PyUnion_Check(obj);
}

/** _Py_union_type_or: `self | other` for classes, None, generic aliases and unions. */
export function _Py_union_type_or(self: PyObject, other: PyObject): PyObject {
  if (!is_unionable(self) || !is_unionable(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const [left, items1] = get_types(self);
  const [, items2] = get_types(other);
  const tuple = merge(items1, items2);
  if (tuple === null) {
    Py_INCREF(left);
    return left;
  }
  const u = make_union(tuple);
  Py_DECREF(tuple);
  return u;
}

function union_dealloc(self: PyObject): void {
  const u = self as PyUnionObject;
  PyObject_GC_UnTrack(u);
  Py_XDECREF(u.args);
  Py_XDECREF(u.parameters);
  u.args = null;
  u.parameters = null;
  PyObject_GC_Del(u);
}

function union_traverse(self: PyObject, visit: RefVisitor): void {
  const u = self as PyUnionObject;
  if (u.args !== null) visit(u.args, '__args__');
  if (u.parameters !== null) visit(u.parameters, '__parameters__');
}

function union_hash(self: PyObject): number {
  const args = PyFrozenSet_New(_Py_union_args(self));
  try {
    return PyObject_Hash(args);
  } finally {
    Py_DECREF(args);
  }
}

function union_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!_PyUnion_Check(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const aSet = PySet_New(_Py_union_args(a));
  try {
    const bSet = PySet_New(_Py_union_args(b));
    try {
      return PyObject_RichCompare(aSet, bSet, op);
    } finally {
      Py_DECREF(bSet);
    }
  } finally {
    Py_DECREF(aSet);
  }
}

function union_repr(self: PyObject): PyObject {
  const items = _Py_union_args(self).ob_item;
  return PyUnicode_FromString(items.map((p) => (p === PyNone_Type ? 'None' : _Py_typing_repr_item(p))).join(' | '));
}

function union_parameters_of(u: PyUnionObject): PyObject {
  if (u.parameters === null) u.parameters = _Py_make_parameters(u.args as PyTupleObject);
  return u.parameters;
}

/** union_getattro: __module__ is the type's ('types'); the rest is generic. */
function union_getattro(self: PyObject, name: PyObject): PyObject {
  if (PyUnicode_Check(name) && (name as PyUnicodeObject).str === '__module__') {
    return PyObject_GetAttr(self.ob_type, name);
  }
  return PyObject_GenericGetAttr(self, name);
}

// type.__or__ / __ror__ (type_as_number.nb_or): `int | str`.
PyType_Type.nb_or = _Py_union_type_or;

const U = _PyUnion_Type;
U.tp_dealloc = union_dealloc;
U.tp_free = PyObject_GC_Del;
U.tp_traverse = union_traverse;
U.tp_refs = union_traverse;
U.tp_hash = union_hash;
U.tp_getattro = union_getattro;
U.tp_richcompare = union_richcompare;
U.mp_subscript = (self) => _Py_subs_parameters(self, union_parameters_of(self as PyUnionObject));
U.nb_or = _Py_union_type_or;
U.tp_repr = union_repr;
U.tp_sizeof = () => UNION_BASICSIZE;
U.tp_getset = [
  {
    name: '__args__',
    get: (o) => {
      const a = _Py_union_args(o);
      Py_INCREF(a);
      return a;
    },
    set: null,
  },
  {
    name: '__parameters__',
    get: (o) => {
      const p = union_parameters_of(o as PyUnionObject);
      Py_INCREF(p);
      return p;
    },
    set: null,
  },
];
