// What the debug console offers as the user types: the frame's names and the builtins
// for a bare word, an object's attributes after a dot (its own __dict__, then its type's
// MRO, as dir() would list them). Reads the paused heap only: evaluating the part before
// the dot uses the pure evaluator, which runs no program code.

import type { PyObject, PyTypeObject } from '../objects/object';
import type { InterpreterFrame } from '../vm/frame';
import { evaluateValue } from './evaluate';
import { frameNames } from './variables';

function dictKeys(d: PyObject | null | undefined): string[] {
  if (d === null || d === undefined) return [];
  const keys = (d as unknown as { ma_keys?: { dk_nentries: number; me_key: (PyObject | null)[]; me_value: (PyObject | null)[] } }).ma_keys;
  if (keys === undefined) return [];
  const out: string[] = [];
  for (let i = 0; i < keys.dk_nentries; i++) {
    const k = keys.me_key[i];
    const s = (k as unknown as { str?: string } | null)?.str;
    if (keys.me_value[i] !== null && typeof s === 'string') out.push(s);
  }
  return out;
}

function attributeNames(o: PyObject): string[] {
  const names = dictKeys((o as unknown as { ob_dict?: PyObject | null }).ob_dict);
  const types: PyTypeObject[] = [...o.ob_type.tp_mro_list];
  if ((o as PyTypeObject).tp_mro_list !== undefined && o.ob_type.tp_name === 'type') types.unshift(...(o as PyTypeObject).tp_mro_list);
  for (const t of types) names.push(...dictKeys(t.tp_dict));
  return names;
}

/** Completions for `text` (what is left of the cursor) in frame `f`. Names starting with '_'
 *  are offered only once the user has typed the '_'. */
export function completions(f: InterpreterFrame, text: string): string[] {
  const word = /([A-Za-z_][\w.]*)$/.exec(text)?.[1] ?? '';
  const dot = word.lastIndexOf('.');
  let names: string[];
  if (dot >= 0) {
    let v;
    try {
      v = evaluateValue(f, word.slice(0, dot));
    } catch {
      return [];
    }
    names = v.k === 'obj' ? attributeNames(v.o) : [];
  } else {
    names = frameNames(f).filter(([, v]) => v !== null).map(([n]) => n);
    if (f.f_locals !== f.f_globals) names.push(...dictKeys(f.f_globals));
    names.push(...dictKeys(f.f_builtins));
  }
  const prefix = dot >= 0 ? word.slice(dot + 1) : word;
  return [...new Set(names)].filter((n) => n.startsWith(prefix) && (prefix.startsWith('_') || !n.startsWith('_'))).sort();
}
