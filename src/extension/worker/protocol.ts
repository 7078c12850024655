// Messages between the extension host and the background worker that runs a file on
// the simulated heap (worker_threads in Node, a Web Worker in the browser). One
// request at a time per worker; a newer edit terminates the worker instead of waiting.

import type { SummaryView, HoverTarget } from '../lens/view';

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

/** A hover on a name of a line that ran: the worker runs the file again to the end of the
 *  line's last execution (summary.ts bindingsAt) and describes the name's object there. */
export interface HoverRequest {
  type: 'hover';
  id: number;
  source: string;
  filename: string;
  python: string;
  maxSteps: number;
  target: HoverTarget;
  name: string;
}

export type WorkerRequest = RunRequest | HoverRequest;

export type WorkerReply =
  | { type: 'hover'; id: number; markdown: string }
  /** Part of the lenses and hovers: a big file's come in several messages, so that the
   *  extension host never spends long deserialising one (each is a task of its own). */
  | { type: 'lenses'; id: number; lenses: SummaryView['lenses']; hovers: SummaryView['hovers'] }
  /** The end of a run: the view, with the lenses and hovers of the chunks sent before it. */
  | { type: 'result'; id: number; view: SummaryView; /** Milliseconds the worker spent. */ ms: number }
  /** A fault in PyHeap itself (never a Python error: those are in the view). */
  | { type: 'fault'; id: number; message: string; stack?: string };
