// The slot of a reference, from the label the model's tp_refs visitors give it
// ("[2]", "['k']", "['k'] (key)", ".x", "element", "cell_contents", "__code__"...,
// objects/object.ts RefVisitor) — the panel draws arrows labelled by slot kind.

import type { RefSlot } from '../snapshot';

const INDEX = /^\[(\d+)\]$/;
const KEY = /^\[(.*)\] \(key\)$/s;
const VALUE = /^\[(.*)\]$/s;
const CONST = /^co_consts\[(\d+)\]$/;
const LOCAL = /^local (.+)$/;
const STACK = /^stack\[(\d+)\]$/;

/** The RefSlot a label stands for; `holderType` tells a list index from a dict key. */
export function refSlot(label: string, holderType: string): RefSlot {
  let m = INDEX.exec(label);
  if (m !== null && holderType !== 'dict') return { kind: 'index', index: Number(m[1]) };
  if ((m = KEY.exec(label)) !== null) return { kind: 'key', key: m[1] };
  if ((m = VALUE.exec(label)) !== null) return { kind: 'value', key: m[1] };
  if (label.startsWith('.')) return { kind: 'attr', name: label.slice(1) };
  if (label === 'element') return { kind: 'item' };
  if (label === 'cell_contents') return { kind: 'cell' };
  if ((m = CONST.exec(label)) !== null) return { kind: 'const', index: Number(m[1]) };
  if ((m = LOCAL.exec(label)) !== null) return { kind: 'local', name: m[1] };
  if ((m = STACK.exec(label)) !== null) return { kind: 'stack', index: Number(m[1]) };
  if (/^__\w+__$/.test(label)) return { kind: 'attr', name: label };
  return { kind: 'other', label };
}

/** How a slot reads after its holder's name: "[0]", "['k']", ".x", " (key 'k')"... */
export function slotText(s: RefSlot): string {
  switch (s.kind) {
    case 'index': return `[${s.index}]`;
    case 'key': return ` key ${s.key}`;
    case 'value': return `[${s.key}]`;
    case 'attr': return `.${s.name}`;
    case 'item': return ' (set member)';
    case 'cell': return ' (cell contents)';
    case 'local': return ` name ${s.name}`;
    case 'stack': return ` value stack[${s.index}]`;
    case 'const': return `.co_consts[${s.index}]`;
    case 'other': return ` ${s.label}`;
  }
}
