// The abstract object protocol (Objects/abstract.c, Objects/object.c, Objects/call.c):
// every operation the eval loop and the builtins perform on an object of unknown
// type, dispatched through the type's slots exactly as CPython does (the
// subclass-first rule of binary_op1, the reflected comparisons of
// do_richcompare, sequence fallbacks for + and *), with 3.11's error messages.
// Returned objects are new references; arguments are borrowed.

import { _PyUnion_Check, _Py_union_args } from './unionobject';
import { Py_GenericAlias } from './genericaliasobject';
import { refusalState } from './unsupported';
import {
  CompareOp, PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags, type Slot2,
} from './object';
import { PyErr_SetString, PyException, PyErr_Clear, isPyExc, PyErr_GivenExceptionMatches } from './errors';
import {
  PyExc_TypeError, PyExc_IndexError, PyExc_OverflowError, PyExc_AttributeError, PyExc_StopIteration,
  _PyErr_SetAttributeErrorContext,
} from './exceptions';
import { Py_None, Py_NotImplemented } from './singletons';
import { Py_True, Py_False } from './boolobject';
import { PyLong_Check, PyLong_CheckExact, PyLong_AsSsize_t, PyLong_FromUnicodeObject, _PyLong_Copy, _PyLong_FromBytes } from './longobject';
import { PyFloat_FromDouble, PyFloat_FromString, PyFloat_CheckExact, PyLong_AsDouble } from './floatobject';
import {
  PyUnicode_Check, PyUnicode_CheckExact, PyUnicode_FromString, _Py_ID, type PyUnicodeObject,
} from './unicodeobject';
import { _PyObject_GetBufferView } from './buffer';
import { PyTuple_Check, PyTuple_New, PyTuple_SET_ITEM, _PyTuple_FromArray, type PyTupleObject } from './tupleobject';
import { PyDict_Check, PyDict_New, PyDict_SetItem, PyDict_Size, PyDict_Next } from './dictobject';
import { PySeqIter_New } from './iterobject';
import { PyMem_Malloc, PyMem_Free } from './objalloc';
import {
  PyType_Type, PyType_IsSubtype, _PyObject_LookupSpecial, PyObject_GenericGetAttr,
  _PyObject_GenericGetAttrWithDict, _PyObject_GetMethod, getMethodUnbound, PyObject_GenericSetAttr,
} from './typeobject';
import { _Py_EnterRecursiveCall, _Py_LeaveRecursiveCall } from '../vm/pystate';
import { _PyEval_ChargeWork } from '../vm/chargework';

export const Py_TYPE = (o: PyObject): PyTypeObject => o.ob_type;

