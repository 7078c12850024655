// How numbers and objects are written in the panel, the way Python and CPython's own
// tools write them: id() in decimal (as print(id(x)) shows it) with the address in hex
// beside it, sizes in bytes, counts with thousands separators.

import type { ObjectSnap, MemoryLocation } from './types';

export const hex = (n: number): string => '0x' + n.toString(16);
/** 1234567 → "1,234,567" (without Intl, whose formatters are slow to make). */
export function thousands(n: number): string {
  const s = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return (n < 0 ? '-' : '') + out + (Number.isInteger(n) ? '' : String(Math.abs(n % 1)).slice(1));
}
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** "list", "Node instance"... as a learner reads it. */
export function typeLabel(o: ObjectSnap): string {
  return o.type;
}

/** Shortens s to at most n characters with an ellipsis (the full text goes to a tooltip). */
export function clip(s: string, n: number): string {
  if (n <= 1) return s.length > 0 ? '…' : '';
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** Short markers for cached and static objects (the seed's lesson: one object, shared). */
export function markers(o: ObjectSnap): string[] {
  const m: string[] = [];
  const c = o.flags.cached;
  if (c === 'small int') m.push('small int cache');
  else if (c === 'latin-1 char') m.push('1-char cache');
  else if (c === 'singleton') m.push('singleton');
  else if (c === 'empty') m.push('empty singleton');
  else if (o.flags.static) m.push('static');
  if (o.flags.interned) m.push('interned');
  return m;
}

export function markerTooltip(o: ObjectSnap): string {
  const parts: string[] = [];
  const c = o.flags.cached;
  if (c === 'small int') parts.push('A cached small int (-5…256): every such value anywhere in the program is this one object.');
  if (c === 'latin-1 char') parts.push('A cached one-character string: every such string is this one object.');
  if (c === 'singleton') parts.push('A singleton: there is exactly one in the interpreter.');
  if (c === 'empty') parts.push('The one empty object of its type, shared by all.');
  if (o.flags.static) parts.push("Static: part of libpython's data, never allocated or freed.");
  if (o.flags.interned) parts.push('Interned: equal strings made through the intern table are this one object.');
  return parts.join(' ');
}

export function gcLabel(g: ObjectSnap['gc']): string {
  return typeof g === 'number' ? `generation ${g}` : g === 'permanent' ? 'permanent generation (gc.freeze)' : 'not tracked by the GC';
}

export function memoryLabel(m: MemoryLocation): string {
  switch (m.kind) {
    case 'pool': return `pymalloc: arena ${hex(m.arena)}, pool ${hex(m.pool)}, block ${m.block} (size class ${m.szidx}, ${m.blockSize} bytes)`;
    case 'raw': return `raw malloc: chunk ${hex(m.chunk)}, ${thousands(m.nbytes)} bytes`;
    case 'static': return "static: libpython's data segment";
    case 'startup': return 'made at interpreter startup (not drawn)';
  }
}
