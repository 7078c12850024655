// Side-effect-free evaluation for hovers, watches, breakpoint conditions and the
// Variables view: a Python expression of the subset, answered as CPython would answer
// it at this point — `id(a)`, `sys.getrefcount(a)` (one more than ob_refcnt: the
// argument's reference), `a is b`, `len(x)`, `type(x)`, attribute and subscript reads,
// comparisons and arithmetic of builtins — by reading the paused heap. Nothing is
// allocated, no count moves, no Python code runs: where CPython would run the
// program's code (a __len__, a property, __eq__ of a class) the answer says so.
//
// Results that CPython would create as new objects (the int id() returns, a + 1) are
// JS values here; objects that exist are referred to, never copied.

import type { PyObject, PyTypeObject } from '../objects/object';
import { TypeFlags } from '../objects/object';
import { parseFull } from '../syntax/index';
import type { expr, Constant, ConstantValue } from '../syntax/ast';
import type { InterpreterFrame } from '../vm/frame';
import { CO_FAST } from '../compiler/code';
import { PyLong_AsBigInt } from '../objects/longobject';
import { _PyUnicode_FindInterned } from '../objects/unicode_type';
import { Py_None } from '../objects/singletons';
import { Py_True, Py_False } from '../objects/boolobject';
import { staticObjectSet, sizeOf } from './snapshot_build';
import { safeRepr, reprIsDefault } from './repr';
import { float_repr } from '../objects/float_repr';
import { unicode_repr_text } from '../objects/unicodeobject';

/** A value: an object of the heap, or a result CPython would have made anew. */
export type Val =
  | { k: 'obj'; o: PyObject }
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'str'; v: string }
  | { k: 'seq'; type: 'list' | 'tuple'; items: Val[] }
  | { k: 'method'; self: Val; name: string; func: PyObject | null };

export class EvalError {
  /** `kind` 'python': the exception CPython would raise ("NameError: name 'x' is not defined");
   *  'refused': evaluating would run the program's code or make objects (PyHeap's own message). */
  constructor(readonly kind: 'python' | 'refused', readonly message: string) {}
}

function pyErr(type: string, msg: string): never {
  throw new EvalError('python', `${type}: ${msg}`);
}

function refuse(msg: string): never {
  throw new EvalError('refused', msg);
}

export interface EvalResult {
  /** repr of the value, as CPython would print it (clipped with '…'). */
  repr: string;
  type: string;
  /** id() when the value is an object of the heap (expandable in the UI). */
  objectId?: number;
  /** Truth value, when it can be known without running code. */
  truthy?: boolean;
}

// ---------------------------------------------------------------------------

function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

function isHeap(t: PyTypeObject): boolean {
  return (t.tp_flags & TypeFlags.HEAPTYPE) !== 0;
}

function strOf(o: PyObject): string | null {
  return typeName(o) === 'str' ? (o as unknown as { str: string }).str : null;
}

function dictEntries(d: PyObject): [PyObject, PyObject][] {
  const keys = (d as unknown as { ma_keys: { dk_nentries: number; me_key: (PyObject | null)[]; me_value: (PyObject | null)[] } }).ma_keys;
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < keys.dk_nentries; i++) {
    const v = keys.me_value[i];
    if (v !== null) out.push([keys.me_key[i] as PyObject, v]);
  }
  return out;
}

function dictGetStr(d: PyObject, name: string): PyObject | null {
  for (const [k, v] of dictEntries(d)) if (strOf(k) === name) return v;
  return null;
}

/** The MRO walk of _PyType_Lookup, without touching its method cache. */
function typeLookup(t: PyTypeObject, name: string): PyObject | null {
  for (const k of t.tp_mro_list) {
    if (k.tp_dict !== null) {
      const v = dictGetStr(k.tp_dict, name);
      if (v !== null) return v;
    }
  }
  return null;
}

