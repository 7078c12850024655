// The pyheap debug adapter inside the extension host (DebugAdapterInlineImplementation):
// the same PyHeapDebugSession that `pyheap dap` runs over stdio, reading programs through
// VS Code's file system (so virtual workspaces work) and running the interpreter in the
// platform's debuggee thread.

import * as vscode from 'vscode';
import { PyHeapDebugSession, type SessionHost } from '../debugAdapter/session';
import type { DebuggeeClient } from '../debuggee/client';
import type { LaunchOptions } from '../debuggee/protocol';
import { DEBUG_TYPE } from './debugConfig';
import type { Log } from './log';

const URI = /^[a-z][\w+.-]*:\/\//i;
const ABSOLUTE = /^(\/|[A-Za-z]:[\\/])/;

function toUri(path: string): vscode.Uri {
  return URI.test(path) ? vscode.Uri.parse(path) : vscode.Uri.file(path);
}

export function sessionHost(startDebuggee: (launch: LaunchOptions) => DebuggeeClient): SessionHost {
  return {
    readFile: async (path) => new TextDecoder().decode(await vscode.workspace.fs.readFile(toUri(path))),
    resolve: (program, cwd) => {
      if (URI.test(program) || ABSOLUTE.test(program)) return program;
      const base = cwd ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
      return base === '' ? program : `${base.replace(/[\\/]$/, '')}/${program}`;
    },
    startDebuggee,
  };
}

export function registerDebugAdapter(startDebuggee: (launch: LaunchOptions) => DebuggeeClient, log: Log): vscode.Disposable {
  return vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, {
    createDebugAdapterDescriptor: (session) => {
      log.event('debugSession', { name: session.name, program: String(session.configuration.program) });
      return new vscode.DebugAdapterInlineImplementation(new PyHeapDebugSession(sessionHost(startDebuggee)));
    },
  });
}
