// The slot_* functions (Objects/typeobject.c): how a class defined in Python fills
// its type slots. `a + b` on instances calls nb_add = slot_nb_add, which looks up
// __add__ on the type and calls it with self prepended — without creating a bound
// method (lookup_maybe_method / vectorcall_method), as CPython 3.11 does, so the
// reference counts and allocations seen from Python are the same.

import { tracing } from '../vm/tracing';
import { CompareOp, PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags } from './object';
import { PyErr_SetString, PyErr_SetObject, PyErr_Clear, isPyExc, PyException, PyErr_WriteUnraisable } from './errors';
import {
  PyExc_AttributeError, PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration, PyExc_OverflowError,
} from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { Py_True, PyBool_Check } from './boolobject';
import { PyLong_Check, PyLong_FromNumber, PyLong_AsSsize_t, PyLong_Type, _PyLong_Sign, type PyLongObject } from './longobject';
import { PyUnicode_FromString } from './unicodeobject';
import { PySeqIter_New } from './iterobject';
import {
  _Py_ID, PyObject_Vectorcall, PyObject_Call, PyObject_IsTrue, PyObject_GetAttr, PyObject_CallOneArg,
  _PyNumber_Index, PyNumber_AsSsize_t, _PyObject_LookupAttr, PySequence_Contains_IterSearch, _Py_PointerRepr,
  _PyObject_Call_Prepend,
} from './abstract';
import {
  _PyType_Lookup, PyType_IsSubtype, PyObject_GenericGetAttr, PyObject_HashNotImplemented,
  type_module_str, type_qualname_str,
} from './typeobject';
import { slot_tp_new_marker } from './typehooks';
import { _Py_STATIC_ID, type PyUnicodeObject } from './unicode_type';
import { slotdefs } from './typeobject_slots';

// ---------------------------------------------------------------------------
// Method lookup without binding

/** lookup_maybe_method's second result, read by its caller right after the call (scratch). */
let lastUnbound = false;

/** lookup_maybe_method: type(self).name as a callable; when it is a plain function or
 *  method descriptor it is returned unbound (lastUnbound = true) and the caller passes
 *  self as the first argument. Null when the type has no such attribute. */
function lookup_maybe_method(self: PyObject, name: PyObject): PyObject | null {
  const res = _PyType_Lookup(self.ob_type, name);
  if (res === null) return null;
  if ((res.ob_type.tp_flags & TypeFlags.METHOD_DESCRIPTOR) !== 0) {
    lastUnbound = true;
    Py_INCREF(res);
    return res;
  }
  lastUnbound = false;
  const f = res.ob_type.tp_descr_get;
  if (f === null) {
    Py_INCREF(res);
    return res;
  }
  return f(res, self, self.ob_type);
}

/** lookup_method: as lookup_maybe_method, but a missing attribute is AttributeError(name). */
function lookup_method(self: PyObject, name: PyObject): PyObject {
  const r = lookup_maybe_method(self, name);
  if (r === null) PyErr_SetObject(PyExc_AttributeError, name);
  return r;
}

/** call_unbound: func(self, *args) when unbound, else func(*args). args[0] is self. */
function call_unbound(unbound: boolean, func: PyObject, args: PyObject[]): PyObject {
  try {
    if (unbound) return PyObject_Vectorcall(func, args, args.length, null);
    return PyObject_Vectorcall(func, args.slice(1), args.length - 1, null);
  } finally {
    Py_DECREF(func);
  }
}

/** vectorcall_method: type(args[0]).name(*args); AttributeError if missing. */
function vectorcall_method(name: PyObject, args: PyObject[]): PyObject {
  const func = lookup_method(args[0], name);
  return call_unbound(lastUnbound, func, args);
}

/** vectorcall_maybe: like vectorcall_method but NotImplemented when the method is missing. */
function vectorcall_maybe(name: PyObject, args: PyObject[]): PyObject {
  const func = lookup_maybe_method(args[0], name);
  if (func === null) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  return call_unbound(lastUnbound, func, args);
}

function id(s: string): PyObject {
  return _Py_ID(s);
}

// ---------------------------------------------------------------------------
// tp_* slots

function slot_tp_repr(self: PyObject): PyObject {
  const func = lookup_maybe_method(self, id('__repr__'));
  if (func !== null) return call_unbound(lastUnbound, func, [self]);
  const t = self.ob_type;
  return PyUnicode_FromString(`<${type_module_str(t)}.${type_qualname_str(t)} object at ${_Py_PointerRepr(self.ob_addr)}>`);
}