export function PyType_Check(o: PyObject): o is PyTypeObject {
  return (o.ob_type.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0;
}

export function PyObject_TypeCheck(o: PyObject, t: PyTypeObject): boolean {
  return o.ob_type === t || PyType_IsSubtype(o.ob_type, t);
}

/** The name a type shows in error messages: tp_name (a heap type's tp_name is its bare name). */
function tn(o: PyObject): string {
  return o.ob_type.tp_name;
}

/** %p: CPython prints pointers as 0x-prefixed lowercase hex. */
export function _Py_PointerRepr(addr: number): string {
  return '0x' + _Py_HexAddress(addr);
}

const HEX_LOW = 2 ** 28;

/** addr.toString(16) for an address (a non-negative integer): addresses lie past 2^31, where
 *  Number#toString takes V8's slow path for doubles (~3× slower), so the digits are printed
 *  as two small-integer parts. The debugger prints an id for every row it shows. */
export function _Py_HexAddress(addr: number): string {
  if (addr < HEX_LOW) return addr.toString(16);
  const high = Math.floor(addr / HEX_LOW);
  return high.toString(16) + (addr - high * HEX_LOW).toString(16).padStart(7, '0');
}

// ---------------------------------------------------------------------------
// Attributes (Objects/object.c)

function checkName(name: PyObject): void {
  if (!PyUnicode_Check(name)) PyErr_SetString(PyExc_TypeError, `attribute name must be string, not '${tn(name)}'`);
}

/** PyObject_GetAttr: a failed lookup's AttributeError gets the name/obj context
 *  (set_attribute_error_context, 3.10+), which normalizes it at once. */
export function PyObject_GetAttr(o: PyObject, name: PyObject): PyObject {
  checkName(name);
  const tp = o.ob_type;
  const getattro = tp.tp_getattro;
  try {
    // The generic getattr called directly: most types and every plain class use it.
    if (getattro === PyObject_GenericGetAttr) return _PyObject_GenericGetAttrWithDict(o, name, null, false) as PyObject;
    if (getattro !== null) return getattro(o, name);
    return PyErr_SetString(PyExc_AttributeError, `'${tp.tp_name.slice(0, 50)}' object has no attribute '${(name as PyUnicodeObject).str}'`);
  } catch (e) {
    if (e instanceof PyException && PyErr_GivenExceptionMatches(e.type, PyExc_AttributeError)) {
      _PyErr_SetAttributeErrorContext(e, o, name);
    }
    throw e;
  }
}

/** _PyObject_LookupAttr: the attribute, or null when it does not exist (AttributeError is
 *  swallowed; with the generic getattr no exception is even created, as 3.11 does). */
export function _PyObject_LookupAttr(o: PyObject, name: PyObject): PyObject | null {
  checkName(name);
  const tp = o.ob_type;
  if (tp.tp_getattro === PyObject_GenericGetAttr) return _PyObject_GenericGetAttrWithDict(o, name, null, true);
  refusalState.quiet++;
  try {
    return PyObject_GetAttr(o, name);
  } catch (e) {
    if (isPyExc(e, PyExc_AttributeError)) {
      PyErr_Clear(e);
      return null;
    }
    throw e;
  } finally {
    refusalState.quiet--;
  }
}

/** An interned str for a name used from TypeScript (CPython's _Py_ID / static strings). */
export { _Py_ID };

export function PyObject_GetAttrString(o: PyObject, name: string): PyObject {
  return PyObject_GetAttr(o, _Py_ID(name));
}

export function PyObject_SetAttr(o: PyObject, name: PyObject, v: PyObject | null): void {
  checkName(name);
  const tp = o.ob_type;
  const setattro = tp.tp_setattro;
  if (setattro === PyObject_GenericSetAttr) {
    PyObject_GenericSetAttr(o, name, v);
    return;
  }
  if (setattro !== null) {
    setattro(o, name, v);
    return;
  }
  const n = (name as PyUnicodeObject).str;
  const what = v === null ? 'del' : 'assign to';
  if (tp.tp_getattro === null) PyErr_SetString(PyExc_TypeError, `'${tp.tp_name}' object has no attributes (${what} .${n})`);
  PyErr_SetString(PyExc_TypeError, `'${tp.tp_name}' object has only read-only attributes (${what} .${n})`);
}

export function PyObject_SetAttrString(o: PyObject, name: string, v: PyObject | null): void {
  PyObject_SetAttr(o, _Py_ID(name), v);
}

export function PyObject_DelAttr(o: PyObject, name: PyObject): void {
  PyObject_SetAttr(o, name, null);
}

/** PyObject_HasAttr (3.11): any error counts as "no". The builtin hasattr() uses _PyObject_LookupAttr instead. */
export function PyObject_HasAttr(o: PyObject, name: PyObject): boolean {
  let r: PyObject | null;
  try {
    r = _PyObject_LookupAttr(o, name);
  } catch (e) {
    if (e instanceof PyException) {
      PyErr_Clear(e);
      return false;
    }
    throw e;
  }
  if (r === null) return false;
  Py_DECREF(r);
  return true;
}

// ---------------------------------------------------------------------------
// repr / str / hash / truth (Objects/object.c)

export function PyObject_Repr(o: PyObject): PyObject {
  const tp = o.ob_type;
  if (tp.tp_repr === null) return PyUnicode_FromString(`<${tp.tp_name} object at ${_Py_PointerRepr(o.ob_addr)}>`);
  // "It is possible for a type to have a tp_repr representation that loops infinitely."
  _Py_EnterRecursiveCall(' while getting the repr of an object');
  let res: PyObject;
  try {
    res = tp.tp_repr(o);
  } finally {
    _Py_LeaveRecursiveCall();
  }
  if (!PyUnicode_Check(res)) {
    const t = tn(res);
    Py_DECREF(res);
    PyErr_SetString(PyExc_TypeError, `__repr__ returned non-string (type ${t})`);
  }
  return res;
}

export function PyObject_Str(o: PyObject): PyObject {
  if (PyUnicode_CheckExact(o)) {
    Py_INCREF(o);
    return o;
  }
  const tp = o.ob_type;
  if (tp.tp_str === null) return PyObject_Repr(o);
  _Py_EnterRecursiveCall(' while getting the str of an object');
  let res: PyObject;
  try {
    res = tp.tp_str(o);
  } finally {
    _Py_LeaveRecursiveCall();
  }
  if (!PyUnicode_Check(res)) {
    const t = tn(res);
    Py_DECREF(res);
    PyErr_SetString(PyExc_TypeError, `__str__ returned non-string (type ${t})`);
  }
  return res;
}

/** PyObject_ASCII: repr() with non-ASCII characters backslash-escaped. */
export function PyObject_ASCII(o: PyObject): PyObject {
  const r = PyObject_Repr(o);
  const s = (r as PyUnicodeObject).str;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return r;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  Py_DECREF(r);
  return PyUnicode_FromString(out);
}

export function PyObject_HashNotImplemented(o: PyObject): number {
  return PyErr_SetString(PyExc_TypeError, `unhashable type: '${tn(o)}'`);
}

export function PyObject_Hash(o: PyObject): number {
  const h = o.ob_type.tp_hash;
  if (h === null) return PyObject_HashNotImplemented(o);
  return h(o);
}

export function PyObject_IsTrue(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  const tp = o.ob_type;
  if (tp.nb_bool !== null) return tp.nb_bool(o);
  if (tp.mp_length !== null) return tp.mp_length(o) > 0;
  if (tp.sq_length !== null) return tp.sq_length(o) > 0;
  return true;
}

export function PyObject_Not(o: PyObject): boolean {
  return !PyObject_IsTrue(o);
}

// ---------------------------------------------------------------------------
// Rich comparison (Objects/object.c do_richcompare)

export const _Py_SwappedOp: readonly CompareOp[] = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];
const opstrings = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_RichCompare: do_richcompare inside the recursion guard (a comparison can
 *  recurse through __eq__ or nested containers: `[[...]] == [[...]]`). */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  _Py_EnterRecursiveCall(' in comparison');
  try {
    return do_richcompare(v, w, op);
  } finally {
    _Py_LeaveRecursiveCall();
  }
}

/** do_richcompare (Objects/object.c): the reflected-operand protocol, without the
 *  guard (what the specialized COMPARE_OP forms run). */
export function do_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  let res: PyObject;
  if (vt !== wt && wt.tp_richcompare !== null && PyType_IsSubtype(wt, vt)) {
    checkedReverse = true;
    res = wt.tp_richcompare(w, v, _Py_SwappedOp[op]);
    if (res !== Py_NotImplemented) return res;
    Py_DECREF(res);
  }
  if (vt.tp_richcompare !== null) {
    res = vt.tp_richcompare(v, w, op);
    if (res !== Py_NotImplemented) return res;
    Py_DECREF(res);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    res = wt.tp_richcompare(w, v, _Py_SwappedOp[op]);
    if (res !== Py_NotImplemented) return res;
    Py_DECREF(res);
  }
  if (op === CompareOp.EQ) res = v === w ? Py_True : Py_False;
  else if (op === CompareOp.NE) res = v !== w ? Py_True : Py_False;
  else {
    return PyErr_SetString(PyExc_TypeError,
      `'${opstrings[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`);
  }
  Py_INCREF(res);
  return res;
}

