// ast.dump(node) as Python 3.11 prints it with include_attributes=False
// (Lib/ast.py dump): fields in _fields order, optional fields omitted when
// None, values as Python reprs. Differential tests compare this text with
// real CPython's.

import { AST_FIELDS, type AST, type ConstantValue } from './ast';
import { isPrintableCodePoint } from './tokenizer';

const OPERATOR_FIELDS = new Set(['op', 'ops', 'ctx']);

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

/** ast.dump(node, include_attributes=includeAttributes). */
export function dump(node: AST, includeAttributes = false): string {
  return formatNode(node as unknown as Record<string, unknown>, includeAttributes);
}

function formatNode(node: Record<string, unknown>, attrs: boolean): string {
  const type = node._type as string;
  const fields = AST_FIELDS[type];
  const parts: string[] = [];
  for (const spec of fields) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    const value = node[name];
    if ((value === null || value === undefined) && optional) continue;
    parts.push(`${name}=${formatValue(name, value, type, attrs)}`);
  }
  if (attrs && typeof node.lineno === 'number') {
    for (const a of ATTRIBUTES) parts.push(`${a}=${node[a] as number}`);
  }
  return `${type}(${parts.join(', ')})`;
}

function formatValue(field: string, value: unknown, owner: string, attrs: boolean): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(field, v, owner, attrs)).join(', ')}]`;
  if (typeof value === 'string') return OPERATOR_FIELDS.has(field) ? `${value}()` : reprStr(value);
  if (typeof value === 'number') return String(value);
  if (owner === 'Constant' && field === 'value') return reprConstant(value as ConstantValue);
  return formatNode(value as Record<string, unknown>, attrs);
}

/** repr() of a constant value. */
export function reprConstant(v: ConstantValue): string {
  switch (v.kind) {
    case 'None': return 'None';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'float': return reprFloat(v.value);
    case 'complex': return reprFloatNoDot(v.imag) + 'j';
    case 'str': return reprStr(v.value);
    case 'bytes': return reprBytes(v.value);
    case 'Ellipsis': return 'Ellipsis';
    case 'tuple': return v.items.length === 1 ? `(${reprConstant(v.items[0])},)` : `(${v.items.map(reprConstant).join(', ')})`;
    case 'frozenset': return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(reprConstant).join(', ')}})`;
  }
}

/** unicode_repr (Objects/unicodeobject.c). */
export function reprStr(s: string): string {
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += '\\' + String.fromCharCode(cp);
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (isPrintableCodePoint(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** bytes_repr (Objects/bytesobject.c). */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

function hex(n: number, width: number): string {
  const h = n.toString(16);
  return h.length >= width ? h : '0'.repeat(width - h.length) + h;
}

/** float_repr: the shortest round-tripping digits, 'r' format with a '.0' added. */
export function reprFloat(x: number): string {
  return formatShortest(x, true);
}

/** complex's repr of a component: the same digits without the added '.0'. */
function reprFloatNoDot(x: number): string {
  return formatShortest(x, false);
}

function formatShortest(x: number, addDot0: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let digits: string;
  let decpt: number;
  if (ax === 0) {
    digits = '0';
    decpt = 1;
  } else {
    const e = ax.toExponential(); // shortest round-trip digits: "d.ddde+N"
    const ePos = e.indexOf('e');
    digits = e.slice(0, ePos).replace('.', '');
    decpt = Number(e.slice(ePos + 1)) + 1;
  }
  let body: string;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) body = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
    else body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    const exp = decpt - 1;
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    body = mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return (neg ? '-' : '') + body;
}
