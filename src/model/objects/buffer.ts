// The buffer protocol (PyBufferProcs bf_getbuffer, Objects/abstract.c PyObject_GetBuffer /
// PyObject_CheckBuffer), reduced to what the subset needs: a read-only, contiguous view
// of the bytes an object exposes. bytes and bytearray register their getter; subclasses
// inherit it (tp_base chain). No imports of object modules, so that every type module
// can register at load time whatever the import order.

import type { PyObject, PyTypeObject } from './object';

const bufferProcs = new Map<PyTypeObject, (o: PyObject) => Uint8Array>();

/** Sets `type`'s bf_getbuffer. */
export function _PyType_SetBufferProc(type: PyTypeObject, get: (o: PyObject) => Uint8Array): void {
  bufferProcs.set(type, get);
}

/** PyObject_GetBuffer(o, PyBUF_SIMPLE)'s bytes (a view, valid until `o` changes), or null
 *  when o's type has no buffer interface. */
export function _PyObject_GetBufferView(o: PyObject): Uint8Array | null {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    const get = bufferProcs.get(t);
    if (get !== undefined) return get(o);
  }
  return null;
}

/** PyObject_CheckBuffer */
export function PyObject_CheckBuffer(o: PyObject): boolean {
  return _PyObject_GetBufferView(o) !== null;
}