/** PyObject_RichCompareBool: identity implies equality for == and != (as containers rely on). */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: CompareOp): boolean {
  if (v === w) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const res = PyObject_RichCompare(v, w, op);
  let ok: boolean;
  if (res === Py_True) ok = true;
  else if (res === Py_False) ok = false;
  else {
    try {
      ok = PyObject_IsTrue(res);
    } finally {
      Py_DECREF(res);
    }
    return ok;
  }
  Py_DECREF(res);
  return ok;
}

// ---------------------------------------------------------------------------
// Iteration

export function PyIter_Check(o: PyObject): boolean {
  return o.ob_type.tp_iternext !== null;
}

export function PySequence_Check(o: PyObject): boolean {
  if (PyDict_Check(o)) return false;
  return o.ob_type.sq_item !== null;
}

export function PyObject_GetIter(o: PyObject): PyObject {
  const f = o.ob_type.tp_iter;
  if (f === null) {
    if (PySequence_Check(o)) return PySeqIter_New(o);
    return PyErr_SetString(PyExc_TypeError, `'${tn(o)}' object is not iterable`);
  }
  const res = f(o);
  if (res.ob_type.tp_iternext === null) {
    const t = tn(res);
    Py_DECREF(res);
    PyErr_SetString(PyExc_TypeError, `iter() returned non-iterator of type '${t}'`);
  }
  return res;
}

/** PyIter_Next: the next item (new reference) or null when exhausted. */
export function PyIter_Next(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) return PyErr_SetString(PyExc_TypeError, `'${tn(it)}' object is not an iterator`);
  // C code iterating (set(), dict.fromkeys, b''.join...): its work counts (vm/chargework.ts).
  _PyEval_ChargeWork(1);
  return f(it);
}

// ---------------------------------------------------------------------------
// Calls (Objects/call.c)

export function PyCallable_Check(o: PyObject): boolean {
  return o.ob_type.tp_call !== null || o.ob_type.tp_vectorcall !== null;
}

const EMPTY_ARGS: PyObject[] = [];

/** PyMapping_Check: the type has mp_subscript. */
export function PyMapping_Check(o: PyObject): boolean {
  return o.ob_type.mp_subscript !== null;
}

