// slotdefs (Objects/typeobject.c): which dunder name corresponds to which type
// slot, and the wrapper that exposes a C slot as a Python method
// (int.__add__, list.__len__...). add_operators puts a wrapper_descriptor in a
// static type's dict for every slot the type itself defines, in slotdefs order.
// The reverse direction (a Python-defined __add__ filling nb_add) uses the same
// table: typeobject_slotfuncs.ts fills in `slotfn` for each entry.

import { CompareOp, PyObject, PyTypeObject, Py_DECREF, Py_INCREF } from './object';
import { PyErr_SetString, PyErr_SetNone } from './errors';
import { PyExc_TypeError, PyExc_OverflowError, PyExc_StopIteration } from './exceptions';
import { Py_None } from './singletons';
import { PyBool_FromLong } from './boolobject';
import { PyLong_FromNumber, PyLong_FromBigInt } from './longobject';
import type { PyTupleObject } from './tupleobject';
import { PyDict_GetItem, PyDict_SetItem } from './dictobject';
import { PyDescr_NewWrapper, type WrapperBase } from './descrobject';
import { _Py_HashExact } from './pyhash';
import { _Py_ID, PyNumber_AsSsize_t } from './abstract';
import { PyObject_HashNotImplemented } from './typeobject';

type W = WrapperBase['wrapper'];
type AnyFn = (...a: never[]) => unknown;

