// The startup heap. Before `python FILE` runs a line, CPython has built the dicts
// of its static types (with a method descriptor per builtin method) and interned
// their names. PyHeap builds them once per process, in an address range of their
// own (memory/addrspace.ts STARTUP_*), and records their reference counts and the
// interned table; every new interpreter starts from exactly that state, so a run
// gives the same ids and counts whatever ran before it in the process (replay,
// several debug sessions, the test suite).

import { PyObject, _Py_ResetStatics, _Py_RegisterStatic, staticTypes } from '../objects/object';
import { PyRuntime } from '../runtime';
import { Obmalloc } from '../memory/obmalloc';
import { STARTUP_MMAP_BASE, STARTUP_HEAP_BASE } from '../memory/addrspace';
import type { Profile } from '../profiles/profile';
import { _PyTypes_InitTypes, type_name_str } from '../objects/typeobject';
import staticTypeStartupRefs from '../objects/static_type_refcounts.json';
import { _PyUnicode_SnapshotInterned, _PyUnicode_SeedInterned } from '../objects/unicode_type';
import type { PyUnicodeObject } from '../objects/unicode_type';
import { installGc } from '../gc/index';
import { liveObjects } from './inspect';

interface StartupHeap {
  objects: PyObject[];
  refcnts: number[];
  interned: Map<string, PyUnicodeObject>;
}

const heaps = new Map<string, StartupHeap>();

/** Builds the startup heap for this profile once (it activates a runtime of its own:
 *  call it before activating the program's runtime). */
export function prepareStartupHeap(profile: Profile): void {
  if (heaps.has(profile.version)) return;
  const boot = new PyRuntime(profile, new Obmalloc(profile.memory, { mmapBase: STARTUP_MMAP_BASE, heapBase: STARTUP_HEAP_BASE }));
  boot.activate();
  installGc(boot);
  _Py_ResetStatics();
  _PyTypes_InitTypes();
  registerStaticTypes();
  const objects = liveObjects(boot.mem as Obmalloc);
  heaps.set(profile.version, {
    objects,
    refcnts: objects.map((o) => o.ob_refcnt),
    interned: _PyUnicode_SnapshotInterned(),
  });
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

/** The startup heap's objects (shared by every run of the profile), for looking objects up by id. */
export function startupHeapObjects(profile: Profile): readonly PyObject[] {
  return heaps.get(profile.version)?.objects ?? [];
}

/** Puts static objects and the startup heap back as startup left them, and gives the
 *  current (just activated) runtime the startup interned table. */
export function resetToStartup(profile: Profile): void {
  const h = heaps.get(profile.version);
  if (h === undefined) throw new Error('internal: startup heap not prepared');
  _Py_ResetStatics();
  for (let i = 0; i < h.objects.length; i++) h.objects[i].ob_refcnt = h.refcnts[i];
  _PyUnicode_SeedInterned(h.interned);
}
