// The serialisable picture of the simulated heap at one step: what the memory panel
// draws and what the debug adapter's `pyheap/snapshot` request returns. Types only
// (plus the version constant): the webview imports this file and nothing else of the
// model. Every object is named by its Python id() (its simulated address), never by
// a JS reference. A contract for the panel, the adapter and scripts: add fields,
// bump SNAPSHOT_VERSION when a field changes meaning or goes away.

import type { AllocatorView, ArenaView, PoolView } from './memory/view';
import type { GcCollectionEvent } from './gc/events';

export type { AllocatorView, ArenaView, PoolView, BlockView, RawChunkView, FreeListView, OwnerRef, BlockState, PoolState } from './memory/view';
export type { GcCollectionEvent, GcExamined, GcObjectRef } from './gc/events';

export const SNAPSHOT_VERSION = 1;

/** Where an object's memory is, as Objects/obmalloc.c placed it. */
export type MemoryLocation =
  /** A pymalloc block: arena → pool → block index, of size class szidx (blockSize bytes). */
  | { kind: 'pool'; arena: number; pool: number; block: number; szidx: number; blockSize: number }
  /** A chunk of the raw (glibc-like) heap: objects over 512 bytes, or 0-byte requests. */
  | { kind: 'raw'; chunk: number; nbytes: number }
  /** libpython's data segment: small ints, None, True, '', (), 1-char strings, static types. */
  | { kind: 'static' }
  /** Made while the interpreter started (static types' dicts, method descriptors, interned names):
   *  in CPython those are pymalloc blocks too, in arenas PyHeap builds once per process and does not draw. */
  | { kind: 'startup' };

/** The slot a reference occupies in its holder. */
export type RefSlot =
  | { kind: 'index'; index: number } // list/tuple item, value stack entry
  | { kind: 'key'; key: string } // a dict's key object (key is its repr)
  | { kind: 'value'; key: string } // a dict's value, under the key whose repr is `key`
  | { kind: 'attr'; name: string } // an attribute (instance dict or managed values, type slot)
  | { kind: 'item' } // a set member (unordered)
  | { kind: 'cell' } // a cell's contents
  | { kind: 'local'; name: string } // a frame's fast local or namespace name
  | { kind: 'stack'; index: number } // a frame's value stack
  | { kind: 'const'; index: number } // co_consts
  | { kind: 'other'; label: string }; // anything else, named as the model names it (f_code, tp_dict...)

/** One outgoing reference of an object. */
export interface RefSnap {
  to: number;
  slot: RefSlot;
}

/** Who holds one reference that makes up an object's ob_refcnt. */
export interface ReferrerSnap {
  /** The holding object's id, when the holder is an object. */
  from?: number;
  /** The holding frame's id, when it is a frame (locals, value stack). */
  frame?: number;
  /** Human-readable: 'name a (frame <module>)', "list 0x7f…[0]", 'code constant'... */
  label: string;
  slot: RefSlot;
  /** References this entry stands for (1; a static object's startup baseline may be more). */
  count: number;
}

export interface ObjectFlags {
  /** Lives in libpython's data segment (never freed). */
  static?: boolean;
  /** A cached singleton-like object: small int (-5..256), 1-character Latin-1 str, '' , (), None, True/False. */
  cached?: 'small int' | 'latin-1 char' | 'empty' | 'singleton';
  /** An interned str (sys.intern, identifiers, names in code). */
  interned?: boolean;
  /** Made by the interpreter before the program's first instruction (startup, builtins, sys, __main__). */
  runtime?: boolean;
  /** The program's, but machinery rather than data: code objects and what only they hold (co_names,
   *  line tables...), frame objects. The panel hides these with the runtime's objects unless asked. */
  internal?: boolean;
  /** A container whose class defines __repr__ in Python: `repr` shows object.__repr__'s form, since
   *  the debugger does not run the program's code to look. */
  customRepr?: boolean;
}

