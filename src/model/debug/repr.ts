// repr() for the debugger's eyes: what CPython's tp_repr of each builtin type would
// print, computed from the objects' payload in JS — without running Python code,
// without allocating a simulated object (a str result would take a pymalloc block
// and move the allocator) and without touching a reference count. An instance whose
// class defines __repr__ is shown as object.__repr__ shows it, and reprIsDefault()
// says so, since running user code while looking would change the program's state.
//
// Long results are clipped with '…' (U+2026), which Python's own repr never prints,
// so a clipped value cannot be mistaken for a Python '...' (a recursive container).

import { PyObject, PyTypeObject, TypeFlags } from '../objects/object';
import { type_module_str, type_qualname_str } from '../objects/typeobject';
import { PyLong_AsBigInt } from '../objects/longobject';
import { float_repr } from '../objects/float_repr';
import { unicode_repr_text } from '../objects/unicodeobject';
import { PyByteArray_View, type PyByteArrayObject } from '../objects/bytearrayobject';
import { _Py_PointerRepr } from '../objects/abstract';
import { _Py_ID } from '../objects/abstract';
import { PyBaseObject_Type } from '../objects/typeobject';
import { PyDict_GetItem } from '../objects/dictobject';

/** Characters of one repr before it is clipped. */
const MAX_REPR = 240;
/** Items of one container shown before '…'. */
const MAX_ITEMS = 24;
/** Nesting shown before an inner container becomes '…'. */
const MAX_DEPTH = 6;

/** CPython's int repr limit (sys.get_int_max_str_digits default, 3.11.7). */
const INT_MAX_STR_DIGITS = 4300;

interface Budget {
  left: number;
  /** Containers being printed, outermost first (Py_ReprEnter): a container met again prints
   *  as [...] / {...}. At most MAX_DEPTH of them: an array, no set made per repr. */
  active: PyObject[];
  /** What the reprs of a caller's calls learnt of each type, while no type can change. */
  types: ReprTypes | undefined;
}

/** Per type: whether its instances' repr is the default one, and its `module.qualname`.
 *  A caller that reprs many objects while the program is paused (the debugger's rows at one
 *  stop) passes one, so that each type's MRO and dict are read once, not once per instance. */
export type ReprTypes = Map<PyTypeObject, { isDefault?: boolean; name?: string }>;

/** repr(o) as CPython prints it for builtins, clipped for display. */
export function safeRepr(o: PyObject | null, types?: ReprTypes): string {
  if (o === null || o === undefined) return '<NULL>';
  const b: Budget = { left: MAX_REPR, active: [], types };
  let s: string;
  try {
    s = repr(o, b, 0);
  } catch {
    // An object caught half-built or half-torn-down (a type whose dict is gone at exit).
    return `<${o.ob_type.tp_name} object at ${hex(o)}>`;
  }
  return s.length > MAX_REPR ? s.slice(0, MAX_REPR - 1) + '…' : s;
}

/** Whether o's repr is the one its type really has (false: a class in its MRO defines
 *  __repr__ in Python, which the debugger does not run; the default form is shown). */
export function reprIsDefault(o: PyObject, types?: ReprTypes): boolean {
  const t = o.ob_type;
  if (types === undefined) return typeReprIsDefault(t);
  const known = typeEntry(types, t);
  return (known.isDefault ??= typeReprIsDefault(t));
}

function typeEntry(types: ReprTypes, t: PyTypeObject): { isDefault?: boolean; name?: string } {
  let e = types.get(t);
  if (e === undefined) types.set(t, (e = {}));
  return e;
}

function typeReprIsDefault(t: PyTypeObject): boolean {
  if ((t.tp_flags & TypeFlags.HEAPTYPE) === 0) return true;
  // The MRO walk of _PyType_Lookup, without its method cache (whose entries hold references).
  const name = _Py_ID('__repr__');
  let r: PyObject | null = null;
  for (const k of t.tp_mro_list) {
    const d = k.tp_dict;
    if (d !== null && (r = PyDict_GetItem(d, name)) !== null) break;
  }
  if (r === null) return true;
  // A heap type inherits a builtin's repr through its MRO: the descriptor is a wrapper, not a function.
  return r.ob_type.tp_name !== 'function';
}

function hex(o: PyObject): string {
  return _Py_PointerRepr(o.ob_addr);
}

