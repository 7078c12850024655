// Activation, the same on desktop, server (code-server) and browser VS Code; the entry
// points (extension.ts, extension.web.ts) only supply the platform's worker and log.
// Activation events (package.json): a Python file opens, a pyheap debug configuration
// is resolved or listed, a PyHeap command runs, the memory panel is restored.

import * as vscode from 'vscode';
import { BackgroundRuns } from './background/runs';
import { ViewStore } from './background/viewStore';
import { storageFolder } from './background/storageFolder';
import type { WorkerFactory } from './background/worker';
import { RefcountLensProvider } from './codeLens';
import { registerCommands } from './commands';
import { DEBUG_TYPE, PyHeapConfigurationProvider } from './debugConfig';
import { RunDiagnostics } from './diagnostics';
import { NameHoverProvider } from './hover';
import { Log, type TestSink } from './log';
import { registerPanelSources } from './panel/panelSources';
import { isPython } from './settings';
import { RefcountInlineValues } from './inlineValues';
import { SessionStatus } from './sessionStatus';
import { registerDebugAdapter } from './debugAdapter';
import { UnavailableAdapter } from './debugUnavailable';
import type { LaunchOptions } from '../debuggee/protocol';
import type { DebuggeeClient } from '../debuggee/client';

export interface Platform {
  kind: 'node' | 'web';
  createWorker: WorkerFactory;
  testSink: TestSink | null;
  /** WebCrypto's digests, for the view store (none: views are not kept). */
  subtle: SubtleCrypto | undefined;
  /** The debuggee thread for debug sessions; without one, VS Code starts the manifest's stdio adapter. */
  createDebuggee?: (launch: LaunchOptions) => DebuggeeClient;
}

const PYTHON: vscode.DocumentSelector = { language: 'python' };

/** The sha-256 of the background worker's bundle, set by scripts/build.mjs (esbuild define). */
declare const PYHEAP_BUNDLE_ID: string;

/** Views of earlier runs of this build (background/viewStore.ts); none for an unbuilt extension. */
function viewStore(context: vscode.ExtensionContext, subtle: SubtleCrypto | undefined): ViewStore | undefined {
  if (typeof PYHEAP_BUNDLE_ID !== 'string' || subtle === undefined) return undefined;
  const build = `${String(context.extension.packageJSON.version)} ${PYHEAP_BUNDLE_ID}`;
  return new ViewStore(storageFolder(vscode.Uri.joinPath(context.globalStorageUri, 'views')), build, subtle);
}

export function activateWith(context: vscode.ExtensionContext, platform: Platform): void {
  const log = new Log(platform.testSink);
  context.subscriptions.push(log);
  log.info(`PyHeap ${String(context.extension.packageJSON.version)} activated (${platform.kind} extension host)`);
  log.event('activate', { platform: platform.kind, version: context.extension.packageJSON.version });

  const runs = new BackgroundRuns(platform.createWorker, log, viewStore(context, platform.subtle));
  const lenses = new RefcountLensProvider(runs, log);
  const diagnostics = new RunDiagnostics(runs);
  const configs = new PyHeapConfigurationProvider();
  context.subscriptions.push(
    runs,
    lenses,
    diagnostics,
    vscode.languages.registerCodeLensProvider(PYTHON, lenses),
    vscode.languages.registerHoverProvider(PYTHON, new NameHoverProvider(runs, log)),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, configs),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, configs, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    ...registerCommands(log),
    vscode.languages.registerInlineValuesProvider(PYTHON, new RefcountInlineValues()),
    new SessionStatus(log),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isPython(doc)) runs.schedule(doc, true);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (isPython(e.document) && e.contentChanges.length > 0) runs.schedule(e.document, false);
    }),
    // A Python editor shown: a worker loads the simulator before the first run needs it.
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      if (editors.some((e) => isPython(e.document))) runs.prewarm();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      runs.forget(doc.uri);
      diagnostics.clear(doc.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('pyheap')) return;
      log.event('settings', {});
      if (e.affectsConfiguration('pyheap.python') || e.affectsConfiguration('pyheap.codeLens.maxSteps') ||
          e.affectsConfiguration('pyheap.codeLens.showRuntimeObjects')) runs.rerunAll();
      lenses.refresh();
    }),
  );
  registerPanelSources(context, runs, log);
  context.subscriptions.push(platform.createDebuggee !== undefined ? registerDebugAdapter(platform.createDebuggee, log)
    : vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, {
      createDebugAdapterDescriptor: () => new vscode.DebugAdapterInlineImplementation(new UnavailableAdapter()),
    }));
  for (const doc of vscode.workspace.textDocuments) if (isPython(doc)) runs.schedule(doc, true);
}
