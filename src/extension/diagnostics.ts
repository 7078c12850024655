// A file PyHeap cannot run — a SyntaxError, or a feature it does not support yet — gets
// a diagnostic with CPython's message at the line (and caret) CPython reports, instead
// of lenses; an unsupported builtin met at run time gets a warning.

import * as vscode from 'vscode';
import type { BackgroundRuns } from './background/runs';

export class RunDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('pyheap');

  constructor(private readonly runs: BackgroundRuns) {
    runs.onDidChange((uri) => this.update(uri));
  }

  private update(uri: vscode.Uri): void {
    const view = this.runs.view(uri);
    if (view === undefined) return this.collection.delete(uri);
    this.collection.set(uri, view.diagnostics.map((d) => {
      const start = d.column ?? 0;
      const range = new vscode.Range(d.line - 1, start, d.line - 1, d.column !== undefined ? start + (d.length ?? 1) : 10_000);
      const diag = new vscode.Diagnostic(range, d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      diag.source = `PyHeap (simulated CPython ${view.python})`;
      return diag;
    }));
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
