// The extension's entry point in browser VS Code (vscode.dev, code-server's web
// extension host): the same CodeLens and hovers, background runs in a Web Worker.

import * as vscode from 'vscode';
import { activateWith } from './activate';
import { webWorkerFactory } from './background/webWorker';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, {
    kind: 'web',
    createWorker: webWorkerFactory(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'summaryWorker.js').toString(true)),
    testSink: null,
    subtle: globalThis.crypto?.subtle,
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