/** _PyStack_AsDict: kwargs dict from vectorcall keyword values and names. */
export function _PyStack_AsDict(args: PyObject[], nargs: number, kwnames: PyObject): PyObject {
  const names = (kwnames as PyTupleObject).ob_item;
  const d = PyDict_New();
  try {
    for (let i = 0; i < names.length; i++) PyDict_SetItem(d, names[i], args[nargs + i]);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

/** _PyObject_MakeTpCall: a callable without vectorcall gets an args tuple and a kwargs dict:
 *  `keywords` is the kwnames tuple of a vectorcall (the dict is built from the values after
 *  the positional ones, _PyStack_AsDict) or already a dict (_PyObject_FastCallDict passes its own). */
export function _PyObject_MakeTpCall(callable: PyObject, args: PyObject[], nargs: number, keywords: PyObject | null): PyObject {
  const call = callable.ob_type.tp_call;
  if (call === null) return PyErr_SetString(PyExc_TypeError, `'${tn(callable)}' object is not callable`);
  const argstuple = _PyTuple_FromArray(nargs === args.length ? args : args.slice(0, nargs));
  let kwargs: PyObject | null = null;
  let ownKwargs = false;
  try {
    if (keywords !== null) {
      if (PyDict_Check(keywords)) kwargs = keywords;
      else if ((keywords as PyTupleObject).ob_item.length > 0) {
        kwargs = _PyStack_AsDict(args, nargs, keywords);
        ownKwargs = true;
      }
    }
    _Py_EnterRecursiveCall(' while calling a Python object');
    try {
      return call(callable, argstuple, kwargs);
    } finally {
      _Py_LeaveRecursiveCall();
    }
  } finally {
    Py_DECREF(argstuple);
    if (ownKwargs) Py_DECREF(kwargs as PyObject);
  }
}

type Vectorcallfunc = (callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null) => PyObject;

/** _PyVectorcall_Function: the callable's vectorcall, or null when it has none (then calls go
 *  through tp_call with a tuple: _PyObject_MakeTpCall, or PyObject_Call's own tuple). */
export function _PyVectorcall_Function(callable: PyObject): Vectorcallfunc | null {
  const tp = callable.ob_type;
  const vc = tp.tp_vectorcall;
  if (vc === null) return null;
  const absent = tp.tp_vectorcall_absent;
  return absent !== null && absent(callable) ? null : vc;
}

/** sizeof(PyObject *). */
const PTR = 8;
/** _PY_FASTCALL_SMALL_STACK (Include/cpython/abstract.h): argument arrays up to this length
 *  live on the C stack; longer ones are PyMem_Malloc'd (pymalloc blocks) for the call. */
const _PY_FASTCALL_SMALL_STACK = 5;

/** _PyStack_UnpackDict, the call, then _PyStack_UnpackDict_Free (Objects/call.c): a vectorcall
 *  with a kwargs dict gets a new PyMem_Malloc'd array holding a NEW reference to every positional
 *  and keyword value for the duration of the call (so the callee's sys.getrefcount sees one
 *  more), and the names in a new tuple. */
function _PyStack_UnpackDictCall(vc: Vectorcallfunc, callable: PyObject, args: readonly PyObject[], nargs: number,
  kwargs: PyObject): PyObject {
  const nkwargs = PyDict_Size(kwargs);
  // One slot more for PY_VECTORCALL_ARGUMENTS_OFFSET.
  const addr = PyMem_Malloc((1 + nargs + nkwargs) * PTR, callable, 'call arguments (_PyStack_UnpackDict)');
  let kwnames: PyObject;
  try {
    kwnames = PyTuple_New(nkwargs);
  } catch (e) {
    PyMem_Free(addr);
    throw e;
  }
  const stack = new Array<PyObject>(nargs + nkwargs);
  for (let i = 0; i < nargs; i++) {
    Py_INCREF(args[i]);
    stack[i] = args[i];
  }
  const pos = { pos: 0 };
  let kv: [PyObject, PyObject] | null;
  let i = 0;
  let keysAreStrings = true;
  while ((kv = PyDict_Next(kwargs, pos)) !== null) {
    keysAreStrings &&= PyUnicode_Check(kv[0]);
    Py_INCREF(kv[0]);
    Py_INCREF(kv[1]);
    PyTuple_SET_ITEM(kwnames, i, kv[0]);
    stack[nargs + i++] = kv[1];
  }
  try {
    if (!keysAreStrings) PyErr_SetString(PyExc_TypeError, 'keywords must be strings');
    return vc(callable, stack, nargs, kwnames);
  } finally {
    for (let k = 0; k < stack.length; k++) Py_DECREF(stack[k]);
    PyMem_Free(addr);
    Py_DECREF(kwnames);
  }
}

/** _PyObject_FastCallDict: callable(*args[0..nargs), **kwargs) for a C caller holding a dict. */
export function _PyObject_FastCallDict(callable: PyObject, args: PyObject[], nargs: number, kwargs: PyObject | null): PyObject {
  const vc = _PyVectorcall_Function(callable);
  if (vc === null) return _PyObject_MakeTpCall(callable, args, nargs, kwargs);
  if (kwargs === null || PyDict_Size(kwargs) === 0) return vc(callable, args, nargs, null);
  return _PyStack_UnpackDictCall(vc, callable, args, nargs, kwargs);
}

/** _PyObject_Call_Prepend: callable(obj, *args, **kwargs) without a new tuple: the positional
 *  arguments are borrowed into an array (PyMem_Malloc'd past the small stack) for
 *  _PyObject_FastCallDict. How slot_tp_init, slot_tp_new and slot_tp_call call the method. */
export function _PyObject_Call_Prepend(callable: PyObject, obj: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const items = (args as PyTupleObject).ob_item;
  const argcount = items.length;
  const addr = argcount + 1 <= _PY_FASTCALL_SMALL_STACK ? 0 : PyMem_Malloc((argcount + 1) * PTR, callable, 'call arguments');
  const stack = new Array<PyObject>(argcount + 1);
  stack[0] = obj;
  for (let i = 0; i < argcount; i++) stack[i + 1] = items[i];
  try {
    return _PyObject_FastCallDict(callable, stack, argcount + 1, kwargs);
  } finally {
    if (addr !== 0) PyMem_Free(addr);
  }
}

/** PyObject_Vectorcall: args[0..nargs) positional, then one value per name in kwnames (all borrowed). */
export function PyObject_Vectorcall(callable: PyObject, args: PyObject[], nargsf: number, kwnames: PyObject | null): PyObject {
  const vc = callable.ob_type.tp_vectorcall;
  if (vc !== null) return vc(callable, args, nargsf, kwnames);
  return _PyObject_MakeTpCall(callable, args, nargsf, kwnames);
}

/** _PyVectorcall_Call: a tuple-and-dict call of a vectorcall callable; the tuple's items are
 *  passed borrowed, a non-empty dict is unpacked (_PyStack_UnpackDict). */
export function _PyVectorcall_Call(vc: Vectorcallfunc, callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const pos = (args as PyTupleObject).ob_item;
  if (kwargs === null || PyDict_Size(kwargs) === 0) return vc(callable, pos, pos.length, null);
  return _PyStack_UnpackDictCall(vc, callable, pos, pos.length, kwargs);
}

/** PyObject_Call: args is a tuple, kwargs a dict or null. A callable without vectorcall gets
 *  the tuple and dict themselves (tp_call), not copies. */
export function PyObject_Call(callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const vc = _PyVectorcall_Function(callable);
  if (vc !== null) return _PyVectorcall_Call(vc, callable, args, kwargs);
  const tp = callable.ob_type;
  if (tp.tp_call === null) return PyErr_SetString(PyExc_TypeError, `'${tp.tp_name}' object is not callable`);
  _Py_EnterRecursiveCall(' while calling a Python object');
  try {
    return tp.tp_call(callable, args, kwargs);
  } finally {
    _Py_LeaveRecursiveCall();
  }
}

export function PyObject_CallNoArgs(callable: PyObject): PyObject {
  return PyObject_Vectorcall(callable, EMPTY_ARGS, 0, null);
}

export function PyObject_CallOneArg(callable: PyObject, arg: PyObject): PyObject {
  return PyObject_Vectorcall(callable, [arg], 1, null);
}

export function PyObject_CallFunctionObjArgs(callable: PyObject, ...args: PyObject[]): PyObject {
  return PyObject_Vectorcall(callable, args, args.length, null);
}

/** PyObject_VectorcallMethod: obj.name(*args) without creating a bound method when the
 *  attribute is a plain function/method descriptor (_PyObject_GetMethod), as CPython does. */
export function PyObject_VectorcallMethod(name: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const obj = args[0];
  const meth = _PyObject_GetMethod(obj, name);
  try {
    if (getMethodUnbound()) return PyObject_Vectorcall(meth, args, nargs, kwnames);
    return PyObject_Vectorcall(meth, args.slice(1), nargs - 1, kwnames);
  } finally {
    Py_DECREF(meth);
  }
}

/** PyObject_CallMethod(obj, 'name', ...args) (uses the method-call path: no bound method). */
export function PyObject_CallMethod(obj: PyObject, name: string, ...args: PyObject[]): PyObject {
  args.unshift(obj);
  return PyObject_VectorcallMethod(_Py_ID(name), args, args.length, null);
}

export function PyObject_CallMethodNoArgs(obj: PyObject, name: PyObject): PyObject {
  return PyObject_VectorcallMethod(name, [obj], 1, null);
}

export function PyObject_CallMethodOneArg(obj: PyObject, name: PyObject, arg: PyObject): PyObject {
  return PyObject_VectorcallMethod(name, [obj, arg], 2, null);
}

// ---------------------------------------------------------------------------
// Numbers (Objects/abstract.c)

/** binary_op1: try v's slot, but w's first when w's type is a proper subclass of v's type
 *  with a different slot; returns Py_NotImplemented (new ref) if neither handles it.
 *  Callers pass both types' slot (v.ob_type.nb_add, w.ob_type.nb_add): named loads at
 *  each call site rather than one keyed load by slot name. */
function binary_op1(v: PyObject, w: PyObject, slotv: Slot2 | null, slotw: Slot2 | null): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  if (wt === vt || slotw === slotv) slotw = null;
  let x: PyObject;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = null;
    }
    x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    x = slotw(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function binop_type_error(v: PyObject, w: PyObject, opname: string): never {
  return PyErr_SetString(PyExc_TypeError, `unsupported operand type(s) for ${opname}: '${tn(v)}' and '${tn(w)}'`);
}

function binary_op(v: PyObject, w: PyObject, slotv: Slot2 | null, slotw: Slot2 | null, opname: string): PyObject {
  const r = binary_op1(v, w, slotv, slotw);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  if (opname === '>>' && isPrintFunction(v)) {
    PyErr_SetString(PyExc_TypeError,
      `unsupported operand type(s) for ${opname}: '${tn(v)}' and '${tn(w)}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  return binop_type_error(v, w, opname);
}

/** binary_op's special hint: `print >> x` (the builtin print, a builtin_function_or_method). */
function isPrintFunction(v: PyObject): boolean {
  const ml = (v as unknown as { m_ml?: { ml_name: string } }).m_ml;
  return v.ob_type.tp_name === 'builtin_function_or_method' && ml !== undefined && ml.ml_name === 'print';
}

export function PyNumber_Check(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || PyComplex_CheckName(o);
}
function PyComplex_CheckName(o: PyObject): boolean {
  return o.ob_type.tp_name === 'complex';
}

export function PyIndex_Check(o: PyObject): boolean {
  return o.ob_type.nb_index !== null;
}

/** sequence_repeat: `seq * n` where n must be an index. */
function sequence_repeat(repeat: (s: PyObject, n: number) => PyObject, seq: PyObject, n: PyObject): PyObject {
  if (!PyIndex_Check(n)) return PyErr_SetString(PyExc_TypeError, `can't multiply sequence by non-int of type '${tn(n)}'`);
  const count = PyNumber_AsSsize_t(n, PyExc_OverflowError);
  return repeat(seq, count);
}

export function PyNumber_Add(v: PyObject, w: PyObject): PyObject {
  const r = binary_op1(v, w, v.ob_type.nb_add, w.ob_type.nb_add);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const cat = v.ob_type.sq_concat;
  if (cat !== null) return cat(v, w);
  return binop_type_error(v, w, '+');
}

export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject {
  const r = binary_op1(v, w, v.ob_type.nb_multiply, w.ob_type.nb_multiply);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const mv = v.ob_type.sq_repeat;
  const mw = w.ob_type.sq_repeat;
  if (mv !== null) return sequence_repeat(mv, v, w);
  if (mw !== null) return sequence_repeat(mw, w, v);
  return binop_type_error(v, w, '*');
}

export const PyNumber_Subtract = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_subtract, w.ob_type.nb_subtract, '-');
export const PyNumber_Remainder = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_remainder, w.ob_type.nb_remainder, '%');
export const PyNumber_Divmod = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_divmod, w.ob_type.nb_divmod, 'divmod()');
export const PyNumber_Lshift = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_lshift, w.ob_type.nb_lshift, '<<');
export const PyNumber_Rshift = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_rshift, w.ob_type.nb_rshift, '>>');
export const PyNumber_And = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_and, w.ob_type.nb_and, '&');
export const PyNumber_Xor = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_xor, w.ob_type.nb_xor, '^');
export const PyNumber_Or = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_or, w.ob_type.nb_or, '|');
export const PyNumber_FloorDivide = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_floor_divide, w.ob_type.nb_floor_divide, '//');
export const PyNumber_TrueDivide = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_true_divide, w.ob_type.nb_true_divide, '/');
export const PyNumber_MatrixMultiply = (v: PyObject, w: PyObject): PyObject => binary_op(v, w, v.ob_type.nb_matrix_multiply, w.ob_type.nb_matrix_multiply, '@');

