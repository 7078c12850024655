// types.GenericAlias (Objects/genericaliasobject.c, 3.11): what `list[int]`,
// `dict[str, int]`, `tuple[int, ...]` and `type[int]` evaluate to. A GC-tracked
// object holding the origin class and the argument tuple (a single argument is
// packed into a new 1-tuple), with its __parameters__ computed on first use. It is
// not cached: every subscription makes a new alias, equal (and hashing equal) to
// the others. Attributes it does not define are looked up on the origin, and
// calling it calls the origin.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, CompareOp, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_New } from './objalloc';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError, PyExc_NotImplementedError } from './exceptions';
import { Py_None, Py_Ellipsis, Py_NotImplemented } from './singletons';
import { Py_True, Py_False, PyBool_FromLong } from './boolobject';
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import {
  PyTuple_Check, PyTuple_New, PyTuple_Pack, PyTuple_Type, _PyTuple_Resize, type PyTupleObject,
} from './tupleobject';
import {
  PyObject_GetAttr, PyObject_Repr, PyObject_Str, PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool,
  PyObject_Call, PyObject_Vectorcall, PyObject_SetAttr, PyType_Check, _PyObject_LookupAttr, _Py_ID,
} from './abstract';
import { PyObject_GenericGetAttr } from './typeobject';
import { PyException, PyErr_Clear, isPyExc } from './errors';
import { PyExc_AttributeError } from './exceptions';
import { _PyArg_CheckPositional, _PyArg_NoKeywords, _PyType_GenericAllocInto } from './containerutil';
import { METH, type PyMethodDef } from './methoddef';
import { PyObject_ClearWeakRefs } from './weakrefobject';
import { _Py_union_type_or } from './unionobject';
import { PyList_Type } from './listobject';
import { PyDict_Type } from './dictobject';
import { PySet_Type, PyFrozenSet_Type } from './setobject';
import { PyEnum_Type } from './enumobject';

/** sizeof(gaobject): origin, args, parameters, weakreflist, starred, vectorcall. */
const GA_BASICSIZE = 64;
/** sizeof(gaiterobject). */
const GAITER_BASICSIZE = 24;

export const Py_GenericAliasType = new PyTypeObject(PyType_Type, 'types.GenericAlias', GA_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE | TypeFlags.HAVE_VECTORCALL);
Py_GenericAliasType.tp_weaklistoffset = 48;
Py_GenericAliasType.tp_doc =
  'Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).';

export class PyGenericAliasObject extends PyObject {
  origin: PyObject | null = null;
  args: PyTupleObject | null = null;
  parameters: PyObject | null = null;
  /** Whether this is a starred alias, *tuple[int] (from iterating an alias). */
  starred = false;
}

export function _PyGenericAlias_Check(o: PyObject): o is PyGenericAliasObject {
  return o.ob_type === Py_GenericAliasType || (o.ob_type.tp_mro_list.includes(Py_GenericAliasType));
}

/** setup_ga: a non-tuple argument becomes a new 1-tuple. */
function setup_ga(alias: PyGenericAliasObject, origin: PyObject, args: PyObject): void {
  if (!PyTuple_Check(args)) {
    args = PyTuple_Pack(args);
  } else {
    Py_INCREF(args);
  }
  Py_INCREF(origin);
  alias.origin = origin;
  alias.args = args as PyTupleObject;
  alias.parameters = null;
}

/** Py_GenericAlias(origin, args): a new alias (PyType_GenericAlloc, tracked). */
export function Py_GenericAlias(origin: PyObject, args: PyObject): PyGenericAliasObject {
  const alias = _PyType_GenericAllocInto(new PyGenericAliasObject(Py_GenericAliasType), Py_GenericAliasType, 0);
  try {
    setup_ga(alias, origin, args);
  } catch (e) {
    Py_DECREF(alias);
    throw e;
  }
  return alias;
}

/** `__class_getitem__` of list, dict, tuple, set, frozenset and enumerate (METH_O|METH_CLASS),
 *  the last of their methods as in CPython's tables. */
