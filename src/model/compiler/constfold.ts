// Python semantics of the operations the AST optimizer may fold (Python/ast_opt.c
// calls PyNumber_Add & co. on constant objects). Each function returns the
// result value, or null where CPython's call fails (raises) or the safe_* guard
// refuses — ast_opt.c then leaves the expression unfolded, so it raises at run
// time instead (`1/0` stays a BINARY_OP).
//
// Tuple results keep their items' object identities: `items` lists the object
// indices (tuple concatenation and repetition share the operands' items).
// Complex arithmetic is not folded here: ConstantValue's complex only has an
// imaginary part (see the compiler's report).

import type { ConstantValue } from '../syntax/ast';

export type CV = ConstantValue;
export interface Folded {
  value: CV;
  items?: number[];
}

/** A constant operand: its value and, for tuples/frozensets, its item objects. */
export interface Operand {
  value: CV;
  items?: number[];
  /** Look up an item object's operand (for nested complexity checks). */
  item?: (i: number) => Operand;
}

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

const bi = (n: bigint): CV => ({ kind: 'int', value: n });
const fl = (d: number): CV => ({ kind: 'float', value: d });

function isInt(v: CV): boolean {
  return v.kind === 'int' || v.kind === 'bool';
}
function intOf(v: CV): bigint {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'bool') return v.value ? 1n : 0n;
  throw new Error('not int');
}
function isNum(v: CV): boolean {
  return v.kind === 'int' || v.kind === 'bool' || v.kind === 'float';
}
/** PyLong_AsDouble: correctly rounded, OverflowError past DBL_MAX. */
function toFloat(v: CV): number | null {
  if (v.kind === 'float') return v.value;
  const n = Number(intOf(v));
  return Number.isFinite(n) ? n : null;
}
function numBits(n: bigint): number {
  if (n < 0n) n = -n;
  return n === 0n ? 0 : n.toString(2).length;
}
function strLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** Python's truth value of a constant. */
export function pyTruthy(v: CV): boolean {
  switch (v.kind) {
    case 'None':
      return false;
    case 'Ellipsis':
      return true;
    case 'bool':
      return v.value;
    case 'int':
      return v.value !== 0n;
    case 'float':
      return v.value !== 0;
    case 'complex':
      return v.imag !== 0;
    case 'str':
      return v.value.length > 0;
    case 'bytes':
      return v.value.length > 0;
    case 'tuple':
    case 'frozenset':
      return v.items.length > 0;
  }
}

/** Python == between constants (used for frozenset de-duplication). */
export function pyEquals(a: CV, b: CV): boolean {
  if (isNum(a) && isNum(b)) {
    if (a.kind === 'float' || b.kind === 'float') {
      const x = a.kind === 'float' ? a.value : null;
      const y = b.kind === 'float' ? b.value : null;
      if (x !== null && y !== null) return x === y;
      // int vs float: exact comparison
      const f = (x ?? y)!;
      const i = a.kind === 'float' ? intOf(b) : intOf(a);
      return Number.isInteger(f) && BigInt(f) === i;
    }
    return intOf(a) === intOf(b);
  }
  if (a.kind === 'complex' || b.kind === 'complex') {
    const ia = a.kind === 'complex' ? a.imag : isNum(a) ? 0 : NaN;
    const ib = b.kind === 'complex' ? b.imag : isNum(b) ? 0 : NaN;
    const ra = a.kind === 'complex' ? 0 : isNum(a) ? toFloat(a) : NaN;
    const rb = b.kind === 'complex' ? 0 : isNum(b) ? toFloat(b) : NaN;
    return ia === ib && ra === rb;
  }
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'None':
    case 'Ellipsis':
      return true;
    case 'str':
      return a.value === (b as { value: string }).value;
    case 'bytes': {
      const y = (b as { value: Uint8Array }).value;
      return a.value.length === y.length && a.value.every((c, i) => c === y[i]);
    }
    case 'tuple': {
      const y = (b as { items: CV[] }).items;
      return a.items.length === y.length && a.items.every((c, i) => pyEquals(c, y[i]!));
    }
    case 'frozenset': {
      const y = (b as { items: CV[] }).items;
      return a.items.length === y.length && a.items.every((c) => y.some((d) => pyEquals(c, d)));
    }
    default:
      return false;
  }
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function floorModBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** long_true_divide: correctly rounded a/b. */
function trueDivBig(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const na = Number(a);
  const nb = Number(b);
  if (na <= 2 ** 53 && nb <= 2 ** 53) return neg ? -(na / nb) : na / nb;
  // Scale so the quotient has at least 64 significant bits, keep a sticky bit.
  const shift = Math.max(0, 66 - (numBits(a) - numBits(b)));
  const num = a << BigInt(shift);
  let q = num / b;
  const sticky = num % b !== 0n ? 1n : 0n;
  q = (q << 1n) | sticky;
  const r = Number(q) * 2 ** -(shift + 1);
  if (!Number.isFinite(r)) return null;
  return neg ? -r : r;
}

