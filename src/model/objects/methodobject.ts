// builtin_function_or_method (Objects/methodobject.c): a C function, possibly
// bound to `self` ([].append, len). Calls use the vectorcall conventions chosen
// by ml_flags (METH_NOARGS / METH_O / METH_FASTCALL...), so no argument tuple is
// built unless the function wants one (METH_VARARGS), exactly as in CPython.

import { PyObject_ClearWeakRefs } from './weakrefobject';
import { CompareOp, PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from './objalloc';
import { METH, type PyMethodDef } from './methoddef';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import { PyUnicode_FromString, PyUnicode_Check, type PyUnicodeObject } from './unicodeobject';
import { _PyTuple_FromArray, type PyTupleObject } from './tupleobject';
import { PyDict_New, PyDict_SetItem, PyDict_Size } from './dictobject';
import { _PyVectorcall_Call } from './abstract';
import { Py_None, Py_NotImplemented } from './singletons';
import { Py_True, Py_False } from './boolobject';
import { _Py_HashPointer } from './pyhash';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { _Py_EnterRecursiveCall, _Py_LeaveRecursiveCall } from '../vm/pystate';

/** sizeof(PyCFunctionObject): getsizeof 72 with the GC head. */
const CFUNCTION_BASICSIZE = 56;

export const PyCFunction_Type = new PyTypeObject(PyType_Type, 'builtin_function_or_method', CFUNCTION_BASICSIZE, 0,
  TypeFlags.HAVE_GC | TypeFlags.HAVE_VECTORCALL);

export class PyCFunctionObject extends PyObject {
  m_ml: PyMethodDef;
  /** The bound object, the module for module-level functions, or null. */
  m_self: PyObject | null;
  m_module: PyObject | null;
  /** The type a method was found on (for __qualname__ of bound methods: 'list.append'). */
  m_class: PyTypeObject | null = null;
  constructor(ml: PyMethodDef, self: PyObject | null, module: PyObject | null) {
    super(PyCFunction_Type);
    this.m_ml = ml;
    // Stored twice: V8 treats a field stored once as constant, and meth_dealloc's
    // clearing store would later make it mutable and throw away optimized code (the
    // eval loop) that relied on it.
    this.m_self = null;
    this.m_module = null;
    this.m_self = self;
    this.m_module = module;
  }
}

export function PyCFunction_Check(o: PyObject): o is PyCFunctionObject {
  return o.ob_type === PyCFunction_Type;
}

/** PyCFunction_NewEx(ml, self, module): new reference, owning self and module. */
export function PyCFunction_NewEx(ml: PyMethodDef, self: PyObject | null, module: PyObject | null): PyCFunctionObject {
  const op = new PyCFunctionObject(ml, self, module);
  _PyObject_GC_New(op, CFUNCTION_BASICSIZE);
  if (self !== null) Py_INCREF(self);
  if (module !== null) Py_INCREF(module);
  PyObject_GC_Track(op);
  return op;
}

/** PyCFunction_New(def, self, module?) as names.md describes. */
export function PyCFunction_New(ml: PyMethodDef, self: PyObject | null, module: PyObject | null = null): PyCFunctionObject {
  return PyCFunction_NewEx(ml, self, module);
}

function meth_dealloc(o: PyObject): void {
  const m = o as PyCFunctionObject;
  PyObject_GC_UnTrack(m);
  const trash = Py_TRASHCAN_BEGIN(m, meth_dealloc);
  if (trash === Trash.DEPOSITED) return;
  if (m.ob_weakreflist !== null) PyObject_ClearWeakRefs(m);
  const self = m.m_self;
  const mod = m.m_module;
  m.m_self = null;
  m.m_module = null;
  if (self !== null) Py_DECREF(self);
  if (mod !== null) Py_DECREF(mod);
  PyObject_GC_Del(m);
  Py_TRASHCAN_END(trash);
}

/** Whether m_self is a real bound object (not a module: module functions print as functions). */
function boundSelf(m: PyCFunctionObject): PyObject | null {
  const s = m.m_self;
  if (s === null || s.ob_type.tp_name === 'module') return null;
  return s;
}

/** _PyObject_FunctionStr for builtins: 'len()' or 'list.append()'. */
export function cfunctionStr(m: PyCFunctionObject): string {
  const self = boundSelf(m);
  if (self === null) {
    // _PyObject_FunctionStr: `module.qualname()` unless the module is builtins.
    const mod = m.m_module;
    const modname = mod !== null && PyUnicode_Check(mod) ? (mod as PyUnicodeObject).str : null;
    return modname !== null && modname !== 'builtins' ? `${modname}.${m.m_ml.ml_name}()` : `${m.m_ml.ml_name}()`;
  }
  const owner = m.m_class ?? (self.ob_type === PyType_Type || (self.ob_type.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0
    ? (self as PyTypeObject) : self.ob_type);
  return `${typeShortName(owner)}.${m.m_ml.ml_name}()`;
}

function typeShortName(t: PyTypeObject): string {
  const dot = t.tp_name.lastIndexOf('.');
  return dot >= 0 ? t.tp_name.slice(dot + 1) : t.tp_name;
}

function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
}

/** Calls a PyMethodDef with vectorcall arguments args[off .. off+nargs) (+ keyword values),
 *  enforcing the calling convention's argument rules; describe(callable) names the callable
 *  in errors (built only when one is raised: no closure per call). The C function runs
 *  inside the recursion guard, as every path to it does in 3.11 (cfunction_enter_call,
 *  method_enter_call, or _PyObject_MakeTpCall for METH_VARARGS) — except the
 *  specialized CALL forms that call it straight from the eval loop (`check` false). */
export function _PyMethodDef_Call(ml: PyMethodDef, self: PyObject, args: PyObject[], off: number, nargs: number,
  kwnames: PyObject | null, callable: PyObject, describe: (callable: PyObject) => string, check = true): PyObject {
  const flags = ml.ml_flags & (METH.VARARGS | METH.FASTCALL | METH.NOARGS | METH.O | METH.KEYWORDS);
  switch (flags) {
    case METH.NOARGS:
      if (kwCount(kwnames) !== 0) PyErr_SetString(PyExc_TypeError, `${describe(callable)} takes no keyword arguments`);
      if (nargs !== 0) PyErr_SetString(PyExc_TypeError, `${describe(callable)} takes no arguments (${nargs} given)`);
      break;
    case METH.O:
      if (kwCount(kwnames) !== 0) PyErr_SetString(PyExc_TypeError, `${describe(callable)} takes no keyword arguments`);
      if (nargs !== 1) PyErr_SetString(PyExc_TypeError, `${describe(callable)} takes exactly one argument (${nargs} given)`);
      break;
    case METH.FASTCALL:
      if (kwCount(kwnames) !== 0) PyErr_SetString(PyExc_TypeError, `${describe(callable)} takes no keyword arguments`);
      break;
    case METH.FASTCALL | METH.KEYWORDS:
      break;
    case METH.VARARGS:
    case METH.VARARGS | METH.KEYWORDS:
      return varargsCall(ml, flags, self, args, off, nargs, kwnames, callable, describe, check);
    default:
      throw new Error(`internal: bad ml_flags ${ml.ml_flags} for ${ml.ml_name}`);
  }
  if (!check) return invokeFast(ml, flags, self, args, off, nargs, kwnames);
  _Py_EnterRecursiveCall(CALLING);
  try {
    return invokeFast(ml, flags, self, args, off, nargs, kwnames);
  } finally {
    _Py_LeaveRecursiveCall();
  }
}

const CALLING = ' while calling a Python object';

/** The C function of a METH_NOARGS / METH_O / METH_FASTCALL[|METH_KEYWORDS] entry. */
function invokeFast(ml: PyMethodDef, flags: number, self: PyObject, args: PyObject[], off: number, nargs: number,
  kwnames: PyObject | null): PyObject {
  switch (flags) {
    case METH.NOARGS:
      return (ml.ml_meth as (s: PyObject) => PyObject)(self);
    case METH.O:
      return (ml.ml_meth as (s: PyObject, a: PyObject) => PyObject)(self, args[off]);
    case METH.FASTCALL:
      return (ml.ml_meth as (s: PyObject, a: PyObject[], n: number) => PyObject)(self, off === 0 ? args : args.slice(off), nargs);
    default:
      return (ml.ml_meth as (s: PyObject, a: PyObject[], n: number, k: PyObject | null) => PyObject)(
        self, off === 0 ? args : args.slice(off), nargs, kwnames);
  }
}

/** METH_VARARGS: an argument tuple (and kwargs dict), as _PyObject_MakeTpCall builds
 *  them, then its guard. */
function varargsCall(ml: PyMethodDef, flags: number, self: PyObject, args: PyObject[], off: number, nargs: number,
  kwnames: PyObject | null, callable: PyObject, describe: (callable: PyObject) => string, check: boolean): PyObject {
  const nkw = kwCount(kwnames);
  // cfunction_call names only ml_name here (no module prefix); a method descriptor's
  // method_vectorcall_VARARGS names itself ('str.find()').
  if (flags === METH.VARARGS && nkw !== 0) {
    const what = callable.ob_type === PyCFunction_Type ? `${ml.ml_name}()` : describe(callable);
    PyErr_SetString(PyExc_TypeError, `${what} takes no keyword arguments`);
  }
  const tuple = _PyTuple_FromArray(args.slice(off, off + nargs));
  let kwargs: PyObject | null = null;
  let entered = false;
  try {
    if (nkw !== 0) {
      kwargs = PyDict_New();
      const names = (kwnames as PyTupleObject).ob_item;
      for (let i = 0; i < nkw; i++) PyDict_SetItem(kwargs, names[i], args[off + nargs + i]);
    }
    if (check) {
      _Py_EnterRecursiveCall(CALLING);
      entered = true;
    }
    return (ml.ml_meth as (s: PyObject, a: PyObject, k: PyObject | null) => PyObject)(self, tuple, kwargs);
  } finally {
    if (entered) _Py_LeaveRecursiveCall();
    Py_DECREF(tuple);
    if (kwargs !== null) Py_DECREF(kwargs);
  }
}

function cfunction_str(o: PyObject): string {
  return cfunctionStr(o as PyCFunctionObject);
}

function cfunction_vectorcall(callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const m = callable as PyCFunctionObject;
  return _PyMethodDef_Call(m.m_ml, m.m_self ?? Py_None, args, 0, nargs, kwnames, m, cfunction_str);
}

/** What PRECALL_BUILTIN_FAST_WITH_KEYWORDS does: the C function without the guard. */
export function _PyCFunction_CallUnguarded(callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const m = callable as PyCFunctionObject;
  return _PyMethodDef_Call(m.m_ml, m.m_self ?? Py_None, args, 0, nargs, kwnames, m, cfunction_str, false);
}

function meth_repr(o: PyObject): PyObject {
  const m = o as PyCFunctionObject;
  const self = boundSelf(m);
  if (self === null) return PyUnicode_FromString(`<built-in function ${m.m_ml.ml_name}>`);
  return PyUnicode_FromString(`<built-in method ${m.m_ml.ml_name} of ${self.ob_type.tp_name} object at 0x${self.ob_addr.toString(16)}>`);
}

function meth_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  let res: PyObject;
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || b.ob_type !== PyCFunction_Type) res = Py_NotImplemented;
  else {
    const x = a as PyCFunctionObject;
    const y = b as PyCFunctionObject;
    const eq = x.m_self === y.m_self && x.m_ml.ml_meth === y.m_ml.ml_meth;
    res = (op === CompareOp.EQ) === eq ? Py_True : Py_False;
  }
  Py_INCREF(res);
  return res;
}