/** ternary_op for pow: z is Py_None for the 2-argument form. */
function ternary_op(v: PyObject, w: PyObject, z: PyObject, inplace: boolean, opname: string): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  if (inplace && vt.nb_inplace_power !== null) {
    const x = vt.nb_inplace_power(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  let x: PyObject;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = null;
    }
    x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (z !== Py_None) {
    const slotz = z.ob_type.nb_power;
    if (slotz !== null && slotz !== slotv && slotz !== slotw) {
      x = slotz(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
    }
    return PyErr_SetString(PyExc_TypeError,
      `unsupported operand type(s) for ${opname}: '${vt.tp_name}', '${wt.tp_name}', '${tn(z)}'`);
  }
  return PyErr_SetString(PyExc_TypeError, `unsupported operand type(s) for ${opname}: '${vt.tp_name}' and '${wt.tp_name}'`);
}

export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject = Py_None): PyObject {
  return ternary_op(v, w, z, false, '** or pow()');
}

export function PyNumber_InPlacePower(v: PyObject, w: PyObject, z: PyObject = Py_None): PyObject {
  return ternary_op(v, w, z, true, '**=');
}

/** binary_iop1's first step: v's in-place slot. null when v has none or it returned
 *  NotImplemented; the caller then applies the binary_op1 rules (reading the binary
 *  slots only after this call, as CPython does). */
