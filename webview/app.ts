// The panel page: tabs for the four views, the step it shows, the options and the
// export buttons, the selected object beside every view. It checks every message from
// the host (protocol.ts), keeps the picture up to date (store.ts), renders the view on
// screen at once and the others when they are shown, and saves its state so that a
// hidden-and-shown panel or a reloaded window comes back as it was.

import { h } from './dom';
import { DeltaMismatch } from './delta';
import { objectsSvg, htmlViewSvg, svgToPng, type SvgDoc } from './export';
import { hex, thousands } from './format';
import { Inspector } from './inspector';
import { Store } from './store';
import { validateHostMessage, VIEW_NAMES, type HostMessage, type ViewName, type WebviewMessage, type ExportFormat } from '../src/extension/panel/protocol';
import { AllocatorView } from './views/allocator';
import type { PanelOptions, View, ViewContext } from './views/context';
import { GcView } from './views/gc';
import { ObjectsView } from './views/objects';
import { TimelineView } from './views/timeline';

/** What acquireVsCodeApi() gives a webview. */
export interface VsCodeApi {
  postMessage(m: WebviewMessage): void;
  getState(): unknown;
  setState(s: unknown): void;
}

interface SavedState {
  tab?: ViewName;
  selection?: number | null;
  showAll?: boolean;
  views?: Partial<Record<ViewName, unknown>>;
}

const TAB_LABELS: Record<ViewName, string> = { objects: 'Objects', gc: 'GC', allocator: 'Allocator', timeline: 'Timeline' };
const TAB_HELP: Record<ViewName, string> = {
  objects: 'Names, the objects they refer to, and reference counts',
  gc: 'The cyclic garbage collector: generations and the last collection',
  allocator: 'pymalloc: arenas, pools and blocks; free lists',
  timeline: 'Time travel through the stops, and the selected object\'s reference count over time',
};

export class App implements ViewContext {
  readonly store = new Store();
  readonly options: PanelOptions = { showAll: false };
  private readonly views: Record<ViewName, View>;
  private readonly objects: ObjectsView;
  private readonly allocator: AllocatorView;
  private tab: ViewName = 'objects';
  private readonly dirty = new Set<ViewName>();
  private readonly tabs = new Map<ViewName, HTMLButtonElement>();
  private readonly status: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly live: HTMLElement;
  private readonly inspector: Inspector;
  private readonly showAllBox: HTMLInputElement;
  private rejected = 0;
  private persistTimer: number | undefined;

  constructor(private readonly vscode: VsCodeApi, root: HTMLElement) {
    this.objects = new ObjectsView(this);
    this.allocator = new AllocatorView(this);
    this.views = { objects: this.objects, gc: new GcView(this), allocator: this.allocator, timeline: new TimelineView(this) };
    this.inspector = new Inspector(this.store, (id) => this.select(id));

    const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Views' });
    for (const v of VIEW_NAMES) {
      const b = h('button', { type: 'button', role: 'tab', class: 'tab', id: `tab-${v}`, 'aria-controls': `view-${v}`, 'data-tab': v, title: TAB_HELP[v] }, TAB_LABELS[v]);
      b.addEventListener('click', () => this.showTab(v));
      this.tabs.set(v, b);
      tablist.append(b);
    }
    tablist.addEventListener('keydown', (e) => {
      const i = VIEW_NAMES.indexOf(this.tab);
      const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEW_NAMES.length - 1 : -2;
      if (next === -2) return;
      e.preventDefault();
      const v = VIEW_NAMES[(next + VIEW_NAMES.length) % VIEW_NAMES.length];
      this.showTab(v);
      this.tabs.get(v)?.focus();
    });
    this.status = h('span', { class: 'status', 'aria-live': 'polite' });
    this.notice = h('span', { class: 'notice', hidden: true, role: 'status' });
    this.showAllBox = h('input', { type: 'checkbox', id: 'show-all' });
    this.showAllBox.addEventListener('change', () => {
      this.options.showAll = this.showAllBox.checked;
      this.persist();
      this.changed();
    });
    const exp = (f: ExportFormat, title: string) => {
      const b = h('button', { type: 'button', class: 'tool', 'data-export': f, title }, f.toUpperCase());
      b.addEventListener('click', () => void this.export(f));
      return b;
    };
    const header = h('header', { class: 'toolbar' },
      tablist,
      this.status,
      this.notice,
      h('span', { class: 'spacer' }),
      h('label', { class: 'option', title: 'Also draw the interpreter\'s own objects (modules, builtins, code objects, frames) and every reference' }, this.showAllBox, ' runtime objects'),
      h('span', { class: 'export', role: 'group', 'aria-label': 'Export' }, 'Export:', exp('svg', 'The current view as SVG'), exp('png', 'The current view as PNG'), exp('json', 'The snapshot as JSON')),
    );
    this.live = h('div', { class: 'sr-only', 'aria-live': 'polite' });
    const main = h('main', { class: 'views' }, ...VIEW_NAMES.map((v) => this.views[v].root));
    root.replaceChildren(header, h('div', { class: 'body' }, main, this.inspector.root), this.live);
    this.restore();
    this.showTab(this.tab, false);
    this.renderStatus();
    this.inspector.update();
    window.addEventListener('message', (e: MessageEvent) => this.receive(e.data));
    this.post({ type: 'ready' });
  }

