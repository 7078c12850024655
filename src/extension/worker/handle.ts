// The worker's one job, the same in Node and in the browser: run the file on the
// simulated heap (summarizeSource) and turn the summary into what the editor shows.

import { summarizeSource, bindingsAt, snapshotAt } from '../../model/index';
import type { PythonVersion } from '../../model/profiles/profile';
import { summaryView, describeHover, type SummaryView } from '../lens/view';
import type { HoverRequest, RunRequest, SnapshotRequest, WorkerReply, WorkerRequest } from './protocol';

/** Lenses per message: a few hundred keep each message's deserialisation in the
 *  extension host to a few milliseconds (npm run bench:codelens measures it). */
export const LENSES_PER_MESSAGE = 100;

/** Runs the request; `post` receives the lens chunks, then the result (or a fault); or the hover. */
export function handleRequest(req: WorkerRequest, post: (reply: WorkerReply) => void): void {
  if (req.type === 'hover') handleHover(req, post);
  else if (req.type === 'snapshot') handleSnapshot(req, post);
  else handleRun(req, post);
}

function fault(id: number, e: unknown): WorkerReply {
  const err = e instanceof Error ? e : new Error(String(e));
  return { type: 'fault', id, message: err.message, stack: err.stack };
}

function handleSnapshot(req: SnapshotRequest, post: (reply: WorkerReply) => void): void {
  try {
    const snapshot = snapshotAt(req.source, { filename: req.filename, python: req.python as PythonVersion, maxSteps: req.maxSteps }, req.target);
    post({ type: 'snapshot', id: req.id, snapshot });
  } catch (e) {
    post(fault(req.id, e));
  }
}

function handleHover(req: HoverRequest, post: (reply: WorkerReply) => void): void {
  try {
    const found = bindingsAt(req.source, { filename: req.filename, python: req.python as PythonVersion, maxSteps: req.maxSteps }, req.target);
    post({ type: 'hover', id: req.id, markdown: describeHover(req.target, req.name, req.python, found) });
  } catch (e) {
    post(fault(req.id, e));
  }
}

function handleRun(req: RunRequest, post: (reply: WorkerReply) => void): void {
  const t0 = Date.now();
  let view: SummaryView;
  try {
    const summary = summarizeSource(req.source, { filename: req.filename, python: req.python as PythonVersion, maxSteps: req.maxSteps });
    view = summaryView(summary, req.source, { showRuntimeObjects: req.showRuntimeObjects });
  } catch (e) {
    post(fault(req.id, e));
    return;
  }
  const { lenses, hovers } = view;
  for (let i = 0; i < lenses.length; i += LENSES_PER_MESSAGE) {
    const part = lenses.slice(i, i + LENSES_PER_MESSAGE);
    const partHovers: SummaryView['hovers'] = {};
    for (const l of part) if (hovers[l.line] !== undefined) partHovers[l.line] = hovers[l.line];
    post({ type: 'lenses', id: req.id, lenses: part, hovers: partHovers });
  }
  post({ type: 'result', id: req.id, view: { ...view, lenses: [], hovers: {} }, ms: Date.now() - t0 });
}
