// SVG markup of the Objects view's pieces — nodes, frames, arrows — as strings: the view
// puts the ones on screen into its layers, the SVG export writes all of them. Styling is
// by class (panel.css, rules under .objects-svg), never by style attribute (the page's CSP).

import { attrs, esc } from '../dom';
import { clip, markerTooltip, markers, signed, thousands, hex, gcLabel } from '../format';
import type { FrameBox, Cell } from './layout';
import { cellX, rowY, NODE_W, ROW, FRAME_W, FRAME_X } from './layout';
import type { VisibleObject } from './visibility';

/** Width of one character of the view's monospace text (measured once by the view). */
export const metrics = { charW: 6.6 };
const cols = (px: number): number => Math.max(1, Math.floor(px / metrics.charW));

export interface NodeState {
  selected: boolean;
  /** ob_refcnt change since the picture before (0: none). */
  delta: number;
  added: boolean;
}

/** The row of a node's header line center and of its i-th reference row. */
export const headerMid = (row: number): number => rowY(row) + ROW / 2;
export const lineMid = (row: number, line: number): number => rowY(row) + (2 + line) * ROW + ROW / 2;

function badge(text: string, cls: string, right: number, y: number): { markup: string; width: number } {
  const w = Math.ceil(text.length * metrics.charW * 0.92) + 10;
  return {
    markup: `<g class="${cls}" transform="translate(${right - w},${y})"><rect width="${w}" height="14" rx="7"></rect><text x="${w / 2}" y="10.5" text-anchor="middle">${esc(text)}</text></g>`,
    width: w,
  };
}

export function nodeTitle(v: VisibleObject): string {
  const o = v.o;
  const lines = [`${o.type} ${o.repr}`, `id ${o.id} (${hex(o.id)})`, `ob_refcnt ${o.ob_refcnt} — sys.getrefcount() would say ${o.ob_refcnt + 1}`,
    `sys.getsizeof ${o.size} bytes · ${gcLabel(o.gc)}`];
  const m = markerTooltip(o);
  if (m !== '') lines.push(m);
  if (v.unreachable) lines.push('No name reaches this object: only a cycle keeps it alive, until the cyclic GC collects it.');
  return lines.join('\n');
}

export function nodeMarkup(v: VisibleObject, cell: Cell, height: number, st: NodeState): string {
  const o = v.o;
  const x = cellX(cell);
  const y = rowY(cell.row);
  const hpx = height * ROW;
  const cls = ['ov-node'];
  if (o.flags.static || o.flags.cached !== undefined) cls.push('ov-shared');
  if (o.flags.interned) cls.push('ov-interned');
  if (v.unreachable) cls.push('ov-unreachable');
  if (st.added) cls.push('ov-added');
  if (st.delta !== 0) cls.push('ov-changed');
  if (st.selected) cls.push('ov-selected');
  let s = `<g${attrs({ class: cls.join(' '), 'data-id': o.id, transform: `translate(${x},${y})`, role: 'listitem', 'aria-label': `${o.type} ${clip(o.repr, 60)}, refcount ${o.ob_refcnt}` })}>`;
  s += `<title>${esc(nodeTitle(v))}</title>`;
  // A halo for what the step did or the user picked; the box's own border says what kind of object it is.
  if (st.selected || st.added || st.delta !== 0) s += `<rect class="ov-halo" x="-4" y="-4" width="${NODE_W + 8}" height="${hpx + 6}" rx="8"></rect>`;
  s += `<rect class="ov-box" width="${NODE_W}" height="${hpx - 2}" rx="5"></rect>`;
  s += `<path class="ov-head" d="M0,5a5,5 0 0 1 5,-5h${NODE_W - 10}a5,5 0 0 1 5,5v${ROW - 5}h-${NODE_W}z"></path>`;
  // Header: type on the left, the refcount badge (and the last step's change) on the right;
  // a count too wide to leave room for the type is shown as the bare number (the tooltip and
  // the legend name it).
  const full = `refcount ${thousands(o.ob_refcnt)}`;
  const rcText = (full.length + o.type.length + (st.added ? 5 : st.delta !== 0 ? 4 : 0)) * metrics.charW > NODE_W - 24 ? thousands(o.ob_refcnt) : full;
  const rc = badge(rcText, 'ov-badge', NODE_W - 3, 2);
  let right = NODE_W - 3 - rc.width - 3;
  let extra = '';
  if (st.added) {
    const b = badge('new', 'ov-delta ov-delta-new', right, 2);
    extra = b.markup;
    right -= b.width + 3;
  } else if (st.delta !== 0) {
    const b = badge(signed(st.delta), st.delta > 0 ? 'ov-delta ov-delta-up' : 'ov-delta ov-delta-down', right, 2);
    extra = b.markup;
    right -= b.width + 3;
  }
  s += `<text class="ov-type" x="6" y="13">${esc(clip(o.type, cols(right - 6)))}</text>${rc.markup}${extra}`;
  // id as id() prints it; the size sys.getsizeof reports.
  const size = `${thousands(o.size)} B`;
  s += `<text class="ov-id" x="6" y="${ROW + 13}">id ${o.id}</text><text class="ov-size" x="${NODE_W - 6}" y="${ROW + 13}" text-anchor="end">${size}</text>`;
  let line = 2;
  const textY = (l: number) => l * ROW + 13;
  if (v.rows.length === 0) {
    const m = markers(o);
    const mark = m.length > 0 ? m.join(' · ') : '';
    const room = cols(NODE_W - 12) - (mark.length > 0 ? mark.length + 1 : 0);
    s += `<text class="ov-value" x="6" y="${textY(line)}">${esc(clip(o.repr, room))}</text>`;
    if (mark !== '') s += `<text class="ov-mark" x="${NODE_W - 6}" y="${textY(line)}" text-anchor="end">${esc(mark)}</text>`;
    line++;
  } else {
    for (const r of v.rows) {
      s += `<text class="ov-slot" x="6" y="${textY(line)}">${esc(clip(r.label, cols(NODE_W - 24)))}</text>`;
      s += `<circle class="ov-dot" cx="${NODE_W - 8}" cy="${line * ROW + ROW / 2}" r="3"></circle>`;
      line++;
    }
  }
  if (v.moreItems > 0 || o.refsTruncated === true) {
    const n = v.moreItems;
    const text = n > 0 ? `… ${thousands(n)} more — show more` : '… more items (not in the snapshot)';
    s += `<text${attrs({ class: n > 0 ? 'ov-more ov-action' : 'ov-more', x: 6, y: textY(line), 'data-expand': n > 0 ? o.id : undefined })}>${esc(clip(text, cols(NODE_W - 12)))}</text>`;
    line++;
  }
  if (v.hiddenRefs > 0) {
    s += `<text class="ov-hidden" x="6" y="${textY(line)}"><title>References to the interpreter's machinery (code, globals, builtins, a class's internals) are not drawn: tick "runtime objects" to see them</title>+ ${v.hiddenRefs} reference${v.hiddenRefs === 1 ? '' : 's'} not drawn</text>`;
  }
  return s + '</g>';
}

