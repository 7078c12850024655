// Helpers for the compiler's differential tests: load the goldens recorded by
// scripts/record-dis-goldens.mjs, rebuild the AST they carry, compile it and
// compare with what CPython 3.11.7 produced.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Module, ConstantValue } from '../../src/model/syntax/ast';
import type { CodeRecord, ConstInfo } from '../../src/model/compiler/dis';

export interface GoldenEntry {
  src: string;
  ast?: unknown;
  parse_error?: string;
  error?: { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number };
  codes?: CodeRecord[];
  /** SyntaxWarnings: [message, lineno] */
  warnings?: [string, number][];
}

export const goldenDir = join(import.meta.dirname, 'compiler-goldens', 'json');

export function loadGoldens(): [string, GoldenEntry[]][] {
  return readdirSync(goldenDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(goldenDir, f), 'utf-8')) as GoldenEntry[]]);
}

function decodeConst(c: { kind: string; value?: unknown; imag?: string }): ConstantValue {
  switch (c.kind) {
    case 'int':
      return { kind: 'int', value: BigInt(c.value as string) };
    case 'float':
      return { kind: 'float', value: parseFloatRepr(c.value as string) };
    case 'complex':
      return { kind: 'complex', imag: parseFloatRepr(c.imag!) };
    case 'bytes': {
      const h = c.value as string;
      const b = new Uint8Array(h.length / 2);
      for (let i = 0; i < b.length; i++) b[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
      return { kind: 'bytes', value: b };
    }
    default:
      return c as ConstantValue;
  }
}

function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  return Number(s);
}

/** Rebuild an AST from the recorder's JSON (constants decoded to ConstantValue). */
export function decodeAst(j: unknown): Module {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) {
        if (o._type === 'Constant' && k === 'value') out[k] = decodeConst(v as { kind: string });
        else out[k] = walk(v);
      }
      if (o._type === 'Constant' && !('kind' in out)) out.kind = null;
      return out;
    }
    return x;
  };
  return walk(j) as Module;
}

/** Compare const infos; frozenset items are compared as sorted reprs. */
function constEq(a: ConstInfo, b: ConstInfo, ids: Map<number, number>, rids: Map<number, number>, path: string): string | null {
  if (a.type !== b.type) return `${path}: type ${a.type} != ${b.type}`;
  if (a.type === 'code') {
    if (a.code !== b.code) return `${path}: code ${a.code} != ${b.code}`;
  } else if (a.type === 'frozenset') {
    const ra = (a.items ?? []).map((x) => x.repr).sort();
    const rb = (b.items ?? []).map((x) => x.repr).sort();
    if (JSON.stringify(ra) !== JSON.stringify(rb)) return `${path}: frozenset ${ra} != ${rb}`;
  } else if (a.repr !== b.repr) {
    return `${path}: repr ${a.repr} != ${b.repr}`;
  }
  const e = idEq(a.id, b.id, ids, rids, path);
  if (e) return e;
  if (a.type === 'tuple') {
    const ai = a.items ?? [];
    const bi = b.items ?? [];
    for (let i = 0; i < ai.length; i++) {
      const r = constEq(ai[i]!, bi[i]!, ids, rids, `${path}[${i}]`);
      if (r) return r;
    }
  }
  return null;
}

function idEq(got: number, want: number, ids: Map<number, number>, rids: Map<number, number>, path: string): string | null {
  const g = ids.get(got);
  const w = rids.get(want);
  if (g === undefined && w === undefined) {
    ids.set(got, want);
    rids.set(want, got);
    return null;
  }
  if (g !== want || w !== got) return `${path}: identity differs (is-relations with other constants do not match CPython)`;
  return null;
}

/** First difference between our records and CPython's, or null. */
export function diffRecords(got: CodeRecord[], want: CodeRecord[], checkIdentity = true): string | null {
  if (got.length !== want.length) {
    return `number of code objects ${got.length} != ${want.length}: ${got.map((c) => c.qualname)} vs ${want.map((c) => c.qualname)}`;
  }
  const ids = new Map<number, number>();
  const rids = new Map<number, number>();
  for (let k = 0; k < got.length; k++) {
    const g = got[k]!;
    const w = want[k]!;
    const where = `code ${w.qualname}`;
    for (const f of ['name', 'qualname', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount', 'flags', 'varnames', 'cellvars', 'freevars', 'names'] as const) {
      if (JSON.stringify(g[f]) !== JSON.stringify(w[f])) return `${where}: ${f} ${JSON.stringify(g[f])} != ${JSON.stringify(w[f])}`;
    }
    const n = Math.max(g.code.length, w.code.length);
    for (let i = 0; i < n; i++) {
      const gi = g.code[i];
      const wi = w.code[i];
      if (!gi || !wi || gi[0] !== wi[0] || gi[1] !== wi[1]) {
        return `${where}: instruction ${i}: ${JSON.stringify(gi?.slice(0, 2))} != ${JSON.stringify(wi?.slice(0, 2))}\n${listing(g, w)}`;
      }
    }
    for (let i = 0; i < n; i++) {
      const gi = g.code[i]!;
      const wi = w.code[i]!;
      if (JSON.stringify(gi.slice(2)) !== JSON.stringify(wi.slice(2))) {
        return `${where}: positions of instruction ${i} ${wi[0]}: ${JSON.stringify(gi.slice(2))} != ${JSON.stringify(wi.slice(2))}`;
      }
    }
    if (g.consts.length !== w.consts.length) {
      return `${where}: co_consts ${JSON.stringify(g.consts.map((c) => c.repr ?? c.code))} != ${JSON.stringify(w.consts.map((c) => c.repr ?? c.code))}`;
    }
    for (let i = 0; i < g.consts.length; i++) {
      const e = constEq(g.consts[i]!, w.consts[i]!, checkIdentity ? ids : new Map(), checkIdentity ? rids : new Map(), `${where}: co_consts[${i}]`);
      if (e) return e;
    }
    if (JSON.stringify(g.exceptiontable) !== JSON.stringify(w.exceptiontable)) {
      return `${where}: exception table ${JSON.stringify(g.exceptiontable)} != ${JSON.stringify(w.exceptiontable)}`;
    }
    if (g.stacksize !== w.stacksize) return `${where}: stacksize ${g.stacksize} != ${w.stacksize}`;
    if (checkIdentity) {
      const e = idEq(g.names_id, w.names_id, ids, rids, `${where}: co_names tuple`) ?? idEq(g.consts_id, w.consts_id, ids, rids, `${where}: co_consts tuple`);
      if (e) return e;
    }
  }
  return null;
}

function listing(g: CodeRecord, w: CodeRecord): string {
  const n = Math.max(g.code.length, w.code.length);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = g.code[i] ? `${g.code[i]![0]} ${g.code[i]![1] ?? ''}` : '';
    const b = w.code[i] ? `${w.code[i]![0]} ${w.code[i]![1] ?? ''}` : '';
    lines.push(`  ${String(i).padStart(3)} ${a.padEnd(36)} | ${b}${a === b ? '' : '   <<<'}`);
  }
  return lines.join('\n');
}
