// Every line event of a debug session, in order, as it first ran: its position, line,
// frame and frame depth, in typed-array columns grown a chunk at a time (24 bytes an
// event). Step back, gotoTargets and the timeline read it instead of replaying the program.
// A continue that watched only breakpoints recorded nothing on its way: a gap, which a scan
// replay fills when something reads that far back (Debuggee.completeIndex).

import type { Position } from './types';

/** Events per chunk: the columns grow a chunk at a time (nothing copied, nothing allocated
 *  twice: a doubling array of 10^6 events would allocate and copy twice as much). */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const FIRST_CHUNK = 1 << 10;

function before(a: Position, b: Position): boolean {
  return a.step < b.step || (a.step === b.step && a.seq < b.seq);
}

export class LineIndex {
  private steps: Float64Array[] = [];
  private seqs: Int32Array[] = [];
  private lines: Int32Array[] = [];
  private frames: Int32Array[] = [];
  private depths: Int32Array[] = [];
  count = 0;
  /** Gaps, in order: the line events from `from` on and before event `at` (or all from `from`
   *  on, at = count) were not recorded. */
  private gaps: { at: number; from: Position }[] = [];

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
    if (c !== this.chunk || k >= this.cStep.length) this.enterChunk(c, k);
    this.cStep[k] = step;
    this.cSeq[k] = seq;
    this.cLine[k] = line;
    this.cFrame[k] = frameId;
    this.cDepth[k] = depth;
    this.count = n + 1;
    this.lastStep = step;
    this.lastSeq = seq;
  }

  /** Makes chunk c the one being filled, with room for its k-th event. The first chunk starts
   *  small and doubles (a session's index, and the scans' that fill its gaps, are often short). */
  private enterChunk(c: number, k: number): void {
    if (c === this.steps.length) {
      const size = c === 0 ? FIRST_CHUNK : CHUNK;
      this.steps.push(new Float64Array(size));
      this.seqs.push(new Int32Array(size));
      this.lines.push(new Int32Array(size));
      this.frames.push(new Int32Array(size));
      this.depths.push(new Int32Array(size));
    }
    if (k >= this.steps[c].length) {
      let size = this.steps[c].length;
      while (size <= k) size *= 2;
      const grow = <T extends Float64Array | Int32Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      this.steps[c] = grow(this.steps[c], new Float64Array(size));
      this.seqs[c] = grow(this.seqs[c], new Int32Array(size));
      this.lines[c] = grow(this.lines[c], new Int32Array(size));
      this.frames[c] = grow(this.frames[c], new Int32Array(size));
      this.depths[c] = grow(this.depths[c], new Int32Array(size));
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
    this.gaps = this.gaps.filter((g) => g.at <= this.count);
    this.chunk = -1;
    this.resetLast();
  }

  clear(): void {
    this.count = 0;
    this.gaps = [];
    this.resetLast();
  }

  /** The line events from `from` up to the next one recorded are not recorded. */
  openGap(from: Position): void {
    const last = this.gaps[this.gaps.length - 1];
    if (last === undefined || last.at !== this.count) this.gaps.push({ at: this.count, from });
  }

  /** Whether the line events between event i - 1 and event i (or p, if sooner) are all recorded. */
  private knownBefore(i: number, p: Position, g: { at: number; from: Position }): boolean {
    const upper = i < this.count ? this.pos(i) : p;
    const end = before(upper, p) ? upper : p;
    return !before(g.from, end);
  }

  /** Whether every line event before p is recorded. */
  completeBefore(p: Position): boolean {
    const k = this.lastBefore(p) + 1;
    return this.gaps.every((g) => g.at > k || this.knownBefore(g.at, p, g));
  }

  /** Takes `part`, every line event from step `from` to p (a scan's), in place of what was
   *  recorded there. What lies before `from` stays as it was (a gap stays a gap). */
  fillBetween(from: number, p: Position, part: LineIndex): void {
    const kFrom = this.lastBefore({ step: from, seq: 0 }) + 1;
    const kP = this.lastBefore(p) + 1;
    const atP = kP < this.count && this.stepAt(kP) === p.step && this.seqAt(kP) === p.seq;
    const shift = part.count - (kP - kFrom);
    const gaps: { at: number; from: Position }[] = [];
    for (const g of this.gaps) {
      // Before `from`: unchanged, unless the part starts at the very beginning.
      if (g.at < kFrom || (g.at === kFrom && from > 0)) gaps.push(g);
      // After p: moved; the one reaching p is now unknown only from p on.
      else if (g.at > kP) gaps.push({ at: g.at + shift, from: g.from });
      else if (g.at === kP && !atP) gaps.push({ at: g.at + shift, from: before(g.from, p) ? p : g.from });
    }
    const out = new LineIndex();
    const copy = (i: number): void => {
      const c = i >> CHUNK_BITS, j = i & MASK;
      out.add(this.steps[c][j], this.seqs[c][j], this.lines[c][j], this.frames[c][j], this.depths[c][j]);
    };
    for (let i = 0; i < kFrom; i++) copy(i);
    for (const e of part.entries()) out.add(e.step, e.seq, e.line, e.frameId, e.depth);
    for (let i = kP; i < this.count; i++) copy(i);
    this.steps = out.steps;
    this.seqs = out.seqs;
    this.lines = out.lines;
    this.frames = out.frames;
    this.depths = out.depths;
    this.count = out.count;
    this.gaps = gaps;
    this.chunk = -1;
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

  /** The previous line event, before p, in this frame or in a shallower one: where a step back
   *  lands (null: none; undefined: a gap lies on the way, to be filled first). */
  back(p: Position, frameId: number, depth: number): Position | null | undefined {
    let g = this.gaps.length - 1;
    for (let i = this.lastBefore(p); i >= -1; i--) {
      // A gap at i + 1: some events between i and i + 1 (or p) may not be known.
      while (g >= 0 && this.gaps[g].at > i + 1) g--;
      if (g >= 0 && this.gaps[g].at === i + 1 && !this.knownBefore(i + 1, p, this.gaps[g])) return undefined;
      if (i < 0) return null;
      const c = i >> CHUNK_BITS, k = i & MASK;
      if (this.frames[c][k] === frameId || this.depths[c][k] < depth) return this.pos(i);
    }
    return null;
  }

  /** Every event recorded, in order (tests compare indexes). */
  *entries(): Generator<{ step: number; seq: number; line: number; frameId: number; depth: number }> {
    for (let i = 0; i < this.count; i++) {
      const c = i >> CHUNK_BITS, k = i & MASK;
      yield { step: this.steps[c][k], seq: this.seqs[c][k], line: this.lines[c][k], frameId: this.frames[c][k], depth: this.depths[c][k] };
    }
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