function slot_tp_str(self: PyObject): PyObject {
  return vectorcall_method(id('__str__'), [self]);
}

function slot_tp_hash(self: PyObject): number {
  let func = lookup_maybe_method(self, id('__hash__'));
  const unbound = lastUnbound;
  if (func === Py_None) {
    Py_DECREF(func);
    func = null;
  }
  if (func === null) return PyObject_HashNotImplemented(self);
  const res = call_unbound(unbound, func, [self]);
  try {
    if (!PyLong_Check(res)) PyErr_SetString(PyExc_TypeError, '__hash__ method should return an integer');
    let h: number;
    try {
      h = PyLong_AsSsize_t(res);
    } catch (e) {
      if (!isPyExc(e, PyExc_OverflowError)) throw e;
      PyErr_Clear(e);
      // Too large for Py_ssize_t: use the int's own hash.
      h = (PyLong_Type.tp_hash as (o: PyObject) => number)(res);
    }
    return h === -1 ? -2 : h;
  } finally {
    Py_DECREF(res);
  }
}

const name_op = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function slot_tp_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  const func = lookup_maybe_method(self, id(name_op[op]));
  if (func === null) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  return call_unbound(lastUnbound, func, [self, other]);
}

function slot_tp_iter(self: PyObject): PyObject {
  const func = lookup_maybe_method(self, id('__iter__'));
  if (func === Py_None) {
    Py_DECREF(func);
    PyErr_SetString(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not iterable`);
  }
  if (func !== null) return call_unbound(lastUnbound, func, [self]);
  const gi = lookup_maybe_method(self, id('__getitem__'));
  if (gi === null) PyErr_SetString(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not iterable`);
  Py_DECREF(gi);
  return PySeqIter_New(self);
}

/** __next__ raising StopIteration means "exhausted" (the model's tp_iternext returns null). */
function slot_tp_iternext(self: PyObject): PyObject | null {
  tracing.stopIterationRaised = false;
  try {
    return vectorcall_method(id('__next__'), [self]);
  } catch (e) {
    if (isPyExc(e, PyExc_StopIteration)) {
      // CPython returns NULL with the StopIteration set: FOR_ITER reports it to a tracer.
      tracing.stopIterationRaised = true;
      PyErr_Clear(e);
      return null;
    }
    throw e;
  }
}

function slot_tp_call(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const meth = lookup_method(self, id('__call__'));
  const unbound = lastUnbound;
  try {
    if (unbound) return _PyObject_Call_Prepend(meth, self, args, kwds);
    return PyObject_Call(meth, args, kwds);
  } finally {
    Py_DECREF(meth);
  }
}

function call_attribute(self: PyObject, attr: PyObject, name: PyObject): PyObject {
  const f = attr.ob_type.tp_descr_get;
  let a = attr;
  if (f !== null) a = f(attr, self, self.ob_type);
  else Py_INCREF(a);
  try {
    return PyObject_CallOneArg(a, name);
  } finally {
    Py_DECREF(a);
  }
}

function slot_tp_getattro(self: PyObject, name: PyObject): PyObject {
  return vectorcall_method(id('__getattribute__'), [self, name]);
}

/** slot_tp_getattr_hook: __getattribute__ (or the generic lookup), then __getattr__ on AttributeError. */
function slot_tp_getattr_hook(self: PyObject, name: PyObject): PyObject {
  const tp = self.ob_type;
  const getattr = _PyType_Lookup(tp, id('__getattr__'));
  if (getattr === null) {
    // No __getattr__ hook: use a simpler dispatcher.
    tp.tp_getattro = slot_tp_getattro;
    return slot_tp_getattro(self, name);
  }
  Py_INCREF(getattr);
  try {
    const getattribute = _PyType_Lookup(tp, id('__getattribute__'));
    try {
      if (getattribute === null || (getattribute.ob_type.tp_name === 'wrapper_descriptor' &&
          (getattribute as unknown as { d_wrapped: unknown }).d_wrapped === PyObject_GenericGetAttr)) {
        return PyObject_GenericGetAttr(self, name);
      }
      Py_INCREF(getattribute);
      try {
        return call_attribute(self, getattribute, name);
      } finally {
        Py_DECREF(getattribute);
      }
    } catch (e) {
      if (!isPyExc(e, PyExc_AttributeError)) throw e;
      PyErr_Clear(e);
      return call_attribute(self, getattr, name);
    }
  } finally {
    Py_DECREF(getattr);
  }
}

function slot_tp_setattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  const r = value === null
    ? vectorcall_method(id('__delattr__'), [self, name])
    : vectorcall_method(id('__setattr__'), [self, name, value]);
  Py_DECREF(r);
}

