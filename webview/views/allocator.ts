// The Allocator view: pymalloc as Objects/obmalloc.c builds it — arenas (1 MiB) of pools
// (16 KiB) of blocks of one size class each, allocated, free (on the pool's free list,
// reused first) or never used yet — drawn on a canvas, one tile per pool, so that
// 100,000 blocks redraw in a few milliseconds. Click a pool (or select an object) for its
// blocks one by one, with the free list's order (the next block handed out), and below:
// the raw-malloc chunks, the type free lists, and sys._debugmallocstats()'s totals.

import { clear, gauge, h, legend } from '../dom';
import { hex, thousands } from '../format';
import { allocatorStats } from '../allocator/stats';
import { readPalette, type Palette } from '../palette';
import { ArenaMap, type Tile } from '../allocator/arenaMap';
import type { ArenaView, PoolView } from '../types';
import type { View, ViewContext } from './context';

interface SavedState {
  pool?: number | null;
}

export class AllocatorView implements View {
  readonly root: HTMLElement;
  private readonly map = new ArenaMap();
  private readonly totals: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly raw: HTMLElement;
  private readonly freeLists: HTMLElement;
  private pool: number | null = null;
  private palette: Palette | null = null;
  private width = 0;

  constructor(private readonly ctx: ViewContext) {
    this.totals = h('div', { class: 'alloc-totals' });
    this.detail = h('div', { class: 'pool-detail', 'aria-live': 'polite' });
    this.raw = h('div', { class: 'alloc-raw' });
    this.freeLists = h('div', { class: 'alloc-freelists' });
    const legendEl = legend([
      ['lg-allocated', 'allocated', 'A block holding (part of) an object'],
      ['lg-free', 'free', 'A freed block, on its pool\'s free list: the next allocation of this size reuses it'],
      ['lg-never', 'never used', 'Not handed out yet: carved from the pool when the free list is empty'],
      ['lg-selblock', 'selected object', 'The selected object\'s block'],
      ['lg-pool-used', 'used pool', 'A used pool: some blocks allocated, some available (on its size class\'s usedpools list)'],
      ['lg-pool-full', 'full pool', 'A full pool: every block allocated (on no list until one is freed)'],
      ['lg-pool-empty', 'empty pool', 'An empty pool: no block allocated; it can be given to any size class'],
      ['lg-uncarved', 'pool not carved yet', 'A pool of the arena not used yet'],
    ]);
    this.root = h('section', { class: 'view view-allocator', 'data-view': 'allocator', role: 'tabpanel', 'aria-label': 'Allocator', id: 'view-allocator', hidden: true },
      h('h2', { class: 'view-title' }, 'pymalloc: arenas → pools → blocks'),
      h('p', { class: 'view-help' }, 'Requests of 1–512 bytes are served from pools of one size class (16-byte steps). A freed block goes on its pool\'s free list and the next request of that size takes it back (last freed, first reused) — which is why a new object often gets the id of one just freed.'),
      this.map.root, legendEl, this.detail, this.totals, this.raw, this.freeLists);
    this.map.overlay.addEventListener('mousemove', (e) => {
      const hit = this.hit(e);
      this.map.overlay.title = hit === null ? '' : this.blockTitle(hit.tile, hit.block);
    });
    this.map.overlay.addEventListener('click', (e) => {
      const hit = this.hit(e);
      if (hit === null || hit.tile.pool === null) return;
      this.pool = hit.tile.pool.address;
      const b = hit.block !== null ? hit.tile.pool.blocks[hit.block] : undefined;
      if (b?.owner !== undefined && this.ctx.store.index.has(b.owner.id)) this.ctx.select(b.owner.id);
      else this.update();
      this.ctx.persist();
    });
    this.detail.addEventListener('click', (e) => {
      const el = (e.target as Element).closest('[data-id]');
      if (el !== null && this.ctx.store.index.has(Number(el.getAttribute('data-id')))) this.ctx.select(Number(el.getAttribute('data-id')));
    });
    for (const el of [this.raw, this.freeLists]) {
      el.addEventListener('click', (e) => {
        const t = (e.target as Element).closest('[data-id]');
        if (t !== null && this.ctx.store.index.has(Number(t.getAttribute('data-id')))) this.ctx.select(Number(t.getAttribute('data-id')));
      });
    }
    // The map's width, from the observer (reading clientWidth while drawing would force a layout).
    new ResizeObserver((entries) => {
      const w = Math.round(entries[entries.length - 1].contentRect.width);
      if (w === this.width) return;
      this.width = w;
      // Next frame: drawing sets the map's height, which must not happen inside the observer's delivery.
      requestAnimationFrame(() => {
        if (!this.root.hidden && this.ctx.store.snap !== undefined) this.drawCanvas();
      });
    }).observe(this.map.root);
  }

  themeChanged(): void {
    this.palette = null;
  }

