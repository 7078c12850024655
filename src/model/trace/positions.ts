// Positions in a run, as the debugger numbers them (debug/run.ts): instructions executed,
// then the order of the settrace events at that instruction. Two runs of one program
// number their events the same (the interpreter is deterministic), so a position found
// in one run is reached again in another.

import type { Interpreter } from '../vm/run';
import type { Position } from '../debug/types';

export class PositionCounter {
  private step = -1;
  private seq = 0;

  constructor(private readonly it: Interpreter) {}

  /** The position of the event being delivered (call once per event). */
  next(): Position {
    const s = this.it.exactSteps;
    if (s !== this.step) {
      this.step = s;
      this.seq = 0;
    }
    return { step: s, seq: this.seq++ };
  }
}

export function samePosition(a: Position, b: Position): boolean {
  return a.step === b.step && a.seq === b.seq;
}