function slot_tp_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const get = _PyType_Lookup(self.ob_type, id('__get__'));
  if (get === null) {
    // Avoid further slowdowns.
    if (self.ob_type.tp_descr_get === slot_tp_descr_get) self.ob_type.tp_descr_get = null;
    Py_INCREF(self);
    return self;
  }
  const o = obj ?? Py_None;
  const t = type ?? Py_None;
  Py_INCREF(get);
  try {
    return PyObject_Vectorcall(get, [self, o, t], 3, null);
  } finally {
    Py_DECREF(get);
  }
}

function slot_tp_descr_set(self: PyObject, target: PyObject, value: PyObject | null): void {
  const r = value === null
    ? vectorcall_method(id('__delete__'), [self, target])
    : vectorcall_method(id('__set__'), [self, target, value]);
  Py_DECREF(r);
}

/** A static str (process-wide, as _Py_STATIC_ID guarantees). */
let ID___init__: PyUnicodeObject | null = null;

function slot_tp_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const meth = lookup_method(self, ID___init__ ??= _Py_STATIC_ID('__init__'));
  const unbound = lastUnbound;
  let res: PyObject;
  try {
    res = unbound ? _PyObject_Call_Prepend(meth, self, args, kwds) : PyObject_Call(meth, args, kwds);
  } finally {
    Py_DECREF(meth);
  }
  if (res !== Py_None) {
    const t = res.ob_type.tp_name;
    Py_DECREF(res);
    PyErr_SetString(PyExc_TypeError, `__init__() should return None, not '${t}'`);
  }
  Py_DECREF(res);
}

function slot_tp_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const func = PyObject_GetAttr(type, id('__new__'));
  try {
    return _PyObject_Call_Prepend(func, type, args, kwds);
  } finally {
    Py_DECREF(func);
  }
}
slot_tp_new_marker.fn = slot_tp_new;

/** slot_tp_finalize: calls __del__; an exception in it is reported, not raised. */
function slot_tp_finalize(self: PyObject): void {
  const del = lookup_maybe_method(self, id('__del__'));
  if (del === null) return;
  const unbound = lastUnbound;
  Py_INCREF(del);
  try {
    const res = call_unbound(unbound, del, [self]);
    Py_DECREF(res);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_WriteUnraisable(e, del);
  } finally {
    Py_DECREF(del);
  }
}

// ---------------------------------------------------------------------------
// Sequence / mapping slots

/** slot_sq_length (also mp_length): __len__ must give a non-negative index. */
function slot_sq_length(self: PyObject): number {
  let res = vectorcall_method(id('__len__'), [self]);
  try {
    const idx = _PyNumber_Index(res);
    Py_DECREF(res);
    res = idx;
    if (_PyLong_Sign(res as PyLongObject) < 0) PyErr_SetString(PyExc_ValueError, '__len__() should return >= 0');
    return PyNumber_AsSsize_t(res, PyExc_OverflowError);
  } finally {
    Py_DECREF(res);
  }
}

function slot_sq_item(self: PyObject, i: number): PyObject {
  const ival = PyLong_FromNumber(i);
  try {
    return vectorcall_method(id('__getitem__'), [self, ival]);
  } finally {
    Py_DECREF(ival);
  }
}

function slot_sq_ass_item(self: PyObject, i: number, value: PyObject | null): void {
  const ival = PyLong_FromNumber(i);
  try {
    const r = value === null
      ? vectorcall_method(id('__delitem__'), [self, ival])
      : vectorcall_method(id('__setitem__'), [self, ival, value]);
    Py_DECREF(r);
  } finally {
    Py_DECREF(ival);
  }
}

