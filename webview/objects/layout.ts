// The Objects view's layout: frames in a column on the left, objects on a grid of columns
// to the right, in the style of Python Tutor — and sticky. Measured against force-directed
// and layered layouts (which move objects tens to thousands of pixels per step), a grid
// keyed by object id where an object keeps its cell is the one a learner can follow:
//   - an object keeps its column and row for as long as it is drawn;
//   - a new object goes next to what first reached it (the column right of its holder, on
//     the row of the reference, so the arrow is short and level), in the first free rows
//     at or below that place — a row an object left behind is taken again rather than
//     the bottom of the picture;
//   - an object moves only when it must: a container above it in its column grew over it,
//     and then it moves down just enough;
//   - the same state gives the same picture: placements are made in the visibility walk's
//     order, and a step shown before is laid out as it was then (the caller keeps those).
// Units: a column is COL_W px wide; rows are ROW px high; an object is `height` rows.

import type { FrameSnap } from '../types';
import type { VisibleObject } from './visibility';

export const ROW = 18;
export const NODE_W = 200;
export const COL_W = NODE_W + 70;
export const FRAME_W = 190;
export const FRAME_X = 12;
export const HEAP_X = FRAME_X + FRAME_W + 90;
export const TOP = 12;
/** Objects reached through deeper chains stay in this column and go down (a long linked list). */
export const MAX_COL = 10;

/** Header line, id line, a line per row (at least one: the value, or an empty container's
 *  repr), then "… n more" when items are left out and "n references hidden". */
export function nodeHeight(v: VisibleObject): number {
  return 2 + Math.max(1, v.rows.length) + (v.moreItems > 0 || v.o.refsTruncated === true ? 1 : 0) + (v.hiddenRefs > 0 ? 1 : 0);
}

export interface Cell {
  col: number;
  row: number;
}

export interface FrameBox {
  frame: FrameSnap;
  /** Top row and height in rows (header + names + stack entries). */
  row: number;
  height: number;
}

export interface Layout {
  cells: Map<number, Cell>;
  heights: Map<number, number>;
  frames: FrameBox[];
  /** Extent in rows and columns. */
  rows: number;
  cols: number;
}

export const cellX = (c: Cell): number => HEAP_X + c.col * COL_W;
export const rowY = (row: number): number => TOP + row * ROW;

/** Frames, outermost at the top, each a header row, a row per name, a row per stack entry. */
export function layoutFrames(frames: FrameSnap[]): FrameBox[] {
  const out: FrameBox[] = [];
  let row = 0;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    const height = 1 + Math.max(1, f.locals.length + f.stack.length);
    out.push({ frame: f, row, height });
    row += height + 1;
  }
  return out;
}

/** Rows taken in one column: a sorted list of [start, end) spans. */
class Column {
  private starts: number[] = [];
  private ends: number[] = [];

  /** The first row ≥ from where `h` rows are free. */
  firstFit(from: number, h: number): number {
    let r = from;
    // Spans are sorted and disjoint: skip to the first that ends after r.
    let i = lowerBoundEnd(this.ends, r);
    while (i < this.starts.length && this.starts[i] < r + h) {
      r = Math.max(r, this.ends[i]);
      i++;
    }
    return r;
  }

  take(start: number, h: number): void {
    const i = lowerBoundEnd(this.ends, start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, start + h);
  }

  get bottom(): number {
    return this.ends.length === 0 ? 0 : this.ends[this.ends.length - 1];
  }
}

/** Index of the first span whose end is > r. */
function lowerBoundEnd(ends: number[], r: number): number {
  let lo = 0, hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One row of space below each object, so boxes never touch. */
const GAP = 1;

/**
 * Lays out `visible` (in visibility-walk order) keeping the cells of `previous` for the
 * objects still drawn. `previous` is the picture shown before (sticky), or the one this
 * step had when it was shown before (the same picture again).
 */
export function layoutObjects(visible: Map<number, VisibleObject>, frames: FrameSnap[], previous: ReadonlyMap<number, Cell>): Layout {
  const frameBoxes = layoutFrames(frames);
  const frameRow = new Map<number, number>();
  for (const fb of frameBoxes) frameRow.set(fb.frame.id, fb.row + 1);

  const cells = new Map<number, Cell>();
  const heights = new Map<number, number>();
  for (const [id, v] of visible) heights.set(id, nodeHeight(v));

  // 1. Objects still drawn keep their cells; per column, top to bottom, one that a grown
  //    neighbour above now overlaps moves down just enough.
  const kept = new Map<number, { id: number; row: number }[]>();
  for (const id of visible.keys()) {
    const c = previous.get(id);
    if (c === undefined) continue;
    let list = kept.get(c.col);
    if (list === undefined) kept.set(c.col, (list = []));
    list.push({ id, row: c.row });
  }
  const columns = new Map<number, Column>();
  const column = (c: number): Column => {
    let col = columns.get(c);
    if (col === undefined) columns.set(c, (col = new Column()));
    return col;
  };
  for (const [c, list] of [...kept].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row || a.id - b.id);
    const col = column(c);
    let end = 0;
    for (const k of list) {
      const row = Math.max(k.row, end);
      const h = (heights.get(k.id) as number) + GAP;
      col.take(row, h);
      cells.set(k.id, { col: c, row });
      end = row + h;
    }
  }

  // 2. New objects, in walk order: next to what reached them.
  for (const [id, v] of visible) {
    if (cells.has(id)) continue;
    let col = 0;
    let row = 0;
    const p = v.parent;
    if (p !== null && p.kind === 'frame') {
      row = (frameRow.get(p.id) ?? 0) + p.line;
    } else if (p !== null) {
      const pc = cells.get(p.id);
      if (pc !== undefined) {
        col = Math.min(pc.col + 1, MAX_COL);
        row = pc.row + 2 + p.line;
      }
    }
    const h = (heights.get(id) as number) + GAP;
    const at = column(col).firstFit(row, h);
    column(col).take(at, h);
    cells.set(id, { col, row: at });
  }

  let rows = 0;
  for (const fb of frameBoxes) rows = Math.max(rows, fb.row + fb.height);
  let cols = 0;
  for (const [c, col] of columns) {
    rows = Math.max(rows, col.bottom);
    cols = Math.max(cols, c + 1);
  }
  return { cells, heights, frames: frameBoxes, rows, cols };
}
