// CPython 3.11's specialized CALL forms for C callables called without keyword
// arguments (Python/specialize.c specialize_method_descriptor / specialize_c_call):
// CALL_NO_KW_METHOD_DESCRIPTOR_O, _NOARGS and _FAST (`lst.append(x)`, `d.copy()`,
// `d.get(k, 0)`) and CALL_NO_KW_BUILTIN_O and _FAST (`len(x)`, `isinstance(x, t)`). They call the C function directly with the stack
// items instead of through vectorcall; the result and every reference move are the
// generic CALL's, so using them from the first call changes nothing observable.
// Here they also spare the host an argument array per call.

import { PyObject } from '../objects/object';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { PyMethodDescr_Type, type PyMethodDescrObject } from '../objects/descrobject';
import { PyCFunction_Type, type PyCFunctionObject } from '../objects/methodobject';
import { Py_None } from '../objects/singletons';

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
 *  of METH_O/METH_NOARGS applied to an exact instance of its type, or a METH_O builtin;
 *  returns the new reference, or null when the generic path must be taken. Arguments
 *  stay borrowed (the caller releases them as after any call). */
export function callBuiltinNoKw(fn: PyObject, ls: (PyObject | null)[], sp: number, total_args: number): PyObject | null {
  const t = fn.ob_type;
  if (t === PyMethodDescr_Type) {
    if (total_args < 1) return null;
    const d = fn as PyMethodDescrObject;
    const self = ls[sp - total_args] as PyObject;
    if (self.ob_type !== d.d_type) return null;
    const ml: PyMethodDef = d.d_method;
    const conv = ml.ml_flags & CONVENTION;
    if (conv === METH.O && total_args === 2) return (ml.ml_meth as MethO)(self, ls[sp - 1] as PyObject);
    if (conv === METH.NOARGS && total_args === 1) return (ml.ml_meth as MethNoArgs)(self);
    if (conv === METH.FASTCALL) return (ml.ml_meth as MethFast)(self, fastArgs(ls, sp, total_args - 1), total_args - 1);
    return null;
  }
  if (t === PyCFunction_Type) {
    const m = fn as PyCFunctionObject;
    const ml = m.m_ml;
    const conv = ml.ml_flags & CONVENTION;
    if (conv === METH.O && total_args === 1) return (ml.ml_meth as MethO)(m.m_self ?? Py_None, ls[sp - 1] as PyObject);
    if (conv === METH.FASTCALL) return (ml.ml_meth as MethFast)(m.m_self ?? Py_None, fastArgs(ls, sp, total_args), total_args);
  }
  return null;
}
