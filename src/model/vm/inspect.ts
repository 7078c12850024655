// Looking at a paused interpreter without touching it: frames with their locals,
// one object's header (type, ob_refcnt, id, size, GC generation), a repr that
// never runs Python code, and the referrers that make up an object's ob_refcnt.
// Nothing here increments or decrements a reference count or allocates a
// simulated object (unlike debugpy's views, microsoft/debugpy#1854).

import { _PyType_SubclassesDict } from '../objects/typeobject_new';
import { PyObject, PyTypeObject, GC_UNTRACKED, staticObjects, TypeFlags, refLabelsWanted } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import { FREED } from '../memory/obmalloc';
import { blockObject, type BlockOwnerSlot } from '../memory/allocator';
import { _PyType_PreHeaderSize } from '../objects/objalloc';
import { PyUnicode_AsString } from '../objects/unicodeobject';
import { PyLong_AsBigInt } from '../objects/longobject';
import { float_repr } from '../objects/float_repr';
import type { PyFloatObject } from '../objects/floatobject';
import type { PyBytesObject } from '../objects/bytesobject';
import { FrameOwner } from './frame';
import { _Py_ID_pinned } from '../objects/unicode_type';
import { _PyWeakref_FinalizeRegistryRefs } from '../gc/weakrefmodule';
import { PyBaseObject_Type, _PyType_VisitCacheNames } from '../objects/typeobject';
import { _Py_PointerRepr } from '../objects/abstract';
import type { InterpreterFrame } from './frame';
import type { Interpreter } from './run';

export interface FrameInfo {
  /** co_name / co_qualname of the code running. */
  name: string;
  qualname: string;
  filename: string;
  line: number;
  /** Fast locals, cells (their contents) and, for module/class bodies, the namespace. */
  locals: { name: string; value: PyObject }[];
}

export interface ObjectInfo {
  type: string;
  repr: string;
  ob_refcnt: number;
  id: number;
  size: number;
  /** 0/1/2, 'permanent', or 'untracked'. */
  gc: number | 'permanent' | 'untracked';
}

export interface Referrer {
  /** What holds the reference: 'frame f (line 3)', 'list 0x7f…', 'parser arena', 'interpreter'... */
  holder: string;
  /** Which slot: 'local x', 'stack[0]', '[2]', "['k'] (value)", 'co_consts'... */
  slot: string;
  /** The holding object, when it is one. */
  object?: PyObject;
  /** How many references this entry stands for (1, or the static baseline). */
  count: number;
}

/** unicode_repr / bytes_repr (Objects/unicodeobject.c, bytesobject.c) over JS data:
 *  quote choice and escapes as CPython makes them, without creating a str object. */
function quoteRepr(codes: ArrayLike<number>, isBytes: boolean): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === 0x27) hasSingle = true;
    else if (codes[i] === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = isBytes ? 'b' + q : q;
  for (let i = 0; i < codes.length && out.length < 220; i++) {
    const c = codes[i];
    if (c === 0x5c) out += '\\\\';
    else if (c === q.charCodeAt(0)) out += '\\' + q;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x7f || (isBytes && c >= 0x80)) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCodePoint(c);
  }
  return out + q;
}

function strCodes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) as number);
  return out;
}

function clip(s: string): string {
  return s.length > 200 ? s.slice(0, 197) + '...' : s;
}

/** A repr computed without running Python code and without allocating a simulated
 *  object: builtin scalars from their JS payload, containers shallowly, everything
 *  else as `<T object at 0x…>`. */
