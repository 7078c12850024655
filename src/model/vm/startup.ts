// The startup heap. Before `python FILE` runs a line, CPython has built the dicts
// of its static types (with a method descriptor per builtin method) and interned
// their names. PyHeap builds them once per process, in an address range of their
// own (memory/addrspace.ts STARTUP_*), and records their reference counts and the
// interned table; every new interpreter starts from exactly that state, so a run
// gives the same ids and counts whatever ran before it in the process (replay,
// several debug sessions, the test suite).
//
// The startup heap and the static objects (objects/object.ts staticObjects) are
// shared by every runtime of the process, but what a program does to them is not:
// their reference counts, the GC header of the startup heap's tracked objects, weak
// references to a static type, a str's interned flag, a static type's subclasses.
// Those fields are per-runtime state (runtimestate.ts), switched with the runtime.

import { PyObject, PyTypeObject, TypeFlags, _Py_RegisterStatic, staticTypes, staticObjects, staticBaseline } from '../objects/object';
import { PyRuntime } from '../runtime';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { Obmalloc } from '../memory/obmalloc';
import { STARTUP_MMAP_BASE, STARTUP_HEAP_BASE } from '../memory/addrspace';
import type { Profile } from '../profiles/profile';
import { _PyTypes_InitTypes, type_name_str } from '../objects/typeobject';
import staticTypeStartupRefs from '../objects/static_type_refcounts.json';
import { PyUnicode_Type, _PyUnicode_RecordStartupInterned, type PyUnicodeObject } from '../objects/unicode_type';
import { installGc } from '../gc/index';
import { liveObjects } from './inspect';

/** A prepared startup heap: its objects, and their fields as built (a new runtime's). */
interface StartupHeap {
  group: SharedGroup;
  image: SharedFields;
}
/** The startup heaps of the prepared profiles, by version (process-wide). */
const heaps = new Map<string, StartupHeap>();
/** The static objects' fields as a new runtime has them: as the last startup left them,
 *  with their baseline refcounts. Null until a startup heap is prepared. */
let staticsImage: SharedFields | null = null;

/** Builds the startup heap for this profile once (it activates a runtime of its own:
 *  call it before activating the program's runtime). */
export function prepareStartupHeap(profile: Profile): void {
  if (heaps.has(profile.version)) return;
  const boot = new PyRuntime(profile, new Obmalloc(profile.memory, { mmapBase: STARTUP_MMAP_BASE, heapBase: STARTUP_HEAP_BASE }));
  boot.activate(); // the static objects at their baselines (a fresh runtime's)
  installGc(boot);
  _PyTypes_InitTypes();
  registerStaticTypes();
  const objects = liveObjects(boot.mem as Obmalloc);
  const group = new SharedGroup(objects);
  heaps.set(profile.version, { group, image: group.capture() });
  _PyUnicode_RecordStartupInterned(profile.version);
  staticsImage = staticGroup.capture();
  staticsImage.refcnt.set(staticBaseline);
}

/** Process-wide, as the static types are. */
let staticTypesRegistered = false;

/** The static types are static objects: each run starts them from the count the
 *  startup heap leaves them with plus the references CPython's startup holds from
 *  objects PyHeap does not build (site, io, encodings, the stdlib modules' classes
 *  and their MROs...), measured by scripts/calibrate-startup-refcounts.mjs. Without
 *  the reset, references from an earlier run's heap (dropped whole, not freed) would
 *  add up from run to run. */
function registerStaticTypes(): void {
  if (staticTypesRegistered) return;
  staticTypesRegistered = true;
  const extra = staticTypeStartupRefs.types as Record<string, number>;
  // By address, so that whatever walks the static objects (the trace) sees them in
  // the same order in every build.
  const types = staticTypes.slice().sort((a, b) => a.ob_addr - b.ob_addr);
  for (const t of types) _Py_RegisterStatic(t, t.ob_refcnt + (extra[type_name_str(t)] ?? 0));
}

/** The startup heap's objects (shared by every run of the profile), for looking objects up by id. */
export function startupHeapObjects(profile: Profile): readonly PyObject[] {
  return heaps.get(profile.version)?.group.objs ?? [];
}

// ---------------------------------------------------------------------------
// The shared objects' per-runtime fields

/** Which per-runtime fields an object has besides ob_refcnt, by its type (which a
 *  shared object never changes): GC objects their PyGC_Head (a collection marks a
 *  startup object it reaches from its young generation), objects that support weak
 *  references their list head, str its interned flag (interning a static char), type
 *  objects tp_subclasses (a class statement adds its class to its bases'). A str's
 *  cached hash is left alone: it is a function of the text (objects/pyhash.ts). */
const enum Kind { GC = 1, WEAKREFS = 2, STR = 4, TYPE = 8 }

