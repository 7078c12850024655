// Descriptors PyType_Ready puts in a type's __dict__ (Objects/descrobject.c):
// method_descriptor (list.append), classmethod_descriptor (dict.fromkeys),
// getset_descriptor (object.__class__), member_descriptor (__slots__ entries),
// wrapper_descriptor (int.__add__: a slot exposed as a method) and method-wrapper
// ((1).__add__: a wrapper_descriptor bound to an object).

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from './objalloc';
import type { PyGetSetDef, PyMethodDef } from './methoddef';
import { PyErr_SetString, PyException } from './errors';
import { PyExc_TypeError, PyExc_AttributeError, _PyErr_SetAttributeErrorContext } from './exceptions';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import { _PyTuple_FromArray, type PyTupleObject } from './tupleobject';
import { PyDict_Size } from './dictobject';
import { Py_None } from './singletons';
import { PyCFunction_NewEx, _PyMethodDef_Call } from './methodobject';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { PyType_IsSubtype } from './typeobject';
import { _Py_ID } from './abstract';

/** PyDescr_COMMON + d_method + vectorcall (getsizeof 72 with the GC head). */
const METHODDESCR_BASICSIZE = 56;
const GETSETDESCR_BASICSIZE = 48;
const MEMBERDESCR_BASICSIZE = 48;
const WRAPPERDESCR_BASICSIZE = 56;
const WRAPPER_BASICSIZE = 32;

const DESCR_FLAGS = TypeFlags.HAVE_GC;

export const PyMethodDescr_Type = new PyTypeObject(PyType_Type, 'method_descriptor', METHODDESCR_BASICSIZE, 0,
  DESCR_FLAGS | TypeFlags.METHOD_DESCRIPTOR | TypeFlags.HAVE_VECTORCALL);
export const PyClassMethodDescr_Type = new PyTypeObject(PyType_Type, 'classmethod_descriptor', METHODDESCR_BASICSIZE, 0, DESCR_FLAGS);
export const PyGetSetDescr_Type = new PyTypeObject(PyType_Type, 'getset_descriptor', GETSETDESCR_BASICSIZE, 0, DESCR_FLAGS);
export const PyMemberDescr_Type = new PyTypeObject(PyType_Type, 'member_descriptor', MEMBERDESCR_BASICSIZE, 0, DESCR_FLAGS);
export const PyWrapperDescr_Type = new PyTypeObject(PyType_Type, 'wrapper_descriptor', WRAPPERDESCR_BASICSIZE, 0,
  DESCR_FLAGS | TypeFlags.METHOD_DESCRIPTOR);
export const _PyMethodWrapper_Type = new PyTypeObject(PyType_Type, 'method-wrapper', WRAPPER_BASICSIZE, 0, TypeFlags.HAVE_GC);

/** PyDescr_COMMON: the owning type and the attribute name. */
export class PyDescrObject extends PyObject {
  d_type: PyTypeObject;
  d_name: PyObject;
  constructor(descrtype: PyTypeObject, type: PyTypeObject, name: PyObject) {
    super(descrtype);
    this.d_type = type;
    this.d_name = name;
  }
}

export class PyMethodDescrObject extends PyDescrObject {
  d_method!: PyMethodDef;
}
export class PyGetSetDescrObject extends PyDescrObject {
  d_getset!: PyGetSetDef;
}
/** A __slots__ member: reads and writes slot `d_index` of the instance's ob_slots. */
export class PyMemberDescrObject extends PyDescrObject {
  d_index = 0;
}

/** One slotdefs entry as wrapper descriptors need it (typeobject_slots.ts). */
export interface WrapperBase {
  name: string;
  /** The slot field of PyTypeObject ('nb_add', 'tp_repr'...). */
  slot: string;
  /** wrap_*: calls the C slot `wrapped` with the Python-level arguments. */
  wrapper: (self: PyObject, args: PyObject, wrapped: unknown, kwds: PyObject | null) => PyObject;
  /** Wrapper takes keyword arguments (__init__, __call__). */
  keywords: boolean;
  doc?: string;
}

export class PyWrapperDescrObject extends PyDescrObject {
  d_base!: WrapperBase;
  d_wrapped: unknown = null;
}

/** method-wrapper: a wrapper descriptor bound to self. */
export class wrapperobject extends PyObject {
  descr: PyWrapperDescrObject;
  self: PyObject;
  constructor(descr: PyWrapperDescrObject, self: PyObject) {
    super(_PyMethodWrapper_Type);
    this.descr = descr;
    this.self = self;
  }
}

