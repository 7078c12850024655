// The method resolution order (Objects/typeobject.c mro_implementation, pmerge):
// C3 linearization of the bases' MROs and the list of bases.

import type { PyTypeObject } from './object';
import type { PyTupleObject } from './tupleobject';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import { type_name_str } from './typeobject';

function className(t: PyTypeObject): string {
  return type_name_str(t);
}

/** mro_implementation: [type] + merge(base MROs..., bases). Raises TypeError as CPython does. */
export function mro_implementation(type: PyTypeObject): PyTypeObject[] {
  const bases = type.tp_bases === null ? [] : ((type.tp_bases as PyTupleObject).ob_item as PyTypeObject[]);
  if (bases.length === 0) return [type];
  if (bases.length === 1) {
    // Fast path (the common single-inheritance case).
    return [type, ...bases[0].tp_mro_list];
  }
  // check_duplicates
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) PyErr_SetString(PyExc_TypeError, `duplicate base class ${className(bases[i])}`);
    }
  }
  const to_merge: PyTypeObject[][] = bases.map((b) => b.tp_mro_list);
  to_merge.push(bases);
  const remain = new Array<number>(to_merge.length).fill(0);
  const acc: PyTypeObject[] = [type];
  // pmerge: repeatedly take the first head that is in no list's tail.
  for (;;) {
    let empty = 0;
    let found = false;
    for (let i = 0; i < to_merge.length; i++) {
      const cur = to_merge[i];
      if (remain[i] >= cur.length) {
        empty++;
        continue;
      }
      const candidate = cur[remain[i]];
      let inTail = false;
      for (let j = 0; j < to_merge.length && !inTail; j++) {
        const L = to_merge[j];
        for (let k = remain[j] + 1; k < L.length; k++) {
          if (L[k] === candidate) {
            inTail = true;
            break;
          }
        }
      }
      if (inTail) continue;
      acc.push(candidate);
      for (let j = 0; j < to_merge.length; j++) {
        if (remain[j] < to_merge[j].length && to_merge[j][remain[j]] === candidate) remain[j]++;
      }
      found = true;
      break;
    }
    if (empty === to_merge.length) return acc;
    if (!found) {
      // set_mro_error: the remaining heads, each once, in to_merge order.
      const heads: PyTypeObject[] = [];
      for (let i = 0; i < to_merge.length; i++) {
        if (remain[i] < to_merge[i].length) {
          const c = to_merge[i][remain[i]];
          if (!heads.includes(c)) heads.push(c);
        }
      }
      PyErr_SetString(PyExc_TypeError,
        'Cannot create a consistent method resolution\norder (MRO) for bases ' + heads.map(className).join(', '));
    }
  }
}
