// None, NotImplemented and Ellipsis (Objects/object.c _Py_NoneStruct,
// _Py_NotImplementedStruct; Objects/sliceobject.c _Py_EllipsisObject). Each is the
// only instance of its type and lives in libpython's static data, so its refcount
// starts from the startup count measured in real 3.11 (numtext_statics.json).

import { PyObject, PyTypeObject, TypeFlags, Py_NewRef, _Py_RegisterStatic } from './object';
import { PyType_Type } from './typebase';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import { _Py_HashPointer } from './pyhash';
import { PyUnicode_FromString } from './unicodeobject';
import statics from './numtext_statics.json';

function singletonDealloc(self: PyObject): never {
  // none_dealloc / notimplemented_dealloc: "deallocating None" is a fatal error in CPython.
  throw new Error(`internal: deallocating ${self.ob_type.tp_name} singleton (refcount bug)`);
}

/** A static type whose only instance is `instance` (none_new: no arguments allowed). */
function makeSingletonType(name: string, reprText: string): { type: PyTypeObject; instance: PyObject } {
  const type = new PyTypeObject(PyType_Type, name, 16, 0, TypeFlags.IMMUTABLETYPE);
  const instance = new PyObject(type);
  type.tp_dealloc = singletonDealloc;
  type.tp_repr = () => PyUnicode_FromString(reprText);
  // 3.11 hashes these by address (object's default tp_hash, _Py_HashPointer).
  type.tp_hash = (self) => _Py_HashPointer(self.ob_addr);
  type.tp_new = (_t, args, kwargs) => {
    const n = (args as unknown as { ob_item: PyObject[] }).ob_item.length;
    const nk = kwargs === null ? 0 : (kwargs as unknown as { ma_used?: number }).ma_used ?? 0;
    if (n !== 0 || nk !== 0) PyErr_SetString(PyExc_TypeError, `${name} takes no arguments`);
    return Py_NewRef(instance);
  };
  return { type, instance };
}

const none = makeSingletonType('NoneType', 'None');
export const PyNone_Type = none.type;
export const Py_None = _Py_RegisterStatic(none.instance, statics.None);
PyNone_Type.nb_bool = () => false;

const notimpl = makeSingletonType('NotImplementedType', 'NotImplemented');
export const PyNotImplemented_Type = notimpl.type;
export const Py_NotImplemented = _Py_RegisterStatic(notimpl.instance, statics.NotImplemented);
// 3.11: bool(NotImplemented) is True (with a DeprecationWarning the model does not emit).

const ellipsis = makeSingletonType('ellipsis', 'Ellipsis');
export const PyEllipsis_Type = ellipsis.type;
export const Py_Ellipsis = _Py_RegisterStatic(ellipsis.instance, statics.Ellipsis);

export function Py_IsNone(o: PyObject): boolean {
  return o === Py_None;
}
