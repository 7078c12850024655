// The Timeline view: a slider over the stops the session has visited (time travel: the
// host moves the debuggee there), the steps where collections ran, the selected object's
// reference count over time as a small chart, and the program's output so far.

import { attrs, clear, esc, h } from '../dom';
import { hex, thousands } from '../format';
import type { RefcntPoint, Timeline } from '../types';
import type { View, ViewContext } from './context';

const CHART_W = 640;
const CHART_H = 180;
const M = { l: 44, r: 12, t: 12, b: 28 };

/** The refcount chart as SVG markup: one point per visited stop, gaps where the object did not exist. */
export function chartMarkup(tl: Timeline, points: RefcntPoint[], current: number, label: string): string {
  const steps = tl.steps.map((s) => s.step);
  const byStep = new Map(points.map((p) => [p.step, p.ob_refcnt]));
  const max = Math.max(1, ...points.map((p) => p.ob_refcnt));
  const n = Math.max(1, steps.length - 1);
  const x = (i: number) => M.l + (i / n) * (CHART_W - M.l - M.r);
  const y = (v: number) => CHART_H - M.b - (v / max) * (CHART_H - M.t - M.b);
  let s = `<svg${attrs({ class: 'tl-chart', xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${CHART_W} ${CHART_H}`, width: CHART_W, height: CHART_H, role: 'img', 'aria-label': label })}>`;
  s += `<line class="tl-axis" x1="${M.l}" y1="${CHART_H - M.b}" x2="${CHART_W - M.r}" y2="${CHART_H - M.b}"></line>`;
  s += `<line class="tl-axis" x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${CHART_H - M.b}"></line>`;
  for (const v of max <= 4 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max]) {
    s += `<text class="tl-tick" x="${M.l - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text><line class="tl-grid" x1="${M.l}" y1="${y(v)}" x2="${CHART_W - M.r}" y2="${y(v)}"></line>`;
  }
  for (const c of tl.collections) {
    const i = steps.indexOf(c.step);
    if (i >= 0) s += `<line class="tl-gc" x1="${x(i)}" y1="${M.t}" x2="${x(i)}" y2="${CHART_H - M.b}"><title>collection of generation ${c.generation} at step ${c.step}</title></line>`;
  }
  const ci = steps.indexOf(current);
  if (ci >= 0) s += `<line class="tl-now" x1="${x(ci)}" y1="${M.t}" x2="${x(ci)}" y2="${CHART_H - M.b}"></line>`;
  let d = '';
  let pen = false;
  steps.forEach((st, i) => {
    const v = byStep.get(st);
    if (v === undefined) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  if (d !== '') s += `<path class="tl-line" d="${d}"></path>`;
  if (steps.length <= 400) {
    steps.forEach((st, i) => {
      const v = byStep.get(st);
      if (v !== undefined) s += `<circle${attrs({ class: st === current ? 'tl-point tl-point-now' : 'tl-point', cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: st === current ? 4 : 2.5, 'data-step': st, 'data-refcnt': v })}><title>${esc(`step ${st}: ob_refcnt ${v}`)}</title></circle>`;
    });
  }
  s += `<text class="tl-tick" x="${M.l}" y="${CHART_H - 8}">step ${steps[0] ?? ''}</text><text class="tl-tick" x="${CHART_W - M.r}" y="${CHART_H - 8}" text-anchor="end">step ${steps[steps.length - 1] ?? ''}</text>`;
  return s + '</svg>';
}

export class TimelineView implements View {
  readonly root: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly where: HTMLElement;
  private readonly marks: HTMLElement;
  private readonly chart: HTMLElement;
  private readonly gcList: HTMLElement;
  private readonly output: HTMLElement;

  constructor(private readonly ctx: ViewContext) {
    this.slider = h('input', { type: 'range', class: 'tl-slider', min: 0, max: 0, value: 0, step: 1, 'aria-label': 'Step: ← and → move through the stops visited' });
    this.where = h('p', { class: 'tl-where', 'aria-live': 'polite' });
    this.marks = h('div', { class: 'tl-marks', 'aria-label': 'Collections' });
    this.chart = h('div', { class: 'tl-chart-box' });
    this.gcList = h('ul', { class: 'tl-gcs' });
    this.output = h('pre', { class: 'tl-output', tabindex: 0, 'aria-label': 'Program output so far' });
    const btn = (label: string, title: string, d: number) => {
      const b = h('button', { type: 'button', class: 'tool', title, 'aria-label': title }, label);
      b.addEventListener('click', () => this.stepBy(d));
      return b;
    };
    this.root = h('section', { class: 'view view-timeline', 'data-view': 'timeline', role: 'tabpanel', 'aria-label': 'Timeline', id: 'view-timeline', hidden: true },
      h('h2', { class: 'view-title' }, 'Time travel'),
      h('div', { class: 'tl-row' }, btn('◀', 'Previous stop', -1), h('div', { class: 'tl-track' }, this.slider, this.marks), btn('▶', 'Next stop', 1)),
      this.where,
      h('h2', { class: 'view-title' }, 'Reference count of the selected object'),
      this.chart,
      h('h2', { class: 'view-title' }, 'Collections'),
      this.gcList,
      h('h2', { class: 'view-title' }, 'Output so far'),
      this.output);
    // The slider moves as it is dragged; the host is asked once it is let go (or at each key).
    this.slider.addEventListener('input', () => this.showWhere(Number(this.slider.value)));
    this.slider.addEventListener('change', () => this.goto(Number(this.slider.value)));
    this.marks.addEventListener('click', (e) => {
      const m = (e.target as Element).closest('[data-step]');
      if (m !== null) this.ctx.gotoStep(Number(m.getAttribute('data-step')));
    });
    this.gcList.addEventListener('click', (e) => {
      const m = (e.target as Element).closest('[data-step]');
      if (m !== null) this.ctx.gotoStep(Number(m.getAttribute('data-step')));
    });
  }

  private steps(): Timeline['steps'] {
    return this.ctx.store.timeline?.steps ?? [];
  }

  private stepBy(d: number): void {
    const i = Number(this.slider.value) + d;
    if (i < 0 || i >= this.steps().length) return;
    this.slider.value = String(i);
    this.goto(i);
  }

  private goto(i: number): void {
    const st = this.steps()[i];
    if (st !== undefined && st.step !== this.ctx.store.snap?.step) this.ctx.gotoStep(st.step);
  }

  private showWhere(i: number): void {
    const st = this.steps()[i];
    const s = this.ctx.store.snap;
    if (st === undefined) {
      this.where.textContent = s !== undefined ? `step ${s.step} · line ${s.line}` : 'no stops yet';
      return;
    }
    const why = st.event === 'line' ? '' : ` · ${st.event}`;
    this.where.textContent = `Stop ${i + 1} of ${this.steps().length}: step ${st.step}, line ${st.line}${why}${st.step === s?.step ? '' : ' — release to go there'}`;
  }

  update(): void {
    const store = this.ctx.store;
    const tl = store.timeline;
    const s = store.snap;
    const steps = this.steps();
    const cur = s === undefined ? -1 : steps.findIndex((st) => st.step === s.step);
    this.slider.max = String(Math.max(0, steps.length - 1));
    this.slider.disabled = steps.length < 2;
    if (cur >= 0) this.slider.value = String(cur);
    this.showWhere(cur >= 0 ? cur : Number(this.slider.value));

    // Collection marks along the slider.
    clear(this.marks);
    clear(this.gcList);
    if (tl !== undefined && steps.length > 0) {
      const n = Math.max(1, steps.length - 1);
      let html = '';
      for (const c of tl.collections) {
        let i = steps.findIndex((st) => st.step >= c.step);
        if (i < 0) i = steps.length - 1;
        html += `<button${attrs({ type: 'button', class: 'tl-mark', 'data-step': steps[i].step, 'data-pos': ((i / n) * 100).toFixed(2), title: `collection of generation ${c.generation} at step ${c.step}: ${c.collected} unreachable` })}></button>`;
      }
      this.marks.innerHTML = html;
      // Positions through CSSOM (the CSP allows no style attributes in markup).
      this.marks.querySelectorAll<HTMLElement>('.tl-mark').forEach((el) => { el.style.left = `${el.dataset.pos}%`; });
      for (const c of tl.collections) {
        this.gcList.append(h('li', {}, h('button', { type: 'button', class: 'link', 'data-step': c.step }, `step ${c.step}`),
          `: generation ${c.generation} collected, ${c.collected} unreachable object${c.collected === 1 ? '' : 's'} found`));
      }
    }
    if (tl === undefined || tl.collections.length === 0) this.gcList.append(h('li', { class: 'view-empty' }, 'No collection has run in the stops visited.'));

    this.renderChart();
    this.output.textContent = s === undefined ? '' : s.stdout + (s.stderr !== '' ? `\n${s.stderr}` : '');
    if (s !== undefined && s.stdout === '' && s.stderr === '') this.output.textContent = '(nothing printed yet)';
  }

  private renderChart(): void {
    const store = this.ctx.store;
    clear(this.chart);
    const sel = store.selection;
    const tl = store.timeline;
    if (sel === null) {
      this.chart.append(h('p', { class: 'view-empty' }, 'Select an object (in any view) to see its reference count at each stop.'));
      return;
    }
    const o = store.index.get(sel);
    const hist = store.history;
    if (tl === undefined || hist === undefined || hist.id !== sel) {
      this.chart.append(h('p', { class: 'view-empty' }, 'Loading the history…'));
      return;
    }
    const label = `ob_refcnt of ${o?.type ?? 'object'} id ${sel} (${hex(sel)}) at each stop`;
    this.chart.append(h('p', { class: 'tl-chart-title', 'data-id': sel }, label));
    const box = h('div', { class: 'tl-chart-svg' });
    box.innerHTML = chartMarkup(tl, hist.points, store.snap?.step ?? -1, label);
    this.chart.append(box);
    if (hist.points.length > 0) {
      const last = hist.points[hist.points.length - 1];
      this.chart.append(h('p', { class: 'view-help' }, `${thousands(hist.points.length)} stop${hist.points.length === 1 ? '' : 's'} with this object; at step ${last.step}: ${last.ob_refcnt}.`));
    }
  }

  selectionChanged(): void {
    this.renderChart();
  }

  saveState(): undefined {
    return undefined;
  }

  restoreState(): void {}
}