const class_getitem_def: PyMethodDef = {
  ml_name: '__class_getitem__', ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAlias(cls, arg),
  ml_flags: METH.O | METH.CLASS, ml_doc: 'See PEP 585',
};
let classGetitemAdded = false;
/** Adds __class_getitem__ to those types (called before they are readied: this module
 *  loads early, before some of them exist). */
export function _PyGenericAlias_AddClassGetitem(): void {
  if (classGetitemAdded) return;
  classGetitemAdded = true;
  for (const t of [PyList_Type, PyTuple_Type, PyDict_Type, PySet_Type, PyFrozenSet_Type, PyEnum_Type]) {
    t.tp_methods = [...(t.tp_methods ?? []), class_getitem_def];
  }
}

function ga_dealloc(self: PyObject): void {
  const alias = self as PyGenericAliasObject;
  PyObject_GC_UnTrack(alias);
  if (alias.ob_weakreflist) PyObject_ClearWeakRefs(alias);
  Py_XDECREF(alias.origin);
  Py_XDECREF(alias.args);
  Py_XDECREF(alias.parameters);
  alias.origin = alias.args = alias.parameters = null;
  (alias.ob_type.tp_free as (o: PyObject) => void)(alias);
}

function ga_traverse(self: PyObject, visit: RefVisitor): void {
  const alias = self as PyGenericAliasObject;
  if (alias.origin !== null) visit(alias.origin, '__origin__');
  if (alias.args !== null) visit(alias.args, '__args__');
  if (alias.parameters !== null) visit(alias.parameters, '__parameters__');
}

/** ga_repr_item / union_repr_item: a class as module.qualname (no module for builtins),
 *  `...` for Ellipsis, a generic alias (or anything else) by its repr. */
export function _Py_typing_repr_item(p: PyObject): string {
  if (p === Py_Ellipsis) return '...';
  const got: PyObject[] = [];
  const lookup = (n: string): PyObject | null => {
    const v = _PyObject_LookupAttr(p, _Py_ID(n));
    if (v !== null) got.push(v);
    return v;
  };
  try {
    if (lookup('__origin__') !== null && lookup('__args__') !== null) return reprText(p);
    const qualname = lookup('__qualname__');
    if (qualname === null) return reprText(p);
    const module = lookup('__module__');
    if (module === null || module === Py_None) return reprText(p);
    if (PyUnicode_Check(module) && (module as PyUnicodeObject).str === 'builtins') return strText(qualname);
    return `${strText(module)}.${strText(qualname)}`;
  } finally {
    for (const v of got) Py_DECREF(v);
  }
}