export function safeRepr(o: PyObject | null, depth = 0): string {
  if (o === null || o === undefined) return '<NULL>';
  const t = o.ob_type;
  const name = t.tp_name;
  if ((t.tp_flags & TypeFlags.HEAPTYPE) === 0) {
    switch (name) {
      case 'NoneType': return 'None';
      case 'NotImplementedType': return 'NotImplemented';
      case 'ellipsis': return 'Ellipsis';
      case 'bool': return PyLong_AsBigInt(o) !== 0n ? 'True' : 'False';
      case 'int': return clip(PyLong_AsBigInt(o).toString());
      case 'float': return float_repr((o as PyFloatObject).ob_fval);
      case 'str': return clip(quoteRepr(strCodes(PyUnicode_AsString(o)), false));
      case 'bytes': return clip(quoteRepr((o as PyBytesObject).ob_sval, true));
      default: break;
    }
  }
  if ((name === 'list' || name === 'tuple') && depth < 2) {
    const items = (o as unknown as { ob_item: (PyObject | null)[] }).ob_item;
    const parts = items.slice(0, 10).map((x) => safeRepr(x, depth + 1));
    if (items.length > 10) parts.push('...');
    if (name === 'list') return `[${parts.join(', ')}]`;
    return items.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  if (name === 'function') {
    const q = (o as unknown as { func_qualname: PyObject }).func_qualname;
    return `<function ${PyUnicode_AsString(q)} at ${_Py_PointerRepr(o.ob_addr)}>`;
  }
  if (name === 'type' || (t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) return `<class '${(o as PyTypeObject).tp_name}'>`;
  return `<${name} object at ${_Py_PointerRepr(o.ob_addr)}>`;
}

function frameLocals(f: InterpreterFrame): { name: string; value: PyObject }[] {
  const out: { name: string; value: PyObject }[] = [];
  const co = f.f_code;
  const names = co.localsplusnames;
  const kinds = co.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.localsplus[i];
    if (v === null) continue;
    // Cells (after MAKE_CELL / COPY_FREE_VARS) show their contents.
    if ((kinds[i] & 0xc0) !== 0 && v.ob_type.tp_name === 'cell') {
      const c = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
      if (c === null) continue;
      v = c;
    }
    out.push({ name: PyUnicode_AsString(names[i]), value: v });
  }
  return out;
}

/** The running frames, innermost first. */
export function frames(it: Interpreter): FrameInfo[] {
  it.ensureActive(); // the counts of static objects are the active runtime's (runtime.ts)
  // The innermost frame is paused *before* its next instruction: show that one's line.
  return it.currentFrames().map((f, i) => ({
    name: f.f_code.name,
    qualname: f.f_code.qualname,
    filename: f.f_code.filename,
    line: i === 0 ? f.f_code.lineOf(f.prev_instr + 1) : f.lineno(),
    locals: frameLocals(f),
  }));
}

/** Every simulated object alive in the allocator (blocks and raw chunks holding an object struct). */
export function liveObjects(mem: Obmalloc): PyObject[] {
  const out: PyObject[] = [];
  forEachLiveObject(mem, (o) => out.push(o));
  return out;
}

/** liveObjects' objects one by one, in the same order, without an array of the heap (a walk
 *  of 10^5 objects spends more on growing one than on visiting them). */
export function forEachLiveObject(mem: Obmalloc, visit: (o: PyObject) => void): void {
  for (const a of mem.arenas) {
    if (a.address === 0) continue;
    for (const p of a.pools) visitPoolObjects(p.owners, visit);
  }
  for (const c of mem.raw.chunks()) {
    const own = c.owner;
    if (own !== null && own.part === 'object' && own.obj.ob_refcnt > 0) visit(own.obj);
  }
}

/** The live objects of one pool's blocks. A function of its own: V8 optimizes it for the
 *  block loop alone, which the code around (arenas, raw chunks) would otherwise deoptimize. */
function visitPoolObjects(owners: readonly (BlockOwnerSlot | null)[], visit: (o: PyObject) => void): void {
  for (let i = 0; i < owners.length; i++) {
    const slot = owners[i];
    if (slot === null || slot === FREED) continue;
    // Most blocks hold an object's struct: a prototype check, where blockObject's read of
    // `part` misses on the many object classes (a megamorphic lookup per block).
    const o = slot instanceof PyObject ? slot : blockObject(slot);
    if (o !== null && o.ob_refcnt > 0) visit(o);
  }
}

/** One object's header, read without side effects. */
export function inspect(it: Interpreter, o: PyObject): ObjectInfo {
  it.ensureActive();
  const t = o.ob_type;
  let size: number;
  try {
    size = (t.tp_sizeof !== null ? t.tp_sizeof(o) : t.tp_basicsize) + _PyType_PreHeaderSize(t.tp_flags);
  } catch {
    size = t.tp_basicsize + _PyType_PreHeaderSize(t.tp_flags);
  }
  // Only GC objects have a PyGC_Head (objects/object.ts): the others are untracked.
  const g = o.gc_gen ?? GC_UNTRACKED;
  return {
    type: t.tp_name,
    repr: safeRepr(o),
    ob_refcnt: o.ob_refcnt,
    id: o.ob_addr,
    size,
    gc: g === GC_UNTRACKED ? 'untracked' : g === 3 ? 'permanent' : g,
  };
}

/** The references the interpreter state itself owns (PyInterpreterState's modules,
 *  sysdict/builtins, the std streams; pythonrun.c's code object, arena and the module
 *  function PyEval_EvalCode made), with the name the panel shows. Read through the
 *  Interpreter's private fields (bracket access): looking adds no API to the VM. */
export function interpreterRoots(it: Interpreter): [string, PyObject][] {
  const out: [string, PyObject][] = [];
  const push = (label: string, o: PyObject | null): void => {
    if (o !== null) out.push([label, o]);
  };
  push('interp->builtins', it['builtinsDict']);
  push('interp->builtins_copy', it['builtinsCopy']);
  push('interp->sysdict', it['sysdict']);
  push('interp->modules', it['modules']);
  push('interp->modules_by_index', it['modulesByIndex']);
  push('builtins module definition (m_copy)', it['builtinsMCopy']);
  push('sys module definition (m_copy)', it['sysMCopy']);
  push('__main__ module', it['main']);
  push('running code object', it['code']);
  push('parser arena', it['arena']);
  push('module function (PyEval_EvalCode)', it['func']);
  // gcstate->garbage and gcstate->callbacks (Modules/gcmodule.c), also gc.garbage / gc.callbacks.
  const gc = it.rt.gc as { garbage?: PyObject | null; callbacks?: PyObject | null };
  push('gcstate->garbage', gc.garbage ?? null);
  push('gcstate->callbacks', gc.callbacks ?? null);
  return out;
}

/** Receives one reference: its target, who holds it and in which slot. */
export type RootVisitor = (target: PyObject, holder: string, slot: string, object?: PyObject, frame?: InterpreterFrame) => void;

/** Walks every reference the simulator can name: the interpreter state's own, the
 *  running frames (locals, value stack, f_code/f_func/f_locals, the frame object an
 *  activation owns), the exception being handled (tstate->exc_state) and the slots
 *  of every live object (tp_refs; the parser arena is one of them). A generator's
 *  frame is walked by the generator's tp_refs, running or not, so it is skipped here.
 *  In this order: the roots (walkRoots), each _Py_ID-pinned name, the other roots
 *  (walkOuterRoots), each live object's tp_refs, then walkTypeRefs — the parts are
 *  exported for walks that visit the heap their own way (debug/referrers.ts). */
export function walkReferences(it: Interpreter, visit: RootVisitor): void {
  walkRoots(it, visit);
  const live = liveObjects(it.rt.mem as Obmalloc);
  for (const h of live) visitPinned(h, visit);
  walkOuterRoots(it, visit);
  const arena = it.arenaObject();
  for (const h of live) {
    const refs = h.ob_type.tp_refs ?? h.ob_type.tp_traverse;
    if (refs === null) continue;
    // Without labels (a walk that names slots afterwards, for a few objects) no holder text either.
    const holder = !refLabelsWanted ? '' : holderText(h, arena);
    refs(h, (target, label) => visit(target, holder, label, h));
  }
  walkTypeRefs(visit);
}

/** The interpreter state's references, the type cache's names, CPython's startup
 *  references, and the running frames'. `wanted`, when given, says which objects' startup
 *  references the visitor needs: a walk for a few objects skips the thousands of others. */
export function walkRoots(it: Interpreter, visit: RootVisitor, wanted?: (o: PyObject) => boolean): void {
  it.ensureActive();
  for (const [label, r] of interpreterRoots(it)) visit(r, 'interpreter', label);
  // The type attribute cache's entries hold their names (_PyType_Lookup's Py_SETREF).
  _PyType_VisitCacheNames((name) => visit(name, 'interpreter', 'type attribute cache (entry name)'));
  for (const [o, n] of it['startupRefs']) {
    if (wanted !== undefined && !wanted(o)) continue;
    for (let i = 0; i < n; i++) visit(o, 'interpreter', "CPython's startup (site, io, importlib, the stdlib's functions)");
  }
  for (const f of it.currentFrames()) {
    if (f.owner === FrameOwner.GENERATOR) continue;
    const co = f.f_code;
    const where = `frame ${co.qualname}`;
    const n = co.co_nlocalsplus;
    const top = f.stacktop;
    for (let i = 0; i < top; i++) {
      const v = f.localsplus[i];
      if (v !== null) visit(v, where, i < n ? `local ${PyUnicode_AsString(co.localsplusnames[i])}` : `stack[${i - n}]`, undefined, f);
    }
    if (f.f_locals !== null) visit(f.f_locals, where, 'f_locals', undefined, f);
    visit(f.f_code, where, 'f_code', undefined, f);
    if (f.f_func !== null) visit(f.f_func, where, 'f_func', undefined, f);
    if (f.frame_obj !== null) visit(f.frame_obj, where, 'frame object', undefined, f);
  }
}

/** A _Py_ID name that is not a static string holds one reference for good (unicode_type.ts):
 *  visits it when `o` (a live heap object) is one. */
export function visitPinned(o: PyObject, visit: RootVisitor): void {
  if (_Py_ID_pinned.has(o)) visit(o, 'interpreter', '_Py_ID cache');
}

/** weakref.finalize's registry and the exception being handled. */
export function walkOuterRoots(it: Interpreter, visit: RootVisitor): void {
  _PyWeakref_FinalizeRegistryRefs((t, label) => visit(t, 'weakref.finalize', label));
  const ev = it.tstate.exc_state.exc_value;
  if (ev !== null) visit(ev, 'thread state', 'exception being handled (sys.exc_info())');
}

/** tp_subclasses of every type, and the references static objects hold. */
export function walkTypeRefs(visit: RootVisitor): void {
  // tp_subclasses of every type (Objects/typeobject.c add_subclass): the base's dict holds
  // an int key and a weakref per heap subclass; the model keeps them on the subclass.
  const seen = new Set<PyTypeObject>();
  const walkTypes = (t: PyTypeObject): void => {
    if (seen.has(t)) return;
    seen.add(t);
    const dict = _PyType_SubclassesDict(t);
    if (dict !== null) visit(dict, `type ${t.tp_name}`, 'tp_subclasses', t);
    for (const sub of t.tp_subclasses ?? []) {
      const refs = (sub as { ht_subclass_refs?: [PyTypeObject, PyObject, PyObject][] }).ht_subclass_refs;
      for (const [base, key, ref] of refs ?? []) {
        if (base !== t) continue;
        visit(key, `type ${t.tp_name}`, 'tp_subclasses (key)', t);
        visit(ref, `type ${t.tp_name}`, 'tp_subclasses (value)', t);
      }
      walkTypes(sub);
    }
  };
  walkTypes(PyBaseObject_Type);
  // Static objects hold references to heap objects too. One visitor for the thousands of
  // them (most hold none), the holder named per reference.
  let h: PyObject = PyBaseObject_Type;
  const visitStatic = (target: PyObject, label: string): void => visit(target, staticHolderText(h), label, h);
  for (let i = 0; i < staticObjects.length; i++) {
    h = staticObjects[i];
    const refs = h.ob_type.tp_refs ?? h.ob_type.tp_traverse;
    if (refs !== null) refs(h, visitStatic);
  }
}

/** How walkReferences names a static object holding references. */
export function staticHolderText(h: PyObject): string {
  return h.ob_type.tp_name === 'type' ? `type ${(h as PyTypeObject).tp_name}` : `${h.ob_type.tp_name} at ${_Py_PointerRepr(h.ob_addr)}`;
}

/** How walkReferences names an object holding references. */
export function holderText(h: PyObject, arena: PyObject | null): string {
  return h === arena ? 'parser arena' : `${h.ob_type.tp_name} at ${_Py_PointerRepr(h.ob_addr)}`;
}

/** Every reference that makes up o.ob_refcnt, as walkReferences names them; for a
 *  static object, what remains is the interpreter's startup references (its baseline). */
export function referrers(it: Interpreter, o: PyObject): Referrer[] {
  const out: Referrer[] = [];
  walkReferences(it, (target, holder, slot, object) => {
    if (target === o) out.push(object !== undefined ? { holder, slot, object, count: 1 } : { holder, slot, count: 1 });
  });
  const counted = out.reduce((s, r) => s + r.count, 0);
  if (counted < o.ob_refcnt && staticObjects.includes(o)) {
    out.push({ holder: 'interpreter', slot: 'startup references (static object baseline)', count: o.ob_refcnt - counted });
  } else if (counted < o.ob_refcnt) {
    out.push({ holder: 'interpreter', slot: 'internal references', count: o.ob_refcnt - counted });
  }
  return out;
}

/** The whole-heap form of referrers: how many references to each object walkReferences
 *  finds (without the static baseline). One O(heap) pass for the invariant test and
 *  the memory panel, instead of O(heap) per object. */
export function referrerCounts(it: Interpreter): Map<PyObject, number> {
  const m = new Map<PyObject, number>();
  walkReferences(it, (t) => {
    m.set(t, (m.get(t) ?? 0) + 1);
  });
  return m;
}
