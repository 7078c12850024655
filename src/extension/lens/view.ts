// What the editor shows for one background run, computed in the worker from the
// model's summary: lens titles and tooltips, the hovers of the names written on each
// line, diagnostics. Plain data (posted from the worker to the extension host), kept
// small: the host deserialises it on the thread that serves keystrokes.

import type { LineSummary, SourceSummary } from '../../model/trace/types';
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

/** What a hover on a line that ran needs to ask the worker for its names' objects. */
export interface HoverTarget {
  line: number;
  code: string;
  executions: number;
  end: { step: number; seq: number };
  frameSerial: number;
}

export interface SummaryView {
  python: string;
  steps: number;
  stoppedAfter?: number;
  exitCode: number;
  lenses: LensView[];
  /** Per line that ran, the names written on it and where to find their objects (the worker
   *  describes them on demand). */
  hovers: Record<number, { names: string[]; target: HoverTarget }>;
  /** Lines where code starts (see SourceSummary.codeLines). */
  codeLines: number[];
  diagnostics: DiagnosticView[];
}

const IDENTIFIER = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/g;

export interface ViewOptions {
  showRuntimeObjects: boolean;
}

export function summaryView(s: SourceSummary, source: string, opts: ViewOptions): SummaryView {
  const text = sourceLines(source);
  const lenses: LensView[] = [];
  const hovers: SummaryView['hovers'] = {};
  for (const l of s.lines) {
    lenses.push(lineLens(l, opts));
    hovers[l.line] = lineHover(l, text);
  }
  lenses.push(...endLenses(s));
  return viewOf(s, lenses, hovers);
}

export function sourceLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/** The lens above a line that ran. */
export function lineLens(l: LineSummary, opts: ViewOptions): LensView {
  return { line: l.line, title: lensTitle(l, opts.showRuntimeObjects), tooltip: lensTooltip(l, opts.showRuntimeObjects), startStep: l.lastStep, step: l.endStep };
}

/** The names written on a line that ran, and where a hover finds their objects. */
export function lineHover(l: LineSummary, text: readonly string[]): SummaryView['hovers'][number] {
  return {
    names: [...new Set((text[l.line - 1] ?? '').replace(/#.*$/, '').match(IDENTIFIER) ?? [])],
    target: { line: l.line, code: l.code, executions: l.executions, end: l.end, frameSerial: l.frameSerial },
  };
}

/** The lenses that follow the lines' (known once the run has ended): the uncaught exception,
 *  the step bound. */
export function endLenses(s: SourceSummary): LensView[] {
  const lenses: LensView[] = [];
  if (s.exception !== undefined) {
    const x = s.exception;
    lenses.push({ line: x.line, title: `raised ${x.type}${x.message !== '' ? `: ${x.message}` : ''}`, tooltip: s.result.stderr, startStep: s.steps, step: s.steps });
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
  return lenses;
}

/** The view of a finished run with these lenses and hovers. */
export function viewOf(s: SourceSummary, lenses: LensView[], hovers: SummaryView['hovers']): SummaryView {
  const diagnostics: DiagnosticView[] = [];
  if (s.error !== undefined) {
    const e = s.error;
    diagnostics.push({ line: e.line, column: e.column, length: e.length, severity: 'error', message: `${e.type}: ${e.message}` });
  }
  // An unsupported builtin or feature met at run time: CPython would have run on.
  if (s.exception?.type === 'NotImplementedError') {
    const x = s.exception;
    diagnostics.push({ line: x.line, severity: 'warning', message: `${x.type}: ${x.message}` });
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

/** The hover for `name` at `line`: where the worker finds its object when the line ran,
 *  "never ran" for a line with code of its own, null elsewhere (comments, continuation lines). */
export function hoverFor(v: SummaryView, line: number, name: string): { target: HoverTarget } | string | null {
  const onLine = v.hovers[line];
  if (onLine !== undefined) return onLine.names.includes(name) ? { target: onLine.target } : null;
  if (v.codeLines.includes(line)) return notRunMarkdown(line, { python: v.python, stoppedAfter: v.stoppedAfter });
  return null;
}

/** The hover's Markdown for `name` at the end of the target line's last execution (in the worker). */
export function describeHover(target: HoverTarget, name: string, python: string, found: { bindings: LineSummary['bindings']; omitted: number }): string {
  const l = { line: target.line, code: target.code, executions: target.executions, bindings: found.bindings } as LineSummary;
  return hoverMarkdown(l, name, python);
}
