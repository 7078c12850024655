// The memory panel's host in the extension (register.ts, memoryPanel.ts) against a fake
// `vscode` API (fake-vscode.ts): the command opens one panel (revealed, not duplicated) with
// the strict CSP page and its assets through asWebviewUri; the conversation goes through
// the controller; an export is saved where the save dialog says; a hidden panel gets a
// whole snapshot when shown; the serializer revives a panel after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installFakeVscode, state, type FakePanel } from './fake-vscode';
import type { PanelDataSource, PanelSourceEvent } from '../../src/extension/panel/dataSource';
import { recordFile } from './fixtures';

installFakeVscode();
// Loaded after the fake is in place (require: the host is CommonJS, as VS Code loads it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registerMemoryPanel, OPEN_MEMORY_PANEL_COMMAND } = require('../../src/extension/panel/register') as typeof import('../../src/extension/panel/register');

const rec = recordFile('examples/03_del.py');

function source() {
  let i = 0;
  const listeners: ((e: PanelSourceEvent) => void)[] = [];
  const calls: string[] = [];
  const s: PanelDataSource & { at(k: number): void } = {
    snapshot: async () => rec.snapshots[i],
    timeline: async () => rec.history.timeline(),
    history: async (id) => rec.history.history(id),
    gotoStep: async (step) => {
      calls.push(`goto ${step}`);
      i = rec.snapshots.findIndex((x) => x.step === step);
    },
    show: async (a) => { calls.push(`show ${JSON.stringify(a)}`); },
    onDidChange: (l) => {
      listeners.push(l);
      return { dispose() {} };
    },
    at(k: number) {
      i = k;
      for (const l of listeners) l({ kind: 'stopped' });
    },
  };
  return { s, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const types = (p: FakePanel) => (p.webview.posted as { type: string }[]).map((m) => m.type);

test('the command opens one panel with a strict CSP page; the conversation runs through it', async () => {
  const context = { extensionUri: (await import('./fake-vscode')).Uri.file('/ext'), subscriptions: [] as { dispose(): void }[] };
  const { s, calls } = source();
  const api = registerMemoryPanel(context as never, s);
  assert.ok(state.commands.has(OPEN_MEMORY_PANEL_COMMAND));
  assert.ok(state.serializers.has('pyheap.memory'));
  await state.commands.get(OPEN_MEMORY_PANEL_COMMAND)?.({ uri: 'file:///work/a.py', line: 3, step: 'not a number' });
  assert.equal(state.panels.length, 1);
  assert.ok(api.isOpen);
  assert.deepEqual(calls, ['show {"uri":"file:///work/a.py","line":3}'], 'well-formed arguments reach the source');
  const panel = state.panels[0];
  assert.equal(panel.viewType, 'pyheap.memory');
  const html = panel.webview.html;
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  assert.match(csp, /^default-src 'none'; style-src https:\/\/fake\.vscode-cdn\.net; script-src 'nonce-[\w-]{20,}'; img-src https:\/\/fake\.vscode-cdn\.net data: blob:/);
  const nonce = /'nonce-([\w-]+)'/.exec(csp)?.[1];
  assert.match(html, new RegExp(`<script nonce="${nonce}" src="https://fake\\.vscode-cdn\\.net/ext/dist/webview/panel\\.js"></script>`));
  assert.match(html, /<link rel="stylesheet" href="https:\/\/fake\.vscode-cdn\.net\/ext\/dist\/webview\/panel\.css">/);
  assert.ok(!/https?:\/\/(?!fake\.vscode-cdn\.net)/.test(html), 'no other origin');
  assert.deepEqual((panel.options as { localResourceRoots: { path: string }[] }).localResourceRoots.map((u) => u.path), ['/ext/dist/webview']);
  // The page says ready: theme, whole snapshot, timeline.
  panel.webview.receive({ type: 'ready' });
  await settle();
  assert.deepEqual(types(panel), ['theme', 'snapshot', 'timeline']);
  // A stop: a delta.
  s.at(2);
  await settle();
  assert.deepEqual(types(panel).slice(3), ['delta', 'timeline']);
  // Opening again reveals the same panel.
  await state.commands.get(OPEN_MEMORY_PANEL_COMMAND)?.();
  assert.equal(state.panels.length, 1);
  assert.equal(panel.revealed, 1);
  // Export: saved where the dialog says.
  panel.webview.receive({ type: 'export', format: 'svg', view: 'gc', step: 5, data: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
  await settle();
  assert.deepEqual(state.written.map((w) => [w.uri, new TextDecoder().decode(w.bytes)]), [['file:///work/out/export', '<svg xmlns="http://www.w3.org/2000/svg"/>']]);
  // Hidden (its page is dropped), shown again (a new page says ready): a whole snapshot again.
  panel.setVisible(false);
  s.at(3);
  await settle();
  panel.setVisible(true);
  panel.webview.receive({ type: 'ready' });
  await settle();
  assert.equal(types(panel).filter((t) => t === 'snapshot').length, 2);
  // A malformed message from the page: logged in the panel's output channel.
  panel.webview.receive({ type: 'select', id: 'everything' });
  assert.ok(state.logs.some((l) => l.includes('rejected a message from the webview')));
  // Closed: the API says so; a reload's serializer revives a panel that talks again.
  let open = true;
  api.onDidChangeOpen((o) => { open = o; });
  panel.dispose();
  assert.equal(api.isOpen, false);
  assert.equal(open, false);
  const { FakePanel: P } = await import('./fake-vscode');
  const revived = new P('pyheap.memory', 'PyHeap Memory', {}, {});
  await state.serializers.get('pyheap.memory')?.deserializeWebviewPanel(revived, { tab: 'gc' });
  assert.ok(api.isOpen);
  assert.match(revived.webview.html, /Content-Security-Policy/);
  revived.webview.receive({ type: 'ready' });
  await settle();
  assert.deepEqual(types(revived), ['theme', 'snapshot', 'timeline']);
  for (const d of context.subscriptions) d.dispose();
  assert.ok(revived.disposed, 'disposing the extension closes the panel');
});
