// Small DOM helpers. The page runs under a CSP without 'unsafe-inline' styles, so nothing
// here writes a style attribute into markup: classes and attributes only (element.style
// assignments from script are allowed and used for sizes).

export type Attrs = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

/** An HTML element with attributes (true → present, false/null/undefined → absent) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  return el;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for markup strings (element content and attribute values). */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** An attribute list for markup strings (same rules as h()). */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${esc(String(v))}"`;
  }
  return out;
}

export function clear(el: Element): void {
  while (el.firstChild !== null) el.firstChild.remove();
}

/** A bar filled to value/max (role meter). Styled by the theme, unlike <meter>. */
export function gauge(value: number, max: number, label: string, cls = ''): HTMLElement {
  const fill = h('span', { class: 'gauge-fill' });
  const frac = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  fill.style.width = `${(frac * 100).toFixed(1)}%`;
  return h('span', { class: `gauge ${cls}`.trim(), role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': max, 'aria-valuenow': value, 'aria-label': label, title: label }, fill);
}

/** A view's legend: a swatch (the class's ::before in panel.css), a word, a tooltip each. */
export function legend(entries: [cls: string, text: string, title: string][]): HTMLElement {
  return h('div', { class: 'legend', 'aria-label': 'Legend' }, ...entries.map(([cls, text, title]) => h('span', { class: `lg ${cls}`, title }, text)));
}
