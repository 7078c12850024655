// The selected object, in words: what it is, its id, its reference count and — the point
// of the lesson — who holds each of those references; what it refers to; where its
// memory is. Shown beside every view.

import { clear, h } from './dom';
import { clip, gcLabel, hex, markerTooltip, memoryLabel, signed, thousands } from './format';
import { slotLabel } from './objects/visibility';
import type { Store } from './store';

export class Inspector {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;

  constructor(private readonly store: Store, select: (id: number) => void) {
    this.body = h('div', { class: 'inspector-body' });
    this.root = h('aside', { class: 'inspector', 'aria-label': 'Selected object' }, h('h2', { class: 'view-title' }, 'Selected object'), this.body);
    this.root.addEventListener('click', (e) => {
      const t = (e.target as Element).closest('[data-id]');
      if (t !== null && t.tagName === 'BUTTON') select(Number(t.getAttribute('data-id')));
    });
  }

  update(): void {
    clear(this.body);
    const id = this.store.selection;
    if (id === null) {
      this.body.append(h('p', { class: 'view-empty' }, 'Click an object (or a name) in any view. Arrow keys move the selection in the Objects view.'));
      return;
    }
    const o = this.store.index.get(id);
    if (o === undefined) {
      this.body.append(h('p', { class: 'view-empty' }, `The object with id ${id} (${hex(id)}) does not exist at this step (freed, or not made yet).`));
      return;
    }
    const delta = this.store.changes.refcnt.get(id);
    const fact = (k: string, v: string | Node, title?: string) => h('div', { class: 'fact', title }, h('dt', {}, k), h('dd', {}, v));
    const facts = h('dl', { class: 'facts' },
      fact('type', o.type),
      fact('id()', `${o.id}`, 'id(x): in CPython, the object\'s address in memory'),
      fact('address', hex(o.id)),
      fact('ob_refcnt', `${thousands(o.ob_refcnt)}${delta !== undefined ? ` (${signed(delta)} this step)` : this.store.changes.added.has(id) ? ' (new this step)' : ''}`,
        'References to the object now. sys.getrefcount(x) prints one more: its own argument is a reference too.'),
      fact('sys.getrefcount', `${thousands(o.ob_refcnt + 1)}`, 'What sys.getrefcount(x) would print here: ob_refcnt + 1 for the argument'),
      fact('sys.getsizeof', `${thousands(o.size)} bytes`),
      ...(o.length !== undefined ? [fact('len()', thousands(o.length))] : []),
      fact('GC', gcLabel(o.gc)),
      fact('memory', memoryLabel(o.memory)),
    );
    const mt = markerTooltip(o);
    const referrers = h('ul', { class: 'ref-list', 'aria-label': 'Who holds the references' },
      ...o.referrers.map((r) => h('li', {},
        r.from !== undefined && this.store.index.has(r.from) && r.frame === undefined
          ? h('button', { type: 'button', class: 'link', 'data-id': r.from, title: `select the holder (id ${r.from})` }, r.label)
          : h('span', {}, r.label),
        r.count > 1 ? h('span', { class: 'count' }, ` ×${thousands(r.count)}`) : '')));
    const refs = h('ul', { class: 'ref-list', 'aria-label': 'What it refers to' },
      ...o.refs.slice(0, 60).map((r) => {
        const t = this.store.index.get(r.to);
        return h('li', {}, h('span', { class: 'slot' }, slotLabel(r)), ' → ',
          t !== undefined ? h('button', { type: 'button', class: 'link', 'data-id': r.to, title: `id ${r.to}` }, `${t.type} ${clip(t.repr, 40)}`) : h('span', {}, `id ${r.to} (not in the picture)`));
      }));
    this.body.append(
      h('p', { class: 'inspector-repr', 'data-id': o.id }, clip(o.repr, 400)),
      facts,
      mt !== '' ? h('p', { class: 'inspector-note' }, mt) : '',
      h('h3', {}, `Who holds its ${thousands(o.ob_refcnt)} reference${o.ob_refcnt === 1 ? '' : 's'}`),
      referrers,
      o.refs.length > 0 ? h('h3', {}, `It refers to${o.refsTruncated ? ' (first items)' : ''}`) : '',
      o.refs.length > 0 ? refs : '',
      o.refs.length > 60 ? h('p', { class: 'lane-note' }, `+ ${o.refs.length - 60} more`) : '',
    );
  }
}