/** `module.qualname` as object_repr and type_repr spell a type. */
function typeName(t: PyTypeObject): string {
  const mod = type_module_str(t);
  if (mod !== null && mod !== 'builtins') return `${mod}.${type_qualname_str(t)}`;
  return t.tp_name;
}

function objectRepr(o: PyObject, b: Budget): string {
  const t = o.ob_type;
  const name = b.types === undefined ? typeName(t) : (typeEntry(b.types, t).name ??= typeName(t));
  return `<${name} object at ${hex(o)}>`;
}

function str(o: PyObject | null | undefined): string {
  const s = (o as { str?: string } | null | undefined)?.str;
  return typeof s === 'string' ? s : '?';
}

/** The builtin base whose layout (and so whose repr) an instance of t has. */
function builtinBase(t: PyTypeObject): PyTypeObject {
  let b: PyTypeObject | null = t;
  while (b !== null && (b.tp_flags & TypeFlags.HEAPTYPE) !== 0) b = b.tp_base;
  return b ?? PyBaseObject_Type;
}

function items(o: PyObject): readonly (PyObject | null)[] {
  return (o as unknown as { ob_item: (PyObject | null)[] }).ob_item;
}

function seq(o: PyObject, b: Budget, depth: number, open: string, close: string, oneComma: boolean): string {
  const it = items(o);
  if (it.length === 0) return open + close;
  if (b.active.includes(o)) return open + '...' + close;
  if (depth >= MAX_DEPTH) return open + '…' + close;
  b.active.push(o);
  const parts: string[] = [];
  for (let i = 0; i < it.length; i++) {
    if (i >= MAX_ITEMS || b.left <= 0) {
      parts.push('…');
      break;
    }
    const s = repr(it[i] as PyObject, b, depth + 1);
    b.left -= s.length + 2;
    parts.push(s);
  }
  b.active.pop();
  return open + parts.join(', ') + (oneComma && it.length === 1 ? ',' : '') + close;
}

function dictRepr(o: PyObject, b: Budget, depth: number): string {
  const keys = (o as unknown as { ma_keys: { dk_nentries: number; me_key: (PyObject | null)[]; me_value: (PyObject | null)[] } }).ma_keys;
  const used = (o as unknown as { ma_used: number }).ma_used;
  if (used === 0) return '{}';
  if (b.active.includes(o)) return '{...}';
  if (depth >= MAX_DEPTH) return '{…}';
  b.active.push(o);
  const parts: string[] = [];
  for (let i = 0; i < keys.dk_nentries; i++) {
    const v = keys.me_value[i];
    if (v === null) continue;
    if (parts.length >= MAX_ITEMS || b.left <= 0) {
      parts.push('…');
      break;
    }
    const s = `${repr(keys.me_key[i] as PyObject, b, depth + 1)}: ${repr(v, b, depth + 1)}`;
    b.left -= s.length + 2;
    parts.push(s);
  }
  b.active.pop();
  return '{' + parts.join(', ') + '}';
}

function setRepr(o: PyObject, b: Budget, depth: number, frozen: boolean): string {
  const so = o as unknown as { keys: (PyObject | null)[]; mask: number; used: number };
  const name = o.ob_type.tp_name;
  if (so.used === 0) return `${frozen ? 'frozenset' : name === 'set' ? 'set' : typeName(o.ob_type)}()`;
  if (b.active.includes(o)) return `${name}(...)`;
  b.active.push(o);
  const parts: string[] = [];
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k === null || k.ob_type.tp_name === '<dummy key>') continue;
    if (parts.length >= MAX_ITEMS || b.left <= 0 || depth >= MAX_DEPTH) {
      parts.push('…');
      break;
    }
    const s = repr(k, b, depth + 1);
    b.left -= s.length + 2;
    parts.push(s);
  }
  b.active.pop();
  const body = '{' + parts.join(', ') + '}';
  return o.ob_type.tp_name === 'set' ? body : `${typeName(o.ob_type)}(${body})`;
}

function intRepr(o: PyObject): string {
  const v = PyLong_AsBigInt(o);
  const s = v.toString();
  const digits = v < 0n ? s.length - 1 : s.length;
  // int_to_decimal_string refuses past the limit (ValueError): say what the value is.
  if (digits > INT_MAX_STR_DIGITS) return `<int with ${digits} digits>`;
  return s;
}

