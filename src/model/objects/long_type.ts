// The int type object, its instance layout and the small-int singletons, in a module
// that imports only the object model: other modules use them while the import graph
// (which has cycles) is still loading. The type's behaviour is in longobject.ts.

import { PyObject, PyTypeObject, TypeFlags, _Py_RegisterStatic } from './object';
import { PyType_Type } from './typebase';
import { StaticLayout } from '../memory/static';
import statics from './numtext_statics.json';

/** Addresses of libpython's static objects (memory/static.ts; the same for every run). */
const staticLayout = new StaticLayout();

export class PyLongObject extends PyObject {
  /** The value while it is a safe integer; meaningless when `big` is set. */
  ival: number;
  /** The value when it is not a safe integer, else null. */
  big: bigint | null;

  constructor(type: PyTypeObject, ival: number, big: bigint | null) {
    super(type);
    this.ival = ival;
    this.big = big;
  }
}

export const PyLong_Type = new PyTypeObject(PyType_Type, 'int', 24, 4,
  TypeFlags.BASETYPE | TypeFlags.LONG_SUBCLASS | TypeFlags.IMMUTABLETYPE);

// V8 keeps a field that has only ever held numbers in "double" representation: every
// instance then carries a separate heap box for it, even for small integers. Storing
// one non-number in `ival` (in a throwaway instance, never allocated in the simulated
// memory) makes the field tagged for every int, so values up to 2**30 are stored
// inline and an int is one JS allocation fewer.
new PyLongObject(PyLong_Type, null as unknown as number, null);

export function PyLong_Check(o: PyObject): o is PyLongObject {
  return (o.ob_type.tp_flags & TypeFlags.LONG_SUBCLASS) !== 0;
}

export function PyLong_CheckExact(o: PyObject): o is PyLongObject {
  return o.ob_type === PyLong_Type;
}


export const _PY_NSMALLNEGINTS = 5;
export const _PY_NSMALLPOSINTS = 257;

/** small_ints[-5..256], static objects with their measured startup refcounts. */
export const _Py_small_ints: PyLongObject[] = [];
for (let v = -_PY_NSMALLNEGINTS; v < _PY_NSMALLPOSINTS; v++) {
  const o = new PyLongObject(PyLong_Type, v, null);
  o.ob_addr = staticLayout.smallInt(v);
  _Py_RegisterStatic(o, statics.ints[v + _PY_NSMALLNEGINTS]);
  _Py_small_ints.push(o);
}

