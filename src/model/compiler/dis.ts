// A small disassembler: renders compiled code units in the same normalised form
// scripts/record-dis-goldens.mjs records from real CPython (dis.get_instructions
// without CACHE/EXTENDED_ARG, jump targets as instruction indices), and as text
// for people. Constants are shown with Python's repr.

import type { ConstantValue } from '../syntax/ast';
import type { CodeUnit, CompiledModule, ConstRef } from './code';
import { hasjump, opname } from './opcodes';

export interface ConstInfo {
  type: string;
  id: number;
  repr?: string;
  code?: string;
  items?: ConstInfo[];
}

export interface CodeRecord {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  names_id: number;
  consts_id: number;
  consts: ConstInfo[];
  /** [opname, arg, lineno, end_lineno, col_offset, end_col_offset] */
  code: (string | number | null)[][];
  /** [start, end (exclusive), target, depth, lasti] in instruction indices */
  exceptiontable: number[][];
}

/** Every code object of a module, depth first in co_consts order (as the recorder walks). */
export function disRecords(m: CompiledModule): CodeRecord[] {
  const ids = new Map<string, number>();
  const id = (key: string): number => {
    let n = ids.get(key);
    if (n === undefined) {
      n = ids.size;
      ids.set(key, n);
    }
    return n;
  };
  const codeKeys = new Map<CodeUnit, number>();
  const out: CodeRecord[] = [];
  const constInfo = (r: ConstRef): ConstInfo => {
    if ('code' in r) {
      let n = codeKeys.get(r.code);
      if (n === undefined) {
        n = codeKeys.size;
        codeKeys.set(r.code, n);
      }
      return { type: 'code', id: id('code' + n), code: r.code.co_qualname };
    }
    return objInfo(r.obj);
  };
  const objInfo = (i: number): ConstInfo => {
    const o = m.objects[i]!;
    // Interned strings are one object per value.
    const key = o.identifier || (o.intern && o.value.kind === 'str') ? 'istr' + JSON.stringify((o.value as { value: string }).value) : 'obj' + i;
    const info: ConstInfo = { type: typeName(o.value), id: id(singletonKey(o.value) ?? key), repr: pyRepr(o.value) };
    if (o.items) info.items = o.items.map(objInfo);
    return info;
  };
  const tupleKey = (i: number): string => {
    const o = m.objects[i]!;
    return (o.slots && !o.items ? null : singletonKey(o.value)) ?? 'obj' + i;
  };
  const walk = (c: CodeUnit): void => {
    const kinds = c.co_localspluskinds;
    const sel = (bit: number) => c.co_localsplusnames.filter((_, i) => kinds[i]! & bit);
    const rec: CodeRecord = {
      name: c.co_name,
      qualname: c.co_qualname,
      firstlineno: c.co_firstlineno,
      argcount: c.co_argcount,
      posonlyargcount: c.co_posonlyargcount,
      kwonlyargcount: c.co_kwonlyargcount,
      flags: c.co_flags,
      stacksize: c.co_stacksize,
      varnames: sel(0x20),
      cellvars: sel(0x40),
      freevars: sel(0x80),
      names: c.co_names,
      names_id: id(tupleKey(c.co_names_obj)),
      consts_id: id(tupleKey(c.co_consts_obj)),
      consts: c.co_consts.map(constInfo),
      code: [],
      exceptiontable: [],
    };
    const n = c.co_code.length / 2;
    for (let i = 0; i < n; i++) {
      const op = c.co_code[2 * i]!;
      const p = c.co_positions;
      rec.code.push([opname[op]!, op >= 90 || hasjump.has(op) ? c.co_code[2 * i + 1]! : null, p[4 * i]!, p[4 * i + 1]!, p[4 * i + 2]!, p[4 * i + 3]!]);
    }
    const t = c.co_exceptiontable;
    for (let i = 0; i < t.length; i += 5) rec.exceptiontable.push([t[i]!, t[i + 1]!, t[i + 2]!, t[i + 3]!, t[i + 4]!]);
    out.push(rec);
    for (const r of c.co_consts) if ('code' in r) walk(r.code);
  };
  walk(m.code);
  return out;
}

function singletonKey(v: ConstantValue): string | null {
  switch (v.kind) {
    case 'None':
    case 'Ellipsis':
      return v.kind;
    case 'bool':
      return 'bool' + v.value;
    case 'int':
      return v.value >= -5n && v.value <= 256n ? 'smallint' + v.value : null;
    case 'str':
      return v.value.length === 0 || (v.value.length === 1 && v.value.charCodeAt(0) < 256) ? 'str1' + v.value : null;
    case 'bytes':
      return v.value.length <= 1 ? 'bytes1' + Array.from(v.value).join() : null;
    case 'tuple':
      return v.items.length === 0 ? 'emptytuple' : null;
    default:
      return null;
  }
}

function typeName(v: ConstantValue): string {
  switch (v.kind) {
    case 'None':
      return 'NoneType';
    case 'Ellipsis':
      return 'ellipsis';
    default:
      return v.kind;
  }
}

/** float.__repr__ (shortest round-trip digits, Python's exponent rules). */
export function pyFloatRepr(d: number): string {
  if (Number.isNaN(d)) return 'nan';
  if (!Number.isFinite(d)) return d > 0 ? 'inf' : '-inf';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const [mant, expS] = d.toExponential().split('e');
  const exp = Number(expS);
  const neg = mant!.startsWith('-');
  const digits = mant!.replace('-', '').replace('.', '');
  let s: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      s = '0.' + '0'.repeat(-exp - 1) + digits;
    } else if (digits.length <= exp + 1) {
      s = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    } else {
      s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    }
  } else {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    s = m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  return neg ? '-' + s : s;
}

/** str.isprintable() is false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (but ' '). */
const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 39) hasSingle = true;
    if (x === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 9) out += '\\t';
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** repr() of a constant. */
export function pyRepr(v: ConstantValue): string {
  switch (v.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return v.value.toString();
    case 'float':
      return pyFloatRepr(v.value);
    case 'complex': {
      const r = pyFloatRepr(v.imag);
      return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
    }
    case 'str':
      return strRepr(v.value);
    case 'bytes':
      return bytesRepr(v.value);
    case 'tuple':
      return v.items.length === 1 ? '(' + pyRepr(v.items[0]!) + ',)' : '(' + v.items.map(pyRepr).join(', ') + ')';
    case 'frozenset':
      return v.items.length === 0 ? 'frozenset()' : 'frozenset({' + v.items.map(pyRepr).join(', ') + '})';
  }
}

/** Text disassembly, one code object after another (like dis.dis). */
export function disText(m: CompiledModule): string {
  const lines: string[] = [];
  for (const r of disRecords(m)) {
    lines.push(`Disassembly of ${r.qualname} (line ${r.firstlineno}, stacksize ${r.stacksize}, flags ${r.flags}):`);
    r.code.forEach((ins, i) => {
      const [name, arg, line] = ins;
      lines.push(`  ${String(line).padStart(4)} ${String(i).padStart(4)} ${String(name).padEnd(28)} ${arg ?? ''}`);
    });
    if (r.exceptiontable.length) {
      lines.push('ExceptionTable:');
      for (const [s, e, t, d, l] of r.exceptiontable) lines.push(`  ${s} to ${e} -> ${t} [${d}]${l ? ' lasti' : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
