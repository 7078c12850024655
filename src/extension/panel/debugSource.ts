// The memory panel during a PyHeap debug session: pictures from the adapter's custom
// request `pyheap/snapshot` (whole, or `{since}` → the delta from the picture the adapter
// sent last), a new picture at every `pyheap/stopped` event (stops and steps back), the
// visited stops from `pyheap/timeline`, and the slider's time travel through `pyheap/goto`.
// No VS Code here: the session is anything with customRequest (vscode.DebugSession, or the
// DAP test client), so the tests drive it against the real adapter.

import { applyDelta } from '../../model/debug/snapshot_delta';
import type { HeapSnapshot, SnapshotDelta } from '../../model/snapshot';
import type { Disposable, PanelDataSource, PanelOpenArgs, PanelSourceEvent } from './dataSource';
import { SessionHistory } from './history';
import type { RefcntPoint, Timeline } from './protocol';

/** What the source needs of a debug session. */
export interface DebugRequester {
  customRequest(command: string, args?: unknown): PromiseLike<unknown>;
}

/** The body of the adapter's `pyheap/stopped` event (session.ts onStopped). */
export interface StoppedBody {
  step: number;
  seq: number;
  line: number;
  file: string;
  reason: string;
}

interface Visit {
  position: { step: number; seq: number };
  line: number;
  reason: string;
}

export class DebugSessionSource implements PanelDataSource {
  private readonly visited = new SessionHistory();
  private readonly listeners = new Set<(e: PanelSourceEvent) => void>();
  /** The adapter's last picture (it diffs the next one against it), and the stop it is of. */
  private latest: HeapSnapshot | undefined;
  private latestStop = -1;
  /** Stops seen (pyheap/stopped events); a picture is fresh while latestStop equals it. */
  private stops = 0;
  private here: StoppedBody | undefined;
  private ended = false;
  private visits: Visit[] = [];
  private waitingForStop: (() => void)[] = [];

  constructor(private readonly session: DebugRequester, private readonly onSelect?: (id: number | null, picture: HeapSnapshot | undefined) => void) {}

  /** The session stopped (a step, a breakpoint, a step back, a goto). */
  stopped(body: StoppedBody): void {
    this.here = body;
    this.stops++;
    for (const w of this.waitingForStop.splice(0)) w();
    this.fire({ kind: 'stopped' });
  }

  /** The session ended: the panel keeps the last picture. */
  sessionEnded(reason?: string): void {
    if (this.ended) return;
    this.ended = true;
    for (const w of this.waitingForStop.splice(0)) w();
    this.fire(reason === undefined ? { kind: 'ended' } : { kind: 'ended', reason });
  }

  private get fresh(): boolean {
    return this.latest !== undefined && (this.ended || this.latestStop === this.stops);
  }

  async snapshot(): Promise<HeapSnapshot | undefined> {
    if (this.fresh || this.ended || this.here === undefined) return this.latest;
    const stop = this.stops;
    const r = (await this.session.customRequest('pyheap/snapshot', {})) as { snapshot?: HeapSnapshot };
    if (r.snapshot === undefined) throw new Error('pyheap/snapshot answered without a snapshot');
    this.took(r.snapshot, stop);
    return r.snapshot;
  }

  async delta(fromStep: number): Promise<SnapshotDelta | undefined> {
    if (this.fresh || this.ended || this.latest === undefined || this.latest.step !== fromStep) return undefined;
    const stop = this.stops;
    const base = this.latest;
    const r = (await this.session.customRequest('pyheap/snapshot', { since: fromStep })) as { snapshot?: HeapSnapshot; delta?: SnapshotDelta };
    if (r.delta !== undefined && r.delta.fromStep === base.step) {
      this.latest = applyDelta(base, r.delta);
      this.latestStop = stop;
      this.visited.recordDelta(r.delta, this.here?.reason ?? 'step');
      return r.delta;
    }
    // The adapter's base was another picture: it sent a whole one (snapshot() returns it).
    if (r.snapshot !== undefined) this.took(r.snapshot, stop);
    return undefined;
  }

  private took(s: HeapSnapshot, stop: number): void {
    this.latest = s;
    this.latestStop = stop;
    this.visited.record(s, this.here?.reason ?? 'entry');
  }

  async timeline(): Promise<Timeline> {
    const seen = this.visited.timeline();
    if (!this.ended) {
      try {
        this.visits = ((await this.session.customRequest('pyheap/timeline', {})) as { visits: Visit[] }).visits;
      } catch {
        // Running again (or gone) meanwhile: the visits known so far.
      }
    }
    const file = this.latest?.filename ?? this.here?.file ?? '';
    const steps = new Map<number, Timeline['steps'][number]>();
    for (const v of this.visits) steps.set(v.position.step, { step: v.position.step, line: v.line, file, event: v.reason });
    for (const s of seen.steps) if (!steps.has(s.step)) steps.set(s.step, s);
    return {
      steps: [...steps.values()].sort((a, b) => a.step - b.step),
      collections: seen.collections,
      current: this.latest?.step ?? this.here?.step ?? seen.current,
    };
  }

  async history(id: number): Promise<RefcntPoint[]> {
    return this.visited.history(id);
  }

  /** Time travel to a visited stop: resolves at the stop it leads to (or the session's end). */
  async gotoStep(step: number): Promise<void> {
    if (this.ended) throw new Error('the debug session has ended');
    if (this.here?.step === step) return;
    let visit = [...this.visits].reverse().find((v) => v.position.step === step);
    if (visit === undefined) {
      this.visits = ((await this.session.customRequest('pyheap/timeline', {})) as { visits: Visit[] }).visits;
      visit = [...this.visits].reverse().find((v) => v.position.step === step);
    }
    if (visit === undefined) throw new Error(`step ${step} is not a stop of this session`);
    const arrived = new Promise<void>((resolve) => this.waitingForStop.push(resolve));
    await this.session.customRequest('pyheap/goto', { step: visit.position.step, seq: visit.position.seq });
    await arrived;
  }

  /** The open command during the session: a CodeLens's step, if the session stopped there
   *  (the background run and the session count steps alike); anything else just shows the panel. */
  async show(args: PanelOpenArgs): Promise<void> {
    if (args.step === undefined || this.ended || this.here === undefined) return;
    if (this.visits.length === 0) await this.timeline();
    if (this.visits.some((v) => v.position.step === args.step)) await this.gotoStep(args.step);
  }

  select(id: number | null): void {
    this.onSelect?.(id, this.latest);
  }

  onDidChange(listener: (e: PanelSourceEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(e: PanelSourceEvent): void {
    for (const l of [...this.listeners]) l(e);
  }
}
