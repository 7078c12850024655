// The extension's one call for the memory panel: registerMemoryPanel(context, source)
// registers the command `pyheap.openMemoryPanel` (args optional {uri, line, step}) and the
// serializer that brings the panel back after a window reload, and returns what the rest
// of the extension needs: open it (status bar, `pyheap.panel.openOnDebugStart`), switch
// its data source (a debug session starting or ending), select an object.

import * as vscode from 'vscode';
import type { PanelDataSource, PanelOpenArgs } from './dataSource';
import { MEMORY_PANEL_VIEW_TYPE, MemoryPanel, type PanelLog } from './memoryPanel';
import { VIEW_NAMES, type ViewName } from './protocol';

export const OPEN_MEMORY_PANEL_COMMAND = 'pyheap.openMemoryPanel';

export interface MemoryPanelApi extends vscode.Disposable {
  /** Opens the panel (or reveals it), then hands `args` to the source's show(). */
  open(args?: PanelOpenArgs): Promise<void>;
  /** Feeds the panel from another source; its next picture is sent whole. */
  setSource(source: PanelDataSource): void;
  /** Selects an object in every view of the panel, if it is open. */
  select(id: number | null): void;
  readonly isOpen: boolean;
  /** Fires true when the panel opens (or is revived), false when it closes. */
  readonly onDidChangeOpen: vscode.Event<boolean>;
}

function openArgs(a: unknown): PanelOpenArgs {
  // A command can be run from anywhere (keybindings, other extensions): keep what is well-formed.
  const out: PanelOpenArgs = {};
  if (typeof a !== 'object' || a === null) return out;
  const r = a as Record<string, unknown>;
  if (typeof r.uri === 'string') out.uri = r.uri;
  else if (r.uri instanceof vscode.Uri) out.uri = r.uri.toString();
  if (Number.isSafeInteger(r.line)) out.line = r.line as number;
  if (Number.isSafeInteger(r.step)) out.step = r.step as number;
  if (typeof r.view === 'string' && (VIEW_NAMES as readonly string[]).includes(r.view)) out.view = r.view as ViewName;
  return out;
}

/** `beforeOpen` sees the open command's arguments first (the extension may switch the source:
 *  a CodeLens clicked after a debug session ended shows the background run again). */
export function registerMemoryPanel(context: vscode.ExtensionContext, source: PanelDataSource, log?: PanelLog,
  beforeOpen?: (args: PanelOpenArgs) => void): MemoryPanelApi {
  let current: MemoryPanel | undefined;
  let feed = source;
  const openEmitter = new vscode.EventEmitter<boolean>();
  let channel: vscode.LogOutputChannel | undefined;
  const write: PanelLog = log ?? ((level, message) => {
    channel ??= vscode.window.createOutputChannel('PyHeap Memory Panel', { log: true });
    channel[level](message);
  });

  const adopt = (panel: MemoryPanel): MemoryPanel => {
    current = panel;
    panel.onDidDispose(() => {
      if (current === panel) current = undefined;
      openEmitter.fire(false);
    });
    openEmitter.fire(true);
    return panel;
  };

  const api: MemoryPanelApi = {
    async open(args?: PanelOpenArgs): Promise<void> {
      if (current === undefined) adopt(MemoryPanel.create(context.extensionUri, feed, write));
      else current.reveal();
      const a = args ?? {};
      if (a.view !== undefined) current?.controller.showView(a.view);
      try {
        if (feed.show !== undefined && (a.uri !== undefined || a.line !== undefined || a.step !== undefined)) await feed.show(a);
        else if (a.step !== undefined) await feed.gotoStep(a.step);
      } catch (e) {
        write('error', `memory panel: opening at ${JSON.stringify(a)} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      await current?.controller.requestSync();
    },
    setSource(s: PanelDataSource): void {
      feed = s;
      current?.controller.setSource(s);
    },
    select(id: number | null): void {
      current?.controller.select(id);
    },
    get isOpen(): boolean {
      return current !== undefined;
    },
    onDidChangeOpen: openEmitter.event,
    dispose(): void {
      current?.dispose();
      openEmitter.dispose();
      channel?.dispose();
    },
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_MEMORY_PANEL_COMMAND, (args?: unknown) => {
      const a = openArgs(args);
      beforeOpen?.(a);
      return api.open(a);
    }),
    vscode.window.registerWebviewPanelSerializer(MEMORY_PANEL_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
        // The page's own state (selection, tab, zoom, layout) comes back through getState().
        adopt(new MemoryPanel(panel, context.extensionUri, feed, write));
      },
    }),
    api,
  );
  return api;
}
