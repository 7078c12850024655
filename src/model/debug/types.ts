// The debugging API of the model (what src/model/debug offers the debug adapter, the
// extension and tests): where a run stops, why, and what the host answers. Plain data,
// serialisable, nothing of DAP: the adapter translates.

/** Why the debuggee stopped. */
export type StopReason =
  | 'entry' // before the first line (stopOnEntry)
  | 'step' // a step (in, over, out, back) ended
  | 'breakpoint' // a line breakpoint was hit
  | 'exception' // an exception filter matched (raised or uncaught), or a SyntaxError ended the program
  | 'data breakpoint' // a watched object's ob_refcnt changed, or it was freed or collected
  | 'pause' // the host asked to pause
  | 'goto'; // time travel to an earlier step

/** Which settrace event the run is stopped at (vm/tracing.ts). */
export type StopEvent = 'call' | 'line' | 'return' | 'exception' | 'instruction';

/** A position in the run: instructions executed, then which event at that instruction
 *  (several events can share one: a line and a return, or one exception event per frame). */
export interface Position {
  step: number;
  seq: number;
}

export interface ExceptionStop {
  /** 'ZeroDivisionError'. */
  type: string;
  /** What str(exc) would print for builtin exceptions ('division by zero'). */
  message: string;
  /** True when no handler catches it: the program will end with it. */
  uncaught: boolean;
  /** The traceback as CPython will print it when the program ends, or as far as known now. */
  traceback: string;
}

export interface DataBreakpointHit {
  breakpointId: number;
  /** The watched object's id() (address). */
  objectId: number;
  what: 'refcount' | 'freed' | 'collected';
  before: number;
  after: number;
  /** The instruction that did it ('STORE_NAME b') and its line, in the frame that ran it. */
  instruction: string;
  line: number;
  /** 'list [321, 123]: ob_refcnt 1 → 2 (STORE_NAME b, line 3)'. */
  description: string;
}

export interface Stop {
  reason: StopReason;
  event: StopEvent;
  position: Position;
  /** The innermost frame (InterpreterFrame serial) and where it stands. */
  frameId: number;
  filename: string;
  line: number;
  /** Breakpoints (ids) whose line this is. */
  hitBreakpointIds?: number[];
  exception?: ExceptionStop;
  dataBreakpoint?: DataBreakpointHit;
  /** For a return event: repr of the value being returned (null when an exception leaves the frame). */
  returnValue?: string | null;
  /** A SyntaxError or an unsupported feature ended the program before it ran: where and what. */
  syntaxError?: { line: number; column: number; message: string };
}

/** What the host answers at a stop. Time travel (goto, stepBack, reverseContinue) and
 *  restart are carried out by the Debuggee (debuggee.ts) with a fresh run. */
export type ResumeCommand =
  | { kind: 'continue' }
  /** `target`: step into the call of this function (its co_name) on the current line (DAP stepInTargets). */
  | { kind: 'stepIn'; granularity?: Granularity; target?: string }
  | { kind: 'next'; granularity?: Granularity }
  | { kind: 'stepOut'; granularity?: Granularity }
  | { kind: 'stepBack'; granularity?: Granularity }
  | { kind: 'reverseContinue' }
  | { kind: 'goto'; position: Position }
  | { kind: 'restart' }
  | { kind: 'terminate' };

export type Granularity = 'line' | 'instruction';

export interface LineBreakpointSpec {
  line: number;
  /** A Python expression; the breakpoint stops only where it is true. */
  condition?: string;
  /** '5' (the 5th hit), '>= 5', '% 3 == 0' (DAP's hitCondition, as debugpy reads it). */
  hitCondition?: string;
  /** Written to the output instead of stopping; {expr} parts are evaluated. */
  logMessage?: string;
}

export interface LineBreakpoint extends LineBreakpointSpec {
  id: number;
  /** The line asked for had no code: the breakpoint moved to the next line that has. */
  verified: boolean;
  actualLine: number;
  message?: string;
}

export interface DataBreakpointSpec {
  /** The object to watch, by id(): it must be alive at the step the breakpoint is set. */
  objectId: number;
  /** 'refcount': any change of ob_refcnt (and its end); 'freed': deallocation only; 'collected': freed by the cyclic GC. */
  on: 'refcount' | 'freed' | 'collected';
}

export interface DataBreakpoint extends DataBreakpointSpec {
  id: number;
  verified: boolean;
  message?: string;
  /** repr of the object when the breakpoint was set, for the UI. */
  description: string;
}

export interface ExceptionFilters {
  /** Stop where any exception is raised (its first frame). */
  raised: boolean;
  /** Stop where an exception that no handler will catch is raised, before anything unwinds. */
  uncaught: boolean;
}

/** How the run ended. */
export interface RunEnd {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Instructions executed. */
  steps: number;
}

export interface Instruction {
  /** Index of the instruction in the code object (its offset is 2 × the code units before it). */
  index: number;
  offset: number;
  opname: string;
  arg: number | null;
  /** dis's argrepr: the name, constant or jump target the argument stands for. */
  argrepr: string;
  line: number;
  /** What the instruction does to reference counts, and the counts it touches now. */
  refEffect: string;
  /** The instruction the frame runs next. */
  current: boolean;
}

export interface Disassembly {
  code: string;
  filename: string;
  firstLine: number;
  instructions: Instruction[];
}
