// The Objects picture as markup, for the screen (only what is in a rectangle: culling)
// and for the SVG export (everything): frames, arrows, nodes.

import { edgeMarkup, edgePath, frameMarkup, headerMid, lineMid, nodeMarkup } from './markup';
import { cellX, rowY, FRAME_W, FRAME_X, NODE_W, ROW, type Cell, type Layout } from './layout';
import type { VisibleObject } from './visibility';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface SceneState {
  selection: number | null;
  refcntDelta: ReadonlyMap<number, number>;
  added: ReadonlySet<number>;
}

/** Keyed markup: (key, one element's markup) for each frame, arrow and node. */
export interface Scene {
  frames: [string, string][];
  edges: [string, string][];
  nodes: [string, string][];
}

export const sceneText = (s: Scene): string => [...s.frames, ...s.edges, ...s.nodes].map((e) => e[1]).join('');

/** Markup of the objects within `area` (all when undefined) and of the arrows with an end there. */
export function sceneMarkup(layout: Layout, vis: ReadonlyMap<number, VisibleObject>, st: SceneState, area?: Rect): Scene {
  const inArea = (x: number, y: number, w: number, h: number) => area === undefined || (x + w >= area.x0 && x <= area.x1 && y + h >= area.y0 && y <= area.y1);
  const { cells, heights, frames } = layout;
  const sel = st.selection;
  const fm: [string, string][] = frames.map((fb) => [`f${fb.frame.id}`, frameMarkup(fb, sel, true)]);
  const nm: [string, string][] = [];
  const shown = new Set<number>();
  for (const [id, c] of cells) {
    const hRows = heights.get(id) as number;
    if (!inArea(cellX(c), rowY(c.row), NODE_W, hRows * ROW)) continue;
    shown.add(id);
    nm.push([`n${id}`, nodeMarkup(vis.get(id) as VisibleObject, c, hRows, { selected: id === sel, delta: st.refcntDelta.get(id) ?? 0, added: st.added.has(id) })]);
  }
  const em: [string, string][] = [];
  // From frames' names (and value stacks), then from objects' rows.
  for (const fb of frames) {
    const f = fb.frame;
    const ids = [...f.locals.map((l) => l.id), ...f.stack];
    ids.forEach((to, i) => {
      const tc = to === null ? undefined : cells.get(to);
      if (tc === undefined || to === null) return;
      const sy = rowY(fb.row + 1 + i) + ROW / 2;
      if (!shown.has(to) && !inArea(FRAME_X, sy, FRAME_W, 1)) return;
      const slot = i < f.locals.length ? f.locals[i].name : `stack[${i - f.locals.length}]`;
      em.push([`f${f.id}:${i}`, edgeMarkup(`frame:${f.id}`, to, slot, edgePath(FRAME_X + FRAME_W - 8, sy, cellX(tc), headerMid(tc.row)), to === sel ? 'ov-edge-name ov-edge-selected' : 'ov-edge-name')]);
    });
  }
  for (const [id, v] of vis) {
    const c = cells.get(id) as Cell;
    const fromShown = shown.has(id);
    v.rows.forEach((row, i) => {
      const to = row.ref.to;
      const tc = cells.get(to);
      if (tc === undefined || (!fromShown && !shown.has(to))) return;
      const cls = (row.ref.slot.kind === 'attr' && row.ref.slot.name === '__class__' ? 'ov-edge-class' : 'ov-edge-ref') +
        (id === sel || to === sel ? ' ov-edge-selected' : '');
      em.push([`${id}:${i}`, edgeMarkup(String(id), to, row.label, edgePath(cellX(c) + NODE_W - 8, lineMid(c.row, i), cellX(tc), headerMid(tc.row)), cls)]);
    });
  }
  return { frames: fm, edges: em, nodes: nm };
}
