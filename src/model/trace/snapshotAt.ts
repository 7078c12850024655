// The memory panel outside a debug session: the heap snapshot at the end of a line's last
// execution, found as a hover's bindings are (summary.ts runToLineEnd: the program runs
// again to that point), with the last collection before it as the debugger records it.

import { buildSnapshot } from '../debug/snapshot_build';
import { addGcEventSink, type GCState, type GcCollectionEvent } from '../gc/index';
import type { HeapSnapshot } from '../snapshot';
import { runToLineEnd, type SummaryOptions } from './summary';
import type { LineSummary } from './types';

export function snapshotAt(source: string, options: SummaryOptions, line: Pick<LineSummary, 'end'>): HeapSnapshot | null {
  let last: (GcCollectionEvent & { step: number }) | undefined;
  let snap: HeapSnapshot | null = null;
  runToLineEnd(source, options, line, (it) => {
    const out = it.result();
    snap = buildSnapshot(it, { step: line.end.step, lastCollection: last, stdout: out.stdout, stderr: out.stderr });
  }, (it) => {
    addGcEventSink(it.rt.gc as GCState, { onCollection: (ev) => { last = { ...ev, step: it.exactSteps }; } });
  });
  return snap;
}
