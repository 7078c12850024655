// What an exception says, read without normalizing it (errors.ts: a raised exception
// stays a type and a message until a handler needs the instance; creating it to show
// it would allocate objects the program never made) and without running __str__.

import type { PyException } from '../objects/errors';
import type { PyObject } from '../objects/object';
import { safeRepr } from './repr';
import { type_qualname_str } from '../objects/typeobject';

function strOf(o: PyObject): string {
  const s = (o as { str?: string }).str;
  return typeof s === 'string' && o.ob_type.tp_name === 'str' ? s : safeRepr(o);
}

/** str(args) as BaseException_str makes it: '' for none, str(arg) for one, the tuple's repr for more. */
function argsText(args: PyObject | null): string {
  if (args === null) return '';
  const items = (args as unknown as { ob_item?: PyObject[] }).ob_item;
  if (items === undefined) return strOf(args);
  if (items.length === 0) return '';
  if (items.length === 1) return strOf(items[0]);
  return safeRepr(args);
}

export function exceptionText(e: PyException): { type: string; message: string } {
  const type = type_qualname_str(e.type);
  const raw = e.rawValue;
  if (raw === null) return { type, message: '' };
  if (e.normalized) return { type, message: argsText((raw as unknown as { args: PyObject | null }).args ?? null) };
  return { type, message: raw.ob_type.tp_name === 'tuple' ? argsText(raw) : strOf(raw) };
}
