// CPython 3.11's specialized CALL forms for C callables called without keyword
// arguments (Python/specialize.c specialize_method_descriptor / specialize_c_call):
// CALL_NO_KW_METHOD_DESCRIPTOR_O, _NOARGS and _FAST (`lst.append(x)`, `d.copy()`,
// `d.get(k, 0)`) and CALL_NO_KW_BUILTIN_O and _FAST (`len(x)`, `isinstance(x, t)`). They
// call the C function directly with the stack items instead of through vectorcall; the
// result and every reference move are the generic CALL's, so the simulator takes this
// path from the first call. The one thing that tells the forms apart — whether the C
// function runs inside the recursion guard — follows the form the call site is really
// in (quicken.ts). Here they also spare the host an argument array per call.

import { PyObject } from '../objects/object';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyMethodDescr_Type, _PyMethodDescr_CallUnguarded, type PyMethodDescrObject } from '../objects/descrobject';
import { PyCFunction_Type, _PyCFunction_CallUnguarded, type PyCFunctionObject } from '../objects/methodobject';
import { Py_None } from '../objects/singletons';
import { PyObject_Str } from '../objects/abstract';
import { PySequence_Tuple, type PyTupleObject } from '../objects/tupleobject';
import { PyList_Append } from '../objects/listobject';
import { _Py_EnterRecursiveCall, _Py_LeaveRecursiveCall } from './pystate';
import { Form } from './quicken';

/** The calling-convention bits _PyMethodDef_Call dispatches on. */
const CONVENTION = METH.VARARGS | METH.FASTCALL | METH.NOARGS | METH.O | METH.KEYWORDS;

type MethO = (self: PyObject, arg: PyObject) => PyObject;
type MethNoArgs = (self: PyObject) => PyObject;
type MethFast = (self: PyObject, args: PyObject[], nargs: number) => PyObject;

/** The `n` stack items below `sp` as the argument array of a METH_FASTCALL function
 *  (array literals for the common counts: V8 allocates them inline). */
function fastArgs(ls: (PyObject | null)[], sp: number, n: number): PyObject[] {
  if (n === 1) return [ls[sp - 1] as PyObject];
  if (n === 2) return [ls[sp - 2] as PyObject, ls[sp - 1] as PyObject];
  return ls.slice(sp - n, sp) as PyObject[];
}

/** Calls `fn` with the `total_args` stack items below `sp` when it is a method descriptor
 *  of METH_O/METH_NOARGS/METH_FASTCALL applied to an exact instance of its type, or a
 *  METH_O/METH_FASTCALL builtin; returns the new reference, or null when the generic
 *  path must be taken. Arguments stay borrowed (the caller releases them as after any
 *  call). `guard`: whether the C function runs inside the recursion guard, as it does
 *  through vectorcall and the specialized _O/_NOARGS forms, but not the _FAST ones. */
export function callBuiltinNoKw(fn: PyObject, ls: (PyObject | null)[], sp: number, total_args: number, guard: boolean): PyObject | null {
  const t = fn.ob_type;
  let self: PyObject, ml: PyMethodDef, nargs: number;
  if (t === PyMethodDescr_Type) {
    if (total_args < 1) return null;
    const d = fn as PyMethodDescrObject;
    self = ls[sp - total_args] as PyObject;
    if (self.ob_type !== d.d_type) return null;
    ml = d.d_method;
    nargs = total_args - 1;
    const conv = ml.ml_flags & CONVENTION;
    if (!(conv === METH.O && nargs === 1) && !(conv === METH.NOARGS && nargs === 0) && conv !== METH.FASTCALL) return null;
  } else if (t === PyCFunction_Type) {
    const m = fn as PyCFunctionObject;
    ml = m.m_ml;
    self = m.m_self ?? Py_None;
    nargs = total_args;
    const conv = ml.ml_flags & CONVENTION;
    if (!(conv === METH.O && nargs === 1) && conv !== METH.FASTCALL) return null;
  } else {
    return null;
  }
  if (!guard) return callMeth(ml, self, ls, sp, nargs);
  _Py_EnterRecursiveCall(' while calling a Python object');
  try {
    return callMeth(ml, self, ls, sp, nargs);
  } finally {
    _Py_LeaveRecursiveCall();
  }
}

function callMeth(ml: PyMethodDef, self: PyObject, ls: (PyObject | null)[], sp: number, nargs: number): PyObject {
  const conv = ml.ml_flags & CONVENTION;
  if (conv === METH.O) return (ml.ml_meth as MethO)(self, ls[sp - 1] as PyObject);
  if (conv === METH.NOARGS) return (ml.ml_meth as MethNoArgs)(self);
  return (ml.ml_meth as MethFast)(self, fastArgs(ls, sp, nargs), nargs);
}

/** The specialized forms (quicken.ts) that call something other than what the generic
 *  CALL would, or skip its guard where callBuiltinNoKw cannot: PRECALL_NO_KW_STR_1 and
 *  _TUPLE_1 (PyObject_Str / PySequence_Tuple, not the type's call), _LIST_APPEND on a
 *  list subclass, and the _FAST_WITH_KEYWORDS forms. Null: make the ordinary call. */
export function callSpecializedForm(form: Form, fn: PyObject, ls: (PyObject | null)[], sp: number, total_args: number,
  kwnames: PyObject | null): PyObject | null {
  switch (form) {
    case Form.STR_1:
      return PyObject_Str(ls[sp - 1] as PyObject);
    case Form.TUPLE_1:
      return PySequence_Tuple(ls[sp - 1] as PyObject);
    case Form.LIST_APPEND:
      PyList_Append(ls[sp - 2] as PyObject, ls[sp - 1] as PyObject);
      Py_None.ob_refcnt++;
      return Py_None;
    case Form.BUILTIN_FAST_WITH_KEYWORDS:
    case Form.METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS: {
      const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
      const args = ls.slice(sp - total_args, sp) as PyObject[];
      return form === Form.BUILTIN_FAST_WITH_KEYWORDS
        ? _PyCFunction_CallUnguarded(fn, args, total_args - nkw, kwnames)
        : _PyMethodDescr_CallUnguarded(fn, args, total_args - nkw, kwnames);
    }
    default:
      return null;
  }
}
