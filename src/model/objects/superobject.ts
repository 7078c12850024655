// super (Objects/typeobject.c super_*): super(type, obj) looks attributes up in
// type(obj).__mro__ after `type`. The zero-argument form reads the __class__ cell
// and the first argument of the running function; the VM provides them through
// superNoArgsHook (CPython's super_init_without_args inspects the frame).

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { PyObject_GC_Del, PyObject_GC_UnTrack } from './objalloc';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError, PyExc_RuntimeError } from './exceptions';
import { PyUnicode_FromString, PyUnicode_Check, type PyUnicodeObject } from './unicodeobject';
import type { PyTupleObject } from './tupleobject';
import { PyDict_GetItem, PyDict_Size } from './dictobject';
import { PyType_GenericAllocInto, PyType_IsSubtype, PyObject_GenericGetAttr, type_name_str } from './typeobject';
import { _Py_ID, PyType_Check, _PyObject_LookupAttr } from './abstract';

/** sizeof(superobject): type, obj, obj_type (getsizeof 56 with the GC head). */
const SUPER_BASICSIZE = 40;

export const PySuper_Type = new PyTypeObject(PyType_Type, 'super', SUPER_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE);

export class PySuperObject extends PyObject {
  type: PyTypeObject | null = null;
  obj: PyObject | null = null;
  obj_type: PyTypeObject | null = null;
}

/** Zero-argument super(): returns [__class__ cell contents, first argument] (borrowed), raising
 *  RuntimeError("super(): ...") as CPython when they are unavailable. Set by the VM. */
export const superNoArgsHook: { fn: (() => [PyObject, PyObject]) | null } = { fn: null };

function super_alloc(type: PyTypeObject, n: number): PyObject {
  return PyType_GenericAllocInto(new PySuperObject(type), type, n);
}

function super_dealloc(o: PyObject): void {
  const su = o as PySuperObject;
  PyObject_GC_UnTrack(su);
  const a = su.obj;
  const b = su.type;
  const c = su.obj_type;
  su.obj = su.type = su.obj_type = null;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
  (o.ob_type.tp_free ?? PyObject_GC_Del)(o);
}

function super_traverse(o: PyObject, visit: RefVisitor): void {
  const su = o as PySuperObject;
  if (su.obj !== null) visit(su.obj, '__self__');
  if (su.type !== null) visit(su.type, '__thisclass__');
  if (su.obj_type !== null) visit(su.obj_type, '__self_class__');
}

/** supercheck: the type whose MRO super() searches. */
function supercheck(type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (PyType_Check(obj) && PyType_IsSubtype(obj as PyTypeObject, type)) {
    Py_INCREF(obj);
    return obj as PyTypeObject;
  }
  if (obj.ob_type === type || PyType_IsSubtype(obj.ob_type, type)) {
    Py_INCREF(obj.ob_type);
    return obj.ob_type;
  }
  // Try the slow way: obj.__class__ (proxies).
  const class_attr = _PyObject_LookupAttr(obj, _Py_ID('__class__'));
  if (class_attr !== null && PyType_Check(class_attr) && class_attr !== obj.ob_type) {
    if (PyType_IsSubtype(class_attr as PyTypeObject, type)) return class_attr as PyTypeObject;
  }
  if (class_attr !== null) Py_DECREF(class_attr);
  return PyErr_SetString(PyExc_TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

function super_init_impl(su: PySuperObject, type: PyObject | null, obj: PyObject | null): void {
  if (type === null) {
    if (superNoArgsHook.fn === null) PyErr_SetString(PyExc_RuntimeError, 'super(): no arguments');
    [type, obj] = superNoArgsHook.fn();
  }
  if (!PyType_Check(type)) {
    PyErr_SetString(PyExc_TypeError, `super() argument 1 must be a type, not ${type.ob_type.tp_name}`);
  }
  let obj_type: PyTypeObject | null = null;
  if (obj !== null && obj !== PyNone_()) obj_type = supercheck(type as PyTypeObject, obj);
  else obj = null;
  Py_INCREF(type);
  if (obj !== null) Py_INCREF(obj);
  const a = su.type;
  const b = su.obj;
  const c = su.obj_type;
  su.type = type as PyTypeObject;
  su.obj = obj;
  su.obj_type = obj_type;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
}
import { Py_None } from './singletons';
function PyNone_(): PyObject {
  return Py_None;
}

function super_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  if (kwds !== null && PyDict_Size(kwds) !== 0) PyErr_SetString(PyExc_TypeError, 'super() takes no keyword arguments');
  const a = (args as PyTupleObject).ob_item;
  if (a.length > 2) PyErr_SetString(PyExc_TypeError, `super() expected at most 2 arguments, got ${a.length}`);
  super_init_impl(self as PySuperObject, a.length > 0 ? a[0] : null, a.length > 1 ? a[1] : null);
}

/** super_vectorcall (3.11): super(...) without an argument tuple. */
function super_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames as PyTupleObject).ob_item.length !== 0) {
    PyErr_SetString(PyExc_TypeError, 'super() takes no keyword arguments');
  }
  if (nargs > 2) PyErr_SetString(PyExc_TypeError, `super() expected at most 2 arguments, got ${nargs}`);
  const su = super_alloc(type, 0) as PySuperObject;
  try {
    super_init_impl(su, nargs > 0 ? args[0] : null, nargs > 1 ? args[1] : null);
  } catch (e) {
    Py_DECREF(su);
    throw e;
  }
  return su;
}

