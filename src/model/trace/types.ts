// The per-line trace: what `pyheap trace` prints and what CodeLens shows above each
// line. A contract for the CLI (--json) and the editor: add fields, don't rename.
// summarizeSource (summary.ts) folds the trace into one record per source line for
// CodeLens and hovers; its types are the second half of this file.

import type { MemoryLocation } from '../snapshot';

export interface TraceObject {
  /** id() of the object (its address). */
  id: number;
  /** Type name, as type(o).__name__. */
  type: string;
  /** A short repr for display (never runs Python code). */
  repr: string;
}

export interface RefcountDelta extends TraceObject {
  /** ob_refcnt when the line started (0 if allocated during it) and when it ended (0 if freed). */
  before: number;
  after: number;
  /** Set by the summary on static objects (small ints, None, '', static types): their count
   *  includes the interpreter's startup references, so the change means more than the values. */
  static?: boolean;
}

export interface AllocEvent extends TraceObject {
  /** Bytes requested from the allocator for the object itself (with its GC pre-header). */
  size: number;
}

/** An object whose memory went back: to a pool (the block joins its freeblock list),
 *  to the raw heap, or nowhere (kept on its type's free list for reuse). */
export interface FreeEvent extends TraceObject {
  /** Where its block was, when it was released; absent when the object was kept on a free list. */
  released?: ObjectLocation;
}

export interface GCRunEvent {
  generation: number;
  /** 'automatic' (threshold exceeded at an allocation) or 'gc.collect'. */
  trigger: 'automatic' | 'gc.collect';
  collected: number;
  uncollectable: number;
  /** Objects move_unreachable found unreachable, and objects deallocated while the garbage was cleared. */
  unreachable: number;
  freed: number;
}

export interface TraceLine {
  /** 1-based source line; 0 for work done outside any line (e.g. module teardown). */
  line: number;
  /** Name of the code object running the line: '<module>', 'f', 'C.method'... */
  code: string;
  /** Net refcount change per object over this execution of the line (objects whose count ended where it began are left out). */
  refcounts: RefcountDelta[];
  allocs: AllocEvent[];
  frees: FreeEvent[];
  gc: GCRunEvent[];
}

export interface TraceResult {
  result: { stdout: string; stderr: string; exitCode: number };
  lines: TraceLine[];
  /** Bytecode instructions executed. */
  steps?: number;
}

/** Where an object's memory is (snapshot.ts MemoryLocation), with the addresses a
 *  reader looks for: the pool's and the arena's for a pymalloc block. */
export type ObjectLocation =
  | (Extract<MemoryLocation, { kind: 'pool' }> & { poolAddress: number; arenaAddress: number; blockAddress: number })
  | (Extract<MemoryLocation, { kind: 'raw' }> & { chunkSize: number })
  | Extract<MemoryLocation, { kind: 'static' }>;

// ---------------------------------------------------------------------------
// summarizeSource: one record per executed source line.

/** One line execution's effects, split between the program's objects (bound to a
 *  name of a running frame, or reachable from one, at the start or the end of the
 *  line) and the runtime's (the print buffer, bound methods, argument tuples, the
 *  strings naming globals, module dicts...). */
export interface LineEffects {
  refcounts: RefcountDelta[];
  allocs: AllocEvent[];
  frees: FreeEvent[];
  gc: GCRunEvent[];
  runtime: { refcounts: RefcountDelta[]; allocs: AllocEvent[]; frees: FreeEvent[] };
}

/** One reference that makes up an object's ob_refcnt, as the program sees it. */
export interface Holder {
  /** 'name a (<module>)', 'local x (f)', 'stack (f)', 'list 0x7f…', 'Node 0x7f…' ... */
  holder: string;
  /** The holder's slot: '[0]', "['k']", '.name', 'cell_contents'... ('' for a name). */
  slot: string;
  count: number;
}

/** An object as a hover shows it (inspect.ts ObjectInfo, plus where it lives and who holds it). */
export interface ObjectSummary extends TraceObject {
  ob_refcnt: number;
  /** sys.getsizeof. */
  size: number;
  /** 0/1/2, 'permanent' (gc.freeze) or 'untracked'. */
  gc: number | 'permanent' | 'untracked';
  /** Static objects live in libpython's data segment; their count includes the interpreter's own references. */
  static: boolean;
  memory: ObjectLocation;
  /** References from the program's names and objects (the first few; see holdersOmitted). */
  heldBy: Holder[];
  /** References in heldBy's count that are not listed. */
  holdersOmitted: number;
  /** The rest of ob_refcnt: references from the interpreter (code constants, interned names, caches, the runtime's objects). */
  heldByRuntime: number;
}

export interface Binding {
  name: string;
  object: ObjectSummary;
}

export interface LineSummary {
  /** 1-based source line. */
  line: number;
  /** The code object that ran its last execution: '<module>', 'f', 'C.method'... */
  code: string;
  executions: number;
  /** Over all executions: the program's allocations and frees, and the runtime's allocations. */
  allocs: number;
  frees: number;
  runtimeAllocs: number;
  /** Debuggee steps (instructions executed before): the first execution's start, the last one's start and end. */
  firstStep: number;
  lastStep: number;
  endStep: number;
  /** The last execution's net effect. */
  last: LineEffects;
  /** Where the last execution ended (the frame's next event: its next line, or its return) and
   *  that frame (its serial): bindingsAt() runs the program to there again for a hover. */
  end: { step: number; seq: number };
  frameSerial: number;
  /** Names bound in the frame that ran the line, just after its last execution (names
   *  written on the line first; at most a few dozen: see bindingsOmitted). null until asked
   *  for (summary.ts bindingsAt), or when that frame had returned (a `return` line). */
  bindings: Binding[] | null;
  bindingsOmitted: number;
}

/** A SyntaxError (or a feature PyHeap does not support yet) instead of a run. */
export interface SourceError {
  /** 'SyntaxError', 'IndentationError', 'TabError'. */
  type: string;
  message: string;
  line: number;
  /** 0-based column and length of CPython's caret, when it shows one. */
  column?: number;
  length?: number;
}

export interface SourceSummary {
  filename: string;
  python: string;
  result: { stdout: string; stderr: string; exitCode: number };
  /** Bytecode instructions executed. */
  steps: number;
  /** maxSteps stopped the run after this many steps. */
  stoppedAfter?: number;
  /** The source did not compile: nothing ran. */
  error?: SourceError;
  /** The uncaught exception that ended the run, at the innermost line of the traceback in this file. */
  exception?: { type: string; message: string; line: number };
  /** Executed lines in line order (the interpreter's own work after the last line is left out). */
  lines: LineSummary[];
  /** Lines where code starts (a line event can fire there): a line outside this list
   *  never runs by itself (a comment, a continuation of a statement, a blank). Sorted. */
  codeLines: number[];
}
