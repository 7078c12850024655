// Slots of NoneType, NotImplementedType and ellipsis (repr, hash, bool, the
// no-argument constructors), attached at load time; singletons.ts holds the objects.

import { PyObject, PyTypeObject, Py_NewRef } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import { _Py_HashPointer } from './pyhash';
import { _Py_ID } from './unicode_type';
import {
  PyNone_Type, Py_None, PyNotImplemented_Type, Py_NotImplemented, PyEllipsis_Type, Py_Ellipsis,
} from './singletons';

function attach(type: PyTypeObject, instance: PyObject, reprText: string): void {
  // none_repr & co return static strings (&_Py_ID(None)...).
  type.tp_repr = () => Py_NewRef(_Py_ID(reprText));
  // 3.11 hashes these by address (object's default tp_hash, _Py_HashPointer).
  type.tp_hash = (self) => _Py_HashPointer(self.ob_addr);
  type.tp_new = (_t, args, kwargs) => {
    const n = (args as unknown as { ob_item: PyObject[] }).ob_item.length;
    if (n !== 0 || kwargs !== null) PyErr_SetString(PyExc_TypeError, `${type.tp_name} takes no arguments`);
    return Py_NewRef(instance);
  };
}

attach(PyNone_Type, Py_None, 'None');
attach(PyNotImplemented_Type, Py_NotImplemented, 'NotImplemented');
attach(PyEllipsis_Type, Py_Ellipsis, 'Ellipsis');
PyNone_Type.nb_bool = () => false;
// 3.11: bool(NotImplemented) is True (with a DeprecationWarning the model does not emit).