function descr_new<T extends PyDescrObject>(d: T, size: number): T {
  _PyObject_GC_New(d, size);
  Py_INCREF(d.d_type);
  Py_INCREF(d.d_name);
  PyObject_GC_Track(d);
  return d;
}

export function PyDescr_NewMethod(type: PyTypeObject, method: PyMethodDef): PyObject {
  const d = new PyMethodDescrObject(PyMethodDescr_Type, type, _Py_ID(method.ml_name));
  d.d_method = method;
  return descr_new(d, METHODDESCR_BASICSIZE);
}

export function PyDescr_NewClassMethod(type: PyTypeObject, method: PyMethodDef): PyObject {
  const d = new PyMethodDescrObject(PyClassMethodDescr_Type, type, _Py_ID(method.ml_name));
  d.d_method = method;
  return descr_new(d, METHODDESCR_BASICSIZE);
}

export function PyDescr_NewGetSet(type: PyTypeObject, getset: PyGetSetDef): PyObject {
  const d = new PyGetSetDescrObject(PyGetSetDescr_Type, type, _Py_ID(getset.name));
  d.d_getset = getset;
  return descr_new(d, GETSETDESCR_BASICSIZE);
}

export function PyDescr_NewMember(type: PyTypeObject, name: PyObject, index: number): PyObject {
  const d = new PyMemberDescrObject(PyMemberDescr_Type, type, name);
  d.d_index = index;
  return descr_new(d, MEMBERDESCR_BASICSIZE);
}

export function PyDescr_NewWrapper(type: PyTypeObject, base: WrapperBase, wrapped: unknown): PyObject {
  const d = new PyWrapperDescrObject(PyWrapperDescr_Type, type, _Py_ID(base.name));
  d.d_base = base;
  d.d_wrapped = wrapped;
  return descr_new(d, WRAPPERDESCR_BASICSIZE);
}

/** A data descriptor has __set__ (tp_descr_set). */
export function PyDescr_IsData(d: PyObject): boolean {
  return d.ob_type.tp_descr_set !== null;
}

function descr_dealloc(o: PyObject): void {
  const d = o as PyDescrObject;
  PyObject_GC_UnTrack(d);
  Py_DECREF(d.d_type);
  Py_DECREF(d.d_name);
  PyObject_GC_Del(d);
}

function descr_refs(o: PyObject, visit: RefVisitor): void {
  const d = o as PyDescrObject;
  visit(d.d_type, '__objclass__');
  visit(d.d_name, '__name__');
}

function dname(d: PyDescrObject): string {
  return (d.d_name as PyUnicodeObject).str;
}

function typeName(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf('.');
  return dot >= 0 ? t.tp_name.slice(dot + 1) : t.tp_name;
}

/** descr_check: obj must be an instance of the descriptor's type. */
function descr_check(d: PyDescrObject, obj: PyObject): void {
  if (obj.ob_type !== d.d_type && !PyType_IsSubtype(obj.ob_type, d.d_type)) {
    PyErr_SetString(PyExc_TypeError,
      `descriptor '${dname(d)}' for '${typeName(d.d_type)}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
}

// --- method_descriptor

function method_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = self as PyMethodDescrObject;
  if (obj === null) {
    Py_INCREF(d);
    return d;
  }
  descr_check(d, obj);
  const f = PyCFunction_NewEx(d.d_method, obj, null);
  f.m_class = d.d_type;
  return f;
}

/** method_vectorcall_*: list.append(l, x) — args[0] is self. */
function method_vectorcall(callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const d = callable as PyMethodDescrObject;
  if (nargs < 1) PyErr_SetString(PyExc_TypeError, `unbound method ${method_str(d)} needs an argument`);
  const self = args[0];
  const tp = d.d_type;
  if (self.ob_type !== tp) descr_check(d, self);
  return _PyMethodDef_Call(d.d_method, self, args, 1, nargs - 1, kwnames, d, method_str);
}

/** What PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS does (self's type is the
 *  descriptor's): the C function without the guard. */
export function _PyMethodDescr_CallUnguarded(callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const d = callable as PyMethodDescrObject;
  return _PyMethodDef_Call(d.d_method, args[0], args, 1, nargs - 1, kwnames, d, method_str, false);
}

/** 'list.append()': how a method descriptor names itself in argument errors. */
function method_str(o: PyObject): string {
  const d = o as PyMethodDescrObject;
  return `${typeName(d.d_type)}.${dname(d)}()`;
}

function method_repr(o: PyObject): PyObject {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<method '${dname(d)}' of '${typeName(d.d_type)}' objects>`);
}

// --- classmethod_descriptor

function classmethod_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const d = self as PyMethodDescrObject;
  if (type === null) {
    if (obj === null) {
      PyErr_SetString(PyExc_TypeError, `descriptor '${dname(d)}' for type '${typeName(d.d_type)}' needs either an object or a type`);
    }
    type = obj.ob_type;
  }
  if ((type.ob_type.tp_flags & TypeFlags.TYPE_SUBCLASS) === 0) {
    PyErr_SetString(PyExc_TypeError,
      `descriptor '${dname(d)}' for type '${typeName(d.d_type)}' needs a type, not a '${type.ob_type.tp_name}' as arg 2`);
  }
  if (!PyType_IsSubtype(type as PyTypeObject, d.d_type)) {
    PyErr_SetString(PyExc_TypeError,
      `descriptor '${dname(d)}' requires a subtype of '${typeName(d.d_type)}' but received '${typeName(type as PyTypeObject)}'`);
  }
  const f = PyCFunction_NewEx(d.d_method, type, null);
  f.m_class = d.d_type;
  return f;
}

