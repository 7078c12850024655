// The host's side of the panel conversation, without VS Code (MemoryPanel wires it to a
// WebviewPanel; the tests drive it directly): it checks what the webview sends, answers
// it from the PanelDataSource, and keeps the webview's picture up to date — one whole
// snapshot after each `ready`, then only deltas.

import { applyDelta, diffSnapshots } from '../../model/debug/snapshot_delta';
import type { HeapSnapshot } from '../../model/snapshot';
import type { Disposable, PanelDataSource, PanelSourceEvent } from './dataSource';
import { validateWebviewMessage, type ExportFormat, type HostMessage, type ThemeKind, type ViewName } from './protocol';

export type LogLevel = 'error' | 'warn' | 'info';

export interface ControllerHost {
  /** Delivers a message to the webview (false or a rejection: it was not delivered). */
  post(m: HostMessage): boolean | PromiseLike<boolean>;
  log(level: LogLevel, message: string): void;
  /** Saves an export the user asked for (a save dialog in VS Code). */
  save(file: { format: ExportFormat; view: ViewName; step: number; data: string | Uint8Array }): PromiseLike<void>;
  /** The colour theme now (sent after each `ready`). */
  theme(): ThemeKind;
}

function base64ToBytes(b64: string): Uint8Array {
  // atob exists in Node 16+ and in browsers (the web extension host).
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export class PanelController {
  /** The picture the webview holds (the base of the next delta); undefined until the first snapshot after a `ready`. */
  private shown: HeapSnapshot | undefined;
  private ready = false;
  private selection: number | null = null;
  /** A view to bring to the front once the page is ready (the open command's `view`). */
  private pendingView: ViewName | null = null;
  /** The session's end, once it ended (sent again with the next whole snapshot). */
  private ended: { type: 'session-ended'; reason?: string } | null = null;
  private syncing: Promise<void> | null = null;
  private dirty = false;
  private sourceListener: Disposable;
  private disposed = false;

  constructor(private source: PanelDataSource, private readonly host: ControllerHost) {
    this.sourceListener = source.onDidChange((e) => this.onSourceEvent(e));
  }

  /** Another data source (a debug session started or ended): the next picture goes whole. */
  setSource(source: PanelDataSource): void {
    this.sourceListener.dispose();
    this.source = source;
    this.sourceListener = source.onDidChange((e) => this.onSourceEvent(e));
    this.shown = undefined;
    this.ended = null;
    this.requestSync();
  }

  /** The webview was hidden (its page is gone until it is shown and says `ready` again). */
  webviewGone(): void {
    this.ready = false;
    this.shown = undefined;
  }

  /** The object selected in the panel, as the webview last said. */
  get selected(): number | null {
    return this.selection;
  }

  /** The picture the webview shows. */
  get picture(): HeapSnapshot | undefined {
    return this.shown;
  }

  /** A message from the webview: checked, then acted on. */
  receive(raw: unknown): void {
    const v = validateWebviewMessage(raw);
    if (!v.ok) {
      this.host.log('warn', `memory panel: rejected a message from the webview: ${v.error}`);
      return;
    }
    const m = v.message;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.shown = undefined;
        void this.send({ type: 'theme', kind: this.host.theme() });
        if (this.selection !== null) void this.send({ type: 'select', id: this.selection });
        if (this.pendingView !== null) void this.send({ type: 'show', view: this.pendingView });
        this.pendingView = null;
        this.requestSync();
        break;
      case 'select':
        this.selection = m.id;
        this.source.select?.(m.id);
        break;
      case 'request-history':
        void this.guard(`history of ${m.id}`, async () => {
          const points = await this.source.history(m.id);
          await this.send({ type: 'history', id: m.id, points });
        });
        break;
      case 'goto-step':
        void this.guard(`going to step ${m.step}`, async () => {
          await this.source.gotoStep(m.step);
          this.requestSync();
        });
        break;
      case 'export':
        void this.guard(`exporting the ${m.view} view as ${m.format}`, async () => {
          if (m.format === 'json') {
            if (this.shown === undefined) throw new Error('there is no snapshot to export yet');
            await this.host.save({ format: 'json', view: m.view, step: this.shown.step, data: JSON.stringify(this.shown, null, 1) });
          } else {
            await this.host.save({ format: m.format, view: m.view, step: m.step, data: m.format === 'png' ? base64ToBytes(m.data as string) : (m.data as string) });
          }
        });
        break;
      case 'log':
        this.host.log(m.level, `memory panel (webview): ${m.message}`);
        break;
    }
  }

  /** Selects an object from the host side (the Variables view, a hover). */
  select(id: number | null): void {
    this.selection = id;
    void this.send({ type: 'select', id });
  }

  /** Brings a view's tab to the front (now, or when the page says `ready`). */
  showView(view: ViewName): void {
    if (this.ready) void this.send({ type: 'show', view });
    else this.pendingView = view;
  }

  /** The colour theme changed. */
  themeChanged(): void {
    void this.send({ type: 'theme', kind: this.host.theme() });
  }

  dispose(): void {
    this.disposed = true;
    this.sourceListener.dispose();
  }

  private onSourceEvent(e: PanelSourceEvent): void {
    if (e.kind === 'ended') {
      this.ended = e.reason === undefined ? { type: 'session-ended' } : { type: 'session-ended', reason: e.reason };
      void this.send(this.ended);
      return;
    }
    if (e.kind === 'reset') {
      this.shown = undefined;
      this.ended = null;
    }
    this.requestSync();
  }

  /** Brings the webview to the source's picture. Stops that arrive while a sync runs are
   *  folded into one more sync: the webview sees the latest picture, not every one. */
  requestSync(): Promise<void> {
    this.dirty = true;
    if (this.syncing === null) {
      this.syncing = (async () => {
        while (this.dirty && !this.disposed) {
          this.dirty = false;
          await this.guard('updating the panel', () => this.syncOnce());
        }
        this.syncing = null;
      })();
    }
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    if (!this.ready) return;
    const base = this.shown;
    if (base !== undefined && this.source.delta !== undefined) {
      const d = await this.source.delta(base.step);
      if (d !== undefined && this.ready && this.shown === base) {
        if (!(await this.send({ type: 'delta', delta: d }))) return this.webviewGone();
        this.shown = applyDelta(base, d);
        await this.sendTimeline();
        return;
      }
    }
    const s = await this.source.snapshot();
    if (s === undefined || !this.ready || this.shown !== base) return;
    if (base === s) return; // the same picture (a source that caches): nothing changed
    const delivered = base === undefined
      ? await this.send({ type: 'snapshot', snapshot: s })
      : await this.send({ type: 'delta', delta: diffSnapshots(base, s) });
    if (!delivered) return this.webviewGone();
    this.shown = s;
    await this.sendTimeline();
    if (base === undefined && this.ended !== null) await this.send(this.ended);
  }

  private async sendTimeline(): Promise<void> {
    const timeline = await this.source.timeline();
    await this.send({ type: 'timeline', timeline });
  }

  private async send(m: HostMessage): Promise<boolean> {
    if (!this.ready || this.disposed) return false;
    try {
      return await this.host.post(m);
    } catch (e) {
      this.host.log('error', `memory panel: could not post ${m.type}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  private async guard(what: string, f: () => Promise<void>): Promise<void> {
    try {
      await f();
    } catch (e) {
      this.host.log('error', `memory panel: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}