function meth_hash(o: PyObject): number {
  const m = o as PyCFunctionObject;
  // meth_hash: hash(self) ^ hash(ml_meth pointer); the C pointer is modelled by the object address.
  const x = m.m_self === null ? 0 : _Py_HashPointer(m.m_self.ob_addr);
  let r = (x ^ _Py_HashPointer(o.ob_addr)) | 0;
  if (r === -1) r = -2;
  return r;
}

function meth_refs(o: PyObject, visit: RefVisitor): void {
  const m = o as PyCFunctionObject;
  if (m.m_self !== null) visit(m.m_self, '__self__');
  if (m.m_module !== null) visit(m.m_module, '__module__');
}

function meth_get_name(o: PyObject): PyObject {
  return PyUnicode_FromString((o as PyCFunctionObject).m_ml.ml_name);
}

function meth_get_qualname(o: PyObject): PyObject {
  const m = o as PyCFunctionObject;
  const s = cfunctionStr(m);
  return PyUnicode_FromString(s.slice(0, -2));
}

function meth_get_self(o: PyObject): PyObject {
  const s = (o as PyCFunctionObject).m_self ?? Py_None;
  Py_INCREF(s);
  return s;
}

function meth_get_doc(o: PyObject): PyObject {
  const d = (o as PyCFunctionObject).m_ml.ml_doc;
  if (d === undefined) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return PyUnicode_FromString(d);
}

