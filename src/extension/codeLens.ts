// Refcount CodeLens: above each line the background run executed, its net effect on the
// program's objects (lens/format.ts has the words). Clicking one opens the memory panel
// at the step the line's last execution ended.

import * as vscode from 'vscode';
import type { BackgroundRuns } from './background/runs';
import type { Log } from './log';
import { isPython, readSettings } from './settings';

export const OPEN_MEMORY_PANEL = 'pyheap.openMemoryPanel';

/** What a lens click passes to pyheap.openMemoryPanel. */
export interface MemoryPanelTarget {
  uri: vscode.Uri;
  line: number;
  /** The debuggee step (instructions executed) after the line's last execution, and at its start. */
  step: number;
  startStep: number;
}

export class RefcountLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly runs: BackgroundRuns, private readonly log: Log) {
    runs.onDidChange(() => this.changed.fire());
  }

  /** Settings changed (enabled, showRuntimeObjects): ask VS Code again. */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    return this.log.guard('showing CodeLens', () => {
      if (!isPython(doc) || !readSettings(doc.uri).codeLensEnabled) return [];
      const view = this.runs.view(doc.uri);
      if (view === undefined) {
        this.runs.ensure(doc);
        return [];
      }
      const lenses: vscode.CodeLens[] = [];
      for (const l of view.lenses) {
        if (l.line < 1 || l.line > doc.lineCount) continue; // the file shrank since the run
        const range = new vscode.Range(l.line - 1, 0, l.line - 1, 0);
        const target: MemoryPanelTarget = { uri: doc.uri, line: l.line, step: l.step, startStep: l.startStep };
        lenses.push(new vscode.CodeLens(range, { title: l.title, tooltip: l.tooltip, command: OPEN_MEMORY_PANEL, arguments: [target] }));
      }
      this.log.event('codeLens.provide', { uri: doc.uri.toString(), version: doc.version, count: lenses.length });
      return lenses;
    }, []);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
