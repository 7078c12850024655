// The Objects view: frames and their names on the left, the objects they reach on a
// sticky grid (objects/layout.ts), arrows labelled by the slot they leave from. Only what
// is on screen is in the DOM (culled with a margin), so a heap of 10,000 objects pans
// as smoothly as one of ten. Zoom: Ctrl/⌘+wheel, the buttons, + and -; pan: drag or
// wheel; arrows move the selection to the nearest object that way.

import { h, legend, svgEl } from '../dom';
import { DEFS, ghostMarkup, metrics } from '../objects/markup';
import { sceneMarkup } from '../objects/scene';
import { KeyedLayer } from '../objects/keyed';
import { cellX, layoutObjects, rowY, COL_W, HEAP_X, NODE_W, ROW, TOP, type Cell, type Layout } from '../objects/layout';
import { computeVisibility, DEFAULT_CAP, type VisibleObject } from '../objects/visibility';
import type { View, ViewContext } from './context';

interface Transform {
  k: number;
  tx: number;
  ty: number;
}

interface SavedState {
  t?: Transform;
  expanded?: [number, number][];
  /** The layout of the step shown, so a reload draws the same picture. */
  layout?: { step: number; key: string; cells: [number, number, number][] };
}

/** Layouts kept for steps shown before (a step shown again is drawn as it was). */
const LAYOUT_CACHE = 400;
const MARGIN = 400;

export class ObjectsView implements View {
  readonly root: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly world: SVGGElement;
  private readonly layers: { frames: SVGGElement; edges: SVGGElement; ghosts: SVGGElement; nodes: SVGGElement };
  private readonly keyed: { frames: KeyedLayer; edges: KeyedLayer; nodes: KeyedLayer };
  private readonly empty: HTMLElement;
  private t: Transform = { k: 1, tx: 0, ty: 0 };
  private builtVersion = -1;
  private builtKey = '';
  private vis = new Map<number, VisibleObject>();
  private layout: Layout = { cells: new Map(), heights: new Map(), frames: [], rows: 0, cols: 0 };
  private readonly cache = new Map<string, Map<number, Cell>>();
  private readonly expanded = new Map<number, number>();
  /** The world rectangle the node layer was drawn for (re-cull only when the view leaves it). */
  private drawn: { x0: number; y0: number; x1: number; y1: number; version: number; sel: number | null } | null = null;
  private frameScheduled = false;
  /** The canvas's size, from the ResizeObserver (reading clientWidth while drawing would force a layout). */
  private size = { w: 0, h: 0 };
  /** The layout before the last update: where the objects it freed were (they fade out there). */
  private ghostsFrom: Layout | null = null;

  constructor(private readonly ctx: ViewContext) {
    this.svg = svgEl('svg', { class: 'objects-svg', role: 'list', 'aria-label': 'Objects: frames with their names, and the objects they refer to' });
    this.svg.innerHTML = DEFS;
    this.world = svgEl('g', { class: 'ov-world' });
    this.layers = { frames: svgEl('g', { class: 'ov-frames' }), edges: svgEl('g', { class: 'ov-edges' }), ghosts: svgEl('g', { class: 'ov-ghosts' }), nodes: svgEl('g', { class: 'ov-nodes' }) };
    this.world.append(this.layers.frames, this.layers.edges, this.layers.ghosts, this.layers.nodes);
    this.keyed = { frames: new KeyedLayer(this.layers.frames), edges: new KeyedLayer(this.layers.edges), nodes: new KeyedLayer(this.layers.nodes) };
    this.svg.append(this.world);
    this.empty = h('p', { class: 'view-empty', hidden: true });
    const btn = (label: string, title: string, f: () => void) => {
      const b = h('button', { type: 'button', class: 'tool', title, 'aria-label': title }, label);
      b.addEventListener('click', f);
      return b;
    };
    const tools = h('div', { class: 'view-tools', role: 'toolbar', 'aria-label': 'Zoom' },
      btn('−', 'Zoom out (-)', () => this.zoomBy(1 / 1.25)),
      btn('+', 'Zoom in (+)', () => this.zoomBy(1.25)),
      btn('Fit', 'Fit the whole picture (F)', () => this.fit()),
      btn('1:1', 'Actual size (0)', () => this.setTransform({ k: 1, tx: 0, ty: 0 })),
    );
    const legendEl = legend([
      ['lg-node', 'object · refcount · id', 'An object: its type, its reference count (ob_refcnt), its id() and sys.getsizeof'],
      ['lg-shared', 'shared (cached / static)', 'Cached or static objects (small ints -5…256, None, True/False, one-character strings): one object, shared by every name that has that value'],
      ['lg-changed', 'changed by the last step', 'Objects whose reference count the last step changed, with the change'],
      ['lg-added', 'new', 'Objects the last step created'],
      ['lg-freed', 'freed', 'Objects the last step freed (they fade out)'],
      ['lg-unreachable', 'unreachable (cycle)', 'Objects no name reaches: a reference cycle keeps them alive until the cyclic GC runs'],
      ['lg-arrow', 'reference (from its slot)', 'A reference, leaving from the slot that holds it: [index], .attribute, \'key\':, a name'],
    ]);
    const canvas = h('div', { class: 'objects-canvas', tabindex: 0, 'aria-label': 'Objects graph. Arrow keys move the selection; + and - zoom; F fits.' }, this.svg, this.empty);
    this.root = h('section', { class: 'view view-objects', 'data-view': 'objects', role: 'tabpanel', 'aria-label': 'Objects', id: 'view-objects' }, tools, canvas, legendEl);
    this.measure();
    this.wire(canvas);
    new ResizeObserver((entries) => {
      const r = entries[entries.length - 1].contentRect;
      this.size = { w: r.width, h: r.height };
      this.scheduleDraw();
    }).observe(canvas);
  }

