// Generators (Objects/genobject.c, 3.11). Calling a generator function runs its
// frame up to RETURN_GENERATOR, which moves the frame into a new generator
// object (gi_iframe) and returns it; next()/send() resume that frame in a new
// activation of the eval loop (gen_send_ex2), as CPython 3.11 does through C.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags } from '../objects/object';
import type { RefVisitor } from '../objects/object';
import { PyType_Type } from '../objects/typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from '../objects/objalloc';
import {
  PyException, PyErr_SetString, PyErr_Clear, PyExceptionClass_Check, PyExceptionInstance_Check, PyErr_SetObject,
  PyErr_WriteUnraisable,
} from '../objects/errors';
import {
  PyExc_StopIteration, PyExc_ValueError, PyExc_TypeError, PyExc_GeneratorExit, PyExc_RuntimeError,
} from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { Py_True, Py_False } from '../objects/boolobject';
import { PyUnicode_FromString, PyUnicode_AsString } from '../objects/unicodeobject';
import { PyTuple_Check } from '../objects/tupleobject';
import { PyObject_CallOneArg, PyObject_GetAttr, PyObject_CallNoArgs, PyObject_Vectorcall, _Py_ID } from '../objects/abstract';
import { METH } from '../objects/methoddef';
import type { PyMethodDef } from '../objects/methoddef';
import { InterpreterFrame, _PyFrame_Clear, _PyFrame_GetFrameObject } from './frame';
import type { PyFunctionObject } from '../objects/funcobject';
import { ExcStackItem, tstate } from './pystate';
import { _PyEval_EvalFrame } from './ceval';
import { asExc } from './excutil';
import { addrHex } from './vmutil';

/** gi_frame_state (Include/internal/pycore_frame.h PyFrameState). */
export const enum GenState {
  CREATED = -2,
  SUSPENDED = -1,
  EXECUTING = 0,
  COMPLETED = 1,
  CLEARED = 4,
}

export const enum PySendResult {
  RETURN = 0,
  ERROR = -1,
  NEXT = 1,
}

/** offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus). */
const GEN_BASICSIZE = 152;

export const PyGen_Type = new PyTypeObject(PyType_Type, 'generator', GEN_BASICSIZE, 8, TypeFlags.HAVE_GC);

export class PyGenObject extends PyObject {
  gi_iframe: InterpreterFrame;
  gi_code: PyObject;
  gi_name: PyObject;
  gi_qualname: PyObject;
  gi_frame_state: GenState = GenState.CLEARED;
  readonly gi_exc_state = new ExcStackItem();
  constructor(frame: InterpreterFrame, func: PyFunctionObject) {
    super(PyGen_Type);
    this.gi_iframe = frame;
    this.gi_code = func.func_code;
    this.gi_name = func.func_name;
    this.gi_qualname = func.func_qualname;
  }
}

export function PyGen_CheckExact(o: PyObject): o is PyGenObject {
  return o.ob_type === PyGen_Type;
}

/** _Py_MakeCoro / make_gen: a generator for func; RETURN_GENERATOR then moves the frame in. */
export function _Py_MakeCoro(func: PyFunctionObject): PyGenObject {
  const code = func.func_code;
  const frame = new InterpreterFrame(code, null, Py_None, Py_None, null);
  const gen = new PyGenObject(frame, func);
  frame.gen = gen;
  const slots = code.co_nlocalsplus + code.co_stacksize;
  _PyObject_GC_New(gen, GEN_BASICSIZE + 8 * slots);
  gen.gi_frame_state = GenState.CLEARED;
  Py_INCREF(code);
  Py_INCREF(func.func_name);
  Py_INCREF(func.func_qualname);
  PyObject_GC_Track(gen);
  return gen;
}

/** gen_send_ex2: resumes the generator with `arg` (null: next()), or raises `exc`
 *  into it. The result (new reference) goes to out.value. */
