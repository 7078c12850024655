// Public API of the simulated CPython. Everything outside src/model (CLI, debug
// adapter, extension, tests) goes through this file.
//
// runSource(source, {filename}) runs a program (its text, or the file's bytes, read as
// CPython's tokenizer reads them: coding declarations, Non-UTF-8 and NUL errors) as
// `python FILE` would and returns
// what it printed and its exit code: 0; 1 after an uncaught exception (traceback
// on stderr) or a SyntaxError (CPython's "  File ..., line N" / source / caret /
// "SyntaxError: msg" block); the SystemExit code; 124 when maxSteps stopped it
// ("PyHeap: stopped after N steps (--max-steps)" on stderr, as timeout(1) exits);
// 70 on an internal fault ("PyHeap internal error: ..." on stderr).
//
// Interpreter (vm/run.ts) is the stepping API for the debugger: create(), then
// run(maxSteps) / stepInstruction() / stepLine(), each returning a StopReason;
// frames(), inspect(obj) and referrers(obj) (model/inspect.ts) look without
// changing any reference count.
//
// Nothing reachable from here may need Node: the model also runs in a browser (the
// web extension's worker). Node entry points import './v8tuning' themselves.

import type { PythonVersion } from './profiles/profile';
import { runProgram } from './vm/run';
import { traceProgram } from './trace/trace';
import type { TraceResult } from './trace/types';
import { summarizeSource, bindingsAt } from './trace/summary';
import type { StdinSource } from './vm/io';
import { snapshotAt } from './trace/snapshotAt';

export type { StdinSource };

export interface RunOptions {
  /** The file name as CPython would see it (tracebacks print it). */
  filename: string;
  python?: PythonVersion;
  /** Stop with a clear message after this many bytecode instructions. */
  maxSteps?: number;
  /** Output as the program writes it (see InterpreterOptions). */
  onStdout?: (s: string) => void;
  onStderr?: (s: string) => void;
  /** sys.stdout line-buffered, as CPython's on a terminal. */
  stdoutIsTTY?: boolean;
  /** What sys.stdin and input() read (the whole text, or a function returning the next
   *  chunk, null at the end); absent: empty input. */
  stdin?: StdinSource;
  /** Standard input is a terminal (input() prompts on stderr when stdout is one too). */
  stdinIsTTY?: boolean;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0, 1 on an uncaught exception or SyntaxError, 124 after maxSteps, 70 on an internal fault. */
  exitCode: number;
}

/** Runs a whole program as `python FILE` would and returns what it printed. */
export function runSource(source: string | Uint8Array, options: RunOptions): RunResult {
  return runProgram(source, options);
}

/** Runs a program and records, per executed line, refcount changes, allocations, frees and GC runs. */
export function traceSource(source: string | Uint8Array, options: RunOptions): TraceResult {
  return traceProgram(source, options);
}

/** One record per executed source line, for CodeLens and hovers (trace/summary.ts). */
export { summarizeSource, bindingsAt, snapshotAt };
export type { SummaryOptions } from './trace/summary';
export type {
  SourceSummary, LineSummary, LineEffects, Binding, ObjectSummary, Holder, SourceError, ObjectLocation,
  TraceResult, TraceLine, TraceObject, RefcountDelta, AllocEvent, FreeEvent, GCRunEvent,
} from './trace/types';

export { Interpreter, EXIT_MAX_STEPS, EXIT_INTERNAL } from './vm/run';
export { decodeSourceBytes } from './syntax/index';
export type { StopReason, InterpreterOptions } from './vm/run';
export { frames, inspect, referrers } from './vm/inspect';
export type { FrameInfo, ObjectInfo, Referrer } from './vm/inspect';