  update(): void {
    const s = this.ctx.store.snap;
    const sel = this.ctx.store.selected;
    if (sel !== undefined && sel.memory.kind === 'pool') this.pool = sel.memory.pool;
    this.drawCanvas();
    clear(this.detail);
    clear(this.totals);
    clear(this.raw);
    clear(this.freeLists);
    if (s === undefined) return;
    this.renderDetail();
    this.renderTotals();
    this.renderRaw();
    this.renderFreeLists();
  }

  selectionChanged(): void {
    this.update();
  }

  private findPool(address: number | null): { arena: ArenaView; pool: PoolView } | null {
    const s = this.ctx.store.snap;
    if (s === undefined || address === null) return null;
    for (const a of s.memory.arenas) for (const p of a.pools) if (p.address === address) return { arena: a, pool: p };
    return null;
  }

  private drawCanvas(): void {
    const s = this.ctx.store.snap;
    this.palette ??= readPalette(this.root);
    const sel = this.ctx.store.selected;
    this.map.draw({
      arenas: s?.memory.arenas ?? [],
      palette: this.palette,
      changed: this.ctx.store.changes.pools,
      detailPool: this.pool,
      selected: sel !== undefined && sel.memory.kind === 'pool' ? { pool: sel.memory.pool, block: sel.memory.block } : null,
      empty: s === undefined ? 'No program state yet.' : 'No arena allocated.',
    }, Math.max(320, this.width || 800));
  }

  private hit(e: MouseEvent): { tile: Tile; block: number | null } | null {
    const r = this.map.overlay.getBoundingClientRect();
    return this.map.hit(e.clientX - r.left, e.clientY - r.top);
  }

  private blockTitle(t: Tile, block: number | null): string {
    if (t.pool === null) return `Arena ${t.arena.index}: a pool not carved yet`;
    const p = t.pool;
    let s = `Pool ${hex(p.address)} · size class ${p.szidx} (${p.blockSize} bytes) · ${p.state} · ${p.count} allocated, ${p.nfree} free, ${p.nneverUsed} never used`;
    if (block !== null) {
      const b = p.blocks[block];
      s += `\nblock ${block} at ${hex(b.address)}: ${b.state}`;
      if (b.owner !== undefined) s += ` — ${b.owner.type} id ${b.owner.id}${b.owner.part !== 'object' ? ` (its ${b.owner.part})` : ''}`;
      const pos = p.freeList.indexOf(block);
      if (pos >= 0) s += `\nfree list position ${pos + 1}${pos === 0 ? ': the next block handed out' : ''}`;
    }
    return s;
  }

  private renderDetail(): void {
    const found = this.findPool(this.pool);
    if (found === null) {
      this.detail.append(h('p', { class: 'view-empty' }, 'Click a pool, or select an object, to see its blocks.'));
      return;
    }
    const { arena, pool: p } = found;
    const sel = this.ctx.store.selection;
    const order = new Map<number, number>();
    p.freeList.forEach((b, i) => order.set(b, i + 1));
    // With the free list empty, the next block is the first never carved (pool->nextoffset).
    const next = p.freeList.length > 0 ? p.freeList[0] : p.blocks.findIndex((b) => b.state === 'never-used');
    const grid = h('div', { class: 'blocks', role: 'list', 'aria-label': `Blocks of pool ${hex(p.address)}`, 'data-pool': p.address });
    p.blocks.forEach((b, i) => {
      const cls = ['block', `block-${b.state}`];
      if (b.owner !== undefined && b.owner.id === sel) cls.push('selected');
      if (i === next) cls.push('next');
      let title = `block ${i} at ${hex(b.address)}: ${b.state}`;
      if (b.owner !== undefined) title += ` — ${b.owner.type} id ${b.owner.id}${b.owner.part !== 'object' ? ` (its ${b.owner.part})` : ''}`;
      if (order.has(i)) title += ` · free list position ${order.get(i)}`;
      if (i === next) title += ' · the next block handed out';
      grid.append(h('span', { class: cls.join(' '), role: 'listitem', 'data-block': i, 'data-state': b.state, 'data-id': b.owner?.id, title }, order.has(i) ? String(order.get(i)) : ''));
    });
    const fl = p.freeList.length > 0
      ? `Free list (the next allocation of ${p.blockSize} bytes takes the first): ${p.freeList.slice(0, 40).map((b) => `block ${b}`).join(' → ')}${p.freeList.length > 40 ? ` → … (${p.freeList.length} in all)` : ''}${p.nneverUsed > 0 ? ', then the never-used blocks' : ''}.`
      : p.nneverUsed > 0 ? `The free list is empty: the next allocation carves block ${next}, never used yet.` : 'No block available: the pool is full (on no list; a free makes it usable again).';
    this.detail.append(
      h('h3', {}, `Pool ${hex(p.address)} — arena ${arena.index}, pool ${p.index}`),
      h('p', { class: 'pool-facts' }, `Size class ${p.szidx}: blocks of ${p.blockSize} bytes · ${p.state} · ${p.count} allocated, ${p.nfree} free, ${p.nneverUsed} never used, of ${p.nblocks}`),
      grid,
      h('p', { class: 'pool-freelist' }, fl),
    );
  }