/** A freed object's last picture, fading out at the step it died. */
export function ghostMarkup(id: number, type: string, cell: Cell, height: number): string {
  const x = cellX(cell);
  const y = rowY(cell.row);
  return `<g${attrs({ class: 'ov-node ov-freed', 'data-id': id, 'data-freed': 'true', transform: `translate(${x},${y})` })}><title>${esc(`${type} id ${id}: freed by this step`)}</title>` +
    `<rect class="ov-box" width="${NODE_W}" height="${height * ROW - 2}" rx="5"></rect>` +
    `<text class="ov-type" x="6" y="13">${esc(type)}</text><text class="ov-freed-label" x="6" y="${ROW + 13}">freed</text></g>`;
}

export function frameMarkup(fb: FrameBox, selected: number | null, unboundHint: boolean): string {
  const f = fb.frame;
  const y = rowY(fb.row);
  const title = `${f.kind === 'module' ? f.name : `${f.qualname}()`} · line ${f.line}`;
  let s = `<g${attrs({ class: `ov-frame ov-frame-${f.kind}`, 'data-frame': f.id, transform: `translate(${FRAME_X},${y})` })}>`;
  s += `<title>${esc(`frame of ${f.qualname} in ${f.filename}, at line ${f.line}${f.calledBy === 'runtime' ? ' (called by the runtime)' : ''}`)}</title>`;
  s += `<rect class="ov-frame-box" width="${FRAME_W}" height="${fb.height * ROW}" rx="4"></rect>`;
  s += `<text class="ov-frame-name" x="8" y="13">${esc(clip(title, cols(FRAME_W - 16)))}</text>`;
  let line = 1;
  for (const l of f.locals) {
    const bound = l.id !== null;
    s += `<text${attrs({ class: bound ? 'ov-local' : 'ov-local ov-unbound', x: 8, y: line * ROW + 13, 'data-target': bound ? l.id : undefined, 'aria-selected': bound && l.id === selected ? 'true' : undefined })}>${esc(clip(bound ? l.name : `${l.name}${unboundHint ? ' (unbound)' : ''}`, cols(FRAME_W - 24)))}</text>`;
    if (bound) s += `<circle class="ov-dot" cx="${FRAME_W - 8}" cy="${line * ROW + ROW / 2}" r="3"></circle>`;
    line++;
  }
  f.stack.forEach((id, i) => {
    s += `<text class="ov-local ov-stack" x="8" y="${line * ROW + 13}">${esc(`stack[${i}]${id === null ? ' NULL' : ''}`)}</text>`;
    if (id !== null) s += `<circle class="ov-dot" cx="${FRAME_W - 8}" cy="${line * ROW + ROW / 2}" r="3"></circle>`;
    line++;
  });
  if (f.locals.length + f.stack.length === 0) s += `<text class="ov-local ov-unbound" x="8" y="${ROW + 13}">no names yet</text>`;
  return s + '</g>';
}

/** An arrow from (sx, sy) to a box whose left edge is at (tx, ty): into its left side when
 *  the box is to the right (short and level), else around into its right side (a reference
 *  back, or within a column: a cycle), bulging out to the right of both. */
export function edgePath(sx: number, sy: number, tx: number, ty: number): string {
  if (tx > sx + 24) {
    const dx = (tx - sx) / 2;
    return `M${sx},${sy}C${sx + dx},${sy} ${tx - dx},${ty} ${tx - 1},${ty}`;
  }
  const rx = tx + NODE_W;
  const out = 28 + Math.min(90, Math.abs(ty - sy) / 5);
  const far = Math.max(sx, rx) + out;
  return `M${sx},${sy}C${far},${sy} ${far},${ty} ${rx + 1},${ty}`;
}

export function edgeMarkup(from: string, to: number, slot: string, d: string, cls: string): string {
  return `<path${attrs({ class: `ov-edge ${cls}`, 'data-from': from, 'data-to': to, 'data-slot': slot, d, 'marker-end': 'url(#ov-arrow)' })}><title>${esc(slot)}</title></path>`;
}

/** The arrow heads (defs), in the view and in an exported file. */
export const DEFS = '<defs><marker id="ov-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">' +
  '<path class="ov-arrowhead" d="M0,0L10,5L0,10z"></path></marker></defs>';