export function gen_send_ex2(gen: PyGenObject, arg: PyObject | null, out: { value: PyObject | null },
  exc: PyException | false, closing: boolean): PySendResult {
  const frame = gen.gi_iframe;
  out.value = null;
  if (gen.gi_frame_state === GenState.CREATED && arg !== null && arg !== Py_None) {
    if (exc) exc.clear();
    PyErr_SetString(PyExc_TypeError, "can't send non-None value to a just-started generator");
  }
  if (gen.gi_frame_state === GenState.EXECUTING) {
    if (exc) exc.clear();
    PyErr_SetString(PyExc_ValueError, 'generator already executing');
  }
  if (gen.gi_frame_state >= GenState.COMPLETED) {
    if (arg !== null && !exc) {
      Py_INCREF(Py_None);
      out.value = Py_None;
      return PySendResult.RETURN;
    }
    if (exc) throw exc;
    return PySendResult.ERROR;
  }
  const result0 = arg ?? Py_None;
  Py_INCREF(result0);
  frame.localsplus[frame.stacktop++] = result0;
  const ts = tstate;
  gen.gi_exc_state.previous_item = ts.exc_info;
  ts.exc_info = gen.gi_exc_state;
  gen.gi_frame_state = GenState.EXECUTING;
  let result: PyObject | null = null;
  let error: unknown = null;
  try {
    result = _PyEval_EvalFrame(frame, exc || null);
  } catch (e) {
    error = e;
  }
  if (gen.gi_frame_state === GenState.EXECUTING) gen.gi_frame_state = GenState.COMPLETED;
  ts.exc_info = gen.gi_exc_state.previous_item as ExcStackItem;
  gen.gi_exc_state.previous_item = null;
  frame.previous = null;
  if (error !== null && !(error instanceof PyException)) throw error;
  if (result !== null) {
    if ((gen.gi_frame_state as GenState) === GenState.SUSPENDED) {
      out.value = result;
      return PySendResult.NEXT;
    }
    if (result === Py_None && arg === null) {
      Py_DECREF(result);
      result = null;
    }
  } else {
    const e = error as PyException;
    if (e.type === PyExc_StopIteration || isSubclass(e.type, PyExc_StopIteration)) {
      // _PyErr_FormatFromCause(RuntimeError, "generator raised StopIteration")
      const cause = e.value;
      Py_INCREF(cause);
      e.clear();
      const re = PyException.lazy(PyExc_RuntimeError, PyUnicode_FromString('generator raised StopIteration'));
      const v = re.value;
      Py_INCREF(cause);
      const ex = asExc(v);
      Py_XDECREF(ex.cause);
      ex.cause = cause;
      ex.suppress_context = true;
      Py_XDECREF(ex.context);
      ex.context = cause;
      error = re;
    }
  }
  // The generator can't be rerun: release its frame.
  const ev = gen.gi_exc_state.exc_value;
  gen.gi_exc_state.exc_value = null;
  Py_XDECREF(ev);
  gen.gi_frame_state = GenState.CLEARED;
  frame.previous = null;
  _PyFrame_Clear(frame);
  if (result === null && error !== null) throw error;
  out.value = result;
  return PySendResult.RETURN;
}

function isSubclass(t: PyTypeObject, base: PyTypeObject): boolean {
  return t === base || t.tp_mro_list.includes(base);
}

/** _PyGen_SetStopIterationValue. */
function setStopIterationValue(value: PyObject): never {
  if (!PyTuple_Check(value) && !PyExceptionInstance_Check(value)) PyErr_SetObject(PyExc_StopIteration, value);
  const e = PyObject_CallOneArg(PyExc_StopIteration, value);
  throw new PyException(e);
}

/** gen_send_ex2's result cell for gen_send_ex (scratch, read right after the call). */
const out = { value: null as PyObject | null };

/** gen_send_ex: send/throw helper that turns a return into StopIteration. */
function gen_send_ex(gen: PyGenObject, arg: PyObject | null, exc: PyException | false, closing: boolean): PyObject {
  const o = { value: null as PyObject | null };
  if (gen_send_ex2(gen, arg, o, exc, closing) === PySendResult.RETURN) {
    const result = o.value as PyObject;
    if (result === Py_None) {
      Py_DECREF(result);
      throw PyException.lazy(PyExc_StopIteration, null);
    }
    try {
      setStopIterationValue(result);
    } finally {
      Py_DECREF(result);
    }
  }
  return o.value as PyObject;
}

/** gen_iternext (tp_iternext): null when the generator returned None. */
function gen_iternext(self: PyObject): PyObject | null {
  const gen = self as PyGenObject;
  if (gen_send_ex2(gen, null, out, false, false) === PySendResult.RETURN) {
    const result = out.value;
    out.value = null;
    if (result !== null && result !== Py_None) {
      try {
        setStopIterationValue(result);
      } finally {
        Py_DECREF(result);
      }
    }
    if (result !== null) Py_DECREF(result);
    return null;
  }
  const r = out.value;
  out.value = null;
  return r;
}

