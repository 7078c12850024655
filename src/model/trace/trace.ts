// The per-line trace behind `pyheap trace` and CodeLens: at every line event of
// the running program the live heap is compared with its state when the line
// started — which objects' ob_refcnt changed, which were created, which died.
// Nothing hooks Py_INCREF/Py_DECREF (plain runs pay nothing); the trace asks the
// eval loop for line events and diffs the objects the allocator knows about
// (plus the static objects), so it costs O(live objects) per executed line.
// Objects created and destroyed within one line are not reported.

import { PyObject, staticObjects } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import { _PyType_PreHeaderSize } from '../objects/objalloc';
import { Interpreter } from '../vm/run';
import { liveObjects, safeRepr } from '../vm/inspect';
import type { InterpreterFrame } from '../vm/frame';
import type { PythonVersion } from '../profiles/profile';
import type { TraceLine, TraceObject, TraceResult, RefcountDelta, AllocEvent, GCRunEvent } from './types';
import { GCState, addGcEventSink } from '../gc/index';

export interface TraceOptions {
  filename: string;
  python?: PythonVersion;
  maxSteps?: number;
}

interface Open {
  line: number;
  code: string;
  counts: Map<PyObject, number>;
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

/** Collections that ran since the current line started (filled by the GC's event sink). */
let gcRuns: GCRunEvent[] = [];

function close(it: Interpreter, cur: Open, out: TraceLine[]): Map<PyObject, number> {
  const now = snapshot(it);
  const refcounts: RefcountDelta[] = [];
  const allocs: AllocEvent[] = [];
  const frees: TraceObject[] = [];
  for (const [o, before] of cur.counts) {
    const after = now.get(o) ?? 0;
    if (after === 0) {
      frees.push(traceObject(o));
      continue;
    }
    if (after !== before) refcounts.push({ ...traceObject(o), before, after });
  }
  for (const [o, after] of now) {
    if (cur.counts.has(o)) continue;
    allocs.push({ ...traceObject(o), size: sizeOf(o) });
    refcounts.push({ ...traceObject(o), before: 0, after });
  }
  out.push({ line: cur.line, code: cur.code, refcounts, allocs, frees, gc: gcRuns });
  gcRuns = [];
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
      }),
    })
    : () => {};
  let cur: Open | null = null;
  let counts: Map<PyObject, number> | null = null;
  it.lineListener = (frame: InterpreterFrame, line: number): void => {
    if (cur !== null) counts = close(it, cur, lines);
    cur = { line, code: frame.f_code.qualname, counts: counts ?? snapshot(it) };
  };
  it.onModuleEnd = (): void => {
    // Teardown (code object, parser arena, exception printing, __main__ cleared) is line 0.
    if (cur !== null) counts = close(it, cur, lines);
    cur = { line: 0, code: '<module>', counts: counts ?? snapshot(it) };
  };
  if (it.state !== 'done') it.run(options.maxSteps ?? Infinity);
  it.lineListener = null;
  if (cur !== null) {
    // Work after the last line event (module teardown, finalization) is charged to line 0.
    const last: Open = cur;
    counts = close(it, last, lines);
  }
  removeSink();
  return { result: it.result(), lines };
}
