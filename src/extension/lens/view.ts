// What the editor shows for one background run, computed in the worker from the
// model's summary: lens titles and tooltips, the hovers of the names written on each
// line, diagnostics. Plain data (posted from the worker to the extension host), kept
// small: the host deserialises it on the thread that serves keystrokes.

import type { SourceSummary } from '../../model/trace/types';
import { hoverMarkdown, lensTitle, lensTooltip, notRunMarkdown } from './format';

export interface LensView {
  line: number;
  title: string;
  tooltip: string;
  /** Steps when the line's last execution started and ended (the memory panel opens at `step`). */
  startStep: number;
  step: number;
}

export interface DiagnosticView {
  line: number;
  /** 0-based; the whole line when absent. */
  column?: number;
  length?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface SummaryView {
  python: string;
  steps: number;
  stoppedAfter?: number;
  exitCode: number;
  lenses: LensView[];
  /** Per line, the hover of each name written on it (Markdown). */
  hovers: Record<number, Record<string, string>>;
  /** Lines where code starts (see SourceSummary.codeLines). */
  codeLines: number[];
  diagnostics: DiagnosticView[];
}

const IDENTIFIER = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/g;

export interface ViewOptions {
  showRuntimeObjects: boolean;
}

export function summaryView(s: SourceSummary, source: string, opts: ViewOptions): SummaryView {
  const text = source.split(/\r\n|\r|\n/);
  const lenses: LensView[] = [];
  const hovers: Record<number, Record<string, string>> = {};
  // Names some line of a code object binds: a hover on one of them where it is not
  // bound says so; other words (builtins, attributes) get no hover.
  const boundIn = new Map<string, Set<string>>();
  for (const l of s.lines) {
    const names = boundIn.get(l.code) ?? new Set<string>();
    for (const b of l.bindings ?? []) names.add(b.name);
    boundIn.set(l.code, names);
  }
  for (const l of s.lines) {
    lenses.push({ line: l.line, title: lensTitle(l, opts.showRuntimeObjects), tooltip: lensTooltip(l, opts.showRuntimeObjects), startStep: l.lastStep, step: l.endStep });
    const onLine: Record<string, string> = {};
    const known = boundIn.get(l.code) ?? new Set<string>();
    for (const name of new Set((text[l.line - 1] ?? '').match(IDENTIFIER) ?? [])) {
      const bound = l.bindings?.some((b) => b.name === name) ?? false;
      if (bound || known.has(name) || l.bindings === null) onLine[name] = hoverMarkdown(l, name, s.python);
    }
    hovers[l.line] = onLine;
  }
  const diagnostics: DiagnosticView[] = [];
  if (s.error !== undefined) {
    const e = s.error;
    diagnostics.push({ line: e.line, column: e.column, length: e.length, severity: 'error', message: `${e.type}: ${e.message}` });
  }
  if (s.exception !== undefined) {
    const x = s.exception;
    lenses.push({ line: x.line, title: `raised ${x.type}${x.message !== '' ? `: ${x.message}` : ''}`, tooltip: s.result.stderr, startStep: s.steps, step: s.steps });
    // An unsupported builtin or feature met at run time: CPython would have run on.
    if (x.type === 'NotImplementedError') diagnostics.push({ line: x.line, severity: 'warning', message: `${x.type}: ${x.message}` });
  }
  if (s.stoppedAfter !== undefined) {
    lenses.push({
      line: 1,
      title: `PyHeap: stopped after ${s.stoppedAfter} steps (pyheap.codeLens.maxSteps) — lenses show what ran until then`,
      tooltip: 'The background run has a bound so that an endless loop cannot run forever. Raise pyheap.codeLens.maxSteps to see more.',
      startStep: s.stoppedAfter,
      step: s.stoppedAfter,
    });
  }
  return {
    python: s.python,
    steps: s.steps,
    stoppedAfter: s.stoppedAfter,
    exitCode: s.result.exitCode,
    lenses,
    hovers,
    codeLines: s.codeLines,
    diagnostics,
  };
}

/** The hover for `name` at `line`, or null: from the run when the line ran, "never ran"
 *  for a line with code of its own, nothing elsewhere (comments, continuation lines). */
export function hoverFor(v: SummaryView, line: number, name: string): string | null {
  const onLine = v.hovers[line];
  if (onLine !== undefined) return onLine[name] ?? null;
  if (v.codeLines.includes(line)) return notRunMarkdown(line, { python: v.python, stoppedAfter: v.stoppedAfter });
  return null;
}
