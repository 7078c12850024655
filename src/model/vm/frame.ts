// Frames (Include/internal/pycore_frame.h, Python/frame.c, Objects/frameobject.c).
// An InterpreterFrame is 3.11's _PyInterpreterFrame: not a Python object, just the
// activation record — code, function, globals, and `localsplus`, one JS array
// holding the fast locals, cells and free variables followed by the value stack.
// A frame *object* (PyFrameObject, type `frame`) is only made when something asks
// for it (a traceback entry, sys._getframe); if it outlives the activation, it
// takes ownership of the locals (take_ownership), which is why a traceback keeps
// a finished function's locals alive.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags } from '../objects/object';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from '../objects/trashcan';
import type { RefVisitor } from '../objects/object';
import { PyType_Type } from '../objects/typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_IS_TRACKED } from '../objects/objalloc';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { PyLong_FromNumber } from '../objects/longobject';
import { Py_None } from '../objects/singletons';
import type { PyCodeObject } from '../objects/codeobject';
import type { PyFunctionObject } from '../objects/funcobject';
import { addrHex } from './vmutil';
import { tstate } from './pystate';

/** _PyInterpreterFrame.owner */
export const enum FrameOwner {
  THREAD = 0,
  GENERATOR = 1,
  FRAME_OBJECT = 2,
  CLEARED = 4,
}

export class InterpreterFrame {
  f_func: PyFunctionObject | null;
  f_code: PyCodeObject;
  /** Borrowed from the function (or the module/class body's caller). */
  f_globals: PyObject;
  f_builtins: PyObject;
  /** Owned: the namespace of module and class bodies (LOAD_NAME/STORE_NAME), else null. */
  f_locals: PyObject | null;
  /** Fast locals + cells + free vars, then the value stack. */
  localsplus: (PyObject | null)[];
  /** Index in localsplus one past the top of the stack (valid while the frame is not running). */
  stacktop: number;
  /** Index of the last instruction started (-1 before the first). */
  prev_instr = -1;
  previous: InterpreterFrame | null = null;
  frame_obj: PyFrameObject | null = null;
  is_entry = false;
  owner: FrameOwner = FrameOwner.THREAD;
  /** The generator owning this frame (FRAME_OWNED_BY_GENERATOR). */
  gen: PyObject | null = null;
  /** Last line a line event was reported for, and the last instruction seen (debugger / trace). */
  traced_line = -1;
  traced_pc = -1;
  /** Which activation this record holds (numbered per thread state): the debugger's frame id. */
  serial = 0;

  constructor(code: PyCodeObject, func: PyFunctionObject | null, globals: PyObject, builtins: PyObject, locals: PyObject | null) {
    this.f_code = code;
    // Empty first, then set by reinit like a reused record: V8 treats a field stored
    // only once as constant, and the first reinit of a reused frame would then flip
    // these fields to mutable (and their types to any) and throw away the optimized
    // code built on them — the eval loop — in the middle of a run.
    this.f_func = null;
    this.f_globals = null as unknown as PyObject;
    this.f_builtins = null as unknown as PyObject;
    this.f_locals = null;
    const n = code.co_nlocalsplus;
    const size = n + code.co_stacksize;
    // Built by push so the array is PACKED (no hole checks on the eval loop's loads).
    const ls: (PyObject | null)[] = [];
    for (let i = 0; i < size; i++) ls.push(null);
    this.localsplus = ls;
    this.stacktop = 0;
    this.reinit(func, globals, builtins, locals);
  }

  /** Line being executed (PyFrame_GetLineNumber). */
  lineno(): number {
    const i = this.prev_instr < 0 ? 0 : this.prev_instr;
    return this.f_code.lineOf(i);
  }

