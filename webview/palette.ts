// Colours for what the page draws on a canvas (the allocator's blocks), read from the
// CSS custom properties panel.css defines over VS Code's theme variables, so a canvas
// follows light, dark and high-contrast themes as the rest of the page does.

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  allocated: string;
  free: string;
  never: string;
  selected: string;
  next: string;
  used: string;
  full: string;
  empty: string;
  font: string;
}

const VARS: Record<keyof Omit<Palette, 'font'>, string> = {
  bg: '--pv-bg', fg: '--pv-fg', muted: '--pv-muted', border: '--pv-border', allocated: '--pv-allocated', free: '--pv-free',
  never: '--pv-never', selected: '--pv-selected', next: '--pv-next', used: '--pv-pool-used', full: '--pv-pool-full', empty: '--pv-pool-empty',
};

export function readPalette(el: Element = document.body): Palette {
  const cs = getComputedStyle(el);
  const out = {} as Palette;
  for (const [k, v] of Object.entries(VARS)) (out as unknown as Record<string, string>)[k] = cs.getPropertyValue(v).trim() || '#888';
  out.font = cs.getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
  return out;
}

let probe: CanvasRenderingContext2D | null = null;
/** A CSS colour as 0xAABBGGRR (little-endian RGBA for a Uint32Array over ImageData). */
export function rgba32(color: string): number {
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (probe === null) return 0xff888888;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
