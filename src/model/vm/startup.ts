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
  objects: PyObject[];
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
  heaps.set(profile.version, { objects, image: captureFields(objects) });
  _PyUnicode_RecordStartupInterned(profile.version);
  staticsImage = captureFields(staticObjects);
  staticsImage.refcnt.set(staticBaseline);
}

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

/** The startup heap's objects of every prepared profile (tests). */
export function _PyStartup_Objects(): PyObject[] {
  const out: PyObject[] = [];
  for (const h of heaps.values()) out.push(...h.objects);
  return out;
}

// ---------------------------------------------------------------------------
// The shared objects' per-runtime fields

/** The fields a runtime can change in the first `n` objects of a group (the static
 *  objects, or a startup heap's). Besides every object's ob_refcnt, each kind of
 *  object has its own, recognised by its type (which a shared object never changes):
 *  GC objects their PyGC_Head (a collection marks a startup object it reaches from
 *  its young generation), objects that support weak references their list head, str
 *  its interned flag (interning a static char), type objects tp_subclasses (a class
 *  statement adds its class to its bases'). `extra` holds those in object order. */
interface SharedFields {
  n: number;
  refcnt: Float64Array;
  extra: unknown[];
}

function hasWeakrefList(t: PyTypeObject): boolean {
  return t.tp_weaklistoffset !== 0 || (t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0;
}

function captureFields(objs: readonly PyObject[]): SharedFields {
  const n = objs.length;
  const refcnt = new Float64Array(n);
  const extra: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const o = objs[i];
    refcnt[i] = o.ob_refcnt;
    const t = o.ob_type;
    if ((t.tp_flags & TypeFlags.HAVE_GC) !== 0) extra.push(o.gc_gen, o.gc_refs, o.gc_prev, o.gc_next, o.gc_finalized);
    if (hasWeakrefList(t)) extra.push(o.ob_weakreflist);
    if (t === PyUnicode_Type) extra.push((o as PyUnicodeObject).interned);
    if ((t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) {
      const subs = (o as PyTypeObject).tp_subclasses;
      extra.push(subs);
    }
  }
  return { n, refcnt, extra };
}

/** Writes `f` back into its objects. `copyLists`: give each type a copy of its
 *  tp_subclasses (the record is a template that must not see the runtime's changes). */
function applyFields(objs: readonly PyObject[], f: SharedFields, copyLists: boolean): void {
  const { n, refcnt, extra } = f;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const o = objs[i];
    o.ob_refcnt = refcnt[i];
    const t = o.ob_type;
    if ((t.tp_flags & TypeFlags.HAVE_GC) !== 0) {
      o.gc_gen = extra[k++] as number;
      o.gc_refs = extra[k++] as number;
      o.gc_prev = extra[k++] as PyObject | null;
      o.gc_next = extra[k++] as PyObject | null;
      o.gc_finalized = extra[k++] as boolean;
    }
    if (hasWeakrefList(t)) {
      const head = extra[k++] as PyObject | null | undefined;
      // Undefined: an object made before its type's tp_weaklistoffset was set, with no
      // field yet; adding one just to store "none" would change its JS shape.
      if (head !== o.ob_weakreflist) o.ob_weakreflist = head as PyObject | null;
    }
    if (t === PyUnicode_Type) (o as PyUnicodeObject).interned = extra[k++] as boolean;
    if ((t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) {
      const subs = extra[k++] as PyTypeObject[] | null;
      (o as PyTypeObject).tp_subclasses = copyLists && subs !== null ? subs.slice() : subs;
    }
  }
}

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
    for (const [v, h] of heaps) m.set(v, captureFields(h.objects));
    return { statics: captureFields(staticObjects), heaps: m };
  },
  restore: (s) => {
    // The images are templates: each runtime gets its own copies of their lists.
    const statics = s !== null ? s.statics : staticsImage;
    if (statics !== null) applyFields(staticObjects, statics, s === null);
    // Before any startup heap (the first boot runtime, a bare runtime of the unit
    // tests), the static objects' fields are as the modules made them.
    resetLaterStatics(statics !== null ? statics.n : 0);
    for (const [v, h] of heaps) {
      // A heap prepared after `s` was taken is as built for that runtime.
      const f = s !== null ? s.heaps.get(v) : undefined;
      applyFields(h.objects, f ?? h.image, f === undefined);
    }
  },
  fresh: () => null,
});
