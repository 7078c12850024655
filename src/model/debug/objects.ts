// Objects by id: the debugger hands out ids (addresses), never PyObjects, because
// host-side recycling may later reuse a JS object for another Python object. An id is
// looked up again each time it is used, in the running interpreter's allocator, then
// among the static objects and the startup heap.

import type { PyObject } from '../objects/object';
import { staticObjects } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import type { Interpreter } from '../vm/run';
import { startupHeapObjects } from '../vm/startup';
import { _PyType_PreHeaderSize } from '../objects/objalloc';

const PRE_HEADERS = [0, 16, 32];

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

/** Whether o is still the live object of its block (not freed, its block not given to another). */
export function isAlive(it: Interpreter, o: PyObject): boolean {
  if (o.ob_refcnt <= 0) return false;
  const own = (it.rt.mem as Obmalloc).ownerOf(o.ob_addr - _PyType_PreHeaderSize(o.ob_type.tp_flags));
  return own === undefined || own === null ? sharedObjects(it).get(o.ob_addr) === o : own.obj === o;
}

/** The live object whose id() is `id`, or null (freed, or never an object's address). */
export function objectAt(it: Interpreter, id: number): PyObject | null {
  const mem = it.rt.mem as Obmalloc;
  // The block starts at the object's pre-header: none, the GC head (16 bytes), or the
  // GC head and an instance's managed-dict pointers (32) (objects/objalloc.ts).
  for (const pre of PRE_HEADERS) {
    const own = mem.ownerOf(id - pre);
    if (own !== undefined && own !== null && own.part === 'object') {
      const o = own.obj as PyObject;
      if (o.ob_addr === id) return o.ob_refcnt > 0 ? o : null;
    }
  }
  const s = sharedObjects(it).get(id);
  return s !== undefined && s.ob_refcnt > 0 ? s : null;
}
