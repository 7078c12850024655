// The `pyheap` debug type's configurations. F5 on a Python file with no launch.json
// (VS Code offers PyHeap among the debuggers for Python) gets the active file; the
// Run and Debug view lists PyHeap under its dynamic configurations. The `python`
// debug type is never claimed: a launch.json that configures the Python debugger
// keeps F5.

import * as vscode from 'vscode';
import { readSettings } from './settings';

export const DEBUG_TYPE = 'pyheap';

/** A launch configuration for `uri` (the program path for files, the URI otherwise). */
export function launchConfig(uri: vscode.Uri, noDebug: boolean): vscode.DebugConfiguration {
  const name = uri.path.split('/').pop() ?? 'file';
  const s = readSettings(uri);
  const config: vscode.DebugConfiguration = {
    type: DEBUG_TYPE,
    request: 'launch',
    name: `PyHeap: ${noDebug ? 'Run' : 'Debug'} ${name}`,
    program: uri.scheme === 'file' ? uri.fsPath : uri.toString(),
    python: s.python,
    stopOnEntry: false,
  };
  if (noDebug) config.noDebug = true;
  return config;
}

export class PyHeapConfigurationProvider implements vscode.DebugConfigurationProvider {
  /** Dynamic configurations (Run and Debug view → PyHeap). */
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return [{ type: DEBUG_TYPE, request: 'launch', name: 'PyHeap: Debug Current File (simulated heap)', program: '${file}' }];
  }

  resolveDebugConfiguration(_folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration | undefined {
    // No launch.json: the active Python file.
    if (!config.type && !config.request && !config.name) {
      const editor = vscode.window.activeTextEditor;
      if (editor === undefined || editor.document.languageId !== 'python') {
        void vscode.window.showInformationMessage('PyHeap: open a Python file to run it on the simulated heap.');
        return undefined;
      }
      return launchConfig(editor.document.uri, false);
    }
    const s = readSettings();
    config.type ??= DEBUG_TYPE;
    config.request ??= 'launch';
    config.name ??= 'PyHeap';
    config.program ??= '${file}';
    config.python ??= s.python;
    return config;
  }
}