/** float_floor_div / float_divmod. */
function floatDivmod(vx: number, wx: number): [number, number] | null {
  if (wx === 0) return null;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** float_pow, without the complex results (null there). */
function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iw === 0 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw > 0) return oddInt ? iv : Math.abs(iv);
    return oddInt ? (iv > 0 ? 0.0 : -0.0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) return null; // ZeroDivisionError
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    return oddInt ? iv : 0.0;
  }
  if (iv < 0 && !Number.isInteger(iw)) return null; // complex result: not folded here
  const r = Math.pow(iv, iw);
  if (!Number.isFinite(r)) return null; // OverflowError
  return r;
}

function isSeq(v: CV): boolean {
  return v.kind === 'str' || v.kind === 'bytes' || v.kind === 'tuple';
}

/** check_complexity: remaining budget after counting items (negative = too complex). */
function checkComplexity(o: Operand, limit: number): number {
  if (o.value.kind === 'tuple' || o.value.kind === 'frozenset') {
    const n = o.value.items.length;
    limit -= n;
    for (let i = 0; limit >= 0 && i < n; i++) {
      limit = o.item ? checkComplexity(o.item(i), limit) : limitOfValue(o.value.items[i]!, limit);
    }
  }
  return limit;
}
function limitOfValue(v: CV, limit: number): number {
  if (v.kind === 'tuple' || v.kind === 'frozenset') {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = limitOfValue(v.items[i]!, limit);
  }
  return limit;
}

function repeat(seq: Operand, n: bigint): Folded | null {
  const v = seq.value;
  // PyNumber_Multiply takes n as a Py_ssize_t: beyond it the repeat raises OverflowError,
  // so the fold fails and the error comes at run time (b'' * 10**20).
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) return null;
  // An empty sequence repeats to itself however large n is (b'' * 2**62): safe_multiply
  // only bounds n for non-empty ones, so the loops below must not count to n.
  const empty = v.kind === 'str' ? v.value.length === 0 : v.kind === 'bytes' ? v.value.length === 0 : v.kind === 'tuple' ? v.items.length === 0 : false;
  const cnt = n < 0n || empty ? 0 : Number(n);
  if (v.kind === 'str') return { value: { kind: 'str', value: v.value.repeat(cnt) } };
  if (v.kind === 'bytes') {
    const out = new Uint8Array(v.value.length * cnt);
    for (let i = 0; i < cnt; i++) out.set(v.value, i * v.value.length);
    return { value: { kind: 'bytes', value: out } };
  }
  if (v.kind === 'tuple') {
    const items: CV[] = [];
    const objs: number[] = [];
    for (let i = 0; i < cnt; i++) {
      items.push(...v.items);
      if (seq.items) objs.push(...seq.items);
    }
    return { value: { kind: 'tuple', items }, items: objs };
  }
  return null;
}

