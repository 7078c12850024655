// The status bar during a pyheap debug session: the cyclic GC's generations, count
// against threshold (what `gc.get_count()` and `gc.get_threshold()` say), updated at
// every stop; clicking it opens the memory panel at the current step.

import * as vscode from 'vscode';
import { DEBUG_TYPE } from './debugConfig';
import type { Log } from './log';

interface GcState {
  enabled: boolean;
  counts: number[];
  thresholds: number[];
  collections: number[];
}

export class SessionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pyheap.gc', vscode.StatusBarAlignment.Left, 50);
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly log: Log) {
    this.item.name = 'PyHeap: garbage collector';
    this.item.command = { command: 'pyheap.openMemoryPanel', title: 'Open Memory Panel', arguments: [{ view: 'gc' }] };
    this.subs.push(
      vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
        if (e.session.type === DEBUG_TYPE && e.event === 'pyheap/stopped') void this.update(e.session);
      }),
      vscode.debug.onDidTerminateDebugSession((s) => {
        if (s.type === DEBUG_TYPE) this.item.hide();
      }),
    );
  }

  private async update(session: vscode.DebugSession): Promise<void> {
    try {
      const gc = (await session.customRequest('pyheap/gc')) as GcState;
      const gens = gc.counts.map((c, i) => `${c}/${gc.thresholds[i]}`).join(' · ');
      this.item.text = `$(trash) GC ${gens}${gc.enabled ? '' : ' (disabled)'}`;
      this.item.tooltip = new vscode.MarkdownString([
        '**Cyclic GC** — generation count / threshold (`gc.get_count()` / `gc.get_threshold()`)',
        '',
        `- generation 0: ${gc.counts[0]} / ${gc.thresholds[0]}: tracked objects allocated minus deallocated since the last collection`,
        `- generation 1: ${gc.counts[1]} / ${gc.thresholds[1]}: collections of generation 0 since generation 1 was collected`,
        `- generation 2: ${gc.counts[2]} / ${gc.thresholds[2]}: collections of generation 1 since generation 2 was collected`,
        '',
        `Collections so far: ${gc.collections.join(', ')}. Click to open the memory panel.`,
      ].join('\n'));
      this.item.show();
    } catch (e) {
      this.log.error('reading the GC state', e);
    }
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subs) s.dispose();
  }
}