// --- getset_descriptor

function getset_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = self as PyGetSetDescrObject;
  if (obj === null) {
    Py_INCREF(d);
    return d;
  }
  descr_check(d, obj);
  const get = d.d_getset.get;
  if (get === null) {
    PyErr_SetString(PyExc_AttributeError, `attribute '${dname(d)}' of '${typeName(d.d_type)}' objects is not readable`);
  }
  return get(obj);
}

function getset_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = self as PyGetSetDescrObject;
  descr_check(d, obj);
  const set = d.d_getset.set;
  if (set === null) {
    PyErr_SetString(PyExc_AttributeError, `attribute '${dname(d)}' of '${typeName(d.d_type)}' objects is not writable`);
  }
  set(obj, value);
}

function getset_repr(o: PyObject): PyObject {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<attribute '${dname(d)}' of '${typeName(d.d_type)}' objects>`);
}

// --- member_descriptor (__slots__)

interface SlotsHolder { ob_slots: (PyObject | null)[] | null }

function member_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = self as PyMemberDescrObject;
  if (obj === null) {
    Py_INCREF(d);
    return d;
  }
  descr_check(d, obj);
  const slots = (obj as unknown as SlotsHolder).ob_slots;
  const v = slots === null || slots === undefined ? null : slots[d.d_index];
  if (v === null || v === undefined) {
    // PyMember_GetOne, T_OBJECT_EX.
    const e = PyException.lazy(PyExc_AttributeError,
      PyUnicode_FromString(`'${obj.ob_type.tp_name.slice(0, 200)}' object has no attribute '${dname(d)}'`));
    _PyErr_SetAttributeErrorContext(e, obj, d.d_name);
    throw e;
  }
  Py_INCREF(v);
  return v;
}

function member_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = self as PyMemberDescrObject;
  descr_check(d, obj);
  const holder = obj as unknown as SlotsHolder;
  let slots = holder.ob_slots;
  if (slots === null || slots === undefined) slots = holder.ob_slots = [];
  const old = slots[d.d_index] ?? null;
  if (value === null && old === null) {
    // PyMember_SetOne, T_OBJECT_EX.
    const e = PyException.lazy(PyExc_AttributeError,
      PyUnicode_FromString(`'${obj.ob_type.tp_name.slice(0, 200)}' object has no attribute '${dname(d)}'`));
    _PyErr_SetAttributeErrorContext(e, obj, d.d_name);
    throw e;
  }
  if (value !== null) Py_INCREF(value);
  slots[d.d_index] = value;
  if (old !== null) Py_DECREF(old);
}

function member_repr(o: PyObject): PyObject {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<member '${dname(d)}' of '${typeName(d.d_type)}' objects>`);
}

// --- wrapper_descriptor / method-wrapper

function wrapperdescr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = self as PyWrapperDescrObject;
  if (obj === null) {
    Py_INCREF(d);
    return d;
  }
  descr_check(d, obj);
  return PyWrapper_New(d, obj);
}

export function PyWrapper_New(d: PyWrapperDescrObject, self: PyObject): PyObject {
  const wp = new wrapperobject(d, self);
  _PyObject_GC_New(wp, WRAPPER_BASICSIZE);
  Py_INCREF(d);
  Py_INCREF(self);
  PyObject_GC_Track(wp);
  return wp;
}

