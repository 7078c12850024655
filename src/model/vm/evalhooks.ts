// The eval loop's one hook for everything that is not Python semantics: step
// limits, line events for the debugger and the per-line trace, pause requests.
// The loop decrements the budget (the evalBudget cell) once per instruction and
// calls onBudget() only when it reaches zero; tracing sets the budget to 1 to see
// every instruction. A run that needs no hook at all (`counted` false) does not
// count: it pays one test of a local per instruction.

import type { InterpreterFrame } from './frame';

export interface EvalHooks {
  /** Instructions left before onBudget is called. */
  budget: number;
  /** Whether the eval loop counts instructions at all. A run with no step limit, no
   *  pause mode and no line listener has nothing for the hook to do: its activations
   *  skip the budget (read once per activation; set only between runs, when no
   *  activation is live). */
  counted: boolean;
  /** Called before the instruction at `pc` of `frame` runs, with frame.prev_instr and
   *  frame.stacktop saved. `depth` is the number of nested eval-loop activations (1 =
   *  the base one). Must set a new budget. Returning true pauses (honoured only at depth 1). */
  onBudget(frame: InterpreterFrame, pc: number, depth: number): boolean;
  /** C-level work counted as `units` instructions (vm/chargework.ts): a builtin's long
   *  loop calls it so that the step limit and the pause poll are checked while it runs.
   *  Called only when `counted`. May throw to abandon the run (step limit, terminate). */
  onWork(units: number): void;
  /** Instrumented tracing (vm/instrumentation.ts): the instruction about to be dispatched again
   *  runs, then the hook is called (its budget refunded by the caller first). */
  hookAfterNext(): void;
  /** The hook that hookAfterNext asked for, after the site was armed again: true when the budget
   *  chunk it interrupted goes on (no hook work due); false calls onBudget. */
  resumeChunk(): boolean;
}

/** Instructions per budget refill in plain runs. Small enough that the loop's
 *  out-of-line call site (ceval_cold.ts), which the budget check shares, runs soon
 *  after V8 allocates the loop's feedback and before it optimizes the loop; a
 *  refill costs a few calls, under 0.1% of 4096 instructions. */
export const BUDGET_CHUNK = 1 << 12;

/** The budget itself: the eval loop decrements evalBudget[0] directly (a typed-array
 *  cell costs a plain load and store per instruction, less than an object field);
 *  evalHooks.budget reads and writes the same cell. */
export const evalBudget = new Int32Array(1);
evalBudget[0] = BUDGET_CHUNK;

function defaultOnBudget(this: EvalHooks): boolean {
  this.budget = BUDGET_CHUNK;
  return false;
}

/** The active interpreter's hooks: Interpreter.activate and resume (run.ts) install its
 *  own whenever it becomes the active one. */
export const evalHooks: EvalHooks = {
  get budget(): number {
    return evalBudget[0];
  },
  set budget(v: number) {
    // Int32 cell: larger budgets (Infinity included) saturate instead of wrapping, one
    // below the largest int32 because the eval loop may add one (ceval_cold.ts).
    evalBudget[0] = v > 0x7ffffffe ? 0x7ffffffe : v;
  },
  onBudget: defaultOnBudget,
  onWork: defaultOnWork,
  hookAfterNext: defaultHookAfterNext,
  resumeChunk: () => false,
  counted: true,
};

function defaultOnWork(): void {}

function defaultHookAfterNext(): void {
  evalBudget[0] = 2;
}

export function resetEvalHooks(): void {
  evalHooks.budget = BUDGET_CHUNK;
  evalHooks.onBudget = defaultOnBudget;
  evalHooks.onWork = defaultOnWork;
  evalHooks.hookAfterNext = defaultHookAfterNext;
  evalHooks.resumeChunk = () => false;
  evalHooks.counted = true;
}
