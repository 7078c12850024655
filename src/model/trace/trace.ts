// The per-line trace behind `pyheap trace`: for every executed line (CPython 3.11's
// line events, in every frame), the objects whose ob_refcnt it changed (net), the
// objects it allocated and freed, and the collections that ran — recorded by
// LineRecorder (linerecords.ts) at the cost of the line's own events, not of the heap.

import { Interpreter } from '../vm/run';
import type { InterpreterFrame } from '../vm/frame';
import type { TraceListener } from '../vm/tracing';
import type { PythonVersion } from '../profiles/profile';
import type { TraceLine, TraceResult } from './types';
import { LineRecorder, type Closed } from './linerecords';

export interface TraceOptions {
  filename: string;
  python?: PythonVersion;
  maxSteps?: number;
  /** Each line execution as it ends (callees' lines end before their caller's). */
  onLine?: (closed: Closed) => void;
  /** Keep every execution in the result (the default); false for a stream through onLine only. */
  collect?: boolean;
}

/** Whether `f` is the module's own frame (its return starts the interpreter's teardown). */
export function isModuleFrame(f: InterpreterFrame): boolean {
  return f.previous === null && f.f_code.name === '<module>';
}

/** Runs a program and records, per executed line, refcount changes, allocations, frees and GC runs. */
export function traceProgram(source: string | Uint8Array, options: TraceOptions): TraceResult {
  const it = Interpreter.create(source, { filename: options.filename, python: options.python });
  const lines: { start: number; seq: number; t: TraceLine }[] = [];
  const collect = options.collect ?? true;
  let seq = 0;
  const recorder = new LineRecorder(it, it.sourceLines, (c) => {
    if (collect) lines.push({ start: c.startStep, seq: seq++, t: c.trace });
    options.onLine?.(c);
  });
  const listener: TraceListener = {
    call: () => {},
    line: (f, _pc, line) => recorder.start(f, line),
    return: (f, _pc, value) => {
      recorder.close(f, value);
      if (isModuleFrame(f)) recorder.beginTeardown();
    },
    exception: () => {},
    instruction: () => {},
  };
  recorder.install();
  it.traceListener = listener;
  if (it.state !== 'done') it.run(options.maxSteps ?? Infinity);
  it.traceListener = null;
  recorder.finish();
  // In the order the executions started (a caller's line before its callees').
  lines.sort((a, b) => a.start - b.start || a.seq - b.seq);
  return { result: it.result(), lines: lines.map((l) => l.t), steps: it.exactSteps };
}
