// None, NotImplemented and Ellipsis (Objects/object.c _Py_NoneStruct,
// _Py_NotImplementedStruct; Objects/sliceobject.c _Py_EllipsisObject). Each is the
// only instance of its type and lives in libpython's static data, so its refcount
// starts from the startup count measured in real 3.11 (numtext_statics.json).
// This module imports only the object model (other modules use these objects while
// the cyclic import graph is still loading); the slots that need str or exceptions
// are attached by singletons_slots.ts.

import { PyObject, PyTypeObject, TypeFlags, _Py_RegisterStatic } from './object';
import { PyType_Type } from './typebase';
import { StaticLayout } from '../memory/static';
import statics from './numtext_statics.json';

function singletonDealloc(self: PyObject): never {
  // none_dealloc / notimplemented_dealloc: deallocating None is a fatal error in CPython.
  throw new Error(`internal: deallocating ${self.ob_type.tp_name} singleton (refcount bug)`);
}

const staticLayout = new StaticLayout();

function makeSingleton(typeName: string, symbol: string, baseline: number): [PyTypeObject, PyObject] {
  const type = new PyTypeObject(PyType_Type, typeName, 16, 0, TypeFlags.IMMUTABLETYPE);
  type.tp_dealloc = singletonDealloc;
  const instance = new PyObject(type);
  instance.ob_addr = staticLayout.staticAddress(symbol);
  _Py_RegisterStatic(instance, baseline);
  return [type, instance];
}

export const [PyNone_Type, Py_None] = makeSingleton('NoneType', 'None', statics.None);
export const [PyNotImplemented_Type, Py_NotImplemented] = makeSingleton('NotImplementedType', 'NotImplemented', statics.NotImplemented);
export const [PyEllipsis_Type, Py_Ellipsis] = makeSingleton('ellipsis', 'Ellipsis', statics.Ellipsis);

export function Py_IsNone(o: PyObject): boolean {
  return o === Py_None;
}
