// Builds the HeapSnapshot (../snapshot.ts) of a paused interpreter: its frames, the
// program's live objects with their references and referrers, the GC generations
// and the allocator view. One walk over every reference the model can name
// (vm/inspect.ts walkReferences) gives every object's referrers at once, so the cost
// is O(heap), not O(heap) per object. Looking changes no count and no allocator state.

import { PyObject, GC_UNTRACKED, staticObjects, refLabelsWanted, _Py_SetRefLabelsWanted } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import { buildAllocatorView } from '../memory/view';
import { liveObjects, interpreterRoots } from '../vm/inspect';
import { walkReferrers } from './referrers';
import { FrameOwner, type InterpreterFrame } from '../vm/frame';
import type { Interpreter } from '../vm/run';
import { CO, CO_FAST } from '../compiler/code';
import { _PyType_PreHeaderSize } from '../objects/objalloc';
import type { GCState } from '../gc/gcstate';
import { gc_list_size } from '../gc/gclist';
import { GC_PERMANENT } from '../gc/gcstate';
import { safeRepr, reprIsDefault } from './repr';
import { refSlot } from './refslot';
import { freeListViews } from './freelists_view';
import {
  SNAPSHOT_VERSION, type HeapSnapshot, type ObjectSnap, type FrameSnap, type ReferrerSnap, type RefSnap,
  type MemoryLocation, type ObjectFlags, type GcSnap, type GcCollectionEvent, type AllocatorView,
} from '../snapshot';

export interface SnapshotOptions {
  /** The step this picture is of (the debuggee's instruction count). */
  step: number;
  /** Outgoing references kept per object (a list of a million items keeps the first N). */
  maxRefs?: number;
  /** Referrer entries kept per object; the rest are summed into one "… more" entry. */
  maxReferrers?: number;
  /** Tracked objects listed per generation. */
  maxGenerationObjects?: number;
  /** The last collection and the step it ran at (the debugger's GC sink keeps it). */
  lastCollection?: GcCollectionEvent & { step: number };
  /** The previous view of this interpreter's allocator: unchanged arenas are reused (memory/view.ts). */
  previousMemory?: AllocatorView;
  stdout?: string;
  stderr?: string;
}

const MAX_REFS = 200;
const MAX_REFERRERS = 64;
const MAX_GEN_OBJECTS = 5000;

/** The frames of the running thread, innermost first, as the snapshot shows them. */
export function frameSnaps(it: Interpreter): FrameSnap[] {
  const frames = it.currentFrames();
  return frames.map((f, i) => frameSnap(f, i === 0, i === frames.length - 1));
}

