// The messages between a debug host (the debug adapter, in the extension host or in
// the stdio process) and the debuggee thread that runs the simulated interpreter.
// Plain JSON, the same in Node worker_threads and in a browser Web Worker.
//
// The host posts messages and signals them through a shared Int32 cell; the thread
// reads them even while it is blocked at a stop (Atomics.wait), which is what lets a
// stop be anywhere in the interpreter: the JS stack of the run stays as it is while
// the host asks questions. The thread answers with ordinary posted messages.

import type {
  Stop, ResumeCommand, ExceptionFilters, RunEnd, LineBreakpointSpec, LineBreakpoint, DataBreakpointSpec,
  DataBreakpoint, Position, Disassembly,
} from '../model/debug/types';
import type { FrameView, ScopeView, VarNode } from '../model/debug/variables';
import type { EvalResult } from '../model/debug/evaluate';
import type { HeapSnapshot, SnapshotDelta } from '../model/snapshot';
import type { Visit } from '../model/debug/debuggee';
import type { PythonVersion } from '../model/profiles/profile';

export interface LaunchOptions {
  source: string;
  filename: string;
  python?: PythonVersion;
  argv?: string[];
  maxSteps?: number;
  stopOnEntry?: boolean;
  /** Run without the debugger: no stops, full speed. */
  noDebug?: boolean;
  breakpoints?: LineBreakpointSpec[];
  exceptions?: ExceptionFilters;
}

/** Shared cells (Int32Array over a SharedArrayBuffer). */
export const CELL_SIGNAL = 0; // bumped by the host after each message it posts
export const CELL_PAUSE = 1; // 1 = the host asks the run to pause
export const CELL_COUNT = 2;

/** Requests the host may send while the thread is stopped (and a few at any time). */
export interface Methods {
  frames: { args: Record<string, never>; result: FrameView[] };
  scopes: { args: { frameId: number }; result: ScopeView[] };
  children: { args: { key: string; start?: number; count?: number }; result: VarNode[] };
  /** Side-effect free; with `run`, what cannot be evaluated so (statements, calls of the program's
   *  code) runs for real in the frame, as the debug console does (the result says `ran`). */
  evaluate: { args: { expression: string; frameId?: number; run?: boolean }; result: EvalResult & { ran?: boolean } };
  /** Runs statements or an expression in the frame for real (the debug console): recorded in history. */
  execute: { args: { code: string; frameId?: number }; result: { result?: EvalResult; error?: string } };
  setVariable: { args: { key: string; name: string; value: string; frameId?: number }; result: VarNode };
  completions: { args: { text: string; frameId?: number }; result: string[] };
  snapshot: { args: { since?: number }; result: { snapshot?: HeapSnapshot; delta?: SnapshotDelta } };
  disassemble: { args: { frameId?: number }; result: Disassembly | null };
  gotoTargets: { args: { line: number }; result: Position[] };
  stepInTargets: { args: { frameId?: number }; result: string[] };
  timeline: { args: Record<string, never>; result: Visit[] };
  /** The collector's counts and thresholds (the status bar). */
  gcState: { args: Record<string, never>; result: { enabled: boolean; counts: number[]; thresholds: number[]; collections: number[] } };
  /** These three are also accepted while the program runs (applied at the next instruction boundary). */
  setBreakpoints: { args: { breakpoints: LineBreakpointSpec[] }; result: LineBreakpoint[] };
  setExceptionFilters: { args: ExceptionFilters; result: null };
  setDataBreakpoints: { args: { breakpoints: DataBreakpointSpec[] }; result: DataBreakpoint[] };
  breakpointLocations: { args: { line: number; endLine?: number }; result: number[] };
}

export type MethodName = keyof Methods;

export type HostMessage =
  | { type: 'launch'; options: LaunchOptions }
  | { type: 'request'; id: number; method: MethodName; args: unknown }
  | { type: 'resume'; command: ResumeCommand };

export type ThreadMessage =
  | { type: 'stopped'; stop: Stop }
  | { type: 'continued' }
  | { type: 'output'; category: 'stdout' | 'stderr' | 'console'; text: string }
  | { type: 'response'; id: number; result?: unknown; error?: string }
  | { type: 'ended'; end: RunEnd }
  | { type: 'terminated' }
  | { type: 'fatal'; message: string };

/** Requests that do not need the program stopped. */
export const ANYTIME: ReadonlySet<MethodName> = new Set<MethodName>(['setBreakpoints', 'setExceptionFilters', 'breakpointLocations']);
