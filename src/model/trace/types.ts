// The per-line trace: what `pyheap trace` prints and what CodeLens shows above each
// line. A contract for the CLI (--json) and the editor: add fields, don't rename.

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
}

export interface AllocEvent extends TraceObject {
  /** Bytes requested from the allocator for the object itself (with its GC pre-header). */
  size: number;
}

export interface GCRunEvent {
  generation: number;
  /** 'automatic' (threshold exceeded at an allocation) or 'gc.collect'. */
  trigger: 'automatic' | 'gc.collect';
  collected: number;
  uncollectable: number;
}

export interface TraceLine {
  /** 1-based source line; 0 for work done outside any line (e.g. module teardown). */
  line: number;
  /** Name of the code object running the line: '<module>', 'f', 'C.method'... */
  code: string;
  /** Net refcount change per object over this execution of the line (objects whose count ended where it began are left out). */
  refcounts: RefcountDelta[];
  allocs: AllocEvent[];
  frees: TraceObject[];
  gc: GCRunEvent[];
}

export interface TraceResult {
  result: { stdout: string; stderr: string; exitCode: number };
  lines: TraceLine[];
}
