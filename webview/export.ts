// Export of the current view: SVG and PNG (the snapshot as JSON is written by the host,
// which holds the same picture). The Objects view is SVG already: the export draws all of
// it (not only what is on screen) with its stylesheet rules inlined and the theme's
// colours resolved. The GC, Allocator and Timeline views are HTML: their SVG wraps a copy
// of the view, with computed styles inlined, in a <foreignObject> (browsers render it; the
// PNG is that SVG rasterised). Nothing here may need a network or a style attribute in
// the live page (its CSP): copies are made off-document.

import { DEFS } from './objects/markup';
import { sceneMarkup, sceneText } from './objects/scene';
import type { Layout } from './objects/layout';
import type { VisibleObject } from './objects/visibility';
import type { Store } from './store';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** var(--x) → its value on `el` (custom properties compute to their resolved text). */
function resolveVars(text: string, cs: CSSStyleDeclaration): string {
  let out = text;
  for (let i = 0; i < 4 && out.includes('var('); i++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_, name: string, fallback?: string) => {
      const v = cs.getPropertyValue(name).trim();
      return v !== '' ? v : (fallback ?? '').trim();
    });
  }
  return out;
}

/** The page's stylesheet rules for `scope` (e.g. '.objects-svg'), colours resolved. */
function scopedCss(scope: string, el: Element): string {
  const cs = getComputedStyle(el);
  let css = '';
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const r of Array.from(rules)) {
      if (r instanceof CSSStyleRule && r.selectorText.includes(scope)) css += resolveVars(r.cssText, cs) + '\n';
    }
  }
  return css;
}

export interface SvgDoc {
  svg: string;
  width: number;
  height: number;
}

/** The whole Objects picture as a standalone SVG document. */
export function objectsSvg(store: Store, vis: Map<number, VisibleObject>, layout: Layout, live: SVGSVGElement, extent: { width: number; height: number }): SvgDoc {
  const scene = sceneMarkup(layout, vis, { selection: store.selection, refcntDelta: store.changes.refcnt, added: store.changes.added });
  const body = sceneText(scene);
  const { width, height } = extent;
  const bg = getComputedStyle(document.body).getPropertyValue('--pv-bg').trim() || '#fff';
  const title = store.snap !== undefined ? `PyHeap objects at step ${store.snap.step}, line ${store.snap.line} of ${store.snap.filename}` : 'PyHeap objects';
  const svg = `<svg xmlns="${SVG_NS}" class="objects-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title><style>${scopedCss('.objects-svg', live)}</style>${DEFS}` +
    `<rect width="100%" height="100%" fill="${bg}"></rect>${body}</svg>`;
  return { svg, width, height };
}

/** Computed properties copied onto each element of an HTML view's copy. */
const PROPS = [
  'display', 'box-sizing', 'width', 'height', 'min-width', 'max-width', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top', 'border-right', 'border-bottom', 'border-left',
  'border-radius', 'border-collapse', 'border-spacing', 'color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style',
  'line-height', 'text-align', 'vertical-align', 'white-space', 'overflow', 'text-overflow', 'opacity', 'flex-direction', 'flex-wrap',
  'align-items', 'justify-content', 'gap', 'grid-template-columns', 'position', 'top', 'left', 'list-style-type', 'outline',
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'text-anchor',
];

function inlineStyles(src: Element, dst: Element): void {
  const cs = getComputedStyle(src);
  const style = (dst as HTMLElement | SVGElement).style;
  if (style !== undefined) {
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v !== '') style.setProperty(p, v);
    }
  }
  const a = src.children, b = dst.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i], b[i]);
}

/** An HTML view as an SVG document (a <foreignObject> holding a styled copy of it). */
export function htmlViewSvg(root: HTMLElement): SvgDoc {
  const width = Math.max(320, Math.ceil(root.scrollWidth));
  const height = Math.max(200, Math.ceil(root.scrollHeight));
  const copy = root.cloneNode(true) as HTMLElement;
  inlineStyles(root, copy);
  copy.removeAttribute('hidden');
  copy.style.setProperty('width', `${width}px`);
  copy.style.setProperty('height', `${height}px`);
  copy.style.setProperty('overflow', 'visible');
  // Canvases are copied empty: put their pictures in as images.
  const src = root.querySelectorAll('canvas');
  copy.querySelectorAll('canvas').forEach((c, i) => {
    const img = document.createElementNS(XHTML_NS, 'img') as HTMLImageElement;
    img.setAttribute('src', src[i].toDataURL('image/png'));
    img.setAttribute('width', String(src[i].clientWidth));
    img.setAttribute('height', String(src[i].clientHeight));
    c.replaceWith(img);
  });
  copy.setAttribute('xmlns', XHTML_NS);
  const bg = getComputedStyle(document.body).getPropertyValue('--pv-bg').trim() || '#fff';
  const html = new XMLSerializer().serializeToString(copy);
  const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${bg}"></rect><foreignObject x="0" y="0" width="${width}" height="${height}">${html}</foreignObject></svg>`;
  return { svg, width, height };
}

/** Rasterises an SVG document (through a data: URL, which keeps the canvas readable). Base64 PNG. */
export async function svgToPng(doc: SvgDoc, scale = 2): Promise<string> {
  // Browsers cap canvases (Chromium: 16,384 px a side, ~268 M pixels): scale large pictures down.
  const k = Math.min(scale, 16000 / doc.width, 16000 / doc.height, Math.sqrt(120e6 / (doc.width * doc.height)));
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(doc.svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(doc.width * k));
  canvas.height = Math.max(1, Math.round(doc.height * k));
  const c = canvas.getContext('2d');
  if (c === null) throw new Error('no 2D canvas');
  c.drawImage(img, 0, 0, canvas.width, canvas.height);
  const url = canvas.toDataURL('image/png');
  return url.slice(url.indexOf(',') + 1);
}
