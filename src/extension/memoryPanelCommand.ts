// `pyheap.openMemoryPanel` until the memory panel lands (src/extension/panel/, another
// part of the extension): the command exists so that lenses and the palette have
// something to call, and it says plainly what the panel will show. The panel's own
// registration replaces this file's.

import * as vscode from 'vscode';
import type { MemoryPanelTarget } from './codeLens';
import type { Log } from './log';

export function registerMemoryPanelCommand(log: Log): vscode.Disposable {
  return vscode.commands.registerCommand('pyheap.openMemoryPanel', (target?: MemoryPanelTarget) => {
    log.event('command', { name: 'pyheap.openMemoryPanel', line: target?.line, step: target?.step });
    const where = target !== undefined ? ` at line ${target.line} (step ${target.step})` : '';
    void vscode.window.showInformationMessage(
      `PyHeap: the memory panel${where} is not part of this build yet. It will draw the objects, the GC generations and pymalloc's pools; meanwhile hover a name for its id, refcount and memory block.`,
    );
  });
}
