// How builtin types declare their methods and attributes (Include/methodobject.h,
// Include/descrobject.h). PyType_Ready turns each PyMethodDef into a
// method_descriptor in tp_dict and each PyGetSetDef into a getset_descriptor, so
// `[].append` and `list.append` behave (and count references) as in CPython.

import type { PyObject } from './object';

/** ml_flags (Include/methodobject.h). */
export const enum METH {
  VARARGS = 0x0001,
  KEYWORDS = 0x0002,
  NOARGS = 0x0004,
  O = 0x0008,
  CLASS = 0x0010,
  STATIC = 0x0020,
  COEXIST = 0x0040,
  FASTCALL = 0x0080,
}

/** Calling conventions, chosen by ml_flags:
 *  NOARGS: (self) · O: (self, arg) · FASTCALL: (self, args, nargs) ·
 *  FASTCALL|KEYWORDS: (self, args, nargs, kwnames) where args holds nargs positional
 *  values followed by one value per name in the kwnames tuple (vectorcall layout) ·
 *  VARARGS|KEYWORDS: (self, argsTuple, kwargsDictOrNull).
 *  All arguments are borrowed; the result is a new reference. */
export type PyCFunction =
  | ((self: PyObject) => PyObject)
  | ((self: PyObject, arg: PyObject) => PyObject)
  | ((self: PyObject, args: PyObject[], nargs: number) => PyObject)
  | ((self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null) => PyObject)
  | ((self: PyObject, args: PyObject, kwargs: PyObject | null) => PyObject);

export interface PyMethodDef {
  ml_name: string;
  ml_meth: PyCFunction;
  ml_flags: number;
  ml_doc?: string;
}

export interface PyGetSetDef {
  name: string;
  get: ((self: PyObject) => PyObject) | null;
  set: ((self: PyObject, value: PyObject | null) => void) | null;
  doc?: string;
}

/** The METH_VARARGS form of a function written with the FASTCALL signature: CPython 3.11
 *  declares it METH_VARARGS, so every call builds an argument tuple, which holds a reference
 *  to each argument while the function runs (seen by __hash__, __eq__ or __iter__ it calls). */
export function METH_VARARGS_of(fn: (self: PyObject, args: PyObject[], nargs: number) => PyObject):
  (self: PyObject, args: PyObject) => PyObject {
  return (self, args) => {
    const items = (args as unknown as { ob_item: PyObject[] }).ob_item;
    return fn(self, items, items.length);
  };
}
