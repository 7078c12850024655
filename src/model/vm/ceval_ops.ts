// Opcodes the eval loop runs rarely (building containers and strings, ** and *
// calls, class-body name lookups, MAKE_FUNCTION...), kept out of
// _PyEval_EvalFrameDefault so that function stays small enough for V8 to compile
// quickly and keep its hot cases in registers. Each takes the frame, its value
// stack and stack top, and returns the new stack top; the bodies are those of
// Python/ceval.c's TARGET(...) cases, reference moves included.
//
// Errors: where the loop itself would already have popped (and released) stack
// items before raising, the helper clears those slots before rethrowing, so the
// loop's unwinding — which pops from the stack top it still has, skipping empty
// slots — releases exactly what CPython's error path releases.

import { PyObject, Py_DECREF, Py_INCREF, Py_XDECREF } from '../objects/object';
import { PyException, PyErr_SetString, PyErr_Clear } from '../objects/errors';
import { PyExc_NameError, PyExc_TypeError, PyExc_SystemError, PyExc_KeyError, PyExc_AttributeError } from '../objects/exceptions';
import {
  PyObject_GetItem, PyObject_DelItem, PySequence_Check, PyObject_Str, PyObject_Repr, PyObject_ASCII, PyObject_Format,
} from '../objects/abstract';
import { PyUnicode_AsString, PyUnicode_CheckExact, _PyUnicode_JoinArray } from '../objects/unicodeobject';
import { PyTuple_CheckExact, PySequence_Tuple } from '../objects/tupleobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { _PyList_Extend } from '../objects/listobject';
import {
  PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, PyDict_DelItem, PyDict_CheckExact, _PyDict_FromItems,
  PyDict_Update, _PyDict_MergeEx,
} from '../objects/dictobject';
import { PySet_New, PySet_Add } from '../objects/setobject';
import type { PyCodeObject } from '../objects/codeobject';
import { PyFunction_New } from '../objects/funcobject';
import type { PyCellObject } from '../objects/cellobject';
import type { InterpreterFrame } from './frame';
import {
  NAME_ERROR_MSG, format_exc_check_arg, format_exc_unbound, reprOf, funcStr, format_kwargs_error, emptyStr, do_call_core,
} from './ceval';

/** The helper raised after popping items [sp, sp0): empty their slots (see above). */
function dropConsumed(ls: (PyObject | null)[], sp: number, sp0: number): void {
  for (let k = sp; k < sp0; k++) ls[k] = null;
}

