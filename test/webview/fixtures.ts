// Test inputs for the memory panel, made by the real simulator at test time: a program
// runs line by line, and each stop gives a HeapSnapshot (with the last collection, as the
// debugger's GC sink records it), a SessionHistory entry and the delta from the stop before.
import { readFileSync } from 'node:fs';
import { Interpreter } from '../../src/model/vm/run';
import { buildSnapshot } from '../../src/model/debug/snapshot_build';
import { diffSnapshots } from '../../src/model/debug/snapshot_delta';
import { addGcEventSink, type GcCollectionEvent } from '../../src/model/gc/events';
import type { GCState } from '../../src/model/gc/gcstate';
import type { HeapSnapshot, SnapshotDelta } from '../../src/model/snapshot';
import { SessionHistory } from '../../src/extension/panel/history';
import type { Timeline } from '../../src/extension/panel/protocol';

export interface Recording {
  file: string;
  snapshots: HeapSnapshot[];
  /** deltas[i] leads from snapshots[i] to snapshots[i + 1]. */
  deltas: SnapshotDelta[];
  history: SessionHistory;
  timeline: Timeline;
}

export interface RecordOptions {
  maxStops?: number;
  /** Record only from the first stop at this line of the module's own code on (a big
   *  program's setup, its loops and comprehensions, run without snapshots). */
  fromLine?: number;
}

/** Runs `source` to its end (or maxStops line stops), taking a snapshot at each stop. */
export function record(file: string, source: string, opts: RecordOptions = {}): Recording {
  // stdout block-buffered, as when it is a pipe (a line-buffered one, as on a terminal, still
  // leaves gc.get_count() one too high after a print: see the report to the lead).
  const it = Interpreter.create(source, { filename: file });
  let pending: GcCollectionEvent | undefined;
  let last: (GcCollectionEvent & { step: number }) | undefined;
  addGcEventSink(it.rt.gc as unknown as GCState, { onCollection: (ev) => { pending = ev; } });
  const snapshots: HeapSnapshot[] = [];
  const history = new SessionHistory();
  const maxStops = opts.maxStops ?? Infinity;
  let recording = opts.fromLine === undefined;
  while (it.state !== 'done' && snapshots.length < maxStops) {
    it.stepLine();
    if ((it.state as string) === 'done') break;
    if (pending !== undefined) {
      last = { ...pending, step: it.steps };
      pending = undefined;
    }
    if (!recording) {
      const frames = it.currentFrames();
      // The line about to run, as the snapshot says it (the frame stands before its next instruction).
      const line = frames.length === 1 ? frames[0].f_code.lineOf(frames[0].prev_instr + 1) : -1;
      if (line < (opts.fromLine as number)) continue;
      recording = true;
    }
    const out = it.result();
    const s = buildSnapshot(it, { step: it.steps, previousMemory: snapshots[snapshots.length - 1]?.memory, lastCollection: last, stdout: out.stdout, stderr: out.stderr });
    // A JSON copy: what crosses the message channel (no shared JS objects between stops).
    const copy = JSON.parse(JSON.stringify(s)) as HeapSnapshot;
    history.record(copy, snapshots.length === 0 ? 'entry' : 'line');
    snapshots.push(copy);
  }
  const deltas: SnapshotDelta[] = [];
  for (let i = 1; i < snapshots.length; i++) deltas.push(JSON.parse(JSON.stringify(diffSnapshots(snapshots[i - 1], snapshots[i]))) as SnapshotDelta);
  return { file, snapshots, deltas, history, timeline: history.timeline() };
}

export function recordFile(file: string, opts: RecordOptions = {}): Recording {
  return record(file, readFileSync(file, 'utf8'), opts);
}

/** A heap of about 10,000 objects in about 100,000 pymalloc blocks: 100,000 ints made, nine in
 *  ten freed again (their pools stay carved, full of free blocks), 2,500 small records kept. */
export const BIG_HEAP_PROGRAM = `
class Record:
    def __init__(self, key, value):
        self.key = key
        self.value = value

scratch = [i * 7 + 1000 for i in range(100000)]
kept = scratch[::50]
del scratch
records = []
for i in range(2000):
    records.append(Record('k' + str(i), [i * 3 + 1000]))
total = 0
for r in records[:3]:
    total += r.value[0]
    r.value.append(total)
print(total)
`;

/** BIG_HEAP_PROGRAM's `total = 0`: the heap is built, the steps after change a few objects. */
export const BIG_HEAP_FROM_LINE = 13;

export const EXAMPLES = ['examples/01_identity.py', 'examples/02_refcount.py', 'examples/03_del.py', 'examples/04_gc.py', 'examples/05_memory_pool.py'];
