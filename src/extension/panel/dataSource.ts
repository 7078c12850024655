// What feeds the memory panel: a small interface the extension implements twice — over
// the debug session (the adapter's `pyheap/snapshot` request and `pyheap/stopped`
// event) and over the CodeLens background run (outside a session: the state at the
// cursor's line). The panel never talks to the model or the adapter itself.

import type { HeapSnapshot, SnapshotDelta } from '../../model/snapshot';
import type { RefcntPoint, Timeline, ViewName } from './protocol';

/** The arguments of the `pyheap.openMemoryPanel` command (all optional): the file and line a
 *  CodeLens was clicked on, or the step to show. */
export interface PanelOpenArgs {
  uri?: string;
  line?: number;
  step?: number;
  /** The tab to show (the status bar's GC item passes 'gc'). */
  view?: ViewName;
}

export type PanelSourceEvent =
  /** The picture changed: a stop, a step back, the background run at another line. */
  | { kind: 'stopped' }
  /** The session ended; the panel keeps its last picture and says so. */
  | { kind: 'ended'; reason?: string }
  /** Another session or program: the next picture is sent whole. */
  | { kind: 'reset' };

export interface Disposable {
  dispose(): void;
}

export interface PanelDataSource {
  /** The picture now (or at `step`, a stop visited before); undefined when there is none
   *  (no session, nothing run yet). */
  snapshot(step?: number): Promise<HeapSnapshot | undefined>;
  /** Optional: the delta from the picture of `fromStep` (one this source returned before) to
   *  now, when the source can make it more cheaply than the panel can diff two pictures. */
  delta?(fromStep: number): Promise<SnapshotDelta | undefined>;
  /** The stops visited and the collections (SessionHistory.timeline()). */
  timeline(): Promise<Timeline>;
  /** ob_refcnt of one object at each visited stop (SessionHistory.history(id)). */
  history(id: number): Promise<RefcntPoint[]>;
  /** Time travel: the panel's slider asks for a visited step; the source moves there and then
   *  fires onDidChange (the panel also asks for the picture when this resolves). */
  gotoStep(step: number): Promise<void>;
  /** Optional: an object was selected in the panel (the debug session reveals it in Variables). */
  select?(id: number | null): void;
  /** Optional: the open command's arguments (a CodeLens click: run to that line, or that step). */
  show?(args: PanelOpenArgs): Promise<void>;
  onDidChange(listener: (e: PanelSourceEvent) => void): Disposable;
}
