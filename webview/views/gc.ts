// The GC view: the three generations as lanes with the objects each tracks, count /
// threshold gauges that fill as the program allocates, and the last collection phase by
// phase, as gc_collect_main (Modules/gcmodule.c) runs it: update_refs → subtract_refs →
// move_unreachable → finalizers → clear, with each object's gc_refs, the unreachable set,
// what was finalized and freed, and where the survivors went.

import { clear, gauge, h, legend } from '../dom';
import { clip, hex, thousands } from '../format';
import type { GcCollectionEvent, GcSnap, ObjectSnap } from '../types';
import type { View, ViewContext } from './context';

const PHASES = [
  { name: 'update_refs', text: 'Each object in the collected generations gets gc_refs = ob_refcnt: every reference to it, from anywhere.' },
  { name: 'subtract_refs', text: 'Every reference from one collected object to another is subtracted. What is left in gc_refs is the references from outside: names, frames, older generations.' },
  { name: 'move_unreachable', text: 'Objects with gc_refs > 0 are reachable, and so is everything they reach. The rest is unreachable: only references among themselves (cycles) keep them alive.' },
  { name: 'finalizers', text: 'Unreachable objects with __del__ (tp_finalize) are finalized, once each (PEP 442). A finalizer that makes an object reachable again resurrects it.' },
  { name: 'clear', text: 'tp_clear breaks the cycles; reference counting then frees the garbage. The survivors move to the next generation.' },
] as const;

const GEN_HELP = [
  'Generation 0 holds new container objects. Its count is allocations minus deallocations of GC-tracked objects since its last collection; when it exceeds the threshold (700), generation 0 is collected.',
  'Generation 1 holds survivors of one collection. Its count is the number of generation-0 collections since it was last collected; above its threshold (10), generation 1 is collected too.',
  'Generation 2 holds long-lived objects. Its count is the number of generation-1 collections since its last collection; a full collection also waits until the objects waiting for it exceed 25% of the long-lived ones.',
];

const LANE_CHIPS = 150;
const TABLE_ROWS = 300;

interface SavedState {
  phase?: number;
  step?: number;
}

export class GcView implements View {
  readonly root: HTMLElement;
  private readonly gens: HTMLElement;
  private readonly stats: HTMLElement;
  private readonly last: HTMLElement;
  private phase = 4;
  private shownStep: number | undefined;

  constructor(private readonly ctx: ViewContext) {
    this.gens = h('div', { class: 'gc-gens' });
    this.stats = h('p', { class: 'gc-stats' });
    this.last = h('div', { class: 'gc-last' });
    const legendEl = legend([
      ['lg-chip', 'tracked object · refcount', 'An object the collector tracks (containers: lists, dicts, instances, functions, classes...)'],
      ['lg-unreach', 'unreachable', 'Found unreachable by the last collection'],
      ['lg-final', 'finalized', 'Its __del__ ran in the last collection'],
      ['lg-freed', 'freed', 'Freed by the last collection'],
    ]);
    this.root = h('section', { class: 'view view-gc', 'data-view': 'gc', role: 'tabpanel', 'aria-label': 'Garbage collector', id: 'view-gc', hidden: true },
      h('h2', { class: 'view-title' }, 'Generations'), this.gens, this.stats, h('h2', { class: 'view-title' }, 'Last collection'), this.last, legendEl);
    this.root.addEventListener('click', (e) => {
      const chip = (e.target as Element).closest('[data-id]');
      if (chip !== null && !chip.classList.contains('gone')) this.ctx.select(Number(chip.getAttribute('data-id')));
    });
  }