  /** _PyFrame_Initialize on a record taken from its code's free stack (see _PyFrame_Push):
   *  every field as the constructor leaves it. localsplus[0, co_nlocalsplus) is already
   *  all null (_PyFrame_Clear emptied it); the stack slots above are rewritten before use. */
  reinit(func: PyFunctionObject | null, globals: PyObject, builtins: PyObject, locals: PyObject | null): void {
    this.f_func = func;
    this.f_globals = globals;
    this.f_builtins = builtins;
    this.f_locals = locals;
    this.stacktop = this.f_code.co_nlocalsplus;
    this.prev_instr = -1;
    this.previous = null;
    this.frame_obj = null;
    this.is_entry = false;
    this.owner = FrameOwner.THREAD;
    this.gen = null;
    this.traced_line = -1;
    this.traced_pc = -1;
    this.serial = ++tstate.frameSerial;
  }

  /** _PyFrame_IsIncomplete: a generator frame whose first RESUME has not run. */
  isIncomplete(): boolean {
    return this.owner !== FrameOwner.GENERATOR && this.prev_instr < this.f_code.co_firsttraceable;
  }
}


/** PyFrameObject basic size (tp_basicsize 120) and item size (8 per localsplus/stack slot). */
const FRAME_BASICSIZE = 120;

export const PyFrame_Type = new PyTypeObject(PyType_Type, 'frame', FRAME_BASICSIZE, 8, TypeFlags.HAVE_GC);

export class PyFrameObject extends PyObject {
  f_frame: InterpreterFrame;
  f_back: PyFrameObject | null = null;
  f_lineno = 0;
  constructor(frame: InterpreterFrame) {
    super(PyFrame_Type);
    this.f_frame = frame;
  }
}

/** _PyFrame_GetFrameObject / _PyFrame_MakeAndSetFrameObject: the frame object of an
 *  activation, created (GC-allocated, not yet tracked) on first request. */
export function _PyFrame_GetFrameObject(frame: InterpreterFrame): PyFrameObject {
  if (frame.frame_obj !== null) return frame.frame_obj;
  const code = frame.f_code;
  const f = new PyFrameObject(frame);
  const slots = code.co_nlocalsplus + code.co_stacksize;
  _PyObject_GC_New(f, FRAME_BASICSIZE + 8 * slots);
  frame.frame_obj = f;
  return f;
}

/** take_ownership (Python/frame.c): the activation ends while its frame object lives on;
 *  the frame object keeps the locals (references move, counts do not change) and gets
 *  f_back, creating the caller's frame object if needed. */
function take_ownership(f: PyFrameObject, frame: InterpreterFrame): void {
  frame.owner = FrameOwner.FRAME_OBJECT;
  if (frame.isIncomplete()) frame.prev_instr = frame.f_code.co_firsttraceable;
  let prev = frame.previous;
  while (prev !== null && prev.isIncomplete()) prev = prev.previous;
  if (prev !== null) {
    const back = _PyFrame_GetFrameObject(prev);
    Py_INCREF(back);
    f.f_back = back;
    frame.previous = null;
  }
  if (!_PyObject_GC_IS_TRACKED(f)) PyObject_GC_Track(f);
}

/** _PyFrame_Clear: releases what an activation holds (or hands it to its frame object). */
export function _PyFrame_Clear(frame: InterpreterFrame): void {
  const f = frame.frame_obj;
  if (f !== null) {
    frame.frame_obj = null;
    if (f.ob_refcnt > 1) {
      take_ownership(f, frame);
      Py_DECREF(f);
      return;
    }
    Py_DECREF(f);
  }
  const ls = frame.localsplus;
  for (let i = 0; i < frame.stacktop; i++) {
    const o = ls[i];
    if (o !== null) {
      ls[i] = null;
      if (--o.ob_refcnt === 0) o.ob_type.tp_dealloc(o);
    }
  }
  frame.stacktop = 0;
  Py_XDECREF(frame.f_locals);
  frame.f_locals = null;
  // Written out (not Py_DECREF) so each site sees one class of object.
  const func = frame.f_func;
  if (func !== null && --func.ob_refcnt === 0) func.ob_type.tp_dealloc(func);
  const code = frame.f_code;
  if (--code.ob_refcnt === 0) code.ob_type.tp_dealloc(code);
  frame.owner = FrameOwner.CLEARED;
}