/** wrapperdescr_raw_call: the slot wrapper with the Python-level args tuple. */
function wrapperdescr_raw_call(d: PyWrapperDescrObject, self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const base = d.d_base;
  if (!base.keywords && kwds !== null && PyDict_Size(kwds) !== 0) {
    PyErr_SetString(PyExc_TypeError, `wrapper ${base.name}() takes no keyword arguments`);
  }
  return base.wrapper(self, args, d.d_wrapped, kwds);
}

/** wrapperdescr_call: int.__add__(1, 2) — the first argument is self. */
function wrapperdescr_call(callable: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const d = callable as PyWrapperDescrObject;
  const items = (args as PyTupleObject).ob_item;
  if (items.length < 1) {
    PyErr_SetString(PyExc_TypeError, `descriptor '${dname(d)}' of '${typeName(d.d_type)}' object needs an argument`);
  }
  const self = items[0];
  if (self.ob_type !== d.d_type && !PyType_IsSubtype(self.ob_type, d.d_type)) {
    PyErr_SetString(PyExc_TypeError,
      `descriptor '${dname(d)}' requires a '${typeName(d.d_type)}' object but received a '${self.ob_type.tp_name}'`);
  }
  const rest = _PyTuple_FromArray(items.slice(1));
  try {
    return wrapperdescr_raw_call(d, self, rest, kwds);
  } finally {
    Py_DECREF(rest);
  }
}

