// The int type object and its instance layout, in a module that imports only the
// object model (bool needs them at load time; see longobject.ts for the type itself).

import { PyObject, PyTypeObject, TypeFlags } from './object';
import { PyType_Type } from './typebase';

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

export function PyLong_Check(o: PyObject): o is PyLongObject {
  return (o.ob_type.tp_flags & TypeFlags.LONG_SUBCLASS) !== 0;
}

export function PyLong_CheckExact(o: PyObject): o is PyLongObject {
  return o.ob_type === PyLong_Type;
}

