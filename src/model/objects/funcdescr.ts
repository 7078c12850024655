// staticmethod and classmethod (Objects/funcobject.c) and property
// (Objects/descrobject.c): the descriptor types decorators create.
// 3.10+ staticmethod/classmethod copy __module__, __name__, __qualname__, __doc__
// and __annotations__ of the wrapped callable into their own __dict__
// (functools_wraps), which allocates that dict — modelled as CPython does it.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { PyObject_GC_Del, PyObject_GC_UnTrack } from './objalloc';
import { PyErr_SetString, isPyExc, PyErr_Clear } from './errors';
import { PyExc_TypeError, PyExc_AttributeError } from './exceptions';
import { Py_None } from './singletons';
import { METH, METH_VARARGS_of } from './methoddef';
import { PyUnicode_FromString, unicode_repr_text, type PyUnicodeObject } from './unicodeobject';
import { type PyTupleObject, _PyTuple_FromArray } from './tupleobject';
import { PyDict_Size, PyDict_GetItem } from './dictobject';
import { PyType_GenericAllocInto, PyType_GenericNew, type_qualname_str } from './typeobject';
import { _Py_ID, PyObject_GetAttr, PyObject_SetAttr, PyObject_Repr, PyObject_Call, PyObject_Vectorcall } from './abstract';
import { PyMethod_New } from './classobject';

/** staticmethod/classmethod: sm_callable + sm_dict (getsizeof 48 with the GC head). */
const SM_BASICSIZE = 32;
/** property: fget, fset, fdel, doc, name, getter_doc (getsizeof 80). */
const PROPERTY_BASICSIZE = 64;

const FLAGS = TypeFlags.BASETYPE | TypeFlags.HAVE_GC;
export const PyStaticMethod_Type = new PyTypeObject(PyType_Type, 'staticmethod', SM_BASICSIZE, 0, FLAGS);
export const PyClassMethod_Type = new PyTypeObject(PyType_Type, 'classmethod', SM_BASICSIZE, 0, FLAGS);
export const PyProperty_Type = new PyTypeObject(PyType_Type, 'property', PROPERTY_BASICSIZE, 0, FLAGS);

export class PyStaticMethodObject extends PyObject {
  sm_callable: PyObject | null = null;
  ob_dict: PyObject | null = null;
}

export class PyPropertyObject extends PyObject {
  prop_get: PyObject | null = null;
  prop_set: PyObject | null = null;
  prop_del: PyObject | null = null;
  prop_doc: PyObject | null = null;
  prop_name: PyObject | null = null;
  getter_doc = false;
}

function sm_alloc(type: PyTypeObject, n: number): PyObject {
  return PyType_GenericAllocInto(new PyStaticMethodObject(type), type, n);
}

function sm_dealloc(o: PyObject): void {
  const sm = o as PyStaticMethodObject;
  PyObject_GC_UnTrack(sm);
  const c = sm.sm_callable;
  const d = sm.ob_dict;
  sm.sm_callable = null;
  sm.ob_dict = null;
  Py_XDECREF(c);
  Py_XDECREF(d);
  (o.ob_type.tp_free ?? PyObject_GC_Del)(o);
}

function sm_traverse(o: PyObject, visit: RefVisitor): void {
  const sm = o as PyStaticMethodObject;
  if (sm.sm_callable !== null) visit(sm.sm_callable, '__func__');
  if (sm.ob_dict !== null) visit(sm.ob_dict, '__dict__');
}

function sm_clear(o: PyObject): void {
  const sm = o as PyStaticMethodObject;
  const c = sm.sm_callable;
  const d = sm.ob_dict;
  sm.sm_callable = null;
  sm.ob_dict = null;
  Py_XDECREF(c);
  Py_XDECREF(d);
}