/** An instance's own attribute: managed values (".x" refs) or its __dict__. */
function instanceAttr(o: PyObject, name: string): PyObject | null {
  const visit = o.ob_type.tp_refs ?? o.ob_type.tp_traverse;
  if (visit === null) return null;
  let found: PyObject | null = null;
  let dict: PyObject | null = null;
  visit(o, (t, label) => {
    if (found !== null) return;
    if (label === '.' + name) found = t;
    else if (label === '__dict__' && typeName(t) === 'dict') dict = t;
  });
  if (found !== null) return found;
  return dict !== null ? dictGetStr(dict, name) : null;
}

function asPrimitive(v: Val): Val {
  if (v.k !== 'obj') return v;
  const o = v.o;
  switch (o.ob_type.tp_name) {
    case 'int': return { k: 'int', v: PyLong_AsBigInt(o) };
    case 'bool': return { k: 'int', v: PyLong_AsBigInt(o) };
    case 'float': return { k: 'float', v: (o as unknown as { ob_fval: number }).ob_fval };
    case 'str': return { k: 'str', v: (o as unknown as { str: string }).str };
    default: return v;
  }
}

function boolVal(b: boolean): Val {
  return { k: 'obj', o: b ? Py_True : Py_False };
}

function itemsOf(v: Val): Val[] | null {
  if (v.k === 'seq') return v.items;
  if (v.k === 'obj' && (typeName(v.o) === 'list' || typeName(v.o) === 'tuple')) {
    return (v.o as unknown as { ob_item: PyObject[] }).ob_item.map((o) => ({ k: 'obj', o }) as Val);
  }
  return null;
}

/** len() of a builtin, or refusal for a class with its own __len__. */
function lenOf(v: Val): number {
  if (v.k === 'str') return [...v.v].length;
  if (v.k === 'seq') return v.items.length;
  if (v.k !== 'obj') pyErr('TypeError', `object of type '${valType(v)}' has no len()`);
  const o = v.o;
  const t = o.ob_type;
  if (isHeap(t) && typeLookup(t, '__len__')?.ob_type.tp_name === 'function') refuse(`len() would run ${t.tp_name}.__len__`);
  const a = o as unknown as { ob_item?: unknown[]; ma_used?: number; used?: number; str?: string; ob_sval?: Uint8Array; ob_size?: number };
  let base: PyTypeObject | null = t;
  while (base !== null && isHeap(base)) base = base.tp_base;
  switch (base?.tp_name) {
    case 'list': case 'tuple': return a.ob_item!.length;
    case 'dict': return a.ma_used!;
    case 'set': case 'frozenset': return a.used!;
    case 'str': return [...a.str!].length;
    case 'bytes': return a.ob_sval!.length;
    case 'bytearray': return a.ob_size!;
    default: return pyErr('TypeError', `object of type '${t.tp_name}' has no len()`);
  }
}

/** Truth value without running __bool__ / __len__ of a class. */
export function truthOf(v: Val): boolean {
  const p = asPrimitive(v);
  if (p.k === 'int') return p.v !== 0n;
  if (p.k === 'float') return p.v !== 0;
  if (p.k === 'str') return p.v.length > 0;
  if (p.k === 'seq') return p.items.length > 0;
  if (p.k === 'method') return true;
  const o = p.o;
  if (o === Py_None) return false;
  const t = o.ob_type;
  if (isHeap(t)) {
    const b = typeLookup(t, '__bool__') ?? typeLookup(t, '__len__');
    if (b !== null && b.ob_type.tp_name === 'function') refuse(`its truth value would run ${t.tp_name}.${typeLookup(t, '__bool__') !== null ? '__bool__' : '__len__'}`);
  }
  try {
    return lenOf(p) > 0;
  } catch (e) {
    if (e instanceof EvalError && e.kind === 'python') return true;
    throw e;
  }
}

function valType(v: Val): string {
  switch (v.k) {
    case 'obj': return v.o.ob_type.tp_name;
    case 'int': return 'int';
    case 'float': return 'float';
    case 'str': return 'str';
    case 'seq': return v.type;
    case 'method': return v.func === null ? 'builtin_function_or_method' : 'method';
  }
}

