// The memory panel's WebviewPanel (viewType `pyheap.memory`): the page (html.ts) with its
// assets through asWebviewUri, the conversation (controller.ts), exports saved through a
// save dialog, and the colour theme. No retainContextWhenHidden: a hidden panel's page is
// dropped, and when shown again it restores its own state (vscode.setState) and gets a
// whole snapshot after its `ready`; a window reload goes through the serializer
// (register.ts) the same way.

import * as vscode from 'vscode';
import { PanelController, type LogLevel } from './controller';
import type { PanelDataSource } from './dataSource';
import { makeNonce, panelHtml } from './html';
import type { ExportFormat, ThemeKind, ViewName } from './protocol';

export const MEMORY_PANEL_VIEW_TYPE = 'pyheap.memory';
const TITLE = 'PyHeap Memory';

export type PanelLog = (level: LogLevel, message: string) => void;

function themeKind(k: vscode.ColorThemeKind): ThemeKind {
  switch (k) {
    case vscode.ColorThemeKind.Light: return 'light';
    case vscode.ColorThemeKind.HighContrast: return 'high-contrast';
    case vscode.ColorThemeKind.HighContrastLight: return 'high-contrast-light';
    default: return 'dark';
  }
}

/** The webview options of the panel (also applied to a panel the serializer revives). */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')], enableFindWidget: false };
}

export class MemoryPanel implements vscode.Disposable {
  readonly controller: PanelController;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  /** A new panel beside the active editor. */
  static create(extensionUri: vscode.Uri, source: PanelDataSource, log: PanelLog): MemoryPanel {
    const panel = vscode.window.createWebviewPanel(MEMORY_PANEL_VIEW_TYPE, TITLE,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(extensionUri));
    return new MemoryPanel(panel, extensionUri, source, log);
  }

  /** Takes over a panel VS Code restored after a reload (WebviewPanelSerializer). */
  constructor(readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri, source: PanelDataSource, private readonly log: PanelLog) {
    const webview = panel.webview;
    webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'icon.svg');
    this.controller = new PanelController(source, {
      post: (m) => webview.postMessage(m),
      log,
      save: (f) => this.save(f),
      theme: () => themeKind(vscode.window.activeColorTheme.kind),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((m) => this.controller.receive(m)),
      panel.onDidChangeViewState((e) => {
        if (!e.webviewPanel.visible) this.controller.webviewGone();
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.controller.themeChanged()),
      panel.onDidDispose(() => this.dispose()),
    );
    webview.html = this.html();
  }

  private html(): string {
    const webview = this.panel.webview;
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', name)).toString();
    return panelHtml({ cspSource: webview.cspSource, nonce: makeNonce(), scriptUri: asset('panel.js'), styleUri: asset('panel.css') });
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private async save(f: { format: ExportFormat; view: ViewName; step: number; data: string | Uint8Array }): Promise<void> {
    const name = f.format === 'json' ? `pyheap-snapshot-step${f.step}.json` : `pyheap-${f.view}-step${f.step}.${f.format}`;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = await vscode.window.showSaveDialog({
      defaultUri: folder !== undefined ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [f.format.toUpperCase()]: [f.format] },
      title: `Export the PyHeap ${f.format === 'json' ? 'snapshot' : `${f.view} view`}`,
    });
    if (uri === undefined) return;
    const bytes = typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data;
    await vscode.workspace.fs.writeFile(uri, bytes);
    this.log('info', `memory panel: exported ${uri.toString(true)} (${bytes.length} bytes)`);
  }

  private disposed = false;

  dispose(): void {
    // Closing the panel disposes it (onDidDispose), and disposing it closes the panel: once.
    if (this.disposed) return;
    this.disposed = true;
    this.controller.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }
}
