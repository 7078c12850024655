// Raising and matching Python exceptions (Python/errors.c).
//
// A Python exception travels through the TypeScript call stack as a thrown
// PyException (not an Error: no JS stack capture, it is a hot path). Like
// CPython 3.11's (curexc_type, curexc_value) pair, a freshly raised exception is
// *not normalized*: PyErr_SetString stores the type and the message string, and
// the exception instance is only created (the args tuple too) when someone needs
// it — the eval loop when a handler catches it, or the traceback printer. An
// error that C code raises and clears again (hasattr, getattr with a default,
// dict lookups) therefore never allocates an instance, exactly as in CPython, so
// ids and gc counts stay the same. Code that swallows a PyException must release
// it with PyErr_Clear(e).

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags } from './object';
import { PyUnicode_FromString } from './unicodeobject';
import { PyTuple_Check } from './tupleobject';
import { Py_None } from './singletons';
import { PyObject_Call, PyObject_CallNoArgs, PyObject_CallOneArg } from './abstract';
import { PyType_IsSubtype } from './typeobject';
import { PyExc_MemoryError, PyExc_TypeError } from './exceptions';
import { tstate } from '../vm/pystate';

export class PyException {
  /** The exception class (curexc_type). Borrowed: the raising code or the instance keeps it alive. */
  type: PyTypeObject;
  /** Owned: the raw value (message string, args tuple, null) until normalized, then the instance. */
  private _value: PyObject | null;
  private _normalized: boolean;
  /** Owned traceback object (the VM's), or null. */
  traceback: PyObject | null = null;

  /** `new PyException(instance)` takes over an owned reference to an exception instance. */
  constructor(value: PyObject) {
    this.type = value.ob_type;
    this._value = value;
    this._normalized = true;
  }

  /** An unnormalized exception: type plus an owned raw value (or null). */
  static lazy(type: PyTypeObject, raw: PyObject | null): PyException {
    const e = new PyException(type);
    e.type = type;
    e._value = raw;
    e._normalized = false;
    return e;
  }

  /** The value as stored, without normalizing (a message str, an args tuple, null, or the
   *  instance): for a debugger, which must not create the instance a program never asked for. */
  get rawValue(): PyObject | null {
    return this._value;
  }

  get normalized(): boolean {
    return this._normalized;
  }

  /** The exception instance (an owned reference held by this PyException);
   *  creates it on first use (PyErr_NormalizeException). */
  get value(): PyObject {
    if (!this._normalized) this.normalize();
    return this._value as PyObject;
  }

  /** Gives the instance to the caller (the reference moves out; this PyException is spent). */
  takeValue(): PyObject {
    const v = this.value;
    this._value = null;
    Py_XDECREF(this.traceback);
    this.traceback = null;
    return v;
  }

  /** _PyErr_NormalizeException: builds the instance from (type, raw value). If the
   *  constructor itself raises, that exception replaces this one (as in CPython). */
  normalize(): void {
    if (this._normalized) return;
    const raw = this._value;
    if (raw !== null && PyExceptionInstance_Check(raw) && PyType_IsSubtype(raw.ob_type, this.type)) {
      this.type = raw.ob_type;
      this._normalized = true;
      return;
    }
    let inst: PyObject;
    // _PyErr_NormalizeException raises tstate->recursion_headroom while it works: the
    // call of the exception type passes _PyObject_MakeTpCall's recursion guard even
    // when the exception is the RecursionError that guard raised at the limit.
    const t = tstate;
    t.recursion_headroom++;
    try {
      inst = _PyErr_CreateException(this.type, raw);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      // The constructor failed: its exception becomes ours.
      Py_XDECREF(raw);
      const v = e.value;
      this.type = v.ob_type;
      this._value = v;
      this._normalized = true;
      return;
    } finally {
      t.recursion_headroom--;
    }
    Py_XDECREF(raw);
    this.type = inst.ob_type;
    this._value = inst;
    this._normalized = true;
  }

  /** Drops the references this exception holds (PyErr_Clear). */
  clear(): void {
    const v = this._value;
    this._value = null;
    if (v !== null) Py_DECREF(v);
    const tb = this.traceback;
    this.traceback = null;
    if (tb !== null) Py_DECREF(tb);
  }
}