/** functools_wraps: copies the wrapped callable's identifying attributes. */
function functools_wraps(wrapper: PyObject, wrapped: PyObject): void {
  for (const n of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    let value: PyObject;
    try {
      value = PyObject_GetAttr(wrapped, _Py_ID(n));
    } catch (e) {
      if (isPyExc(e, PyExc_AttributeError)) {
        PyErr_Clear(e);
        continue;
      }
      throw e;
    }
    try {
      PyObject_SetAttr(wrapper, _Py_ID(n), value);
    } finally {
      Py_DECREF(value);
    }
  }
}

function sm_init_common(name: string) {
  return (self: PyObject, args: PyObject, kwds: PyObject | null): void => {
    if (kwds !== null && PyDict_Size(kwds) !== 0) PyErr_SetString(PyExc_TypeError, `${name}() takes no keyword arguments`);
    const a = (args as PyTupleObject).ob_item;
    if (a.length !== 1) PyErr_SetString(PyExc_TypeError, `${name} expected 1 argument, got ${a.length}`);
    const sm = self as PyStaticMethodObject;
    Py_INCREF(a[0]);
    const old = sm.sm_callable;
    sm.sm_callable = a[0];
    Py_XDECREF(old);
    functools_wraps(self, a[0]);
  };
}

function sm_descr_get(self: PyObject, _obj: PyObject | null, _type: PyObject | null): PyObject {
  const c = (self as PyStaticMethodObject).sm_callable;
  if (c === null) PyErr_SetString(PyExc_RuntimeError_(), 'uninitialized staticmethod object');
  Py_INCREF(c);
  return c;
}
import { PyExc_RuntimeError } from './exceptions';
function PyExc_RuntimeError_(): PyTypeObject {
  return PyExc_RuntimeError;
}

/** staticmethod objects are callable (3.10+). */
function sm_call(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  return PyObject_Call((self as PyStaticMethodObject).sm_callable as PyObject, args, kwds);
}

function cm_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const cm = self as PyStaticMethodObject;
  if (cm.sm_callable === null) PyErr_SetString(PyExc_RuntimeError, 'uninitialized classmethod object');
  if (type === null) type = (obj as PyObject).ob_type;
  const f = cm.sm_callable.ob_type.tp_descr_get;
  if (f !== null) return f(cm.sm_callable, type, type);
  return PyMethod_New(cm.sm_callable, type);
}

function sm_repr(kind: string) {
  return (self: PyObject): PyObject => {
    const r = PyObject_Repr((self as PyStaticMethodObject).sm_callable ?? Py_None);
    try {
      return PyUnicode_FromString(`<${kind}(${(r as PyUnicodeObject).str})>`);
    } finally {
      Py_DECREF(r);
    }
  };
}

function sm_get_func(o: PyObject): PyObject {
  const c = (o as PyStaticMethodObject).sm_callable ?? Py_None;
  Py_INCREF(c);
  return c;
}

function sm_get_dict(o: PyObject): PyObject {
  const sm = o as PyStaticMethodObject;
  let d = sm.ob_dict;
  if (d === null) d = sm.ob_dict = PyDict_NewRef();
  Py_INCREF(d);
  return d;
}
import { PyDict_New as PyDict_NewRef } from './dictobject';

for (const [t, kind] of [[PyStaticMethod_Type, 'staticmethod'], [PyClassMethod_Type, 'classmethod']] as const) {
  t.tp_alloc = sm_alloc;
  t.tp_new = PyType_GenericNew;
  t.tp_init = sm_init_common(kind);
  t.tp_dealloc = sm_dealloc;
  t.tp_traverse = sm_traverse;
  t.tp_refs = sm_traverse;
  t.tp_clear = sm_clear;
  t.tp_free = PyObject_GC_Del;
  t.tp_repr = sm_repr(kind);
  t.tp_dictoffset = 24;
  t.tp_getset = [
    { name: '__func__', get: sm_get_func, set: null },
    { name: '__wrapped__', get: sm_get_func, set: null },
    { name: '__dict__', get: sm_get_dict, set: null },
  ];
}
PyStaticMethod_Type.tp_descr_get = sm_descr_get;
PyStaticMethod_Type.tp_call = sm_call;
PyClassMethod_Type.tp_descr_get = cm_descr_get;

