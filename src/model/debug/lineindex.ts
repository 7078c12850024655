// Every line event of a debug session, in order, as it first ran: its position, line,
// frame and frame depth, in growable typed arrays (24 bytes an event). Step back,
// gotoTargets and the timeline read it instead of replaying the program to look.

import type { Position } from './types';

export class LineIndex {
  private steps = new Float64Array(1024);
  private seqs = new Int32Array(1024);
  private lines = new Int32Array(1024);
  private frames = new Int32Array(1024);
  private depths = new Int32Array(1024);
  count = 0;

  /** Bytes held per recorded event (for the bench's memory figure). */
  static readonly BYTES_PER_EVENT = 8 + 4 * 4;

  /** Records an event past the last one recorded (replays of the past add nothing). */
  add(p: Position, line: number, frameId: number, depth: number): void {
    const n = this.count;
    if (n > 0) {
      const ls = this.steps[n - 1];
      if (p.step < ls || (p.step === ls && p.seq <= this.seqs[n - 1])) return;
    }
    if (n === this.steps.length) this.grow();
    this.steps[n] = p.step;
    this.seqs[n] = p.seq;
    this.lines[n] = line;
    this.frames[n] = frameId;
    this.depths[n] = depth;
    this.count = n + 1;
  }

  private grow(): void {
    const m = this.steps.length * 2;
    const g = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(m);
      b.set(a);
      return b;
    };
    this.steps = g(this.steps, (k) => new Float64Array(k));
    this.seqs = g(this.seqs, (k) => new Int32Array(k));
    this.lines = g(this.lines, (k) => new Int32Array(k));
    this.frames = g(this.frames, (k) => new Int32Array(k));
    this.depths = g(this.depths, (k) => new Int32Array(k));
  }

  /** Forgets everything after `p` (the future changed: the program was given other input). */
  truncateAfter(p: Position): void {
    while (this.count > 0) {
      const i = this.count - 1;
      if (this.steps[i] < p.step || (this.steps[i] === p.step && this.seqs[i] <= p.seq)) break;
      this.count--;
    }
  }

  clear(): void {
    this.count = 0;
  }

  /** Index of the last event strictly before p, or -1. */
  private lastBefore(p: Position): number {
    let lo = 0, hi = this.count - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const before = this.steps[mid] < p.step || (this.steps[mid] === p.step && this.seqs[mid] < p.seq);
      if (before) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  private pos(i: number): Position {
    return { step: this.steps[i], seq: this.seqs[i] };
  }

  /** The previous line event, before p, in this frame or in a shallower one: where a step back lands. */
  back(p: Position, frameId: number, depth: number): Position | null {
    for (let i = this.lastBefore(p); i >= 0; i--) {
      if (this.frames[i] === frameId || this.depths[i] < depth) return this.pos(i);
    }
    return null;
  }

  first(): Position | null {
    return this.count > 0 ? this.pos(0) : null;
  }

  /** Positions at which `line` ran, before p (at most `max`, the latest ones). */
  visitsOf(line: number, p: Position, max: number): Position[] {
    const out: Position[] = [];
    for (let i = this.lastBefore(p); i >= 0 && out.length < max; i--) if (this.lines[i] === line) out.push(this.pos(i));
    return out.reverse();
  }

  /** Whether everything up to p has been recorded (the session ran past it). */
  covers(p: Position): boolean {
    return this.count > 0 && (this.steps[this.count - 1] > p.step || (this.steps[this.count - 1] === p.step && this.seqs[this.count - 1] >= p.seq));
  }
}
