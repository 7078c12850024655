// Small helpers shared by the VM's object types.

import type { PyObject } from '../objects/object';

/** An object's address as C's %p prints it (what reprs like `<function f at 0x7f…>` show). */
export function addrHex(o: PyObject): string {
  return '0x' + o.ob_addr.toString(16);
}
