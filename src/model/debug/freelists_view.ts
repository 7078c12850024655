// The type free lists of the running interpreter, as the allocator view shows them:
// objects CPython keeps (block still allocated) to hand out again before asking
// pymalloc (Objects/listobject.c free_list, tupleobject.c free_list[], dictobject.c
// free_list and keys_free_list, floatobject.c, the slice cache).

import type { FreeListView } from '../snapshot';
import type { Profile } from '../profiles/profile';
import { _PyList_FreeListAddresses } from '../objects/listobject';
import { _PyTuple_FreeListAddresses } from '../objects/tupleobject';
import { _PyDict_FreeListAddresses } from '../objects/dictobject';
import { _PyFloat_FreeListItems } from '../objects/floatobject';
import { _PySlice_CachedObject } from '../objects/sliceobject';

export function freeListViews(profile: Profile): FreeListView[] {
  const caps = profile.memory.freeLists;
  const d = _PyDict_FreeListAddresses();
  const slice = _PySlice_CachedObject();
  const out: FreeListView[] = [
    { kind: 'list', name: 'PyListObject', capacity: caps.list, count: 0, addresses: _PyList_FreeListAddresses() },
    { kind: 'dict', name: 'PyDictObject', capacity: caps.dict, count: 0, addresses: d.dicts },
    { kind: 'dictKeys', name: 'PyDictKeysObject', capacity: caps.dictKeys, count: 0, addresses: d.keys },
    { kind: 'float', name: 'PyFloatObject', capacity: caps.float, count: 0, addresses: _PyFloat_FreeListItems().map((o) => o.ob_addr) },
    { kind: 'slice', name: 'PySliceObject', capacity: caps.slice, count: 0, addresses: slice === null ? [] : [slice.ob_addr] },
  ];
  _PyTuple_FreeListAddresses().forEach((a, i) => {
    out.push({ kind: `tuple[${i + 1}]`, name: `${i + 1}-sized PyTupleObject`, capacity: caps.tupleMaxFreeList, count: 0, addresses: a });
  });
  for (const v of out) v.count = v.addresses.length;
  return out;
}
