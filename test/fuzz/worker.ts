// The fuzzer's worker thread (scripts/fuzz.ts): runs each program it is sent in the
// simulator and answers with how it ended. A thread, so that the driver can end a run
// that does not come back (a hang past the step bound) by terminating it.

import '../../src/model/v8tuning';
import { parentPort } from 'node:worker_threads';
import { runInSimulator } from './check';

export interface WorkerRequest {
  seed: number;
  source: Uint8Array;
  filename: string;
  maxSteps: number;
}

// Loaded: the driver's watchdog starts counting from here, not from the thread's start.
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (req: WorkerRequest) => {
  parentPort!.postMessage({ seed: req.seed, run: runInSimulator(req.source, req.filename, req.maxSteps) });
});
