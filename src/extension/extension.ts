// The extension's entry point in desktop VS Code and in code-server (a Node extension
// host): background runs in worker_threads. The debug adapter factory (inline
// PyHeapDebugSession) is registered by the debugger's part; until then VS Code starts
// the manifest's stdio adapter (dist/debugAdapter.js).

import * as vscode from 'vscode';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { activateWith } from './activate';
import { nodeWorkerFactory } from './background/nodeWorker';

export function activate(context: vscode.ExtensionContext): void {
  // Test-only: the e2e tests name a file to read the extension's activity from.
  const logFile = process.env.PYHEAP_E2E_LOG;
  activateWith(context, {
    kind: 'node',
    createWorker: nodeWorkerFactory(join(context.extensionPath, 'dist', 'summaryWorker.js')),
    testSink: logFile ? (line) => appendFileSync(logFile, line) : null,
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
