// The arena map: every arena a header line and a grid of pool tiles, every block of a
// carved pool a cell coloured by its state. Two stacked canvases: the blocks, written as
// pixels into a kept ImageData where only the pools a step changed are repainted (a step
// touches a few pools of hundreds: 100,000 blocks cost nothing when they do not change),
// and an overlay redrawn whole (headers, pool borders, the selected block).

import { hex } from '../format';
import { rgba32, type Palette } from '../palette';
import type { ArenaView, PoolView } from '../types';

export const TILE = 68;
const GAP = 8;
const HEAD = 22;
const PAD = 8;

export interface Tile {
  x: number;
  y: number;
  arena: ArenaView;
  pool: PoolView | null;
  cols: number;
  cell: number;
}

/** The largest square cell that fits the pool's blocks in a tile, and the columns it gives. */
export function tileGeometry(nblocks: number): { cols: number; cell: number } {
  const inner = TILE - 4;
  let cell = Math.max(1, Math.floor(inner / Math.ceil(Math.sqrt(nblocks))));
  while (Math.ceil(nblocks / Math.floor(inner / (cell + 1))) * (cell + 1) <= inner) cell++;
  return { cols: Math.max(1, Math.floor(inner / cell)), cell };
}

export interface MapState {
  arenas: ArenaView[];
  palette: Palette;
  /** Pools (by address) the last step changed: drawn with a heavier border. */
  changed: ReadonlySet<number>;
  /** The pool shown in detail, and the selected object's block. */
  detailPool: number | null;
  selected: { pool: number; block: number } | null;
  empty: string;
}

export class ArenaMap {
  readonly root: HTMLElement;
  readonly blocks: HTMLCanvasElement;
  readonly overlay: HTMLCanvasElement;
  tiles: Tile[] = [];
  private img: ImageData | null = null;
  private geometry = '';
  /** The pool each tile was painted from (unchanged pools are the same objects after a delta). */
  private painted: (PoolView | null)[] = [];

  constructor() {
    this.blocks = document.createElement('canvas');
    this.blocks.className = 'arena-blocks';
    this.overlay = document.createElement('canvas');
    this.overlay.className = 'arena-overlay';
    this.overlay.tabIndex = 0;
    this.overlay.setAttribute('role', 'img');
    this.overlay.setAttribute('aria-label', 'Arenas, pools and blocks');
    this.root = document.createElement('div');
    this.root.className = 'arena-map';
    this.root.append(this.blocks, this.overlay);
  }

  private layout(arenas: ArenaView[], width: number): { heads: { y: number; a: ArenaView }[]; height: number } {
    const perRow = Math.max(1, Math.floor((width - 2 * PAD + GAP) / (TILE + GAP)));
    this.tiles = [];
    const heads: { y: number; a: ArenaView }[] = [];
    let y = PAD;
    for (const a of arenas) {
      heads.push({ y, a });
      y += HEAD;
      for (let i = 0; i < a.ntotalpools; i++) {
        const pool = a.pools[i] ?? null;
        const g = tileGeometry(pool?.nblocks ?? 1);
        this.tiles.push({ x: PAD + (i % perRow) * (TILE + GAP), y: y + Math.floor(i / perRow) * (TILE + GAP), arena: a, pool, cols: g.cols, cell: g.cell });
      }
      y += Math.ceil(a.ntotalpools / perRow) * (TILE + GAP) + GAP;
    }
    return { heads, height: Math.max(40, y + PAD) };
  }

  draw(st: MapState, width: number): void {
    const dpr = window.devicePixelRatio || 1;
    const { heads, height } = this.layout(st.arenas, width);
    const W = Math.round(width * dpr), H = Math.round(height * dpr);
    const pal = st.palette;
    const colorKey = `${pal.allocated}|${pal.free}|${pal.never}`;
    const geometry = `${W}x${H}|${st.arenas.map((a) => `${a.address}:${a.ntotalpools}`).join(',')}|${colorKey}`;
    if (geometry !== this.geometry || this.img === null) {
      this.geometry = geometry;
      for (const c of [this.blocks, this.overlay]) {
        c.width = W;
        c.height = H;
        c.style.height = `${height}px`;
      }
      this.root.style.height = `${height}px`;
      const bc = this.blocks.getContext('2d');
      this.img = bc === null ? null : bc.createImageData(W, H);
      this.painted = [];
    }
    this.paintBlocks(pal, dpr);
    this.paintOverlay(st, heads, dpr);
  }