/** DELETE_NAME (case 91): returns the new stack top. */
export function DELETE_NAME(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  const co = frame.f_code;
  const names = co.names;
  let sp = sp0;
  try {
    const name = names[oparg];
    const ns = frame.f_locals;
    if (ns === null) PyErr_SetString(PyExc_SystemError, `no locals when deleting ${reprOf(name)}`);
    try {
      PyObject_DelItem(ns, name);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      PyErr_Clear(e);
      format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG(PyUnicode_AsString(name)), name);
    }
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** DELETE_GLOBAL (case 98): returns the new stack top. */
export function DELETE_GLOBAL(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  const co = frame.f_code;
  const names = co.names;
  let sp = sp0;
  try {
    const name = names[oparg];
    try {
      PyDict_DelItem(frame.f_globals, name);
    } catch (e) {
      if (e instanceof PyException && e.type === PyExc_KeyError) {
        PyErr_Clear(e);
        format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG(PyUnicode_AsString(name)), name);
      }
      throw e;
    }
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** LOAD_CLASSDEREF (case 148): returns the new stack top. */
export function LOAD_CLASSDEREF(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  const co = frame.f_code;
  let sp = sp0;
  try {
    const locals = frame.f_locals as PyObject;
    const name = co.localsplusnames[oparg];
    let value: PyObject | null;
    if (PyDict_CheckExact(locals)) {
      value = PyDict_GetItemWithError(locals, name);
      if (value !== null) Py_INCREF(value);
    } else {
      try {
        value = PyObject_GetItem(locals, name);
      } catch (e) {
        if (!(e instanceof PyException) || e.type !== PyExc_KeyError) throw e;
        PyErr_Clear(e);
        value = null;
      }
    }
    if (value === null) {
      const cell = ls[oparg] as PyCellObject;
      value = cell.ob_ref;
      if (value === null) format_exc_unbound(co, oparg);
      Py_INCREF(value);
    }
    ls[sp++] = value;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** BUILD_STRING (case 157): returns the new stack top. */
export function BUILD_STRING(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const items: PyObject[] = new Array(oparg);
    for (let k = 0; k < oparg; k++) items[k] = ls[sp - oparg + k] as PyObject;
    const str = _PyUnicode_JoinArray(emptyStr(), items);
    for (let k = 0; k < oparg; k++) Py_DECREF(ls[--sp] as PyObject);
    ls[sp++] = str;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** LIST_EXTEND (case 162): returns the new stack top. */
export function LIST_EXTEND(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const iterable = ls[sp - 1] as PyObject;
    const list = ls[sp - 1 - oparg] as PyObject;
    try {
      const none_val = _PyList_Extend(list, iterable);
      Py_DECREF(none_val);
    } catch (e) {
      sp--;
      if (e instanceof PyException && e.type === PyExc_TypeError &&
        iterable.ob_type.tp_iter === null && !PySequence_Check(iterable)) {
        PyErr_Clear(e);
        Py_DECREF(iterable);
        PyErr_SetString(PyExc_TypeError, `Value after * must be an iterable, not ${iterable.ob_type.tp_name}`);
      }
      Py_DECREF(iterable);
      throw e;
    }
    sp--;
    Py_DECREF(iterable);
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** BUILD_SET (case 104): returns the new stack top. */
export function BUILD_SET(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const set = PySet_New(null);
    let e0: unknown = null;
    for (let k = oparg; k > 0; k--) {
      const item = ls[sp - k] as PyObject;
      if (e0 === null) {
        try {
          PySet_Add(set, item);
        } catch (e) {
          e0 = e;
        }
      }
      Py_DECREF(item);
    }
    sp -= oparg;
    if (e0 !== null) {
      Py_DECREF(set);
      throw e0;
    }
    ls[sp++] = set;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** BUILD_MAP (case 105): returns the new stack top. */
export function BUILD_MAP(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    // 3.11: _PyDict_FromItems presizes for unicode-only keys when it can.
    const map = _PyDict_FromItems(ls as PyObject[], sp - 2 * oparg, 2, ls as PyObject[], sp - 2 * oparg + 1, 2, oparg);
    while (oparg--) {
      Py_DECREF(ls[--sp] as PyObject);
      Py_DECREF(ls[--sp] as PyObject);
    }
    ls[sp++] = map;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** BUILD_CONST_KEY_MAP (case 156): returns the new stack top. */
export function BUILD_CONST_KEY_MAP(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const keys = ls[sp - 1] as PyTupleObject;
    if (!PyTuple_CheckExact(keys) || keys.ob_item.length !== oparg) {
      PyErr_SetString(PyExc_SystemError, 'bad BUILD_CONST_KEY_MAP keys argument');
    }
    const map = _PyDict_FromItems(keys.ob_item, 0, 1, ls as PyObject[], sp - 1 - oparg, 1, oparg);
    Py_DECREF(ls[--sp] as PyObject);
    while (oparg--) Py_DECREF(ls[--sp] as PyObject);
    ls[sp++] = map;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** DICT_UPDATE (case 165): returns the new stack top. */
export function DICT_UPDATE(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const update = ls[sp - 1] as PyObject;
    const dict = ls[sp - 1 - oparg] as PyObject;
    try {
      PyDict_Update(dict, update);
    } catch (e) {
      sp--;
      if (e instanceof PyException && e.type === PyExc_AttributeError) {
        PyErr_Clear(e);
        Py_DECREF(update);
        PyErr_SetString(PyExc_TypeError, `'${update.ob_type.tp_name}' object is not a mapping`);
      }
      Py_DECREF(update);
      throw e;
    }
    sp--;
    Py_DECREF(update);
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** DICT_MERGE (case 164): returns the new stack top. */
export function DICT_MERGE(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const update = ls[sp - 1] as PyObject;
    const dict = ls[sp - 1 - oparg] as PyObject;
    try {
      _PyDict_MergeEx(dict, update, 2);
    } catch (e) {
      sp--;
      if (!(e instanceof PyException)) throw e;
      const e2 = format_kwargs_error(e, ls[sp - 1 - oparg] as PyObject, update);
      Py_DECREF(update);
      throw e2;
    }
    sp--;
    Py_DECREF(update);
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** MAP_ADD (case 147): returns the new stack top. */
export function MAP_ADD(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const value = ls[sp - 1] as PyObject;
    const key = ls[sp - 2] as PyObject;
    sp -= 2;
    const map = ls[sp - oparg] as PyObject;
    try {
      PyDict_SetItem(map, key, value);
    } finally {
      // _PyDict_SetItem_Take2 consumes both references.
      Py_DECREF(key);
      Py_DECREF(value);
    }
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** CALL_FUNCTION_EX (case 142): returns the new stack top. */
export function CALL_FUNCTION_EX(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    let kwargs: PyObject | null = null;
    if (oparg & 1) {
      kwargs = ls[--sp] as PyObject;
      if (!PyDict_CheckExact(kwargs)) {
        const d = PyDict_New();
        try {
          _PyDict_MergeEx(d, kwargs, 2);
        } catch (e) {
          Py_DECREF(d);
          if (!(e instanceof PyException)) throw e;
          const e2 = format_kwargs_error(e, ls[sp - 2] as PyObject, kwargs);
          Py_DECREF(kwargs);
          throw e2;
        }
        Py_DECREF(kwargs);
        kwargs = d;
      }
    }
    let callargs = ls[--sp] as PyObject;
    const func = ls[sp - 1] as PyObject;
    if (!PyTuple_CheckExact(callargs)) {
      if (callargs.ob_type.tp_iter === null && !PySequence_Check(callargs)) {
        const msg = `${funcStr(func)} argument after * must be an iterable, not ${callargs.ob_type.tp_name}`;
        Py_DECREF(callargs);
        Py_XDECREF(kwargs);
        PyErr_SetString(PyExc_TypeError, msg);
      }
      try {
        const t = PySequence_Tuple(callargs);
        Py_DECREF(callargs);
        callargs = t;
      } catch (e) {
        Py_DECREF(callargs);
        Py_XDECREF(kwargs);
        throw e;
      }
    }
    let result: PyObject;
    try {
      result = do_call_core(func, callargs, kwargs);
    } catch (e) {
      // The function, args and kwargs are released; NULL stays where the callable was.
      Py_DECREF(func);
      Py_DECREF(callargs);
      Py_XDECREF(kwargs);
      sp--;
      ls[sp - 1] = null;
      throw e;
    }
    Py_DECREF(func);
    Py_DECREF(callargs);
    Py_XDECREF(kwargs);
    sp--;
    ls[sp - 1] = result;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** MAKE_FUNCTION (case 132): returns the new stack top. */
export function MAKE_FUNCTION(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const codeobj = ls[--sp] as PyCodeObject;
    const func = PyFunction_New(codeobj, frame.f_globals);
    Py_DECREF(codeobj);
    if (oparg & 0x08) func.func_closure = ls[--sp];
    if (oparg & 0x04) func.func_annotations = ls[--sp];
    if (oparg & 0x02) func.func_kwdefaults = ls[--sp];
    if (oparg & 0x01) func.func_defaults = ls[--sp];
    ls[sp++] = func;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}

/** FORMAT_VALUE (case 155): returns the new stack top. */
export function FORMAT_VALUE(frame: InterpreterFrame, ls: (PyObject | null)[], sp0: number, oparg: number): number {
  let sp = sp0;
  try {
    const which = oparg & 0x3;
    const have_spec = (oparg & 0x4) === 0x4;
    const fmt_spec = have_spec ? ls[--sp] : null;
    let value = ls[--sp] as PyObject;
    if (which !== 0) {
      let result: PyObject;
      try {
        result = which === 1 ? PyObject_Str(value) : which === 2 ? PyObject_Repr(value) : PyObject_ASCII(value);
      } catch (e) {
        Py_DECREF(value);
        Py_XDECREF(fmt_spec);
        throw e;
      }
      Py_DECREF(value);
      value = result;
    }
    let result: PyObject;
    if (PyUnicode_CheckExact(value) && fmt_spec === null) {
      result = value;
    } else {
      try {
        result = PyObject_Format(value, fmt_spec ?? emptyStr());
      } catch (e) {
        Py_DECREF(value);
        Py_XDECREF(fmt_spec);
        throw e;
      }
      Py_DECREF(value);
      Py_XDECREF(fmt_spec);
    }
    ls[sp++] = result;
    return sp;
  } catch (e) {
    dropConsumed(ls, sp, sp0);
    throw e;
  }
}
