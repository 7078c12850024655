// The worker's one job, the same in Node and in the browser: run the file on the
// simulated heap (summarizeSource) and turn the summary into what the editor shows.

import { summarizeSource, bindingsAt, snapshotAt } from '../../model/index';
import type { PythonVersion } from '../../model/profiles/profile';
import { describeHover, endLenses, lineHover, lineLens, sourceLines, viewOf, type LensView, type SummaryView } from '../lens/view';
import type { SourceSummary } from '../../model/trace/types';
import type { HoverRequest, RunRequest, SnapshotRequest, WorkerReply, WorkerRequest } from './protocol';

/** Lenses per message: a few hundred keep each message's deserialisation in the
 *  extension host to a few milliseconds (npm run bench:codelens measures it). */
export const LENSES_PER_MESSAGE = 100;

/** Lenses are posted once the first of them has waited this long, without waiting for a
 *  full message: the editor shows the first ones while the run goes on (a line's lens is
 *  final as soon as its last execution has been recorded). */
export const FLUSH_MS = 25;

/** Runs the request; `post` receives the lens chunks, then the result (or a fault); or the hover. */
export function handleRequest(req: WorkerRequest, post: (reply: WorkerReply) => void): void {
  if (req.type === 'hover') handleHover(req, post);
  else if (req.type === 'snapshot') handleSnapshot(req, post);
  else if (req.type === 'warm') warmUp();
  else handleRun(req, post);
}

/** A few lines of what a program does (lists, a function, a loop, a dict): a run of them
 *  makes the simulator's one-time setup (its types, the startup heap) and lets V8 compile
 *  the parser, compiler, eval loop and summary, which the first real run would pay for. */
const WARM_UP = 'a = [1, 2]\nb = a\ndef f(x):\n    return [x]\nfor i in range(3):\n    c = f(i)\nd = {"k": b}\ndel b\n';

function warmUp(): void {
  try {
    const req: RunRequest = { type: 'run', id: 0, source: WARM_UP, filename: 'warmup.py', python: '3.11', maxSteps: 10_000, showRuntimeObjects: false };
    handleRun(req, () => {});
  } catch {
    // Only a warm-up: the real run reports its faults.
  }
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
  const opts = { showRuntimeObjects: req.showRuntimeObjects };
  const text = sourceLines(req.source);
  let lenses: LensView[] = [];
  let hovers: SummaryView['hovers'] = {};
  let since = 0;
  const flush = (): void => {
    if (lenses.length > 0) post({ type: 'lenses', id: req.id, lenses, hovers });
    lenses = [];
    hovers = {};
  };
  let summary: SourceSummary;
  try {
    summary = summarizeSource(req.source, {
      filename: req.filename, python: req.python as PythonVersion, maxSteps: req.maxSteps,
      onLine: (l) => {
        if (lenses.length === 0) since = Date.now();
        lenses.push(lineLens(l, opts));
        hovers[l.line] = lineHover(l, text);
        if (lenses.length >= LENSES_PER_MESSAGE || Date.now() - since >= FLUSH_MS) flush();
      },
    });
  } catch (e) {
    post(fault(req.id, e));
    return;
  }
  flush();
  // The uncaught exception's and the step bound's lenses come with the result: they follow
  // the lines' lenses, which the host puts in line order (summaryView's order).
  post({ type: 'result', id: req.id, view: viewOf(summary, endLenses(summary), {}), ms: Date.now() - t0 });
}
