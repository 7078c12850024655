// A background worker as the extension sees it, whatever the platform: Node's
// worker_threads (nodeWorker.ts) or the browser's Web Worker (webWorker.ts).

import type { WorkerRequest, WorkerReply } from '../worker/protocol';

export interface BackgroundWorker {
  post(req: WorkerRequest): void;
  /** Stops it at once, mid-run if need be (cancellation). */
  terminate(): void;
}

export interface WorkerEvents {
  onReply(reply: WorkerReply): void;
  /** The worker died (out of memory, an uncaught error): it cannot be used again. */
  onCrash(err: Error): void;
}

export type WorkerFactory = (events: WorkerEvents) => BackgroundWorker;
