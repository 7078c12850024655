// Objects by id: the debugger hands out ids (addresses), never PyObjects, because
// host-side recycling may later reuse a JS object for another Python object. An id is
// looked up again each time it is used, in the running interpreter's allocator, then
// among the static objects and the startup heap.

import type { PyObject } from '../objects/object';
import { staticObjects } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import type { Interpreter } from '../vm/run';
import { startupHeapObjects } from '../vm/startup';

let sharedByAddr: Map<number, PyObject> | null = null;
let sharedCount = -1;

function sharedObjects(it: Interpreter): Map<number, PyObject> {
  const startup = startupHeapObjects(it.rt.profile);
  const n = staticObjects.length + startup.length;
  if (sharedByAddr === null || sharedCount !== n) {
    sharedByAddr = new Map();
    for (const o of startup) sharedByAddr.set(o.ob_addr, o);
    for (const o of staticObjects) sharedByAddr.set(o.ob_addr, o);
    sharedCount = n;
  }
  return sharedByAddr;
}

/** The live object whose id() is `id`, or null (freed, or never an object's address). */
export function objectAt(it: Interpreter, id: number): PyObject | null {
  const own = (it.rt.mem as Obmalloc).ownerOf(id);
  if (own !== undefined && own !== null && own.part === 'object') {
    const o = own.obj as PyObject;
    return o.ob_refcnt > 0 && o.ob_addr === id ? o : null;
  }
  const s = sharedObjects(it).get(id);
  return s !== undefined && s.ob_refcnt > 0 ? s : null;
}
