// Seeded mutations of the differential corpus (test/differential/programs/**/*.py):
// token swaps, deletions and duplications, operand and operator changes, line
// edits, deep nesting and huge literals. Most mutants no longer compile or raise
// early; what matters is that none reaches an internal error.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './rng';

const PROGRAMS = join(__dirname, '..', 'differential', 'programs');

let corpus: { id: string; text: string }[] | null = null;

/** Every corpus program (sorted, so that a seed means the same program everywhere). */
export function corpusPrograms(): { id: string; text: string }[] {
  if (corpus !== null) return corpus;
  const out: { id: string; text: string }[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
      else if (name.endsWith('.py')) out.push({ id: `${prefix}${name.slice(0, -3)}`, text: readFileSync(p, 'latin1') });
    }
  };
  walk(PROGRAMS, '');
  corpus = out;
  return out;
}

/** Tokens roughly as Python's tokenizer splits a line: strings, numbers, names, operators, blanks. */
const TOKEN = /[rbuf]*'(?:[^'\\\n]|\\.)*'|[rbuf]*"(?:[^"\\\n]|\\.)*"|\d[\w.]*|[A-Za-z_]\w*|\*\*=?|\/\/=?|<<=?|>>=?|[=!<>]=|->|[+\-*/%&|^@]=|\s+|./g;

function tokens(line: string): string[] {
  return line.match(TOKEN) ?? [];
}

const OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '==', '!=', '<', '>', '<=', '>=', 'is', 'in', 'and', 'or', 'not'];
const OPERANDS = ['0', '-1', '1', '2**64', '10**400', '1e308', "''", 'None', '[]', '()', '{}', "'a' * 10**6", 'b"\\xff"', 'True',
  "float('nan')", '-2**63', '257', 'object()', 'len', 'print', 'sys'];

function isOperand(t: string): boolean {
  return /^[\w'"]/.test(t) && !KEYWORDS.has(t);
}
const KEYWORDS = new Set(['def', 'class', 'if', 'elif', 'else', 'for', 'while', 'in', 'is', 'not', 'and', 'or', 'return', 'try', 'except',
  'finally', 'raise', 'import', 'from', 'as', 'del', 'pass', 'break', 'continue', 'global', 'nonlocal', 'lambda', 'yield', 'with', 'assert']);

/** One mutation of the program's lines, in place. */
function mutateOnce(r: Rng, lines: string[]): void {
  if (lines.length === 0) {
    lines.push('pass');
    return;
  }
  const li = r.int(lines.length);
  const line = lines[li];
  const indent = /^\s*/.exec(line)![0];
  const toks = tokens(line);
  const solid = toks.map((t, i) => [t, i] as const).filter(([t]) => !/^\s+$/.test(t));
  const pickTok = (): number => (solid.length === 0 ? -1 : r.pick(solid)[1]);
  switch (r.int(13)) {
    case 0: { // swap two tokens of a line
      const i = pickTok(), j = pickTok();
      if (i < 0) return;
      [toks[i], toks[j]] = [toks[j], toks[i]];
      break;
    }
    case 1: { // delete a token
      const i = pickTok();
      if (i < 0) return;
      toks.splice(i, 1);
      break;
    }
    case 2: { // duplicate a token
      const i = pickTok();
      if (i < 0) return;
      toks.splice(i, 0, toks[i]);
      break;
    }
    case 3: { // change an operand
      const ops = solid.filter(([t]) => isOperand(t));
      if (ops.length === 0) return;
      toks[r.pick(ops)[1]] = r.chance(0.5) ? r.pick(OPERANDS) : r.pick(solid)[0];
      break;
    }
    case 4: { // change an operator
      const ops = solid.filter(([t]) => OPERATORS.includes(t));
      if (ops.length === 0) return;
      toks[r.pick(ops)[1]] = r.pick(OPERATORS);
      break;
    }
    case 5: // delete a line
      lines.splice(li, 1);
      return;
    case 6: // duplicate a line
      lines.splice(li, 0, line);
      return;
    case 7: { // swap two lines
      const lj = r.int(lines.length);
      [lines[li], lines[lj]] = [lines[lj], lines[li]];
      return;
    }
    case 8: { // nest an operand deeply in parentheses, brackets or calls
      const ops = solid.filter(([t]) => isOperand(t));
      if (ops.length === 0) return;
      const k = r.pick([20, 100, 200, 1000, 5000]);
      const [open, close] = r.pick([['(', ')'], ['[', ']'], ['(-', ')'], ['str(', ')'], ['[', ',]'], ['{0: ', '}']]);
      const i = r.pick(ops)[1];
      toks[i] = open.repeat(k) + toks[i] + close.repeat(k);
      break;
    }
    case 9: { // nest the line in blocks
      const k = r.pick([5, 20, 50, 101, 200]);
      const out: string[] = [];
      for (let d = 0; d < k; d++) out.push(`${indent}${' '.repeat(d)}${r.pick(['if True:', 'for _ in [0]:', 'while 1:', 'try:'])}`);
      if (out.some((l) => l.trimStart() === 'try:')) return; // a try needs its except: keep it simple
      out.push(`${indent}${' '.repeat(k)}${line.trimStart()}${out.some((l) => l.endsWith('while 1:')) ? '; break' : ''}`);
      lines.splice(li, 1, ...out);
      return;
    }
    case 10: { // a huge literal for an operand
      const ops = solid.filter(([t]) => isOperand(t));
      if (ops.length === 0) return;
      toks[r.pick(ops)[1]] = r.pick(['9'.repeat(r.pick([100, 4300, 5000, 20000])), `'${'x'.repeat(r.pick([1000, 100000]))}'`,
        `[${'0,'.repeat(r.pick([100, 10000]))}]`, `(${'1+'.repeat(r.pick([100, 3000]))}1)`, '2**2**20', "'a' * 2**28", "b'a' * 2**24"]);
      break;
    }
    case 11: { // a line of another corpus program, at this line's indentation
      const other = r.pick(corpusPrograms()).text.split('\n');
      lines.splice(li, 0, indent + other[r.int(other.length)].trimStart());
      return;
    }
    default: { // a token from elsewhere in the program
      const other = tokens(lines[r.int(lines.length)]).filter((t) => !/^\s+$/.test(t));
      const i = pickTok();
      if (i < 0 || other.length === 0) return;
      toks[i] = r.pick(other);
    }
  }
  lines[li] = toks.join('');
}

/** A mutant of a corpus program: the program and the number of mutations come from the seed. */
export function mutateProgram(seed: number): { from: string; source: string } {
  const r = new Rng(seed);
  const p = r.pick(corpusPrograms());
  const lines = p.text.split('\n');
  const n = r.pick([1, 1, 1, 2, 3, 5]);
  for (let i = 0; i < n; i++) mutateOnce(r, lines);
  return { from: p.id, source: lines.join('\n') };
}