  /** Repaints the tiles whose pool changed since they were painted; puts only those pixels. */
  private paintBlocks(pal: Palette, dpr: number): void {
    const bc = this.blocks.getContext('2d');
    const img = this.img;
    if (bc === null || img === null) return;
    const W = img.width;
    const px = new Uint32Array(img.data.buffer);
    const colors = { allocated: rgba32(pal.allocated), free: rgba32(pal.free), 'never-used': rgba32(pal.never) };
    for (let ti = 0; ti < this.tiles.length; ti++) {
      const t = this.tiles[ti];
      if (ti < this.painted.length && this.painted[ti] === t.pool) continue;
      const x0t = Math.round((t.x + 1) * dpr), y0t = Math.round((t.y + 1) * dpr);
      const side = Math.round((TILE - 2) * dpr);
      // Clear the tile's inside, then its blocks.
      for (let yy = 0; yy < side; yy++) px.fill(0, (y0t + yy) * W + x0t, (y0t + yy) * W + x0t + side);
      if (t.pool !== null) {
        const gap = t.cell > 2 ? 1 : 0;
        const cs = Math.max(1, Math.round((t.cell - gap) * dpr));
        const bs = t.pool.blocks;
        for (let i = 0; i < bs.length; i++) {
          const col = colors[bs[i].state];
          const x0 = Math.round((t.x + 2 + (i % t.cols) * t.cell) * dpr);
          const y0 = Math.round((t.y + 2 + Math.floor(i / t.cols) * t.cell) * dpr);
          for (let yy = 0; yy < cs; yy++) px.fill(col, (y0 + yy) * W + x0, (y0 + yy) * W + x0 + cs);
        }
      }
      this.painted[ti] = t.pool;
      bc.putImageData(img, 0, 0, x0t, y0t, side, side);
    }
  }

  private paintOverlay(st: MapState, heads: { y: number; a: ArenaView }[], dpr: number): void {
    const c = this.overlay.getContext('2d');
    if (c === null) return;
    const pal = st.palette;
    c.setTransform(dpr, 0, 0, dpr, 0, 0);
    c.clearRect(0, 0, this.overlay.width, this.overlay.height);
    c.font = `12px ${pal.font}`;
    if (st.arenas.length === 0) {
      c.fillStyle = pal.muted;
      c.fillText(st.empty, PAD, PAD + 14);
      return;
    }
    c.fillStyle = pal.fg;
    for (const { y, a } of heads) c.fillText(`Arena ${a.index} at ${hex(a.address)} — ${a.pools.length} of ${a.ntotalpools} pools carved, ${a.nfreepools} unused`, PAD, y + 15);
    for (const t of this.tiles) {
      c.lineWidth = 1;
      if (t.pool === null) {
        c.setLineDash([3, 3]);
        c.strokeStyle = pal.border;
      } else {
        c.setLineDash(t.pool.state === 'empty' ? [2, 2] : []);
        c.strokeStyle = t.pool.state === 'full' ? pal.full : t.pool.state === 'empty' ? pal.empty : pal.used;
        if (st.changed.has(t.pool.address)) c.lineWidth = 2.5;
      }
      c.strokeRect(t.x + 0.5, t.y + 0.5, TILE - 1, TILE - 1);
      c.setLineDash([]);
      if (t.pool !== null && t.pool.address === st.detailPool) {
        c.strokeStyle = pal.selected;
        c.lineWidth = 2;
        c.strokeRect(t.x - 2, t.y - 2, TILE + 4, TILE + 4);
      }
    }
    const sel = st.selected;
    if (sel !== null) {
      const t = this.tiles.find((tt) => tt.pool?.address === sel.pool);
      if (t !== undefined) {
        c.strokeStyle = pal.selected;
        c.lineWidth = 2;
        c.strokeRect(t.x + 2 + (sel.block % t.cols) * t.cell - 2, t.y + 2 + Math.floor(sel.block / t.cols) * t.cell - 2, t.cell + 4, t.cell + 4);
      }
    }
  }

  /** The tile and block under a point of the map (CSS px from its top left). */
  hit(x: number, y: number): { tile: Tile; block: number | null } | null {
    for (const t of this.tiles) {
      if (x < t.x || y < t.y || x >= t.x + TILE || y >= t.y + TILE) continue;
      if (t.pool === null) return { tile: t, block: null };
      const bx = Math.floor((x - t.x - 2) / t.cell), by = Math.floor((y - t.y - 2) / t.cell);
      const i = by * t.cols + bx;
      return { tile: t, block: bx >= 0 && bx < t.cols && i >= 0 && i < t.pool.nblocks ? i : null };
    }
    return null;
  }
}
