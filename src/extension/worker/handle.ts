// The worker's one job, the same in Node and in the browser: run the file on the
// simulated heap (summarizeSource) and turn the summary into what the editor shows.

import { summarizeSource } from '../../model/index';
import type { PythonVersion } from '../../model/profiles/profile';
import { summaryView } from '../lens/view';
import type { RunRequest, WorkerReply } from './protocol';

export function handleRequest(req: RunRequest): WorkerReply {
  const t0 = Date.now();
  try {
    const summary = summarizeSource(req.source, { filename: req.filename, python: req.python as PythonVersion, maxSteps: req.maxSteps });
    const view = summaryView(summary, req.source, { showRuntimeObjects: req.showRuntimeObjects });
    return { type: 'result', id: req.id, view, ms: Date.now() - t0 };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { type: 'fault', id: req.id, message: err.message, stack: err.stack };
  }
}
