// The per-line trace behind `pyheap trace` and CodeLens: for every executed line,
// the objects whose ob_refcnt changed (net), the objects allocated and freed, and
// the collections that ran. Allocations and frees come from the allocator itself:
// while tracing, this interpreter's Obmalloc instance has its malloc/free wrapped
// (an own property; plain runs pay nothing), so an object created and destroyed
// within one line is reported too — unless it came from and went back to a type's
// free list without touching the allocator (then only objects alive at a line
// boundary are seen, by the diff below). Net refcount deltas come from comparing the
// live heap (plus the static objects) at line boundaries, O(live objects) a line.
// A consumer that needs more than the events (summary.ts: which objects are the
// program's, the names bound after a line) looks at the heap through onLine, called
// at each line boundary.

import { PyObject, staticObjects } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import { toBlockOwner, type BlockOwnerSlot } from '../memory/allocator';
import { _PyType_PreHeaderSize } from '../objects/objalloc';
import { Interpreter } from '../vm/run';
import { liveObjects, safeRepr } from '../vm/inspect';
import { FrameOwner, type InterpreterFrame } from '../vm/frame';
import type { PythonVersion } from '../profiles/profile';
import type { TraceLine, TraceObject, TraceResult, RefcountDelta, AllocEvent, GCRunEvent, FreeEvent } from './types';
import { GCState, addGcEventSink } from '../gc/index';
import { locationOf } from './location';

/** The interpreter at the end of one line execution, for onLine (look, don't touch). */
export interface LineBoundary {
  it: Interpreter;
  /** The frame that ran the line, while it still runs (null once it has returned). */
  frame: InterpreterFrame | null;
  /** Steps (instructions executed so far) when the line started and when it ended. */
  startStep: number;
  endStep: number;
}

export interface TraceOptions {
  filename: string;
  python?: PythonVersion;
  maxSteps?: number;
  /** Called as each line execution ends, before the next one starts. */
  onLine?: (line: TraceLine, at: LineBoundary) => void;
}

interface Open {
  line: number;
  code: string;
  counts: Map<PyObject, number>;
  frame: InterpreterFrame | null;
  startStep: number;
}

function snapshot(it: Interpreter): Map<PyObject, number> {
  const m = new Map<PyObject, number>();
  for (const o of liveObjects(it.rt.mem as Obmalloc)) m.set(o, o.ob_refcnt);
  for (const o of staticObjects) m.set(o, o.ob_refcnt);
  return m;
}

function traceObject(o: PyObject): TraceObject {
  return { id: o.ob_addr, type: o.ob_type.tp_name, repr: safeRepr(o) };
}

function sizeOf(o: PyObject): number {
  const t = o.ob_type;
  try {
    return (t.tp_sizeof !== null ? t.tp_sizeof(o) : t.tp_basicsize) + _PyType_PreHeaderSize(t.tp_flags);
  } catch {
    return t.tp_basicsize + _PyType_PreHeaderSize(t.tp_flags);
  }
}

// The three below are the state of the traceProgram call running (it runs its program
// to the end in one call, so no other interpreter can run in between).

/** Collections that ran since the current line started (filled by the GC's event sink). */
let gcRuns: GCRunEvent[] = [];

/** Object allocations since the line started, in order: the object and the bytes requested. */
let allocated: { obj: PyObject; size: number }[] = [];
/** Objects freed since the line started, described when their block was released. */
let freed: Map<PyObject, FreeEvent> = new Map();

/** Wraps mem.malloc/free of this allocator instance to record object blocks; returns the undo. */
function watchAllocator(mem: Obmalloc): () => void {
  const malloc = mem.malloc;
  const free = mem.free;
  mem.malloc = function (nbytes: number, slot: BlockOwnerSlot | null): number {
    const addr = malloc.call(this, nbytes, slot);
    const owner = slot === null ? null : toBlockOwner(slot);
    if (owner !== null && owner.part === 'object') allocated.push({ obj: owner.obj, size: nbytes });
    return addr;
  };
  mem.free = function (addr: number): void {
    const owner = addr !== 0 ? this.ownerOf(addr) : null;
    if (owner !== null && owner !== undefined && owner.part === 'object') {
      freed.set(owner.obj, { ...traceObject(owner.obj), released: locationOf(this, addr) });
    }
    free.call(this, addr);
  };
  return () => {
    delete (mem as { malloc?: unknown }).malloc;
    delete (mem as { free?: unknown }).free;
  };
}

