// The str type object and its instance layout, in a module that imports only the
// object model, so the modules adding str's methods and slots (unicode_methods.ts,
// unicode_format.ts, formatter.ts, bytesobject.ts) can attach them at load time
// whichever module is loaded first. Everything else is in unicodeobject.ts.

import { PyObject, PyTypeObject, TypeFlags } from './object';
import { PyType_Type } from './typebase';

export const enum UnicodeKind { ONE = 1, TWO = 2, FOUR = 4 }

export class PyUnicodeObject extends PyObject {
  /** The text as a JS string. */
  str: string;
  /** Length in code points (PyUnicode_GET_LENGTH). */
  length: number;
  /** PyUnicode_KIND: bytes per character in CPython's buffer. */
  kind: UnicodeKind;
  /** state.ascii: every character < 128. */
  ascii: boolean;
  /** Cached hash in the model's number form; -1 = not computed yet (as CPython). */
  hash = -1;
  /** state.interned: in the interned table. */
  interned = false;
  /** Code points, for strings with characters above U+FFFF (lazily built). */
  cps: Uint32Array | null = null;

  constructor(type: PyTypeObject, s: string, length: number, kind: UnicodeKind, ascii: boolean) {
    super(type);
    this.str = s;
    this.length = length;
    this.kind = kind;
    this.ascii = ascii;
  }
}

export const PyUnicode_Type = new PyTypeObject(PyType_Type, 'str', 80, 0,
  TypeFlags.BASETYPE | TypeFlags.UNICODE_SUBCLASS | TypeFlags.IMMUTABLETYPE);

export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return (o.ob_type.tp_flags & TypeFlags.UNICODE_SUBCLASS) !== 0;
}

export function PyUnicode_CheckExact(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type;
}