  private renderTotals(): void {
    const s = this.ctx.store.snap;
    if (s === undefined) return;
    const st = allocatorStats(s.memory);
    const row = (cells: (string | number)[], head = false) => h('tr', {}, ...cells.map((c) => h(head ? 'th' : 'td', head ? { scope: 'col' } : { class: typeof c === 'number' ? 'num' : '' }, typeof c === 'number' ? thousands(c) : c)));
    const classes = h('table', { class: 'size-classes', 'aria-label': 'Size classes in use' },
      h('thead', {}, row(['class', 'size', 'num pools', 'blocks in use', 'avail blocks'], true)),
      h('tbody', {}, ...st.classes.map((c) => row([c.szidx, c.size, c.pools, c.inUse, c.avail]))));
    const line = (label: string, v: number) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, thousands(v)));
    const bytes = h('table', { class: 'alloc-bytes', 'aria-label': 'Totals' }, h('tbody', {},
      line('# arenas allocated current', st.arenas),
      line('# bytes in allocated blocks', st.bytes.allocated),
      line('# bytes in available blocks', st.bytes.available),
      line(`${st.unusedPools} unused pools * ${s.memory.poolSize} bytes`, st.bytes.unusedPools),
      line('# bytes lost to pool headers', st.bytes.poolHeaders),
      line('# bytes lost to quantization', st.bytes.quantization),
      line('# bytes lost to arena alignment', st.bytes.arenaAlignment),
      line('Total', st.bytes.total)));
    this.totals.append(
      h('h3', {}, 'Totals, as sys._debugmallocstats() prints them'),
      h('p', { class: 'alloc-counts' }, `${st.arenas} arena${st.arenas === 1 ? '' : 's'} · pools: ${st.pools.used} used, ${st.pools.full} full, ${st.pools.empty} empty · blocks: `,
        h('span', { 'data-count': 'allocated' }, `${thousands(st.blocks.allocated)} allocated`), ', ',
        h('span', { 'data-count': 'free' }, `${thousands(st.blocks.free)} free`), ', ',
        h('span', { 'data-count': 'never-used' }, `${thousands(st.blocks.neverUsed)} never used`),
        ` · memory from the OS: ${thousands(s.memory.memoryUsed)} bytes`),
      h('div', { class: 'alloc-tables' }, classes, bytes));
  }

  private renderRaw(): void {
    const s = this.ctx.store.snap;
    if (s === undefined) return;
    const raw = s.memory.raw;
    const rows = raw.slice(0, 200).map((c) => h('tr', {},
      h('td', { class: 'num' }, hex(c.address)),
      h('td', { class: 'num' }, thousands(c.nbytes)),
      h('td', { class: 'num' }, thousands(c.chunkSize)),
      h('td', {}, c.mmapped ? 'mmap' : 'heap'),
      h('td', {}, c.owner !== undefined ? h('button', { type: 'button', class: 'chip', 'data-id': c.owner.id, title: `id ${c.owner.id}` }, `${c.owner.type}${c.owner.part !== 'object' ? ` (${c.owner.part})` : ''}`) : '—')));
    this.raw.append(
      h('h3', {}, `Raw malloc: ${raw.length} chunk${raw.length === 1 ? '' : 's'}`),
      h('p', { class: 'view-help' }, 'Requests over 512 bytes (and of 0 bytes) bypass pymalloc: class objects, long strings, big item arrays.'),
      raw.length === 0 ? h('p', { class: 'view-empty' }, 'none') : h('table', { class: 'raw-chunks' },
        h('thead', {}, h('tr', {}, ...['address', 'requested', 'chunk size', 'from', 'holds'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...rows)),
      raw.length > 200 ? h('p', { class: 'lane-note' }, `+ ${raw.length - 200} more chunks`) : '');
  }

  private renderFreeLists(): void {
    const s = this.ctx.store.snap;
    if (s === undefined) return;
    const rows = s.memory.freeLists.filter((f) => f.count > 0 || !f.kind.startsWith('tuple[') || Number(f.kind.slice(6, -1)) <= 3).map((f) => h('tr', {},
      h('td', {}, f.kind),
      h('td', {}, gauge(f.count, f.capacity, `${f.kind} free list: ${f.count} kept of ${f.capacity}`)),
      h('td', { class: 'num' }, `${f.count} / ${f.capacity}`),
      h('td', { class: 'num' }, f.count > 0 ? hex(f.addresses[f.addresses.length - 1]) : '—')));
    this.freeLists.append(
      h('h3', {}, 'Type free lists'),
      h('p', { class: 'view-help' }, 'Freed lists, dicts, floats and small tuples are kept for reuse instead of going back to their pool: the next one made takes the last one freed (its address, hence its id).'),
      h('table', { class: 'free-lists' },
        h('thead', {}, h('tr', {}, ...['type', '', 'kept / capacity', 'next handed out'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...rows)));
  }

  saveState(): SavedState {
    return { pool: this.pool };
  }

  restoreState(raw: unknown): void {
    const s = raw as SavedState | undefined;
    if (s !== undefined && typeof s === 'object' && (s.pool === null || Number.isSafeInteger(s.pool))) this.pool = s.pool ?? null;
  }
}
