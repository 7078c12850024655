// Cell objects (Objects/cellobject.c): the boxes that closures share. MAKE_CELL
// puts one in a frame slot, LOAD_CLOSURE passes it to inner functions, and every
// cell holds one reference to its contents (the "closure `c=mk(a)`" row of the
// model doc: a's count includes the cell).

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, TypeFlags } from './object';
import type { RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_GC_New, PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from './objalloc';
import { PyUnicode_FromString } from './unicodeobject';
import { PyErr_SetString } from './errors';
import { PyExc_ValueError } from './exceptions';
import { addrHex } from '../vm/vmutil';

/** sizeof(PyCellObject) (getsizeof 40 with the GC head). */
const CELL_BASICSIZE = 24;

export const PyCell_Type = new PyTypeObject(PyType_Type, 'cell', CELL_BASICSIZE, 0, TypeFlags.HAVE_GC);

export class PyCellObject extends PyObject {
  ob_ref: PyObject | null;
  constructor(obj: PyObject | null) {
    super(PyCell_Type);
    this.ob_ref = obj;
  }
}

/** PyCell_New(obj): takes a new reference to obj (which may be null). */
export function PyCell_New(obj: PyObject | null): PyCellObject {
  const op = new PyCellObject(obj);
  _PyObject_GC_New(op, CELL_BASICSIZE);
  if (obj !== null) Py_INCREF(obj);
  PyObject_GC_Track(op);
  return op;
}

function cell_dealloc(o: PyObject): void {
  const op = o as PyCellObject;
  PyObject_GC_UnTrack(op);
  const r = op.ob_ref;
  op.ob_ref = null;
  if (r !== null) Py_DECREF(r);
  PyObject_GC_Del(op);
}

function cell_refs(o: PyObject, visit: RefVisitor): void {
  const r = (o as PyCellObject).ob_ref;
  if (r !== null) visit(r, 'cell_contents');
}

PyCell_Type.tp_dealloc = cell_dealloc;
PyCell_Type.tp_traverse = cell_refs;
PyCell_Type.tp_refs = cell_refs;
PyCell_Type.tp_clear = (o) => {
  const op = o as PyCellObject;
  const r = op.ob_ref;
  op.ob_ref = null;
  if (r !== null) Py_DECREF(r);
};
PyCell_Type.tp_repr = (o) => {
  const op = o as PyCellObject;
  if (op.ob_ref === null) return PyUnicode_FromString(`<cell at ${addrHex(op)}: empty>`);
  return PyUnicode_FromString(`<cell at ${addrHex(op)}: ${op.ob_ref.ob_type.tp_name} object at ${addrHex(op.ob_ref)}>`);
};
PyCell_Type.tp_sizeof = () => CELL_BASICSIZE;
PyCell_Type.tp_getset = [{
  name: 'cell_contents',
  get: (s) => {
    const r = (s as PyCellObject).ob_ref;
    if (r === null) PyErr_SetString(PyExc_ValueError, 'Cell is empty');
    Py_INCREF(r);
    return r;
  },
  set: (s, v) => {
    const op = s as PyCellObject;
    if (v !== null) Py_INCREF(v);
    const old = op.ob_ref;
    op.ob_ref = v;
    if (old !== null) Py_DECREF(old);
  },
}];