function check_num_args(args: PyObject, n: number): PyObject[] {
  const items = (args as PyTupleObject).ob_item;
  if (items.length !== n) {
    PyErr_SetString(PyExc_TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${items.length}`);
  }
  return items;
}

/** PyArg_UnpackTuple(args, "", min, max): note the empty name leaves a leading space. */
function unpack(args: PyObject, min: number, max: number): PyObject[] {
  const items = (args as PyTupleObject).ob_item;
  const n = items.length;
  if (n < min) {
    PyErr_SetString(PyExc_TypeError,
      ` expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    PyErr_SetString(PyExc_TypeError,
      ` expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
  return items;
}

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

const wrap_binaryfunc: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  return (f as (a: PyObject, b: PyObject) => PyObject)(self, a[0]);
};
const wrap_binaryfunc_l = wrap_binaryfunc;
const wrap_binaryfunc_r: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  return (f as (a: PyObject, b: PyObject) => PyObject)(a[0], self);
};
const wrap_ternaryfunc: W = (self, args, f) => {
  const a = unpack(args, 1, 2);
  return (f as (a: PyObject, b: PyObject, c: PyObject) => PyObject)(self, a[0], a.length > 1 ? a[1] : Py_None);
};
const wrap_ternaryfunc_r: W = (self, args, f) => {
  const a = unpack(args, 1, 2);
  return (f as (a: PyObject, b: PyObject, c: PyObject) => PyObject)(a[0], self, a.length > 1 ? a[1] : Py_None);
};
const wrap_unaryfunc: W = (self, args, f) => {
  check_num_args(args, 0);
  return (f as (a: PyObject) => PyObject)(self);
};
const wrap_inquirypred: W = (self, args, f) => {
  check_num_args(args, 0);
  return PyBool_FromLong((f as (a: PyObject) => boolean)(self));
};
const wrap_lenfunc: W = (self, args, f) => {
  check_num_args(args, 0);
  return PyLong_FromNumber((f as (a: PyObject) => number)(self));
};
const wrap_indexargfunc: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  const i = PyNumber_AsSsize_t(a[0], PyExc_OverflowError);
  return (f as (a: PyObject, n: number) => PyObject)(self, i);
};
/** getindex: negative indices count from the end when the type has sq_length. */
function getindex(self: PyObject, arg: PyObject): number {
  let i = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
  if (i < 0) {
    const len = self.ob_type.sq_length;
    if (len !== null) i += len(self);
  }
  return i;
}
const wrap_sq_item: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  return (f as (a: PyObject, i: number) => PyObject)(self, getindex(self, a[0]));
};
const wrap_sq_setitem: W = (self, args, f) => {
  const a = unpack(args, 2, 2);
  (f as (a: PyObject, i: number, v: PyObject | null) => void)(self, getindex(self, a[0]), a[1]);
  return none();
};
const wrap_sq_delitem: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  (f as (a: PyObject, i: number, v: PyObject | null) => void)(self, getindex(self, a[0]), null);
  return none();
};
const wrap_objobjproc: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  return PyBool_FromLong((f as (a: PyObject, b: PyObject) => boolean)(self, a[0]));
};
const wrap_objobjargproc: W = (self, args, f) => {
  const a = unpack(args, 2, 2);
  (f as (a: PyObject, k: PyObject, v: PyObject | null) => void)(self, a[0], a[1]);
  return none();
};
const wrap_delitem: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  (f as (a: PyObject, k: PyObject, v: PyObject | null) => void)(self, a[0], null);
  return none();
};
/** hackcheck: object.__setattr__(str_instance, ...) may not bypass a C type's own setattr. */
function hackcheck(self: PyObject, f: unknown, what: string): void {
  let type: PyTypeObject | null = self.ob_type;
  while (type !== null && (type.tp_flags & (1 << 9)) !== 0) type = type.tp_base;
  if (type !== null && type.tp_setattro !== f) {
    PyErr_SetString(PyExc_TypeError, `can't apply this ${what} to ${type.tp_name} object`);
  }
}
const wrap_setattr: W = (self, args, f) => {
  const a = unpack(args, 2, 2);
  hackcheck(self, f, '__setattr__');
  (f as (a: PyObject, n: PyObject, v: PyObject | null) => void)(self, a[0], a[1]);
  return none();
};
const wrap_delattr: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  hackcheck(self, f, '__delattr__');
  (f as (a: PyObject, n: PyObject, v: PyObject | null) => void)(self, a[0], null);
  return none();
};
const wrap_hashfunc: W = (self, args, f) => {
  check_num_args(args, 0);
  const h = f as (a: PyObject) => number;
  if (h === self.ob_type.tp_hash) return PyLong_FromBigInt(_Py_HashExact(self));
  return PyLong_FromNumber(h(self));
};
const wrap_call: W = (self, args, f, kwds) => (f as (a: PyObject, b: PyObject, k: PyObject | null) => PyObject)(self, args, kwds);
const wrap_del: W = (self, args, f) => {
  check_num_args(args, 0);
  (f as (a: PyObject) => void)(self);
  return none();
};
function richcmp(op: CompareOp): W {
  return (self, args, f) => {
    const a = check_num_args(args, 1);
    return (f as (a: PyObject, b: PyObject, op: CompareOp) => PyObject)(self, a[0], op);
  };
}
const wrap_next: W = (self, args, f) => {
  check_num_args(args, 0);
  const r = (f as (a: PyObject) => PyObject | null)(self);
  if (r === null) PyErr_SetNone(PyExc_StopIteration);
  return r;
};
const wrap_descr_get: W = (self, args, f) => {
  const a = unpack(args, 1, 2);
  let obj: PyObject | null = a[0];
  let type: PyObject | null = a.length > 1 ? a[1] : null;
  if (obj === Py_None) obj = null;
  if (type === Py_None) type = null;
  if (obj === null && type === null) PyErr_SetString(PyExc_TypeError, '__get__(None, None) is invalid');
  return (f as (d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject)(self, obj, type);
};
const wrap_descr_set: W = (self, args, f) => {
  const a = unpack(args, 2, 2);
  (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, a[0], a[1]);
  return none();
};
const wrap_descr_delete: W = (self, args, f) => {
  const a = check_num_args(args, 1);
  (f as (d: PyObject, o: PyObject, v: PyObject | null) => void)(self, a[0], null);
  return none();
};
const wrap_init: W = (self, args, f, kwds) => {
  (f as (a: PyObject, b: PyObject, k: PyObject | null) => void)(self, args, kwds);
  return none();
};

/** One slotdefs entry. `slotfn` (the slot_* function calling the Python dunder) is
 *  installed by typeobject_slotfuncs.ts; `wrapper` is null where CPython has none. */
export interface SlotDef extends WrapperBase {
  slotfn: AnyFn | null;
  /** Entries sharing a slot (e.g. __add__/__radd__ → nb_add, __setitem__/__delitem__). */
}

function S(name: string, slot: string, wrapper: W | null, keywords = false): SlotDef {
  return { name, slot, wrapper: wrapper as W, keywords, slotfn: null };
}

/** The 3.11 slotdefs table, in its order (the order wrappers enter a type's dict). */
export const slotdefs: SlotDef[] = [
  S('__getattribute__', 'tp_getattro', wrap_binaryfunc),
  S('__getattr__', 'tp_getattro', null),
  S('__setattr__', 'tp_setattro', wrap_setattr),
  S('__delattr__', 'tp_setattro', wrap_delattr),
  S('__repr__', 'tp_repr', wrap_unaryfunc),
  S('__hash__', 'tp_hash', wrap_hashfunc),
  S('__call__', 'tp_call', wrap_call, true),
  S('__str__', 'tp_str', wrap_unaryfunc),
  S('__lt__', 'tp_richcompare', richcmp(CompareOp.LT)),
  S('__le__', 'tp_richcompare', richcmp(CompareOp.LE)),
  S('__eq__', 'tp_richcompare', richcmp(CompareOp.EQ)),
  S('__ne__', 'tp_richcompare', richcmp(CompareOp.NE)),
  S('__gt__', 'tp_richcompare', richcmp(CompareOp.GT)),
  S('__ge__', 'tp_richcompare', richcmp(CompareOp.GE)),
  S('__iter__', 'tp_iter', wrap_unaryfunc),
  S('__next__', 'tp_iternext', wrap_next),
  S('__get__', 'tp_descr_get', wrap_descr_get),
  S('__set__', 'tp_descr_set', wrap_descr_set),
  S('__delete__', 'tp_descr_set', wrap_descr_delete),
  S('__init__', 'tp_init', wrap_init, true),
  S('__new__', 'tp_new', null),
  S('__del__', 'tp_finalize', wrap_del),
  S('__add__', 'nb_add', wrap_binaryfunc_l),
  S('__radd__', 'nb_add', wrap_binaryfunc_r),
  S('__sub__', 'nb_subtract', wrap_binaryfunc_l),
  S('__rsub__', 'nb_subtract', wrap_binaryfunc_r),
  S('__mul__', 'nb_multiply', wrap_binaryfunc_l),
  S('__rmul__', 'nb_multiply', wrap_binaryfunc_r),
  S('__mod__', 'nb_remainder', wrap_binaryfunc_l),
  S('__rmod__', 'nb_remainder', wrap_binaryfunc_r),
  S('__divmod__', 'nb_divmod', wrap_binaryfunc_l),
  S('__rdivmod__', 'nb_divmod', wrap_binaryfunc_r),
  S('__pow__', 'nb_power', wrap_ternaryfunc),
  S('__rpow__', 'nb_power', wrap_ternaryfunc_r),
  S('__neg__', 'nb_negative', wrap_unaryfunc),
  S('__pos__', 'nb_positive', wrap_unaryfunc),
  S('__abs__', 'nb_absolute', wrap_unaryfunc),
  S('__bool__', 'nb_bool', wrap_inquirypred),
  S('__invert__', 'nb_invert', wrap_unaryfunc),
  S('__lshift__', 'nb_lshift', wrap_binaryfunc_l),
  S('__rlshift__', 'nb_lshift', wrap_binaryfunc_r),
  S('__rshift__', 'nb_rshift', wrap_binaryfunc_l),
  S('__rrshift__', 'nb_rshift', wrap_binaryfunc_r),
  S('__and__', 'nb_and', wrap_binaryfunc_l),
  S('__rand__', 'nb_and', wrap_binaryfunc_r),
  S('__xor__', 'nb_xor', wrap_binaryfunc_l),
  S('__rxor__', 'nb_xor', wrap_binaryfunc_r),
  S('__or__', 'nb_or', wrap_binaryfunc_l),
  S('__ror__', 'nb_or', wrap_binaryfunc_r),
  S('__int__', 'nb_int', wrap_unaryfunc),
  S('__float__', 'nb_float', wrap_unaryfunc),
  S('__iadd__', 'nb_inplace_add', wrap_binaryfunc),
  S('__isub__', 'nb_inplace_subtract', wrap_binaryfunc),
  S('__imul__', 'nb_inplace_multiply', wrap_binaryfunc),
  S('__imod__', 'nb_inplace_remainder', wrap_binaryfunc),
  S('__ipow__', 'nb_inplace_power', wrap_binaryfunc),
  S('__ilshift__', 'nb_inplace_lshift', wrap_binaryfunc),
  S('__irshift__', 'nb_inplace_rshift', wrap_binaryfunc),
  S('__iand__', 'nb_inplace_and', wrap_binaryfunc),
  S('__ixor__', 'nb_inplace_xor', wrap_binaryfunc),
  S('__ior__', 'nb_inplace_or', wrap_binaryfunc),
  S('__floordiv__', 'nb_floor_divide', wrap_binaryfunc_l),
  S('__rfloordiv__', 'nb_floor_divide', wrap_binaryfunc_r),
  S('__truediv__', 'nb_true_divide', wrap_binaryfunc_l),
  S('__rtruediv__', 'nb_true_divide', wrap_binaryfunc_r),
  S('__ifloordiv__', 'nb_inplace_floor_divide', wrap_binaryfunc),
  S('__itruediv__', 'nb_inplace_true_divide', wrap_binaryfunc),
  S('__index__', 'nb_index', wrap_unaryfunc),
  S('__matmul__', 'nb_matrix_multiply', wrap_binaryfunc_l),
  S('__rmatmul__', 'nb_matrix_multiply', wrap_binaryfunc_r),
  S('__imatmul__', 'nb_inplace_matrix_multiply', wrap_binaryfunc),
  S('__len__', 'mp_length', wrap_lenfunc),
  S('__getitem__', 'mp_subscript', wrap_binaryfunc),
  S('__setitem__', 'mp_ass_subscript', wrap_objobjargproc),
  S('__delitem__', 'mp_ass_subscript', wrap_delitem),
  S('__len__', 'sq_length', wrap_lenfunc),
  S('__add__', 'sq_concat', wrap_binaryfunc),
  S('__mul__', 'sq_repeat', wrap_indexargfunc),
  S('__rmul__', 'sq_repeat', wrap_indexargfunc),
  S('__getitem__', 'sq_item', wrap_sq_item),
  S('__setitem__', 'sq_ass_item', wrap_sq_setitem),
  S('__delitem__', 'sq_ass_item', wrap_sq_delitem),
  S('__contains__', 'sq_contains', wrap_objobjproc),
  S('__iadd__', 'sq_inplace_concat', wrap_binaryfunc),
  S('__imul__', 'sq_inplace_repeat', wrap_indexargfunc),
];

/** add_operators: a wrapper descriptor for each slot the type defines itself (not
 *  inherited: this runs before inherit_slots), unless the name is already in its dict.
 *  tp_hash == PyObject_HashNotImplemented puts __hash__ = None instead. */
export function add_operators(type: PyTypeObject): void {
  const dict = type.tp_dict as PyObject;
  const t = type as unknown as Record<string, unknown>;
  for (let i = 0; i < slotdefs.length; i++) {
    const p = slotdefs[i];
    if (p.wrapper === null) continue;
    const fn = t[p.slot];
    if (fn === null || fn === undefined) continue;
    const name = _Py_ID(p.name);
    if (PyDict_GetItem(dict, name) !== null) continue;
    if (fn === PyObject_HashNotImplemented) {
      PyDict_SetItem(dict, name, Py_None);
      continue;
    }
    const descr = PyDescr_NewWrapper(type, p, fn);
    PyDict_SetItem(dict, name, descr);
    Py_DECREF(descr);
  }
}