/** Whether the frame that ran a line still runs as the same activation. A frame record
 *  is reused by the next call of its code (frame.ts reinit): when `next` (the frame of
 *  the line starting now) is that record at its first line, the old activation is gone. */
function stillRunning(it: Interpreter, f: InterpreterFrame | null, next: InterpreterFrame | null): InterpreterFrame | null {
  if (f === null || f.owner === FrameOwner.CLEARED) return null;
  // At the module's end (next === null) its frame has left the thread's chain but is not cleared yet.
  if (next !== null && !it.currentFrames().includes(f)) return null;
  if (f === next && f.prev_instr <= f.f_code.co_firsttraceable) return null;
  return f;
}

function close(it: Interpreter, cur: Open, out: TraceLine[], onLine: TraceOptions['onLine'], next: InterpreterFrame | null): Map<PyObject, number> {
  const now = snapshot(it);
  const refcounts: RefcountDelta[] = [];
  const allocs: AllocEvent[] = [];
  const frees: FreeEvent[] = [];
  const born = new Set<PyObject>();
  for (const { obj, size } of allocated) {
    born.add(obj);
    const desc = freed.get(obj) ?? traceObject(obj);
    allocs.push({ id: desc.id, type: desc.type, repr: desc.repr, size });
  }
  for (const [o, before] of cur.counts) {
    const after = now.get(o) ?? 0;
    if (after !== before) refcounts.push({ ...traceObject(o), before, after });
    // Died without releasing its block: kept on a free list (Objects/listobject.c free_list...).
    if (after === 0 && !freed.has(o)) frees.push(traceObject(o));
  }
  for (const [o, after] of now) {
    if (cur.counts.has(o)) continue;
    refcounts.push({ ...traceObject(o), before: 0, after });
    // Born without a malloc: taken from a free list.
    if (!born.has(o)) allocs.push({ ...traceObject(o), size: sizeOf(o) });
  }
  for (const [o, desc] of freed) {
    // A block freed this line: the object existed at the line start or was born in it.
    if (cur.counts.has(o) || born.has(o)) frees.push(desc);
  }
  const traced: TraceLine = { line: cur.line, code: cur.code, refcounts, allocs, frees, gc: gcRuns };
  out.push(traced);
  if (onLine !== undefined) onLine(traced, { it, frame: stillRunning(it, cur.frame, next), startStep: cur.startStep, endStep: it.steps });
  gcRuns = [];
  allocated = [];
  freed = new Map();
  return now;
}

/** Runs the program and returns its output with one TraceLine per executed line. */
export function traceProgram(source: string, options: TraceOptions): TraceResult {
  const it = Interpreter.create(source, { filename: options.filename, python: options.python });
  const lines: TraceLine[] = [];
  gcRuns = [];
  const removeSink = it.rt.gc instanceof GCState
    ? addGcEventSink(it.rt.gc, {
      onCollection: (ev) => gcRuns.push({
        generation: ev.generation, trigger: ev.trigger, collected: ev.collected, uncollectable: ev.uncollectable,
        unreachable: ev.unreachable.length, freed: ev.freed.length,
      }),
    })
    : () => {};
  allocated = [];
  freed = new Map();
  const unwatch = watchAllocator(it.rt.mem as Obmalloc);
  let cur: Open | null = null;
  let counts: Map<PyObject, number> | null = null;
  const onLine = options.onLine;
  it.lineListener = (frame: InterpreterFrame, line: number): void => {
    if (cur !== null) counts = close(it, cur, lines, onLine, frame);
    cur = { line, code: frame.f_code.qualname, counts: counts ?? snapshot(it), frame, startStep: it.steps };
  };
  it.onModuleEnd = (): void => {
    // Teardown (code object, parser arena, exception printing, __main__ cleared) is line 0.
    if (cur !== null) counts = close(it, cur, lines, onLine, null);
    cur = { line: 0, code: '<module>', counts: counts ?? snapshot(it), frame: null, startStep: it.steps };
  };
  if (it.state !== 'done') it.run(options.maxSteps ?? Infinity);
  it.lineListener = null;
  if (cur !== null) {
    // Work after the last line event (module teardown, finalization) is charged to line 0.
    const last: Open = cur;
    counts = close(it, last, lines, onLine, null);
  }
  removeSink();
  unwatch();
  return { result: it.result(), lines, steps: it.steps };
}