function super_getattro(self: PyObject, name: PyObject): PyObject {
  const su = self as PySuperObject;
  const starttype = su.obj_type;
  if (starttype !== null && !(PyUnicode_Check(name) && (name as PyUnicodeObject).str === '__class__')) {
    const mro = starttype.tp_mro_list;
    const n = mro.length;
    let i = 0;
    for (; i + 1 < n; i++) if (mro[i] === su.type) break;
    i++;
    for (; i < n; i++) {
      const res = PyDict_GetItem(mro[i].tp_dict as PyObject, name);
      if (res !== null) {
        const f = res.ob_type.tp_descr_get;
        if (f !== null) {
          Py_INCREF(res);
          try {
            return f(res, su.obj === starttype ? null : su.obj, starttype);
          } finally {
            Py_DECREF(res);
          }
        }
        Py_INCREF(res);
        return res;
      }
    }
  }
  return PyObject_GenericGetAttr(self, name);
}

function super_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const su = self as PySuperObject;
  if (obj === null || obj === Py_None || su.obj !== null) {
    Py_INCREF(self);
    return self;
  }
  if (self.ob_type !== PySuper_Type) {
    // A subclass of super: call its constructor.
    return PyObjectCall2(self.ob_type, su.type as PyObject, obj);
  }
  return super_vectorcall(PySuper_Type, [su.type as PyObject, obj], 2, null);
}
import { PyObject_Vectorcall } from './abstract';
function PyObjectCall2(t: PyObject, a: PyObject, b: PyObject): PyObject {
  return PyObject_Vectorcall(t, [a, b], 2, null);
}

function super_repr(self: PyObject): PyObject {
  const su = self as PySuperObject;
  const tn = su.type !== null ? type_name_str(su.type) : 'NULL';
  if (su.obj_type !== null) {
    return PyUnicode_FromString(`<super: <class '${tn}'>, <${su.obj_type.tp_name} object>>`);
  }
  return PyUnicode_FromString(`<super: <class '${tn}'>, NULL>`);
}

function getf(f: 'type' | 'obj' | 'obj_type') {
  return (o: PyObject): PyObject => {
    const v = (o as PySuperObject)[f] ?? Py_None;
    Py_INCREF(v);
    return v;
  };
}

PySuper_Type.tp_alloc = super_alloc;
PySuper_Type.tp_new = (type, _a, _k) => super_alloc(type, 0);
PySuper_Type.tp_init = super_init;
PySuper_Type.tp_vectorcall_ctor = super_vectorcall;
PySuper_Type.tp_dealloc = super_dealloc;
PySuper_Type.tp_traverse = super_traverse;
PySuper_Type.tp_refs = super_traverse;
PySuper_Type.tp_free = PyObject_GC_Del;
PySuper_Type.tp_getattro = super_getattro;
PySuper_Type.tp_descr_get = super_descr_get;
PySuper_Type.tp_repr = super_repr;
PySuper_Type.tp_getset = [
  { name: '__thisclass__', get: getf('type'), set: null },
  { name: '__self__', get: getf('obj'), set: null },
  { name: '__self_class__', get: getf('obj_type'), set: null },
];

/** super_init_without_args (3.11): the first argument of the running function (through its
 *  cell if it is one) and the __class__ free variable. */
function super_noargs_from_frame(): [PyObject, PyObject] {
  const frame = tstate.frame;
  if (frame === null) return PyErr_SetString(PyExc_RuntimeError, 'super(): no current frame');
  const co = frame.f_code;
  if (co.co_argcount === 0) PyErr_SetString(PyExc_RuntimeError, 'super(): no arguments');
  let firstarg = frame.localsplus[0];
  if (firstarg !== null && (co.co_localspluskinds[0] & CO_FAST.CELL) !== 0 && frame.prev_instr >= 0 &&
      firstarg.ob_type === PyCell_Type) {
    firstarg = (firstarg as PyCellObject).ob_ref;
  }
  if (firstarg === null) PyErr_SetString(PyExc_RuntimeError, 'super(): arg[0] deleted');
  const names = co.localsplusnames;
  for (let i = 0; i < co.co_nlocalsplus; i++) {
    if ((co.co_localspluskinds[i] & CO_FAST.FREE) === 0) continue;
    if ((names[i] as PyUnicodeObject).str !== '__class__') continue;
    const cell = frame.localsplus[i];
    if (cell === null || cell.ob_type !== PyCell_Type) PyErr_SetString(PyExc_RuntimeError, 'super(): bad __class__ cell');
    const type = (cell as PyCellObject).ob_ref;
    if (type === null) PyErr_SetString(PyExc_RuntimeError, 'super(): empty __class__ cell');
    if (!PyType_Check(type)) PyErr_SetString(PyExc_RuntimeError, `super(): __class__ is not a type (${type.ob_type.tp_name})`);
    return [type, firstarg];
  }
  return PyErr_SetString(PyExc_RuntimeError, 'super(): __class__ cell not found');
}
import { tstate } from '../vm/pystate';
import { CO_FAST } from '../compiler/code';
import { PyCell_Type, type PyCellObject } from './cellobject';
superNoArgsHook.fn = super_noargs_from_frame;