  update(): void {
    const s = this.ctx.store.snap;
    clear(this.gens);
    this.stats.textContent = '';
    if (s === undefined) {
      clear(this.last);
      this.lastKey = '';
      this.gens.append(h('p', { class: 'view-empty' }, 'No program state yet.'));
      return;
    }
    const gc = s.gc;
    gc.generations.forEach((g, i) => this.gens.append(this.generation(gc, i)));
    this.stats.append(
      `Collections so far: generation 0: ${gc.collections[0]}, generation 1: ${gc.collections[1]}, generation 2: ${gc.collections[2]}. `,
      `Long-lived objects: ${thousands(gc.longLivedTotal)}, waiting for a full collection: ${thousands(gc.longLivedPending)}. `,
      gc.enabled ? 'Automatic collection is on.' : 'Automatic collection is off (gc.disable()).',
      gc.permanent > 0 ? ` ${thousands(gc.permanent)} objects frozen in the permanent generation (gc.freeze()).` : '',
    );
    if (gc.last === undefined) {
      clear(this.last);
      this.lastKey = '';
      this.last.append(h('p', { class: 'view-empty' }, 'No collection has run yet in this session. One runs when generation 0\'s count exceeds its threshold, or at gc.collect().'));
      return;
    }
    if (this.shownStep !== gc.last.step) {
      // A collection not seen before: its outcome first (every phase's facts); the stepper walks back.
      this.phase = PHASES.length - 1;
      this.shownStep = gc.last.step;
      this.ctx.persist();
    }
    // The same collection as drawn: keep its table (steps after a collection leave it as it is).
    const key = `${gc.last.step}|${gc.last.generation}|${gc.last.examined.length}|${this.phase}|${this.ctx.options.showAll}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    clear(this.last);
    this.collection(gc.last);
  }

  private lastKey = '';

  selectionChanged(): void {
    const sel = this.ctx.store.selection;
    this.root.querySelectorAll('[data-id]').forEach((el) => el.classList.toggle('selected', Number(el.getAttribute('data-id')) === sel));
  }

  private chip(id: number, o: ObjectSnap | undefined, type: string, extra: string[] = [], text?: string): HTMLElement {
    const sel = this.ctx.store.selection === id;
    const label = text ?? (o !== undefined ? `${o.type} · ${o.ob_refcnt}` : type);
    const title = o !== undefined ? `${o.type} ${clip(o.repr, 120)}\nid ${id} (${hex(id)})\nob_refcnt ${o.ob_refcnt}` : `${type} id ${id} (${hex(id)}): no longer alive`;
    return h('button', { type: 'button', class: ['chip', ...extra, sel ? 'selected' : '', o === undefined ? 'gone' : ''].filter(Boolean).join(' '), 'data-id': id, title, role: 'listitem' }, label);
  }

  private generation(gc: GcSnap, i: number): HTMLElement {
    const g = gc.generations[i];
    const index = this.ctx.store.index;
    const showAll = this.ctx.options.showAll;
    const lane = h('div', { class: 'gc-lane', role: 'list', 'aria-label': `Objects tracked in generation ${i}` });
    let shown = 0, runtime = 0, more = 0;
    for (const id of g.objects) {
      const o = index.get(id);
      if (o === undefined || (!showAll && (o.flags.runtime || o.flags.internal))) {
        runtime++;
        continue;
      }
      if (shown >= LANE_CHIPS) {
        more++;
        continue;
      }
      lane.append(this.chip(id, o, o.type));
      shown++;
    }
    if (shown === 0 && runtime === 0) lane.append(h('span', { class: 'lane-note' }, 'empty'));
    if (more > 0) lane.append(h('span', { class: 'lane-note' }, `+ ${thousands(more)} more`));
    if (runtime > 0) lane.append(h('span', { class: 'lane-note', title: 'Objects of the interpreter itself (modules, builtins, code...): "Show runtime objects" draws them' }, `+ ${thousands(runtime)} runtime object${runtime === 1 ? '' : 's'}`));
    if (g.objectsTruncated) lane.append(h('span', { class: 'lane-note' }, '(list cut short in the snapshot)'));
    const over = g.count > g.threshold;
    const meter = gauge(g.count, g.threshold, `generation ${i}: count ${g.count} of threshold ${g.threshold}`, over ? 'over' : '');
    return h('div', { class: 'gc-gen', 'data-gen': i },
      h('div', { class: 'gc-gen-head', title: GEN_HELP[i] },
        h('span', { class: 'gc-gen-name' }, `Generation ${i}`),
        meter,
        h('span', { class: `gauge-text${over ? ' over' : ''}`, 'data-count': g.count, 'data-threshold': g.threshold }, `count ${thousands(g.count)} / threshold ${thousands(g.threshold)}`),
        h('span', { class: 'gc-gen-size' }, `${thousands(g.objects.length)}${g.objectsTruncated ? '+' : ''} tracked`),
      ),
      lane);
  }

  private collection(ev: GcCollectionEvent & { step: number }): void {
    const gens = ev.generation === 0 ? 'generation 0' : `generations 0–${ev.generation}`;
    const trigger = ev.trigger === 'gc.collect' ? 'by gc.collect()' : `automatically (generation ${ev.generation}'s count went over its threshold)`;
    this.last.append(h('p', { class: 'gc-last-head' },
      h('button', { type: 'button', class: 'link', 'data-step': ev.step, title: 'Go to this step' }, `Step ${ev.step}`),
      `: ${gens} collected ${trigger}. Counts before: (${ev.countsBefore.join(', ')}).`));
    this.last.querySelector('[data-step]')?.addEventListener('click', () => this.ctx.gotoStep(ev.step));

    const stepper = h('ol', { class: 'phases', role: 'tablist', 'aria-label': 'Phases of the collection' });
    PHASES.forEach((p, i) => {
      const b = h('button', { type: 'button', role: 'tab', class: 'phase', 'aria-selected': i === this.phase ? 'true' : 'false', 'data-phase': i }, `${i + 1}. ${p.name}`);
      b.addEventListener('click', () => this.setPhase(i));
      stepper.append(h('li', {}, b));
    });
    stepper.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        this.setPhase(Math.max(0, Math.min(PHASES.length - 1, this.phase + (e.key === 'ArrowRight' ? 1 : -1))));
        (this.last.querySelector(`[data-phase="${this.phase}"]`) as HTMLElement | null)?.focus();
      }
    });
    this.last.append(stepper, h('p', { class: 'phase-text' }, PHASES[this.phase].text));

    const unreachable = new Set(ev.unreachable.map((r) => r.id));
    const finalized = new Set(ev.finalized.map((r) => r.id));
    const resurrected = new Set(ev.resurrected.map((r) => r.id));
    const freed = new Set(ev.freed.map((r) => r.id));
    const index = this.ctx.store.index;
    const showAll = this.ctx.options.showAll;
    const rows: HTMLElement[] = [];
    let hidden = 0;
    for (const x of ev.examined) {
      const o = index.get(x.id);
      const interesting = showAll || unreachable.has(x.id) || (o !== undefined && !o.flags.runtime && !o.flags.internal);
      if (!interesting || rows.length >= TABLE_ROWS) {
        hidden++;
        continue;
      }
      const cls: string[] = [];
      if (this.phase >= 2 && unreachable.has(x.id)) cls.push('unreach');
      if (this.phase >= 3 && finalized.has(x.id)) cls.push('final');
      if (this.phase >= 4 && freed.has(x.id)) cls.push('freed');
      const gcRefs = this.phase === 0 ? x.refcnt : x.gc_refs;
      let outcome = '';
      if (this.phase >= 2) outcome = unreachable.has(x.id) ? 'unreachable' : 'reachable';
      if (this.phase >= 3 && finalized.has(x.id)) outcome += ', __del__ ran';
      if (this.phase >= 3 && resurrected.has(x.id)) outcome += ', resurrected';
      if (this.phase >= 4) outcome = freed.has(x.id) ? 'freed' : unreachable.has(x.id) && !resurrected.has(x.id) ? `${outcome} (kept: uncollectable or saved)` : `survived → generation ${ev.survivorsGeneration}`;
      rows.push(h('tr', { class: cls.join(' ') },
        h('td', {}, this.chip(x.id, o, x.type, cls, `${x.type} ${hex(x.id)}`)),
        h('td', { class: 'num' }, String(x.refcnt)),
        h('td', { class: 'num gc-refs' }, String(gcRefs)),
        h('td', {}, outcome)));
    }
    const table = h('table', { class: 'gc-table', 'data-phase': this.phase },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'object'),
        h('th', { scope: 'col', title: 'ob_refcnt when the collection started' }, 'ob_refcnt'),
        h('th', { scope: 'col', title: this.phase === 0 ? 'gc_refs after update_refs: a copy of ob_refcnt' : 'gc_refs after subtract_refs: references from outside the collected generations' }, 'gc_refs'),
        h('th', { scope: 'col' }, 'outcome'))),
      h('tbody', {}, ...rows));
    this.last.append(rows.length > 0 ? table : h('p', { class: 'view-empty' }, 'None of the program\'s objects was in the collected generations.'));
    if (hidden > 0) this.last.append(h('p', { class: 'lane-note' }, `${thousands(hidden)} more examined object${hidden === 1 ? '' : 's'} of the runtime not listed (all reachable).`));
    const parts = [
      `${ev.examined.length} examined`,
      `${ev.unreachable.length} unreachable`,
      `${ev.finalized.length} finalized`,
      `${ev.freed.length} freed`,
      `${ev.survivors} survivors → generation ${ev.survivorsGeneration}`,
      `gc.collect() result: ${ev.collected}`,
    ];
    if (ev.uncollectable > 0) parts.push(`${ev.uncollectable} uncollectable`);
    if (ev.untracked.length > 0) parts.push(`${ev.untracked.length} tuples/dicts untracked`);
    if (ev.weakrefsCleared.length > 0) parts.push(`${ev.weakrefsCleared.length} weak references cleared`);
    if (ev.saved.length > 0) parts.push(`${ev.saved.length} saved in gc.garbage`);
    this.last.append(h('p', { class: 'gc-summary' }, parts.join(' · ')));
  }

  private setPhase(i: number): void {
    this.phase = i;
    this.ctx.persist();
    this.lastKey = '';
    this.update();
  }

  saveState(): SavedState {
    return { phase: this.phase, step: this.shownStep };
  }

  restoreState(raw: unknown): void {
    const s = raw as SavedState | undefined;
    if (s === undefined || typeof s !== 'object') return;
    if (Number.isSafeInteger(s.phase) && (s.phase as number) >= 0 && (s.phase as number) < PHASES.length) this.phase = s.phase as number;
    if (Number.isSafeInteger(s.step)) this.shownStep = s.step;
  }
}