/** staticmethod(callable) / classmethod(callable) as type_new creates them for __new__ etc. */
export function PyStaticMethod_New(callable: PyObject): PyObject {
  return newWrapper(PyStaticMethod_Type, callable);
}

export function PyClassMethod_New(callable: PyObject): PyObject {
  return newWrapper(PyClassMethod_Type, callable);
}

function newWrapper(type: PyTypeObject, callable: PyObject): PyObject {
  const sm = sm_alloc(type, 0) as PyStaticMethodObject;
  Py_INCREF(callable);
  sm.sm_callable = callable;
  try {
    functools_wraps(sm, callable);
  } catch (e) {
    Py_DECREF(sm);
    throw e;
  }
  return sm;
}

// ---------------------------------------------------------------------------
// property

function prop_alloc(type: PyTypeObject, n: number): PyObject {
  return PyType_GenericAllocInto(new PyPropertyObject(type), type, n);
}

const PROP_FIELDS = ['prop_get', 'prop_set', 'prop_del', 'prop_doc', 'prop_name'] as const;

function prop_clear(o: PyObject): void {
  const p = o as PyPropertyObject;
  for (const f of PROP_FIELDS) {
    const v = p[f];
    p[f] = null;
    Py_XDECREF(v);
  }
}

function prop_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  prop_clear(o);
  (o.ob_type.tp_free ?? PyObject_GC_Del)(o);
}

function prop_traverse(o: PyObject, visit: RefVisitor): void {
  const p = o as PyPropertyObject;
  const labels = ['fget', 'fset', 'fdel', '__doc__', '__name__'];
  PROP_FIELDS.forEach((f, i) => {
    const v = p[f];
    if (v !== null) visit(v, labels[i]);
  });
}

function setf(p: PyPropertyObject, f: typeof PROP_FIELDS[number], v: PyObject | null): void {
  if (v === Py_None) v = null;
  if (v !== null) Py_INCREF(v);
  const old = p[f];
  p[f] = v;
  Py_XDECREF(old);
}

/** property(fget=None, fset=None, fdel=None, doc=None). */
function property_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const a = (args as PyTupleObject).ob_item;
  if (a.length > 4) PyErr_SetString(PyExc_TypeError, `property() takes at most 4 arguments (${a.length} given)`);
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const vals: (PyObject | null)[] = [null, null, null, null];
  for (let i = 0; i < a.length; i++) vals[i] = a[i];
  if (kwds !== null) {
    let used = 0;
    for (let i = 0; i < 4; i++) {
      const v = PyDict_GetItem(kwds, _Py_ID(names[i]));
      if (v !== null) {
        if (i < a.length) PyErr_SetString(PyExc_TypeError, `argument for property() given by name ('${names[i]}') and position (${i + 1})`);
        vals[i] = v;
        used++;
      }
    }
    if (used !== PyDict_Size(kwds)) PyErr_SetString(PyExc_TypeError, "property() got an unexpected keyword argument");
  }
  const p = self as PyPropertyObject;
  setf(p, 'prop_get', vals[0]);
  setf(p, 'prop_set', vals[1]);
  setf(p, 'prop_del', vals[2]);
  setf(p, 'prop_doc', vals[3]);
  // "if no docstring given and the getter has one, use that one"
  if (p.prop_doc === null && p.prop_get !== null) {
    try {
      const d = PyObject_GetAttr(p.prop_get, _Py_ID('__doc__'));
      if (d !== Py_None) {
        p.prop_doc = d;
        p.getter_doc = true;
      } else Py_DECREF(d);
    } catch (e) {
      if (!isPyExc(e, PyExc_AttributeError)) throw e;
      PyErr_Clear(e);
    }
  }
}

/** The AttributeError of a property without the accessor: 3.11's messages, with the
 *  property's name (%R, set by __set_name__; absent for a property made outside a class
 *  body) and the qualified name of the object's type (PyType_GetQualName, %R). */
