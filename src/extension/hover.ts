// Hover on a name outside a debug session: the object the name was bound to after the
// last execution of that line in the background run — id (decimal and hex), ob_refcnt
// and who holds the references, type, sys.getsizeof, GC generation, arena/pool/block.
// During a pyheap debug session the live session answers instead (the adapter's
// evaluate), so this provider stays quiet then.

import * as vscode from 'vscode';
import type { BackgroundRuns } from './background/runs';
import type { Log } from './log';
import { hoverFor } from './lens/view';
import { isPython, readSettings } from './settings';

const NAME = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/;

export class NameHoverProvider implements vscode.HoverProvider {
  constructor(private readonly runs: BackgroundRuns, private readonly log: Log) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    try {
      if (!isPython(doc) || !readSettings(doc.uri).hoverEnabled) return undefined;
      if (vscode.debug.activeDebugSession?.type === 'pyheap') return undefined;
      const range = doc.getWordRangeAtPosition(pos, NAME);
      if (range === undefined) return undefined;
      // Words in a comment are not names (a '#' inside a string hides a hover at worst).
      if (doc.lineAt(pos.line).text.slice(0, range.start.character).includes('#')) return undefined;
      const view = this.runs.view(doc.uri);
      if (view === undefined) return undefined;
      const name = doc.getText(range);
      const found = hoverFor(view, pos.line + 1, name);
      const md = found === null || typeof found === 'string' ? found : await this.runs.hover(doc.uri, found.target, name);
      this.log.event('hover', { uri: doc.uri.toString(), line: pos.line + 1, name, found: md !== null });
      if (md === null) return undefined;
      return new vscode.Hover(new vscode.MarkdownString(md), range);
    } catch (e) {
      this.log.error('showing a hover', e);
      return undefined;
    }
  }
}
