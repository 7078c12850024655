// Bound method objects (Objects/classobject.c, PyMethod_Type). `obj.method` makes
// one (function.__get__); `obj.method()` does not: LOAD_METHOD leaves the function
// and self on the stack instead, and PRECALL unpacks a bound method that was made
// anyway, so calls through either path leave the same reference counts.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags, CompareOp } from './object';
import { _Py_ID } from './unicode_type';
import type { RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from './objalloc';
import { PyUnicode_FromString, PyUnicode_Check, PyUnicode_AsString } from './unicodeobject';
import { PyObject_GetAttr, PyObject_Repr, PyObject_RichCompareBool, PyObject_Hash, PyObject_Vectorcall } from './abstract';
import { _PyType_Lookup } from './typeobject';
import { _Py_HashPointer } from './pyhash';
import { Py_NotImplemented } from './singletons';
import { Py_True, Py_False } from './boolobject';
import { isPyExc, PyErr_Clear } from './errors';
import { PyExc_AttributeError } from './exceptions';

/** sizeof(PyMethodObject): im_func, im_self, im_weakreflist, vectorcall (getsizeof 64 with the GC head). */
const METHOD_BASICSIZE = 48;

export const PyMethod_Type = new PyTypeObject(PyType_Type, 'method', METHOD_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.HAVE_VECTORCALL);

export class PyMethodObject extends PyObject {
  im_func: PyObject;
  im_self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(PyMethod_Type);
    this.im_func = func;
    this.im_self = self;
  }
}

export function PyMethod_Check(o: PyObject): o is PyMethodObject {
  return o.ob_type === PyMethod_Type;
}

/** PyMethod_New(func, self): new reference; takes references to both. */
export function PyMethod_New(func: PyObject, self: PyObject): PyMethodObject {
  const im = new PyMethodObject(func, self);
  _PyObject_GC_New(im, METHOD_BASICSIZE);
  Py_INCREF(func);
  Py_INCREF(self);
  PyObject_GC_Track(im);
  return im;
}

function method_dealloc(o: PyObject): void {
  const im = o as PyMethodObject;
  PyObject_GC_UnTrack(im);
  Py_DECREF(im.im_func);
  Py_DECREF(im.im_self);
  PyObject_GC_Del(im);
}

/** method_vectorcall: calls im_func with self prepended (args borrowed). */
function method_vectorcall(callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const im = callable as PyMethodObject;
  const newargs = new Array<PyObject>(args.length + 1);
  newargs[0] = im.im_self;
  for (let i = 0; i < args.length; i++) newargs[i + 1] = args[i];
  return PyObject_Vectorcall(im.im_func, newargs, nargs + 1, kwnames);
}

function method_repr(o: PyObject): PyObject {
  const im = o as PyMethodObject;
  let funcname: PyObject | null = null;
  for (const attr of ['__qualname__', '__name__']) {
    try {
      funcname = PyObject_GetAttr(im.im_func, PyUnicode_FromStringCached(attr));
      break;
    } catch (e) {
      if (!isPyExc(e, PyExc_AttributeError)) throw e;
      PyErr_Clear(e);
    }
  }
  let name = '?';
  if (funcname !== null) {
    if (PyUnicode_Check(funcname)) name = PyUnicode_AsString(funcname);
    Py_DECREF(funcname);
  }
  const r = PyObject_Repr(im.im_self);
  const s = PyUnicode_AsString(r);
  Py_DECREF(r);
  return PyUnicode_FromString(`<bound method ${name} of ${s}>`);
}

/** Borrowed identifier (per-runtime, see _Py_ID): a process-wide cache would leak
 *  one run's objects into the next. */
function PyUnicode_FromStringCached(s: string): PyObject {
  return _Py_ID(s);
}

function method_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !PyMethod_Check(a) || !PyMethod_Check(b)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  let eq = PyObject_RichCompareBool(a.im_func, b.im_func, CompareOp.EQ);
  if (eq) eq = a.im_self === b.im_self;
  const res = (op === CompareOp.EQ) === eq ? Py_True : Py_False;
  Py_INCREF(res);
  return res;
}

function method_hash(o: PyObject): number {
  const im = o as PyMethodObject;
  const x = _Py_HashPointer(im.im_self.ob_addr);
  const y = PyObject_Hash(im.im_func);
  let h = Number(BigInt.asIntN(64, BigInt(x) ^ BigInt(y)));
  if (h === -1) h = -2;
  return h;
}

/** method_getattro: descriptors of the method type first, then the function's attributes. */
function method_getattro(obj: PyObject, name: PyObject): PyObject {
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_get;
    if (f !== null) return f(descr, obj, tp);
    Py_INCREF(descr);
    return descr;
  }
  return PyObject_GetAttr((obj as PyMethodObject).im_func, name);
}

function method_refs(o: PyObject, visit: RefVisitor): void {
  const im = o as PyMethodObject;
  visit(im.im_func, '__func__');
  visit(im.im_self, '__self__');
}

PyMethod_Type.tp_dealloc = method_dealloc;
PyMethod_Type.tp_vectorcall = method_vectorcall;
PyMethod_Type.tp_repr = method_repr;
PyMethod_Type.tp_richcompare = method_richcompare;
PyMethod_Type.tp_hash = method_hash;
PyMethod_Type.tp_getattro = method_getattro;
PyMethod_Type.tp_traverse = method_refs;
PyMethod_Type.tp_refs = method_refs;
PyMethod_Type.tp_sizeof = () => METHOD_BASICSIZE;
PyMethod_Type.tp_getset = [
  { name: '__func__', get: (s) => { const f = (s as PyMethodObject).im_func; Py_INCREF(f); return f; }, set: null },
  { name: '__self__', get: (s) => { const f = (s as PyMethodObject).im_self; Py_INCREF(f); return f; }, set: null },
];
