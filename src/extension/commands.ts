// The palette and editor-title commands: debug or run the file on the simulated heap,
// and switch the refcount CodeLens on and off.

import * as vscode from 'vscode';
import { launchConfig } from './debugConfig';
import type { Log } from './log';

/** The file a command acts on: the editor-title menu passes its URI, the palette uses the active editor. */
function targetFile(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  const doc = vscode.window.activeTextEditor?.document;
  return doc !== undefined && doc.languageId === 'python' ? doc.uri : undefined;
}

async function start(log: Log, resource: unknown, noDebug: boolean): Promise<void> {
  const uri = targetFile(resource);
  log.event('command', { name: noDebug ? 'pyheap.runFile' : 'pyheap.debugFile', uri: uri?.toString() });
  if (uri === undefined) {
    void vscode.window.showInformationMessage('PyHeap: open a Python file first.');
    return;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await doc.save();
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const ok = await vscode.debug.startDebugging(folder, launchConfig(uri, noDebug), { noDebug });
  if (!ok) log.info(`startDebugging returned false for ${uri.toString()}`);
}

export function registerCommands(log: Log): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('pyheap.debugFile', (resource?: unknown) =>
      start(log, resource, false).catch((e) => log.error('starting the debugger', e))),
    vscode.commands.registerCommand('pyheap.runFile', (resource?: unknown) =>
      start(log, resource, true).catch((e) => log.error('running the file', e))),
    vscode.commands.registerCommand('pyheap.toggleCodeLens', async () => {
      const c = vscode.workspace.getConfiguration('pyheap');
      const on = !c.get<boolean>('codeLens.enabled', true);
      await c.update('codeLens.enabled', on, vscode.ConfigurationTarget.Global);
      log.event('command', { name: 'pyheap.toggleCodeLens', enabled: on });
      void vscode.window.setStatusBarMessage(`PyHeap: refcount CodeLens ${on ? 'on' : 'off'}`, 3000);
    }),
  ];
}
