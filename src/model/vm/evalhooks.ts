// The eval loop's one hook for everything that is not Python semantics: step
// limits, line events for the debugger and the per-line trace, pause requests.
// The loop decrements `budget` once per instruction and calls onBudget() only
// when it reaches zero, so a plain run pays one decrement and one branch per
// instruction; tracing sets the budget to 1 to see every instruction.

import type { InterpreterFrame } from './frame';

export interface EvalHooks {
  /** Instructions left before onBudget is called. */
  budget: number;
  /** Called before the instruction at `pc` of `frame` runs, with frame.prev_instr and
   *  frame.stacktop saved. `depth` is the number of nested eval-loop activations (1 =
   *  the base one). Must set a new budget. Returning true pauses (honoured only at depth 1). */
  onBudget(frame: InterpreterFrame, pc: number, depth: number): boolean;
}

/** Instructions per budget refill in plain runs. */
export const BUDGET_CHUNK = 1 << 20;

function defaultOnBudget(this: EvalHooks): boolean {
  this.budget = BUDGET_CHUNK;
  return false;
}

export const evalHooks: EvalHooks = {
  budget: BUDGET_CHUNK,
  onBudget: defaultOnBudget,
};

export function resetEvalHooks(): void {
  evalHooks.budget = BUDGET_CHUNK;
  evalHooks.onBudget = defaultOnBudget;
}
