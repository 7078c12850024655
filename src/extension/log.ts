// The extension's log: an output channel "PyHeap" for people, and, when the test-only
// environment variable PYHEAP_E2E_LOG names a file, one JSON object per line for the
// end-to-end tests (activation, provider calls, background runs, commands, errors).
// Errors are never swallowed: they are logged and shown with a "Show Log" action.

import * as vscode from 'vscode';

/** Appends one line to the test log (Node only; absent in the browser). */
export type TestSink = (line: string) => void;

export class Log implements vscode.Disposable {
  readonly channel: vscode.OutputChannel;
  private readonly sink: TestSink | null;
  /** Messages already shown (an error that repeats on every keystroke is shown once). */
  private readonly shown = new Set<string>();

  constructor(sink: TestSink | null) {
    this.channel = vscode.window.createOutputChannel('PyHeap');
    this.sink = sink;
  }

  info(message: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  /** A structured event for the e2e tests (also a line in the channel when it says something). */
  event(name: string, data: Record<string, unknown> = {}): void {
    if (this.sink !== null) this.sink(JSON.stringify({ t: Date.now(), event: name, ...data }) + '\n');
  }

  /** Logs an error with its stack and shows it once, with a "Show Log" action. */
  error(context: string, err: unknown): void {
    const e = err instanceof Error ? err : new Error(String(err));
    this.info(`ERROR ${context}: ${e.stack ?? e.message}`);
    this.event('error', { context, message: e.message });
    const text = `PyHeap: ${context}: ${e.message}`;
    if (this.shown.has(text)) return;
    this.shown.add(text);
    void vscode.window.showErrorMessage(text, 'Show Log').then((choice) => {
      if (choice === 'Show Log') this.channel.show(true);
    });
  }

  /** Runs `fn`, reporting what it throws (for provider and command callbacks). */
  guard<T>(context: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (e) {
      this.error(context, e);
      return fallback;
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
