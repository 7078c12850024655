// The background worker in the desktop and server extension host (worker_threads): the
// simulation never runs on the extension host's thread. Started with a large stack
// (resourceLimits.stackSizeMb), as deep Python recursion is deep JS recursion here.
// Built as dist/summaryWorker.bundle.js, which the loader (nodeLoader.ts) runs through
// V8's code cache.

import '../../model/v8tuning';
import { parentPort } from 'node:worker_threads';
import { handleRequest } from './handle';
import type { WorkerRequest } from './protocol';

let idle: (() => void) | null = null;

/** Calls `f` once, after the first request has been served (when the code a run needs
 *  has been compiled): the loader writes the code cache then. */
export function afterFirstRequest(f: () => void): void {
  idle = f;
}

parentPort?.on('message', (req: WorkerRequest) => {
  handleRequest(req, (reply) => parentPort?.postMessage(reply));
  if (idle === null) return;
  const f = idle;
  idle = null;
  setImmediate(f);
});