function inplace_slot(v: PyObject, w: PyObject, islot: Slot2 | null): PyObject | null {
  if (islot === null) return null;
  const x = islot(v, w);
  if (x !== Py_NotImplemented) return x;
  Py_DECREF(x);
  return null;
}

export function PyNumber_InPlaceAdd(v: PyObject, w: PyObject): PyObject {
  const x = inplace_slot(v, w, v.ob_type.nb_inplace_add);
  if (x !== null) return x;
  const r = binary_op1(v, w, v.ob_type.nb_add, w.ob_type.nb_add);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const t = v.ob_type;
  if (t.sq_inplace_concat !== null) return t.sq_inplace_concat(v, w);
  if (t.sq_concat !== null) return t.sq_concat(v, w);
  return binop_type_error(v, w, '+=');
}

export function PyNumber_InPlaceMultiply(v: PyObject, w: PyObject): PyObject {
  const x = inplace_slot(v, w, v.ob_type.nb_inplace_multiply);
  if (x !== null) return x;
  const r = binary_op1(v, w, v.ob_type.nb_multiply, w.ob_type.nb_multiply);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const vt = v.ob_type;
  const wt = w.ob_type;
  if (vt.sq_inplace_repeat !== null) return sequence_repeat(vt.sq_inplace_repeat, v, w);
  if (vt.sq_repeat !== null) return sequence_repeat(vt.sq_repeat, v, w);
  if (wt.sq_repeat !== null) return sequence_repeat(wt.sq_repeat, w, v);
  return binop_type_error(v, w, '*=');
}

export function PyNumber_InPlaceSubtract(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_subtract) ?? binary_op(v, w, v.ob_type.nb_subtract, w.ob_type.nb_subtract, '-=');
}
export function PyNumber_InPlaceRemainder(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_remainder) ?? binary_op(v, w, v.ob_type.nb_remainder, w.ob_type.nb_remainder, '%=');
}
export function PyNumber_InPlaceLshift(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_lshift) ?? binary_op(v, w, v.ob_type.nb_lshift, w.ob_type.nb_lshift, '<<=');
}
export function PyNumber_InPlaceRshift(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_rshift) ?? binary_op(v, w, v.ob_type.nb_rshift, w.ob_type.nb_rshift, '>>=');
}
export function PyNumber_InPlaceAnd(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_and) ?? binary_op(v, w, v.ob_type.nb_and, w.ob_type.nb_and, '&=');
}
export function PyNumber_InPlaceXor(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_xor) ?? binary_op(v, w, v.ob_type.nb_xor, w.ob_type.nb_xor, '^=');
}
export function PyNumber_InPlaceOr(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_or) ?? binary_op(v, w, v.ob_type.nb_or, w.ob_type.nb_or, '|=');
}
export function PyNumber_InPlaceFloorDivide(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_floor_divide) ?? binary_op(v, w, v.ob_type.nb_floor_divide, w.ob_type.nb_floor_divide, '//=');
}
export function PyNumber_InPlaceTrueDivide(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_true_divide) ?? binary_op(v, w, v.ob_type.nb_true_divide, w.ob_type.nb_true_divide, '/=');
}
export function PyNumber_InPlaceMatrixMultiply(v: PyObject, w: PyObject): PyObject {
  return inplace_slot(v, w, v.ob_type.nb_inplace_matrix_multiply) ?? binary_op(v, w, v.ob_type.nb_matrix_multiply, w.ob_type.nb_matrix_multiply, '@=');
}

export function PyNumber_Negative(o: PyObject): PyObject {
  const f = o.ob_type.nb_negative;
  if (f === null) return PyErr_SetString(PyExc_TypeError, `bad operand type for unary -: '${tn(o)}'`);
  return f(o);
}

export function PyNumber_Positive(o: PyObject): PyObject {
  const f = o.ob_type.nb_positive;
  if (f === null) return PyErr_SetString(PyExc_TypeError, `bad operand type for unary +: '${tn(o)}'`);
  return f(o);
}

export function PyNumber_Invert(o: PyObject): PyObject {
  const f = o.ob_type.nb_invert;
  if (f === null) return PyErr_SetString(PyExc_TypeError, `bad operand type for unary ~: '${tn(o)}'`);
  return f(o);
}

export function PyNumber_Absolute(o: PyObject): PyObject {
  const f = o.ob_type.nb_absolute;
  if (f === null) return PyErr_SetString(PyExc_TypeError, `bad operand type for abs(): '${tn(o)}'`);
  return f(o);
}

