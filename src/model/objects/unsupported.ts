// Clear refusals. PyHeap lacks some of CPython's builtins, methods and module
// attributes; a program must never see that as a NameError or AttributeError
// (which it could catch and go on with a different answer): a lookup that fails
// here but would succeed in CPython 3.11 raises NotImplementedError naming the
// missing piece instead ("PyHeap does not support str.translate() yet"). The names
// CPython has are recorded from the real interpreter (profiles/py311-names.ts).
// Only failing lookups consult this, so it costs nothing on the normal path.

import { PyObject, PyTypeObject, TypeFlags } from './object';
import type { PyUnicodeObject } from './unicode_type';
import { PyErr_SetString } from './errors';
import { PyExc_NotImplementedError } from './exceptions';
import { PyModule_Type, type PyModuleObject } from './moduleobject';
import { PyDict_Next } from './dictobject';
import {
  BUILTIN_NAMES, MODULE_DICTS, STDLIB_MODULE_NAMES, TYPE_DICTS,
} from '../profiles/py311-names';

/** name → its entry ('name' or 'name()' for a callable), per recorded namespace. */
type Table = Map<string, string>;

function table(entries: readonly string[]): Table {
  const t: Table = new Map();
  for (const e of entries) t.set(e.endsWith('()') ? e.slice(0, -2) : e, e);
  return t;
}

const tables = new Map<string, Table>();
function tableOf(key: string, entries: readonly string[] | undefined): Table | null {
  if (entries === undefined) return null;
  let t = tables.get(key);
  if (t === undefined) {
    t = table(entries);
    tables.set(key, t);
  }
  return t;
}

/** Nonzero while the interpreter probes for an optional attribute (_PyObject_LookupAttr:
 *  `__prepare__`, `__class_getitem__`...): CPython's own probes must see "absent",
 *  not a refusal. hasattr() and getattr() with a default check afterwards. */
export const refusalState = { quiet: 0 };

function refuse(what: string): void {
  if (refusalState.quiet > 0) return;
  PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support ${what} yet`);
}

/** The builtin (static) types of `type`'s MRO whose CPython __dict__ has `name`:
 *  the first one's recorded entry, qualified by the type's name, or null. */
function cpythonTypeEntry(type: PyTypeObject, name: string): string | null {
  const mro = type.tp_mro_list.length ? type.tp_mro_list : [type];
  for (const t of mro) {
    if ((t.tp_flags & TypeFlags.HEAPTYPE) !== 0) continue;
    const tbl = tableOf('t:' + t.tp_name, TYPE_DICTS[t.tp_name]);
    const e = tbl?.get(name);
    if (e !== undefined) return `${t.tp_name}.${e}`;
  }
  return null;
}

/** A failed attribute lookup on an instance of `obj`'s type: refused when one of the
 *  builtin types it inherits from has `name` in CPython. */
export function _PyHeap_RefuseMissingAttr(obj: PyObject, name: PyObject): void {
  const n = (name as PyUnicodeObject).str;
  if (typeof n !== 'string') return;
  const e = cpythonTypeEntry(obj.ob_type, n);
  if (e !== null) refuse(e);
}

/** A failed lookup of `type.name` (type_getattro): the type's own MRO, then its metatype's. */
export function _PyHeap_RefuseMissingTypeAttr(type: PyTypeObject, name: PyObject): void {
  const n = (name as PyUnicodeObject).str;
  if (typeof n !== 'string') return;
  const e = cpythonTypeEntry(type, n) ?? cpythonTypeEntry(type.ob_type, n);
  if (e !== null) refuse(e);
}

/** The names PyHeap itself puts in the builtins dict and in the namespaces of the
 *  modules it provides: one deleted by the program is missing in CPython too (a plain
 *  NameError / AttributeError then), only the others are refused. */
const provided = new Map<string, Set<string>>();

/** Records the names a module PyHeap provides (or 'builtins') has when it is made. */
export function _PyHeap_NoteProvided(namespace: string, dict: PyObject): void {
  let set = provided.get(namespace);
  if (set === undefined) provided.set(namespace, set = new Set());
  const pos = { pos: 0 };
  let kv: [PyObject, PyObject] | null;
  while ((kv = PyDict_Next(dict, pos)) !== null) {
    const k = (kv[0] as PyUnicodeObject).str;
    if (typeof k === 'string') set.add(k);
  }
}

/** The names a provided namespace had when PyHeap made it, or null. */
export function _PyHeap_ProvidedNames(namespace: string): ReadonlySet<string> | null {
  return provided.get(namespace) ?? null;
}

function lacks(namespace: string, name: string): boolean {
  return !(provided.get(namespace)?.has(name) ?? false);
}

/** A failed `module.name`: refused when CPython's module of that name (sys, gc,
 *  weakref, builtins...) or the module type has it. */
export function _PyHeap_RefuseMissingModuleAttr(module: PyObject, modname: string, name: PyObject): void {
  const n = (name as PyUnicodeObject).str;
  if (typeof n !== 'string') return;
  const e = tableOf('m:' + modname, MODULE_DICTS[modname])?.get(n);
  if (e !== undefined && lacks(modname, n)) refuse(`${modname}.${e}`);
  _PyHeap_RefuseMissingAttr(module, name);
}

/** A name found neither in the globals nor in the builtins (LOAD_NAME, LOAD_GLOBAL):
 *  refused when it is one of CPython's builtins. */
export function _PyHeap_RefuseMissingBuiltin(name: PyObject): void {
  const n = (name as PyUnicodeObject).str;
  const e = tableOf('builtins', BUILTIN_NAMES)?.get(n);
  if (e !== undefined && lacks('builtins', n)) refuse(e);
}

/** hasattr() / getattr(o, name, default) found nothing: refused as the failing
 *  attribute access would have been. */
export function _PyHeap_RefuseMissingLookup(o: PyObject, name: PyObject): void {
  if ((o.ob_type.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) _PyHeap_RefuseMissingTypeAttr(o as PyTypeObject, name);
  else if (o.ob_type === PyModule_Type) _PyHeap_RefuseMissingModuleAttr(o, (o as PyModuleObject).md_name, name);
  else _PyHeap_RefuseMissingAttr(o, name);
}

let stdlib: Set<string> | null = null;
/** Whether `name` is a module of CPython 3.11's standard library (sys.stdlib_module_names). */
export function _PyHeap_IsStdlibModule(name: string): boolean {
  stdlib ??= new Set(STDLIB_MODULE_NAMES);
  return stdlib.has(name);
}