  // -------------------------------------------------------------------------
  // Messages

  private post(m: WebviewMessage): void {
    this.vscode.postMessage(m);
  }

  log(level: 'error' | 'warn' | 'info', message: string): void {
    this.post({ type: 'log', level, message: message.slice(0, 8000) });
  }

  /** One message from the host: checked, applied, rendered. Nothing it holds can break the page. */
  receive(raw: unknown): void {
    const v = validateHostMessage(raw);
    if (!v.ok) {
      this.rejected++;
      this.notice.hidden = false;
      this.notice.textContent = `${this.rejected} malformed message${this.rejected === 1 ? '' : 's'} ignored`;
      this.notice.title = v.error;
      this.log('warn', `rejected a message from the host: ${v.error}`);
      return;
    }
    try {
      this.handle(v.message);
    } catch (e) {
      if (e instanceof DeltaMismatch) {
        // Out of step with the host (a lost message): ask for a whole picture again.
        this.log('warn', `${e.message}; asking for a whole snapshot`);
        this.post({ type: 'ready' });
        return;
      }
      this.log('error', `handling ${v.message.type}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  private handle(m: HostMessage): void {
    switch (m.type) {
      case 'snapshot':
        this.store.setSnapshot(m.snapshot);
        this.changed();
        this.requestHistory();
        break;
      case 'delta':
        this.store.applyDelta(m.delta);
        this.changed();
        this.requestHistory();
        break;
      case 'select':
        this.setSelection(m.id, false);
        break;
      case 'timeline':
        this.store.timeline = m.timeline;
        this.markDirty('timeline');
        break;
      case 'history':
        if (m.id === this.store.selection) {
          this.store.history = { id: m.id, points: m.points };
          this.markDirty('timeline');
        }
        break;
      case 'session-ended':
        this.store.ended = m.reason !== undefined ? { reason: m.reason } : {};
        this.renderStatus();
        break;
      case 'theme':
        document.body.dataset.theme = m.kind;
        this.allocator.themeChanged();
        this.changed();
        break;
      case 'show':
        this.showTab(m.view);
        break;
    }
  }

  /** The picture changed: the view on screen now, the others when shown. */
  private changed(): void {
    for (const v of VIEW_NAMES) this.dirty.add(v);
    this.renderStatus();
    this.renderTab();
    this.inspector.update();
  }

  private markDirty(v: ViewName): void {
    this.dirty.add(v);
    if (this.tab === v) this.renderTab();
  }

  private renderTab(): void {
    if (!this.dirty.has(this.tab)) return;
    this.dirty.delete(this.tab);
    this.views[this.tab].update();
  }

  private renderStatus(): void {
    const s = this.store.snap;
    const parts: (string | Node)[] = [];
    if (s === undefined) parts.push('waiting for the program…');
    else parts.push(`step ${s.step} · line ${s.line} · ${s.filename.split(/[\\/]/).pop()} · Python ${s.python} · ${thousands(s.objects.length)} objects`);
    if (this.store.ended !== null) parts.push(' ', h('span', { class: 'ended', title: this.store.ended.reason ?? '' }, 'session ended'));
    this.status.replaceChildren(...parts);
    document.body.dataset.step = s === undefined ? '' : String(s.step);
  }

  // -------------------------------------------------------------------------
  // Tabs, selection

  showTab(v: ViewName, persist = true): void {
    this.tab = v;
    for (const name of VIEW_NAMES) {
      const on = name === v;
      this.views[name].root.hidden = !on;
      const b = this.tabs.get(name) as HTMLButtonElement;
      b.setAttribute('aria-selected', on ? 'true' : 'false');
      b.tabIndex = on ? 0 : -1;
    }
    this.dirty.add(v);
    this.renderTab();
    if (persist) this.persist();
  }

  select(id: number | null): void {
    this.setSelection(id, true);
  }

  private setSelection(id: number | null, tellHost: boolean): void {
    if (id === this.store.selection) return;
    this.store.selection = id;
    this.store.history = undefined;
    if (tellHost) this.post({ type: 'select', id });
    this.requestHistory();
    for (const v of VIEW_NAMES) if (v !== this.tab) this.dirty.add(v);
    this.views[this.tab].selectionChanged();
    this.inspector.update();
    const o = id === null ? undefined : this.store.index.get(id);
    this.live.textContent = o === undefined ? '' : `Selected ${o.type} id ${o.id}, reference count ${o.ob_refcnt}`;
    this.persist();
  }

  private requestHistory(): void {
    const id = this.store.selection;
    if (id !== null) this.post({ type: 'request-history', id });
  }

  gotoStep(step: number): void {
    this.post({ type: 'goto-step', step });
  }

  // -------------------------------------------------------------------------
  // Export

  /** The current view as an SVG document. */
  currentSvg(): SvgDoc {
    if (this.tab === 'objects') {
      if (this.dirty.has('objects')) this.renderTab();
      const svg = this.objects.root.querySelector('svg') as SVGSVGElement;
      return objectsSvg(this.store, this.objects.visible, this.objects.currentLayout, svg, this.objects.extent());
    }
    return htmlViewSvg(this.views[this.tab].root);
  }

  async export(format: ExportFormat): Promise<void> {
    const step = this.store.snap?.step ?? 0;
    try {
      if (format === 'json') this.post({ type: 'export', format, view: this.tab, step });
      else {
        const doc = this.currentSvg();
        const data = format === 'svg' ? doc.svg : await svgToPng(doc);
        this.post({ type: 'export', format, view: this.tab, step, data });
      }
    } catch (e) {
      this.log('error', `export as ${format} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  // -------------------------------------------------------------------------
  // State

  persist(): void {
    if (this.persistTimer !== undefined) return;
    this.persistTimer = window.setTimeout(() => {
      this.persistTimer = undefined;
      this.saveNow();
    }, 100);
  }

  private saveNow(): void {
    const views: Partial<Record<ViewName, unknown>> = {};
    for (const v of VIEW_NAMES) views[v] = this.views[v].saveState();
    const s: SavedState = { tab: this.tab, selection: this.store.selection, showAll: this.options.showAll, views };
    this.vscode.setState(s);
  }

  private restore(): void {
    const s = this.vscode.getState() as SavedState | undefined | null;
    if (s === undefined || s === null || typeof s !== 'object') return;
    if (s.tab !== undefined && VIEW_NAMES.includes(s.tab)) this.tab = s.tab;
    if (s.selection === null || Number.isSafeInteger(s.selection)) this.store.selection = s.selection ?? null;
    if (typeof s.showAll === 'boolean') this.options.showAll = this.showAllBox.checked = s.showAll;
    for (const v of VIEW_NAMES) {
      try {
        this.views[v].restoreState(s.views?.[v]);
      } catch (e) {
        this.log('warn', `could not restore the ${v} view's state: ${String(e)}`);
      }
    }
    if (this.store.selection !== null) this.live.textContent = `Selected id ${this.store.selection} (${hex(this.store.selection)})`;
  }
}
