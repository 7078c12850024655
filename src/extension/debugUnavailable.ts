// Where the debugger cannot run (a web extension host, as in vscode.dev): the debuggee
// thread blocks while the program is stopped (Atomics.wait on a SharedArrayBuffer), and a
// browser page that is not cross-origin isolated has no SharedArrayBuffer. Rather than VS
// Code's "no debug adapter" error, a `pyheap` session answers its launch with why and what
// works instead; CodeLens, hovers and the memory panel need no debuggee.

import type * as vscode from 'vscode';

export const DEBUG_UNAVAILABLE =
  'PyHeap cannot debug in this browser window: its debugger pauses a worker thread while the ' +
  'program is stopped, which needs SharedArrayBuffer, and this page is not cross-origin isolated. ' +
  'CodeLens, hovers and the memory panel work here; to step through the program, use desktop ' +
  'VS Code or a VS Code served by a server (code-server, `npm run sandbox`).';

/** The one thing this adapter says, to every request after initialize (a vscode.DebugAdapter). */
export class UnavailableAdapter implements vscode.DebugAdapter {
  private readonly listeners = new Set<(m: vscode.DebugProtocolMessage) => void>();
  private seq = 1;

  readonly onDidSendMessage: vscode.Event<vscode.DebugProtocolMessage> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  handleMessage(message: vscode.DebugProtocolMessage): void {
    const m = message as { type?: string; seq?: number; command?: string };
    if (m.type !== 'request') return;
    const ok = m.command === 'initialize' || m.command === 'disconnect';
    const response = {
      seq: this.seq++, type: 'response', request_seq: m.seq, command: m.command, success: ok,
      ...(ok ? { body: {} } : { message: DEBUG_UNAVAILABLE, body: { error: { id: 1, format: DEBUG_UNAVAILABLE, showUser: true } } }),
    };
    for (const l of this.listeners) l(response);
  }

  dispose(): void {
    this.listeners.clear();
  }
}
