// Every line event of a debug session, in order, as it first ran: its position, line,
// frame and frame depth, in typed-array columns grown a chunk at a time (24 bytes an
// event). Step back, gotoTargets and the timeline read it instead of replaying the program.

import type { Position } from './types';

/** Events per chunk: the columns grow a chunk at a time (nothing copied, nothing allocated
 *  twice: a doubling array of 10^6 events would allocate and copy twice as much). */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export class LineIndex {
  private steps: Float64Array[] = [];
  private seqs: Int32Array[] = [];
  private lines: Int32Array[] = [];
  private frames: Int32Array[] = [];
  private depths: Int32Array[] = [];
  count = 0;

  /** Bytes held per recorded event (for the bench's memory figure). */
  static readonly BYTES_PER_EVENT = 8 + 4 * 4;

  private stepAt(i: number): number {
    return this.steps[i >> CHUNK_BITS][i & MASK];
  }

  private seqAt(i: number): number {
    return this.seqs[i >> CHUNK_BITS][i & MASK];
  }

  /** The position of the last event recorded (-1: none). */
  private lastStep = -1;
  private lastSeq = 0;
  /** The chunk being filled, and its columns. */
  private chunk = -1;
  private cStep: Float64Array = new Float64Array(0);
  private cSeq: Int32Array = new Int32Array(0);
  private cLine: Int32Array = new Int32Array(0);
  private cFrame: Int32Array = new Int32Array(0);
  private cDepth: Int32Array = new Int32Array(0);

  /** Records an event past the last one recorded (replays of the past add nothing). */
  add(step: number, seq: number, line: number, frameId: number, depth: number): void {
    if (step < this.lastStep || (step === this.lastStep && seq <= this.lastSeq)) return;
    const n = this.count;
    const c = n >> CHUNK_BITS, k = n & MASK;
    if (c !== this.chunk) this.enterChunk(c);
    this.cStep[k] = step;
    this.cSeq[k] = seq;
    this.cLine[k] = line;
    this.cFrame[k] = frameId;
    this.cDepth[k] = depth;
    this.count = n + 1;
    this.lastStep = step;
    this.lastSeq = seq;
  }

  private enterChunk(c: number): void {
    if (c === this.steps.length) {
      this.steps.push(new Float64Array(CHUNK));
      this.seqs.push(new Int32Array(CHUNK));
      this.lines.push(new Int32Array(CHUNK));
      this.frames.push(new Int32Array(CHUNK));
      this.depths.push(new Int32Array(CHUNK));
    }
    this.chunk = c;
    this.cStep = this.steps[c];
    this.cSeq = this.seqs[c];
    this.cLine = this.lines[c];
    this.cFrame = this.frames[c];
    this.cDepth = this.depths[c];
  }

  /** The last position recorded, after the count changed (truncateAfter, clear). */
  private resetLast(): void {
    const n = this.count;
    this.lastStep = n > 0 ? this.stepAt(n - 1) : -1;
    this.lastSeq = n > 0 ? this.seqAt(n - 1) : 0;
  }

  /** Forgets everything after `p` (the future changed: the program was given other input). */
  truncateAfter(p: Position): void {
    while (this.count > 0) {
      const i = this.count - 1;
      const st = this.stepAt(i);
      if (st < p.step || (st === p.step && this.seqAt(i) <= p.seq)) break;
      this.count--;
    }
    this.resetLast();
  }

  clear(): void {
    this.count = 0;
    this.resetLast();
  }

  /** Index of the last event strictly before p, or -1. */
  private lastBefore(p: Position): number {
    let lo = 0, hi = this.count - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const st = this.stepAt(mid);
      const before = st < p.step || (st === p.step && this.seqAt(mid) < p.seq);
      if (before) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  private pos(i: number): Position {
    return { step: this.stepAt(i), seq: this.seqAt(i) };
  }

  /** The previous line event, before p, in this frame or in a shallower one: where a step back lands. */
  back(p: Position, frameId: number, depth: number): Position | null {
    for (let i = this.lastBefore(p); i >= 0; i--) {
      const c = i >> CHUNK_BITS, k = i & MASK;
      if (this.frames[c][k] === frameId || this.depths[c][k] < depth) return this.pos(i);
    }
    return null;
  }

  first(): Position | null {
    return this.count > 0 ? this.pos(0) : null;
  }

  /** Positions at which `line` ran, before p (at most `max`, the latest ones). */
  visitsOf(line: number, p: Position, max: number): Position[] {
    const out: Position[] = [];
    for (let i = this.lastBefore(p); i >= 0 && out.length < max; i--) if (this.lines[i >> CHUNK_BITS][i & MASK] === line) out.push(this.pos(i));
    return out.reverse();
  }

  /** Whether everything up to p has been recorded (the session ran past it). */
  covers(p: Position): boolean {
    if (this.count === 0) return false;
    const st = this.stepAt(this.count - 1);
    return st > p.step || (st === p.step && this.seqAt(this.count - 1) >= p.seq);
  }
}