/** _PyGen_yf: the sub-iterator of a `yield from` the generator is suspended in. */
function _PyGen_yf(gen: PyGenObject): PyObject | null {
  if (gen.gi_frame_state >= GenState.CLEARED || gen.gi_frame_state === GenState.CREATED) return null;
  const frame = gen.gi_iframe;
  const code = frame.f_code.co_code;
  const next = frame.prev_instr + 1;
  if (2 * next >= code.length || code[2 * next] !== 151 /* RESUME */ || code[2 * next + 1] < 2) return null;
  const yf = frame.localsplus[frame.stacktop - 1] as PyObject;
  Py_INCREF(yf);
  return yf;
}

function gen_close_iter(yf: PyObject): void {
  if (PyGen_CheckExact(yf)) {
    const r = gen_close(yf);
    Py_DECREF(r);
    return;
  }
  let meth: PyObject;
  try {
    meth = PyObject_GetAttr(yf, _Py_ID('close'));
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_Clear(e);
    return;
  }
  try {
    const r = PyObject_CallNoArgs(meth);
    Py_DECREF(r);
  } finally {
    Py_DECREF(meth);
  }
}

/** gen.close() */
function gen_close(self: PyObject): PyObject {
  const gen = self as PyGenObject;
  const yf = _PyGen_yf(gen);
  let err: PyException | null = null;
  if (yf !== null) {
    const state = gen.gi_frame_state;
    gen.gi_frame_state = GenState.EXECUTING;
    try {
      gen_close_iter(yf);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      err = e;
    }
    gen.gi_frame_state = state;
    Py_DECREF(yf);
  }
  const toRaise = err ?? PyException.lazy(PyExc_GeneratorExit, null);
  let retval: PyObject;
  try {
    retval = gen_send_ex(gen, Py_None, toRaise, true);
  } catch (e) {
    if (e instanceof PyException && (isSubclass(e.type, PyExc_StopIteration) || isSubclass(e.type, PyExc_GeneratorExit))) {
      PyErr_Clear(e);
      Py_INCREF(Py_None);
      return Py_None;
    }
    throw e;
  }
  Py_DECREF(retval);
  return PyErr_SetString(PyExc_RuntimeError, 'generator ignored GeneratorExit');
}

/** gen.send(value) */
function gen_send(self: PyObject, arg: PyObject): PyObject {
  return gen_send_ex(self as PyGenObject, arg, false, false);
}

/** _gen_throw */
function _gen_throw(gen: PyGenObject, close_on_genexit: boolean, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  const yf = _PyGen_yf(gen);
  if (yf !== null) {
    let ret: PyObject | null = null;
    let thrown: unknown = null;
    if (close_on_genexit && isSubclass(PyExceptionClass_Check(typ) ? typ : typ.ob_type, PyExc_GeneratorExit)) {
      const state = gen.gi_frame_state;
      gen.gi_frame_state = GenState.EXECUTING;
      let e0: PyException | null = null;
      try {
        gen_close_iter(yf);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        e0 = e;
      }
      gen.gi_frame_state = state;
      Py_DECREF(yf);
      if (e0 !== null) return gen_send_ex(gen, Py_None, e0, false);
      return throw_here(gen, typ, val, tb);
    }
    const frame = gen.gi_iframe;
    if (PyGen_CheckExact(yf)) {
      const prev = tstate.frame;
      frame.previous = prev;
      tstate.frame = frame;
      const state = gen.gi_frame_state;
      gen.gi_frame_state = GenState.EXECUTING;
      try {
        ret = _gen_throw(yf, close_on_genexit, typ, val, tb);
      } catch (e) {
        thrown = e;
      }
      gen.gi_frame_state = state;
      tstate.frame = prev;
      frame.previous = null;
    } else {
      let meth: PyObject | null = null;
      try {
        meth = PyObject_GetAttr(yf, _Py_ID('throw'));
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        PyErr_Clear(e);
      }
      if (meth === null) {
        Py_DECREF(yf);
        return throw_here(gen, typ, val, tb);
      }
      const state = gen.gi_frame_state;
      gen.gi_frame_state = GenState.EXECUTING;
      try {
        const args = [typ];
        if (val !== null) args.push(val);
        if (tb !== null) args.push(tb);
        ret = PyObject_Vectorcall(meth, args, args.length, null);
      } catch (e) {
        thrown = e;
      }
      gen.gi_frame_state = state;
      Py_DECREF(meth);
    }
    Py_DECREF(yf);
    if (ret === null) {
      if (!(thrown instanceof PyException)) throw thrown;
      // Pop the sub-iterator and jump past the SEND loop.
      const sub = frame.localsplus[--frame.stacktop] as PyObject;
      Py_DECREF(sub);
      const sendIdx = frame.prev_instr - 1;
      frame.prev_instr = frame.f_code.co_code[2 * sendIdx + 1] - 1;
      if (isSubclass(thrown.type, PyExc_StopIteration)) {
        const v = thrown.value;
        const sv = (v as PyObject & { value?: PyObject }).value ?? Py_None;
        Py_INCREF(sv);
        thrown.clear();
        try {
          return gen_send(gen, sv);
        } finally {
          Py_DECREF(sv);
        }
      }
      return gen_send_ex(gen, Py_None, thrown, false);
    }
    return ret;
  }
  return throw_here(gen, typ, val, tb);
}