function slot_sq_contains(self: PyObject, value: PyObject): boolean {
  const func = lookup_maybe_method(self, id('__contains__'));
  if (func === Py_None) {
    Py_DECREF(func);
    PyErr_SetString(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not a container`);
  }
  if (func !== null) {
    const res = call_unbound(lastUnbound, func, [self, value]);
    try {
      return PyObject_IsTrue(res);
    } finally {
      Py_DECREF(res);
    }
  }
  return PySequence_Contains_IterSearch(self, value);
}

function slot_mp_subscript(self: PyObject, key: PyObject): PyObject {
  return vectorcall_method(id('__getitem__'), [self, key]);
}

function slot_mp_ass_subscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const r = value === null
    ? vectorcall_method(id('__delitem__'), [self, key])
    : vectorcall_method(id('__setitem__'), [self, key, value]);
  Py_DECREF(r);
}

// ---------------------------------------------------------------------------
// Number slots

/** method_is_overloaded: whether right's type defines `name` differently from left's type. */
function method_is_overloaded(left: PyTypeObject, right: PyTypeObject, name: PyObject): boolean {
  const b = _PyObject_LookupAttr(right, name);
  if (b === null) return false;
  const a = _PyObject_LookupAttr(left, name);
  if (a === null) {
    Py_DECREF(b);
    return true;
  }
  const ok = a !== b;
  Py_DECREF(a);
  Py_DECREF(b);
  return ok;
}

type BinSlot = 'nb_add' | 'nb_subtract' | 'nb_multiply' | 'nb_remainder' | 'nb_divmod' | 'nb_lshift' | 'nb_rshift' |
  'nb_and' | 'nb_xor' | 'nb_or' | 'nb_floor_divide' | 'nb_true_divide' | 'nb_matrix_multiply';

/** SLOT1BINFULL: the subclass-first reflected-operand protocol for a binary dunder pair. */
function SLOT1BINFULL(slot: BinSlot, op: string, rop: string): (self: PyObject, other: PyObject) => PyObject {
  const fn = (self: PyObject, other: PyObject): PyObject => {
    const opname = id(op);
    const ropname = id(rop);
    let do_other = self.ob_type !== other.ob_type && other.ob_type[slot] === fn;
    if (self.ob_type[slot] === fn) {
      if (do_other && PyType_IsSubtype(other.ob_type, self.ob_type)) {
        if (method_is_overloaded(self.ob_type, other.ob_type, ropname)) {
          const r = vectorcall_maybe(ropname, [other, self]);
          if (r !== Py_NotImplemented) return r;
          Py_DECREF(r);
          do_other = false;
        }
      }
      const r = vectorcall_maybe(opname, [self, other]);
      if (r !== Py_NotImplemented || other.ob_type === self.ob_type) return r;
      Py_DECREF(r);
    }
    if (do_other) return vectorcall_maybe(ropname, [other, self]);
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  };
  return fn;
}

const slot_nb_add = SLOT1BINFULL('nb_add', '__add__', '__radd__');
const slot_nb_subtract = SLOT1BINFULL('nb_subtract', '__sub__', '__rsub__');
const slot_nb_multiply = SLOT1BINFULL('nb_multiply', '__mul__', '__rmul__');
const slot_nb_matrix_multiply = SLOT1BINFULL('nb_matrix_multiply', '__matmul__', '__rmatmul__');
const slot_nb_remainder = SLOT1BINFULL('nb_remainder', '__mod__', '__rmod__');
const slot_nb_divmod = SLOT1BINFULL('nb_divmod', '__divmod__', '__rdivmod__');
const slot_nb_lshift = SLOT1BINFULL('nb_lshift', '__lshift__', '__rlshift__');
const slot_nb_rshift = SLOT1BINFULL('nb_rshift', '__rshift__', '__rrshift__');
const slot_nb_and = SLOT1BINFULL('nb_and', '__and__', '__rand__');
const slot_nb_xor = SLOT1BINFULL('nb_xor', '__xor__', '__rxor__');
const slot_nb_or = SLOT1BINFULL('nb_or', '__or__', '__ror__');
const slot_nb_floor_divide = SLOT1BINFULL('nb_floor_divide', '__floordiv__', '__rfloordiv__');
const slot_nb_true_divide = SLOT1BINFULL('nb_true_divide', '__truediv__', '__rtruediv__');

/** slot_nb_power: two-argument pow uses the binary protocol; three-argument pow only __pow__. */
function slot_nb_power(self: PyObject, other: PyObject, modulus: PyObject): PyObject {
  if (modulus === Py_None) return nb_power_binary(self, other);
  if (self.ob_type.nb_power === slot_nb_power) return vectorcall_method(id('__pow__'), [self, other, modulus]);
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}
function nb_power_binary(self: PyObject, other: PyObject): PyObject {
  let do_other = self.ob_type !== other.ob_type && other.ob_type.nb_power === slot_nb_power;
  const opname = id('__pow__');
  const ropname = id('__rpow__');
  if (self.ob_type.nb_power === slot_nb_power) {
    if (do_other && PyType_IsSubtype(other.ob_type, self.ob_type) && method_is_overloaded(self.ob_type, other.ob_type, ropname)) {
      const r = vectorcall_maybe(ropname, [other, self]);
      if (r !== Py_NotImplemented) return r;
      Py_DECREF(r);
      do_other = false;
    }
    const r = vectorcall_maybe(opname, [self, other]);
    if (r !== Py_NotImplemented || other.ob_type === self.ob_type) return r;
    Py_DECREF(r);
  }
  if (do_other) return vectorcall_maybe(ropname, [other, self]);
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function SLOT0(name: string): (self: PyObject) => PyObject {
  return (self) => vectorcall_method(id(name), [self]);
}
function SLOT1(name: string): (self: PyObject, other: PyObject) => PyObject {
  return (self, other) => vectorcall_method(id(name), [self, other]);
}

/** slot_nb_bool: __bool__ (must return a bool), else __len__, else true. */
function slot_nb_bool(self: PyObject): boolean {
  let using_len = false;
  let func = lookup_maybe_method(self, id('__bool__'));
  if (func === null) {
    func = lookup_maybe_method(self, id('__len__'));
    if (func === null) return true;
    using_len = true;
  }
  const value = call_unbound(lastUnbound, func, [self]);
  try {
    if (using_len) return PyObject_IsTrue(value);
    if (PyBool_Check(value)) return value === Py_True;
    return PyErr_SetString(PyExc_TypeError, `__bool__ should return bool, returned ${value.ob_type.tp_name}`);
  } finally {
    Py_DECREF(value);
  }
}

function slot_nb_inplace_power(self: PyObject, other: PyObject, _mod: PyObject): PyObject {
  return vectorcall_method(id('__ipow__'), [self, other]);
}

// ---------------------------------------------------------------------------

/** The slot function each slot gets when its dunder is defined in Python (slotdefs' `function`). */
const slotFunctionOf: Record<string, unknown> = {
  tp_getattro: slot_tp_getattr_hook,
  tp_setattro: slot_tp_setattro,
  tp_repr: slot_tp_repr,
  tp_hash: slot_tp_hash,
  tp_call: slot_tp_call,
  tp_str: slot_tp_str,
  tp_richcompare: slot_tp_richcompare,
  tp_iter: slot_tp_iter,
  tp_iternext: slot_tp_iternext,
  tp_descr_get: slot_tp_descr_get,
  tp_descr_set: slot_tp_descr_set,
  tp_init: slot_tp_init,
  tp_new: slot_tp_new,
  tp_finalize: slot_tp_finalize,
  nb_add: slot_nb_add,
  nb_subtract: slot_nb_subtract,
  nb_multiply: slot_nb_multiply,
  nb_remainder: slot_nb_remainder,
  nb_divmod: slot_nb_divmod,
  nb_power: slot_nb_power,
  nb_negative: SLOT0('__neg__'),
  nb_positive: SLOT0('__pos__'),
  nb_absolute: SLOT0('__abs__'),
  nb_bool: slot_nb_bool,
  nb_invert: SLOT0('__invert__'),
  nb_lshift: slot_nb_lshift,
  nb_rshift: slot_nb_rshift,
  nb_and: slot_nb_and,
  nb_xor: slot_nb_xor,
  nb_or: slot_nb_or,
  nb_int: SLOT0('__int__'),
  nb_float: SLOT0('__float__'),
  nb_inplace_add: SLOT1('__iadd__'),
  nb_inplace_subtract: SLOT1('__isub__'),
  nb_inplace_multiply: SLOT1('__imul__'),
  nb_inplace_remainder: SLOT1('__imod__'),
  nb_inplace_power: slot_nb_inplace_power,
  nb_inplace_lshift: SLOT1('__ilshift__'),
  nb_inplace_rshift: SLOT1('__irshift__'),
  nb_inplace_and: SLOT1('__iand__'),
  nb_inplace_xor: SLOT1('__ixor__'),
  nb_inplace_or: SLOT1('__ior__'),
  nb_floor_divide: slot_nb_floor_divide,
  nb_true_divide: slot_nb_true_divide,
  nb_inplace_floor_divide: SLOT1('__ifloordiv__'),
  nb_inplace_true_divide: SLOT1('__itruediv__'),
  nb_index: SLOT0('__index__'),
  nb_matrix_multiply: slot_nb_matrix_multiply,
  nb_inplace_matrix_multiply: SLOT1('__imatmul__'),
  mp_length: slot_sq_length,
  mp_subscript: slot_mp_subscript,
  mp_ass_subscript: slot_mp_ass_subscript,
  sq_length: slot_sq_length,
  sq_item: slot_sq_item,
  sq_ass_item: slot_sq_ass_item,
  sq_contains: slot_sq_contains,
};

for (const p of slotdefs) {
  const f = slotFunctionOf[p.slot];
  p.slotfn = (f ?? null) as typeof p.slotfn;
}

export { slot_tp_new, slot_tp_call, slot_tp_getattr_hook, slot_tp_finalize };