/** _PyNumber_Index: an int (maybe of an int subclass) from __index__. */
export function _PyNumber_Index(o: PyObject): PyObject {
  if (PyLong_Check(o)) {
    Py_INCREF(o);
    return o;
  }
  const f = o.ob_type.nb_index;
  if (f === null) return PyErr_SetString(PyExc_TypeError, `'${tn(o)}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (!PyLong_CheckExact(r)) {
    if (!PyLong_Check(r)) {
      const t = tn(r);
      Py_DECREF(r);
      PyErr_SetString(PyExc_TypeError, `__index__ returned non-int (type ${t})`);
    }
    // 3.11 accepts an int subclass here with a DeprecationWarning (not modelled).
  }
  return r;
}

/** PyNumber_Index: an exact int. */
export function PyNumber_Index(o: PyObject): PyObject {
  const r = _PyNumber_Index(o);
  if (!PyLong_CheckExact(r)) {
    const c = _PyLong_Copy(r);
    Py_DECREF(r);
    return c;
  }
  return r;
}

/** PyNumber_AsSsize_t: __index__ as a JS number; past Py_ssize_t raises `exc` (or clamps when exc is null). */
export function PyNumber_AsSsize_t(o: PyObject, exc: PyTypeObject | null): number {
  const v = _PyNumber_Index(o);
  try {
    return PyLong_AsSsize_t(v);
  } catch (e) {
    if (!isPyExc(e, PyExc_OverflowError)) throw e;
    PyErr_Clear(e);
    if (exc === null) {
      // Clamp: the sign of the int decides (CPython _PyLong_Sign).
      return (v as unknown as { negative?: boolean }).negative ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    }
    return PyErr_SetString(exc, `cannot fit '${tn(o)}' into an index-sized integer`);
  } finally {
    Py_DECREF(v);
  }
}

/** PyNumber_Long: int(o) for a non-str, non-bytes argument, or a str/bytes parsed in base 10. */
export function PyNumber_Long(o: PyObject): PyObject {
  if (PyLong_CheckExact(o)) {
    Py_INCREF(o);
    return o;
  }
  const t = o.ob_type;
  if (t.nb_int !== null) {
    const r = t.nb_int(o);
    if (!PyLong_CheckExact(r)) {
      if (!PyLong_Check(r)) {
        const n = tn(r);
        Py_DECREF(r);
        PyErr_SetString(PyExc_TypeError, `__int__ returned non-int (type ${n})`);
      }
      const c = _PyLong_Copy(r);
      Py_DECREF(r);
      return c;
    }
    return r;
  }
  if (t.nb_index !== null) return PyNumber_Index(o);
  if (PyUnicode_Check(o)) return PyLong_FromUnicodeObject(o, 10);
  // int(b'12'), int(bytearray(b'12')): the bytes read as ASCII digits (_PyLong_FromBytes).
  const view = _PyObject_GetBufferView(o);
  if (view !== null) return _PyLong_FromBytes(view, 10);
  return PyErr_SetString(PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`);
}

/** PyNumber_Float: float(o). */
export function PyNumber_Float(o: PyObject): PyObject {
  if (PyFloat_CheckExact(o)) {
    Py_INCREF(o);
    return o;
  }
  const t = o.ob_type;
  if (t.nb_float !== null) {
    const r = t.nb_float(o);
    if (!PyFloat_CheckExact(r) && r.ob_type.nb_float === null) {
      const n = tn(r);
      Py_DECREF(r);
      PyErr_SetString(PyExc_TypeError, `${t.tp_name}.__float__ returned non-float (type ${n})`);
    }
    return r;
  }
  if (t.nb_index !== null) {
    const i = PyNumber_Index(o);
    try {
      return PyFloat_FromDouble(PyLong_AsDouble(i));
    } finally {
      Py_DECREF(i);
    }
  }
  // A str, or a bytes-like object (PyFloat_FromString takes both); anything else is refused there.
  return PyFloat_FromString(o);
}

// ---------------------------------------------------------------------------
// Items, length, membership

/** Whether the type has sequence methods at all (CPython: tp_as_sequence != NULL), for error wording. */
function hasSequenceMethods(t: PyTypeObject): boolean {
  return t.sq_item !== null || t.sq_length !== null || t.sq_concat !== null || t.sq_contains !== null;
}

export function PySequence_GetItem(s: PyObject, i: number): PyObject {
  const t = s.ob_type;
  if (t.sq_item !== null) {
    if (i < 0 && t.sq_length !== null) i += t.sq_length(s);
    return t.sq_item(s, i);
  }
  if (t.mp_subscript !== null) return PyErr_SetString(PyExc_TypeError, `${tn(s)} is not a sequence`);
  return PyErr_SetString(PyExc_TypeError, `'${tn(s)}' object does not support indexing`);
}

export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (PyIndex_Check(key)) return PySequence_GetItem(o, PyNumber_AsSsize_t(key, PyExc_IndexError));
    return PyErr_SetString(PyExc_TypeError, `sequence index must be integer, not '${tn(key)}'`);
  }
  if (PyType_Check(o)) {
    // type[int] is special-cased; other types need __class_getitem__ (so str[int] fails).
    if (o === PyType_Type) return Py_GenericAlias(o, key);
    const meth = _PyObject_LookupAttr(o, _Py_ID('__class_getitem__'));
    if (meth !== null && meth === Py_None) Py_DECREF(meth);
    else if (meth !== null) {
      try {
        return PyObject_CallOneArg(meth, key);
      } finally {
        Py_DECREF(meth);
      }
    }
    return PyErr_SetString(PyExc_TypeError, `type '${(o as PyTypeObject).tp_name}' is not subscriptable`);
  }
  return PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}