function wrapperdescr_repr(o: PyObject): PyObject {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<slot wrapper '${dname(d)}' of '${typeName(d.d_type)}' objects>`);
}

function wrapper_call(callable: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const wp = callable as wrapperobject;
  return wrapperdescr_raw_call(wp.descr, wp.self, args, kwds);
}

function wrapper_repr(o: PyObject): PyObject {
  const wp = o as wrapperobject;
  return PyUnicode_FromString(
    `<method-wrapper '${dname(wp.descr)}' of ${wp.self.ob_type.tp_name} object at 0x${wp.self.ob_addr.toString(16)}>`);
}

function wrapper_dealloc(o: PyObject): void {
  const wp = o as wrapperobject;
  PyObject_GC_UnTrack(wp);
  const trash = Py_TRASHCAN_BEGIN(wp, wrapper_dealloc);
  if (trash === Trash.DEPOSITED) return;
  Py_DECREF(wp.descr);
  Py_DECREF(wp.self);
  PyObject_GC_Del(wp);
  Py_TRASHCAN_END(trash);
}

function wrapper_refs(o: PyObject, visit: RefVisitor): void {
  const wp = o as wrapperobject;
  visit(wp.descr, 'descr');
  visit(wp.self, '__self__');
}

// --- common getsets

function descr_get_name(o: PyObject): PyObject {
  const d = o as PyDescrObject;
  Py_INCREF(d.d_name);
  return d.d_name;
}
function descr_get_qualname(o: PyObject): PyObject {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`${typeName(d.d_type)}.${dname(d)}`);
}
function descr_get_objclass(o: PyObject): PyObject {
  const d = o as PyDescrObject;
  Py_INCREF(d.d_type);
  return d.d_type;
}
function descr_get_doc(_o: PyObject): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}
const descr_getset: PyGetSetDef[] = [
  { name: '__name__', get: descr_get_name, set: null },
  { name: '__qualname__', get: descr_get_qualname, set: null },
  { name: '__objclass__', get: descr_get_objclass, set: null },
  { name: '__doc__', get: descr_get_doc, set: null },
];

for (const t of [PyMethodDescr_Type, PyClassMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type, PyWrapperDescr_Type]) {
  t.tp_dealloc = descr_dealloc;
  t.tp_traverse = descr_refs;
  t.tp_refs = descr_refs;
  t.tp_getset = descr_getset;
}
PyMethodDescr_Type.tp_descr_get = method_get;
PyMethodDescr_Type.tp_vectorcall = method_vectorcall;
PyMethodDescr_Type.tp_repr = method_repr;
PyClassMethodDescr_Type.tp_descr_get = classmethod_get;
PyClassMethodDescr_Type.tp_repr = method_repr;
PyGetSetDescr_Type.tp_descr_get = getset_get;
PyGetSetDescr_Type.tp_descr_set = getset_set;
PyGetSetDescr_Type.tp_repr = getset_repr;
PyMemberDescr_Type.tp_descr_get = member_get;
PyMemberDescr_Type.tp_descr_set = member_set;
PyMemberDescr_Type.tp_repr = member_repr;
PyWrapperDescr_Type.tp_descr_get = wrapperdescr_get;
PyWrapperDescr_Type.tp_call = wrapperdescr_call;
PyWrapperDescr_Type.tp_repr = wrapperdescr_repr;
_PyMethodWrapper_Type.tp_dealloc = wrapper_dealloc;
_PyMethodWrapper_Type.tp_call = wrapper_call;
_PyMethodWrapper_Type.tp_repr = wrapper_repr;
_PyMethodWrapper_Type.tp_traverse = wrapper_refs;
_PyMethodWrapper_Type.tp_refs = wrapper_refs;
_PyMethodWrapper_Type.tp_getset = [
  { name: '__name__', get: (o) => descr_get_name((o as wrapperobject).descr), set: null },
  { name: '__qualname__', get: (o) => descr_get_qualname((o as wrapperobject).descr), set: null },
  { name: '__self__', get: (o) => (Py_INCREF((o as wrapperobject).self), (o as wrapperobject).self), set: null },
];

// ---------------------------------------------------------------------------
// mappingproxy (Objects/descrobject.c mappingproxy_*): the read-only view C.__dict__ returns.

export const PyDictProxy_Type = new PyTypeObject(PyType_Type, 'mappingproxy', 24, 0, TypeFlags.HAVE_GC);

export class mappingproxyobject extends PyObject {
  mapping: PyObject;
  constructor(mapping: PyObject) {
    super(PyDictProxy_Type);
    this.mapping = mapping;
  }
}

/** PyDictProxy_New(mapping): new reference. */
export function PyDictProxy_New(mapping: PyObject): PyObject {
  const pp = new mappingproxyobject(mapping);
  _PyObject_GC_New(pp, 24);
  Py_INCREF(mapping);
  PyObject_GC_Track(pp);
  return pp;
}

function mp_of(o: PyObject): PyObject {
  return (o as mappingproxyobject).mapping;
}

function mappingproxy_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  Py_DECREF(mp_of(o));
  PyObject_GC_Del(o);
}

function mappingproxy_refs(o: PyObject, visit: RefVisitor): void {
  visit(mp_of(o), 'mapping');
}

function mappingproxy_method(name: string) {
  return (self: PyObject): PyObject => PyObject_CallMethod(mp_of(self), name);
}

PyDictProxy_Type.tp_dealloc = mappingproxy_dealloc;
PyDictProxy_Type.tp_traverse = mappingproxy_refs;
PyDictProxy_Type.tp_refs = mappingproxy_refs;
PyDictProxy_Type.mp_subscript = (self, key) => PyObject_GetItem(mp_of(self), key);
PyDictProxy_Type.mp_length = (self) => PyObject_Size(mp_of(self));
PyDictProxy_Type.sq_contains = (self, key) => PySequence_Contains(mp_of(self), key);
PyDictProxy_Type.tp_iter = (self) => PyObject_GetIter(mp_of(self));
PyDictProxy_Type.tp_str = (self) => PyObject_Str(mp_of(self));
PyDictProxy_Type.tp_richcompare = (self, w, op) => PyObject_RichCompare(mp_of(self), w, op);
PyDictProxy_Type.tp_repr = (self) => {
  const r = PyObject_Repr(mp_of(self));
  try {
    return PyUnicode_FromString(`mappingproxy(${(r as PyUnicodeObject).str})`);
  } finally {
    Py_DECREF(r);
  }
};
PyDictProxy_Type.tp_methods = [
  { ml_name: 'keys', ml_meth: mappingproxy_method('keys'), ml_flags: 0x0004 },
  { ml_name: 'values', ml_meth: mappingproxy_method('values'), ml_flags: 0x0004 },
  { ml_name: 'items', ml_meth: mappingproxy_method('items'), ml_flags: 0x0004 },
  { ml_name: 'copy', ml_meth: mappingproxy_method('copy'), ml_flags: 0x0004 },
  {
    ml_name: 'get', ml_flags: 0x0080,
    ml_meth: (self: PyObject, args: PyObject[], nargs: number) => {
      if (nargs < 1 || nargs > 2) PyErr_SetString(PyExc_TypeError, `get expected at least 1 argument, got ${nargs}`);
      return PyObject_CallMethod(mp_of(self), 'get', ...args.slice(0, nargs));
    },
  },
];
import {
  PyObject_CallMethod, PyObject_GetItem, PyObject_Size, PySequence_Contains, PyObject_GetIter, PyObject_Str,
  PyObject_RichCompare, PyObject_Repr,
} from './abstract';
