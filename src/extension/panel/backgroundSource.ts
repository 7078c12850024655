// The memory panel outside a debug session: the background run's heap (the CodeLens run,
// background/runs.ts) at the end of a line's last execution — the line of the cursor, or
// the one whose CodeLens was clicked. The worker runs the file again to that point and
// snapshots it (model/trace/snapshotAt.ts), so the extension host never simulates.
// Its "timeline" is the lines that ran, at the steps their last executions ended.

import type { HeapSnapshot } from '../../model/snapshot';
import type { HoverTarget, SummaryView } from '../lens/view';
import type { Disposable, PanelDataSource, PanelOpenArgs, PanelSourceEvent } from './dataSource';
import { SessionHistory } from './history';
import type { RefcntPoint, Timeline } from './protocol';

/** What the source needs of the background runs (BackgroundRuns; a URI is its string form). */
export interface BackgroundRunsLike {
  view(uri: string): SummaryView | undefined;
  snapshot(uri: string, target: HoverTarget): Promise<HeapSnapshot | null>;
  /** Fires with a document's URI when its run finished again (an edit). */
  onDidChange(listener: (uri: string) => void): Disposable;
}

export class BackgroundRunSource implements PanelDataSource {
  private readonly listeners = new Set<(e: PanelSourceEvent) => void>();
  private visited = new SessionHistory();
  private uri: string | undefined;
  private line: number | undefined;
  private cache: { key: string; view: SummaryView; snapshot: HeapSnapshot } | undefined;
  private readonly sub: Disposable;

  constructor(private readonly runs: BackgroundRunsLike) {
    this.sub = runs.onDidChange((uri) => {
      if (uri !== this.uri) return;
      // Another run of the file (it was edited): ids and steps of the old run mean nothing now.
      this.visited = new SessionHistory();
      this.cache = undefined;
      this.fire({ kind: 'reset' });
    });
  }

  /** The cursor moved (or a CodeLens was clicked): the picture at the end of `line`'s last execution. */
  at(uri: string, line: number): void {
    if (uri === this.uri && line === this.line) return;
    if (uri !== this.uri) this.visited = new SessionHistory();
    const reset = uri !== this.uri;
    this.uri = uri;
    this.line = line;
    this.fire({ kind: reset ? 'reset' : 'stopped' });
  }

  /** The line the picture is of, or the nearest line above it that ran (a blank or comment line shows the state before it). */
  private target(view: SummaryView): HoverTarget | undefined {
    if (this.line === undefined) return undefined;
    for (let l = this.line; l >= 1; l--) {
      const h = view.hovers[l];
      if (h !== undefined) return h.target;
    }
    return undefined;
  }

  async snapshot(): Promise<HeapSnapshot | undefined> {
    if (this.uri === undefined) return undefined;
    const view = this.runs.view(this.uri);
    if (view === undefined) return undefined;
    const target = this.target(view);
    if (target === undefined) return undefined;
    const key = `${this.uri}#${target.end.step}.${target.end.seq}`;
    if (this.cache !== undefined && this.cache.key === key && this.cache.view === view) return this.cache.snapshot;
    const s = await this.runs.snapshot(this.uri, target);
    if (s === null) return undefined;
    this.cache = { key, view, snapshot: s };
    this.visited.record(s, 'line');
    return s;
  }

  async timeline(): Promise<Timeline> {
    const view = this.uri === undefined ? undefined : this.runs.view(this.uri);
    const seen = this.visited.timeline();
    const steps = view === undefined ? [] : Object.values(view.hovers).map((h) => ({ step: h.target.end.step, line: h.target.line, file: this.cache?.snapshot.filename ?? '', event: 'line' }));
    return { steps: steps.sort((a, b) => a.step - b.step), collections: seen.collections, current: this.cache?.snapshot.step ?? seen.current };
  }

  async history(id: number): Promise<RefcntPoint[]> {
    return this.visited.history(id);
  }

  /** The slider: the line whose last execution ended at `step`. */
  async gotoStep(step: number): Promise<void> {
    const view = this.uri === undefined ? undefined : this.runs.view(this.uri);
    const h = view === undefined ? undefined : Object.values(view.hovers).find((x) => x.target.end.step === step);
    if (h === undefined || this.uri === undefined) throw new Error(`no line of the background run ended at step ${step}`);
    this.at(this.uri, h.target.line);
  }

  async show(args: PanelOpenArgs): Promise<void> {
    if (args.uri !== undefined && args.line !== undefined) this.at(args.uri, args.line);
    else if (args.step !== undefined) await this.gotoStep(args.step);
  }

  onDidChange(listener: (e: PanelSourceEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(e: PanelSourceEvent): void {
    for (const l of [...this.listeners]) l(e);
  }

  dispose(): void {
    this.sub.dispose();
    this.listeners.clear();
  }
}
