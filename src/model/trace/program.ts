// Which objects are the *program's* at a line boundary, and who holds them. A learner
// reads a line's effect on the objects their names reach; the runtime's own objects
// (the print buffer, bound methods, argument tuples, the strings that name globals,
// module and builtins dicts, code objects and their constants) are noise there.
//
// The program's objects: everything reachable from the names of the running frames
// (fast locals and cells, the value stack — a `for` loop's iterator —, and the
// namespace of module and class bodies, dunder names left out), through every
// reference the objects hold (tp_refs, as referrers() walks them), except into what
// the runtime owns: modules, code objects, namespace dicts, a function's globals,
// builtins, name, qualname, module and doc, and the static objects' own references.
// One walk is O(the program's objects); nothing is changed, nothing allocated.

import { PyObject, PyTypeObject, TypeFlags, _Py_SetRefLabelsWanted } from '../objects/object';
import { PyDict_Next } from '../objects/dictobject';
import { PyUnicode_AsString } from '../objects/unicodeobject';
import { PyModule_Type, type PyModuleObject } from '../objects/moduleobject';
import { PyCode_Type } from '../objects/codeobject';
import type { InterpreterFrame } from '../vm/frame';
import type { Interpreter } from '../vm/run';
import type { Holder } from './types';

/** A function's references to the runtime's objects (funcobject.ts func_refs labels). */
const RUNTIME_EDGES = new Set(['__globals__', '__builtins__', '__module__', '__doc__', '__name__', '__qualname__', '__code__']);

/** Holders of one target object found by the walk. */
export interface TargetHolders {
  holders: Holder[];
  /** References from the program beyond those listed in holders. */
  omitted: number;
  /** All references from the program's names and objects. */
  total: number;
}

export interface ProgramView {
  /** id() of every program object. */
  ids: Set<number>;
  /** module_repr of the modules among them ("<module 'sys' (built-in)>"), which safeRepr cannot name. */
  moduleReprs: Map<number, string>;
  /** Holders of the targets asked for. */
  holders: Map<PyObject, TargetHolders>;
}

/** 'name x' for a namespace entry whose key is a plain str that is not a dunder name, else null. */
function nameOf(key: PyObject): string | null {
  if (key.ob_type.tp_name !== 'str') return null;
  const k = PyUnicode_AsString(key);
  return k.startsWith('__') && k.endsWith('__') ? null : k;
}

function isCell(o: PyObject): boolean {
  return o.ob_type.tp_name === 'cell';
}

/** One name of a frame: its value, and the cell that holds it for a cell or free variable. */
export interface FrameName {
  name: string;
  value: PyObject;
  cell: PyObject | null;
  /** A module or class body's namespace entry (else a fast local). */
  namespace: boolean;
}

/** The frame's names as they are now: fast locals (a cell stands for its contents)
 *  and, for module and class bodies, the namespace's entries. */
export function frameBindings(f: InterpreterFrame): FrameName[] {
  const out: FrameName[] = [];
  const co = f.f_code;
  const names = co.localsplusnames;
  const kinds = co.co_localspluskinds;
  for (let i = 0; i < co.co_nlocalsplus; i++) {
    const v = f.localsplus[i];
    if (v === null || v === undefined) continue;
    if ((kinds[i] & 0xc0) !== 0 && isCell(v)) {
      const c = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
      if (c !== null) out.push({ name: PyUnicode_AsString(names[i]), value: c, cell: v, namespace: false });
    } else out.push({ name: PyUnicode_AsString(names[i]), value: v, cell: null, namespace: false });
  }
  if (f.f_locals !== null && f.f_locals.ob_type.tp_name === 'dict') {
    const pos = { pos: 0 };
    for (let e = PyDict_Next(f.f_locals, pos); e !== null; e = PyDict_Next(f.f_locals, pos)) {
      const name = nameOf(e[0]);
      if (name !== null) out.push({ name, value: e[1], cell: null, namespace: true });
    }
  }
  return out;
}

/** Walks the program's objects from the frames' names (`frames`: the running ones, plus
 *  a finished module frame whose namespace still stands), recording the holders of
 *  `targets` (at most `maxHolders` listed each). */