export function PyObject_SetItem(o: PyObject, key: PyObject, v: PyObject): void {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, v);
    return;
  }
  if (hasSequenceMethods(t)) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (t.sq_ass_item !== null) {
        if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
        t.sq_ass_item(o, i, v);
        return;
      }
    } else if (t.sq_ass_item !== null) {
      PyErr_SetString(PyExc_TypeError, `sequence index must be integer, not '${tn(key)}'`);
    }
  }
  PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object does not support item assignment`);
}

export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, null);
    return;
  }
  if (hasSequenceMethods(t)) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (t.sq_ass_item !== null) {
        if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
        t.sq_ass_item(o, i, null);
        return;
      }
      PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object doesn't support item deletion`);
    } else if (t.sq_ass_item !== null) {
      PyErr_SetString(PyExc_TypeError, `sequence index must be integer, not '${tn(key)}'`);
    }
  }
  PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object does not support item deletion`);
}

/** len(): sq_length, then mp_length. */
export function PyObject_Size(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  return PyErr_SetString(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}
export const PyObject_Length = PyObject_Size;

/** `v in seq`: sq_contains, else a linear search over iter(seq) (_PySequence_IterSearch). */
export function PySequence_Contains(seq: PyObject, v: PyObject): boolean {
  const f = seq.ob_type.sq_contains;
  if (f !== null) return f(seq, v);
  return PySequence_Contains_IterSearch(seq, v);
}

/** _PySequence_IterSearch(seq, v, PY_ITERSEARCH_CONTAINS). */
export function PySequence_Contains_IterSearch(seq: PyObject, v: PyObject): boolean {
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (isPyExc(e, PyExc_TypeError)) {
      PyErr_Clear(e);
      PyErr_SetString(PyExc_TypeError, `argument of type '${tn(seq)}' is not iterable`);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return false;
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(item, v, CompareOp.EQ);
      } finally {
        Py_DECREF(item);
      }
      if (eq) return true;
    }
  } finally {
    Py_DECREF(it);
  }
}

// ---------------------------------------------------------------------------
// isinstance / issubclass (Objects/abstract.c object_recursive_isinstance)

/** truth of checker(arg) for __instancecheck__/__subclasscheck__; consumes checker. */
function callCheck(checker: PyObject, arg: PyObject, where: string): boolean {
  try {
    _Py_EnterRecursiveCall(where);
    let r: PyObject;
    try {
      r = PyObject_CallOneArg(checker, arg);
    } finally {
      _Py_LeaveRecursiveCall();
    }
    try {
      return PyObject_IsTrue(r);
    } finally {
      Py_DECREF(r);
    }
  } finally {
    Py_DECREF(checker);
  }
}

/** A tuple of classes is walked inside the guard ("not a general sequence -- that opens
 *  up the road to recursion and stack overflow"): ((C,),) nested deeply raises. */
function anyInTuple(items: PyObject[], test: (item: PyObject) => boolean, where: string): boolean {
  _Py_EnterRecursiveCall(where);
  try {
    for (let i = 0; i < items.length; i++) if (test(items[i])) return true;
    return false;
  } finally {
    _Py_LeaveRecursiveCall();
  }
}

export function PyObject_IsInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.ob_type === cls) return true;
  if (cls.ob_type === PyType_Type) return PyType_IsSubtype(inst.ob_type, cls as PyTypeObject);
  // A union (int | str) is checked as the tuple of its members.
  if (_PyUnion_Check(cls)) cls = _Py_union_args(cls);
  if (PyTuple_Check(cls)) {
    return anyInTuple((cls as PyTupleObject).ob_item, (c) => PyObject_IsInstance(inst, c), ' in __instancecheck__');
  }
  const checker = _PyObject_LookupSpecial(cls, _Py_ID('__instancecheck__'));
  if (checker !== null) return callCheck(checker, inst, ' in __instancecheck__');
  return PyErr_SetString(PyExc_TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function PyObject_IsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === PyType_Type) {
    if (derived === cls) return true;
    if (!PyType_Check(derived)) PyErr_SetString(PyExc_TypeError, 'issubclass() arg 1 must be a class');
    return PyType_IsSubtype(derived as PyTypeObject, cls as PyTypeObject);
  }
  if (_PyUnion_Check(cls)) cls = _Py_union_args(cls);
  if (PyTuple_Check(cls)) {
    return anyInTuple((cls as PyTupleObject).ob_item, (c) => PyObject_IsSubclass(derived, c), ' in __subclasscheck__');
  }
  const checker = _PyObject_LookupSpecial(cls, _Py_ID('__subclasscheck__'));
  if (checker !== null) return callCheck(checker, derived, ' in __subclasscheck__');
  if (!PyType_Check(derived)) PyErr_SetString(PyExc_TypeError, 'issubclass() arg 1 must be a class');
  return PyErr_SetString(PyExc_TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

// ---------------------------------------------------------------------------
// format()

/** PyObject_Format: format(o, spec) via type(o).__format__. */
export function PyObject_Format(o: PyObject, spec: PyObject | null): PyObject {
  if (spec === null || (spec as PyUnicodeObject).str.length === 0) {
    if (PyUnicode_CheckExact(o)) {
      Py_INCREF(o);
      return o;
    }
    if (PyLong_CheckExact(o)) return PyObject_Str(o);
  }
  // The spec is passed on borrowed; only a missing one is replaced by a new empty str.
  const empty = spec === null ? PyUnicode_FromString('') : null;
  const fmt = spec ?? (empty as PyObject);
  try {
    const meth = _PyObject_LookupSpecial(o, _Py_ID('__format__'));
    if (meth === null) return PyErr_SetString(PyExc_TypeError, `Type ${tn(o)} doesn't define __format__`);
    let r: PyObject;
    try {
      r = PyObject_CallOneArg(meth, fmt);
    } finally {
      Py_DECREF(meth);
    }
    if (!PyUnicode_Check(r)) {
      const t = tn(r);
      Py_DECREF(r);
      PyErr_SetString(PyExc_TypeError, `__format__ must return a str, not ${t}`);
    }
    return r;
  } finally {
    if (empty !== null) Py_DECREF(empty);
  }
}

/** StopIteration as a plain "exhausted" signal: returns true (and clears it) when `e` is one. */
export function _PyErr_IsStopIteration(e: unknown): boolean {
  if (isPyExc(e, PyExc_StopIteration)) {
    PyErr_Clear(e);
    return true;
  }
  return false;
}

