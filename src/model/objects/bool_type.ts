// bool's type object and its two instances, in a module that imports only the object
// model (modules in import cycles use True/False at load time). Behaviour: boolobject.ts.

import { PyTypeObject, TypeFlags, _Py_RegisterStatic } from './object';
import { PyType_Type } from './typebase';
import { PyLongObject, PyLong_Type } from './long_type';
import { StaticLayout } from '../memory/static';
import statics from './numtext_statics.json';

export const PyBool_Type = new PyTypeObject(PyType_Type, 'bool', 32, 4,
  TypeFlags.LONG_SUBCLASS | TypeFlags.IMMUTABLETYPE);
PyBool_Type.tp_base = PyLong_Type;

const staticLayout = new StaticLayout();
export const Py_False = _Py_RegisterStatic(new PyLongObject(PyBool_Type, 0, null), statics.False);
export const Py_True = _Py_RegisterStatic(new PyLongObject(PyBool_Type, 1, null), statics.True);
Py_False.ob_addr = staticLayout.staticAddress('False');
Py_True.ob_addr = staticLayout.staticAddress('True');