  /** The width of a character of the node font, so labels are clipped where they end. */
  private measure(): void {
    const c = document.createElement('canvas').getContext('2d');
    if (c === null) return;
    const font = getComputedStyle(document.body).getPropertyValue('--vscode-editor-font-family').trim() || 'monospace';
    c.font = `11px ${font}`;
    const w = c.measureText('0123456789').width / 10;
    if (w > 3 && w < 12) metrics.charW = w;
  }

  private wire(canvas: HTMLElement): void {
    canvas.addEventListener('click', (e) => {
      const t = e.target as Element;
      const expand = t.closest('[data-expand]');
      if (expand !== null) {
        const id = Number(expand.getAttribute('data-expand'));
        this.expanded.set(id, (this.expanded.get(id) ?? DEFAULT_CAP) + 100);
        this.builtVersion = -1;
        this.update();
        this.ctx.persist();
        return;
      }
      const node = t.closest('[data-id]');
      if (node !== null && !node.hasAttribute('data-freed')) {
        this.ctx.select(Number(node.getAttribute('data-id')));
        return;
      }
      const local = t.closest('[data-target]');
      if (local !== null) this.ctx.select(Number(local.getAttribute('data-target')));
    });
    let drag: { x: number; y: number; t: Transform; moved: boolean } | null = null;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || (e.target as Element).closest('[data-id],[data-expand],[data-target]') !== null) return;
      drag = { x: e.clientX, y: e.clientY, t: { ...this.t }, moved: false };
      canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', (e) => {
      if (drag === null) return;
      drag.moved = true;
      this.setTransform({ k: drag.t.k, tx: drag.t.tx + e.clientX - drag.x, ty: drag.t.ty + e.clientY - drag.y }, false);
    });
    const end = () => {
      if (drag?.moved === true) this.ctx.persist();
      drag = null;
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('wheel', (e) => {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) {
        const r = this.svg.getBoundingClientRect();
        this.zoomBy(Math.exp(-e.deltaY / 300), e.clientX - r.left, e.clientY - r.top);
      } else {
        this.setTransform({ k: this.t.k, tx: this.t.tx - e.deltaX, ty: this.t.ty - e.deltaY });
      }
    }, { passive: false });
    canvas.addEventListener('keydown', (e) => {
      const dirs: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      if (e.key in dirs) {
        e.preventDefault();
        this.moveSelection(...dirs[e.key]);
      } else if (e.key === '+' || e.key === '=') this.zoomBy(1.25);
      else if (e.key === '-') this.zoomBy(1 / 1.25);
      else if (e.key === '0') this.setTransform({ k: 1, tx: 0, ty: 0 });
      else if (e.key === 'f' || e.key === 'F') this.fit();
      else if (e.key === 'Escape') this.ctx.select(null);
    });
  }

  private optionsKey(): string {
    return `${this.ctx.options.showAll ? 'all' : 'data'}|${[...this.expanded].map(([id, n]) => `${id}:${n}`).join(',')}`;
  }

  /** Visibility and layout for the store's picture (sticky to the picture shown before). */
  private rebuild(): void {
    const s = this.ctx.store.snap;
    const key = this.optionsKey();
    if (s === undefined) {
      this.vis = new Map();
      this.layout = { cells: new Map(), heights: new Map(), frames: [], rows: 0, cols: 0 };
      return;
    }
    const prevLayout = this.layout;
    this.vis = computeVisibility(s, this.ctx.store.index, { showAll: this.ctx.options.showAll, cap: DEFAULT_CAP, expanded: this.expanded });
    const cacheKey = `${s.step}|${key}`;
    const cached = this.cache.get(cacheKey);
    this.layout = layoutObjects(this.vis, s.frames, cached ?? prevLayout.cells);
    this.cache.delete(cacheKey);
    this.cache.set(cacheKey, this.layout.cells);
    if (this.cache.size > LAYOUT_CACHE) this.cache.delete(this.cache.keys().next().value as string);
    this.ghostsFrom = prevLayout;
  }

  update(): void {
    const store = this.ctx.store;
    const key = this.optionsKey();
    if (this.builtVersion !== store.version || this.builtKey !== key) {
      const newPicture = this.builtVersion !== store.version;
      this.rebuild();
      this.builtVersion = store.version;
      this.builtKey = key;
      this.drawGhosts(newPicture);
      this.drawn = null;
    }
    this.draw();
  }

  selectionChanged(): void {
    this.drawn = null;
    this.draw();
    const id = this.ctx.store.selection;
    if (id !== null) this.reveal(id);
  }

  private drawGhosts(newPicture: boolean): void {
    const prev = this.ghostsFrom;
    const changes = this.ctx.store.changes;
    let s = '';
    if (newPicture && prev !== null) {
      for (const o of changes.removed) {
        const c = prev.cells.get(o.id);
        if (c !== undefined) s += ghostMarkup(o.id, o.type, c, prev.heights.get(o.id) ?? 3);
      }
    }
    this.layers.ghosts.innerHTML = s;
  }

  private scheduleDraw(): void {
    if (this.frameScheduled) return;
    this.frameScheduled = true;
    requestAnimationFrame(() => {
      this.frameScheduled = false;
      this.draw();
    });
  }

  /** World rectangle on screen. */
  private viewport(): { x0: number; y0: number; x1: number; y1: number } {
    const { w, h: hh } = this.screen();
    const { k, tx, ty } = this.t;
    return { x0: -tx / k, y0: -ty / k, x1: (w - tx) / k, y1: (hh - ty) / k };
  }

  private draw(): void {
    this.world.setAttribute('transform', `translate(${this.t.tx},${this.t.ty}) scale(${this.t.k})`);
    const store = this.ctx.store;
    const s = store.snap;
    this.empty.hidden = s !== undefined && (this.vis.size > 0 || s.frames.length > 0);
    if (s === undefined) this.empty.textContent = 'No program state yet: start a PyHeap debug session, or open the panel from a CodeLens.';
    else if (this.vis.size === 0 && s.frames.length === 0) this.empty.textContent = 'The program has ended: no frames and no objects are left.';
    const vp = this.viewport();
    const d = this.drawn;
    if (d !== null && d.version === store.version && d.sel === store.selection && vp.x0 >= d.x0 && vp.y0 >= d.y0 && vp.x1 <= d.x1 && vp.y1 <= d.y1) return;
    const r = { x0: vp.x0 - MARGIN, y0: vp.y0 - MARGIN, x1: vp.x1 + MARGIN, y1: vp.y1 + MARGIN };
    this.drawn = { ...r, version: store.version, sel: store.selection };

    const changes = store.changes;
    const scene = sceneMarkup(this.layout, this.vis, { selection: store.selection, refcntDelta: changes.refcnt, added: changes.added }, r);
    this.keyed.frames.sync(scene.frames);
    this.keyed.edges.sync(scene.edges);
    this.keyed.nodes.sync(scene.nodes);
  }

  /** The canvas size in px (a guess before the first layout). */
  private screen(): { w: number; h: number } {
    return { w: this.size.w || 1000, h: this.size.h || 700 };
  }

  private setTransform(t: Transform, persist = true): void {
    this.t = { k: Math.min(4, Math.max(0.05, t.k)), tx: t.tx, ty: t.ty };
    this.scheduleDraw();
    if (persist) this.ctx.persist();
  }

  private zoomBy(f: number, cx?: number, cy?: number): void {
    const x = cx ?? this.screen().w / 2;
    const y = cy ?? this.screen().h / 2;
    const k = Math.min(4, Math.max(0.05, this.t.k * f));
    const wx = (x - this.t.tx) / this.t.k;
    const wy = (y - this.t.ty) / this.t.k;
    this.setTransform({ k, tx: x - wx * k, ty: y - wy * k });
  }

  /** The world's extent in px. */
  extent(): { width: number; height: number } {
    return { width: HEAP_X + Math.max(1, this.layout.cols) * COL_W, height: TOP * 2 + Math.max(4, this.layout.rows) * ROW };
  }

  private fit(): void {
    const { width, height } = this.extent();
    const { w, h: hh } = this.screen();
    const k = Math.min(1, w / width, hh / height);
    this.setTransform({ k, tx: 0, ty: 0 });
  }

  /** Pans so that object `id` is on screen (when it is drawn). */
  reveal(id: number): void {
    const c = this.layout.cells.get(id);
    if (c === undefined) return;
    const vp = this.viewport();
    const x = cellX(c), y = rowY(c.row), hh = (this.layout.heights.get(id) ?? 3) * ROW;
    if (x >= vp.x0 && x + NODE_W <= vp.x1 && y >= vp.y0 && y + hh <= vp.y1) return;
    const { w, h: vh } = this.screen();
    this.setTransform({ k: this.t.k, tx: w / 2 - (x + NODE_W / 2) * this.t.k, ty: vh / 2 - (y + hh / 2) * this.t.k });
  }

  private moveSelection(dx: number, dy: number): void {
    const cells = this.layout.cells;
    const cur = this.ctx.store.selection;
    const from = cur !== null ? cells.get(cur) : undefined;
    if (from === undefined) {
      // Nothing selected yet: the first object of the walk (a name's object, top left).
      const first = this.vis.keys().next();
      if (!first.done) this.ctx.select(first.value);
      return;
    }
    const cx = cellX(from), cy = rowY(from.row);
    let best: number | null = null;
    let bestScore = Infinity;
    for (const [id, c] of cells) {
      if (id === cur) continue;
      const ddx = cellX(c) - cx, ddy = rowY(c.row) - cy;
      const along = ddx * dx + ddy * dy;
      if (along <= 0) continue;
      const across = Math.abs(dx !== 0 ? ddy : ddx);
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = id;
      }
    }
    if (best !== null) this.ctx.select(best);
  }

  /** Cells of the drawn objects (tests and the export read them through the DOM; this is for the export's extent). */
  get currentLayout(): Layout {
    return this.layout;
  }

  get visible(): Map<number, VisibleObject> {
    return this.vis;
  }

  saveState(): SavedState {
    const s = this.ctx.store.snap;
    const out: SavedState = { t: this.t, expanded: [...this.expanded] };
    if (s !== undefined && this.layout.cells.size <= 50_000) {
      out.layout = { step: s.step, key: this.optionsKey(), cells: [...this.layout.cells].map(([id, c]) => [id, c.col, c.row]) };
    }
    return out;
  }

  restoreState(raw: unknown): void {
    const s = raw as SavedState | undefined;
    if (s === undefined || typeof s !== 'object') return;
    if (s.t !== undefined && Number.isFinite(s.t.k) && Number.isFinite(s.t.tx) && Number.isFinite(s.t.ty)) this.t = { k: s.t.k, tx: s.t.tx, ty: s.t.ty };
    if (Array.isArray(s.expanded)) for (const [id, n] of s.expanded) if (Number.isSafeInteger(id) && Number.isSafeInteger(n)) this.expanded.set(id, n);
    if (s.layout !== undefined && Array.isArray(s.layout.cells)) {
      const m = new Map<number, Cell>();
      for (const [id, col, row] of s.layout.cells) m.set(id, { col, row });
      this.cache.set(`${s.layout.step}|${s.layout.key}`, m);
    }
  }
}