function frameKind(f: InterpreterFrame): FrameSnap['kind'] {
  const co = f.f_code;
  if ((co.co_flags & CO.GENERATOR) !== 0 || f.owner === FrameOwner.GENERATOR) return 'generator';
  if (co.name === '<module>') return 'module';
  if (co.name === '<lambda>') return 'lambda';
  if (/^<(list|set|dict|gen)comp>$/.test(co.name)) return 'comprehension';
  if ((co.co_flags & CO.OPTIMIZED) === 0) return 'class';
  return 'function';
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

function frameSnap(f: InterpreterFrame, innermost: boolean, base: boolean): FrameSnap {
  const co = f.f_code;
  const locals: FrameSnap['locals'] = [];
  const names = co.localsplusnames;
  const kinds = co.co_localspluskinds;
  const n = co.co_nlocalsplus;
  for (let i = 0; i < n; i++) {
    let v = f.localsplus[i];
    // A cell (MAKE_CELL / COPY_FREE_VARS done) shows what it holds, as the name reads.
    if (v !== null && (kinds[i] & (CO_FAST.CELL | CO_FAST.FREE)) !== 0 && v.ob_type.tp_name === 'cell') {
      v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
    }
    locals.push({ name: (names[i] as unknown as { str: string }).str, id: v === null ? null : v.ob_addr });
  }
  if (f.f_locals !== null && (co.co_flags & CO.OPTIMIZED) === 0) {
    // Module and class bodies: the namespace dict's entries, in insertion order, dunders aside.
    const keys = (f.f_locals as unknown as { ma_keys?: { dk_nentries: number; me_key: (PyObject | null)[]; me_value: (PyObject | null)[] } }).ma_keys;
    if (keys !== undefined) {
      for (let i = 0; i < keys.dk_nentries; i++) {
        const v = keys.me_value[i];
        const k = keys.me_key[i];
        if (v === null || k === null) continue;
        const name = (k as unknown as { str?: string }).str;
        if (name === undefined || isDunder(name)) continue;
        locals.push({ name, id: v.ob_addr });
      }
    }
  }
  const stack: (number | null)[] = [];
  for (let i = n; i < f.stacktop; i++) {
    const v = f.localsplus[i];
    stack.push(v === null ? null : v.ob_addr);
  }
  return {
    id: f.serial,
    name: co.name,
    qualname: co.qualname,
    filename: co.filename,
    // The innermost frame stands before its next instruction; callers at their call.
    line: innermost ? co.lineOf(f.prev_instr + 1) : f.lineno(),
    kind: frameKind(f),
    calledBy: f.is_entry && !base ? 'runtime' : base ? 'runtime' : 'python',
    locals,
    stack,
  };
}

/** sys.getsizeof without running __sizeof__ of a Python class. */
export function sizeOf(o: PyObject): number {
  const t = o.ob_type;
  try {
    return (t.tp_sizeof !== null ? t.tp_sizeof(o) : t.tp_basicsize) + _PyType_PreHeaderSize(t.tp_flags);
  } catch {
    return t.tp_basicsize + _PyType_PreHeaderSize(t.tp_flags);
  }
}

export function gcGeneration(o: PyObject): ObjectSnap['gc'] {
  const g = o.gc_gen ?? GC_UNTRACKED;
  if (g === GC_UNTRACKED) return 'untracked';
  if (g === GC_PERMANENT) return 'permanent';
  return g as 0 | 1 | 2;
}

/** Where o's memory is: a pymalloc block, a raw chunk, libpython's data, or the startup heap. */
export function memoryOf(mem: Obmalloc, o: PyObject, isStatic: boolean): MemoryLocation {
  if (isStatic) return { kind: 'static' };
  const loc = mem.locate(o.ob_addr - _PyType_PreHeaderSize(o.ob_type.tp_flags));
  if (loc === null) return { kind: 'startup' };
  if (loc.kind === 'raw') return { kind: 'raw', chunk: loc.address, nbytes: loc.nbytes };
  return { kind: 'pool', arena: loc.arenaAddress, pool: loc.poolAddress, block: loc.block, szidx: loc.szidx, blockSize: loc.blockSize };
}

/** Static objects by identity, built once per list length (the list only grows at startup). */
let staticSet: Set<PyObject> = new Set();
export function staticObjectSet(): Set<PyObject> {
  if (staticSet.size !== staticObjects.length) staticSet = new Set(staticObjects);
  return staticSet;
}

export function objectFlags(it: Interpreter, o: PyObject, statics: Set<PyObject>, mem: Obmalloc): ObjectFlags {
  const flags: ObjectFlags = {};
  const isStatic = statics.has(o);
  if (isStatic) flags.static = true;
  const tn = o.ob_type.tp_name;
  if (isStatic) {
    if (tn === 'int') flags.cached = 'small int';
    else if (tn === 'str') {
      // The other static strings are identifiers (_Py_ID): interned, not a cache of values.
      const n = [...(o as unknown as { str: string }).str].length;
      if (n === 0) flags.cached = 'empty';
      else if (n === 1) flags.cached = 'latin-1 char';
    }
    else if (tn === 'tuple' || tn === 'bytes') flags.cached = 'empty';
    else if (tn === 'NoneType' || tn === 'bool' || tn === 'ellipsis' || tn === 'NotImplementedType') flags.cached = 'singleton';
  }
  if (tn === 'str' && (o as unknown as { interned?: boolean }).interned === true) flags.interned = true;
  if (isStatic || it.isStartupObject(o) || mem.locate(o.ob_addr - _PyType_PreHeaderSize(o.ob_type.tp_flags)) === null) flags.runtime = true;
  if (!reprIsDefault(o)) flags.customRepr = true;
  return flags;
}

function lengthOf(o: PyObject): number | undefined {
  const a = o as unknown as { ob_item?: unknown[]; ma_used?: number; used?: number; str?: string; ob_sval?: Uint8Array; ob_size?: number };
  switch (o.ob_type.tp_name) {
    case 'list': case 'tuple': return a.ob_item?.length;
    case 'dict': return a.ma_used;
    case 'set': case 'frozenset': return a.used;
    case 'str': return a.str !== undefined ? [...a.str].length : undefined;
    case 'bytes': return a.ob_sval?.length;
    case 'bytearray': return a.ob_size;
    default: return undefined;
  }
}

/** Outgoing references of o (its tp_refs), capped. */
export function refsOf(o: PyObject, max: number): { refs: RefSnap[]; truncated: boolean } {
  const refs: RefSnap[] = [];
  let truncated = false;
  const visit = o.ob_type.tp_refs ?? o.ob_type.tp_traverse;
  if (visit !== null) {
    const was = _Py_SetRefLabelsWanted(true);
    try {
      visit(o, (t, label) => {
        if (refs.length >= max) {
          truncated = true;
          return;
        }
        refs.push({ to: t.ob_addr, slot: refSlot(label, o.ob_type.tp_name) });
      });
    } finally {
      _Py_SetRefLabelsWanted(was);
    }
  }
  return { refs, truncated };
}

/** Edges that lead from the program's data into the interpreter's machinery: the panel's
 *  "data" is what the names reach without going through these. */
const NOT_DATA: Record<string, Set<string> | 'all'> = {
  function: new Set(['__code__', '__globals__', '__builtins__', '__module__', '__name__', '__qualname__', '__doc__']),
  code: 'all',
  frame: 'all',
  module: 'all',
  '_io.TextIOWrapper': 'all',
};

function reach(seeds: Iterable<PyObject>, dataOnly: boolean, into: Set<PyObject> = new Set()): Set<PyObject> {
  const stack: PyObject[] = [];
  for (const o of seeds) {
    if (!into.has(o)) {
      into.add(o);
      stack.push(o);
    }
  }
  const was = _Py_SetRefLabelsWanted(dataOnly);
  try {
    while (stack.length > 0) {
      const o = stack.pop() as PyObject;
      const skip = dataOnly ? NOT_DATA[o.ob_type.tp_name] : undefined;
      if (skip === 'all') continue;
      const visit = o.ob_type.tp_refs ?? o.ob_type.tp_traverse;
      if (visit === null) continue;
      visit(o, (t, label) => {
        if (into.has(t) || (skip !== undefined && skip.has(label))) return;
        into.add(t);
        stack.push(t);
      });
    }
  } finally {
    _Py_SetRefLabelsWanted(was);
  }
  return into;
}

/** The program's data: what its frames' names and value stacks reach (not through code objects,
 *  modules or a function's code and globals), plus garbage — program objects that nothing reaches
 *  any more (cycles waiting for the collector), and what they reach. */
function dataObjects(it: Interpreter, frames: InterpreterFrame[], program: PyObject[]): Set<PyObject> {
  const names: PyObject[] = [];
  const machinery: PyObject[] = [];
  for (const f of frames) {
    for (let i = 0; i < f.stacktop; i++) {
      const v = f.localsplus[i];
      if (v !== null) names.push(v);
    }
    if (f.f_locals !== null) {
      // A module or class body's namespace: its values are names too.
      const keys = (f.f_locals as unknown as { ma_keys?: { dk_nentries: number; me_value: (PyObject | null)[] } }).ma_keys;
      if (keys !== undefined) for (let i = 0; i < keys.dk_nentries; i++) if (keys.me_value[i] !== null) names.push(keys.me_value[i] as PyObject);
      machinery.push(f.f_locals);
    }
    machinery.push(f.f_code);
    if (f.f_func !== null) machinery.push(f.f_func);
    if (f.frame_obj !== null) machinery.push(f.frame_obj);
  }
  for (const [, r] of interpreterRoots(it)) machinery.push(r);
  const all = reach(machinery, false, reach(names, false));
  for (const o of staticObjectSet()) reach([o], false, all);
  const garbage = program.filter((o) => !all.has(o));
  return reach(garbage, true, reach(names, true));
}

function gcSnap(gc: GCState, maxObjects: number, last: HeapSnapshot['gc']['last']): GcSnap {
  const gens = gc.generations.map((g) => {
    const objects: number[] = [];
    let truncated = false;
    const head = g.head as unknown as PyObject;
    for (let o = head.gc_next; o !== null && o !== head; o = o.gc_next) {
      if (objects.length >= maxObjects) {
        truncated = true;
        break;
      }
      objects.push(o.ob_addr);
    }
    const s: GcSnap['generations'][number] = { count: g.count, threshold: g.threshold, objects };
    if (truncated) s.objectsTruncated = true;
    return s;
  });
  const snap: GcSnap = {
    enabled: gc.enabled,
    generations: [gens[0], gens[1], gens[2]],
    permanent: gc_list_size(gc.permanent_generation.head),
    longLivedTotal: gc.long_lived_total,
    longLivedPending: gc.long_lived_pending,
    collections: [gc.generation_stats[0].collections, gc.generation_stats[1].collections, gc.generation_stats[2].collections],
  };
  if (last !== undefined) snap.last = last;
  return snap;
}

/** The snapshot of `it` now (paused between two instructions). */
export function buildSnapshot(it: Interpreter, opts: SnapshotOptions): HeapSnapshot {
  const mem = it.rt.mem as Obmalloc;
  const statics = staticObjectSet();
  const frames = it.currentFrames();
  const live = liveObjects(mem);
  const program = live.filter((o) => !it.isStartupObject(o));
  const data = dataObjects(it, frames, program);
  // Included: every program object, and the runtime/static objects the program's data refers to.
  const included = new Set<PyObject>(program);
  for (const o of data) included.add(o);

  // Referrers of every included object, from one walk.
  const referrers = new Map<PyObject, ReferrerSnap[]>();
  for (const [target, held] of walkReferrers(it, (o) => included.has(o))) {
    referrers.set(target, held.map(({ holder, slot, object, frame, namespaceOf: nsFrame }): ReferrerSnap => {
      if (frame !== undefined) return { frame: frame.serial, label: `${slot} (${holder})`, slot: refSlot(slot, 'frame'), count: 1 };
      if (nsFrame !== undefined && object !== undefined) {
        // A module or class body's names live in its namespace dict: say so as a name.
        const s = refSlot(slot, 'dict');
        const where = `${nsFrame.f_code.qualname} namespace`;
        if (s.kind === 'value') {
          const name = s.key.replace(/^'(.*)'$/s, '$1');
          return { frame: nsFrame.serial, from: object.ob_addr, label: `name ${name} (${where})`, slot: { kind: 'local', name }, count: 1 };
        }
        return { frame: nsFrame.serial, from: object.ob_addr, label: `key of ${where}`, slot: s, count: 1 };
      }
      if (object !== undefined) return { from: object.ob_addr, label: `${holder} ${slot}`, slot: refSlot(slot, object.ob_type.tp_name), count: 1 };
      return { label: `${holder}: ${slot}`, slot: { kind: 'other', label: slot }, count: 1 };
    }));
  }
  void refLabelsWanted;

  const maxRefs = opts.maxRefs ?? MAX_REFS;
  const maxReferrers = opts.maxReferrers ?? MAX_REFERRERS;
  const objects: ObjectSnap[] = [];
  for (const o of included) {
    const flags = objectFlags(it, o, statics, mem);
    if (!flags.runtime && !data.has(o)) flags.internal = true;
    const { refs, truncated } = refsOf(o, maxRefs);
    const snap: ObjectSnap = {
      id: o.ob_addr,
      type: o.ob_type.tp_name,
      repr: safeRepr(o),
      ob_refcnt: o.ob_refcnt,
      size: sizeOf(o),
      gc: gcGeneration(o),
      flags,
      memory: memoryOf(mem, o, flags.static === true),
      refs,
      referrers: completeReferrers(referrers.get(o) ?? [], o, flags.static === true, maxReferrers),
    };
    const len = lengthOf(o);
    if (len !== undefined) snap.length = len;
    if (truncated) snap.refsTruncated = true;
    objects.push(snap);
  }
  objects.sort((a, b) => a.id - b.id);

  const top = frames[0];
  return {
    version: SNAPSHOT_VERSION,
    python: it.rt.profile.version,
    step: opts.step,
    filename: top !== undefined ? top.f_code.filename : it.filename,
    line: top !== undefined ? top.f_code.lineOf(top.prev_instr + 1) : 0,
    frames: frames.map((f, i) => frameSnap(f, i === 0, i === frames.length - 1)),
    objects,
    omittedRuntimeObjects: live.length - program.length,
    gc: gcSnap(it.rt.gc as GCState, opts.maxGenerationObjects ?? MAX_GEN_OBJECTS, opts.lastCollection),
    memory: allocatorView(it, opts.previousMemory),
    stdout: opts.stdout ?? '',
    stderr: opts.stderr ?? '',
  };
}

/** The allocator view with the type free lists (memory/view.ts knows only obmalloc's own state). */
export function allocatorView(it: Interpreter, previous?: AllocatorView): AllocatorView {
  const v = buildAllocatorView(it.rt.mem as Obmalloc, null, previous ?? null);
  v.freeLists = freeListViews(it.rt.profile);
  return v;
}

/** The named referrers, capped, plus what no walk can name so that the counts add up to ob_refcnt:
 *  a static object's references from CPython's startup, or references runtime code holds in its
 *  C locals while it runs (the argument tuple type.__call__ passes to __init__, for example). */
export function completeReferrers(named: ReferrerSnap[], o: PyObject, isStatic: boolean, max: number, total = named.length): ReferrerSnap[] {
  let out = named;
  if (total > max) {
    out = named.slice(0, max);
    const rest = total - max;
    out.push({ label: `… and ${rest} more references`, slot: { kind: 'other', label: 'more' }, count: rest });
  }
  const counted = total;
  if (counted < o.ob_refcnt) {
    const rest = o.ob_refcnt - counted;
    out.push(isStatic
      ? { label: 'references from CPython\'s startup (modules, caches PyHeap does not build)', slot: { kind: 'other', label: 'startup' }, count: rest }
      : { label: 'held by runtime code that is running (its C locals)', slot: { kind: 'other', label: 'C stack' }, count: rest });
  }
  return out;
}
