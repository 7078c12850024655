// The extension's settings (package.json contributes.configuration), read fresh each time.

import * as vscode from 'vscode';

export interface PyHeapSettings {
  python: string;
  codeLensEnabled: boolean;
  maxSteps: number;
  showRuntimeObjects: boolean;
  hoverEnabled: boolean;
}

export function readSettings(scope?: vscode.ConfigurationScope): PyHeapSettings {
  const c = vscode.workspace.getConfiguration('pyheap', scope);
  return {
    python: c.get<string>('python', '3.11'),
    codeLensEnabled: c.get<boolean>('codeLens.enabled', true),
    maxSteps: Math.max(1, Math.floor(c.get<number>('codeLens.maxSteps', 100000))),
    showRuntimeObjects: c.get<boolean>('codeLens.showRuntimeObjects', false),
    hoverEnabled: c.get<boolean>('hover.enabled', true),
  };
}

/** Python files PyHeap looks at: the python language, in any scheme (virtual workspaces too). */
export function isPython(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'python';
}