/** safe_multiply */
function safeMultiply(a: Operand, b: Operand): Folded | null {
  const v = a.value;
  const w = b.value;
  if (isInt(v) && isInt(w)) {
    const x = intOf(v);
    const y = intOf(w);
    if (x !== 0n && y !== 0n && numBits(x) + numBits(y) > MAX_INT_SIZE) return null;
    return { value: bi(x * y) };
  }
  if (isInt(v) && (w.kind === 'tuple' || w.kind === 'frozenset')) {
    const size = w.items.length;
    if (size) {
      const n = intOf(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
      if (n && checkComplexity(b, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return null;
    }
    return w.kind === 'tuple' ? repeat(b, intOf(v)) : null;
  }
  if (isInt(v) && (w.kind === 'str' || w.kind === 'bytes')) {
    const size = w.kind === 'str' ? strLen(w.value) : w.value.length;
    if (size) {
      const n = intOf(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return null;
    }
    return repeat(b, intOf(v));
  }
  if (isInt(w) && (isSeq(v) || v.kind === 'frozenset')) return safeMultiply(b, a);
  if (isNum(v) && isNum(w)) {
    const x = toFloat(v);
    const y = toFloat(w);
    if (x === null || y === null) return null;
    return { value: fl(x * y) };
  }
  return null;
}

function concat(a: Operand, b: Operand): Folded | null {
  const v = a.value;
  const w = b.value;
  if (v.kind === 'str' && w.kind === 'str') return { value: { kind: 'str', value: v.value + w.value } };
  if (v.kind === 'bytes' && w.kind === 'bytes') {
    const out = new Uint8Array(v.value.length + w.value.length);
    out.set(v.value);
    out.set(w.value, v.value.length);
    return { value: { kind: 'bytes', value: out } };
  }
  if (v.kind === 'tuple' && w.kind === 'tuple') {
    return {
      value: { kind: 'tuple', items: [...v.items, ...w.items] },
      items: [...(a.items ?? []), ...(b.items ?? [])],
    };
  }
  return null;
}

function intBinop(op: string, x: bigint, y: bigint, bothBool: boolean): CV | null {
  switch (op) {
    case 'Add':
      return bi(x + y);
    case 'Sub':
      return bi(x - y);
    case 'FloorDiv':
      return y === 0n ? null : bi(floorDivBig(x, y));
    case 'Mod':
      return y === 0n ? null : bi(floorModBig(x, y));
    case 'Div': {
      const r = trueDivBig(x, y);
      return r === null ? null : fl(r);
    }
    case 'RShift':
      if (y < 0n) return null;
      return bi(x >> y);
    case 'LShift':
      if (y < 0n) return null;
      return bi(x << y);
    case 'BitAnd':
      return bothBool ? { kind: 'bool', value: (x & y) !== 0n } : bi(x & y);
    case 'BitOr':
      return bothBool ? { kind: 'bool', value: (x | y) !== 0n } : bi(x | y);
    case 'BitXor':
      return bothBool ? { kind: 'bool', value: (x ^ y) !== 0n } : bi(x ^ y);
  }
  return null;
}

/** fold_binop's operation on two constants. */
export function foldBinop(op: string, a: Operand, b: Operand): Folded | null {
  const v = a.value;
  const w = b.value;
  if (v.kind === 'complex' || w.kind === 'complex') return null;
  switch (op) {
    case 'Mult':
      return safeMultiply(a, b);
    case 'Add':
      if (!(isNum(v) && isNum(w))) return concat(a, b);
      break;
    case 'Mod':
      if (v.kind === 'str' || v.kind === 'bytes') return null; // safe_mod
      break;
    case 'Pow':
      if (isInt(v) && isInt(w)) {
        const x = intOf(v);
        const y = intOf(w);
        if (x !== 0n && y > 0n) {
          if (y > 0xffffffffffffffffn) return null;
          if (numBits(x) > Math.floor(MAX_INT_SIZE / Number(y))) return null;
        }
        if (y < 0n) {
          const fx = toFloat(v);
          return fx === null ? null : wrapF(floatPow(fx, Number(y)));
        }
        return { value: bi(x ** y) };
      }
      break;
    case 'LShift':
      if (isInt(v) && isInt(w)) {
        const x = intOf(v);
        const y = intOf(w);
        if (x !== 0n && y !== 0n) {
          if (y < 0n) return null;
          const wbits = y;
          if (wbits > BigInt(MAX_INT_SIZE) || numBits(x) > MAX_INT_SIZE - Number(wbits)) return null;
        }
      }
      break;
    case 'MatMult':
      return null;
  }
  if (!(isNum(v) && isNum(w))) return null;
  if (isInt(v) && isInt(w)) {
    const r = intBinop(op, intOf(v), intOf(w), v.kind === 'bool' && w.kind === 'bool');
    return r && { value: r };
  }
  if (op === 'LShift' || op === 'RShift' || op === 'BitAnd' || op === 'BitOr' || op === 'BitXor') return null;
  const x = toFloat(v);
  const y = toFloat(w);
  if (x === null || y === null) return null;
  switch (op) {
    case 'Add':
      return { value: fl(x + y) };
    case 'Sub':
      return { value: fl(x - y) };
    case 'Div':
      return y === 0 ? null : { value: fl(x / y) };
    case 'FloorDiv': {
      const r = floatDivmod(x, y);
      return r && { value: fl(r[0]) };
    }
    case 'Mod': {
      const r = floatDivmod(x, y);
      return r && { value: fl(r[1]) };
    }
    case 'Pow':
      return wrapF(floatPow(x, y));
  }
  return null;
}

function wrapF(d: number | null): Folded | null {
  return d === null ? null : { value: fl(d) };
}

/** fold_unaryop's operation on a constant. */
export function foldUnary(op: string, a: CV): CV | null {
  switch (op) {
    case 'Not':
      return { kind: 'bool', value: !pyTruthy(a) };
    case 'Invert':
      return isInt(a) ? bi(~intOf(a)) : null;
    case 'UAdd':
      if (isInt(a)) return bi(intOf(a));
      return a.kind === 'float' ? a : null;
    case 'USub':
      if (isInt(a)) return bi(-intOf(a));
      return a.kind === 'float' ? fl(-a.value) : null;
  }
  return null;
}

/** fold_subscr: PyObject_GetItem(value, index) for str/bytes/tuple and an int
 *  index. For a tuple the result is the item object itself: returns its position. */
export function foldSubscript(v: CV, idx: CV): { value: CV; itemIndex?: number } | null {
  if (!isInt(idx)) return null;
  let i = intOf(idx);
  let len: number;
  if (v.kind === 'str') {
    const cps = Array.from(v.value);
    len = cps.length;
    if (i < 0n) i += BigInt(len);
    if (i < 0n || i >= BigInt(len)) return null;
    return { value: { kind: 'str', value: cps[Number(i)]! } };
  }
  if (v.kind === 'bytes') {
    len = v.value.length;
    if (i < 0n) i += BigInt(len);
    if (i < 0n || i >= BigInt(len)) return null;
    return { value: bi(BigInt(v.value[Number(i)]!)) };
  }
  if (v.kind === 'tuple') {
    len = v.items.length;
    if (i < 0n) i += BigInt(len);
    if (i < 0n || i >= BigInt(len)) return null;
    return { value: v.items[Number(i)]!, itemIndex: Number(i) };
  }
  return null;
}