function kindOf(o: PyObject): number {
  const t = o.ob_type;
  let k = 0;
  if ((t.tp_flags & TypeFlags.HAVE_GC) !== 0) k |= Kind.GC;
  if (t.tp_weaklistoffset !== 0 || (t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) k |= Kind.WEAKREFS;
  if (t === PyUnicode_Type) k |= Kind.STR;
  if ((t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) k |= Kind.TYPE;
  return k;
}

/** The per-runtime fields of a group's first `n` objects; the other arrays follow the
 *  group's index lists (those of its objects below n that have the field). */
interface SharedFields {
  n: number;
  refcnt: Float64Array;
  gc_gen: Int8Array;
  gc_refs: Float64Array;
  gc_prev: (PyObject | null)[];
  gc_next: (PyObject | null)[];
  gc_finalized: Uint8Array;
  weakrefs: (PyObject | null | undefined)[];
  interned: Uint8Array;
  subclasses: (PyTypeObject[] | null)[];
}

/** A list of shared objects (the static objects, or a startup heap's) that only grows
 *  at its end, with the indices of the objects of each kind. */
class SharedGroup {
  private indexed = 0;
  private gcIx: number[] = [];
  private weakrefIx: number[] = [];
  private strIx: number[] = [];
  private typeIx: number[] = [];

  constructor(readonly objs: readonly PyObject[]) {}

  private index(): void {
    for (let i = this.indexed; i < this.objs.length; i++) {
      const k = kindOf(this.objs[i]);
      if (k & Kind.GC) this.gcIx.push(i);
      if (k & Kind.WEAKREFS) this.weakrefIx.push(i);
      if (k & Kind.STR) this.strIx.push(i);
      if (k & Kind.TYPE) this.typeIx.push(i);
    }
    this.indexed = this.objs.length;
  }

  capture(): SharedFields {
    this.index();
    const objs = this.objs, n = objs.length;
    const refcnt = new Float64Array(n);
    for (let i = 0; i < n; i++) refcnt[i] = objs[i].ob_refcnt;
    const g = this.gcIx, ng = g.length;
    const gc_gen = new Int8Array(ng), gc_refs = new Float64Array(ng), gc_finalized = new Uint8Array(ng);
    const gc_prev = new Array<PyObject | null>(ng), gc_next = new Array<PyObject | null>(ng);
    for (let j = 0; j < ng; j++) {
      const o = objs[g[j]];
      gc_gen[j] = o.gc_gen;
      gc_refs[j] = o.gc_refs;
      gc_prev[j] = o.gc_prev;
      gc_next[j] = o.gc_next;
      gc_finalized[j] = o.gc_finalized ? 1 : 0;
    }
    const weakrefs = this.weakrefIx.map((i) => objs[i].ob_weakreflist);
    const strs = this.strIx, interned = new Uint8Array(strs.length);
    for (let j = 0; j < strs.length; j++) interned[j] = (objs[strs[j]] as PyUnicodeObject).interned ? 1 : 0;
    const subclasses = this.typeIx.map((i) => (objs[i] as PyTypeObject).tp_subclasses);
    return { n, refcnt, gc_gen, gc_refs, gc_prev, gc_next, gc_finalized, weakrefs, interned, subclasses };
  }

  /** Writes `f` back into the group's first f.n objects. `copyLists`: give each type a
   *  copy of its tp_subclasses (`f` is a template that must not see the runtime's changes). */
  apply(f: SharedFields, copyLists: boolean): void {
    this.index();
    const objs = this.objs;
    const refcnt = f.refcnt;
    for (let i = 0; i < f.n; i++) objs[i].ob_refcnt = refcnt[i];
    // Each index list's objects below f.n are a prefix of it, as long as f's arrays.
    const g = this.gcIx;
    for (let j = 0; j < f.gc_gen.length; j++) {
      const o = objs[g[j]];
      o.gc_gen = f.gc_gen[j];
      o.gc_refs = f.gc_refs[j];
      o.gc_prev = f.gc_prev[j];
      o.gc_next = f.gc_next[j];
      o.gc_finalized = f.gc_finalized[j] === 1;
    }
    const w = this.weakrefIx;
    for (let j = 0; j < f.weakrefs.length; j++) {
      const o = objs[w[j]], head = f.weakrefs[j];
      // Undefined: an object made before its type's tp_weaklistoffset was set, with no
      // field yet; adding one just to store "none" would change its JS shape.
      if (head !== o.ob_weakreflist) o.ob_weakreflist = head as PyObject | null;
    }
    const st = this.strIx;
    for (let j = 0; j < f.interned.length; j++) (objs[st[j]] as PyUnicodeObject).interned = f.interned[j] === 1;
    const ty = this.typeIx;
    for (let j = 0; j < f.subclasses.length; j++) {
      const subs = f.subclasses[j];
      (objs[ty[j]] as PyTypeObject).tp_subclasses = copyLists && subs !== null ? subs.slice() : subs;
    }
  }
}

const staticGroup = new SharedGroup(staticObjects);

/** A static object registered after a record was taken (a static str that _Py_ID makes
 *  on first use) starts at its baseline; nothing else of it can differ between
 *  runtimes (it is made interned, with no GC header and no weak references). */
function resetLaterStatics(from: number): void {
  for (let i = from; i < staticObjects.length; i++) staticObjects[i].ob_refcnt = staticBaseline[i];
}

/** What a runtime has of the shared objects: the static objects' fields and each
 *  startup heap's (by version). Null: a runtime that has not run (the images). */
interface SharedState {
  statics: SharedFields;
  heaps: Map<string, SharedFields>;
}

_PyRuntime_RegisterState<SharedState | null>({
  name: 'static objects and the startup heap',
  save: () => {
    const m = new Map<string, SharedFields>();
    for (const [v, h] of heaps) m.set(v, h.group.capture());
    return { statics: staticGroup.capture(), heaps: m };
  },
  restore: (s) => {
    // The images are templates: each runtime gets its own copies of their lists.
    const statics = s !== null ? s.statics : staticsImage;
    if (statics !== null) staticGroup.apply(statics, s === null);
    // Before any startup heap (the first boot runtime, a bare runtime of the unit
    // tests), the static objects' fields are as the modules made them.
    resetLaterStatics(statics !== null ? statics.n : 0);
    for (const [v, h] of heaps) {
      // A heap prepared after `s` was taken is as built for that runtime.
      const f = s !== null ? s.heaps.get(v) : undefined;
      h.group.apply(f ?? h.image, f === undefined);
    }
  },
  fresh: () => null,
});
