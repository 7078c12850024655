// Messages between the extension host and the background worker that runs a file on
// the simulated heap (worker_threads in Node, a Web Worker in the browser). One
// request at a time per worker; a newer edit terminates the worker instead of waiting.

import type { SummaryView, HoverTarget } from '../lens/view';
import type { HeapSnapshot } from '../../model/snapshot';

export interface RunRequest {
  type: 'run';
  id: number;
  source: string;
  /** As the traceback prints it (the file's path). */
  filename: string;
  python: string;
  maxSteps: number;
  showRuntimeObjects: boolean;
}

/** A question about one point of the run the lenses came from: the worker runs the file
 *  again (it is deterministic) to `target`, the end of a line's last execution. */
interface RerunRequest {
  id: number;
  source: string;
  filename: string;
  python: string;
  maxSteps: number;
  target: HoverTarget;
}

/** A hover on a name of a line that ran: the name's object there (summary.ts bindingsAt). */
export interface HoverRequest extends RerunRequest {
  type: 'hover';
  name: string;
}

/** The memory panel outside a debug session: the heap snapshot there (trace/snapshotAt.ts). */
export interface SnapshotRequest extends RerunRequest {
  type: 'snapshot';
}

/** Load the simulator and warm it up on a small program, ahead of the first run (no reply). */
export interface WarmRequest {
  type: 'warm';
  id: number;
}

export type WorkerRequest = RunRequest | HoverRequest | SnapshotRequest | WarmRequest;

export type WorkerReply =
  | { type: 'hover'; id: number; markdown: string }
  /** null: the run never reached the target (the file changed since). */
  | { type: 'snapshot'; id: number; snapshot: HeapSnapshot | null }
  /** Part of the lenses and hovers: a big file's come in several messages, so that the
   *  extension host never spends long deserialising one (each is a task of its own). */
  | { type: 'lenses'; id: number; lenses: SummaryView['lenses']; hovers: SummaryView['hovers'] }
  /** The end of a run: the view, whose lenses are those that follow the lines' (the uncaught
   *  exception's, the step bound's); the lines' lenses and hovers came in the chunks before it,
   *  in the order the lines' last executions ended. */
  | { type: 'result'; id: number; view: SummaryView; /** Milliseconds the worker spent. */ ms: number }
  /** A fault in PyHeap itself (never a Python error: those are in the view). */
  | { type: 'fault'; id: number; message: string; stack?: string };
