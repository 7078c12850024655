// Line breakpoints of one program: where a line event can happen (lines that have
// code in any code object of the module), a requested line with none moved to the next
// line that has (as VS Code expects the adapter to report it), hit counts and DAP's
// hitCondition as debugpy reads it ('5', '== 5', '>= 5', '% 3 == 0').

import { parse } from '../syntax/index';
import { compile } from '../compiler/compile';
import type { CodeUnit } from '../compiler/code';
import type { LineBreakpoint, LineBreakpointSpec } from './types';

/** The lines where CPython 3.11 can fire a line event: every line that an instruction
 *  of any code object in the module belongs to. Empty when the source does not compile. */
export function executableLines(source: string, filename: string): Set<number> {
  const lines = new Set<number>();
  let code: CodeUnit;
  try {
    code = compile(parse(source, filename), filename, { source }).code;
  } catch {
    return lines;
  }
  const walk = (c: CodeUnit): void => {
    const p = c.co_positions;
    for (let i = 0; i < p.length; i += 4) if (p[i] > 0) lines.add(p[i]);
    for (const k of c.co_consts) if ('code' in k) walk(k.code);
  };
  walk(code);
  return lines;
}

const HIT = /^\s*(==|>=|>|<=|<|%)?\s*(\d+)\s*(?:==\s*(\d+))?\s*$/;

/** Whether the n-th hit passes a DAP hitCondition (a bare number means "on that hit and after", as debugpy). */
export function hitConditionMet(cond: string, n: number): boolean | 'invalid' {
  const m = HIT.exec(cond);
  if (m === null) return 'invalid';
  const v = Number(m[2]);
  switch (m[1]) {
    case undefined: case '>=': return n >= v;
    case '==': return n === v;
    case '>': return n > v;
    case '<=': return n <= v;
    case '<': return n < v;
    case '%': return v !== 0 && n % v === Number(m[3] ?? 0);
    default: return 'invalid';
  }
}

export class BreakpointTable {
  private nextId = 1;
  private byLine = new Map<number, LineBreakpoint[]>();
  /** Hits so far per breakpoint id, in the current run (reset by a replay: hits are history). */
  readonly hits = new Map<number, number>();

  constructor(private readonly lines: Set<number>) {}

  /** Counts the changes (a continue that watches the breakpoints' lines watches the new ones). */
  version = 0;

  /** Replaces every breakpoint (DAP setBreakpoints sends the whole list for a file). */
  set(specs: readonly LineBreakpointSpec[]): LineBreakpoint[] {
    this.version++;
    const old = new Map<string, number>();
    for (const list of this.byLine.values()) for (const b of list) old.set(`${b.line}|${b.condition ?? ''}|${b.hitCondition ?? ''}|${b.logMessage ?? ''}`, b.id);
    this.byLine = new Map();
    const out: LineBreakpoint[] = [];
    const max = this.lines.size === 0 ? 0 : Math.max(...this.lines);
    for (const s of specs) {
      let actual = s.line;
      while (actual <= max && !this.lines.has(actual)) actual++;
      const verified = this.lines.has(actual);
      const key = `${s.line}|${s.condition ?? ''}|${s.hitCondition ?? ''}|${s.logMessage ?? ''}`;
      const bp: LineBreakpoint = { ...s, id: old.get(key) ?? this.nextId++, verified, actualLine: verified ? actual : s.line };
      if (!verified) bp.message = `Line ${s.line} has no code to stop at, and no line after it has`;
      else if (s.hitCondition !== undefined && s.hitCondition !== '' && hitConditionMet(s.hitCondition, 1) === 'invalid') {
        bp.message = `Hit condition "${s.hitCondition}" is not understood: use a number, or == n, >= n, > n, % n`;
      }
      out.push(bp);
      if (!verified) continue;
      const list = this.byLine.get(actual);
      if (list === undefined) this.byLine.set(actual, [bp]);
      else list.push(bp);
    }
    return out;
  }

  at(line: number): readonly LineBreakpoint[] | undefined {
    return this.byLine.get(line);
  }

  get size(): number {
    return this.byLine.size;
  }

  /** The lines that have breakpoints (what a continue watches). */
  watched(): ReadonlySet<number> {
    return new Set(this.byLine.keys());
  }

  /** Lines of the program where a breakpoint can stop, between two lines (DAP breakpointLocations). */
  locations(from: number, to: number): number[] {
    const out: number[] = [];
    for (const l of this.lines) if (l >= from && l <= to) out.push(l);
    return out.sort((a, b) => a - b);
  }

  /** Counts a hit of bp and says whether its hit condition lets it act. */
  hit(bp: LineBreakpoint): boolean {
    const n = (this.hits.get(bp.id) ?? 0) + 1;
    this.hits.set(bp.id, n);
    if (bp.hitCondition === undefined || bp.hitCondition.trim() === '') return true;
    return hitConditionMet(bp.hitCondition, n) === true;
  }
}