export function programView(
  it: Interpreter,
  frames: readonly InterpreterFrame[],
  targets: readonly PyObject[],
  maxHolders: number,
  statics: ReadonlySet<PyObject>,
): ProgramView {
  const ids = new Set<number>();
  const moduleReprs = new Map<number, string>();
  const seen = new Set<PyObject>();
  const holders = new Map<PyObject, TargetHolders>();
  for (const t of targets) holders.set(t, { holders: [], omitted: 0, total: 0 });
  const hold = (target: PyObject, holder: string, slot: string): void => {
    const h = holders.get(target);
    if (h === undefined) return;
    h.total++;
    const same = h.holders.find((x) => x.holder === holder && x.slot === slot);
    if (same !== undefined) same.count++;
    else if (h.holders.length < maxHolders) h.holders.push({ holder, slot, count: 1 });
    else h.omitted++;
  };
  // Namespace dicts are the runtime's: entered only as roots, never from an object.
  const namespaces = new Set<PyObject>();
  for (const f of frames) {
    namespaces.add(f.f_globals);
    namespaces.add(f.f_builtins);
    if (f.f_locals !== null) namespaces.add(f.f_locals);
  }
  const stack: PyObject[] = [];
  const mark = (o: PyObject, fromRoot: boolean, traverse = true): void => {
    if (seen.has(o) || namespaces.has(o)) return;
    // A static type reached through an object (ob_type, __mro__) is the runtime's.
    if (!fromRoot && o.ob_type.tp_name === 'type' && statics.has(o)) return;
    seen.add(o);
    ids.add(o.ob_addr);
    if (traverse) stack.push(o);
  };
  // The roots, frame by frame (a deep recursion has thousands: names are only spelled
  // out for the targets' holders).
  for (const f of frames) {
    const co = f.f_code;
    const where = co.qualname;
    const kinds = co.co_localspluskinds;
    const n = co.co_nlocalsplus;
    for (let i = 0; i < n; i++) {
      const v = f.localsplus[i];
      if (v === null || v === undefined) continue;
      if ((kinds[i] & 0xc0) !== 0 && isCell(v)) {
        // The frame holds the cell, the cell holds the value (a closure shares the cell).
        const c = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
        if (holders.has(v)) hold(v, `local ${PyUnicode_AsString(co.localsplusnames[i])} (${where})`, '');
        mark(v, true, false);
        if (c === null) continue;
        if (holders.has(c)) hold(c, `cell of ${PyUnicode_AsString(co.localsplusnames[i])} (${where})`, 'cell_contents');
        mark(c, true);
      } else {
        if (holders.has(v)) hold(v, `local ${PyUnicode_AsString(co.localsplusnames[i])} (${where})`, '');
        mark(v, true);
      }
    }
    if (f.f_locals !== null && f.f_locals.ob_type.tp_name === 'dict') {
      const pos = { pos: 0 };
      for (let e = PyDict_Next(f.f_locals, pos); e !== null; e = PyDict_Next(f.f_locals, pos)) {
        const name = nameOf(e[0]);
        if (name === null) continue;
        hold(e[1], `name ${name} (${where})`, '');
        mark(e[1], true);
      }
    }
    for (let i = n; i < f.stacktop; i++) {
      const v = f.localsplus[i];
      if (v === null || v === undefined) continue;
      hold(v, `value stack (${where})`, `[${i - n}]`);
      mark(v, true);
    }
  }
  const wasWanted = _Py_SetRefLabelsWanted(holders.size > 0);
  try {
    while (stack.length > 0) {
      const h = stack.pop() as PyObject;
      const t = h.ob_type;
      if (t === PyModule_Type) {
        const m = h as PyModuleObject;
        moduleReprs.set(h.ob_addr, `<module '${m.md_name}' ${m.md_origin}>`);
        continue;
      }
      if (t === PyCode_Type || statics.has(h)) continue;
      if (t.tp_name === 'type' && ((h as PyTypeObject).tp_flags & TypeFlags.HEAPTYPE) === 0) continue;
      const refs = t.tp_refs ?? t.tp_traverse;
      if (refs === null) continue;
      const isFunction = t.tp_name === 'function';
      let label: string | null = null;
      refs(h, (target, slot) => {
        if (target === null || (isFunction && RUNTIME_EDGES.has(slot))) return;
        if (holders.has(target)) {
          label ??= t.tp_name === 'type' ? `class ${(h as PyTypeObject).tp_name}` : `${t.tp_name} 0x${h.ob_addr.toString(16)}`;
          hold(target, label, slot);
        }
        mark(target, false);
      });
    }
  } finally {
    _Py_SetRefLabelsWanted(wasWanted);
  }
  return { ids, holders, moduleReprs };
}