export function PyExceptionClass_Check(o: PyObject): o is PyTypeObject {
  return o instanceof PyTypeObject && (o.tp_flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0;
}

export function PyExceptionInstance_Check(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0;
}

/** Python/errors.c _PyErr_CreateException: type(), type(*tuple) or type(value). */
function _PyErr_CreateException(type: PyTypeObject, value: PyObject | null): PyObject {
  let inst: PyObject;
  if (value === null || value === Py_None) inst = PyObject_CallNoArgs(type);
  else if (PyTuple_Check(value)) inst = PyObject_Call(type, value, null);
  else inst = PyObject_CallOneArg(type, value);
  if (!PyExceptionInstance_Check(inst)) {
    const tn = inst.ob_type.tp_name;
    Py_DECREF(inst);
    PyErr_SetString(PyExc_TypeError,
      `calling ${type.tp_name} should have returned an instance of BaseException, not ${tn}`);
  }
  return inst;
}

/** Releases a caught exception that is not re-raised (PyErr_Clear). */
export function PyErr_Clear(e: PyException): void {
  e.clear();
}

/** PyErr_SetObject: raises `type` with `value` (borrowed: an instance, a tuple of args, or a single arg). */
export function PyErr_SetObject(type: PyTypeObject, value: PyObject | null): never {
  if (value !== null) Py_INCREF(value);
  throw PyException.lazy(type, value);
}

/** PyErr_SetString: the message becomes a str object now; the instance is made on normalization. */
export function PyErr_SetString(type: PyTypeObject, msg: string): never {
  throw PyException.lazy(type, PyUnicode_FromString(msg));
}

/** PyErr_Format: callers format the message with a template literal (%U, %R... done by the caller). */
export const PyErr_Format: (type: PyTypeObject, msg: string) => never = PyErr_SetString;

export function PyErr_SetNone(type: PyTypeObject): never {
  throw PyException.lazy(type, null);
}

/** PyErr_NoMemory. */
export function PyErr_NoMemory(): never {
  throw PyException.lazy(PyExc_MemoryError, null);
}

/** Raises an existing exception instance (borrowed: a new reference is taken). */
export function PyErr_SetRaisedInstance(inst: PyObject): never {
  Py_INCREF(inst);
  throw new PyException(inst);
}

/** PyErr_GivenExceptionMatches: exc is an instance or a class; type a class or a tuple of classes. */
export function PyErr_GivenExceptionMatches(exc: PyObject, type: PyObject): boolean {
  if (exc === type) return true;
  if (PyTuple_Check(type)) {
    const items = (type as unknown as { ob_item: PyObject[] }).ob_item;
    for (let i = 0; i < items.length; i++) if (PyErr_GivenExceptionMatches(exc, items[i])) return true;
    return false;
  }
  const cls = PyExceptionInstance_Check(exc) ? exc.ob_type : exc;
  if (PyExceptionClass_Check(cls) && PyExceptionClass_Check(type)) return PyType_IsSubtype(cls, type);
  return cls === type;
}

/** PyErr_ExceptionMatches for a caught PyException (does not normalize it). */
export function PyErr_ExceptionMatches(e: PyException, type: PyObject): boolean {
  return PyErr_GivenExceptionMatches(e.type, type);
}

/** True when `e` is a PyException whose type is a subclass of `type` (for catch blocks). */
export function isPyExc(e: unknown, type: PyTypeObject): e is PyException {
  return e instanceof PyException && (e.type === type || PyType_IsSubtype(e.type, type));
}

/** Where PyErr_WriteUnraisable reports (the VM installs one that prints
 *  "Exception ignored in: <obj repr>" and the traceback to sys.stderr). */
export const unraisableHook: { fn: ((e: PyException, obj: PyObject | null) => void) | null } = { fn: null };

/** PyErr_WriteUnraisable: an exception that cannot propagate (e.g. raised by __del__) is
 *  reported and dropped. */
export function PyErr_WriteUnraisable(e: PyException, obj: PyObject | null): void {
  if (unraisableHook.fn !== null) unraisableHook.fn(e, obj);
  e.clear();
}
