// The settrace goldens on disk (recorded from CPython 3.11.7 by scripts/record-settrace.mjs; format in
// README.md): which programs have one, and each decoded into full events, every line event carrying all the
// names bound in its frame (the file stores only the changes).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SETTRACE_DIR = dirname(fileURLToPath(import.meta.url));
export const SETTRACE_GOLDEN_DIR = join(SETTRACE_DIR, 'golden');
/** Programs showing the rules of RULES.md; their goldens are rules/NAME. */
export const RULE_PROGRAMS_DIR = join(SETTRACE_DIR, 'programs');
const DIFFERENTIAL_PROGRAMS_DIR = join(SETTRACE_DIR, '..', 'differential', 'programs');
/** Differential categories that are not traced (they never run). */
export const UNTRACED_CATEGORIES = ['syntax_errors'];

/** A bound name at a line event: its value's true ob_refcnt (sys.getrefcount would print one more). */
export interface NameRecord {
  name: string;
  refcnt: number;
  /** type(value).__name__ */
  type: string;
  /** The count depends on what CPython's startup built (small ints, interned strs, None, modules...). */
  static: boolean;
}

interface EventBase {
  /** co_qualname */
  qualname: string;
  firstLineno: number;
  /** PyFrame_GetLineNumber at the event (0 at the call event of a module). */
  lineno: number;
  /** Frames below this one (f_back count): 0 for the module and for __del__ run at interpreter exit. */
  depth: number;
}

export type SettraceEvent =
  | (EventBase & { kind: 'call' })
  | (EventBase & { kind: 'line'; names: NameRecord[] })
  /** returned: type(value).__name__, or null when the frame is left by an exception. */
  | (EventBase & { kind: 'return'; returned: string | null })
  | (EventBase & { kind: 'exception'; exception: string });

export interface SettraceGolden {
  python: string;
  /** Events of the program's own code in the whole run; only the first `recorded` are in `trace`. */
  events: number;
  recorded: number;
  /** Events of other files' code the program called (importlib for `import gc`, weakref.py): not recorded. */
  otherCode: number;
  /** Whether the traced run printed what the untraced `python FILE` prints (README: what tracing changes). */
  sameOutput: boolean;
  trace: SettraceEvent[];
}

type RawNames = ([string] | [string, number, string, boolean])[];
type RawEvent = [string, number, number, number, ...unknown[]];
interface RawGolden extends Omit<SettraceGolden, 'trace'> {
  codes: [string, number][];
  trace: RawEvent[];
}

/** "category/name" of every program that has (or should have) a golden: differential ones, then rules/. */
export function listTracedPrograms(): string[] {
  const ids: string[] = [];
  for (const category of readdirSync(DIFFERENTIAL_PROGRAMS_DIR).sort()) {
    const dir = join(DIFFERENTIAL_PROGRAMS_DIR, category);
    if (UNTRACED_CATEGORIES.includes(category) || !statSync(dir).isDirectory()) continue;
    ids.push(...pythonFiles(dir).map((name) => `${category}/${name}`));
  }
  ids.push(...pythonFiles(RULE_PROGRAMS_DIR).map((name) => `rules/${name}`));
  return ids;
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir).sort().filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -'.py'.length));
}

/** The program a golden was recorded from. */
export function tracedProgramPath(id: string): string {
  const [category, name] = id.split('/');
  return category === 'rules' ? join(RULE_PROGRAMS_DIR, `${name}.py`) : join(DIFFERENTIAL_PROGRAMS_DIR, `${id}.py`);
}

/** "category/name" of every golden on disk, sorted. */
export function listSettraceGoldens(): string[] {
  const ids: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.json')) ids.push(relative(SETTRACE_GOLDEN_DIR, p).split(sep).join('/').slice(0, -5));
    }
  };
  if (existsSync(SETTRACE_GOLDEN_DIR)) walk(SETTRACE_GOLDEN_DIR);
  return ids.sort();
}

/** A golden with its events decoded: code indexes resolved, each line event's names complete. */
export function readSettraceGolden(id: string): SettraceGolden {
  const raw = JSON.parse(readFileSync(join(SETTRACE_GOLDEN_DIR, `${id}.json`), 'utf8')) as RawGolden;
  const { codes, trace, ...header } = raw;
  // The names of the innermost activations (call ... return), which each line event's changes update.
  const activations: Map<string, NameRecord>[] = [];
  const events = trace.map((e): SettraceEvent => {
    const [kind, code, lineno, depth, arg] = e;
    const [qualname, firstLineno] = codes[code];
    const base = { qualname, firstLineno, lineno, depth };
    switch (kind) {
      case 'call':
        activations.push(new Map());
        return { kind, ...base };
      case 'return':
        activations.pop();
        return { kind, ...base, returned: arg as string | null };
      case 'exception':
        return { kind, ...base, exception: arg as string };
      case 'line': {
        if (activations.length === 0) throw new Error(`${id}: a line event outside any call`);
        const names = activations[activations.length - 1];
        for (const [name, refcnt, type, isStatic] of arg as RawNames) {
          if (refcnt === undefined) names.delete(name);
          else names.set(name, { name, refcnt, type: type as string, static: isStatic as boolean });
        }
        return { kind, ...base, names: [...names.values()] };
      }
      default:
        throw new Error(`${id}: unknown event ${JSON.stringify(e)}`);
    }
  });
  return { ...header, trace: events };
}