function bytesText(view: ArrayLike<number>): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < view.length; i++) {
    if (view[i] === 0x27) hasSingle = true;
    else if (view[i] === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (let i = 0; i < view.length && out.length < MAX_REPR; i++) {
    const c = view[i];
    if (c === 0x5c) out += '\\\\';
    else if (String.fromCharCode(c) === q) out += '\\' + q;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

function repr(o: PyObject | null, b: Budget, depth: number): string {
  // A slot not filled yet, or emptied (a tuple waiting on its free list).
  if (o === null || o === undefined) return '<NULL>';
  const t = o.ob_type;
  const base = (t.tp_flags & TypeFlags.HEAPTYPE) === 0 ? t : builtinBase(t);
  // A subclass that does not define __repr__ prints as its builtin base does.
  if (base !== t && !reprIsDefault(o, b.types)) return objectRepr(o, b);
  switch (base.tp_name) {
    case 'NoneType': return 'None';
    case 'NotImplementedType': return 'NotImplemented';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return PyLong_AsBigInt(o) !== 0n ? 'True' : 'False';
    case 'int': return intRepr(o);
    case 'float': return float_repr((o as unknown as { ob_fval: number }).ob_fval);
    case 'str': {
      const s = str(o);
      return unicode_repr_text(s.length > MAX_REPR ? s.slice(0, MAX_REPR) : s);
    }
    case 'bytes': return bytesText((o as unknown as { ob_sval: Uint8Array }).ob_sval);
    case 'bytearray': return `${base === t ? 'bytearray' : typeName(t)}(${bytesText(PyByteArray_View(o as PyByteArrayObject))})`;
    case 'list': return seq(o, b, depth, '[', ']', false);
    case 'tuple': return seq(o, b, depth, '(', ')', true);
    case 'dict': return dictRepr(o, b, depth);
    case 'set': return setRepr(o, b, depth, false);
    case 'frozenset': return setRepr(o, b, depth, true);
    case 'range': {
      const r = o as unknown as { start: PyObject; stop: PyObject; step: PyObject };
      const step = PyLong_AsBigInt(r.step);
      return `range(${intRepr(r.start)}, ${intRepr(r.stop)}${step === 1n ? '' : ', ' + step.toString()})`;
    }
    case 'type': return `<class '${typeName(o as PyTypeObject)}'>`;
    case 'function': return `<function ${str((o as unknown as { func_qualname: PyObject }).func_qualname)} at ${hex(o)}>`;
    case 'method': {
      const m = o as unknown as { im_func: PyObject; im_self: PyObject };
      const q = (m.im_func as unknown as { func_qualname?: PyObject }).func_qualname;
      return `<bound method ${q !== undefined ? str(q) : '?'} of ${repr(m.im_self, b, depth + 1)}>`;
    }
    case 'builtin_function_or_method': {
      const f = o as unknown as { m_ml: { ml_name: string }; m_self: PyObject | null };
      const self = f.m_self;
      if (self === null || self.ob_type.tp_name === 'module') return `<built-in function ${f.m_ml.ml_name}>`;
      return `<built-in method ${f.m_ml.ml_name} of ${typeName(self.ob_type)} object at ${hex(self)}>`;
    }
    case 'module': {
      const m = o as unknown as { md_name: string; md_origin?: string };
      return `<module '${m.md_name}'${m.md_origin !== undefined ? ' ' + m.md_origin : ''}>`;
    }
    case 'cell': {
      const c = (o as unknown as { ob_ref: PyObject | null }).ob_ref;
      if (c === null) return `<cell at ${hex(o)}: empty>`;
      return `<cell at ${hex(o)}: ${c.ob_type.tp_name} object at ${hex(c)}>`;
    }
    case 'code': {
      const c = o as unknown as { name: string; filename: string; co_firstlineno: number };
      return `<code object ${c.name} at ${hex(o)}, file "${c.filename}", line ${c.co_firstlineno}>`;
    }
    case 'generator': return `<generator object ${str((o as unknown as { gi_qualname: PyObject }).gi_qualname)} at ${hex(o)}>`;
    default: break;
  }
  if ((base.tp_flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0) {
    const args = (o as unknown as { args: PyObject | null }).args;
    const n = args === null ? 0 : items(args).length;
    const inner = n === 1 ? repr(items(args as PyObject)[0] as PyObject, b, depth + 1) : n === 0 ? '' : seq(args as PyObject, b, depth, '', '', false);
    return `${type_qualname_str(t)}(${inner})`;
  }
  return objectRepr(o, b);
}
