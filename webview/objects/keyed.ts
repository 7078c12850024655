// An SVG layer whose children are keyed: syncing it with a new list of (key, markup)
// keeps the elements whose markup did not change, so a step that changed three objects
// re-parses, re-lays-out and re-rasterises three objects, not the whole picture.

const SVG_NS = 'http://www.w3.org/2000/svg';

export class KeyedLayer {
  private items = new Map<string, { el: Element; markup: string }>();

  constructor(private readonly layer: SVGGElement) {}

  /** Makes the layer hold exactly `entries` (each markup one element), touching only what changed. */
  sync(entries: [string, string][]): void {
    const next = new Map<string, { el: Element; markup: string }>();
    const create: [string, string][] = [];
    for (const [k, m] of entries) {
      const cur = this.items.get(k);
      if (cur !== undefined && cur.markup === m) {
        next.set(k, cur);
        this.items.delete(k);
      } else create.push([k, m]);
    }
    for (const { el } of this.items.values()) el.remove();
    if (create.length > 0) {
      // One parse for all new elements.
      const tmp = document.createElementNS(SVG_NS, 'g');
      tmp.innerHTML = create.map((c) => c[1]).join('');
      const kids = Array.from(tmp.children);
      kids.forEach((el, i) => next.set(create[i][0], { el, markup: create[i][1] }));
      this.layer.append(...kids);
    }
    this.items = next;
  }

  clear(): void {
    this.sync([]);
  }
}