function throw_here(gen: PyGenObject, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  if (tb === Py_None) tb = null;
  else if (tb !== null && tb.ob_type.tp_name !== 'traceback') {
    PyErr_SetString(PyExc_TypeError, 'throw() third argument must be a traceback object');
  }
  let e: PyException;
  if (PyExceptionClass_Check(typ)) {
    if (val !== null) Py_INCREF(val);
    e = PyException.lazy(typ, val === Py_None ? (Py_DECREF(val as PyObject), null) : val);
    e.normalize();
  } else if (PyExceptionInstance_Check(typ)) {
    if (val !== null && val !== Py_None) PyErr_SetString(PyExc_TypeError, 'instance exception may not have a separate value');
    Py_INCREF(typ);
    e = new PyException(typ);
    if (tb === null) tb = asExc(typ).traceback;
  } else {
    return PyErr_SetString(PyExc_TypeError,
      `exceptions must be classes or instances deriving from BaseException, not ${typ.ob_type.tp_name}`);
  }
  if (tb !== null) {
    Py_INCREF(tb);
    e.traceback = tb;
  }
  return gen_send_ex(gen, Py_None, e, false);
}

/** gen.throw(typ[, val[, tb]]) */
function gen_throw(self: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs < 1 || nargs > 3) {
    PyErr_SetString(PyExc_TypeError, nargs < 1 ? 'throw expected at least 1 argument, got 0' : `throw expected at most 3 arguments, got ${nargs}`);
  }
  return _gen_throw(self as PyGenObject, true, args[0], nargs > 1 ? args[1] : null, nargs > 2 ? args[2] : null);
}

/** _PyGen_Finalize (tp_finalize): close a suspended generator when it dies. */
function _PyGen_Finalize(self: PyObject): void {
  const gen = self as PyGenObject;
  if (gen.gi_frame_state >= GenState.COMPLETED) return;
  try {
    const r = gen_close(gen);
    Py_DECREF(r);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    writeUnraisable(e, gen);
  }
}

function writeUnraisable(e: PyException, obj: PyObject): void {
  PyErr_WriteUnraisable(e, obj);
}

function gen_dealloc(self: PyObject): void {
  const gen = self as PyGenObject;
  PyObject_GC_UnTrack(gen);
  PyObject_GC_Track(gen);
  // PyObject_CallFinalizerFromDealloc: resurrect while the finalizer runs.
  if (!gen.gc_finalized && gen.gi_frame_state < GenState.COMPLETED) {
    gen.ob_refcnt = 1;
    gen.gc_finalized = true;
    _PyGen_Finalize(gen);
    if (--gen.ob_refcnt !== 0) return; // resurrected
  }
  PyObject_GC_UnTrack(gen);
  if (gen.gi_frame_state < GenState.CLEARED) {
    const frame = gen.gi_iframe;
    gen.gi_frame_state = GenState.CLEARED;
    frame.previous = null;
    _PyFrame_Clear(frame);
  }
  Py_DECREF(gen.gi_code);
  Py_DECREF(gen.gi_name);
  Py_DECREF(gen.gi_qualname);
  const ev = gen.gi_exc_state.exc_value;
  gen.gi_exc_state.exc_value = null;
  Py_XDECREF(ev);
  PyObject_GC_Del(gen);
}

