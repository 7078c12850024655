// Messages between the extension host and the background worker that runs a file on
// the simulated heap (worker_threads in Node, a Web Worker in the browser). One
// request at a time per worker; a newer edit terminates the worker instead of waiting.

import type { SummaryView } from '../lens/view';

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

export type WorkerReply =
  | { type: 'result'; id: number; view: SummaryView; /** Milliseconds the worker spent. */ ms: number }
  /** A fault in PyHeap itself (never a Python error: those are in the view). */
  | { type: 'fault'; id: number; message: string; stack?: string };