function reprVal(v: Val): string {
  switch (v.k) {
    case 'obj': return safeRepr(v.o);
    case 'int': return v.v.toString();
    case 'float': return float_repr(v.v);
    case 'str': return unicode_repr_text(v.v);
    case 'seq': {
      const parts = v.items.map(reprVal);
      return v.type === 'list' ? `[${parts.join(', ')}]` : parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
    }
    case 'method': return v.func !== null
      ? `<bound method ${safeRepr(v.func).replace(/^<function (\S+) at .*$/, '$1')} of ${reprVal(v.self)}>`
      : `<built-in method ${v.name} of ${valType(v.self)} object>`;
  }
}

// ---------------------------------------------------------------------------

/** Where names are looked up: the frame's locals (fast, cells, or its namespace), globals, builtins. */
function lookupName(frame: InterpreterFrame, name: string): Val {
  const co = frame.f_code;
  const names = co.localsplusnames;
  const kinds = co.co_localspluskinds;
  for (let i = 0; i < co.co_nlocalsplus; i++) {
    if ((names[i] as unknown as { str: string }).str !== name) continue;
    let v = frame.localsplus[i];
    if (v !== null && (kinds[i] & (CO_FAST.CELL | CO_FAST.FREE)) !== 0 && typeName(v) === 'cell') v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
    if (v === null) {
      if ((kinds[i] & CO_FAST.LOCAL) !== 0) pyErr('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
      pyErr('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    }
    return { k: 'obj', o: v };
  }
  for (const d of [frame.f_locals, frame.f_globals, frame.f_builtins]) {
    if (d === null) continue;
    const v = dictGetStr(d, name);
    if (v !== null) return { k: 'obj', o: v };
  }
  return pyErr('NameError', `name '${name}' is not defined`);
}

function constant(c: ConstantValue): Val {
  switch (c.kind) {
    case 'None': return { k: 'obj', o: Py_None };
    case 'bool': return boolVal(c.value);
    case 'int': return { k: 'int', v: c.value };
    case 'float': return { k: 'float', v: c.value };
    case 'str': {
      // The compiler interns identifier-like constants: the same object as the program's, if it has one.
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.value)) {
        const s = _PyUnicode_FindInterned(c.value);
        if (s !== null) return { k: 'obj', o: s };
      }
      return { k: 'str', v: c.value };
    }
    case 'tuple': return { k: 'seq', type: 'tuple', items: c.items.map(constant) };
    default: return refuse(`constants of kind ${c.kind} are not evaluated here`);
  }
}

/** The object a value stands for, when CPython would answer with a cached one (small ints, 1-char strings). */
function cachedObject(v: Val): PyObject | null {
  if (v.k === 'obj') return v.o;
  for (const o of staticObjectSet()) {
    const t = o.ob_type.tp_name;
    if (v.k === 'int' && t === 'int' && PyLong_AsBigInt(o) === v.v) return o;
    if (v.k === 'str' && t === 'str' && (o as unknown as { str: string }).str === v.v) return o;
  }
  return null;
}

function attribute(v: Val, name: string): Val {
  if (v.k !== 'obj') {
    if (v.k === 'str' || v.k === 'int' || v.k === 'float' || v.k === 'seq') return { k: 'method', self: v, name, func: null };
    return pyErr('AttributeError', `'${valType(v)}' object has no attribute '${name}'`);
  }
  const o = v.o;
  const t = o.ob_type;
  const tn = t.tp_name;
  if (tn === 'module') {
    const d = (o as unknown as { ob_dict: PyObject | null }).ob_dict;
    const r = d === null ? null : dictGetStr(d, name);
    if (r === null) pyErr('AttributeError', `module '${(o as unknown as { md_name: string }).md_name}' has no attribute '${name}'`);
    return { k: 'obj', o: r };
  }
  if (tn === 'type' || (t.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) {
    if (name === '__name__' || name === '__qualname__') {
      const n = (o as PyTypeObject).tp_name;
      return { k: 'str', v: n.slice(n.lastIndexOf('.') + 1) };
    }
    const r = typeLookup(o as PyTypeObject, name);
    if (r === null) pyErr('AttributeError', `type object '${(o as PyTypeObject).tp_name}' has no attribute '${name}'`);
    if (r.ob_type.tp_descr_get !== null && r.ob_type.tp_name !== 'function') refuse(`${(o as PyTypeObject).tp_name}.${name} is a ${r.ob_type.tp_name}: reading it would call its __get__`);
    return { k: 'obj', o: r };
  }
  if (name === '__class__') return { k: 'obj', o: t };
  // The generic getattr: data descriptors of the type, the instance's own, then the type's.
  const desc = typeLookup(t, name);
  if (desc !== null && desc.ob_type.tp_descr_set !== null) {
    if (desc.ob_type.tp_name === 'member_descriptor') {
      const idx = (desc as unknown as { d_index: number }).d_index;
      const slot = (o as unknown as { ob_slots?: (PyObject | null)[] }).ob_slots?.[idx] ?? null;
      if (slot === null) pyErr('AttributeError', name);
      return { k: 'obj', o: slot };
    }
    refuse(`${tn}.${name} is a ${desc.ob_type.tp_name}: reading it would run code`);
  }
  const own = instanceAttr(o, name);
  if (own !== null) return { k: 'obj', o: own };
  if (desc !== null) {
    if (desc.ob_type.tp_name === 'function') return { k: 'method', self: v, name, func: desc };
    if (desc.ob_type.tp_name === 'method_descriptor' || desc.ob_type.tp_name === 'builtin_function_or_method') return { k: 'method', self: v, name, func: null };
    if (desc.ob_type.tp_descr_get !== null) refuse(`${tn}.${name} is a ${desc.ob_type.tp_name}: reading it would call its __get__`);
    return { k: 'obj', o: desc };
  }
  if (isHeap(t) && typeLookup(t, '__getattr__') !== null) refuse(`${tn}.__getattr__ would run`);
  return pyErr('AttributeError', `'${tn}' object has no attribute '${name}'`);
}

function index(n: bigint, len: number, what: string): number {
  let i = Number(n);
  if (i < 0) i += len;
  if (i < 0 || i >= len) pyErr('IndexError', `${what} index out of range`);
  return i;
}

function equal(a: Val, b: Val): boolean {
  const x = asPrimitive(a), y = asPrimitive(b);
  if ((x.k === 'int' || x.k === 'float') && (y.k === 'int' || y.k === 'float')) return Number(x.v) === Number(y.v) && (x.k !== 'int' || y.k !== 'int' || x.v === y.v);
  if (x.k === 'str' && y.k === 'str') return x.v === y.v;
  const xi = itemsOf(x), yi = itemsOf(y);
  if (xi !== null && yi !== null) {
    if (valType(x) !== valType(y)) return false;
    return xi.length === yi.length && xi.every((e, i) => equal(e, yi[i]));
  }
  if (x.k === 'obj' && y.k === 'obj') {
    if (x.o === y.o) return true;
    for (const o of [x.o, y.o]) if (isHeap(o.ob_type) && typeLookup(o.ob_type, '__eq__')?.ob_type.tp_name === 'function') refuse(`== would run ${o.ob_type.tp_name}.__eq__`);
    return false;
  }
  return false;
}

function subscript(v: Val, key: Val): Val {
  const items = itemsOf(v);
  const k = asPrimitive(key);
  if (items !== null) {
    if (k.k !== 'int') pyErr('TypeError', `${valType(v)} indices must be integers or slices, not ${valType(k)}`);
    return items[index(k.v, items.length, valType(v))];
  }
  const p = asPrimitive(v);
  if (p.k === 'str') {
    if (k.k !== 'int') pyErr('TypeError', `string indices must be integers, not '${valType(k)}'`);
    const chars = [...p.v];
    const c = chars[index(k.v, chars.length, 'string')];
    return { k: 'str', v: c };
  }
  if (p.k === 'obj' && p.o.ob_type.tp_name === 'dict') {
    for (const [dk, dv] of dictEntries(p.o)) {
      const dkv: Val = { k: 'obj', o: dk };
      if (isHeap(dk.ob_type)) continue;
      if (equal(dkv, key)) return { k: 'obj', o: dv };
    }
    return pyErr('KeyError', reprVal(key));
  }
  if (p.k === 'obj' && isHeap(p.o.ob_type)) refuse(`[] would run ${p.o.ob_type.tp_name}.__getitem__`);
  return pyErr('TypeError', `'${valType(v)}' object is not subscriptable`);
}

function sliceOf(v: Val, lo: Val | null, hi: Val | null, st: Val | null): Val {
  const p = asPrimitive(v);
  const seq = p.k === 'str' ? [...p.v].map((c) => ({ k: 'str', v: c }) as Val) : itemsOf(p);
  if (seq === null) return pyErr('TypeError', `'${valType(v)}' object is not subscriptable`);
  const n = seq.length;
  const num = (x: Val | null, d: number): number => {
    if (x === null || (x.k === 'obj' && x.o === Py_None)) return d;
    const q = asPrimitive(x);
    if (q.k !== 'int') pyErr('TypeError', 'slice indices must be integers or None or have an __index__ method');
    return Number(q.v);
  };
  const step = num(st, 1);
  if (step === 0) pyErr('ValueError', 'slice step cannot be zero');
  const clamp = (i: number, low: number, high: number): number => (i < 0 ? Math.max(i + n, low) : Math.min(i, high));
  const start = clamp(num(lo, step > 0 ? 0 : n - 1), step > 0 ? 0 : -1, step > 0 ? n : n - 1);
  const stop = clamp(num(hi, step > 0 ? n : -n - 1), step > 0 ? 0 : -1, step > 0 ? n : n - 1);
  const out: Val[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(seq[i]);
  if (p.k === 'str') return { k: 'str', v: out.map((c) => (c as { v: string }).v).join('') };
  return { k: 'seq', type: valType(v) === 'tuple' ? 'tuple' : 'list', items: out };
}

function num(v: Val, op: string): { k: 'int'; v: bigint } | { k: 'float'; v: number } {
  const p = asPrimitive(v);
  if (p.k === 'int' || p.k === 'float') return p;
  if (p.k === 'obj' && isHeap(p.o.ob_type)) refuse(`${op} would run ${p.o.ob_type.tp_name}'s operator method`);
  return pyErr('TypeError', `unsupported operand type(s) for ${op}: '${valType(v)}'`);
}

function binop(op: string, a: Val, b: Val): Val {
  const x = asPrimitive(a), y = asPrimitive(b);
  if (op === '+' && x.k === 'str' && y.k === 'str') return { k: 'str', v: x.v + y.v };
  if (op === '*' && x.k === 'str' && y.k === 'int') return { k: 'str', v: y.v > 0n ? x.v.repeat(Number(y.v)) : '' };
  if (op === '+' && itemsOf(x) !== null && itemsOf(y) !== null && valType(x) === valType(y)) {
    return { k: 'seq', type: valType(x) as 'list' | 'tuple', items: [...itemsOf(x)!, ...itemsOf(y)!] };
  }
  const l = num(x, op), r = num(y, op);
  if (l.k === 'int' && r.k === 'int') {
    switch (op) {
      case '+': return { k: 'int', v: l.v + r.v };
      case '-': return { k: 'int', v: l.v - r.v };
      case '*': return { k: 'int', v: l.v * r.v };
      case '//': case '%': {
        if (r.v === 0n) pyErr('ZeroDivisionError', op === '//' ? 'integer division or modulo by zero' : 'integer modulo by zero');
        let q = l.v / r.v;
        if ((l.v % r.v !== 0n) && ((l.v < 0n) !== (r.v < 0n))) q -= 1n;
        return { k: 'int', v: op === '//' ? q : l.v - q * r.v };
      }
      case '/': if (r.v === 0n) pyErr('ZeroDivisionError', 'division by zero'); return { k: 'float', v: Number(l.v) / Number(r.v) };
      case '**': if (r.v >= 0n && r.v < 4096n) return { k: 'int', v: l.v ** r.v }; break;
      case '&': return { k: 'int', v: l.v & r.v };
      case '|': return { k: 'int', v: l.v | r.v };
      case '^': return { k: 'int', v: l.v ^ r.v };
      case '<<': if (r.v >= 0n && r.v < 65536n) return { k: 'int', v: l.v << r.v }; break;
      case '>>': if (r.v >= 0n) return { k: 'int', v: l.v >> r.v }; break;
    }
  }
  const fl = Number(l.v), fr = Number(r.v);
  switch (op) {
    case '+': return { k: 'float', v: fl + fr };
    case '-': return { k: 'float', v: fl - fr };
    case '*': return { k: 'float', v: fl * fr };
    case '/': if (fr === 0) pyErr('ZeroDivisionError', 'float division by zero'); return { k: 'float', v: fl / fr };
    case '//': if (fr === 0) pyErr('ZeroDivisionError', 'float floor division by zero'); return { k: 'float', v: Math.floor(fl / fr) };
    case '%': if (fr === 0) pyErr('ZeroDivisionError', 'float modulo'); return { k: 'float', v: fl - Math.floor(fl / fr) * fr };
    case '**': return { k: 'float', v: fl ** fr };
  }
  return refuse(`the operator ${op} is not evaluated here for these operands`);
}

const BINOPS: Record<string, string> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '**', BitAnd: '&', BitOr: '|', BitXor: '^', LShift: '<<', RShift: '>>',
};

function compare(op: string, a: Val, b: Val): boolean {
  switch (op) {
    case 'Is': case 'IsNot': {
      const x = cachedObject(a), y = cachedObject(b);
      const same = x !== null && x === y;
      return op === 'Is' ? same : !same;
    }
    case 'Eq': return equal(a, b);
    case 'NotEq': return !equal(a, b);
    case 'In': case 'NotIn': {
      const p = asPrimitive(b);
      let found: boolean;
      if (p.k === 'str') {
        const q = asPrimitive(a);
        if (q.k !== 'str') pyErr('TypeError', `'in <string>' requires string as left operand, not ${valType(q)}`);
        found = p.v.includes(q.v);
      } else if (itemsOf(p) !== null) {
        found = itemsOf(p)!.some((e) => (cachedObject(e) !== null && cachedObject(e) === cachedObject(a)) || equal(e, a));
      } else if (p.k === 'obj' && (p.o.ob_type.tp_name === 'dict')) {
        found = dictEntries(p.o).some(([k]) => !isHeap(k.ob_type) && equal({ k: 'obj', o: k }, a));
      } else if (p.k === 'obj' && (p.o.ob_type.tp_name === 'set' || p.o.ob_type.tp_name === 'frozenset')) {
        const so = p.o as unknown as { keys: (PyObject | null)[]; mask: number };
        found = false;
        for (let i = 0; i <= so.mask && !found; i++) {
          const k = so.keys[i];
          if (k !== null && k.ob_type.tp_name !== '<dummy key>' && !isHeap(k.ob_type)) found = equal({ k: 'obj', o: k }, a);
        }
      } else {
        return refuse(`'in' would run the container's __contains__`);
      }
      return op === 'In' ? found : !found;
    }
    default: {
      const x = asPrimitive(a), y = asPrimitive(b);
      let c: number;
      if ((x.k === 'int' || x.k === 'float') && (y.k === 'int' || y.k === 'float')) c = Number(x.v) < Number(y.v) ? -1 : Number(x.v) > Number(y.v) ? 1 : 0;
      else if (x.k === 'str' && y.k === 'str') c = x.v < y.v ? -1 : x.v > y.v ? 1 : 0;
      else return refuse(`comparing ${valType(a)} and ${valType(b)} with an order is not evaluated here`);
      return op === 'Lt' ? c < 0 : op === 'LtE' ? c <= 0 : op === 'Gt' ? c > 0 : c >= 0;
    }
  }
}

function isInstance(v: Val, cls: Val): boolean {
  const types = itemsOf(cls) ?? [cls];
  const t = v.k === 'obj' ? v.o.ob_type : null;
  for (const c of types) {
    if (c.k !== 'obj' || !(c.o.ob_type.tp_name === 'type' || (c.o.ob_type.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0)) {
      pyErr('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    }
    if (t !== null ? t.tp_mro_list.includes(c.o as PyTypeObject) : valType(v) === (c.o as PyTypeObject).tp_name) return true;
  }
  return false;
}

/** A call of a builtin that can be answered from the heap as it is. */
function call(f: Val, args: Val[]): Val {
  if (f.k === 'method') return refuse(`calling ${valType(f.self)}.${f.name}() would run it`);
  if (f.k !== 'obj') return pyErr('TypeError', `'${valType(f)}' object is not callable`);
  const o = f.o;
  if (o.ob_type.tp_name === 'type') {
    const name = (o as PyTypeObject).tp_name;
    if (name === 'type' && args.length === 1) return args[0].k === 'obj' ? { k: 'obj', o: args[0].o.ob_type } : refuse('type() of a new object');
    return refuse(`calling ${name}() would create an object`);
  }
  if (o.ob_type.tp_name !== 'builtin_function_or_method') {
    return refuse(`calling ${safeRepr(o)} would run the program's code`);
  }
  const name = (o as unknown as { m_ml: { ml_name: string } }).m_ml.ml_name;
  const self = (o as unknown as { m_self: PyObject | null }).m_self;
  const mod = self !== null && self.ob_type.tp_name === 'module' ? (self as unknown as { md_name: string }).md_name : 'builtins';
  const one = (): Val => {
    if (args.length !== 1) pyErr('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
  };
  const obj = (v: Val, what: string): PyObject => cachedObject(v) ?? refuse(`${what}() of a value that exists only in this expression`);
  switch (`${mod}.${name}`) {
    case 'builtins.id': return { k: 'int', v: BigInt(obj(one(), 'id').ob_addr) };
    case 'sys.getrefcount': return { k: 'int', v: BigInt(obj(one(), 'getrefcount').ob_refcnt + 1) };
    case 'sys.getsizeof': {
      const x = obj(one(), 'getsizeof');
      if (isHeap(x.ob_type) && typeLookup(x.ob_type, '__sizeof__')?.ob_type.tp_name === 'function') refuse(`sys.getsizeof() would run ${x.ob_type.tp_name}.__sizeof__`);
      return { k: 'int', v: BigInt(sizeOf(x)) };
    }
    case 'builtins.len': return { k: 'int', v: BigInt(lenOf(one())) };
    case 'builtins.isinstance': if (args.length === 2) return boolVal(isInstance(args[0], args[1])); break;
    case 'builtins.hex': case 'builtins.bin': case 'builtins.oct': {
      const n = asPrimitive(one());
      if (n.k !== 'int') pyErr('TypeError', `'${valType(n)}' object cannot be interpreted as an integer`);
      const base = name === 'hex' ? 16 : name === 'bin' ? 2 : 8;
      const s = (n.v < 0n ? -n.v : n.v).toString(base);
      return { k: 'str', v: `${n.v < 0n ? '-' : ''}0${name[0] === 'h' ? 'x' : name[0] === 'b' ? 'b' : 'o'}${s}` };
    }
    case 'builtins.abs': { const n = num(one(), 'abs()'); return n.k === 'int' ? { k: 'int', v: n.v < 0n ? -n.v : n.v } : { k: 'float', v: Math.abs(n.v) }; }
    case 'builtins.repr': {
      const x = one();
      if (x.k === 'obj' && !reprIsDefault(x.o)) refuse(`repr() would run ${x.o.ob_type.tp_name}.__repr__`);
      return { k: 'str', v: reprVal(x) };
    }
    case 'builtins.bool': return boolVal(truthOf(one()));
    case 'gc.is_tracked': { const x = obj(one(), 'is_tracked'); return boolVal(x.gc_gen !== undefined && x.gc_gen !== -1); }
    default: break;
  }
  return refuse(`${mod === 'builtins' ? '' : mod + '.'}${name}() is not evaluated while paused (it could change the program's state)`);
}

function ev(frame: InterpreterFrame, e: expr): Val {
  switch (e._type) {
    case 'Constant': return constant((e as Constant).value);
    case 'Name': return lookupName(frame, e.id);
    case 'Attribute': return attribute(ev(frame, e.value), e.attr);
    case 'Subscript': {
      const v = ev(frame, e.value);
      if (e.slice._type === 'Slice') {
        const s = e.slice;
        return sliceOf(v, s.lower === null ? null : ev(frame, s.lower), s.upper === null ? null : ev(frame, s.upper), s.step === null ? null : ev(frame, s.step));
      }
      return subscript(v, ev(frame, e.slice));
    }
    case 'Call': {
      if (e.keywords.length > 0) refuse('keyword arguments are not evaluated here');
      return call(ev(frame, e.func), e.args.map((a) => ev(frame, a)));
    }
    case 'Compare': {
      let left = ev(frame, e.left);
      for (let i = 0; i < e.ops.length; i++) {
        const right = ev(frame, e.comparators[i]);
        if (!compare(e.ops[i], left, right)) return boolVal(false);
        left = right;
      }
      return boolVal(true);
    }
    case 'BoolOp': {
      let v: Val = boolVal(e.op === 'And');
      for (const x of e.values) {
        v = ev(frame, x);
        if (truthOf(v) !== (e.op === 'And')) return v;
      }
      return v;
    }
    case 'UnaryOp': {
      const v = ev(frame, e.operand);
      if (e.op === 'Not') return boolVal(!truthOf(v));
      const n = num(v, e.op === 'USub' ? 'unary -' : e.op === 'UAdd' ? 'unary +' : 'unary ~');
      if (e.op === 'USub') return n.k === 'int' ? { k: 'int', v: -n.v } : { k: 'float', v: -n.v };
      if (e.op === 'Invert') { if (n.k !== 'int') pyErr('TypeError', "bad operand type for unary ~: 'float'"); return { k: 'int', v: ~n.v }; }
      return n;
    }
    case 'BinOp': {
      const op = BINOPS[e.op];
      if (op === undefined) refuse(`the operator ${e.op} is not evaluated here`);
      return binop(op, ev(frame, e.left), ev(frame, e.right));
    }
    case 'IfExp': return truthOf(ev(frame, e.test)) ? ev(frame, e.body) : ev(frame, e.orelse);
    case 'Tuple': return { k: 'seq', type: 'tuple', items: e.elts.map((x) => ev(frame, x)) };
    case 'List': return { k: 'seq', type: 'list', items: e.elts.map((x) => ev(frame, x)) };
    default: return refuse(`${e._type} expressions are not evaluated while paused`);
  }
}

/** Parses `source` as one expression. */
export function parseExpression(source: string): expr {
  let mod;
  try {
    mod = parseFull(source.trim() + '\n', '<debug>');
  } catch (e) {
    const msg = (e as { msg?: string; message?: string }).msg ?? (e as Error).message;
    throw new EvalError('python', `SyntaxError: ${msg}`);
  }
  if (mod.body.length !== 1 || mod.body[0]._type !== 'Expr') throw new EvalError('refused', 'only an expression can be evaluated here (use the debug console to run statements)');
  return mod.body[0].value;
}

/** Evaluates an expression in a paused frame, changing nothing. Throws EvalError. */
export function evaluateValue(frame: InterpreterFrame, source: string): Val {
  return ev(frame, parseExpression(source));
}

export function describe(v: Val): EvalResult {
  const r: EvalResult = { repr: reprVal(v), type: valType(v) };
  if (v.k === 'obj') r.objectId = v.o.ob_addr;
  try {
    r.truthy = truthOf(v);
  } catch {
    // unknown without running code
  }
  return r;
}