export interface ObjectSnap {
  id: number;
  type: string;
  /** repr as CPython would print it, computed without running Python code (user __repr__ is not called). */
  repr: string;
  ob_refcnt: number;
  /** sys.getsizeof: the struct, its separate buffers and the GC pre-header. */
  size: number;
  /** GC generation (0/1/2), 'permanent' (gc.freeze) or 'untracked'. */
  gc: 0 | 1 | 2 | 'permanent' | 'untracked';
  flags: ObjectFlags;
  memory: MemoryLocation;
  /** len() for sized builtins (list, tuple, dict, set, str, bytes...). */
  length?: number;
  /** Outgoing references, in the holder's order (capped: see refsTruncated). */
  refs: RefSnap[];
  /** refs holds only the first N; the object has `length` or more references. */
  refsTruncated?: boolean;
  /** Every reference that makes up ob_refcnt; the counts add up to ob_refcnt. */
  referrers: ReferrerSnap[];
}

export interface FrameSnap {
  /** Stable for the frame's lifetime (a serial number), so the panel can key on it. */
  id: number;
  name: string;
  qualname: string;
  filename: string;
  line: number;
  kind: 'module' | 'class' | 'function' | 'generator' | 'lambda' | 'comprehension';
  /** Who called it: another Python frame, or runtime code (type.__call__ running __init__, print running __repr__...). */
  calledBy: 'python' | 'runtime';
  /** Names bound in the frame, in co_varnames / namespace order; id null = not bound yet (unbound local). */
  locals: { name: string; id: number | null }[];
  /** The value stack, bottom first (ids; null for a NULL slot). */
  stack: (number | null)[];
}

export interface GcGenerationSnap {
  count: number;
  threshold: number;
  /** ids of the tracked objects in this generation, in list order (capped by the builder; see objectsTruncated). */
  objects: number[];
  objectsTruncated?: boolean;
}

export interface GcSnap {
  enabled: boolean;
  generations: [GcGenerationSnap, GcGenerationSnap, GcGenerationSnap];
  permanent: number;
  /** gcstate->long_lived_total / long_lived_pending (when generation 2 is collected). */
  longLivedTotal: number;
  longLivedPending: number;
  /** Collections so far, per generation (gc.get_stats()[i]['collections']). */
  collections: [number, number, number];
  /** The most recent collection, phase by phase, and the step it ran at. */
  last?: GcCollectionEvent & { step: number };
}

export interface HeapSnapshot {
  version: typeof SNAPSHOT_VERSION;
  python: string;
  /** The debuggee step this picture is of (instructions executed so far). */
  step: number;
  /** The line about to run in the innermost frame, and its file. */
  filename: string;
  line: number;
  /** Innermost first. */
  frames: FrameSnap[];
  /** Program objects alive now, plus every runtime/static object a program object or frame refers to. */
  objects: ObjectSnap[];
  /** How many live objects were left out (runtime objects nothing of the program refers to). */
  omittedRuntimeObjects: number;
  gc: GcSnap;
  memory: AllocatorView;
  /** What the program has printed so far. */
  stdout: string;
  stderr: string;
}

/** The allocator's part of a delta: arena headers (the arenas alive after the step, in
 *  `arenas` order, without their pools) and the pools that changed, whole. A pool not
 *  listed is as it was; an arena not listed is gone. */
export interface AllocatorDelta {
  arenas: (Omit<ArenaView, 'pools'> & { npools: number })[];
  pools: { arena: number; pool: PoolView }[];
  raw: AllocatorView['raw'];
  freeLists: AllocatorView['freeLists'];
  memoryUsed: number;
  memoryCap: number;
  rawVersion: number;
  freeListsVersion: number;
}

/** What changed between two snapshots of one session: applied to `fromStep`'s picture it
 *  gives `toStep`'s (forwards or backwards in time). */
export interface SnapshotDelta {
  version: typeof SNAPSHOT_VERSION;
  fromStep: number;
  toStep: number;
  filename: string;
  line: number;
  /** Whole (frames are few). */
  frames: FrameSnap[];
  /** New or changed objects, whole. */
  upserted: ObjectSnap[];
  /** ids of objects gone (freed, or no longer referred to by the program). */
  removed: number[];
  omittedRuntimeObjects: number;
  gc: GcSnap;
  memory: AllocatorDelta;
  /** The output so far, when it changed (whole: a step back shortens it). */
  stdout?: string;
  stderr?: string;
}
