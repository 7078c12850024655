// The extension's entry point in desktop VS Code and in code-server (a Node extension
// host): background runs and the debuggee in worker_threads, the debug adapter inline
// (PyHeapDebugSession in this host, the interpreter in its thread).

import * as vscode from 'vscode';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { activateWith } from './activate';
import { nodeWorkerFactory } from './background/nodeWorker';
import { NodeDebuggeeClient } from '../debuggee/client.node';

export function activate(context: vscode.ExtensionContext): void {
  // Test-only: the e2e tests name a file to read the extension's activity from.
  const logFile = process.env.PYHEAP_E2E_LOG;
  activateWith(context, {
    kind: 'node',
    createWorker: nodeWorkerFactory(join(context.extensionPath, 'dist', 'summaryWorker.js')),
    testSink: logFile ? (line) => appendFileSync(logFile, line) : null,
    // node:crypto's, as the global one is missing in older extension hosts (Node 18).
    subtle: webcrypto.subtle as SubtleCrypto,
    createDebuggee: (launch) => new NodeDebuggeeClient(launch, join(context.extensionPath, 'dist', 'debuggee.js')),
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
