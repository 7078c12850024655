// The memory panel outside a debug session (src/extension/panel/backgroundSource.ts) over
// the background worker's real request handler (worker/handle.ts, in-process here): the
// picture at the end of a line's last execution has the ids and counts a hover on that
// line reports (bindingsAt: the same re-run), the cursor and the slider move it, a blank
// line shows the state of the line above, and another run of the file starts afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BackgroundRunSource, type BackgroundRunsLike } from '../../src/extension/panel/backgroundSource';
import { PanelController } from '../../src/extension/panel/controller';
import { handleRequest } from '../../src/extension/worker/handle';
import type { WorkerReply } from '../../src/extension/worker/protocol';
import type { SummaryView } from '../../src/extension/lens/view';
import { bindingsAt } from '../../src/model/index';
import type { HostMessage } from '../../src/extension/panel/protocol';
import type { HeapSnapshot } from '../../src/model/snapshot';
import { applyDelta } from '../../webview/delta';

const FILE = 'examples/02_refcount.py';
const SOURCE = readFileSync(FILE, 'utf8');
const URI = 'file:///ws/02_refcount.py';

function run(): SummaryView {
  let view: SummaryView | undefined;
  const lenses: SummaryView['lenses'] = [];
  const hovers: SummaryView['hovers'] = {};
  handleRequest({ type: 'run', id: 1, source: SOURCE, filename: FILE, python: '3.11', maxSteps: 100_000, showRuntimeObjects: false }, (r: WorkerReply) => {
    if (r.type === 'lenses') { lenses.push(...r.lenses); Object.assign(hovers, r.hovers); }
    if (r.type === 'result') view = { ...r.view, lenses, hovers };
  });
  assert.ok(view !== undefined);
  return view;
}

function runs() {
  let view = run();
  const listeners: ((uri: string) => void)[] = [];
  const asked: number[] = [];
  const r: BackgroundRunsLike & { rerun(): void; asked: number[] } = {
    view: (uri) => (uri === URI ? view : undefined),
    snapshot: async (_uri, target) => {
      asked.push(target.line);
      let out: HeapSnapshot | null = null;
      handleRequest({ type: 'snapshot', id: 2, source: SOURCE, filename: FILE, python: '3.11', maxSteps: 100_000, target }, (m) => {
        assert.equal(m.type, 'snapshot', m.type === 'fault' ? m.message : '');
        if (m.type === 'snapshot') out = m.snapshot;
      });
      return out;
    },
    onDidChange: (l) => { listeners.push(l); return { dispose: () => undefined }; },
    rerun: () => { view = run(); for (const l of listeners) l(URI); },
    asked,
  };
  return r;
}

function localsOf(s: HeapSnapshot): Map<string, { id: number; ob_refcnt: number }> {
  const byId = new Map(s.objects.map((o) => [o.id, o]));
  const out = new Map<string, { id: number; ob_refcnt: number }>();
  for (const l of s.frames[s.frames.length - 1].locals) if (l.id !== null) out.set(l.name, { id: l.id, ob_refcnt: byId.get(l.id)?.ob_refcnt ?? -1 });
  return out;
}

test('the picture at a line is the heap a hover on that line describes', async () => {
  const r = runs();
  const src = new BackgroundRunSource(r);
  assert.equal(await src.snapshot(), undefined, 'no line yet: no picture');
  src.at(URI, 8); // b = a
  const s = await src.snapshot();
  assert.ok(s !== undefined);
  const names = localsOf(s);
  assert.equal(names.get('a')?.id, names.get('b')?.id, 'a and b: one list');
  assert.equal(names.get('a')?.ob_refcnt, 2, 'the names a and b');
  assert.equal(names.has('pair'), false, 'line 10 has not run yet');
  const view = r.view(URI) as SummaryView;
  const hover = bindingsAt(SOURCE, { filename: FILE, python: '3.11' }, view.hovers[8].target);
  const a = hover.bindings?.find((b) => b.name === 'a')?.object;
  assert.deepEqual({ id: a?.id, ob_refcnt: a?.ob_refcnt }, names.get('a'), 'the hover\'s id and count');
  // The same line again: the cached picture, no new run.
  assert.equal(await src.snapshot(), s);
  assert.deepEqual(r.asked, [8]);
  // A blank line (12) shows the state after the line above that ran (11).
  src.at(URI, 12);
  const s12 = await src.snapshot();
  assert.equal(s12?.step, view.hovers[11].target.end.step);
});

test('the panel follows the cursor with deltas; the slider goes to a line\'s step; a new run starts afresh', async () => {
  const r = runs();
  const src = new BackgroundRunSource(r);
  const sent: HostMessage[] = [];
  const c = new PanelController(src, { post: (m) => { sent.push(m); return true; }, log: () => undefined, save: async () => undefined, theme: () => 'light' });
  src.at(URI, 6);
  c.receive({ type: 'ready' });
  await c.requestSync();
  assert.deepEqual(sent.map((m) => m.type), ['theme', 'snapshot', 'timeline']);
  src.at(URI, 10);
  await c.requestSync();
  assert.equal(sent[sent.length - 2].type, 'delta');
  let picture: HeapSnapshot | undefined;
  for (const m of sent) picture = m.type === 'snapshot' ? m.snapshot : m.type === 'delta' ? applyDelta(picture as HeapSnapshot, m.delta) : picture;
  assert.equal(localsOf(picture as HeapSnapshot).get('a')?.ob_refcnt, 4, 'a, b and two slots of pair');
  const tl = sent[sent.length - 1];
  assert.ok(tl.type === 'timeline');
  const view = r.view(URI) as SummaryView;
  assert.deepEqual(tl.timeline.steps.map((x) => x.line), Object.keys(view.hovers).map(Number).sort((x, y) => view.hovers[x].target.end.step - view.hovers[y].target.end.step));
  // The slider: the step at which line 8 last ended.
  c.receive({ type: 'goto-step', step: view.hovers[8].target.end.step });
  await new Promise<void>((res) => setImmediate(res));
  await c.requestSync();
  assert.equal(r.asked[r.asked.length - 1], 8);
  // An edit made another run: the next picture goes whole.
  r.rerun();
  await c.requestSync();
  assert.equal(sent.filter((m) => m.type === 'snapshot').length, 2);
});