function gen_refs(self: PyObject, visit: RefVisitor): void {
  const gen = self as PyGenObject;
  visit(gen.gi_code, 'gi_code');
  visit(gen.gi_name, '__name__');
  visit(gen.gi_qualname, '__qualname__');
  if (gen.gi_frame_state < GenState.CLEARED) {
    const frame = gen.gi_iframe;
    if (frame.f_func !== null) visit(frame.f_func, 'gi_frame.f_func');
    visit(frame.f_code, 'gi_frame.f_code');
    if (frame.f_locals !== null) visit(frame.f_locals, 'gi_frame.f_locals');
    if (frame.frame_obj !== null) visit(frame.frame_obj, 'gi_frame');
    const names = frame.f_code.localsplusnames;
    const ls = frame.localsplus;
    for (let i = 0; i < frame.stacktop; i++) {
      const v = ls[i];
      if (v !== null) {
        visit(v, i < names.length ? `gi_frame local ${PyUnicode_AsString(names[i])}` : `gi_frame stack[${i - names.length}]`);
      }
    }
  }
  if (gen.gi_exc_state.exc_value !== null) visit(gen.gi_exc_state.exc_value, 'gi_exc_state');
}

const gen_methods: PyMethodDef[] = [
  { ml_name: 'send', ml_meth: gen_send, ml_flags: METH.O },
  { ml_name: 'throw', ml_meth: gen_throw, ml_flags: METH.FASTCALL },
  { ml_name: 'close', ml_meth: gen_close, ml_flags: METH.NOARGS },
];

PyGen_Type.tp_dealloc = gen_dealloc;
PyGen_Type.tp_iter = (self) => {
  Py_INCREF(self);
  return self;
};
PyGen_Type.tp_iternext = gen_iternext;
PyGen_Type.tp_finalize = _PyGen_Finalize;
PyGen_Type.tp_traverse = gen_refs;
PyGen_Type.tp_refs = gen_refs;
PyGen_Type.tp_methods = gen_methods;
PyGen_Type.tp_repr = (self) => {
  const gen = self as PyGenObject;
  return PyUnicode_FromString(`<generator object ${PyUnicode_AsString(gen.gi_qualname)} at ${addrHex(gen)}>`);
};
PyGen_Type.tp_sizeof = (self) => {
  const code = (self as PyGenObject).gi_iframe.f_code;
  return GEN_BASICSIZE + 8 * (code.co_nlocalsplus + code.co_stacksize);
};
PyGen_Type.tp_getset = [
  { name: '__name__', get: (s) => { const n = (s as PyGenObject).gi_name; Py_INCREF(n); return n; }, set: null },
  { name: '__qualname__', get: (s) => { const n = (s as PyGenObject).gi_qualname; Py_INCREF(n); return n; }, set: null },
  { name: 'gi_code', get: (s) => { const n = (s as PyGenObject).gi_code; Py_INCREF(n); return n; }, set: null },
  {
    name: 'gi_running', get: (s) => {
      const b = (s as PyGenObject).gi_frame_state === GenState.EXECUTING ? Py_True : Py_False;
      Py_INCREF(b);
      return b;
    }, set: null,
  },
  {
    name: 'gi_suspended', get: (s) => {
      const b = (s as PyGenObject).gi_frame_state === GenState.SUSPENDED ? Py_True : Py_False;
      Py_INCREF(b);
      return b;
    }, set: null,
  },
  {
    name: 'gi_frame', get: (s) => {
      const gen = s as PyGenObject;
      if (gen.gi_frame_state >= GenState.CLEARED) {
        Py_INCREF(Py_None);
        return Py_None;
      }
      const f = _PyFrame_GetFrameObject(gen.gi_iframe);
      Py_INCREF(f);
      return f;
    }, set: null,
  },
  {
    name: 'gi_yieldfrom', get: (s) => {
      const yf = _PyGen_yf(s as PyGenObject);
      if (yf === null) {
        Py_INCREF(Py_None);
        return Py_None;
      }
      return yf;
    }, set: null,
  },
];