PyCFunction_Type.tp_dealloc = meth_dealloc;
// offsetof(PyCFunctionObject, m_weakreflist): builtin functions support weak references.
PyCFunction_Type.tp_weaklistoffset = 40;
PyCFunction_Type.tp_vectorcall = cfunction_vectorcall;
// PyCMethod_New: "For METH_VARARGS functions, it's more efficient to use tp_call instead of
// vectorcall": their vectorcall pointer is NULL, so PyObject_Call hands them its own tuple.
PyCFunction_Type.tp_vectorcall_absent = (o) => ((o as PyCFunctionObject).m_ml.ml_flags & METH.VARARGS) !== 0;
PyCFunction_Type.tp_call = cfunction_call;

/** cfunction_call: a METH_VARARGS function gets the argument tuple and dict as they are. */
function cfunction_call(self: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const m = self as PyCFunctionObject;
  const flags = m.m_ml.ml_flags;
  if ((flags & METH.VARARGS) === 0) return _PyVectorcall_Call(cfunction_vectorcall, self, args, kwargs);
  if ((flags & METH.KEYWORDS) === 0 && kwargs !== null && PyDict_Size(kwargs) !== 0) {
    PyErr_SetString(PyExc_TypeError, `${m.m_ml.ml_name}() takes no keyword arguments`);
  }
  return (m.m_ml.ml_meth as (s: PyObject, a: PyObject, k: PyObject | null) => PyObject)(m.m_self ?? Py_None, args, kwargs);
}
PyCFunction_Type.tp_repr = meth_repr;
PyCFunction_Type.tp_richcompare = meth_richcompare;
PyCFunction_Type.tp_hash = meth_hash;
PyCFunction_Type.tp_traverse = meth_refs;
PyCFunction_Type.tp_refs = meth_refs;
PyCFunction_Type.tp_getset = [
  { name: '__name__', get: meth_get_name, set: null },
  { name: '__qualname__', get: meth_get_qualname, set: null },
  { name: '__self__', get: meth_get_self, set: null },
  { name: '__doc__', get: meth_get_doc, set: null },
];

void (0 as unknown as PyUnicodeObject);