function reprText(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

function strText(o: PyObject): string {
  const r = PyObject_Str(o);
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

function ga_repr(self: PyObject): PyObject {
  const alias = self as PyGenericAliasObject;
  const items = (alias.args as PyTupleObject).ob_item;
  let out = alias.starred ? '*' : '';
  out += _Py_typing_repr_item(alias.origin as PyObject) + '[';
  out += items.map(_Py_typing_repr_item).join(', ');
  // tuple[()] shows its empty argument list.
  if (items.length === 0) out += '()';
  return PyUnicode_FromString(out + ']');
}

/** _Py_make_parameters: the type variables among the arguments (and among their own
 *  __parameters__), without duplicates. A class is skipped; PyHeap has no TypeVars
 *  (the typing module), so only the __parameters__ of nested aliases can add any. */
export function _Py_make_parameters(args: PyTupleObject): PyObject {
  const nargs = args.ob_item.length;
  let parameters = PyTuple_New(nargs);
  let len = nargs;
  let iparam = 0;
  const add = (t: PyObject): void => {
    for (let i = 0; i < iparam; i++) if (parameters.ob_item[i] === t) return;
    Py_INCREF(t);
    parameters.ob_item[iparam++] = t;
  };
  try {
    for (let iarg = 0; iarg < nargs; iarg++) {
      const t = args.ob_item[iarg];
      if (PyType_Check(t)) continue;
      const subst = _PyObject_LookupAttr(t, _Py_ID('__typing_subst__'));
      if (subst !== null) {
        add(t);
        Py_DECREF(subst);
        continue;
      }
      const subparams = _PyObject_LookupAttr(t, _Py_ID('__parameters__'));
      if (subparams !== null && PyTuple_Check(subparams)) {
        const sub = (subparams as PyTupleObject).ob_item;
        const needed = sub.length - 1 - (iarg - iparam);
        if (needed > 0) {
          len += needed;
          parameters = _PyTuple_Resize(parameters, len);
        }
        for (const t2 of sub) add(t2);
      }
      if (subparams !== null) Py_DECREF(subparams);
    }
    if (iparam < len) parameters = _PyTuple_Resize(parameters, iparam);
  } catch (e) {
    Py_DECREF(parameters);
    throw e;
  }
  return parameters;
}

/** _Py_subs_parameters: substituting type variables. Without TypeVars there is
 *  nothing to substitute: "X is not a generic class". */
export function _Py_subs_parameters(self: PyObject, parameters: PyObject): never {
  if ((parameters as PyTupleObject).ob_item.length === 0) {
    return PyErr_SetString(PyExc_TypeError, `${reprText(self)} is not a generic class`);
  }
  return PyErr_SetString(PyExc_NotImplementedError, 'PyHeap does not support substituting type variables yet');
}

function ga_parameters_of(alias: PyGenericAliasObject): PyObject {
  if (alias.parameters === null) alias.parameters = _Py_make_parameters(alias.args as PyTupleObject);
  return alias.parameters;
}

function ga_getitem(self: PyObject, _item: PyObject): PyObject {
  return _Py_subs_parameters(self, ga_parameters_of(self as PyGenericAliasObject));
}

function ga_hash(self: PyObject): number {
  const alias = self as PyGenericAliasObject;
  const h0 = PyObject_Hash(alias.origin as PyObject);
  const h1 = PyObject_Hash(alias.args as PyObject);
  return xorHash(h0, h1);
}

/** h0 ^ h1 on 64-bit Py_hash_t values (exact in their low 53 bits, objects/pyhash.ts). */
function xorHash(a: number, b: number): number {
  const r = BigInt.asIntN(64, BigInt(a) ^ BigInt(b));
  return Number(r) === -1 ? -2 : Number(r);
}

/** set_orig_class: the instance remembers the alias when it can (not for builtins). */
function set_orig_class(obj: PyObject, self: PyObject): PyObject {
  try {
    PyObject_SetAttr(obj, _Py_ID('__orig_class__'), self);
  } catch (e) {
    if (!(isPyExc(e, PyExc_AttributeError) || isPyExc(e, PyExc_TypeError))) {
      Py_DECREF(obj);
      throw e;
    }
    PyErr_Clear(e as PyException);
  }
  return obj;
}

function ga_call(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  return set_orig_class(PyObject_Call((self as PyGenericAliasObject).origin as PyObject, args, kwds), self);
}

function ga_vectorcall(self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  return set_orig_class(PyObject_Vectorcall((self as PyGenericAliasObject).origin as PyObject, args, nargs, kwnames), self);
}

/** Attributes an alias answers itself; every other one is the origin's. */
const attr_exceptions = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function ga_getattro(self: PyObject, name: PyObject): PyObject {
  if (PyUnicode_Check(name) && !attr_exceptions.has((name as PyUnicodeObject).str)) {
    return PyObject_GetAttr((self as PyGenericAliasObject).origin as PyObject, name);
  }
  return PyObject_GenericGetAttr(self, name);
}

function ga_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!_PyGenericAlias_Check(b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (op === CompareOp.NE) {
    const eq = ga_richcompare(a, b, CompareOp.EQ);
    Py_DECREF(eq);
    return PyBool_FromLong(eq !== Py_True);
  }
  const aa = a as PyGenericAliasObject, bb = b as PyGenericAliasObject;
  if (aa.starred !== bb.starred || !PyObject_RichCompareBool(aa.origin as PyObject, bb.origin as PyObject, CompareOp.EQ)) {
    Py_INCREF(Py_False);
    return Py_False;
  }
  return PyObject_RichCompare(aa.args as PyObject, bb.args as PyObject, CompareOp.EQ);
}

function ga_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  _PyArg_NoKeywords('GenericAlias', kwds);
  const a = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional('GenericAlias', a.length, 2, 2);
  const self = _PyType_GenericAllocInto(new PyGenericAliasObject(type), type, 0);
  try {
    setup_ga(self, a[0], a[1]);
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  return self;
}

// ---------------------------------------------------------------------------
// Iterating an alias yields it once, starred: `*tuple[int]`.

export const _Py_GenericAliasIterType = new PyTypeObject(PyType_Type, 'generic_alias_iterator', GAITER_BASICSIZE, 0,
  TypeFlags.HAVE_GC);

class GaIterObject extends PyObject {
  obj: PyObject | null = null;
}

function ga_iter(self: PyObject): PyObject {
  const gi = new GaIterObject(_Py_GenericAliasIterType);
  _PyObject_GC_New(gi, GAITER_BASICSIZE);
  Py_INCREF(self);
  gi.obj = self;
  PyObject_GC_Track(gi);
  return gi;
}

function ga_iternext(self: PyObject): PyObject | null {
  const gi = self as GaIterObject;
  if (gi.obj === null) return null;
  const alias = gi.obj as PyGenericAliasObject;
  const starred = Py_GenericAlias(alias.origin as PyObject, alias.args as PyObject);
  starred.starred = true;
  const o = gi.obj;
  gi.obj = null;
  Py_DECREF(o);
  return starred;
}

const GI = _Py_GenericAliasIterType;
GI.tp_iter = (o) => {
  Py_INCREF(o);
  return o;
};
GI.tp_iternext = ga_iternext;
GI.tp_dealloc = (o) => {
  const gi = o as GaIterObject;
  PyObject_GC_UnTrack(gi);
  Py_XDECREF(gi.obj);
  gi.obj = null;
  PyObject_GC_Del(gi);
};
GI.tp_traverse = (o, visit) => {
  if ((o as GaIterObject).obj !== null) visit((o as GaIterObject).obj as PyObject, 'obj');
};
GI.tp_refs = GI.tp_traverse;
GI.tp_clear = (o) => {
  const gi = o as GaIterObject;
  const x = gi.obj;
  gi.obj = null;
  Py_XDECREF(x);
};
GI.tp_sizeof = () => GAITER_BASICSIZE;

// ---------------------------------------------------------------------------

const T = Py_GenericAliasType;
T.tp_dealloc = ga_dealloc;
T.tp_repr = ga_repr;
T.nb_or = _Py_union_type_or;
T.mp_subscript = ga_getitem;
T.tp_hash = ga_hash;
T.tp_call = ga_call;
T.tp_vectorcall = ga_vectorcall;
T.tp_getattro = ga_getattro;
T.tp_traverse = ga_traverse;
T.tp_refs = ga_traverse;
T.tp_richcompare = ga_richcompare;
T.tp_new = ga_new;
T.tp_free = PyObject_GC_Del;
T.tp_iter = ga_iter;
T.tp_sizeof = () => GA_BASICSIZE;
T.tp_methods = [
  { ml_name: '__mro_entries__', ml_meth: (self: PyObject) => PyTuple_Pack((self as PyGenericAliasObject).origin as PyObject), ml_flags: METH.O },
  {
    ml_name: '__instancecheck__', ml_flags: METH.O,
    ml_meth: () => PyErr_SetString(PyExc_TypeError, 'isinstance() argument 2 cannot be a parameterized generic'),
  },
  {
    ml_name: '__subclasscheck__', ml_flags: METH.O,
    ml_meth: () => PyErr_SetString(PyExc_TypeError, 'issubclass() argument 2 cannot be a parameterized generic'),
  },
];
function member(name: string, get: (a: PyGenericAliasObject) => PyObject) {
  return {
    name,
    get: (o: PyObject) => {
      const v = get(o as PyGenericAliasObject);
      Py_INCREF(v);
      return v;
    },
    set: null,
  };
}
T.tp_getset = [
  member('__origin__', (a) => a.origin as PyObject),
  member('__args__', (a) => a.args as PyObject),
  member('__unpacked__', (a) => (a.starred ? Py_True : Py_False)),
  member('__parameters__', ga_parameters_of),
  member('__typing_unpacked_tuple_args__', (a) => (a.starred && a.origin === PyTuple_Type ? a.args as PyObject : Py_None)),
];
