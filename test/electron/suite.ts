// The e2e flows for @vscode/test-electron (npm run test:electron), for machines that can
// download VS Code (these cannot: the code-server tier in test/e2e/ runs the same flows
// in npm test). Runs inside VS Code's extension host with the extension under
// development, on a copy of examples/, through the VS Code API: the CodeLens and hover
// providers' answers and the Toggle command.

import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { flattenHover, HOVER_A, REFCOUNT_LENSES } from '../e2e/flows';

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

/** Polls until `pred` holds (the background run takes a moment); fails after a minute. */
async function until<T>(what: string, get: () => Promise<T>, pred: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const v = await get();
    if (pred(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'a workspace folder (examples/) is open');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '02_refcount.py'));
  await vscode.window.showTextDocument(doc);

  // CodeLens
  const found = await until('the refcount lenses', () => lenses(doc.uri), (l) => l.some((x) => x.command?.title.includes('refcnt 1→2')));
  for (const x of REFCOUNT_LENSES) {
    const titles = found.filter((l) => l.range.start.line === x.line - 1).map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => x.title.test(t)), `${x.why}: line ${x.line} shows ${JSON.stringify(titles)}`);
  }

  // Hover on `a` in `b = a` (line 8, column 4)
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(7, 4));
  const text = flattenHover(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'));
  for (const re of HOVER_A) assert.match(text, re);

  // Toggle Refcount CodeLens: off, then on again
  await vscode.commands.executeCommand('pyheap.toggleCodeLens');
  await until('no lenses', () => lenses(doc.uri), (l) => l.length === 0);
  await vscode.commands.executeCommand('pyheap.toggleCodeLens');
  await until('the lenses back', () => lenses(doc.uri), (l) => l.length > 0);
}
