// The extension's side of the memory panel: which source feeds it, and when it opens.
// During a PyHeap debug session the session feeds it (debugSource.ts: a picture at every
// stop and step back); outside one, the background run at the cursor's line
// (backgroundSource.ts). It opens by the command `pyheap.openMemoryPanel` (palette,
// CodeLens, the GC status bar item) and, with `pyheap.panel.openOnDebugStart`, when a
// session starts. Selecting an object in the panel prints it in the Debug Console as
// the Variables view shows it (VS Code has no API to select a row of that view).

import * as vscode from 'vscode';
import type { BackgroundRuns } from '../background/runs';
import { DEBUG_TYPE } from '../debugConfig';
import type { Log } from '../log';
import { isPython } from '../settings';
import { BackgroundRunSource } from './backgroundSource';
import type { PanelOpenArgs } from './dataSource';
import { DebugSessionSource, type StoppedBody } from './debugSource';
import { objectPath } from './objectPath';
import { registerMemoryPanel, type MemoryPanelApi } from './register';
import type { HeapSnapshot } from '../../model/snapshot';

/** Quiet time after the cursor stops moving before the panel asks for that line's picture. */
const CURSOR_DEBOUNCE_MS = 250;

export function registerPanelSources(context: vscode.ExtensionContext, runs: BackgroundRuns, log: Log): MemoryPanelApi {
  const background = new BackgroundRunSource({
    view: (uri) => runs.view(vscode.Uri.parse(uri)),
    snapshot: (uri, target) => runs.snapshot(vscode.Uri.parse(uri), target),
    onDidChange: (l) => runs.onDidChange((uri) => l(uri.toString())),
  });
  let live: { session: vscode.DebugSession; source: DebugSessionSource } | undefined;
  let onBackground = true;

  const useBackground = (): void => {
    if (onBackground) return;
    onBackground = true;
    api.setSource(background);
  };
  const followEditor = (editor: vscode.TextEditor | undefined): void => {
    if (editor === undefined || !isPython(editor.document)) return;
    background.at(editor.document.uri.toString(), editor.selection.active.line + 1);
  };

  const api = registerMemoryPanel(context, background, (level, message) => {
    log.info(`${level.toUpperCase()} ${message}`);
    if (level !== 'info') log.event(`panel.${level}`, { message });
  }, (args: PanelOpenArgs) => {
    log.event('command', { name: 'pyheap.openMemoryPanel', line: args.line, step: args.step, view: args.view });
    // A CodeLens or the palette with no session running: the background run, at the lens's
    // line or the cursor's.
    if (live !== undefined) return;
    useBackground();
    if (args.uri === undefined) followEditor(vscode.window.activeTextEditor);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    background,
    vscode.debug.onDidStartDebugSession((session) => {
      // A run without debugging (Run File) never stops: nothing to draw.
      if (session.type !== DEBUG_TYPE || session.configuration.noDebug === true) return;
      const source = new DebugSessionSource(session, (id, picture) => void revealInConsole(session, id, picture, log));
      live = { session, source };
      onBackground = false;
      api.setSource(source);
      log.event('panel.source', { kind: 'debug', session: session.id });
      if (vscode.workspace.getConfiguration('pyheap', session.workspaceFolder).get<boolean>('panel.openOnDebugStart', false)) void api.open();
    }),
    vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
      if (live?.session.id === e.session.id && e.event === 'pyheap/stopped') live.source.stopped(e.body as StoppedBody);
    }),
    vscode.debug.onDidTerminateDebugSession((session) => {
      if (live?.session.id !== session.id) return;
      live.source.sessionEnded('The debug session ended: this is its last picture. Move the cursor in the file to see the background run.');
      live = undefined;
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (live !== undefined || !api.isOpen || !isPython(e.textEditor.document)) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        useBackground();
        followEditor(e.textEditor);
      }, CURSOR_DEBOUNCE_MS);
    }),
    { dispose: () => { if (timer !== undefined) clearTimeout(timer); } },
  );
  return api;
}

/** The selected object in the Debug Console, as the Variables view's row shows it:
 *  `name = repr  ‹refcnt N · id 0x…›`, found through a name that reaches it. */
async function revealInConsole(session: vscode.DebugSession, id: number | null, picture: HeapSnapshot | undefined, log: Log): Promise<void> {
  if (id === null || picture === undefined || vscode.debug.activeDebugSession?.id !== session.id) return;
  const path = objectPath(picture, id);
  const hex = `0x${id.toString(16)}`;
  if (path === null) {
    vscode.debug.activeDebugConsole.appendLine(`PyHeap panel: selected id ${hex} (no name of a frame reaches it)`);
    return;
  }
  try {
    const r = (await session.customRequest('evaluate', { expression: path.expression, frameId: path.frameId, context: 'hover' })) as { result: string };
    vscode.debug.activeDebugConsole.appendLine(`PyHeap panel: ${path.expression} = ${r.result}`);
    log.event('panel.reveal', { id, expression: path.expression });
  } catch (e) {
    log.info(`panel: evaluating ${path.expression} for the selection failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
