// The view store (src/extension/background/viewStore.ts): a view comes back only for the
// very inputs and build it was computed from, whose text is not stored; an entry cut short
// or corrupted is a miss, never part of a view; the oldest entries go past the limit; a big
// view is read back in chunks with the host free between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ViewStore, type StoreFolder } from '../../src/extension/background/viewStore';
import { handleRequest } from '../../src/extension/worker/handle';
import type { RunRequest, WorkerReply } from '../../src/extension/worker/protocol';
import type { SummaryView } from '../../src/extension/lens/view';

/** A folder in memory; `alias` maps every name to one file (a hash collision). */
function memoryFolder(alias = false): StoreFolder & { files: Map<string, { data: Uint8Array; t: number }> } {
  const files = new Map<string, { data: Uint8Array; t: number }>();
  let clock = 0;
  const key = (n: string): string => (alias ? 'same.view.json' : n);
  return {
    files,
    read: async (n) => files.get(key(n))?.data,
    write: async (n, data) => void files.set(key(n), { data, t: ++clock }),
    list: async () => [...files.keys()],
    mtime: async (n) => files.get(n)?.t ?? 0,
    remove: async (n) => void files.delete(n),
  };
}

/** The view the extension keeps for a run of `source` (background/runs.ts). */
function runView(req: RunRequest): SummaryView {
  const lenses: SummaryView['lenses'] = [];
  const hovers: SummaryView['hovers'] = {};
  let view: SummaryView | undefined;
  handleRequest(req, (r: WorkerReply) => {
    if (r.type === 'lenses') { lenses.push(...r.lenses); Object.assign(hovers, r.hovers); }
    if (r.type === 'result') view = { ...r.view, lenses: [...lenses.sort((a, b) => a.line - b.line), ...r.view.lenses], hovers };
  });
  assert.ok(view !== undefined);
  // As JSON has it (an absent `stoppedAfter` is undefined in the worker's message).
  return JSON.parse(JSON.stringify(view)) as SummaryView;
}

const SOURCE = 'a = [321, 123]\nb = a\ndel a\nfor i in range(3):\n    c = [i]\nprint(b)\n';
const REQ: RunRequest = { type: 'run', id: 1, source: SOURCE, filename: '/ws/f.py', python: '3.11', maxSteps: 100_000, showRuntimeObjects: false };

test('a stored view comes back equal, for the same inputs and build only', async () => {
  const folder = memoryFolder();
  const store = new ViewStore(folder, 'build-1', crypto.subtle);
  const view = runView(REQ);
  assert.equal(await store.get(REQ), undefined, 'nothing stored yet');
  assert.equal(await store.put(REQ, view), true);
  const stored = new TextDecoder().decode([...folder.files.values()][0].data);
  assert.ok(!stored.includes('a = [321, 123]') && !stored.includes('/ws/f.py'), 'the file’s text and name are not kept, only their digest');
  const again: RunRequest = { ...REQ, id: 7 };
  assert.deepEqual(await store.get(again), view, 'the request id is not an input');
  for (const other of [
    { ...REQ, source: SOURCE + 'x = 1\n' }, { ...REQ, filename: '/ws/g.py' }, { ...REQ, python: '3.12' },
    { ...REQ, maxSteps: 50 }, { ...REQ, showRuntimeObjects: true },
  ]) assert.equal(await store.get(other), undefined, JSON.stringify({ ...other, source: undefined }));
  assert.equal(await new ViewStore(folder, 'build-2', crypto.subtle).get(REQ), undefined, 'another build of the simulator');
});

test('two inputs that share a file name never get each other’s view', async () => {
  const folder = memoryFolder(true);
  const store = new ViewStore(folder, 'b', crypto.subtle);
  const other = { ...REQ, source: 'x = 1\n' };
  await store.put(REQ, runView(REQ));
  assert.equal(await store.get(other), undefined);
  const otherView = runView(other);
  await store.put(other, otherView);
  assert.deepEqual(await store.get(other), otherView);
  assert.equal(await store.get(REQ), undefined);
});

test('an entry cut short or corrupted is a miss', async () => {
  const folder = memoryFolder();
  const store = new ViewStore(folder, 'b', crypto.subtle);
  const source = Array.from({ length: 450 }, (_, i) => `v${i} = [${i}]`).join('\n') + '\n';
  const req = { ...REQ, source };
  const view = runView(req);
  await store.put(req, view);
  const [name, entry] = [...folder.files][0];
  const lines = new TextDecoder().decode(entry.data).split('\n');
  assert.ok(lines.length > 4, `the view is in several chunks (${lines.length} lines)`);
  assert.deepEqual(await store.get(req), view);
  const cuts = [entry.data.subarray(0, entry.data.length - 1), new TextEncoder().encode(lines.slice(0, -2).join('\n') + '\n'),
    new TextEncoder().encode(lines.join('\n').replace('"lenses":[{', '"lenses":[{{')), new Uint8Array(0)];
  for (const data of cuts) {
    folder.files.set(name, { data, t: 0 });
    assert.equal(await store.get(req), undefined);
  }
});

test('past the limit the oldest entries go; a view over the size limit is not kept', async () => {
  const folder = memoryFolder();
  const store = new ViewStore(folder, 'b', crypto.subtle, { entries: 3, maxChars: 1_000_000 });
  const reqs = [0, 1, 2, 3, 4].map((i) => ({ ...REQ, source: `x = ${i}\n` }));
  for (const r of reqs) await store.put(r, runView(r));
  assert.equal(folder.files.size, 3);
  assert.equal(await store.get(reqs[0]), undefined);
  assert.equal(await store.get(reqs[1]), undefined);
  for (const r of reqs.slice(2)) assert.notEqual(await store.get(r), undefined);
  const tiny = new ViewStore(memoryFolder(), 'b', crypto.subtle, { entries: 3, maxChars: 100 });
  assert.equal(await tiny.put(REQ, runView(REQ)), false);
  assert.equal(await tiny.get(REQ), undefined);
});

test('a big view is read back in chunks: other tasks run in between', async () => {
  const folder = memoryFolder();
  const store = new ViewStore(folder, 'b', crypto.subtle);
  const source = Array.from({ length: 1200 }, (_, i) => `v${i} = [${i}]`).join('\n') + '\n';
  const req = { ...REQ, source };
  const view = runView(req);
  await store.put(req, view);
  let ticks = 0;
  let done = false;
  const tick = (): void => {
    ticks++;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const got = await store.get(req);
  done = true;
  assert.deepEqual(got, view);
  assert.ok(ticks >= 5, `the host ran ${ticks} other tasks while the view was read`);
});
