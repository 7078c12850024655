// The settrace events of CPython 3.11 (Python/ceval.c: the DO_TRACING case,
// maybe_call_line_trace, TRACE_FUNCTION_ENTRY / EXIT / UNWIND / THROW_ENTRY,
// call_exc_trace at the `error:` label), delivered to one listener — the debugger —
// in every frame, whatever runtime code sits between frames on the JS stack.
//
// While a listener is installed the eval loop's budget is 1, so the cold path
// (ceval_cold.ts budgetExhausted) runs before every instruction and calls
// traceInstruction(): the call event at RESUME, the line event when the line differs
// from that of the frame's previous instruction (`instr_prev`, kept per frame in
// InterpreterFrame.traced_pc, as CPython keeps it in frame->prev_instr) or on a
// backward jump other than SEND's, and the return event at RETURN_VALUE and
// YIELD_VALUE. Exceptions (each frame an exception passes through) and the return
// of a frame that an exception leaves are reported by the eval loop itself.

import type { PyObject } from '../objects/object';
import type { PyException } from '../objects/errors';
import type { InterpreterFrame } from './frame';
import type { PyCodeObject } from '../objects/codeobject';

/** Receives the events; may block (a debugger in a worker) or throw a non-Python error to abandon the run. */
export interface TraceListener {
  /** PyTrace_CALL: the frame is about to run its RESUME (a function starting, a generator resuming). */
  call(frame: InterpreterFrame, pc: number): void;
  /** PyTrace_LINE: the instruction at pc starts a new line (or jumps back into one). */
  line(frame: InterpreterFrame, pc: number, line: number): void;
  /** PyTrace_RETURN: the frame returns or yields `value`; null when an exception leaves it. */
  return(frame: InterpreterFrame, pc: number, value: PyObject | null): void;
  /** PyTrace_EXCEPTION: the exception reached this frame's `error:` label. */
  exception(frame: InterpreterFrame, exc: PyException): void;
  /** Every instruction (after the events above), for instruction stepping and watchpoints.
   *  While the listener's sites() says 1 or 2, only the instructions where another event can
   *  happen (vm/instrumentation.ts) are reported. */
  instruction(frame: InterpreterFrame, pc: number): void;
  /** Which events the listener needs now: 0 all, instruction events included; 1 all but
   *  instruction events (the interpreter runs instrumented, vm/instrumentation.ts, at nearly
   *  a plain run's speed between events); 2 only the line events of the lines watchedLines()
   *  names, and exception events (no call, return or instruction events elsewhere, so frame
   *  depths are to be read from the frames). Asked at each budget hook; requestHook() makes
   *  one come at once. */
  sites?(): 0 | 1 | 2;
  watchedLines?(co: PyCodeObject): ReadonlySet<number> | null;
  /** Changes when watchedLines() would answer otherwise (breakpoints set while running). */
  watchVersion?(): number;
  /** Watching lines ended away from a stop, before the instruction after `steps` ones: every
   *  frame's state is a traced run's only if `exact` (exactWaits). */
  leftWatching?(exact: boolean, steps: number): void;
  /** Tracing starts again after a skip (Interpreter.skipUntil), before the instruction at pc of
   *  `frame` (whose events follow), or inside a builtin (null). The events of the skipped
   *  instructions were never delivered: what the listener counts from them (the depth of frames,
   *  say) is to be read from the frames instead. `redo` null: the state is exactly a traced
   *  run's. Otherwise frames wait whose stacks may be stale (Interpreter.endSkip): a new replay
   *  skipping only up to step `redo` (-1: not at all) would be exact, and the listener should
   *  abandon this one. */
  resync?(frame: InterpreterFrame | null, pc: number, redo: number | null): void;
  /** The listener stands for a CPython trace function (sys.settrace): it makes each reported
   *  frame's frame object, as call_trace does, and the eval loop calls method descriptors
   *  through a temporary bound method, as trace_call_function does (vm/trace_call.ts). The
   *  debugger's listeners leave it unset: they show the run without a tracer's objects. */
  readonly cpythonTracer?: boolean;
}

export const tracing = {
  listener: null as TraceListener | null,
  /** >0 while the debugger itself runs Python code (a condition, the debug console): no events then,
   *  as CPython sets tstate->tracing while the trace function runs. */
  suspended: 0,
  /** A pause returned out of the base activation before the instruction at resumePc of resumeFrame:
   *  when the loop dispatches it again, its events were already delivered. */
  resumeFrame: null as InterpreterFrame | null,
  resumePc: -1,
  /** Instructions the cold path may still let run without asking the interpreter's budget hook
   *  (step limit, pause polling): tracing calls the cold path before every instruction, and the
   *  hook is not needed that often. `fastRun` counts those instructions for the hook. */
  fastLeft: 0,
  fastRun: 0,
  /** Set by a listener to pause the base activation before this instruction (in-thread stepping). */
  pause: false,
  /** A replay runs the skipped part of its way to a target (Interpreter.skipUntil): the listener
   *  stays installed, so the eval loop keeps the semantics of a traced run (no specialised forms,
   *  as CPython's cframe.use_tracing), but no instruction goes through DO_TRACING. */
  skipping: false,
  /** The code carries DO_TRACING at its sites (vm/instrumentation.ts): only they are traced. */
  sites: false,
  /** …and the sites are only the watched lines' (breakpoints): the other events are not delivered. */
  watching: false,
  /** A Python __next__ ended the iteration by raising StopIteration (slot_tp_iternext returned NULL
   *  with it set, in CPython): FOR_ITER's exception event for a tracer. */
  stopIterationRaised: false,
};

const RESUME = 151;
const SEND = 123;
const RETURN_VALUE = 83;
const YIELD_VALUE = 86;

/** PyFrame_GetLineNumber during an event: the line of the instruction at pc, or for an instruction
 *  the compiler gave no line (the RERAISE ending a `finally`), the line of the last one before it
 *  that has one. */
export function frameLine(frame: InterpreterFrame, pc: number): number {
  const pos = frame.f_code.co_positions;
  for (let i = pc; i >= 0; i--) {
    const l = 4 * i < pos.length ? pos[4 * i] : -1;
    if (l >= 0) return l;
  }
  return frame.f_code.co_firstlineno;
}

/** DO_TRACING for the instruction at pc of `frame` (called before it runs). */
export function traceInstruction(tl: TraceListener, frame: InterpreterFrame, pc: number): void {
  const co = frame.f_code;
  const ft = co.co_firsttraceable;
  if (pc < ft) return;
  const instrPrev = frame.traced_pc;
  frame.traced_pc = pc;
  const opcode = co.co_code[2 * pc];
  if (opcode === RESUME) {
    tl.call(frame, pc);
  } else {
    const pos = co.co_positions;
    const line = 4 * pc < pos.length ? pos[4 * pc] : -1;
    if (line !== -1) {
      const lastline = instrPrev <= ft ? -1 : pos[4 * instrPrev];
      // Trace backward edges (except SEND's, in `yield from`) or a change of line. Arriving at
      // the instruction traced last is a jump back to it (instrumented: traced_pc is the last
      // site, and the instructions after it, up to the jump, were not traced).
      if (line !== lastline || (pc <= instrPrev && opcode !== SEND)) {
        frame.traced_line = line;
        tl.line(frame, pc, line);
      }
    }
    if (opcode === RETURN_VALUE || opcode === YIELD_VALUE) {
      tl.return(frame, pc, frame.localsplus[frame.stacktop - 1] as PyObject);
    }
  }
  tl.instruction(frame, pc);
}