function frame_dealloc(o: PyObject): void {
  const f = o as PyFrameObject;
  if (_PyObject_GC_IS_TRACKED(f)) PyObject_GC_UnTrack(f);
  const trash = Py_TRASHCAN_BEGIN(f, frame_dealloc);
  if (trash === Trash.DEPOSITED) return;
  const frame = f.f_frame;
  if (frame.owner === FrameOwner.FRAME_OBJECT) {
    const co = frame.f_code;
    const func = frame.f_func;
    frame.f_func = null;
    if (func !== null) Py_DECREF(func);
    const loc = frame.f_locals;
    frame.f_locals = null;
    Py_XDECREF(loc);
    const ls = frame.localsplus;
    for (let i = 0; i < frame.stacktop; i++) {
      const v = ls[i];
      if (v !== null) {
        ls[i] = null;
        Py_DECREF(v);
      }
    }
    frame.owner = FrameOwner.CLEARED;
    const back = f.f_back;
    f.f_back = null;
    Py_XDECREF(back);
    Py_DECREF(co);
  } else {
    const back = f.f_back;
    f.f_back = null;
    Py_XDECREF(back);
  }
  PyObject_GC_Del(f);
  Py_TRASHCAN_END(trash);
}

function frame_refs(o: PyObject, visit: RefVisitor): void {
  const f = o as PyFrameObject;
  if (f.f_back !== null) visit(f.f_back, 'f_back');
  const frame = f.f_frame;
  if (frame.owner !== FrameOwner.FRAME_OBJECT) return;
  if (frame.f_func !== null) visit(frame.f_func, 'f_func');
  visit(frame.f_code, 'f_code');
  if (frame.f_locals !== null) visit(frame.f_locals, 'f_locals');
  const names = frame.f_code.localsplusnames;
  const ls = frame.localsplus;
  for (let i = 0; i < frame.stacktop; i++) {
    const v = ls[i];
    if (v !== null) visit(v, i < names.length ? `local ${namesToString(names[i])}` : `stack[${i - names.length}]`);
  }
}

function namesToString(o: PyObject): string {
  return (o as unknown as { str: string }).str ?? '?';
}

PyFrame_Type.tp_dealloc = frame_dealloc;
PyFrame_Type.tp_refs = frame_refs;
PyFrame_Type.tp_traverse = frame_refs;
PyFrame_Type.tp_repr = (o) => {
  const f = o as PyFrameObject;
  const code = f.f_frame.f_code;
  return PyUnicode_FromString(`<frame at ${addrHex(f)}, file '${code.filename}', line ${f.f_frame.lineno()}, code ${code.name}>`);
};
PyFrame_Type.tp_sizeof = (o) => {
  const code = (o as PyFrameObject).f_frame.f_code;
  // frame_sizeof: offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame, localsplus) + slots.
  return 48 + 64 + 8 * (code.co_nlocalsplus + code.co_stacksize);
};
PyFrame_Type.tp_getset = [
  { name: 'f_lineno', get: (s) => PyLong_FromNumber((s as PyFrameObject).f_frame.lineno()), set: null },
  { name: 'f_code', get: (s) => { const c = (s as PyFrameObject).f_frame.f_code; Py_INCREF(c); return c; }, set: null },
  {
    name: 'f_back', get: (s) => {
      const f = s as PyFrameObject;
      let b: PyObject | null = f.f_back;
      if (b === null && f.f_frame.owner !== FrameOwner.FRAME_OBJECT) {
        let prev = f.f_frame.previous;
        while (prev !== null && prev.isIncomplete()) prev = prev.previous;
        if (prev !== null) b = _PyFrame_GetFrameObject(prev);
      }
      const r = b ?? Py_None;
      Py_INCREF(r);
      return r;
    },
    set: null,
  },
  { name: 'f_globals', get: (s) => { const g = (s as PyFrameObject).f_frame.f_globals; Py_INCREF(g); return g; }, set: null },
  { name: 'f_builtins', get: (s) => { const g = (s as PyFrameObject).f_frame.f_builtins; Py_INCREF(g); return g; }, set: null },
];