function propertyMissing(p: PyPropertyObject, obj: PyObject, what: 'getter' | 'setter' | 'deleter'): never {
  const qualname = unicode_repr_text(type_qualname_str(obj.ob_type));
  if (p.prop_name === null) return PyErr_SetString(PyExc_AttributeError, `property of ${qualname} object has no ${what}`);
  const r = PyObject_Repr(p.prop_name);
  const name = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return PyErr_SetString(PyExc_AttributeError, `property ${name} of ${qualname} object has no ${what}`);
}

function property_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) {
    Py_INCREF(self);
    return self;
  }
  const p = self as PyPropertyObject;
  if (p.prop_get === null) propertyMissing(p, obj, 'getter');
  return PyObject_Vectorcall(p.prop_get, [obj], 1, null);
}

function property_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const p = self as PyPropertyObject;
  const func = value === null ? p.prop_del : p.prop_set;
  if (func === null) propertyMissing(p, obj, value === null ? 'deleter' : 'setter');
  const r = value === null ? PyObject_Vectorcall(func, [obj], 1, null) : PyObject_Vectorcall(func, [obj, value], 2, null);
  Py_DECREF(r);
}

/** property_copy: getter/setter/deleter make a new property of the same type. */
function property_copy(old: PyObject, get: PyObject | null, set: PyObject | null, del: PyObject | null): PyObject {
  const p = old as PyPropertyObject;
  const g = get ?? p.prop_get ?? Py_None;
  const s = set ?? p.prop_set ?? Py_None;
  const d = del ?? p.prop_del ?? Py_None;
  const doc = p.getter_doc && get !== null ? Py_None : (p.prop_doc ?? Py_None);
  const args = _PyTuple_FromArray([g, s, d, doc]);
  let np: PyObject;
  try {
    np = PyObject_Call(old.ob_type, args, null);
  } finally {
    Py_DECREF(args);
  }
  if (np.ob_type === PyProperty_Type || np instanceof PyPropertyObject) setf(np as PyPropertyObject, 'prop_name', p.prop_name);
  return np;
}

function prop_set_name(self: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs !== 2) PyErr_SetString(PyExc_TypeError, `__set_name__() takes 2 positional arguments but ${nargs} were given`);
  setf(self as PyPropertyObject, 'prop_name', args[1]);
  Py_INCREF(Py_None);
  return Py_None;
}

function getf(f: typeof PROP_FIELDS[number]) {
  return (o: PyObject): PyObject => {
    const v = (o as PyPropertyObject)[f] ?? Py_None;
    Py_INCREF(v);
    return v;
  };
}

PyProperty_Type.tp_alloc = prop_alloc;
PyProperty_Type.tp_new = PyType_GenericNew;
PyProperty_Type.tp_init = property_init;
PyProperty_Type.tp_dealloc = prop_dealloc;
PyProperty_Type.tp_traverse = prop_traverse;
PyProperty_Type.tp_refs = prop_traverse;
PyProperty_Type.tp_clear = prop_clear;
PyProperty_Type.tp_free = PyObject_GC_Del;
PyProperty_Type.tp_descr_get = property_descr_get;
PyProperty_Type.tp_descr_set = property_descr_set;
PyProperty_Type.tp_methods = [
  { ml_name: 'getter', ml_meth: (s: PyObject, f: PyObject) => property_copy(s, f, null, null), ml_flags: 0x0008 },
  { ml_name: 'setter', ml_meth: (s: PyObject, f: PyObject) => property_copy(s, null, f, null), ml_flags: 0x0008 },
  { ml_name: 'deleter', ml_meth: (s: PyObject, f: PyObject) => property_copy(s, null, null, f), ml_flags: 0x0008 },
  { ml_name: '__set_name__', ml_meth: METH_VARARGS_of(prop_set_name), ml_flags: METH.VARARGS },
];
PyProperty_Type.tp_getset = [
  { name: 'fget', get: getf('prop_get'), set: null },
  { name: 'fset', get: getf('prop_set'), set: null },
  { name: 'fdel', get: getf('prop_del'), set: null },
  { name: '__doc__', get: getf('prop_doc'), set: null },
];

