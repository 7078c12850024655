// The two bootstrap type objects, `type` and `object`, in a module that imports
// nothing but object.ts, so every type module can create its PyTypeObject at load
// time (`new PyTypeObject(PyType_Type, ...)`) whatever order modules load in.
// Their slots and methods are filled in by typeobject.ts; import them from there.
// Objects/typeobject.c: PyType_Type (tp_basicsize = sizeof(PyHeapTypeObject) = 904,
// tp_itemsize = sizeof(PyMemberDef) = 40) and PyBaseObject_Type (16 bytes).

import { PyTypeObject, TypeFlags } from './object';

export const PyType_Type = new PyTypeObject(null, 'type', 904, 40,
  TypeFlags.HAVE_GC | TypeFlags.BASETYPE | TypeFlags.TYPE_SUBCLASS | TypeFlags.HAVE_VECTORCALL | TypeFlags.IMMUTABLETYPE);
// `type` is its own metatype.
PyType_Type.ob_type = PyType_Type;

export const PyBaseObject_Type = new PyTypeObject(PyType_Type, 'object', 16, 0,
  TypeFlags.BASETYPE | TypeFlags.IMMUTABLETYPE);
PyType_Type.tp_base = PyBaseObject_Type;
